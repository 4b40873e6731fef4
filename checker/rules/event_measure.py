"""FC105 event-measure-mismatch."""

from __future__ import annotations

from checker import lang
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
    is a warning.

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
            if not any(not a.value.overlaps(b.value, tol) for a in claims for b in claims):
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

