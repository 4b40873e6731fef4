"""FC304 residence-mismatch."""

from __future__ import annotations

from rapidfuzz import fuzz

from checker.models import Finding, ResidenceClaim
from checker.rules.base import Context, Rule

# levels two names of which are two different places: a town is not inside another town, nor an address
# inside another address; a county, state or country may contain the other name, so it is never compared
COMPARABLE = {("locality", "locality"), ("locality", "unknown"), ("unknown", "unknown"), ("street", "street")}


def _two_people(a: ResidenceClaim, b: ResidenceClaim) -> bool:
    """ "Joyce Burleson LaRue" and "Grace Burleson LaRue", one name for both once resolved: the first names
    written say they are two people (a mother and her daughter)."""
    fa, fb = (c.written.split()[0].lower() if len(c.written.split()) > 1 else "" for c in (a, b))
    return bool(fa and fb) and min(len(fa), len(fb)) > 2 and fuzz.ratio(fa, fb) < OTHER_FIRST_NAME


OTHER_FIRST_NAME = 70.0  # "joyce" / "grace" 40 are two people; "bettie" / "betty" 73 one name spelled two ways


def _clash(a: ResidenceClaim, b: ResidenceClaim, together: set[frozenset[str]]) -> bool:
    """Two places of one person that cannot both be right (see the rule)."""
    return (
        a.key != b.key
        and ((a.level, b.level) in COMPARABLE or (b.level, a.level) in COMPARABLE)
        and not set(a.key.split()) <= set(b.key.split())  # "Turia", "Atletico Turia": one name, fuller
        and not set(b.key.split()) <= set(a.key.split())
        and not _two_people(a, b)
        and frozenset((a.key, b.key)) not in together
    )


class ResidenceMismatch(Rule):
    """One person said to be of (or to live in) different places by different sources ("Christopher Simpson
    of Fort Coffee" / "Christopher Simpson, of Spiro"; "Raj Chohan, 59, of College Point" / "Raj Chohan, who
    lived in South Ozone Park").

    Read from the words right after a named person: "of" or "from" and a place, or ", who lived ... in" and a
    place. Two towns (or two places the gazetteer does not know) are two places; a county, a state or a
    country may hold the other name ("of Queens", "of College Point"), and an address is compared only with
    another address. An article that itself gives both places (a move) is no dispute, and neither are two
    people the cluster's names run together (the first names written differ: a mother and her daughter).

    Disagreeing:
        A: "Christopher Kenyon Simpson of Fort Coffee is accused"
        B: "convicting Christopher Kenyon Simpson, of Spiro"

    Consistent:
        A: "Raj Chohan, 59, of Queens"   B: "Raj K. Chohan, 59, of College Point"
    """

    code = "FC304"
    name = "residence-mismatch"
    kind = "place"
    severity = "warning"
    summary = "One person is said to live in (or come from) different places."

    def check(self, ctx: Context) -> list[Finding]:
        by_person: dict[str, list[ResidenceClaim]] = {}
        for c in ctx.claims("residence"):
            if isinstance(c, ResidenceClaim):
                by_person.setdefault(c.person, []).append(c)
        findings = []
        for person, claims in sorted(by_person.items()):
            first: dict[str, ResidenceClaim] = {}
            together: set[frozenset[str]] = set()  # two places one article gives: a move, not a dispute
            keys_of: dict[str, set[str]] = {}
            for c in claims:
                keys_of.setdefault(c.article, set()).add(c.key)
                first.setdefault(c.key, c)
            for keys in keys_of.values():
                together.update(frozenset((x, y)) for x in keys for y in keys if x != y)
            places = list(first.values())
            # a place clashes when some other place does: each stops at its first, so a thousand outlets each
            # naming its own town cost a thousand looks, not a million
            clashing = {a.key for a in places if any(_clash(a, b, together) for b in places)}
            if not clashing:
                continue
            shown = [c for c in claims if c.key in clashing]
            desc = "; ".join(f"{c.article}: {c.place}" for c in shown)
            findings.append(
                self.finding(
                    ctx,
                    shown,
                    f"home of {person}",
                    f"{person} is placed in different towns: {desc}.",
                    0.6,
                    values=[c.place for c in shown],
                )
            )
        return findings
