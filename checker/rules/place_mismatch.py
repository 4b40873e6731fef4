"""FC301 place-mismatch."""

from __future__ import annotations

import re
from collections import Counter

from checker.extract import Extraction
from checker.models import Finding, PlaceClaim
from checker.rules.base import Context, Rule

DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+(?:,|\s-)")


def event_place(x: Extraction) -> PlaceClaim | None:
    """The article's lead place: the first province-or-smaller place of the body, datelines aside."""
    for c in x.claims:
        if not isinstance(c, PlaceClaim) or c.role != "mention" or c.level not in ("admin1", "locality"):
            continue
        if x.doc.in_title(c.start) or not c.admin1:
            continue
        line_start = x.doc.text.rfind("\n", 0, c.start) + 1
        if (
            DATELINE.match(x.doc.text[line_start : c.end + 2])
            and c.text.isupper()
            or c.start - line_start < 2
            and x.doc.folded[c.end : c.end + 1] == ","
        ):
            continue  # "KABUL, May 4 -": where the reporter filed from
        return c
    return None


def main_region(ctx: Context) -> str | None:
    """The province most articles lead with: the story's own place."""
    votes = Counter(p.admin1 for x in ctx.extractions if (p := event_place(x)) is not None)
    return votes.most_common(1)[0][0] if votes else None


class PlaceMismatch(Rule):
    """Sources place the same event in different provinces or states.

    Each article's lead place (the first place of province level or below in its body, datelines
    aside) is resolved to its province with the gazetteer; an article whose province is named
    nowhere in another article that places the event elsewhere disagrees with it.

    Disagreeing:
        A: "the plane came down in Pasangkayu regency, West Sulawesi"
        B: "the wreckage was found in Donggala regency, Central Sulawesi"

    Consistent:
        A: "an airstrike in Nahr-e Saraj, in the Helmand province"
        B: "an airstrike in southern Helmand Province"
    """

    code = "FC301"
    name = "place-mismatch"
    kind = "place"
    severity = "error"
    summary = "Sources place the same event in different provinces or states."

    def check(self, ctx: Context) -> list[Finding]:
        leads = {x.doc.article.id: (x, event_place(x)) for x in ctx.extractions}
        regions: dict[str, set[str]] = {
            x.doc.article.id: {c.admin1 for c in x.claims if isinstance(c, PlaceClaim) and c.admin1}
            for x in ctx.extractions
        }
        votes = Counter(p.admin1 for _x, p in leads.values() if p is not None)
        findings = []
        for art, (_x, p) in sorted(leads.items()):
            if p is None or votes[p.admin1] * 2 > sum(votes.values()):
                continue
            others = [
                (o, q)
                for o, (_y, q) in sorted(leads.items())
                if o != art
                and q is not None
                and q.admin1 != p.admin1
                and q.country == p.country
                and p.admin1 not in regions[o]
                and q.admin1 not in regions[art]
            ]
            if not others:
                continue
            claims = [p] + [q for _o, q in others]
            where = ", ".join(f"{o}: {q.text} ({(q.admin1 or '').title()})" for o, q in others)
            msg = f"{art} places the event in {p.text} ({(p.admin1 or '').title()}); {where}."
            findings.append(
                self.finding(ctx, claims, "where the event happened", msg, 0.7, values=[c.admin1 for c in claims])
            )
        return findings
