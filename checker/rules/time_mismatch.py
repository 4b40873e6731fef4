"""FC202 time-mismatch."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from rapidfuzz import fuzz

from checker import lang
from checker.match import Components, distinct, expand, similar_pairs
from checker.models import DateClaim, Finding
from checker.normalise.times import to_utc
from checker.rules.base import Context, Rule
from checker.rules.happenings import happening_kinds

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


ROUNDED = 5  # minutes either side of a time on the quarter hour: "3:30 a.m." may be the 3:33 call, rounded


def _tolerance(c: DateClaim) -> int:
    assert c.clock is not None
    return c.clock_tolerance or (ROUNDED if c.clock % 15 == 0 else 0)


def _day(ctx: Context, c: DateClaim) -> dt.date | None:
    return c.value.start if c.value is not None else ctx.articles[c.article].published


class TimeMismatch(Rule):
    """The same moment given different clock times ("2.12pm" in one source, "3:12 p.m." in another).

    "3.12pm", "15:12" and "3:12 p.m." are the same time; "around" and "shortly after" widen a time,
    and so does a time on the quarter hour, which news often rounds to ("3:30 a.m." for a 3:33 call).
    Times in named zones are compared in UTC ("0737 GMT" is "3:37 a.m. EDT"); a local time is compared
    only with another local time. Two times are compared only when
    their sentences describe the same moment in nearly the same words.

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
        times = [c for c in ctx.claims("date") if isinstance(c, DateClaim) and c.clock is not None and c.event]
        reps, members = distinct(times, lambda c: (c.event, c.clock, c.clock_tolerance, c.timezone))
        comps = Components()
        cutoff = ctx.settings.date_event_cutoff - 15
        for i, j, _score in similar_pairs([r.event for r in reps], fuzz.token_set_ratio, 40):
            a, b = reps[i], reps[j]
            if a.clock is None or b.clock is None:
                continue
            # the same moment: nearly the same words, three content words in common, or two and the same
            # kind of happening ("took off" / "departed")
            shared = set(a.event.split()) & set(b.event.split()) - source_words()
            same_kind = bool(happening_kinds(a.event) & happening_kinds(b.event))
            if fuzz.token_sort_ratio(a.event, b.event) < cutoff and len(shared) < (2 if same_kind else 3):
                continue
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
            desc = "; ".join(f"{c.article}: {c.text!r} = {_clock(c)}" for c in claims)
            findings.append(
                self.finding(
                    ctx,
                    claims,
                    "time of the same moment",
                    f"The same moment is timed differently: {desc}.",
                    0.6,
                    values=[c.clock for c in claims],
                )
            )
        return findings

    @staticmethod
    def _comparable(ctx: Context, a: DateClaim, b: DateClaim) -> tuple[int, int] | None:
        """Both clocks on one footing: as written when both are local, in UTC when both name a zone."""
        assert a.clock is not None and b.clock is not None
        if a.timezone in LOCAL and b.timezone in LOCAL or a.timezone == b.timezone:
            return a.clock, b.clock
        if a.timezone in LOCAL or b.timezone in LOCAL:
            return None  # a local time and a zone's: the event's own zone is not known here
        ua, ub = to_utc(a.clock, a.timezone, _day(ctx, a)), to_utc(b.clock, b.timezone, _day(ctx, b))
        return (ua, ub) if ua is not None and ub is not None else None
