"""Schemas of the calendar, dates and times, and page anatomy."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import field_validator

from checker.lang.base import Strict, _lower_all


class CalendarData(Strict):
    months: dict[str, list[str]]
    weekdays: dict[str, list[str]]
    time_zones: dict[str, str]

    @field_validator("months", "weekdays")
    @classmethod
    def complete(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        if len(v) not in (7, 12):
            raise ValueError("want the 12 months or the 7 weekdays")
        return v

    @field_validator("time_zones")
    @classmethod
    def known_zones(cls, v: dict[str, str]) -> dict[str, str]:
        from zoneinfo import ZoneInfo

        for abbr, zone in v.items():
            ZoneInfo(zone)  # raises for a zone the tz database does not know
            if abbr != abbr.lower():
                raise ValueError(f"time-zone abbreviations are lower case: {abbr!r}")
        return v


class Clock(Strict):
    """Words of a time of day (``lang/en/dates.yaml``)."""

    before_noon: list[str]  # "3am", "3 a.m.", "3 A.M.": letters, each may take a full stop (and a space after it)
    after_noon: list[str]  # "3pm", "3 p.m."
    universal: list[str]  # "0737 GMT", "3pm UTC": as written (capitals), matched wherever they start
    hours: list[str]  # "1400 hrs", "0737 Z": as written; with `universal`, make four digits a 24-hour time
    local: list[str]  # "15:12 local time": the place's own time
    after_figure: list[str]  # "7 o'clock", "12h", "14.30 hrs" (with the halves and `universal`): no count
    hedges: dict[str, int]  # "shortly after 3pm": the minutes either side the time may be
    pace_per: list[str]  # "2:52 PER kilometre", "2:52 A mile": a pace, not a time
    pace_units: list[str]  # "2:52 per KILOMETre": the start of the word
    game_clock: list[str]  # "with 7:41 LEFT", "2:56 INTO THE round": a game clock, not a time


class DateExample(Strict):
    text: str
    expression: str  # the date as it is normalised ("tuesday night", "03-12")
    start: dt.date
    end: dt.date | None = None  # the last day it dates, when not ``start``


class TimeExample(Strict):
    text: str
    clock: int  # minutes after midnight
    tolerance: int = 0
    zone: str | None = None


class DateExamples(Strict):
    dates: list[DateExample]
    not_dates: list[tuple[str, str]]  # a sentence and a word of it that starts no date
    times: list[TimeExample]
    not_times: list[str]  # sentences with no time of day
    events: list[tuple[str, str]]  # a sentence and the words read as the event its date dates


DayMeaning = Literal[
    "yesterday",
    "today",
    "last_night",
    "last_weekend",
    "this_weekend",
    "weekend",
    "last_week",
    "next_week",
    "this_week",
    "last_month",
    "this_month",
    "next_month",
    "last_year",
    "this_year",
    "next_year",
]


class DatesData(Strict):
    """Words of dates and times as news writes them, read by checker/claims/date/dates.py (the month and weekday
    names are calendar.yaml's). Matched as whole words, ignoring case, a space standing for any white space,
    unless a comment says otherwise."""

    weekday_before: dict[str, Literal["last", "this", "next"]]  # "LAST Tuesday": the week it points to
    weekday_after: dict[str, Literal["last", "next"]]  # "Saturday LAST WEEK"
    day_parts: dict[str, Literal["night", "day"]]  # "Tuesday NIGHT" runs into Wednesday
    possessive: list[str]  # "Tuesday'S collapse": a day that has been, never one ahead
    relative_days: dict[str, DayMeaning]  # "YESTERDAY", "LAST WEEK": counted from the publication date
    month_of: list[str]  # "April OF 2007", "the 3rd OF March"
    month_before: list[str]  # "IN July", "LAST August": a month alone dates a happening only after one of these
    year_after_month: dict[str, int]  # "March LAST YEAR": the year of a month alone, from the publication year
    date_article: list[str]  # "on Saturday, THE 1st of March"
    year_span: list[str]  # "2010 TO 2012": a span's start, not a year
    year_determiners: list[str]  # "THE 2005 film", "A 2008 conviction": a year
    person_pronouns: list[str]  # "HE was convicted ... That conviction was overturned in 2007": one person, unnamed
    span_ends: list[str]  # "from September 2010 TO January 2011": a span's end, not a happening's date
    future: list[str]  # in a weekday's own clause, a day ahead: "WOULD be produced ... on Wednesday"
    from_day: list[str]  # right before a weekday (case-sensitive), a day ahead: "FROM Monday"
    days_joined: list[str]  # "closed today AND Wednesday": two days of one thing that lasts, one span
    span_starts: list[str]  # "SINCE Saturday": a span's start, not an event's day
    span_between: dict[str, str]  # "BETWEEN Saturday AND Tuesday": a span's ends
    clock: Clock
    event_stopwords: list[str]  # words that say nothing about which moment a date or time belongs to
    moment_clause: list[str]  # "at about 1 a.m. WHEN the cops stopped him": the clause after a time names its moment
    examples: DateExamples


class AnatomyExamples(Strict):
    furniture: list[str]
    prose: list[str]
    abbreviation_ends: list[str]  # texts ending in an abbreviation: no sentence ends there
    sentence_ends: list[str]  # texts ending in a full stop that ends a sentence


class AnatomyData(Strict):
    stamp_words: list[str]
    stamp_signals: list[str]
    byline_openers: list[str]
    byline_joiners: list[str]
    byline_max_words: int
    stamp_max_words: int
    stamp_other_words: int
    sentence_abbreviations: list[str]  # "Col.", "Inc.": no sentence ends after one (as written)
    examples: AnatomyExamples

    _lower = field_validator("stamp_words", "stamp_signals", "byline_openers", "byline_joiners")(
        classmethod(lambda cls, v: _lower_all(v))
    )
