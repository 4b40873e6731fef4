"""FC302 place-containment."""

from __future__ import annotations

from checker.match import blocks
from checker.models import Finding, PlaceClaim
from checker.normalise.place_lookup import place_key
from checker.rules.base import Context, Rule


def _division(c: PlaceClaim) -> str:
    return (c.admin2 or c.admin1 or "").title()


class PlaceContainment(Rule):
    """Sources put the same town in different provinces or districts.

    Only what the articles themselves say is compared: a town named with its division ("Talcher, in
    Angul district", "Bannu in Punjab province", "Traversara (Ravenna)"). Two divisions of which
    neither contains the other cannot both hold the town. Where both articles make the town the
    place of the event, place-mismatch (FC301) already reports it.

    Disagreeing:
        A: "landfall near Talcher, in Cuttack district"
        B: "landfall near Talcher, in Angul district"

    Consistent:
        A: "Pallahara in Angul district"
        B: "Pallahara, in Odisha"        (the district lies in that state)
    """

    code = "FC302"
    name = "place-containment"
    kind = "place"
    severity = "error"
    summary = "Sources put the same town in divisions that do not contain each other."

    def check(self, ctx: Context) -> list[Finding]:
        stated = [
            c
            for c in ctx.claims("place")
            if isinstance(c, PlaceClaim) and c.stated and c.role == "mention" and c.level == "locality" and c.admin1
        ]
        lead_of = ctx.main_event.leads
        findings = []
        for town, group in sorted(blocks(stated, lambda c: place_key(c.name)).items(), key=lambda kv: str(kv[0])):
            first: dict[str, PlaceClaim] = {}
            # what each article says about where the town is: the mention that names the division
            # ("Bannu, in Punjab province") before one that only repeats the town's name
            for c in sorted(group, key=lambda c: (c.article, len(c.text) <= len(c.name), c.start)):
                first.setdefault(c.article, c)
            claims = list(first.values())
            sides: dict[tuple[str | None, str | None], list[PlaceClaim]] = {}
            for c in claims:
                sides.setdefault((c.admin1, c.admin2), []).append(c)
            clashing = self._clashing(list(sides))
            if not clashing:
                continue
            involved = [c for key in clashing for c in sides[key]]
            if all(self._leads_with(lead_of, c.article, town) for c in involved):
                continue  # the town is where the event happened in each of them: FC301's finding
            where = "; ".join(
                f"{', '.join(c.article for c in sides[key])}: in {_division(sides[key][0])}" for key in clashing
            )
            name = involved[0].text
            findings.append(
                self.finding(
                    ctx,
                    involved,
                    f"where {name} is",
                    f"The sources put {name} in different divisions: {where}. Neither contains the other.",
                    0.75,
                    values=[_division(c) for c in involved],
                )
            )
        return findings

    @staticmethod
    def _clashing(keys: list[tuple[str | None, str | None]]) -> list[tuple[str | None, str | None]]:
        """The placements that contradict another one: different provinces, or different districts of one."""
        out: list[tuple[str | None, str | None]] = []
        for i, (a1, a2) in enumerate(keys):
            for b1, b2 in keys[i + 1 :]:
                if a1 != b1 or (a2 and b2 and a2 != b2):
                    out.extend(k for k in ((a1, a2), (b1, b2)) if k not in out)
        return out

    @staticmethod
    def _leads_with(lead_of: dict[str, PlaceClaim | None], article: str, town: object) -> bool:
        lead = lead_of.get(article)
        return lead is not None and place_key(lead.name) == town
