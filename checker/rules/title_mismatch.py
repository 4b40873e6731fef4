"""FC402 title-mismatch."""

from __future__ import annotations

from checker.match import blocks
from checker.models import AttributionClaim, Finding
from checker.normalise.names import rank_group
from checker.rules.base import Context, Rule


class TitleMismatch(Rule):
    """The same person given different ranks of one kind ("Major" in one source, "Colonel" in another).

    Abbreviations are expanded first ("Col." is "Colonel"); a rank and a role noun do not conflict
    ("Colonel Sonny Leggett" and "spokesman Sonny Leggett").

    Disagreeing:
        A: "Maj. Ahmed Khan said"   B: "Colonel Ahmed Khan said"

    Consistent:
        A: "Col. Sonny Leggett"     B: "Colonel Sonny Leggett"
    """

    code = "FC402"
    name = "title-mismatch"
    kind = "attribution"
    severity = "warning"
    summary = "One person is given different ranks or titles of the same kind."

    def check(self, ctx: Context) -> list[Finding]:
        speakers = [c for c in ctx.claims("attribution") if isinstance(c, AttributionClaim) and rank_group(c.title)]
        findings = []
        for person, group in sorted(blocks(speakers, lambda c: c.speaker).items(), key=lambda kv: str(kv[0])):
            titles = {c.title for c in group}
            groups = {rank_group(t) for t in titles}
            if len(titles) < 2 or len(groups) != 1 or len({c.article for c in group}) < 2:
                continue
            first: dict[str | None, AttributionClaim] = {}
            for c in group:
                first.setdefault(c.title, c)
            claims = list(first.values())
            desc = "; ".join(f"{c.article}: {c.title}" for c in claims)
            findings.append(
                self.finding(
                    ctx,
                    claims,
                    f"title of {person}",
                    f"{person} is given different ranks: {desc}.",
                    0.7,
                    values=[c.title for c in claims],
                )
            )
        return findings
