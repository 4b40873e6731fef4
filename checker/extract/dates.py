"""Dates as news writes them, resolved against the article's publication date.

"Tuesday" in a Wednesday article is the day before; "Saturday last week" is the Saturday of the
previous calendar week; "Tuesday next week" the Tuesday of the next; "due to begin on Tuesday"
looks forward. With no publication date, relative dates stay unresolved (value None).
"""

from __future__ import annotations

import datetime as dt
import re

from checker import lang
from checker.extract.document import Document, Sentence
from checker.extract.scope import year_as_date
from checker.models import DateClaim, DateValue
from checker.normalise.patterns import alternation, finditer_where
from checker.normalise.text import words

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_WD = alternation(WEEKDAYS)  # as tries: the pattern runs over every sentence of every article
_MON = (
    alternation(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
                 "Dec"])
    + r"\.?"
)
DATE = re.compile(
    rf"\b(?P<rel>(?:last|this|next)\s+)?(?P<wd>{_WD})(?:'s)?(?P<wk>\s+(?:last|next)\s+week)?"
    rf"(?:\s+(?P<part>night|morning|afternoon|evening))?\b"
    rf"|\b(?P<md>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm>{_MON})(?:,?\s+(?P<y2>\d{{4}}))?\b"
    rf"|\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b"
    rf"|\b(?P<my>{_MON})\s+(?:of\s+)?(?P<y3>(?:1[89]|20)\d\d)\b"
    r"|\b(?P<y4>(?:1[89]|20)\d\d)\b(?!\s*(?:-|\u2013|to)\s*\d)(?![\d%]|[,.]\d)"
    r"|\b(?P<word>yesterday|today|tonight|last\s+night|this\s+morning|overnight|"
    r"(?:last|this|the)\s+weekend|last\s+week|next\s+week|the\s+day\s+before)\b",
    re.I,
)
YEAR_ADJECTIVE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+$", re.I)  # "the 2005 film", "a 2008 conviction"
SPAN_YEAR = re.compile(r"\b(?:to|until|till|through|and|between|from)\s+(?:\w+\s+)?$", re.I)
FUTURE = re.compile(
    r"\b(?:will|would|shall|due|set|scheduled|expected|plans?|planned|to\s+begin|to\s+start|to\s+be|"
    r"supposed|going\s+to|next|until|deadline)\b",
    re.I,
)


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


def resolve(m: re.Match[str], base: dt.date | None, context_before: str) -> tuple[DateValue | None, str]:
    g = {k: (v or "").lower().strip() for k, v in m.groupdict().items()}
    if g["md"] or g["dm"]:
        month = MONTHS[
            (g["md"] or g["dm"]).rstrip(".")[:4].rstrip("t")
            if (g["md"] or g["dm"]).startswith("sept")
            else (g["md"] or g["dm"]).rstrip(".")[:3]
        ]
        day = int(g["d1"] or g["d2"])
        year = int(g["y1"] or g["y2"]) if (g["y1"] or g["y2"]) else None
        return _month_day(base, month, day, year), f"{month:02d}-{day:02d}"
    if g["my"]:  # "in April 2007": the month
        month = MONTHS[g["my"].rstrip(".")[:4].rstrip("t") if g["my"].startswith("sept") else g["my"].rstrip(".")[:3]]
        year = int(g["y3"])
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)) if year < 9999 else None
        return (DateValue(start=dt.date(year, month, 1), end=last) if last else None), f"{year}-{month:02d}"
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
        wd = WEEKDAYS.index(g["wd"])
        wk = g["wk"].split()[0] if g["wk"] else ""
        # "Tuesday's collapse" names an event that has happened: never a day ahead
        possessive = m.group("wd") and m.group(0).lower().find("'s") > 0
        # a future word in the day's own clause makes it one ahead ("would be produced ... on Wednesday");
        # "from" only right before it ("from Monday"), not "bodies from collapsed houses by Sunday"
        clause = re.split(r"[,;:]", context_before[-60:])[-1]
        ahead = bool(FUTURE.search(clause)) or bool(re.search(r"\bfrom\s+$", context_before))
        d = _weekday(base, wd, g["rel"], wk, ahead and not possessive)
        if g["part"] == "night":
            return DateValue(start=d, end=d + dt.timedelta(days=1)), expr
        return DateValue(start=d, end=d), expr
    word = " ".join(g["word"].split())
    one = dt.timedelta(days=1)
    if word == "yesterday" or word == "the day before":
        return DateValue(start=base - one, end=base - one), expr
    if word in ("today", "tonight", "this morning"):
        return DateValue(start=base, end=base), expr
    if word in ("last night", "overnight"):
        return DateValue(start=base - one, end=base), expr
    if word in ("last weekend", "the weekend", "this weekend"):
        previous = base - dt.timedelta(days=(base.weekday() - 5) % 7 or 7)
        current = base - dt.timedelta(days=base.weekday() - 5)  # this week's Saturday
        clause = re.split(r"[,;:]", context_before[-60:])[-1]
        if word == "last weekend":
            sat = previous if base.weekday() < 5 else current - dt.timedelta(days=7)
        elif base.weekday() >= 5:
            sat = current  # "through the weekend" in a Saturday paper: this one
        elif word == "this weekend" or FUTURE.search(clause):
            sat = current  # the coming one
        else:
            sat = previous
        return DateValue(start=sat, end=sat + one), expr
    if word == "last week":
        monday = base - dt.timedelta(days=base.weekday() + 7)
        return DateValue(start=monday, end=monday + dt.timedelta(days=6)), expr
    if word == "next week":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=7)
        return DateValue(start=monday, end=monday + dt.timedelta(days=6)), expr
    return None, expr


TIME = re.compile(
    r"(?P<hedge>\b(?:around|about|approximately|roughly|shortly\s+(?:after|before)|just\s+(?:after|before)|"
    r"soon\s+after|some\s+time\s+after|after|before)\s+)?"
    r"\b(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>(?i:[ap]\.?\s?m)\b\.?)?"
    r"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*(?:GMT|UTC|hrs\b|Z\b)))(?![\w:])"
    r"(?:\s*(?P<tz>local\s+time|GMT|UTC|[A-Z]{3,4}\b))?"
)
TOLERANCE = {
    "around": 15,
    "about": 15,
    "approximately": 15,
    "roughly": 15,
    "shortly after": 20,
    "just after": 10,
    "shortly before": 20,
    "just before": 10,
    "soon after": 30,
    "some time after": 60,
    "after": 60,
    "before": 60,
}


# "2:01:17", "2:52 per kilometre", "with 7:41 left", "2:56 into the round": a race time, a pace or a game clock
DURATION_AROUND = re.compile(
    r":\d\d|\s*(?:per|a|/)\s*(?:km|kilomet|mile|lap)|\s+(?:left|remaining|to\s+go|to\s+play|into\s+the)\b", re.I
)


def clock_times(text: str) -> list[tuple[int, int, int, int, str | None]]:
    """Times of day in a sentence: (start, end, minutes after midnight, tolerance, timezone).

    A number is a time only with minutes after a colon ("15:12"), or with am/pm ("3.12pm", "3pm").
    """
    out: list[tuple[int, int, int, int, str | None]] = []
    if not DIGIT.search(text):
        return out  # every time of day has a digit; most sentences have none
    for m in TIME.finditer(text):
        if m.group("hh"):  # "0737 GMT": a 24-hour time without a colon, only beside a zone
            out.append((m.start("hh"), m.end(), int(m.group("hh")) * 60 + int(m.group("mm")), 0, _zone(m)))
            continue
        h, minutes, ampm = int(m.group("h")), m.group("m"), (m.group("ampm") or "").lower()
        if not ampm and (minutes is None or text[m.start("h") : m.end("h") + 1][-1:] != ":"):
            continue  # "3.12" alone may be a decimal, "15" alone a count
        if not ampm and (DURATION_AROUND.match(text, m.end()) or re.search(r"\d:$", text[: m.start("h")])):
            continue  # "2:01:17", "2:52 per kilometre": a race time or a pace, not a time of day
        if ampm.startswith("p") and h < 12:
            h += 12
        elif ampm.startswith("a") and h == 12:
            h = 0
        hedge = " ".join((m.group("hedge") or "").lower().split())
        start = m.start("hedge") if m.group("hedge") else m.start("h")
        out.append((start, m.end(), h * 60 + int(minutes or 0), TOLERANCE.get(hedge, 0), _zone(m)))
    return out


def _zone(m: re.Match[str]) -> str | None:
    """ "local time" is local; a known zone abbreviation ("EDT", "GMT") is kept lower-cased; other capitals
    after a time ("3pm MONDAY") are no zone."""
    tz = " ".join((m.group("tz") or "").lower().split()) or None
    if tz == "local time":
        return "local"
    return tz if tz in lang.load().calendar.time_zones else None


WITH_DATE_AFTER = re.compile(
    rf",?\s+(?:the\s+)?(?:{_MON}\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON})", re.I
)
# "since Saturday", "between Saturday and Tuesday": the start or the ends of a span, not the day of an event
SPAN_BEFORE = re.compile(r"\b(?:since|between)\s+$", re.I)
SPAN_END_BEFORE = re.compile(rf"\bbetween\s+{_WD}\s+and\s+$", re.I)
# over the lower-cased sentence, case-sensitive (fast): the words any date or time needs, and where one can start
DATEISH = re.compile(rf"\d|day|week|night|morning|{alternation(m[:3] for m in MONTHS)}")
_FIRST_WORDS = [*(w[:3] for w in [*WEEKDAYS, *MONTHS]), "last", "this", "next", "the", "yesterday", "today",
                "tonight", "overnight"]
DATE_STARTS = re.compile(rf"\b(?:\d|{alternation(_FIRST_WORDS)})")
DIGIT = re.compile(r"\d")
# a live blog's entry heading on a line of its own: "Saturday, 9:15 a.m.", "Sat 09:15 MST"
ENTRY_HEADER = re.compile(
    rf"(?:(?P<wd>{_WD})\.?,?\s+)?\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*[A-Za-z]{{0,5}}", re.I
)


def _nearest_weekday(published: dt.date, wd: int) -> dt.date:
    """The day of that name nearest the publication date: a blog's entries run a day or two either side."""
    return min(
        (published + dt.timedelta(days=k) for k in range(-3, 4)),
        key=lambda d: (d.weekday() != wd, abs((d - published).days)),
    )


def stamp_date(doc: Document) -> dt.date | None:
    """The calendar date of the article's first posting stamp that gives a full one (month, day and year)."""
    return stamp_date_in(doc.folded, doc.furniture)


def stamp_date_in(folded: str, furniture: list[tuple[int, int]]) -> dt.date | None:
    """The first full calendar date (month, day and year) within the ``furniture`` spans of ``folded``."""
    for lo, hi in furniture:
        for m in DATE.finditer(folded, lo, hi):
            if m.group("iso") or (m.group("md") or m.group("dm")) and (m.group("y1") or m.group("y2")):
                value, _expr = resolve(m, None, "")
                if value is not None:
                    return value.start
    return None


def extract_dates(doc: Document, speaker_of: dict[int, str | None]) -> list[DateClaim]:
    out = []
    # an article with no publication date of its own is dated by its posting stamp ("Posted: May 24, 2005")
    published = base = doc.article.published or stamp_date(doc)
    for si, sent in enumerate(doc.sentences):
        if not DATEISH.search(sent.text.lower()):
            continue  # no digit, day, week, night, morning or month: nothing here can be a date or a time
        header = ENTRY_HEADER.fullmatch(sent.text.strip())
        if header and header.group("wd") and published is not None:
            # a live blog's entry headed "Saturday, 9:15 a.m.": its "this morning" is that Saturday
            try:
                base = _nearest_weekday(published, WEEKDAYS.index(header.group("wd").lower()))
            except OverflowError:  # published at the calendar's edge (year 1 or 9999)
                base = published
        for m in finditer_where(DATE, sent.text, DATE_STARTS):
            if m.group("wd") and m.group("wd")[:1].islower():
                continue
            if m.group("y4") and not (
                year_as_date(sent.text[max(0, m.start() - 40) : m.start()])
                or YEAR_ADJECTIVE.search(sent.text[max(0, m.start() - 12) : m.start()])
                and re.match(r"\s+(?:[A-Z]+\s+)?[a-z]{3,}", sent.text[m.end() :])
            ):
                continue  # a four-digit number is a year after "in", "since", "by" or as in "the 2005 film"
            if (m.group("y4") or m.group("my")) and SPAN_YEAR.search(sent.text[max(0, m.start() - 40) : m.start()]):
                continue  # "from September 2010 to January 2011": a span's end is not the day of a happening
            if m.group("wd") and WITH_DATE_AFTER.match(sent.text, m.end()):
                continue  # "on Saturday, March 1": the calendar date that follows says which Saturday
            if (m.group("wd") or m.group("word")) and (
                SPAN_BEFORE.search(sent.text[: m.start()]) or SPAN_END_BEFORE.search(sent.text[: m.start()])
            ):
                continue  # "since the weekend", "between Saturday and Tuesday": ends of a span, not an event's day
            if (m.group("word") or m.group("wd")) and doc.in_quote(sent.start + m.start()):
                continue  # "today", "on Friday" inside a quote count from the day the speaker spoke, not the article's
            try:
                value, expr = resolve(m, base, sent.text[: m.start()])
            except OverflowError:  # "yesterday" in an article dated 0001-01-01: no such day, so no value
                value, expr = None, " ".join(m.group(0).lower().split())
            out.append(_claim(doc, sent, si, speaker_of, m.start(), m.end(), value=value, expression=expr))
        if header or re.fullmatch(r"[\d:.]+\s*(?:[ap]\.?m\.?)?\s*[A-Za-z]{0,5}", sent.text.strip()):
            continue  # a live blog's entry time on a line of its own is not a claim
        for ts, te, minutes, tolerance, tz in clock_times(sent.text):
            out.append(
                _claim(
                    doc,
                    sent,
                    si,
                    speaker_of,
                    ts,
                    te,
                    window=(60, 0),  # a time belongs to the words that lead up to it ("lost contact at")
                    value=None,
                    expression="time",
                    clock=minutes,
                    clock_tolerance=tolerance,
                    timezone=tz,
                )
            )
    return out


# words that say nothing about which moment a date or time belongs to
GENERIC = {
    "the",
    "and",
    "was",
    "were",
    "has",
    "had",
    "have",
    "with",
    "from",
    "that",
    "this",
    "its",
    "their",
    "said",
    "says",
    "time",
    "local",
    "about",
    "around",
    "shortly",
    "after",
    "before",
    "just",
    "early",
    "late",
    "earlier",
    "later",
    "yesterday",
    "today",
    "morning",
    "evening",
    "night",
    "afternoon",
    "gmt",
    "utc",
    "approximately",
    "roughly",
    "some",
    "until",
    "since",
    "when",
    "which",
    "who",
    "for",
    "but",
    "also",
}


def _claim(
    doc: Document,
    sent: Sentence,
    si: int,
    speaker_of: dict[int, str | None],
    start: int,
    end: int,
    window: tuple[int, int] = (80, 60),
    **fields: object,
) -> DateClaim:
    s, e = sent.start + start, sent.start + end
    # the words around the expression say which event it dates
    event = " ".join(
        w
        for w in words(sent.text[max(0, start - window[0]) : start] + " " + sent.text[end : end + window[1]])
        if len(w) > 2 and w not in WEEKDAYS and w not in MONTHS and w not in GENERIC and not w.isdigit()
    )
    return DateClaim(
        **doc.located(s, e, sent),
        speaker=speaker_of.get(si),
        event=event,
        **fields,
    )  # type: ignore[arg-type]
