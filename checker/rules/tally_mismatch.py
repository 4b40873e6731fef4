"""FC103 tally-mismatch."""

from __future__ import annotations

from rapidfuzz import fuzz

from checker import lang
from checker.match import Components, blocks
from checker.models import CountClaim, Finding, Interval
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
        cutoff = ctx.settings.tally_context_cutoff
        tol = ctx.settings.numeric_tolerance
        for _key, group in sorted(blocks(counts, lambda c: in_base_unit(c)[0]).items(), key=lambda kv: str(kv[0])):
            comps = Components()
            for i, a in enumerate(group):
                for j in range(i + 1, len(group)):
                    b = group[j]
                    if a.article == b.article or (a.affiliation and b.affiliation and a.affiliation != b.affiliation):
                        continue
                    if a.category != b.category:
                        continue
                    va, vb = in_base_unit(a)[1], in_base_unit(b)[1]
                    if va.overlaps(vb, tol):
                        continue
                    if fuzz.token_set_ratio(a.context, b.context) < cutoff:
                        continue
                    if self._stated_in(va, b, group, tol) or self._stated_in(vb, a, group, tol):
                        continue  # each article gives both figures: two different things
                    comps.union(i, j)
            for members in comps.groups():
                claims = [group[k] for k in members]
                desc = "; ".join(f"{c.article}: {c.text!r}" for c in claims)
                findings.append(
                    self.finding(
                        ctx,
                        claims,
                        claims[0].noun or claims[0].category,
                        f"Different figures for the same {claims[0].noun or 'tally'}: {desc}.",
                        0.6,
                        values=[c.value.as_value() for c in claims],
                    )
                )
        return findings

    @staticmethod
    def _stated_in(value: Interval, other: CountClaim, group: list[CountClaim], tol: float) -> bool:
        return any(
            c.article == other.article and c.category == other.category and in_base_unit(c)[1].overlaps(value, tol)
            for c in group
        )
