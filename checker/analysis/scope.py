"""Scope: whether a sentence tells of the main event or of another one (background).

"He was convicted in June 1998 out of Brazos County", "six years ago, a fire injured three workers",
"last year's floods killed 40": what such a sentence places, dates or counts belongs to another event,
and comparing it with the main event's facts makes false disagreements.
"""

from __future__ import annotations

import re
from functools import cache

from checker import lang
from checker.analysis.document import Document
from checker.normalise.patterns import alternation


@cache
def past_event() -> re.Pattern[str]:
    """ "Six years ago, a fire injured three workers", "last year's floods killed 40", "earlier this year, a
    gunman killed three": another event, background (``lang/en/scope.yaml``)."""
    return re.compile(r"\b(?:" + "|".join(lang.load().scope.past_event) + r")\b", re.I)


@cache
def _comes_after() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(lang.load().scope.comes_after) + r")\b", re.I)


@cache
def relative_opener() -> re.Pattern[str]:
    """ ", who", ", which": a relative clause opens (``lang/en/scope.yaml``)."""
    openers = "|".join(map(re.escape, lang.load().scope.relative_openers))
    return re.compile(rf",\s+(?:{openers})\s", re.I)


def follows_earlier_event(text: str, sent_start: int, at: int) -> bool:
    """The figure at ``at`` follows "comes weeks after" in its sentence: "The attack comes two days after a
    bombing killed 12": the 12 are the earlier bombing's. Not when the words stand in a relative clause
    closed before the figure ("The attack, which comes two days after a bombing, killed five")."""
    found = _comes_after().search(text, sent_start, at)
    if not found:
        return False
    opened = relative_opener().search(text, sent_start, found.start())
    return not (opened and "," in text[found.end() : at])


YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _year_date(prepositions: list[str]) -> re.Pattern[str]:
    """A year is a date after one of ``prepositions``, maybe a qualifier ("early"), a month and a day."""
    data = lang.load()
    months = "|".join(name for month, short in data.calendar.months.items() for name in [month, *short])
    qualifier = rf"(?:{alternation(data.scope.year_date.qualifiers)}[- ])?"
    day = r"(?:\d{1,2},?\s+)?"
    return re.compile(rf"\b{alternation(prepositions)}\s+{qualifier}(?:(?:{months})\.?\s+{day})?$", re.I)


@cache
def _past_year_context() -> re.Pattern[str]:
    """What makes a year the date of the sentence's own happening: "in June 1998", "during 2004" (not
    "the strongest since 2004", "by 2035", "of 2000 people")."""
    return _year_date(lang.load().scope.year_date.own)


@cache
def _year_context() -> re.Pattern[str]:
    """What makes a year a date: "in June 1998", "since 2004", "of early 2010" (not a model or a score)."""
    return _year_date(lang.load().scope.year_date.prepositions)


def check_examples() -> None:
    """The year examples of ``lang/en/scope.yaml``: each phrase's year is a date, its own happening's or not."""
    ex = lang.load().scope.examples
    wrong = [p for p in ex.year_dates if not year_as_date(p[:-4])]
    wrong += [p for p in ex.own_year_dates if not (year_as_date(p[:-4]) and _past_year_context().search(p[:-4]))]
    wrong += [p for p in ex.not_own_year_dates if _past_year_context().search(p[:-4])]
    if wrong:
        raise ValueError(f"lang/en/scope.yaml: years read the wrong way: {wrong}")


def year_as_date(before: str) -> bool:
    """The words before a four-digit number make it a year ("in 1957", "since June 2004")."""
    return bool(_year_context().search(before))


def names_earlier_year(doc: Document, start: int, end: int, year: int | None = None) -> bool:
    """The span names, as a date, a year before ``year`` (default: the article's own) ("convicted in June 1998")."""
    published = year or (doc.article.published.year if doc.article.published else None)
    if published is None:
        return False
    text = doc.text
    for m in YEAR.finditer(text, start, end):
        if int(m.group(1)) < published and _past_year_context().search(text[max(start, m.start() - 40) : m.start()]):
            return True
    return False


def is_background(doc: Document, start: int, end: int, year: int | None = None) -> bool:
    """A sentence about another, earlier event: it names an earlier year as a date, or says "years ago"."""
    return bool(past_event().search(doc.text, start, end)) or names_earlier_year(doc, start, end, year)


def latest_year_named(doc: Document) -> int | None:
    """The latest year the article names as a date: for an undated cluster, the best guess of "now"."""
    text = doc.text
    years = [
        int(m.group(1))
        for m in YEAR.finditer(text)
        if _past_year_context().search(text[max(0, m.start() - 40) : m.start()])
    ]
    return max(years, default=None)
