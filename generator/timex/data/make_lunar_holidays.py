"""Write generator/timex/data/lunar_holidays.yaml: the days of lunar and lunisolar holidays, 1950-2050.

Chinese New Year, Eid al-Fitr, Diwali or Passover fall on a different
Gregorian day each year, by calendars that need astronomy (Chinese, Hindu)
or observation (Islamic) rather than a rule of a few lines. The tagger only
needs the days, so they are data, written once from the python-holidays
package's calendars (Umm al-Qura for the Islamic ones, as Saudi Arabia and
most Gulf states observe them; South Asia is often a day later), and this
script says where they came from. It is not a dependency of Datelines:

    python -m venv /tmp/hv && /tmp/hv/bin/pip install holidays
    /tmp/hv/bin/python generator/timex/data/make_lunar_holidays.py > generator/timex/data/lunar_holidays.yaml
"""

from __future__ import annotations

import datetime as _dt

import holidays
from holidays.calendars.chinese import VIETNAMESE_CALENDAR, _ChineseLunisolar
from holidays.calendars.hebrew import _HebrewLunisolar
from holidays.calendars.hindu import _HinduLunisolar
from holidays.calendars.islamic import _IslamicLunar, _IslamicMabimsLunar

YEARS = range(1950, 2051)

chinese, hebrew, hindu, islamic = _ChineseLunisolar(), _HebrewLunisolar(), _HinduLunisolar(), _IslamicLunar()
mabims = _IslamicMabimsLunar()  # Brunei, Indonesia, Malaysia, Singapore


def one(f):
    """A calendar method that gives one day (or a (day, estimated) pair, or a set) for a year."""
    def days(year):
        got = f(year)
        if isinstance(got, tuple):
            got = got[0]
        if got is None:
            return []
        if isinstance(got, (set, frozenset)):
            return sorted(d for d in got if d.year == year)
        return [got]
    return days


def shifted(days_of, days: int):
    """A holiday a fixed number of days from another: the Lantern Festival, eves."""
    return lambda year: [d + _dt.timedelta(days=days) for d in days_of(year)]


def first_known(*sources):
    """The first source that has a day for the year: python-holidays' general
    Diwali table has 2025 as November 19; its Indian one (2001-2035) says
    October 20, as India kept it."""
    def days(year):
        for source in sources:
            if got := source(year):
                return got
        return []
    return days


def many(f):
    return lambda year: sorted(d for d, *_ in f(year) if d.year == year)


# name -> (what the text calls it, how the day is found)
new_year = one(chinese.lunar_new_year_date)
holi = one(hindu.holi_date)

HOLIDAYS = {
    "chinese new year": (["chinese new year", "lunar new year", "the lunar new year", "chinese lunar new year"],
                         new_year),
    "lunar new year's eve": (["lunar new year's eve", "chinese new year's eve"], shifted(new_year, -1)),
    "lantern festival": (["the lantern festival", "lantern festival"], shifted(new_year, 14)),
    "tet": (["tet"], one(lambda y: chinese.lunar_new_year_date(y, VIETNAMESE_CALENDAR))),
    "dragon boat festival": (["the dragon boat festival", "dragon boat festival"], one(chinese.dragon_boat_date)),
    "mid-autumn festival": (["the mid-autumn festival", "mid-autumn festival", "mid autumn festival"], one(chinese.mid_autumn_date)),
    "eid al-fitr": (["eid al-fitr", "eid al fitr", "eid-al-fitr", "eid ul-fitr", "eid ul fitr", "eid-ul-fitr",
                     "eidul fitr", "eidul-fitr", "eid el-fitr"], many(islamic.eid_al_fitr_dates)),
    "eid al-adha": (["eid al-adha", "eid al adha", "eid-al-adha", "eid ul-adha", "eid ul adha", "eid-ul-adha",
                     "eidul adha", "eidul azha", "eid-ul-azha", "eid ul azha", "eid ul-azha", "eid el-adha"],
                    many(islamic.eid_al_adha_dates)),
    # Their Malay names are said where the MABIMS calendar is kept, a day off Umm al-Qura's at times.
    "hari raya aidilfitri": (["hari raya aidilfitri", "hari raya puasa", "hari raya"], many(mabims.eid_al_fitr_dates)),
    "hari raya haji": (["hari raya haji", "hari raya aidiladha", "hari raya korban"], many(mabims.eid_al_adha_dates)),
    "diwali": (["diwali", "deepavali"], first_known(one(hindu.diwali_india_date), one(hindu.diwali_date))),
    "holi": (["holi"], holi),
    "holika dahan": (["holika dahan"], shifted(holi, -1)),
    "passover": (["passover", "pesach"], one(hebrew.passover_date)),
    "rosh hashanah": (["rosh hashanah", "rosh hashana"], one(hebrew.rosh_hashanah_date)),
    "yom kippur": (["yom kippur"], one(hebrew.yom_kippur_date)),
    "sukkot": (["sukkot"], one(hebrew.sukkot_date)),
    "hanukkah": (["hanukkah", "chanukah"], one(hebrew.hanukkah_date)),
    "purim": (["purim"], one(hebrew.purim_date)),
}


def main() -> None:
    print("# The first day of holidays of lunar and lunisolar calendars, by year (1950-2050; Holi 2001-2035).")
    print(f"# Written by generator/timex/data/make_lunar_holidays.py from python-holidays {holidays.__version__}; do not edit by hand.")
    print("# Islamic days are Umm al-Qura's; Jewish holidays begin at sundown the evening before the day given.")
    for name, (words, days) in HOLIDAYS.items():
        print(f"{name}:")
        print(f"  names: [{', '.join(words)}]")
        print("  days: [", end="")
        all_days = [d.isoformat() for y in YEARS for d in days(y)]
        for i in range(0, len(all_days), 6):
            sep = "" if i == 0 else "         "
            print(sep + ", ".join(all_days[i : i + 6]) + ("," if i + 6 < len(all_days) else "]"), end="\n")


if __name__ == "__main__":
    main()
