"""The temporal tagger on real sentences: each class of expression the tagger must get right.

Every test states the span (as TimeML marks it) and the TIMEX3 value, so a
change that shifts a span or loses precision fails here first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from generator.timex import Timex, tag

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_54ac3c588acb31a6.txt"
DCT = dt.date(2025, 9, 3)  # a Wednesday


def found(text: str, dct: dt.date | None = DCT, **kw: object) -> list[tuple[str, str]]:
    """(span text, value) pairs, checking the offsets on the way."""
    out = []
    for t in tag(text, dct, **kw):  # type: ignore[arg-type]
        assert text[t.start : t.end] == t.text
        out.append((t.text, t.value))
    return out


# ---------------------------------------------------------------------------
# The seed article
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Timex]]:
    text = SEED.read_text(encoding="utf-8")
    return text, tag(text, DCT)


def _hit(seed: tuple[str, list[Timex]], context: str, phrase: str) -> Timex:
    text, timexes = seed
    start = text.index(context) + context.index(phrase)
    matches = [t for t in timexes if t.start == start and t.end == start + len(phrase)]
    assert matches, f"{phrase!r} in {context!r} not tagged: {[(t.text, t.value) for t in timexes]}"
    return matches[0]


def test_seed_tuesday_is_the_day_before_publication(seed):
    t = _hit(seed, "met in Beijing on Tuesday", "Tuesday")
    assert (t.type, t.value) == ("DATE", "2025-09-02")


def test_seed_month_keeps_month_precision(seed):
    assert _hit(seed, "strategic pact in June 2024", "June 2024").value == "2024-06"


def test_seed_last_year(seed):
    assert _hit(seed, "since last year", "last year").value == "2024"


def test_seed_years_ago_is_a_year_not_a_day(seed):
    assert _hit(seed, "taking power 14 years ago", "14 years ago").value == "2011"


def test_seed_now(seed):
    assert _hit(seed, "Ukraine, now in its third year", "now").value == "PRESENT_REF"


def test_seed_has_no_false_hits(seed):
    text, timexes = seed
    spans = {t.text.lower() for t in timexes}
    for word in ("we", "the 80th", "80th", "15,000", "26", "third year", "first time"):
        assert word not in spans
    # Only the dateline, the four dates and "now".
    assert [(t.text, t.value) for t in timexes] == [
        ("2025-09-03", "2025-09-03"),
        ("Tuesday", "2025-09-02"),
        ("last year", "2024"),
        ("now", "PRESENT_REF"),
        ("June 2024", "2024-06"),
        ("14 years ago", "2011"),
    ]


# ---------------------------------------------------------------------------
# Absolute dates
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The deal was signed on Sept. 3, 2025, in Paris.", [("Sept. 3, 2025", "2025-09-03")]),
        ("It was signed on 3 September 2025 in Paris.", [("3 September 2025", "2025-09-03")]),
        ("The ruling, filed 2025-09-03, was sealed.", [("2025-09-03", "2025-09-03")]),
        ("The form is dated 09/03/2025.", [("09/03/2025", "2025-09-03")]),
        ("He was born on 12 March 1990 in Leeds.", [("12 March 1990", "1990-03-12")]),
        ("The letter, dated Friday, Oct. 23, 1998, was read aloud.", [("Friday, Oct. 23, 1998", "1998-10-23")]),
        ("Christmas Day 2024 was quiet in the capital.", [("Christmas Day 2024", "2024-12-25")]),
    ],
)
def test_absolute_dates(sentence, expected):
    assert found(sentence) == expected


def test_numeric_dates_can_be_read_day_first():
    assert found("The form is dated 09/03/2025.", month_first=False) == [("09/03/2025", "2025-03-09")]


def test_a_bare_ordinal_day_is_in_the_month_under_discussion():
    text = "The strike began on March 1, 2024. Talks broke down on the 3rd."
    assert found(text) == [("March 1, 2024", "2024-03-01"), ("the 3rd", "2024-03-03")]


def test_a_year_range_gives_each_year():
    assert found("During the war (1939–1945) the city was bombed.") == [("1939", "1939"), ("1945", "1945")]
    assert found("The war lasted from 1939 to 1945.") == [("1939", "1939"), ("1945", "1945")]


def test_a_second_day_after_and_is_in_the_same_month():
    assert found("The summit is on April 24 and 25 in Washington.", dt.date(1999, 2, 10)) == [
        ("April 24", "1999-04-24"),
        ("25", "1999-04-25"),
    ]


# ---------------------------------------------------------------------------
# Partial dates: only the precision the text gives
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A pact was signed in June 2024.", [("June 2024", "2024-06")]),
        ("Women's Day is this coming Sunday, March eighth.", [("this coming Sunday, March eighth", "2026-03-08")]),
        ("Prices rose in 2024.", [("2024", "2024")]),
        ("Rents doubled in the 1990s.", [("the 1990s", "199")]),
        ("The canal was built in the 19th century.", [("the 19th century", "18")]),
        ("Sales slowed in spring 2020.", [("spring 2020", "2020-SP")]),
        ("Profit fell in the third quarter of 2024.", [("the third quarter of 2024", "2024-Q3")]),
        ("Revenue will fall in the first half of 2026.", [("the first half of 2026", "2026-H1")]),
        ("The moon landing came in the summer of 1969.", [("the summer of 1969", "1969-SU")]),
        ("It was hit by the third-quarter loss.", [("third-quarter", "2025-Q3")]),
        (
            "The case may finally be resolved in a court hearing the week of March 6, Manuel Gonzalez said.",
            [("the week of March 6", "2026-W10")],
        ),
    ],
)
def test_partial_dates(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "span", "value", "mod"),
    [
        ("The plant opens in mid-2024.", "mid-2024", "2024", "MID"),
        ("Talks resumed in early March.", "early March", "2025-03", "START"),
        ("The boom of the late 1990s ended.", "the late 1990s", "199", "END"),
        ("Shares peaked around 2010.", "around 2010", "2010", "APPROX"),
        ("It fell again in late 2023.", "late 2023", "2023", "END"),
        ("He said the company wouldn't be profitable until 1994 or later.", "1994 or later", "1994", "ON_OR_AFTER"),
        ("It is confident about earnings and cash flow for 1990 and beyond.", "1990 and beyond", "1990", "ON_OR_AFTER"),
        ("The records go back to 1950 or earlier.", "1950 or earlier", "1950", "ON_OR_BEFORE"),
        ("The plants will be closed over the next year or so.", "the next year or so", "2026", "APPROX"),
    ],
)
def test_modifiers_are_in_the_span_and_the_mod(sentence, span, value, mod):
    (t,) = tag(sentence, DCT)
    assert (t.text, t.value, t.mod) == (span, value, mod)


# ---------------------------------------------------------------------------
# Relative to the document's date
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ministers met today.", [("today", "2025-09-03")]),
        ("Ministers met yesterday.", [("yesterday", "2025-09-02")]),
        ("Ministers meet tomorrow.", [("tomorrow", "2025-09-04")]),
        ("Prices fell last week.", [("last week", "2025-W35")]),
        ("Prices fell this month.", [("this month", "2025-09")]),
        ("Elections are due next year.", [("next year", "2026")]),
        ("He took power 14 years ago.", [("14 years ago", "2011")]),
        # decades and centuries counted back are a year, and the count may be written in words
        ("The party was founded two decades ago.", [("two decades ago", "2005")]),
        ("Three hundred and fifty years ago, London burned.", [("Three hundred and fifty years ago", "1675")]),
        ("Half a century ago, England won the World Cup.", [("Half a century ago", "1975")]),
        ("Fighting stopped two weeks ago.", [("two weeks ago", "2025-W34")]),
        ("The meeting took place last Friday.", [("last Friday", "2025-08-29")]),
        ("He will arrive next Tuesday.", [("next Tuesday", "2025-09-09")]),
        ("Troops left earlier this year.", [("earlier this year", "2025")]),
        (
            "Hate groups grew in the United States over the past year, the report says.",
            [("the past year", "2024")],
        ),
        ("It was the last year of his second term.", []),
    ],
)
def test_relative_to_publication(sentence, expected):
    assert found(sentence) == expected


def test_last_week_as_an_iso_week():
    assert found("Shares fell sharply last week.", dt.date(2013, 3, 12)) == [("last week", "2013-W10")]


def test_weekday_direction_follows_tense():
    # The span is the weekday alone, as TimeML marks it, not "on Tuesday".
    assert found("Putin and Kim met in Beijing on Tuesday.") == [("Tuesday", "2025-09-02")]
    assert found("Putin and Kim will meet in Beijing on Tuesday.") == [("Tuesday", "2025-09-09")]
    assert found("The dividend will be paid Friday.") == [("Friday", "2025-09-05")]
    assert found("The offer was extended until Friday.") == [("Friday", "2025-09-05")]
    # "planned to" points forward to what it governs, but a date before it is when the planning was.
    sentence = "The team planned to leave Nairobi on Thursday for Dar es Salaam."
    assert found(sentence, dt.date(1998, 9, 30)) == [("Thursday", "1998-10-01")]
    sentence = "Protesters planned a large demonstration in Little Havana on Saturday."
    assert found(sentence, dt.date(2000, 1, 7)) == [("Saturday", "2000-01-08")]
    sentence = "On Friday, the Kenyan government planned to pay the first 32 death claims."
    assert found(sentence, dt.date(1998, 9, 30)) == [("Friday", "1998-09-25")]
    # "as soon as" gives the earliest time of something still to come.
    assert found("The Senate could vote as soon as Friday, aides said.") == [("Friday", "2025-09-05")]
    # News puts what is scheduled in the present tense.
    assert found("The Fed meets Thursday and is expected to cut rates.") == [("Thursday", "2025-09-04")]
    # ... with verbs that name scheduled events, even with no "is" nearby.
    assert found("The central bank meets on Thursday to decide on rates.") == [("Thursday", "2025-09-04")]
    sentence = "Officials said the summit, which begins Monday in Geneva, would focus on trade."
    assert found(sentence) == [("Monday", "2025-09-08")]
    sentence = "He and Palestinian leader Yasser Arafat meet separately Monday with the US Secretary of State."
    assert found(sentence, dt.date(1998, 5, 1)) == [("Monday", "1998-05-04")]
    # ... but not after "did", nor as an infinitive, whose governing verb decides.
    assert found("The two leaders did not meet Monday, aides said.") == [("Monday", "2025-09-01")]
    assert found("Albright flew to Geneva to meet Arafat on Monday.") == [("Monday", "2025-09-01")]


def test_month_without_year_follows_tense():
    assert found("The bank raised rates in May.") == [("May", "2025-05")]
    assert found("The band will march in March.") == [("March", "2026-03")]
    assert found("Sales fell in December.", dt.date(1998, 2, 6)) == [("December", "1997-12")]
    # A month about to come stays in this year even in the past tense.
    assert found("The bid was extended to Nov. 16.", dt.date(1989, 10, 30)) == [("Nov. 16", "1989-11-16")]
    # Without a tense to go by, the nearest one; "this September" is this year's all the same.
    sentence = "Her properties, worth a hundred thirty million dollars in October, are worth only half that now."
    assert found(sentence, dt.date(1998, 1, 8)) == [("October", "1997-10"), ("now", "PRESENT_REF")]
    sentence = "The sale is part of KKR's program to pay down $5 billion of a $6 billion bridge loan by February."
    assert found(sentence, dt.date(1989, 10, 30)) == [("February", "1990-02")]
    assert found("Elections are due this September.", dt.date(1998, 2, 5)) == [("this September", "1998-09")]
    # Half a year either way: the one to come, since a past one would have a past tense.
    assert found("The school year starts in September.", dt.date(2013, 3, 12)) == [("September", "2013-09")]
    # Scheduling verbs in the present point ahead for months too.
    assert found("The law takes effect on January 1.", dt.date(2013, 3, 12)) == [("January 1", "2014-01-01")]
    # A deadline moved "to", "through" or "until" a month lies ahead.
    sentence = "A group of lenders has extended Control Data up to $90 million in revolving loans through January."
    assert found(sentence, dt.date(1989, 10, 30)) == [("January", "1990-01")]
    # "since" points back, whatever the verb.
    assert found("Prices are up 5% since December.") == [("December", "2024-12")]
    sentence = "Each index is based on the close of 1969 equaling 100. The percentage change is since year-end."
    assert found(sentence, dt.date(1989, 10, 30))[-1] == ("year-end", "1988-12-31")
    # "succeed" ends in -ed without being a past tense: "will" is the cue.
    sentence = "Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1, soon after Mr. Davison retires."
    assert found(sentence, dt.date(1989, 10, 26)) == [("Feb. 1", "1990-02-01")]


def test_last_with_the_month_just_gone_reaches_a_year_back():
    # Written on March 1, 1998 of the Israeli helicopter crash of February 1997 (TimeBank
    # APW19980301.0720): for the month just gone a writer says "last month" or "in February".
    sentence = "Israel's worst military disaster came when two helicopters crashed last February."
    assert found(sentence, dt.date(1998, 3, 1)) == [("last February", "1997-02")]
    assert found("It opened last February.", dt.date(1998, 4, 2)) == [("last February", "1998-02")]
    assert found("The firm cut jobs this past February.", dt.date(1998, 3, 1)) == [("this past February", "1998-02")]


def test_this_season_is_the_nearest_one():
    # A winter runs from December and is named by the year it starts in (as
    # every one of our snippet writers wrote it): "this winter" in March 2013
    # is the one just ending, 2012-WI; in November 2013, the coming one.
    sentence = "Last summer the river flooded; this winter it froze."
    assert found(sentence, dt.date(2013, 3, 12)) == [("Last summer", "2012-SU"), ("this winter", "2012-WI")]
    assert found("Heating bills will soar this winter.", dt.date(2013, 11, 12)) == [("this winter", "2013-WI")]
    assert found("It was the coldest since the winter of 1963.", dt.date(2013, 11, 12)) == [
        ("the winter of 1963", "1963-WI")
    ]


def test_ago_never_invents_a_day():
    (t,) = tag("The company was founded 14 years ago.", DCT)
    assert t.value == "2011" and "-" not in t.value


def test_quarters_and_year_ago_comparisons_in_earnings_reports():
    text = (
        "Net income rose 20% in the third quarter to $5 million, from $4 million a year ago. "
        "Sales in the latest quarter were flat, compared with a year earlier. "
        "In the year-ago quarter, the company lost money."
    )
    assert found(text, dt.date(1989, 10, 26)) == [
        ("the third quarter", "1989-Q3"),
        ("a year ago", "1988-Q3"),
        ("the latest quarter", "1989-Q3"),
        ("a year earlier", "1988-Q3"),
        ("the year-ago quarter", "1988-Q3"),
    ]


def test_last_year_in_a_comparison_is_the_period_reported_on_a_year_before():
    text = (
        "Travelers Corp.'s third-quarter net income rose 11%. Its health unit posted earnings of $24 million, "
        "compared with a loss of $3 million last year. And while there was no profit this year from "
        "discontinued operations, last year they contributed $34 million."
    )
    assert found(text, dt.date(1989, 11, 2)) == [
        ("third-quarter", "1989-Q3"),
        ("last year", "1988-Q3"),
        ("this year", "1989"),
        ("last year", "1988"),
    ]


def test_an_earlier_quarter_named_in_passing_does_not_change_the_period_reported_on():
    text = (
        "Kimberly-Clark Corp. posted a 20% gain in third-quarter net income. "
        "After a flat second quarter tied largely to lower newsprint earnings, results were enhanced by charges "
        "taken in the year-earlier period. In the 1989 period also, tax rates were lower than a year ago. "
        "In the first nine months, profit rose 10%, compared with $275 million in the 1988 period."
    )
    assert found(text, dt.date(1989, 11, 1)) == [
        ("third-quarter", "1989-Q3"),
        ("second quarter", "1989-Q2"),
        ("the year-earlier period", "1988-Q3"),
        ("the 1989 period", "1989-Q3"),
        ("a year ago", "1988-Q3"),
        ("the first nine months", "P9M"),
        ("the 1988 period", "1988"),  # after "the nine months", the year to date
    ]


# ---------------------------------------------------------------------------
# Anaphora: relative to the last date mentioned
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Troops arrived on Sept. 1, 2025. Two days earlier, the border had closed.",
            [("Sept. 1, 2025", "2025-09-01"), ("Two days earlier", "2025-08-30")],
        ),
        (
            "The treaty was signed in May 2020. The following month, troops withdrew.",
            [("May 2020", "2020-05"), ("The following month", "2020-06")],
        ),
        (
            "The treaty was signed in 2020. A year later, troops withdrew.",
            [("2020", "2020"), ("A year later", "2021")],
        ),
        (
            "The treaty was signed on May 4, 2020. That day, troops withdrew.",
            [("May 4, 2020", "2020-05-04"), ("That day", "2020-05-04")],
        ),
    ],
)
def test_anaphora(sentence, expected):
    assert found(sentence) == expected


# ---------------------------------------------------------------------------
# Eras
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("era", ["44 BC", "44 BCE", "44 B.C."])
def test_years_before_the_common_era(era):
    assert found(f"Caesar was killed in {era} in Rome.") == [(era, "BC0044")]


def test_years_counted_from_a_year_bc_stay_before_christ_until_they_cross_ad_1():
    text = (
        "Caesar was killed in 44 BC. The following year, the triumvirs divided the provinces. "
        "Two years later they fought at Philippi. In 2 BC Augustus was named father of his "
        "country; three years later Gaius went east."
    )
    assert found(text, None) == [
        ("44 BC", "BC0044"),
        ("The following year", "BC0043"),
        ("Two years later", "BC0041"),
        ("2 BC", "BC0002"),
        ("three years later", "0002"),  # 1 BC, AD 1, AD 2: there is no year 0
    ]


def test_anno_domini():
    assert found("Vesuvius erupted in AD 79, burying Pompeii.") == [("AD 79", "0079")]


# ---------------------------------------------------------------------------
# References to the present, past and future
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prices are now falling.", [("now", "PRESENT_REF")]),
        ("``Right now my evidence is scant,'' he said.", [("now", "PRESENT_REF")]),
        ("The plant is currently closed.", [("currently", "PRESENT_REF")]),
        ("Prices rose recently.", [("recently", "PAST_REF")]),
        ("Such raids happened in the past.", [("the past", "PAST_REF")]),
        ("Nobody knows what the future holds.", [("the future", "FUTURE_REF")]),
    ],
)
def test_references(sentence, expected):
    assert found(sentence) == expected


def test_a_quarter_to_quarter_comparison_is_not_a_quarter():
    sentence = "Profit rose in the third quarter. The quarter-to-quarter comparison was also enhanced by charges."
    assert found(sentence) == [("the third quarter", "2025-Q3")]


def test_recurring_days_are_sets_not_dates():
    sentence = (
        "Two new flights would leave Bombay on Monday and Tuesday nights from March 30, "
        "with the third departing each Thursday from August 6."
    )
    sets = [(t.text, t.value) for t in tag(sentence, dt.date(1998, 2, 13)) if t.type == "SET"]
    assert sets == [("Monday and Tuesday nights", "XXXX-WXX-1TNI"), ("each Thursday", "XXXX-WXX-4")]
    (t,) = tag("Orangemen march each July from their rural church back downtown.", dt.date(1998, 3, 22))
    assert (t.text, t.type, t.value) == ("each July", "SET", "XXXX-07")


# ---------------------------------------------------------------------------
# Times of day
# ---------------------------------------------------------------------------


def test_clock_time_with_weekday():
    (t,) = tag("The vote was held at 3 p.m. Tuesday.", DCT)
    assert (t.text, t.type, t.value) == ("3 p.m. Tuesday", "TIME", "2025-09-02T15:00")


def test_parts_of_the_day():
    assert found("Leaders spoke this morning.") == [("this morning", "2025-09-03TMO")]
    assert found("Rebels attacked last night.") == [("last night", "2025-09-02TNI")]


def test_overnight_is_the_night_before_the_day_under_discussion():
    text = (
        "London share prices closed sharply lower Friday in active trading. London shares were depressed "
        "initially by overnight losses in New York. The index shed 47.3 points, down 4.5% from the previous Friday."
    )
    assert found(text, dt.date(1989, 10, 30)) == [
        ("Friday", "1989-10-27"),
        ("overnight", "1989-10-26TNI"),
        ("the previous Friday", "1989-10-20"),
    ]


def test_approximate_clock_time_on_a_date():
    (t,) = tag("Around 10:30 a.m. on Sept. 2, the attack began.", DCT)
    assert (t.value, t.mod) == ("2025-09-02T10:30", "APPROX")


# ---------------------------------------------------------------------------
# Things that look like dates but are not
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We may decide later.",
        "May I ask a question?",
        "Thousands march on the capital.",
        "It marks the 80th anniversary of the end of the war.",
        "She finished second in the race.",
        "About 15,000 troops from 26 countries attended.",
        "He paid $1990 for a used car.",
        "Sales of 2000 to 3000 units a year are expected.",
        'Baker spoke on ABC News\' "This Week" program.',
        "It was like a scene from High Noon, he said.",
    ],
)
def test_no_false_hits(sentence):
    assert found(sentence) == []


def test_years_that_count_things_are_not_years():
    assert found("He bought 1990 shares in 1990.") == [("1990", "1990")]
    assert tag("He bought 1990 shares in 1990.", DCT)[0].start == len("He bought 1990 shares in ")
    assert found("Between 1500 and 2000 people marched.") == []
    # A year before "and 2.5%" is a year in a list, not the low end of a range of percentages.
    sentence = "The agency expects growth of 2% in 2014 and 2.5% in 2015."
    assert found(sentence) == [("2014", "2014"), ("2015", "2015")]


# ---------------------------------------------------------------------------
# Narrative mode: no document date
# ---------------------------------------------------------------------------


def test_narrative_mode_anchors_on_the_text():
    text = "On March 3, 1939, the army crossed the river. Two days later it took the town. The next year, peace came."
    assert found(text, None) == [
        ("March 3, 1939", "1939-03-03"),
        ("Two days later", "1939-03-05"),
        ("The next year", "1940"),
    ]


def test_a_story_in_the_past_tense_moves_on_from_its_last_date():
    text = (
        "On March 3, 1939, the ship left Hamburg. In June, the passengers were returned to Europe. "
        "The war began in September."
    )
    assert found(text, None) == [("March 3, 1939", "1939-03-03"), ("June", "1939-06"), ("September", "1939-09")]


def test_a_history_moves_on_through_the_years_it_names():
    # The year named last is the story's time, even after an earlier full date.
    text = (
        "On 26 June 1963, Kennedy gave his speech in Berlin. That autumn, he was killed in Dallas. "
        "Early in 1945 the Soviet army reached the Oder; by late April it had encircled the city. "
        "Hitler died on April 30. A week later, Germany surrendered. The following spring was hungry."
    )
    assert found(text, None) == [
        ("26 June 1963", "1963-06-26"),
        ("That autumn", "1963-FA"),
        ("1945", "1945"),
        ("late April", "1945-04"),
        ("April 30", "1945-04-30"),
        ("A week later", "1945-W19"),
        ("The following spring", "1946-SP"),
    ]


def test_narrative_mode_without_anchor_leaves_x():
    assert found("The ministers met yesterday and again on Tuesday.", None) == [
        ("yesterday", "XXXX-XX-XX"),
        ("Tuesday", "XXXX-WXX-2"),
    ]


# ---------------------------------------------------------------------------
# The API the extract stage relies on
# ---------------------------------------------------------------------------


def test_timex_is_a_frozen_dataclass_with_the_agreed_fields():
    assert [f.name for f in dataclasses.fields(Timex)] == ["start", "end", "text", "type", "value", "mod"]
    t = tag("It rained on June 3, 2024.", DCT)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.value = "x"  # type: ignore[misc]


def test_results_are_in_text_order_and_do_not_overlap():
    text = SEED.read_text(encoding="utf-8") * 2
    timexes = tag(text, DCT)
    starts = [t.start for t in timexes]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:], strict=False))


def test_offsets_survive_crlf_and_non_ascii():
    text = "Caf\u00e9 \u201cNord\u201d opened\r\non 3 September 2025 \u2014 and closed last year.\r\n"
    assert found(text) == [("3 September 2025", "2025-09-03"), ("last year", "2024")]


def test_a_datetime_dct_is_accepted():
    assert found("Ministers met yesterday.", dt.datetime(2025, 9, 3, 14, 30)) == [("yesterday", "2025-09-02")]


# ---------------------------------------------------------------------------
# Robustness: any text, any date
# ---------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = (
    "the on in of last next this that a year years month week day ago earlier later Tuesday Friday May March "
    "June Sept. 3, 2025 1990s 19th century spring quarter third-quarter 44 BC AD 79 now recently future "
    "morning 3 p.m. noon yesterday today tomorrow mid- early late 09/03/2025 2024 15,000 $ % Q3 "
    "following previous weekend 'til until since ,".split()
)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), max_size=30),
    dct=st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
)
def test_any_text_and_any_date_give_consistent_spans(words, dct):
    text = " ".join(words)
    timexes = tag(text, dct)
    for t in timexes:
        assert text[t.start : t.end] == t.text and t.text.strip() == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:], strict=False))


def test_the_word_prefilter_never_hides_a_match():
    """The finder skips a rule when the text lacks every word the rule needs; that must be exact."""
    from generator.timex.rules import required_words, rules

    texts = [SEED.read_text(encoding="utf-8")] + [" ".join(_WORDS)] + [
        "Profit fell in the third quarter, from $4 million a year ago; 44 B.C.; 3 p.m. EST; the 1700s; "
        "next Thanksgiving; the nine months; high noon; Q3 2024; 2025/09/03; 09/03/2025; '98; mid-1990s."
    ]
    unit_ago = next(r for r in rules() if r.name == "unit_ago")
    assert required_words(unit_ago.regex) == ("ago",)
    for rule in rules():
        for text in texts:
            for m in rule.regex.finditer(text):
                if rule.needs:
                    assert any(w in m.group().casefold() for w in rule.needs), (rule.name, m.group())
