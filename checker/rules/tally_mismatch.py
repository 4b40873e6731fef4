"""FC103 tally-mismatch."""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from checker import lang
from checker.match import Components, blocks
from checker.models import CountClaim, Finding, Interval
from checker.normalise.categories import ancestors
from checker.rules.base import Context, Rule


def in_base_unit(c: CountClaim) -> tuple[str, Interval]:
    units = lang.load().counted.units
    if c.unit in units:
        u = units[c.unit]
        f = u.factor
        v = c.value

        def scale(x: float | None) -> float | None:
            return None if x is None else x * f

        # a converted figure is a rounding of the other: treat it as approximate
        return u.base, Interval(
            low=scale(v.low), high=scale(v.high), low_open=v.low_open, high_open=v.high_open, approx=v.approx or f != 1
        )
    return c.unit or c.category, c.value


DIMENSIONS = {
    "wide",
    "deep",
    "high",
    "long",
    "tall",
    "away",
    "across",
    "thick",
    "below",
    "above",
    "north",
    "south",
    "east",
    "west",
    "offshore",
    "inland",
    "underground",
    "deeper",
    "higher",
    "wider",
    "longer",
}


def _dimension(ctx: Context, c: CountClaim) -> str | None:
    follow = re.match(r"\s*([a-z]+)", ctx.articles[c.article].text[c.end : c.end + 20])
    return follow.group(1) if follow and follow.group(1) in DIMENSIONS else None


class TallyMismatch(Rule):
    """Tallies, amounts and measures of the same thing that differ (attacks, votes, minutes, km, %).

    Compared only when they count the same thing in the same unit (after conversion: 31 miles is
    about 50 km) and their sentences say nearly the same around the number.

    Disagreeing:
        A: "revenue of $3.2 billion in the quarter"
        B: "quarterly revenue of $3.6 billion"

    Consistent:
        A: "a 35-minute phone call"
        B: "speaking on the telephone for 35 minutes"
    """

    code = "FC103"
    name = "tally-mismatch"
    kind = "count"
    severity = "warning"
    summary = "Two sources give different figures for the same tally or measure."

    def check(self, ctx: Context) -> list[Finding]:
        counts = [c for c in ctx.claims("count") if isinstance(c, CountClaim) and not c.outcome and not c.subset]
        findings = []
        tol = ctx.settings.numeric_tolerance

        def key(c: CountClaim) -> tuple[str, str]:
            return (in_base_unit(c)[0], c.measure or c.category)

        for _key, group in sorted(blocks(counts, key).items(), key=lambda kv: str(kv[0])):
            comps = Components()
            per_article = Counter((c.article, c.category) for c in group)
            for i, a in enumerate(group):
                for j in range(i + 1, len(group)):
                    b = group[j]
                    if self._same_thing(ctx, a, b, per_article) and not self._agree(a, b, group, tol):
                        comps.union(i, j)
            for members in comps.groups():
                claims = [group[k] for k in members]
                what = claims[0].measure or claims[0].noun or "tally"
                desc = "; ".join(f"{c.article}: {c.text!r}" for c in claims)
                findings.append(
                    self.finding(
                        ctx,
                        claims,
                        what.replace("_", " "),
                        f"Different figures for the same {what.replace('_', ' ')}: {desc}.",
                        0.7 if claims[0].measure else 0.5,
                        values=[c.value.as_value() for c in claims],
                    )
                )
        return findings

    def _same_thing(self, ctx: Context, a: CountClaim, b: CountClaim, per_article: Counter[tuple[str, str]]) -> bool:
        if a.article == b.article or (a.affiliation and b.affiliation and a.affiliation != b.affiliation):
            return False
        if a.direction and b.direction and a.direction != b.direction:
            return False  # "down 18%" and "up 18%" are different changes (or a direction conflict)
        if a.unit and _dimension(ctx, a) != _dimension(ctx, b):
            return False  # "40 metres wide" and "rose 4.5 metres" measure different things
        ratio = fuzz.token_set_ratio(a.context, b.context)
        one_open = (a.value.low is None) != (b.value.low is None) or (a.value.high is None) != (b.value.high is None)
        if one_open and ratio < 90:
            return False  # "households using less than 60 units" is a threshold, "a family using 90 units" a case
        if a.measure and b.measure:
            return a.measure == b.measure and ratio >= 40
        if a.category != b.category:
            return False
        # a thing each article counts once ("a crowd of 47,312") is the same thing in both
        if (
            a.category.startswith("raw:")
            and per_article[(a.article, a.category)] == 1 == per_article[(b.article, b.category)]
        ):
            return ratio >= 50
        needed = 90 if "people" in ancestors(a.category) else ctx.settings.tally_context_cutoff
        shared = set(a.context.split()) & set(b.context.split()) - set(f"{a.noun} {a.unit}".split())
        return ratio >= needed and len(shared) >= 2

    def _agree(self, a: CountClaim, b: CountClaim, group: list[CountClaim], tol: float) -> bool:
        va, vb = in_base_unit(a)[1], in_base_unit(b)[1]
        # agreeing values, or each article also gives the other's figure: two different things
        return va.overlaps(vb, tol) or self._stated_in(va, b, group, tol) or self._stated_in(vb, a, group, tol)

    @staticmethod
    def _stated_in(value: Interval, other: CountClaim, group: list[CountClaim], tol: float) -> bool:
        return any(
            c.article == other.article and c.category == other.category and in_base_unit(c)[1].overlaps(value, tol)
            for c in group
        )
