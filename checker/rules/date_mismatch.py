"""FC201 date-mismatch."""

from __future__ import annotations

from rapidfuzz import fuzz

from checker.match import Components, distinct, expand, similar_pairs
from checker.models import DateClaim, Finding
from checker.rules.base import Context, Rule


class DateMismatch(Rule):
    """The same event dated to different days once relative dates are resolved.

    "Tuesday" in a Wednesday article is the day before; "Saturday last week" in a Thursday article is
    the Saturday of the week before. Two dates are compared only when their sentences describe the same
    event in nearly the same words.

    Disagreeing:
        A (published Wed 4 Mar): "a red alert was issued on Friday"   (28 Feb)
        B (published Wed 4 Mar): "a red alert was issued on Saturday" (29 Feb)

    Consistent:
        A (published Thu 5 Mar): "talks due to begin on Tuesday next week"
        B: "talks set to begin on 10 March"
    """

    code = "FC201"
    name = "date-mismatch"
    kind = "date"
    severity = "warning"
    summary = "Two sources date the same event to different days."

    def check(self, ctx: Context) -> list[Finding]:
        dates = [c for c in ctx.claims("date") if isinstance(c, DateClaim) and c.value is not None and c.event]
        reps, members = distinct(dates, lambda c: (c.event, c.value))
        comps = Components()
        cutoff = ctx.settings.date_event_cutoff
        for i, j, _score in similar_pairs([r.event for r in reps], fuzz.token_set_ratio, cutoff):
            a, b = reps[i], reps[j]
            if a.value is None or b.value is None or a.value.overlaps(b.value):
                continue
            if fuzz.token_sort_ratio(a.event, b.event) < cutoff - 15:
                continue
            if {m.article for m in members[i]} == {m.article for m in members[j]} and len(members[i]) == 1:
                continue  # one article dating two things
            comps.union(i, j)
        findings = []
        for claims in expand(comps, members):
            desc = "; ".join(f"{c.article}: {c.text!r} = {c.value.describe() if c.value else '?'}" for c in claims)
            findings.append(
                self.finding(
                    ctx,
                    claims,
                    "date of the same event",
                    f"The same event is dated differently: {desc}.",
                    0.6,
                    values=[c.value.model_dump(mode="json") if c.value else None for c in claims],
                )
            )
        return findings
