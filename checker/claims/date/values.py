"""What a date expression means, counted from the publication date: "Tuesday", "last Tuesday", "March 3",
"in April 2007", "In July", "yesterday" (``resolve``). The words are language data (``lang/en/dates.yaml``)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from checker import lang
from checker.claims.date.patterns import date_patterns, months, weekdays
from checker.models import MONTH_ALONE_PREFIX, DateValue
from checker.normalise.patterns import alternation


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
def year_after_month() -> re.Pattern[str]:
    return re.compile(rf"\s+({alternation(lang.load().dates.year_after_month)})\b", re.I)


def _month_alone(
    month: int, base: dt.date | None, sentence: str, last: bool, sentence_after: str = ""
) -> tuple[DateValue | None, str]:
    """ "In July", "last August": a month of the publication year up to the publication month. A later
    month ("sworn in in January" in November), or any month in a sentence that looks ahead ("will rule in
    July"), may be last year's or next year's: no date. "last August" is the one before publication."""
    if base is None:
        return None, f"{MONTH_ALONE_PREFIX}{month:02d}"
    said = year_after_month().match(sentence_after)
    if said:  # "in March last year"
        year = base.year + lang.load().dates.year_after_month[" ".join(said.group(1).lower().split())]
    elif last:
        year = base.year - (month >= base.month)
    elif month > base.month or date_patterns().future.search(sentence):
        return None, f"{MONTH_ALONE_PREFIX}{month:02d}"
    else:
        year = base.year
    if not 1 <= year <= 9999:
        return None, f"{MONTH_ALONE_PREFIX}{month:02d}"
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
    if meaning in ("last_week", "this_week", "next_week"):
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=7 * _STEP[meaning[:4]])
        return DateValue(start=monday, end=monday + dt.timedelta(days=6))
    if meaning.endswith("_month"):
        month = base.year * 12 + base.month - 1 + _STEP[meaning[:4]]
        first = dt.date(month // 12, month % 12 + 1, 1)
        return DateValue(start=first, end=dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - one)
    if meaning.endswith("_year"):
        year = base.year + _STEP[meaning[:4]]
        return DateValue(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
    return None


_STEP = {"last": -1, "this": 0, "next": 1}  # the week, month or year "last week", "this month", "next year" name
