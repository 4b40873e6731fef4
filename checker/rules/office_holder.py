"""FC403 office-holder."""

from __future__ import annotations

import re

from checker import lang
from checker.match import blocks
from checker.models import AttributionClaim, Finding
from checker.normalise.names import office_of, same_person
from checker.rules.base import Context, Rule

GENERIC_OWNER = {"the", "a", "an", "its", "their", "his", "her", "our", "new", "former", "acting", "interim", "then"}


def _owner(c: AttributionClaim) -> str:
    """Whose office it is: the role's words besides the office ("Bosch's chief executive" -> "bosch").

    Generic words ("the company's", "the group's") name no one in particular and are left out.
    """
    office = office_of(c.role or c.title)
    low = " ".join((c.role or "").lower().replace("'s", " ").replace("-", " ").split())
    aliases = lang.load().titles.offices.get(office or "", [])
    for alias in sorted(aliases, key=len, reverse=True):
        low = re.sub(rf"\b{re.escape(alias)}\b", " ", low)
    generic = GENERIC_OWNER | set(lang.load().roles.organisation_nouns)
    return " ".join(w for w in re.findall(r"[\w']+", low) if w not in generic)


class OfficeHolder(Rule):
    """Sources name different people as holding an office only one person holds (CEO, CFO, the party's
    candidate for chief minister, head coach).

    Disagreeing:
        A: "Anjali Tirkey, the alliance's chief ministerial candidate"
        B: "Suresh Bhagat, the alliance's chief ministerial candidate"

    Consistent:
        A: "chief executive Jonas Reiter"   B: "Vellmark boss Jonas Reiter"
    """

    code = "FC403"
    name = "office-holder"
    kind = "attribution"
    severity = "warning"
    summary = "Sources name different holders of the same one-person office."

    def check(self, ctx: Context) -> list[Finding]:
        holders = [
            c for c in ctx.claims("attribution") if isinstance(c, AttributionClaim) and office_of(c.role or c.title)
        ]
        # a person given two offices is FC402's finding, not a second holder of either office
        offices_of: dict[str, set[str | None]] = {}
        for c in holders:
            offices_of.setdefault(c.speaker or c.name, set()).add(office_of(c.role or c.title))
        holders = [c for c in holders if len(offices_of[c.speaker or c.name]) == 1]
        findings = []
        for office, group in sorted(
            blocks(holders, lambda c: office_of(c.role or c.title)).items(), key=lambda kv: str(kv[0])
        ):
            by_article: dict[str, set[str]] = {}
            for c in group:
                by_article.setdefault(c.article, set()).add(c.speaker or c.name)
            clashing: list[AttributionClaim] = []
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if a.article == b.article or same_person(a.speaker or "", b.speaker or ""):
                        continue
                    if _owner(a) and _owner(b) and _owner(a) != _owner(b):
                        continue  # offices of different organisations
                    # an article that names both as holders is talking about two organisations
                    if any(same_person(a.speaker or "", x) for x in by_article[b.article]) or any(
                        same_person(b.speaker or "", x) for x in by_article[a.article]
                    ):
                        continue
                    clashing.extend(c for c in (a, b) if c not in clashing)
            if clashing:
                desc = "; ".join(f"{c.article}: {c.name}" for c in clashing)
                findings.append(
                    self.finding(
                        ctx,
                        clashing,
                        f"holder of {office}",
                        f"Different people are named as {office}: {desc}.",
                        0.6,
                        values=[c.name for c in clashing],
                    )
                )
        return findings
