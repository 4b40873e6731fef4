"""The patterns of dates as news writes them, built from the language data (``lang/en/dates.yaml``, the day
and month names ``calendar.yaml``): only digits, punctuation and spacing are written in Python."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from checker import lang
from checker.normalise.patterns import alternation
from checker.normalise.patterns import phrases as _words


@cache
def weekdays() -> list[str]:
    """The weekday names, Monday first (``calendar.yaml``)."""
    return list(lang.load().calendar.weekdays)


@cache
def months() -> dict[str, int]:
    """Month names and their abbreviations (``calendar.yaml``), lower case -> the month's number."""
    data = lang.load().calendar.months
    return {name: i for i, (month, shorts) in enumerate(data.items(), 1) for name in [month, *shorts]}


class DatePatterns(NamedTuple):
    date: re.Pattern[str]  # a date, in one of the groups ``resolve`` reads
    starts: re.Pattern[str]  # over the lower-cased sentence: where a date can start
    dateish: re.Pattern[str]  # over the lower-cased sentence: the words any date or time needs
    with_date_after: re.Pattern[str]  # "on Saturday, March 1": the calendar date says which Saturday
    year_adjective: re.Pattern[str]  # "the 2005 film", "a 2008 conviction"
    span_year: re.Pattern[str]  # "from September 2010 to January 2011": a span's end
    span_before: re.Pattern[str]  # "since Saturday": a span's start
    span_end_before: re.Pattern[str]  # "between Saturday and Tuesday": its end
    future: re.Pattern[str]  # "would be produced ... on Wednesday": a day ahead
    from_before: re.Pattern[str]  # "from Monday": a day ahead
    month_before: re.Pattern[str]  # "In July": a month alone is a date after one of these


@cache
def date_patterns() -> DatePatterns:
    """The patterns of dates, from ``lang/en/dates.yaml`` and ``calendar.yaml``; only digits, punctuation and
    spacing are written here. The day and month names as tries: they run over every sentence of every article."""
    data, wd, mon = lang.load().dates, _words(weekdays()), _words(list(months())) + r"\.?"
    ordinal, of = _words(lang.load().numbers.ordinal_suffixes), _words(data.month_of)
    date = re.compile(
        rf"\b(?P<rel>{_words(data.weekday_before)}\s+)?(?P<wd>{wd})(?:{_words(data.possessive)})?"
        rf"(?P<wk>\s+{_words(data.weekday_after)})?(?:\s+(?P<part>{_words(data.day_parts)}))?\b"
        rf"|\b(?P<md>{mon})\s+(?P<d1>\d{{1,2}})(?:{ordinal})?\b(?:,?\s+(?P<y1>\d{{4}}))?"
        rf"|\b(?P<d2>\d{{1,2}})(?:(?:{ordinal})(?:\s+{of})?)?\s+(?P<dm>{mon})(?:,?\s+(?P<y2>\d{{4}}))?\b"
        rf"|\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b"
        rf"|\b(?P<my>{mon})\s+(?:{of}\s+)?(?P<y3>(?:1[89]|20)\d\d)\b"
        rf"|\b(?P<mo>{mon})(?!\w)(?!,?\s*(?:{of}\s+)?\d)"
        rf"|\b(?P<y4>(?:1[89]|20)\d\d)\b(?!\s*(?:-|\u2013|{_words(data.year_span)})\s*\d)(?![\d%]|[,.]\d)"
        rf"|\b(?P<word>{_words(data.relative_days)})\b",
        re.I,
    )
    # the first word of every form: a date can start only where one of these (or a digit) does
    first = {w.split()[0] for w in [*data.weekday_before, *data.relative_days]} | {*weekdays(), *months()}
    between = "|".join(rf"{_words([a])}\s+{wd}\s+{_words([b])}" for a, b in data.span_between.items())
    return DatePatterns(
        date,
        re.compile(rf"\b(?:\d|{alternation(first)})"),
        re.compile(rf"\d|{_words([*weekdays(), *months(), *data.relative_days])}"),
        re.compile(
            rf",?\s+(?:{_words(data.date_article)}\s+)?(?:{mon}\s+\d{{1,2}}\b|\d{{1,2}}(?:{ordinal})?\s+(?:{of}\s+)?{mon})",
            re.I,
        ),
        re.compile(rf"\b{_words(data.year_determiners)}\s+$", re.I),
        re.compile(rf"\b{_words(data.span_ends)}\s+(?:\w+\s+)?$", re.I),
        re.compile(rf"\b{_words(data.span_starts)}\s+$", re.I),
        re.compile(rf"\b(?:{between})\s+$", re.I),
        re.compile(rf"\b{_words(data.future)}\b", re.I),
        re.compile(rf"\b{_words(data.from_day)}\s+$"),
        re.compile(rf"\b{_words(data.month_before)}(?:\s+|(?<=-))$", re.I),
    )
