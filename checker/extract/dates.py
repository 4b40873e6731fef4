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
from typing import NamedTuple

from checker import lang
from checker.extract.clock import clock_times, time_patterns
from checker.extract.document import Document, Sentence
from checker.extract.scope import year_as_date
from checker.models import DateClaim, DateValue
from checker.normalise.patterns import alternation, finditer_where
from checker.normalise.patterns import phrases as _words
from checker.normalise.text import words

DIGIT = re.compile(r"\d")


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
        rf"|\b(?P<d2>\d{{1,2}})(?:{ordinal})?\s+(?P<dm>{mon})(?:,?\s+(?P<y2>\d{{4}}))?\b"
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


def __getattr__(name: str) -> re.Pattern[str]:
    """``DATE`` and ``DATE_STARTS``, as other modules import them: built from the language data when first asked for."""
    if name in ("DATE", "DATE_STARTS"):
        return date_patterns()[0 if name == "DATE" else 1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _weekday(base: dt.date, wd: int, rel: str, wk: str, future: bool) -> dt.date:
    monday = base - dt.timedelta(days=base.weekday())
    if wk == "last":
        return monday - dt.timedelta(days=7) + dt.timedelta(days=wd)
    if wk == "next":
        return monday + dt.timedelta(days=7) + dt.timedelta(days=wd)
    if rel == "next":
        ahead = (wd - base.weekday()) % 7 or 7
        return base + dt.timedelta(days=ahead)
    if rel == "last":
        back = (base.weekday() - wd) % 7 or 7
        return base - dt.timedelta(days=back)
    if rel == "this":
        return monday + dt.timedelta(days=wd)
    if future:
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)
    return base - dt.timedelta(days=(base.weekday() - wd) % 7)


def _month_day(base: dt.date | None, month: int, day: int, year: int | None) -> DateValue | None:
    if year is None:
        if base is None:
            return None
        # the year that puts the date nearest the publication date
        options = []
        for y in (base.year - 1, base.year, base.year + 1):
            try:
                options.append(dt.date(y, month, day))
            except ValueError:
                continue
        if not options:
            return None
        d = min(options, key=lambda o: abs((o - base).days))
    else:
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
    return DateValue(start=d, end=d)


def resolve(
    m: re.Match[str], base: dt.date | None, context_before: str, context_after: str = ""
) -> tuple[DateValue | None, str]:
    g = {k: (v or "").lower().strip() for k, v in m.groupdict().items()}
    if g["md"] or g["dm"]:
        month = months()[(g["md"] or g["dm"]).rstrip(".")]
        day = int(g["d1"] or g["d2"])
        year = int(g["y1"] or g["y2"]) if (g["y1"] or g["y2"]) else None
        return _month_day(base, month, day, year), f"{month:02d}-{day:02d}"
    if g["my"]:  # "in April 2007": the month
        month = months()[g["my"].rstrip(".")]
        year = int(g["y3"])
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)) if year < 9999 else None
        return (DateValue(start=dt.date(year, month, 1), end=last) if last else None), f"{year}-{month:02d}"
    if g["mo"]:  # "In July": this year's July, when it is past
        before = context_before.split()[-1:]
        the_last = bool(before) and lang.load().dates.weekday_before.get(before[0].lower()) == "last"
        sentence = context_before + context_after
        return _month_alone(months()[g["mo"].rstrip(".")], base, sentence, the_last, context_after)
    if g["y4"]:  # "in 1957": the year
        year = int(g["y4"])
        return DateValue(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31)), g["y4"]
    if g["iso"]:
        try:
            d = dt.date.fromisoformat(g["iso"])
        except ValueError:
            return None, g["iso"]
        return DateValue(start=d, end=d), g["iso"]
    expr = " ".join(m.group(0).lower().split())
    if base is None:
        return None, expr
    if g["wd"]:
        return _named_weekday(m, g, base, context_before), expr
    return _relative_day(" ".join(g["word"].split()), base, context_before), expr


@cache
def _year_after_month() -> re.Pattern[str]:
    return re.compile(rf"\s+({alternation(lang.load().dates.year_after_month)})\b", re.I)


def _month_alone(
    month: int, base: dt.date | None, sentence: str, last: bool, sentence_after: str = ""
) -> tuple[DateValue | None, str]:
    """ "In July", "last August": a month of the publication year up to the publication month. A later
    month ("sworn in in January" in November), or any month in a sentence that looks ahead ("will rule in
    July"), may be last year's or next year's: no date. "last August" is the one before publication."""
    if base is None:
        return None, f"month-{month:02d}"
    said = _year_after_month().match(sentence_after)
    if said:  # "in March last year"
        year = base.year + lang.load().dates.year_after_month[" ".join(said.group(1).lower().split())]
    elif last:
        year = base.year - (month >= base.month)
    elif month > base.month or date_patterns().future.search(sentence):
        return None, f"month-{month:02d}"
    else:
        year = base.year
    if not 1 <= year <= 9999:
        return None, f"month-{month:02d}"
    end = dt.date(year, 12, 31) if month == 12 else dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return DateValue(start=dt.date(year, month, 1), end=end), f"{year}-{month:02d}"


def _named_weekday(m: re.Match[str], g: dict[str, str], base: dt.date, context_before: str) -> DateValue:
    """ "Tuesday", "last Tuesday", "Saturday last week", "Tuesday night": the day nearest the publication
    date, before it unless the words say it lies ahead."""
    data, patterns = lang.load().dates, date_patterns()
    wd = weekdays().index(g["wd"])
    rel = data.weekday_before[" ".join(g["rel"].split())] if g["rel"] else ""
    wk = data.weekday_after[" ".join(g["wk"].split())] if g["wk"] else ""
    # "Tuesday's collapse" names an event that has happened: never a day ahead
    possessive = any(m.group(0).lower().find(p) > 0 for p in data.possessive)
    # a future word in the day's own clause makes it one ahead ("would be produced ... on Wednesday");
    # "from" only right before it ("from Monday"), not "bodies from collapsed houses by Sunday"
    clause = re.split(r"[,;:]", context_before[-60:])[-1]
    ahead = bool(patterns.future.search(clause)) or bool(patterns.from_before.search(context_before))
    d = _weekday(base, wd, rel, wk, ahead and not possessive)
    if g["part"] and data.day_parts[g["part"]] == "night":
        return DateValue(start=d, end=d + dt.timedelta(days=1))
    return DateValue(start=d, end=d)


def _relative_day(word: str, base: dt.date, context_before: str) -> DateValue | None:
    """ "yesterday", "last night", "the weekend", "next week": counted from the publication date."""
    meaning = lang.load().dates.relative_days[word]
    one = dt.timedelta(days=1)
    if meaning == "yesterday":
        return DateValue(start=base - one, end=base - one)
    if meaning == "today":
        return DateValue(start=base, end=base)
    if meaning == "last_night":
        return DateValue(start=base - one, end=base)
    if meaning in ("last_weekend", "weekend", "this_weekend"):
        previous = base - dt.timedelta(days=(base.weekday() - 5) % 7 or 7)
        current = base - dt.timedelta(days=base.weekday() - 5)  # this week's Saturday
        clause = re.split(r"[,;:]", context_before[-60:])[-1]
        if meaning == "last_weekend":
            sat = previous if base.weekday() < 5 else current - dt.timedelta(days=7)
        elif base.weekday() >= 5:
            sat = current  # "through the weekend" in a Saturday paper: this one
        elif meaning == "this_weekend" or date_patterns().future.search(clause):
            sat = current  # the coming one
        else:
            sat = previous
        return DateValue(start=sat, end=sat + one)
    if meaning == "last_week":
        monday = base - dt.timedelta(days=base.weekday() + 7)
        return DateValue(start=monday, end=monday + dt.timedelta(days=6))
    if meaning == "next_week":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=7)
        return DateValue(start=monday, end=monday + dt.timedelta(days=6))
    return None


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
        for m in finditer_where(patterns.date, sent.text, patterns.starts):
            if _no_date(doc, sent, m, patterns):
                continue
            try:
                value, expr = resolve(m, base, sent.text[: m.start()], sent.text[m.end() :])
            except OverflowError:  # "yesterday" in an article dated 0001-01-01: no such day, so no value
                value, expr = None, " ".join(m.group(0).lower().split())
            if value is None and m.group("mo"):
                continue  # a month alone that could be last year's or next year's: no claim rather than a guess
            out.append(_claim(doc, sent, si, speaker_of, m.start(), m.end(), value=value, expression=expr))
        if header or times.time_line.fullmatch(sent.text.strip()):
            continue  # a live blog's entry time on a line of its own is not a claim
        for ts, te, minutes, tolerance, tz in clock_times(sent.text):
            # a time belongs to the words that lead up to it ("lost contact at")
            fields = {"clock": minutes, "clock_tolerance": tolerance, "timezone": tz}
            out.append(_claim(doc, sent, si, speaker_of, ts, te, (60, 0), value=None, expression="time", **fields))
    return out


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
def _not_event_words() -> frozenset[str]:
    """Words that say nothing about which moment a date or time belongs to, day and month names too."""
    return frozenset([*weekdays(), *months(), *lang.load().dates.event_stopwords])


def _claim(
    doc: Document, sent: Sentence, si: int, speaker_of: dict[int, str | None], start: int, end: int,
    window: tuple[int, int] = (80, 60), **fields: object,
) -> DateClaim:
    s, e = sent.start + start, sent.start + end
    # the words around the expression say which event it dates; a relative clause after it (", who was
    # gunned down") tells of another moment than the date's ("were coping Saturday with the death ...")
    skip = _not_event_words()
    after = sent.text[end : end + window[1]]
    clause = _relative_after().search(after)
    event = " ".join(
        w
        for w in words(sent.text[max(0, start - window[0]) : start] + " " + after[: clause.start() if clause else None])
        if len(w) > 2 and w not in skip and not w.isdigit()
    )
    return DateClaim(**doc.located(s, e, sent), speaker=speaker_of.get(si), event=event, **fields)  # type: ignore[arg-type]
