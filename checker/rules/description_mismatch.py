"""FC901 description-mismatch."""

from __future__ import annotations

from checker.models import Finding, QualityClaim
from checker.rules.base import Context, Rule


class DescriptionMismatch(Rule):
    """One thing described with different qualities by different sources: a vehicle named by its make and
    model given two colours ("a silver Toyota Camry" / "a grey 2013 Toyota Camry"), or a named person said
    to have died of two different causes ("died from Alzheimer's disease" / "died of heart failure") or in
    two different kinds of place ("at a hospice" / "at his home"; "at the scene" / "in hospital").

    Read where a colour word stands right before a make (a year may come between); the vehicle is its make
    and model as written, so "Toyota Camry" meets "Toyota Camry" only. Shades go to their colour ("navy" is
    blue, "gray" is grey), and two colours joined ("silver-grey", "black and white") describe one vehicle
    with both, agreeing with either. An article that gives one vehicle two separate colours (two cars of
    one model) is not compared. Causes of death agree when they share a word once kin words are one
    ("cardiac arrest", "heart failure") and generic ones left out ("lung cancer", "cancer"); a vague cause
    ("natural causes", "a long illness") is compared with none. A death in prison agrees with one in a
    hospital (prisons have theirs).

    Disagreeing:
        A: "fled in a silver Toyota Camry"   B: "the driver of a grey 2013 Toyota Camry"

    Consistent:
        A: "a gray Toyota Camry"   B: "a grey Toyota Camry"
    """

    code = "FC901"
    name = "description-mismatch"
    kind = "other"
    severity = "warning"
    summary = "One thing is described with different qualities (a car's colour, a cause of death)."

    def check(self, ctx: Context) -> list[Finding]:
        by_thing: dict[tuple[str, str], list[QualityClaim]] = {}
        for c in ctx.claims("quality"):
            if isinstance(c, QualityClaim) and c.values:
                by_thing.setdefault((c.quality, c.thing), []).append(c)
        findings = []
        for (quality, thing), claims in sorted(by_thing.items()):
            given: dict[str, set[str]] = {}
            for c in claims:
                given.setdefault(c.article, set()).add("/".join(c.values))
            if any(len(descriptions) > 1 for descriptions in given.values()):
                continue  # one article describing two of them: two vehicles of one model
            first = {c.article: c for c in sorted(claims, key=lambda c: c.start)}
            shown = sorted(first.values(), key=lambda c: c.article)
            if not any(not set(a.values) & set(b.values) for a in shown for b in shown):
                continue
            desc = "; ".join(f"{c.article}: {c.text!r}" for c in shown)
            findings.append(
                self.finding(
                    ctx,
                    shown,
                    f"{quality} of {thing.title()}",
                    f"Sources differ on the {quality} of {thing.title()}: {desc}.",
                    0.7,
                    values=["-".join(c.values) for c in shown],
                    kind=shown[0].fact,  # a place of death is a place
                )
            )
        return findings
