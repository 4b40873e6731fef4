"""FC105 event-measure-mismatch."""

from __future__ import annotations

from checker import lang
from checker.analysis.event import measure_of
from checker.models import CountClaim, Finding
from checker.rules.base import Context, Rule


class EventMeasureMismatch(Rule):
    """Sources give different figures for a measure the event has only once (a quake's magnitude).

    An earthquake has one magnitude: each article's first figure of it, outside sentences about an
    earlier event, is its figure for the event, and two articles' figures are compared without asking
    their sentences to look alike (aftershocks and earlier quakes come later in a story, or in a
    sentence dated to another year). The measures are language data (``once_per_event`` in
    ``lang/en/measures.yaml``); FC103 leaves them to this rule. Who gives each figure is part of it: when
    every figure is credited to a source and each source gives one figure ("5.9, the USGS said" / "6.1,
    according to the EMSC"), the agencies differ and it is a note (info); one source quoted with two figures
    is a warning. An article that gives both figures (Monday's 5.2 quake and Sunday's 5.6) tells two quakes apart.

    Disagreeing:
        A: "A magnitude 4.4 earthquake struck near Cobb on Friday morning."
        B: "The 4.2-magnitude quake was centred two miles north of Cobb."

    Consistent:
        A: "A magnitude 4.4 earthquake struck near Cobb." ... "A 2.0 aftershock followed."
        B: "The 4.4-magnitude quake was centred two miles north of Cobb."
    """

    code = "FC105"
    name = "event-measure-mismatch"
    kind = "count"
    severity = "warning"
    summary = "Sources give different figures for a measure the event has once (its magnitude)."
    reads = ("numeric_tolerance",)

    def check(self, ctx: Context) -> list[Finding]:
        tol = ctx.settings.numeric_tolerance
        findings = []
        for measure in lang.load().measures.once_per_event:
            firsts = ctx.main_event.first_figures.get(measure, {})
            claims = sorted(firsts.values(), key=lambda c: c.article)
            told = _told(ctx, measure, firsts)
            # an article that also gives the other's figure ("a magnitude-5.2 quake on Monday ... Sunday's 5.6
            # quake") tells two quakes apart: its first figure is of the other one
            if not any(
                not a.value.overlaps(b.value, tol)
                and not any(t.value.overlaps(b.value, tol) for t in told.get(a.article, []))
                and not any(t.value.overlaps(a.value, tol) for t in told.get(b.article, []))
                for a in claims
                for b in claims
            ):
                continue
            desc = "; ".join(
                f"{c.article}: {c.text!r} ({c.value.describe()}{', per ' + c.speaker if c.speaker else ''})"
                for c in claims
            )
            what = measure.replace("_", " ")
            agencies = _agencies_differ(claims, tol)
            message = (
                f"Sources disagree on the event's {what}, each figure its own source's: {desc}."
                if agencies
                else f"The event's {what} differs: {desc}."
            )
            findings.append(
                self.finding(
                    ctx,
                    claims,
                    f"{what} of the event",
                    message,
                    0.7,
                    severity="info" if agencies else None,
                    values=[c.value.as_value() for c in claims],
                )
            )
        return findings


def _told(ctx: Context, measure: str, firsts: dict[str, CountClaim]) -> dict[str, list[CountClaim]]:
    """Every figure of the measure each article gives, named so or counting the noun of its first ("a
    magnitude-5.2 quake" ... "a 5.6 quake jolted the island")."""
    told: dict[str, list[CountClaim]] = {}
    for c in ctx.claims("count"):
        first = firsts.get(c.article)
        if not isinstance(c, CountClaim) or first is None:
            continue
        if measure_of(c) == measure or not c.unit and c.category == first.category:
            told.setdefault(c.article, []).append(c)
    return told


def _agencies_differ(claims: list[CountClaim], tol: float) -> bool:
    """Every figure is credited to a source, two sources give two figures, and no source gives two: one
    agency's magnitude against another's ("5.9, the USGS said" / "6.1, according to the EMSC") is a note,
    not an outlet contradicting another. The same source quoted with two figures is a dispute."""
    by_source: dict[str, list[CountClaim]] = {}
    for c in claims:
        if not c.speaker:
            return False
        by_source.setdefault(c.speaker, []).append(c)
    if len(by_source) < 2:
        return False
    return all(a.value.overlaps(b.value, tol) for same in by_source.values() for a in same for b in same)

