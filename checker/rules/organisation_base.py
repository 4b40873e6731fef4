"""FC303 organisation-base."""

from __future__ import annotations

from checker.match import blocks
from checker.models import Finding, PlaceClaim
from checker.normalise.text import words
from checker.rules.base import Context, Rule


def _org_key(c: PlaceClaim) -> str | None:
    """Organisations are matched on the first word of their name: "Harbec" is "Harbec Systems"."""
    found = words(c.organisation or "")
    return found[0] if found else None


def _apart(a: PlaceClaim, b: PlaceClaim) -> bool:
    """Two towns neither of which contains the other: other provinces, or other districts of one."""
    if a.country and b.country and a.country != b.country:
        return True
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return True
    return bool(a.level == b.level == "locality" and a.admin2 and b.admin2 and a.admin2 != b.admin2)


class OrganisationBase(Rule):
    """Sources say the same organisation is based in different places.

    A company or body has one headquarters. Bases are read where the text gives them ("Munich-based
    Orvane", "Orvane, the Stuttgart car parts maker", "Dulmar, which is headquartered in
    Rotterdam", "Harbec's headquarters in Aarhus"); a site, plant or office elsewhere is not a base.
    A town and a district of it are the same base.

    Disagreeing:
        A: "Munich-based car parts supplier Orvane"
        B: "Orvane, the Stuttgart car parts maker"

    Consistent:
        A: "Stuttgart-based Orvane"
        B: "Orvane's headquarters in Stuttgart"
    """

    code = "FC303"
    name = "organisation-base"
    kind = "place"
    severity = "error"
    summary = "Sources say the same organisation is based in different places."

    def check(self, ctx: Context) -> list[Finding]:
        bases = [c for c in ctx.claims("place") if isinstance(c, PlaceClaim) and c.role == "base"]
        findings = []
        for org, group in sorted(blocks(bases, _org_key).items(), key=lambda kv: str(kv[0])):
            first: dict[str, PlaceClaim] = {}
            for c in sorted(group, key=lambda c: (c.article, c.start)):
                first.setdefault(c.article, c)
            claims = list(first.values())
            clashing: list[PlaceClaim] = []
            for i, a in enumerate(claims):
                for b in claims[i + 1 :]:
                    if _apart(a, b):
                        clashing.extend(c for c in (a, b) if c not in clashing)
            if not clashing:
                continue
            by_place: dict[str, list[PlaceClaim]] = {}
            for c in clashing:
                by_place.setdefault(c.name, []).append(c)  # "Aarhus" and "Aarhus Ø" are one town
            where = "; ".join(f"{', '.join(c.article for c in cs)}: {cs[0].text}" for cs in by_place.values())
            name = clashing[0].organisation or str(org)
            findings.append(
                self.finding(
                    ctx,
                    clashing,
                    f"where {name} is based",
                    f"The sources base {name} in different places: {where}.",
                    0.75,
                    values=[c.name for c in clashing],
                )
            )
        return findings
