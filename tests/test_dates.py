"""The date model and the forms people write dates in."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.dateparse import parse_date, parse_timex_value
from generator.dates import Date, DateError, Precision


@pytest.mark.parametrize("written, edtf, display, precision", [
    (dt.date(2025, 9, 2), "2025-09-02", "2 September 2025", Precision.DAY),
    (2024, "2024", "2024", Precision.YEAR),
    ("2024-06", "2024-06", "June 2024", Precision.MONTH),
    ("June 2, 2025", "2025-06-02", "2 June 2025", Precision.DAY),
    ("2 June 2025", "2025-06-02", "2 June 2025", Precision.DAY),
    ("Sept 2025", "2025-09", "September 2025", Precision.MONTH),
    ("44 BC", "-0043", "44 BC", Precision.YEAR),
    ("44 BCE", "-0043", "44 BC", Precision.YEAR),
    ("44 B.C.", "-0043", "44 BC", Precision.YEAR),
    ("-0043", "-0043", "44 BC", Precision.YEAR),
    ("c. 1200", "1200~", "c. 1200", Precision.YEAR),
    ("1200~", "1200~", "c. 1200", Precision.YEAR),
    ("2024?", "2024?", "2024?", Precision.YEAR),
    ("199X", "199X", "the 1990s", Precision.DECADE),
    ("the 1990s", "199X", "the 1990s", Precision.DECADE),
    ("the 19th century", "18XX", "the 19th century", Precision.CENTURY),
    ("early 2024", "early 2024", "Early 2024", Precision.PART),
    ("spring 2020", "spring 2020", "Spring 2020", Precision.PART),
    ("Q3 2024", "Q3 2024", "Third quarter of 2024", Precision.PART),
])
def test_written_forms_load_at_their_precision(written, edtf, display, precision):
    date = parse_date(written)
    assert date.edtf() == edtf
    assert date.display() == display
    assert date.precision == precision
    assert parse_date(date.edtf()) == date  # the canonical form reads back the same


@pytest.mark.parametrize("written", ["2019/2021", "from 2019 to 2021", "2019–2021", "between 2019 and 2021"])
def test_ranges(written):
    date = parse_date(written)
    assert date.edtf() == "2019/2021"
    assert date.display() == "2019 – 2021"
    assert date.end == Date(2021)


def test_open_ranges_and_day_ranges():
    assert parse_date("2019/..").display() == "since 2019"
    assert parse_date("../2021").display() == "until 2021"
    assert parse_date("2025-09-01/2025-09-04").display() == "1 – 4 September 2025"
    assert parse_date("44 to 30 BC").edtf() == "-0043/-0029"


@pytest.mark.parametrize("bad, message", [
    ("2024-02-30", "February 2024 has 29 days, not 30"),
    ("2023-02-29", "February 2023 has 28 days, not 29"),
    ("2024-13", "month 13"),
    ("may", "cannot read 'may'"),
    ("", "empty"),
    ("2021/2019", "ends"),
    (True, "expected a date"),
    (3.5, "got a float"),
])
def test_impossible_or_unreadable_dates_say_why(bad, message):
    with pytest.raises(DateError, match=message):
        parse_date(bad)


def test_sorting_is_total_and_puts_coarse_before_fine():
    written = ["2024-01-01", "2024-01", "2024", "early 2024", "2024-02", "2023", "199X", "1990", "44 BC",
               "2024-01-01/2024-01-05"]
    ordered = sorted((parse_date(w) for w in written), key=Date.sort_key)
    assert [d.edtf() for d in ordered] == [
        "-0043", "199X", "1990", "2023", "2024", "early 2024", "2024-01", "2024-01-01",
        "2024-01-01/2024-01-05", "2024-02"]


def test_html_datetime_only_where_html_can_say_it():
    assert parse_date("2025-09-02").html_datetime() == "2025-09-02"
    assert parse_date("2024-06").html_datetime() == "2024-06"
    assert parse_date("2011").html_datetime() == "2011"
    assert parse_date("44 BC").html_datetime() is None
    assert parse_date("the 1990s").html_datetime() is None


@pytest.mark.parametrize("value, mod, edtf", [
    ("2025-09-02", None, "2025-09-02"),
    ("2024-06", None, "2024-06"),
    ("2011", None, "2011"),
    ("199", None, "199X"),
    ("18", None, "18XX"),
    ("2020-SP", None, "spring 2020"),
    ("2024-Q3", None, "Q3 2024"),
    ("2013-W10", None, "2013-03-04/2013-03-10"),
    ("2013-W10-WE", None, "2013-03-09/2013-03-10"),
    ("2025-09-03TMO", None, "2025-09-03"),
    ("2025-09-02T15:00", None, "2025-09-02"),
    ("BC0044", None, "-0043"),
    ("2024", "MID", "mid 2024"),
    ("2010", "APPROX", "2010~"),
])
def test_timex_values_become_dates_at_their_precision(value, mod, edtf):
    assert parse_timex_value(value, mod).edtf() == edtf


@pytest.mark.parametrize("value", ["PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-09", "P3Y", "2024-02-30"])
def test_timex_values_that_are_no_point_in_time(value):
    assert parse_timex_value(value) is None
