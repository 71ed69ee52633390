"""Times of day on top of a date: "3 p.m. Tuesday", "this morning", "midnight Friday"."""

from __future__ import annotations

from typing import Any

from .periods import RANK, Point


def clock(fields: dict[str, Any]) -> tuple[int, int | None] | None:
    """Hour and minute of a clock time, 24-hour; None when no time was given."""
    if "clock" in fields:
        hh, mm = fields["clock"].split(":")
        return int(hh), int(mm)
    if "hour" not in fields:
        return None
    hour = fields["hour"]
    ampm = fields.get("ampm")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour, fields.get("minute")


def with_time(point: Point, fields: dict[str, Any]) -> Point:
    hm = clock(fields)
    if hm is not None and RANK[point.precision] >= RANK["day"]:
        second = fields.get("second") if hm[1] is not None else None
        return Point(point.start, "time", hour=hm[0], minute=hm[1], second=second)
    if "part" in fields and RANK[point.precision] >= RANK["day"]:
        return Point(point.start, "part", part=fields["part"])
    return point
