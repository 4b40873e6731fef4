"""FC801 headline-body."""

from __future__ import annotations

from checker.models import CountClaim, Finding
from checker.rules.base import Context, Rule
from checker.rules.counting import contradicts


def _exceeds_support(head: CountClaim, body: CountClaim) -> bool:
    """The body's "at least 14" is the figure the article stands behind: a headline "20" goes beyond it."""
    return (
        body.value.high is None
        and body.value.low is not None
        and head.value.low is not None
        and head.value.low > body.value.low
        and head.value.is_exact()
    )


class HeadlineBody(Rule):
    """A headline's figure that no figure in its own article supports.

    The headline count is compared with the body's counts of the same people and outcome; it is
    flagged only when it contradicts every one of them.

    Disagreeing:
        Headline: "20 DEAD IN MARKET BLAST"   Body: "at least 14 people were killed"

    Consistent:
        Headline: "14 killed in market blast" Body: "killing at least 14 people"
    """

    code = "FC801"
    name = "headline-body"
    kind = "count"
    severity = "error"
    summary = "A headline's figure contradicts the article's own body."

    def check(self, ctx: Context) -> list[Finding]:
        findings = []
        tol = ctx.settings.numeric_tolerance
        for x in ctx.extractions:
            counts = [c for c in x.claims if isinstance(c, CountClaim) and c.outcome]
            heads = [c for c in counts if x.doc.in_title(c.start)]
            body = [c for c in counts if not x.doc.in_title(c.start)]
            for h in heads:
                peers = [
                    b
                    for b in body
                    if b.outcome == h.outcome and (b.category == h.category or "people" in (b.category, h.category))
                ]
                if peers and all(contradicts(h, b, tol) or _exceeds_support(h, b) for b in peers):
                    msg = (
                        f"The headline says {h.value.describe()} {h.outcome}; the body says "
                        f"{peers[0].value.describe()}."
                    )
                    findings.append(
                        self.finding(
                            ctx,
                            [h, peers[0]],
                            f"headline of {x.doc.article.id}",
                            msg,
                            0.8,
                            values=[h.value.as_value(), peers[0].value.as_value()],
                        )
                    )
        return findings
