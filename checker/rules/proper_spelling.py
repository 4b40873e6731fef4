"""FC602 proper-noun-spelling."""

from __future__ import annotations

from checker.models import Finding, NameClaim
from checker.rules.base import Context, Rule


class ProperNounSpelling(Rule):
    """A proper noun that one or two outlets spell one letter off from how the rest write it
    (Nvdidia / Nvidia, Schnectady / Schenectady, Mahnefeh / Mahnefah): a company, a town or a
    person's given name, whatever the entity. Also a name of several words that a few outlets write
    with another form of one word (TallGrass Distributors / TallGrass Distribution), though not a plural,
    or with one word misspelled (Ocean Variety / Ocean Verity).

    Reported when the common spelling is written by more than twice as many articles as the slip and
    by at least three articles that do not write the slip; the slip is written at most twice, and not only as
    a word cited alone in quotation marks (a pet name: 'addressed him as "Cincenzo"'). Two forms
    that are both written once or twice, by different articles, are reported when both stand beside the
    same word ("Armando Ianucci" / "Armando Iannucci"); without it they are as likely two names ("Twitter"
    and the magazine "Titter"). An article that slips and also writes the name right elsewhere is told so,
    both its spellings cited: it contradicts itself. Only words
    of six letters or more that the cluster never writes in lower case are compared, and an edit at
    the word's end is another word ("Kenya" / "Kenyan"). People's names spelled two ways are FC601's.

    Disagreeing:
        A: "rivals Intel and Nvdidia"   B: "rival Nvidia"   C: "Nvidia shares rose"

    Consistent:
        A: "in Kenya"   B: "Kenyan police"   C: "Kenyan officials"
    """

    code = "FC602"
    name = "proper-noun-spelling"
    kind = "name"
    severity = "warning"
    summary = "A proper noun is spelled one letter off in a few sources."

    def check(self, ctx: Context) -> list[Finding]:
        by_key: dict[str, list[NameClaim]] = {}
        for c in ctx.claims("name"):
            if isinstance(c, NameClaim) and c.entity == "word":
                by_key.setdefault(c.key, []).append(c)
        findings = []
        for key, claims in sorted(by_key.items()):
            for slip_key in sorted({c.name.lower() for c in claims if c.name.lower() != key}):
                rare = [c for c in claims if c.name.lower() == slip_key]
                slipped = {r.article for r in rare}
                common = [c for c in claims if c.name.lower() == key and c.article not in slipped]
                if not common:
                    continue
                # where the article that slips also writes the name right: it contradicts itself
                own = [c for c in claims if c.name.lower() == key and c.article in slipped]
                slip, spelled = rare[0].name, common[0].name
                arts = ", ".join(sorted(slipped))
                others = len({c.article for c in common})
                also = f" (and {spelled!r} elsewhere)" if own else ""
                msg = (
                    f"{arts} spell{'s' if len(rare) == 1 else ''} {slip!r}{also}; "
                    f"{others} other article{' writes' if others == 1 else 's write'} {spelled!r}."
                )
                evidence = rare + own + common
                values = [c.name for c in evidence]
                findings.append(self.finding(ctx, evidence, f"spelling of {spelled}", msg, 0.8, values=values))
        return findings
