"""Dates as news writes them, resolved against the article's publication date.

"Tuesday" in a Wednesday article is the day before; "Saturday last week" is the Saturday of the
previous calendar week; "Tuesday next week" the Tuesday of the next; "due to begin on Tuesday"
looks forward. With no publication date, relative dates stay unresolved (value None).

The words are language data (``lang/en/dates.yaml``, the day and month names ``calendar.yaml``); the
patterns are built from them once, and only digits, punctuation and spacing are written here.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from checker import lang
from checker.analysis.clock import clock_times, time_patterns
from checker.analysis.document import Document, Sentence
from checker.analysis.scope import year_as_date
from checker.claims.date.patterns import DatePatterns, date_patterns, months, weekdays
from checker.claims.date.values import resolve, year_after_month
from checker.models import DateClaim, DateValue
from checker.normalise.patterns import finditer_where
from checker.normalise.patterns import phrases as _words
from checker.normalise.text import words


def __getattr__(name: str) -> re.Pattern[str]:
    """``DATE`` and ``DATE_STARTS``, as other modules import them: built from the language data when first asked for."""
    if name in ("DATE", "DATE_STARTS"):
        return date_patterns()[0 if name == "DATE" else 1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _nearest_weekday(published: dt.date, wd: int) -> dt.date:
    """The day of that name nearest the publication date: a blog's entries run a day or two either side."""
    days = (published + dt.timedelta(days=k) for k in range(-3, 4))
    return min(days, key=lambda d: (d.weekday() != wd, abs((d - published).days)))


def stamp_date(doc: Document) -> dt.date | None:
    """The calendar date of the article's first posting stamp that gives a full one (month, day and year)."""
    return stamp_date_in(doc.folded, doc.furniture)


def stamp_date_in(folded: str, furniture: list[tuple[int, int]]) -> dt.date | None:
    """The first full calendar date (month, day and year) within the ``furniture`` spans of ``folded``."""
    for lo, hi in furniture:
        for m in date_patterns().date.finditer(folded, lo, hi):
            if m.group("iso") or (m.group("md") or m.group("dm")) and (m.group("y1") or m.group("y2")):
                value, _expr = resolve(m, None, "")
                if value is not None:
                    return value.start
    return None


def extract_dates(doc: Document, speaker_of: dict[int, str | None]) -> list[DateClaim]:
    out = []
    # an article with no publication date of its own is dated by its posting stamp ("Posted: May 24, 2005")
    published = base = doc.article.published or stamp_date(doc)
    patterns, times = date_patterns(), time_patterns()
    for si, sent in enumerate(doc.sentences):
        if not patterns.dateish.search(sent.text.lower()):
            continue  # no digit, day name, month or the like: nothing here can be a date or a time
        header = times.entry_header.fullmatch(sent.text.strip())
        if header and header.group("wd") and published is not None:
            # a live blog's entry headed "Saturday, 9:15 a.m.": its "this morning" is that Saturday
            try:
                base = _nearest_weekday(published, weekdays().index(header.group("wd").lower()))
            except OverflowError:  # published at the calendar's edge (year 1 or 9999)
                base = published
        days: list[tuple[int, int, DateValue | None, str]] = []
        taken = 0  # where the last date's words end: "in March last year" is one date, not March and last year
        for m in finditer_where(patterns.date, sent.text, patterns.starts):
            if m.start() < taken or _no_date(doc, sent, m, patterns):
                continue
            try:
                value, expr = resolve(m, base, sent.text[: m.start()], sent.text[m.end() :])
            except OverflowError:  # "yesterday" in an article dated 0001-01-01: no such day, so no value
                value, expr = None, " ".join(m.group(0).lower().split())
            # a month alone that could be last year's or next year's keeps no value ("month-12"), never a
            # guessed year: FC201 compares it only with another such month dating the same thing
            end = m.end() - 1 if _full_stop_after_month(m.group(0)) else m.end()  # "in December." ends the sentence
            if _MONTH_OF_A_YEAR.match(expr) and (said := year_after_month().match(sent.text, m.end())):
                end = said.end()  # "in March last year": the year's words are the month's
            taken = end
            days.append((m.start(), end, value, expr))
        joined = _joined_days(sent.text, days)
        for k, (start, end, value, expr) in enumerate(joined):
            # a date's words stop at the dates beside it: "received the award in 2009 and was appointed OBE in
            # 2012" dates an appointment by 2012, not the award
            lo = joined[k - 1][1] if k else 0
            hi = joined[k + 1][0] if k + 1 < len(joined) else len(sent.text)
            if _possessive(sent.text[start:end]):
                lo = start  # "from Friday's close of $69.08": the day dates the noun it owns, not the sentence's verb
            out.append(_claim(doc, sent, si, speaker_of, start, end, bounds=(lo, hi), value=value, expression=expr))
        if header or times.time_line.fullmatch(sent.text.strip()):
            continue  # a live blog's entry time on a line of its own is not a claim
        for ts, te, minutes, tolerance, tz in clock_times(sent.text):
            # a time belongs to the words that lead up to it ("lost contact at")
            window = (TIME_WINDOW, 0)
            out.append(
                _claim(
                    doc, sent, si, speaker_of, ts, te, window, value=None, expression="time",
                    clock=minutes, clock_tolerance=tolerance, timezone=tz,
                )
            )
    return out


_MONTH_OF_A_YEAR = re.compile(r"\d{4}-\d{2}$")  # the expression of a month of a known year: "2008-03"


def _possessive(written: str) -> bool:
    """ "Friday's", "Saturday’s": a day that owns the noun after it."""
    return any(written.endswith(p) for p in lang.load().dates.possessive)


DAYS_JOINED = 7  # days this close, joined by "and", are the days of one thing that lasts: one span


@cache
def _day_joint() -> re.Pattern[str]:
    """ "closed today AND Wednesday", "canceled classes Tuesday AND Wednesday" (``dates.yaml`` ``days_joined``)."""
    return re.compile(rf"\s+{_words(lang.load().dates.days_joined)}\s+", re.I)


def _joined_days(
    text: str, days: list[tuple[int, int, DateValue | None, str]]
) -> list[tuple[int, int, DateValue | None, str]]:
    """Two days written together ("closed today and Wednesday", "Tuesday and Wednesday") as one span from the
    first to the last: each is a day of the same closure, not the one day it happened."""
    out: list[tuple[int, int, DateValue | None, str]] = []
    for start, end, value, expr in days:
        if out:
            p_start, p_end, p_value, p_expr = out[-1]
            if (
                p_value is not None and value is not None and _day_joint().fullmatch(text, p_end, start)
                and abs((value.start - p_value.start).days) < DAYS_JOINED
                and p_value.end - p_value.start == value.end - value.start == dt.timedelta(0)
            ):
                span = DateValue(start=min(p_value.start, value.start), end=max(p_value.end, value.end))
                out[-1] = (p_start, end, span, f"{p_expr} and {expr}")
                continue
        out.append((start, end, value, expr))
    return out


def _full_stop_after_month(matched: str) -> bool:
    """ "December.": a month's full name and the full stop of its sentence ("Dec." keeps its dot)."""
    return matched.endswith(".") and matched[:-1].split()[-1].lower() in lang.load().calendar.months


def _no_date(doc: Document, sent: Sentence, m: re.Match[str], patterns: DatePatterns) -> bool:
    """A match that dates no happening of the story: see each case."""
    text = sent.text
    if m.group("wd") and m.group("wd")[:1].islower():
        return True
    if m.group("mo") and not (m.group("mo")[:1].isupper() and patterns.month_before.search(text, 0, m.start())):
        return True  # "may", "March on", "August officials": a month alone dates only after "in", "last"
    if m.group("y4") and not (
        year_as_date(text[max(0, m.start() - 40) : m.start()])
        or patterns.year_adjective.search(text[max(0, m.start() - 12) : m.start()])
        and re.match(r"\s+(?:[A-Z]+\s+)?[a-z]{3,}", text[m.end() :])
    ):
        return True  # a four-digit number is a year after "in", "since", "by" or as in "the 2005 film"
    year_or_month = m.group("y4") or m.group("my") or m.group("mo")
    if year_or_month and patterns.span_year.search(text[max(0, m.start() - 40) : m.start()]):
        return True  # "from September 2010 to January 2011": a span's end is not the day of a happening
    if m.group("wd") and patterns.with_date_after.match(text, m.end()):
        return True  # "on Saturday, March 1": the calendar date that follows says which Saturday
    if (m.group("wd") or m.group("word")) and (
        patterns.span_before.search(text[: m.start()]) or patterns.span_end_before.search(text[: m.start()])
    ):
        return True  # "since the weekend", "between Saturday and Tuesday": ends of a span, not an event's day
    # "today", "on Friday" inside a quote count from the day the speaker spoke, not the article's
    return bool((m.group("word") or m.group("wd")) and doc.in_quote(sent.start + m.start()))


@cache
def _relative_after() -> re.Pattern[str]:
    """ ", who", ", which": a relative clause opening after a date (``scope.yaml``'s relative openers)."""
    return re.compile(rf",\s+{_words(lang.load().scope.relative_openers)}\b", re.I)


@cache
def _moment_clause() -> re.Pattern[str]:
    """A clause right after a time (up to 40 characters on, then up to 60 of its own) that opens with a word
    of ``dates.yaml``'s ``moment_clause``: the moment the time is of."""
    return re.compile(rf"[^.;:]{{0,40}}?\b{_words(lang.load().dates.moment_clause)}\b[^.;:,]{{1,60}}", re.I)


@cache
def not_event_words() -> frozenset[str]:
    """Words that say nothing about which moment a date or time belongs to, day and month names too."""
    return frozenset([*weekdays(), *months(), *lang.load().dates.event_stopwords])


def event_words(text: str) -> list[str]:
    """The words of a text that can say which happening a date is of: no short words, figures, day or month names."""
    skip = not_event_words()
    return [w for w in words(text) if len(w) > 2 and w not in skip and not w.isdigit()]


TIME_WINDOW = 60  # characters before a time of day its event words are read from (none after it but its moment)


def _claim(
    doc: Document, sent: Sentence, si: int, speaker_of: dict[int, str | None], start: int, end: int,
    window: tuple[int, int] = (80, 60), bounds: tuple[int, int] | None = None, **fields: object,
) -> DateClaim:
    s, e = sent.start + start, sent.start + end
    lo, hi = bounds or (0, len(sent.text))
    # the words around the expression say which event it dates; a relative clause after it (", who was
    # gunned down") tells of another moment than the date's ("were coping Saturday with the death ...")
    after = sent.text[end : min(hi, end + window[1])]
    moment = _moment_clause().match(sent.text, end) if window[1] == 0 else None
    if moment:
        after = moment.group(0)  # "at about 1 a.m. when the cops stopped him": the moment named after the time
    clause = _relative_after().search(after)
    before = sent.text[max(lo, start - window[0]) : start]
    event = " ".join(event_words(before + " " + after[: clause.start() if clause else None]))
    return DateClaim(**doc.located(s, e, sent), speaker=speaker_of.get(si), event=event, **fields)  # type: ignore[arg-type]
