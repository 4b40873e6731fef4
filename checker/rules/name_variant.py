"""FC601 name-variant."""

from __future__ import annotations

from rapidfuzz import fuzz

from checker.match import similar_pairs
from checker.models import Finding, NameClaim
from checker.rules.base import Context, Rule

# surnames further apart than the cutoff ("Maddox", "Maddocks": sound-alike spellings) are still one
# person's name when the given names are the same
SAME_GIVEN_NAME_CUTOFF = 70.0


class NameVariant(Rule):
    """One person's name spelled differently across sources (Jasinghe / Jayasinghe).

    Names that add or drop given names or honorifics are the same name ("Sheikh Khan" and "Sheikh
    Ahmed Ali Khan"); two similar names that both appear in one article are two people.

    Disagreeing:
        A: "Dr Anil Jasinghe said"   B: "Dr Anil Jayasinghe said"

    Consistent:
        A: "Sheikh Khan"             B: "Sheikh Ahmed Ali Khan"
    """

    code = "FC601"
    name = "name-variant"
    kind = "name"
    severity = "warning"
    summary = "A name is spelled differently in different sources."

    def check(self, ctx: Context) -> list[Finding]:
        names = [c for c in ctx.claims("name") if isinstance(c, NameClaim) and c.entity == "person" and c.key.strip()]
        first: dict[str, NameClaim] = {}
        where: dict[str, set[str]] = {}
        for c in names:
            # the fullest mention stands for the name: "Marcus Halvorsen" rather than a headline's "Halvorsen"
            if c.key not in first or len(c.text.split()) > len(first[c.key].text.split()):
                first[c.key] = c
            where.setdefault(c.key, set()).add(c.article)
        keys = sorted(first)
        surnames = [k.split()[-1] for k in keys]
        findings = []
        cutoff = ctx.settings.name_cutoff
        for i, j, score in similar_pairs(surnames, fuzz.ratio, min(cutoff, SAME_GIVEN_NAME_CUTOFF)):
            ka, kb = keys[i], keys[j]
            if surnames[i] == surnames[j] or where[ka] & where[kb] or len(surnames[i]) < 4:
                continue
            ga, gb = ka.split()[:-1], kb.split()[:-1]
            if ga and gb and ga != gb and fuzz.ratio(" ".join(ga), " ".join(gb)) < 85:
                continue
            if score < cutoff and not (ga and ga == gb):
                continue  # "Maddox" / "Maddocks" are one name only beside the same given name
            a, b = first[ka], first[kb]
            msg = f"{a.article} spells the name {a.text!r}, {b.article} spells it {b.text!r}."
            findings.append(
                self.finding(ctx, [a, b], f"spelling of {b.text}", msg, round(score / 100, 2), values=[a.key, b.key])
            )
        return findings
