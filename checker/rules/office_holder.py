"""FC403 office-holder."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from checker import lang
from checker.match import blocks
from checker.models import AttributionClaim, Finding
from checker.normalise.names import office_of, same_person
from checker.normalise.text import space_possessives
from checker.rules.base import Context, Rule


def _owner(c: AttributionClaim) -> str:
    """Whose office it is: the role's words besides the office ("Bosch's chief executive" -> "bosch").

    Generic words ("the company's", "the group's") name no one in particular and are left out.
    """
    office = office_of(c.role or c.title)
    low = " ".join(space_possessives((c.role or "").lower()).replace("-", " ").split())
    aliases = lang.load().titles.offices.get(office or "", [])
    for alias in sorted(aliases, key=len, reverse=True):
        low = re.sub(rf"\b{re.escape(alias)}\b", " ", low)
    generic = set(lang.load().titles.generic_owners) | set(lang.load().roles.organisation_nouns)
    return " ".join(w for w in re.findall(r"[\w']+", low) if w not in generic)


class OfficeHolder(Rule):
    """Sources name different people as holding an office only one person holds (CEO, CFO, the party's
    candidate for chief minister, head coach).

    Disagreeing:
        A: "Anjali Tirkey, the alliance's chief ministerial candidate"
        B: "Suresh Bhagat, the alliance's chief ministerial candidate"

    Consistent:
        A: "chief executive Jonas Reiter"   B: "Orvane boss Jonas Reiter"
    """

    code = "FC403"
    name = "office-holder"
    kind = "attribution"
    severity = "warning"
    summary = "Sources name different holders of the same one-person office."

    def check(self, ctx: Context) -> list[Finding]:
        shared = set(lang.load().titles.shared_offices)
        holders = [
            c
            for c in ctx.claims("attribution")
            if isinstance(c, AttributionClaim) and office_of(c.role or c.title) not in (None, *shared)
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
            by_person: dict[str, list[AttributionClaim]] = {}
            for c in group:
                by_article.setdefault(c.article, set()).add(c.speaker or c.name)
                by_person.setdefault(c.speaker or c.name, []).append(c)
            owner = {id(c): _owner(c) for c in group}
            clashing: list[AttributionClaim] = []
            # person against person (a story names few holders), not claim against claim
            people = sorted(by_person)
            for i, pa in enumerate(people):
                for pb in people[i + 1 :]:
                    if same_person(pa, pb) or fuzz.ratio(pa, pb) >= 85:
                        continue  # one person, or one name spelled two ways (FC601's finding)
                    pair = next(
                        (
                            (a, b)
                            for a in by_person[pa]
                            for b in by_person[pb]
                            if a.article != b.article
                            # offices of different organisations, or of one named and one not: "chief
                            # executive of its North American arm" need not be the group's "CEO"
                            and owner[id(a)] == owner[id(b)]
                            # an article that names both as holders is talking about two organisations
                            and not any(same_person(pa, x) for x in by_article[b.article])
                            and not any(same_person(pb, x) for x in by_article[a.article])
                        ),
                        None,
                    )
                    if pair:
                        clashing.extend(c for c in pair if c not in clashing)
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
