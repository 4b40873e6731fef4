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


NEAR = 1.5  # a body amount within this factor of the headline's is the body's version of the same figure


def _amount_peer(head: CountClaim, body: list[CountClaim], tol: float) -> CountClaim | None:
    """The body's version of a headline amount ("$2.5 million" in the headline, "$2.6-million" in the
    body): an amount in the same currency and measure near it, when none agrees with it."""
    same = [b for b in body if b.category == head.category and b.measure == head.measure and not b.outcome]
    if not same or any(head.value.overlaps(b.value, tol) for b in same):
        return None
    mid = head.value.low or head.value.high or 0.0
    near = [b for b in same if (v := b.value.low or b.value.high) and mid and max(v, mid) <= NEAR * min(v, mid)]
    return near[0] if near else None


class HeadlineBody(Rule):
    """A headline's figure that no figure in its own article supports.

    The headline count is compared with the body's counts of the same people and outcome; it is
    flagged only when it contradicts every one of them. A headline amount of money is compared with
    the body's amounts in the same currency and measure: it is flagged when none agrees with it and
    one is near it (the body's own version of the figure: "$2.5 million" over "$2.6-million").

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
    reads = ("numeric_tolerance",)

    def check(self, ctx: Context) -> list[Finding]:
        findings = []
        tol = ctx.settings.numeric_tolerance
        for x in ctx.extractions:
            counts = [c for c in x.claims if isinstance(c, CountClaim) and c.outcome]
            amounts = [c for c in x.claims if isinstance(c, CountClaim) and c.category.startswith("currency")]
            heads = [c for c in counts if x.doc.in_title(c.start)]
            body = [c for c in counts if not x.doc.in_title(c.start)]
            for h in heads:
                peers = [
                    b
                    for b in body
                    if b.outcome == h.outcome and (b.category == h.category or "people" in (b.category, h.category))
                ]
                if peers and all(contradicts(h, b, tol) or _exceeds_support(h, b) for b in peers):
                    findings.append(self._found(ctx, x.doc.article.id, h, peers[0]))
            for h in (c for c in amounts if x.doc.in_title(c.start)):
                peer = _amount_peer(h, [c for c in amounts if not x.doc.in_title(c.start)], tol)
                if peer is not None:
                    findings.append(self._found(ctx, x.doc.article.id, h, peer))
        return findings

    def _found(self, ctx: Context, article: str, h: CountClaim, peer: CountClaim) -> Finding:
        if h.outcome:
            msg = f"The headline says {h.value.describe()} {h.outcome}; the body says {peer.value.describe()}."
        else:  # an amount as written: "$2.5 million", not the interval its rounding stands for
            msg = f"The headline says \u201c{h.text}\u201d; the body says \u201c{peer.text}\u201d."
        return self.finding(
            ctx, [h, peer], f"headline of {article}", msg, 0.8, values=[h.value.as_value(), peer.value.as_value()]
        )

