"""Which dates of a cluster can be one happening's: shared by the date rule, which reports them, and
kept apart from it so that each way of pairing two dates reads on its own. Not a rule."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from checker import lang
from checker.claims.date.heads import DAY_KEY
from checker.models import CountClaim, DateClaim, DateValue
from checker.normalise.happenings import happening_kinds, happenings
from checker.normalise.text import fold
from checker.rules.base import Context

MONEY = "currency"  # the unit family of sums of money ("currency:dollar")
SUM_BESIDE_DATE = 3  # words at most between a date and the sum it dates: "in 2010 approved a $3 million bond"


MISDATED_DAYS = 7  # one event misdated is off by a day or a few, not by weeks


def misdated(a: DateValue, b: DateValue) -> bool:
    """Two dates that can be one event's, told differently: they do not overlap, and day-level dates lie
    within a week of each other (a week apart or more, "announced on Feb. 27" and "announced today" in
    April are two announcements of a running story). Years and months are compared at any distance."""
    if a.overlaps(b):
        return False
    days = max((a.end - a.start).days, (b.end - b.start).days)
    if days > 7:
        return True  # a month or a year: its own scale
    gap = (b.start - a.end).days if a.end < b.start else (a.start - b.end).days
    return gap < MISDATED_DAYS or _digit_slip(a, b)


def _digit_slip(a: DateValue, b: DateValue) -> bool:
    """Two days of one month whose numbers are one digit apart as written, a digit dropped or two swapped
    ("June 8" / "18 June", "Aug. 19" / "9 August", "12 March" / "21 March"): one date misreported, however many
    days that puts between them."""
    if a.start != a.end or b.start != b.end or (a.start.year, a.start.month) != (b.start.year, b.start.month):
        return False
    x, y = str(a.start.day), str(b.start.day)
    if len(x) != len(y):
        return x in y or y in x  # "8" / "18", "19" / "9"
    return len(x) == 2 and x == y[::-1]  # "12" / "21"


def same_dated_thing(
    reps: list[DateClaim], members: dict[int, list[DateClaim]], ctx: Context
) -> list[tuple[int, int]]:
    """Pairs of years or months from different articles that date the same kind of thing ("the 2005 film",
    "the 2006 movie") said of the same person or place ("The Notorious Bettie Page")."""
    by_thing: dict[str, list[int]] = {}
    for i, r in enumerate(reps):
        if r.dates and r.value is not None:
            by_thing.setdefault(r.dates, []).append(i)
    return _misdated_in_groups(by_thing, reps, members, _said_of_one)


def _said_of_one(a: DateClaim, b: DateClaim) -> bool:
    """Two dated things said of the same person or place; a day of the story said of no one is the story's, and
    meets a day of the same thing said of anyone ("raised the alert on Thursday" / "PVMBG raised the alert on
    Lewotobi on Friday")."""
    if set(a.about) & set(b.about):
        return True
    return bool(a.dates and a.dates.startswith(DAY_KEY)) and not (a.about and b.about)


def _misdated_in_groups(
    groups: dict[Any, list[int]],
    reps: list[DateClaim],
    members: dict[int, list[DateClaim]],
    also: Callable[[DateClaim, DateClaim], bool],
) -> list[tuple[int, int]]:
    """Pairs within each group of differently dated claims from articles that share none (an article dating
    two such things tells of two of them, not a dispute) for which ``also`` holds."""
    out = []
    for group in groups.values():
        for x, i in enumerate(group):
            for j in group[x + 1 :]:
                a, b = reps[i], reps[j]
                if a.value is None or b.value is None or not misdated(a.value, b.value):
                    continue
                if {m.article for m in members[i]} & {m.article for m in members[j]}:
                    continue
                if also(a, b):
                    out.append((i, j))
    return out


def same_happening(reps: list[DateClaim], members: dict[int, list[DateClaim]]) -> list[tuple[int, int]]:
    """Pairs of differently dated claims whose sentences name the same kind of one-off happening
    ("collapsed" / "came down") and share at least two other words (what it happened to).

    Blocked by the kind of happening and then by date, so the work grows with the dates a story has,
    not with all pairs of claims."""
    out: list[tuple[int, int]] = []
    generic = set(lang.load().events.generic_words)
    for name, _pattern, own in happenings():
        by_value: dict[tuple[object, object], list[int]] = {}
        for i, r in enumerate(reps):
            if r.value is not None and name in happening_kinds(r.event or ""):
                by_value.setdefault((r.value.start, r.value.end), []).append(i)
        values = sorted(by_value, key=str)
        for x, vx in enumerate(values):
            for vy in values[x + 1 :]:
                for i in by_value[vx]:
                    a = reps[i]
                    wa = set((a.event or "").split()) - own - generic
                    for j in by_value[vy]:
                        b = reps[j]
                        if a.value is None or b.value is None or not misdated(a.value, b.value):
                            continue
                        if {m.article for m in members[i]} == {m.article for m in members[j]}:
                            continue  # one article dating two things
                        if len(wa & (set((b.event or "").split()) - own - generic)) >= 2:
                            out.append((i, j))
    return out


def ahead(c: DateClaim) -> bool:
    """A date or time looked ahead to ("lift-off is scheduled for 17:42", "the council will vote on Thursday"): a
    plan, not the moment itself."""
    return bool(_future_words() & set((c.event or "").split()))


@lru_cache(maxsize=1)
def _future_words() -> frozenset[str]:
    return frozenset(w for w in lang.load().dates.future if " " not in w)


def main_happening(
    reps: list[DateClaim], members: dict[int, list[DateClaim]], background: Callable[[DateClaim], bool]
) -> list[tuple[int, int]]:
    """Each article's first day for the story's own happening, compared across articles: "the fire on Friday
    night" and "a suspicious fire virtually destroyed the church early Saturday" date one fire, however
    little else their sentences share. The story's happening is the kind a story has once (a fire, not a
    resignation: several people resign) that most articles date (at least two, and more than any other
    kind); an article's first date of it outside background is its date of the main event, as its first
    magnitude is the quake's."""
    where = {id(m): i for i, ms in members.items() for m in ms}
    claims = sorted((m for ms in members.values() for m in ms), key=lambda c: (c.article, c.start))
    kinds_by_article: dict[str, set[str]] = {}
    for c in claims:
        kinds_by_article.setdefault(c.article, set()).update(happening_kinds(c.event or ""))
    once = set(lang.load().events.once_per_story)
    counts = Counter(k for kinds in kinds_by_article.values() for k in kinds & once)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return []
    kind = ranked[0][0]
    first: dict[str, int] = {}
    for c in claims:
        if c.article not in first and c.value is not None and kind in happening_kinds(c.event or "") and not ahead(c):
            if not background(c) and (c.value.end - c.value.start).days <= 1:  # a day, or a night
                first[c.article] = where[id(c)]
    chosen = [(i, v) for i in sorted(set(first.values())) if (v := reps[i].value) is not None]
    days: dict[str, set[tuple[dt.date, dt.date]]] = {}  # each article's days for this kind of happening
    for c in claims:
        if c.value is not None and kind in happening_kinds(c.event or ""):
            days.setdefault(c.article, set()).add((c.value.start, c.value.end))

    def knows(i: int, v: DateValue) -> bool:
        """An article of one side also dates such a happening to the other's day: two fires it tells apart."""
        return any((v.start, v.end) in days.get(m.article, set()) for m in members[i])

    return [
        (i, j)
        for x, (i, vi) in enumerate(chosen)
        for j, vj in chosen[x + 1 :]
        if misdated(vi, vj) and not knows(i, vj) and not knows(j, vi)
    ]


def same_sum_dated(
    reps: list[DateClaim], members: dict[int, list[DateClaim]], ctx: Context
) -> list[tuple[int, int]]:
    """Pairs of dates from different articles, each written beside the same sum of money as written, with
    one word of what was done with it shared ("sold for a reported $30 million in 1957" / "sold for $30
    million in 1967"; "voters in 2010 approved a $3 million bond" / "voters in 2009 approved a $3 million
    bond"): one deal of one sum, dated twice. Only a sentence dating one thing is read, and only a sum a
    few words from its date: further off, the sum may be another happening's ("went to church on
    Saturday to apologise for the fire, which did an estimated $1 million in damage")."""
    dates_in = Counter((m.article, m.sent_start) for ms in members.values() for m in ms)
    sums: dict[tuple[str, int], list[tuple[tuple[str, float, float], int, int]]] = {}
    for c in ctx.claims("count"):
        if isinstance(c, CountClaim) and c.unit and c.unit.startswith(MONEY) and c.value.low and c.value.high:
            sums.setdefault((c.article, c.sent_start), []).append(((c.unit, c.value.low, c.value.high), c.start, c.end))
    ignored = set(lang.load().events.generic_words) | set(lang.load().numbers.multipliers)
    by_sum: dict[tuple[str, float, float], list[int]] = {}
    for i, r in enumerate(reps):
        if r.value is None:
            continue
        for m in members[i]:
            if dates_in[(m.article, m.sent_start)] != 1:
                continue
            text = ctx.articles[m.article].text
            owner = any(fold(m.text).endswith(p) for p in lang.load().dates.possessive)
            for key, start, end in sums.get((m.article, m.sent_start), []):
                if owner and start < m.end:
                    continue  # "at $88.14, from Friday's close of $69.08": a day owns the sum after it
                between = text[min(end, m.end) : max(start, m.start)]
                if len(between.split()) <= SUM_BESIDE_DATE and i not in by_sum.get(key, []):
                    by_sum.setdefault(key, []).append(i)
    return _misdated_in_groups(
        by_sum, reps, members, lambda a, b: bool(set((a.event or "").split()) & set((b.event or "").split()) - ignored)
    )
