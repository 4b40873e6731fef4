"""FC104 share-base."""

from __future__ import annotations

from checker.match import blocks
from checker.models import CountClaim, Finding
from checker.normalise.text import without_plural_ending
from checker.rules.base import Context, Rule


def _base(c: CountClaim) -> str:
    """The head of what a share is of: "valid votes" -> "vote", "registered voters" -> "voter"."""
    head = c.noun.split()[-1] if c.noun else ""
    return without_plural_ending(head)


class ShareBase(Rule):
    """The same percentage given as a share of different totals.

    "46.4% of valid votes" and "46.4% of registered voters" cannot both be right: the second total is
    far larger. Compared when the figures agree and each names what it is a share of.

    Disagreeing:
        A: "won 46.4% of valid votes"   B: "won 46.4% of the state's registered voters"

    Consistent:
        A: "46.4% of valid votes"       B: "46.4 per cent of the valid votes cast"
    """

    code = "FC104"
    name = "share-base"
    kind = "count"
    severity = "warning"
    summary = "The same share is given of different totals."

    def check(self, ctx: Context) -> list[Finding]:
        shares = [c for c in ctx.claims("count") if isinstance(c, CountClaim) and c.unit == "percent" and _base(c)]
        findings = []
        for _value, group in sorted(
            blocks(shares, lambda c: (c.value.low, c.value.high)).items(), key=lambda kv: str(kv[0])
        ):
            bases = {_base(c) for c in group}
            if len(bases) < 2 or len({c.article for c in group}) < 2:
                continue
            claims = sorted(group, key=lambda c: (c.article, c.start))
            desc = "; ".join(
                f"{c.article}: \u201c{ctx.articles[c.article].text[c.start : c.end]}\u201d of {c.noun}" for c in claims
            )
            findings.append(
                self.finding(
                    ctx,
                    claims,
                    f"share of {claims[0].value.describe()}%",
                    f"The same share is given of different totals: {desc}.",
                    0.7,
                    values=[c.noun for c in claims],
                )
            )
        return findings
