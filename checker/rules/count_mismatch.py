"""FC101 count-mismatch."""

from __future__ import annotations

from checker.models import CountClaim, Finding
from checker.rules.base import Context, Rule
from checker.rules.tolls import compare_tolls


class CountMismatch(Rule):
    """Tolls and tallies of people for the same event that cannot both be true.

    Counts are compared when they share an outcome (killed, wounded, missing, arrested, aboard...),
    a place (the same province or state, or none named; an article that puts the event itself in another
    province, which FC301 reports, still tells of the same event) and compatible people (soldiers are
    security forces are people). Intervals must overlap; a narrower count may not exceed a wider one; sums
    are compared part by part. A later, higher toll with update wording is reported by FC102 instead.
    A toll of none ("no one was hurt", "no deaths were reported") against a figure is a note: it is more
    often an early report, or the toll of a narrower scene, than a contradiction.

    Disagreeing:
        A: "killing at least 10 soldiers and four police" in Bannu (at least 14 killed)
        B: "had killed seven of its soldiers" in Bannu district

    Consistent:
        A: "killed at least 20 soldiers and policemen"
        B: "more than 20 people are believed to have died"
    """

    code = "FC101"
    name = "count-mismatch"
    kind = "count"
    severity = "error"
    summary = "Two sources give tolls for the same event that cannot both be true."
    reads = ("numeric_tolerance",)

    def check(self, ctx: Context) -> list[Finding]:
        return [self._finding(ctx, c.claims, c.region, c.sure) for c in ctx.once(compare_tolls).conflicts]

    def _finding(self, ctx: Context, claims: list[CountClaim], region: str, sure: bool) -> Finding:
        by_value: dict[str, list[str]] = {}
        for c in claims:
            # the source words, then what they come to: "at least 10 soldiers and four police" (at least 14 killed)
            desc = f"\u201c{ctx.articles[c.article].text[c.start : c.end]}\u201d ({c.value.describe()} {c.outcome})"
            by_value.setdefault(desc, [])
            if c.article not in by_value[desc]:
                by_value[desc].append(c.article)
        parts = [f"{', '.join(arts)}: {desc}" for desc, arts in by_value.items()]
        outcome = claims[0].outcome or "counted"
        where = f" in {region.title()}" if region else ""
        confidence = 0.9 if sure else 0.6
        subject = (outcome if outcome == "casualties" else f"people {outcome}") + where
        message = "; ".join(parts) + ". These figures cannot all be true of the same event."
        return self.finding(
            ctx,
            claims,
            subject,
            message,
            confidence,
            # "no one was hurt" against a figure is more often an early report or a narrower scene: a note
            severity="info" if any(c.value.high == 0 for c in claims) else "error" if sure else "warning",
            values=[c.value.as_value() for c in claims],
        )
