"""FC105 event-measure-mismatch."""

from __future__ import annotations

from checker import lang
from checker.models import Finding
from checker.rules.base import Context, Rule


class EventMeasureMismatch(Rule):
    """Sources give different figures for a measure the event has only once (a quake's magnitude).

    An earthquake has one magnitude: each article's first figure of it, outside sentences about an
    earlier event, is its figure for the event, and two articles' figures are compared without asking
    their sentences to look alike (aftershocks and earlier quakes come later in a story, or in a
    sentence dated to another year). The measures are language data (``once_per_event`` in
    ``lang/en/measures.yaml``); FC103 leaves them to this rule.

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
            desc = "; ".join(f"{c.article}: {c.text!r} ({c.value.describe()})" for c in claims)
            what = measure.replace("_", " ")
            findings.append(
                self.finding(
                    ctx,
                    claims,
                    f"{what} of the event",
                    f"The event's {what} differs: {desc}.",
                    0.7,
                    values=[c.value.as_value() for c in claims],
                )
            )
        return findings

