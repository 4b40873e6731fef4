"""FC202 time-mismatch."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz

from checker import lang
from checker.match import Components, distinct, expand, similar_pairs
from checker.models import DateClaim, Finding
from checker.normalise.happenings import happening_kinds
from checker.normalise.times import country_offset, to_utc
from checker.rules.base import Context, Rule
from checker.rules.dating import ahead as _ahead

LOCAL = (None, "local")


def _clock(c: DateClaim) -> str:
    assert c.clock is not None
    return f"{c.clock // 60:02d}:{c.clock % 60:02d}" + (f" (±{c.clock_tolerance} min)" if c.clock_tolerance else "")


@lru_cache(maxsize=1)
def source_words() -> frozenset[str]:
    """Who told it ("officials", "police", "spokesman") says nothing about which moment it was."""
    data = lang.load()
    nouns = [w.lower() for w in data.roles.role_nouns]
    plurals = [w + ending for w in nouns for ending in data.counting.plural_endings]
    return frozenset(nouns + plurals + data.roles.not_moment_words)


def _in_utc(ctx: Context, c: DateClaim, mixed: bool) -> str:
    """ " (12:12 UTC)" after a time given in another named zone ("17:42 IST"), or after a local time when the
    finding also has times in named zones (``mixed``): how it was compared with them."""
    if c.clock is None or c.timezone in ("utc", "gmt", "z") or c.timezone in LOCAL and not mixed:
        return ""
    minutes = _local_in_utc(ctx, c) if c.timezone in LOCAL else to_utc(c.clock, c.timezone, _day(ctx, c))
    return "" if minutes is None else f" ({minutes // 60 % 24:02d}:{minutes % 60:02d} UTC)"


def _values(ctx: Context, claims: list[DateClaim]) -> list[int | None]:
    """The times as compared, for grouping sources into sides: in UTC when local times and times in named zones
    meet and every one has a UTC time ("0611 GMT" and "11:56 a.m. local time" in Nepal are one side), else as
    written."""
    if len({c.timezone in LOCAL for c in claims}) < 2:
        return [c.clock for c in claims]
    utc = [
        _local_in_utc(ctx, c) if c.timezone in LOCAL else to_utc(c.clock, c.timezone, _day(ctx, c))
        for c in claims
        if c.clock is not None
    ]
    return utc if len(utc) == len(claims) and None not in utc else [c.clock for c in claims]


def event_country(ctx: Context) -> str | None:
    """The country every article's lead place is in (one at least), whose clocks a "local time" is read on."""
    countries = {p.country for p in ctx.main_event.leads.values() if p is not None and p.country}
    return countries.pop() if len(countries) == 1 else None


def _local_in_utc(ctx: Context, c: DateClaim) -> int | None:
    """A local time in UTC, when the event's country keeps one time on its day ("11:56 a.m. local time" in Nepal
    is 06:11 UTC); None in a country of several times (the United States) or when no country is known."""
    country = event_country(ctx)
    offset = country_offset(country, _day(ctx, c)) if country and c.clock is not None else None
    return None if offset is None or c.clock is None else (c.clock - offset) % (24 * 60)


ROUNDED = 5  # minutes either side of a time on the quarter hour: "3:30 a.m." may be the 3:33 call, rounded


def _tolerance(c: DateClaim) -> int:
    assert c.clock is not None
    return c.clock_tolerance or (ROUNDED if c.clock % 15 == 0 else 0)


def _day(ctx: Context, c: DateClaim) -> dt.date | None:
    return c.value.start if c.value is not None else ctx.articles[c.article].published


BACKGROUND_DAYS = 60  # a date this long before the first report tells of an earlier event (as in FC201)


def _two_days(dates: list[DateClaim], kind: str, first: dt.date | None) -> set[str]:
    """Articles that date two happenings of this kind to different days ("Monday's earthquake was the second
    ... Earlier on Sunday a 5.6 quake jolted the island"): their first time of it may be either's. An earlier
    event told as background ("the 1999 avalanche that killed 31") is no second happening of the story."""
    weekdays = set(lang.load().calendar.weekdays)
    margin = dt.timedelta(days=BACKGROUND_DAYS)
    before = first - margin if first and first > dt.date.min + margin else None
    days: dict[str, set[str]] = {}
    for c in dates:
        if c.value is not None and before is not None and c.value.end < before:
            continue
        if c.clock is None and kind in happening_kinds(c.event or ""):
            words = re.findall(r"[a-z]+", c.expression)  # "monday's": the weekday without its possessive
            day = c.value.start.isoformat() if c.value is not None else next((w for w in words if w in weekdays), None)
            if day:
                days.setdefault(c.article, set()).add(day)
    return {article for article, found in days.items() if len(found) > 1}


def main_moment(
    reps: list[DateClaim], members: dict[int, list[DateClaim]], dates: list[DateClaim], published: dt.date | None
) -> list[tuple[int, int]]:
    """Each article's first time of the story's own happening, compared across articles: "vanished from radar
    screens at 2.12pm" and "lost contact with air traffic control at 3:12 p.m." time one moment, however little
    else their sentences share. The story's happening is the kind a story has once (a crash, an explosion; not
    an arrest) that most articles time (two at least, and more than any other kind), as for its day (FC201);
    two sides of which an article also gives the other's time of it tell two moments apart, and an article
    dating two such happenings to different days is left out."""
    where = {id(m): i for i, ms in members.items() for m in ms}
    claims = sorted((m for ms in members.values() for m in ms), key=lambda c: (c.article, c.start))
    once = set(lang.load().events.once_per_story)
    kinds_of = {id(c): happening_kinds(c.event or "") & once if not _ahead(c) else set() for c in claims}
    counts = Counter(k for article in {c.article for c in claims}
                     for k in set().union(*(kinds_of[id(c)] for c in claims if c.article == article)))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return []
    kind = ranked[0][0]
    two_days = _two_days(dates, kind, published)
    # an article's first time of it as local time and its first in a named zone: "5:42 p.m. local time (1212
    # GMT)" meets another outlet's "11:12 UTC" by its zone's time, and "5.42 pm" by its local one
    first: dict[tuple[str, bool], int] = {}
    clocks: dict[str, set[int | None]] = {}  # each article's times of this kind
    for c in claims:
        if kind in kinds_of[id(c)] and c.article not in two_days:
            first.setdefault((c.article, c.timezone in LOCAL), where[id(c)])
            clocks.setdefault(c.article, set()).add(c.clock)
    chosen = sorted(set(first.values()))

    def knows(i: int, clock: int | None) -> bool:
        return any(clock in clocks.get(m.article, set()) for m in members[i])

    return [
        (i, j)
        for x, i in enumerate(chosen)
        for j in chosen[x + 1 :]
        if reps[i].clock != reps[j].clock and not knows(i, reps[j].clock) and not knows(j, reps[i].clock)
    ]


class TimeMismatch(Rule):
    """The same moment given different clock times ("2.12pm" in one source, "3:12 p.m." in another).

    "3.12pm", "15:12" and "3:12 p.m." are the same time; "around" and "shortly after" widen a time,
    and so does a time on the quarter hour, which news often rounds to ("3:30 a.m." for a 3:33 call).
    Times in named zones are compared in UTC ("0737 GMT" is "3:37 a.m. EDT"); a local time is compared with
    another local time, and with a time in a named zone when every article's lead place is in one country that
    keeps one time ("11:56 a.m. local time" in Nepal is 0611 GMT; not in the United States, which keeps
    several). Two times are compared only when
    their sentences describe the same moment in nearly the same words, or when each is an article's first time of
    the story's own happening (a take-off, a blast), read from the verb the parse hangs the time on however far back
    it stands ("took off from Pampulha Airport in Belo Horizonte, Minas Gerais state, at 9:47 p.m."). An article
    giving both times ("4:30 a.m., or 11.30 p.m. on the US east coast") tells them apart.

    Disagreeing:
        A: "lost contact with air traffic control at 2.12pm local time"
        B: "lost contact with air traffic control at 3:12 p.m. local time"

    Consistent:
        A: "the bank broke at about 4.30 am"   B: "the bank broke at 4:41am"
    """

    code = "FC202"
    name = "time-mismatch"
    kind = "date"
    severity = "warning"
    summary = "Two sources give different clock times for the same moment."
    reads = ("date_event_cutoff",)

    def check(self, ctx: Context) -> list[Finding]:
        dates = [c for c in ctx.claims("date") if isinstance(c, DateClaim) and c.event]
        times = [c for c in dates if c.clock is not None]
        reps, members = distinct(times, lambda c: (c.event, c.clock, c.clock_tolerance, c.timezone))
        comps = Components()
        cutoff = ctx.settings.date_event_cutoff - 15
        pairs: list[tuple[int, int]] = []
        for i, j, _score in similar_pairs([r.event for r in reps], fuzz.token_set_ratio, 40):
            a, b = reps[i], reps[j]
            # the same moment: nearly the same words, three content words in common, or two and the same
            # kind of happening ("took off" / "departed")
            shared = set(a.event.split()) & set(b.event.split()) - source_words()
            same_kind = bool(happening_kinds(a.event) & happening_kinds(b.event))
            if fuzz.token_sort_ratio(a.event, b.event) >= cutoff or len(shared) >= (2 if same_kind else 3):
                pairs.append((i, j))
        given: dict[str, set[tuple[str, int | None]]] = {}  # each article's times of day, each on its footing
        for c in times:
            given.setdefault(c.article, set()).add(self._footing(ctx, c))
        for i, j in [*pairs, *main_moment(reps, members, dates, ctx.main_event.first_published)]:
            a, b = reps[i], reps[j]
            if a.clock is None or b.clock is None or _ahead(a) != _ahead(b):
                continue  # a plan and what happened are two times, not one moment told twice
            fa, fb = self._footing(ctx, a), self._footing(ctx, b)
            if any(fb in given[m.article] for m in members[i]) or any(fa in given[m.article] for m in members[j]):
                continue  # an article giving both times ("4:30 a.m. local time (11.30 p.m. ET)") tells two apart
            pair = self._comparable(ctx, a, b)
            if pair is None:
                continue
            gap = abs(pair[0] - pair[1])
            gap, slack = min(gap, 24 * 60 - gap), _tolerance(a) + _tolerance(b)
            if gap < slack or gap == slack and not (a.clock_tolerance and b.clock_tolerance):
                continue  # "about 1 a.m." and "about 1:30 a.m." only touch: two reports of the moment
            comps.union(i, j)
        findings = []
        for claims in expand(comps, members):
            mixed = len({c.timezone in LOCAL for c in claims}) > 1
            desc = "; ".join(f"{c.article}: {c.text!r} = {_clock(c)}{_in_utc(ctx, c, mixed)}" for c in claims)
            findings.append(
                self.finding(
                    ctx,
                    claims,
                    "time of the same moment",
                    f"The same moment is timed differently: {desc}.",
                    0.6,
                    values=_values(ctx, claims),
                )
            )
        return findings

    @staticmethod
    def _footing(ctx: Context, c: DateClaim) -> tuple[str, int | None]:
        """A time as it is compared: in UTC when its zone is named, else as written."""
        if c.clock is None or c.timezone in LOCAL:
            return ("local", c.clock)
        return ("utc", to_utc(c.clock, c.timezone, _day(ctx, c)))

    @staticmethod
    def _comparable(ctx: Context, a: DateClaim, b: DateClaim) -> tuple[int, int] | None:
        """Both clocks on one footing: as written when both are local, in UTC when both name a zone."""
        assert a.clock is not None and b.clock is not None
        if a.timezone in LOCAL and b.timezone in LOCAL or a.timezone == b.timezone:
            return a.clock, b.clock
        if a.timezone in LOCAL or b.timezone in LOCAL:
            # a local time and a zone's ("11:56 a.m. local time", "0611 GMT"): compared in UTC where the event's
            # country keeps one time, else not at all
            ua = _local_in_utc(ctx, a) if a.timezone in LOCAL else to_utc(a.clock, a.timezone, _day(ctx, a))
            ub = _local_in_utc(ctx, b) if b.timezone in LOCAL else to_utc(b.clock, b.timezone, _day(ctx, b))
            return (ua, ub) if ua is not None and ub is not None else None
        ua, ub = to_utc(a.clock, a.timezone, _day(ctx, a)), to_utc(b.clock, b.timezone, _day(ctx, b))
        return (ua, ub) if ua is not None and ub is not None else None
