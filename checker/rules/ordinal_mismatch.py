"""FC108 ordinal-mismatch."""

from __future__ import annotations

from checker.models import Finding, OrdinalClaim
from checker.rules.base import Context, Rule


class OrdinalMismatch(Rule):
    """One person given different places in one succession ("Cheeks is the fourth head coach" / "Cheeks will be
    the fifth Sixers coach"), or one place given to two people ("Matt Smith, the 12th Doctor" / "Peter Capaldi
    will be the Twelfth Doctor").

    Read right after a person's name: an apposition or a linking verb, "the", an ordinal and the noun it places
    the person among (its last word says what the succession is of: "head coach" and "Sixers coach" are one).
    A succession bounded by other words ("the fourth head coach since King took over" / "the fifth Sixers
    coach in four years") is another succession. A record ("the first woman to win"), a time ("the second
    time") and a rank or size ("the fourth-largest") are none. Only each article's first place for a person
    is compared.

    Disagreeing:
        A: "Maurice Cheeks is the fourth head coach since King took over"
        B: "Maurice Cheeks will be the fifth Sixers coach since King took over"

    Consistent:
        A: "Peter Capaldi will be the Twelfth Doctor"   B: "Peter Capaldi, the 12th Doctor, said"
    """

    code = "FC108"
    name = "ordinal-mismatch"
    kind = "count"
    severity = "warning"
    summary = "One person is given different places in one succession, or one place is given to two people."

    def check(self, ctx: Context) -> list[Finding]:
        first: dict[tuple[str, str, str], OrdinalClaim] = {}
        for c in sorted(ctx.claims("ordinal"), key=lambda c: (c.article, c.start)):
            if isinstance(c, OrdinalClaim):
                first.setdefault((c.noun, c.person, c.article), c)
        claims = list(first.values())
        findings = []
        # a succession bounded differently ("since King took over" / "in four years") is another succession
        for noun, scope in sorted({(c.noun, c.scope) for c in claims}):
            of_noun = [c for c in claims if (c.noun, c.scope) == (noun, scope)]
            for person in sorted({c.person for c in of_noun}):
                mine = sorted((c for c in of_noun if c.person == person), key=lambda c: c.article)
                if len({c.ordinal for c in mine}) > 1:
                    findings.append(self._finding(ctx, mine, f"{person}'s place among the {noun}s", "ordinal"))
            for place in sorted({c.ordinal for c in of_noun}):
                held = sorted((c for c in of_noun if c.ordinal == place), key=lambda c: c.article)
                if len({c.person for c in held}) > 1 and len({c.article for c in held}) > 1:
                    findings.append(self._finding(ctx, held, f"who is {noun} number {place}", "person"))
        return findings

    def _finding(self, ctx: Context, claims: list[OrdinalClaim], subject: str, differs: str) -> Finding:
        desc = "; ".join(f"{c.article}: {c.written}, {c.text}" for c in claims)
        what = "different places" if differs == "ordinal" else "one place to different people"
        return self.finding(
            ctx, claims, subject, f"The sources give {what}: {desc}.", 0.6,
            values=[f"{c.person}:{c.ordinal}" for c in claims],
        )
