"""Clock times in a named zone, brought to UTC so that "0737 GMT" and "3:37 a.m. EDT" can be compared."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

from checker import lang


@lru_cache(maxsize=256)
def utc_offset(zone: str, day: dt.date | None) -> int | None:
    """Minutes to add to UTC for a zone abbreviation as news prints it, or None for an unknown zone.

    An abbreviation that names standard or summer time ("EST", "EDT") has that offset whatever the day;
    one that names neither ("ET") takes the offset in force on ``day`` (mid-January when unknown)."""
    name = lang.load().calendar.time_zones.get(zone.lower())
    if name is None:
        return None
    tz = ZoneInfo(name)
    year = day.year if day is not None and 1 < day.year < 9999 else 2020
    for probe in (dt.datetime(year, 1, 15, 12, tzinfo=tz), dt.datetime(year, 7, 15, 12, tzinfo=tz)):
        if (probe.tzname() or "").lower() == zone.lower():
            return _minutes(probe)
    when = day if day is not None and 1 < day.year < 9999 else dt.date(year, 1, 15)
    return _minutes(dt.datetime(when.year, when.month, when.day, 12, tzinfo=tz))


def _minutes(moment: dt.datetime) -> int:
    offset = moment.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def to_utc(clock: int, zone: str | None, day: dt.date | None) -> int | None:
    """A clock time (minutes after midnight) in ``zone`` as minutes after midnight UTC, modulo a day."""
    if zone is None:
        return None
    offset = utc_offset(zone, day)
    return None if offset is None else (clock - offset) % (24 * 60)


@lru_cache(maxsize=1)
def _zones_by_country() -> dict[str, tuple[str, ...]]:
    """Each country's time zones (ISO code -> IANA names), from the tz database's ``zone.tab`` as the tzdata
    package ships it."""
    from importlib.resources import files

    table = files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    zones: dict[str, list[str]] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, _where, name, *_ = line.split("\t")
            zones.setdefault(code, []).append(name)
    return {code: tuple(names) for code, names in zones.items()}


@lru_cache(maxsize=256)
def country_offset(country: str, day: dt.date | None) -> int | None:
    """Minutes to add to UTC for local time in a country on ``day``, when all its zones keep one time that day
    (Nepal, Germany); None for a country of several times (the United States, Australia) or an unknown one."""
    names = _zones_by_country().get(country.upper(), ())
    when = day if day is not None and 1 < day.year < 9999 else dt.date(2020, 1, 15)
    offsets = {_minutes(dt.datetime(when.year, when.month, when.day, 12, tzinfo=ZoneInfo(n))) for n in names}
    return offsets.pop() if len(offsets) == 1 else None
