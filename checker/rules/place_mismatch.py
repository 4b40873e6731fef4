"""FC301 place-mismatch."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import islice

from checker.analysis.event import event_places, event_sentences, place_rank
from checker.models import Finding, PlaceClaim, Severity
from checker.rules.base import Context, Rule

MAX_SHOWN = 10  # other articles named in one finding


def places_by_article(ctx: Context) -> dict[str, list[PlaceClaim]]:
    """The place claims by article, grouped once per check: scanning every claim for each article was
    quadratic."""
    by_article: dict[str, list[PlaceClaim]] = {}
    for c in ctx.claims("place"):
        if isinstance(c, PlaceClaim):
            by_article.setdefault(c.article, []).append(c)
    return by_article


class PlaceMismatch(Rule):
    """Sources place the same event in different provinces or states (or districts of one province).

    Each article's lead place (the first place of province level or below in the first sentence that
    states the event, datelines and mastheads aside; not a place of a clause describing a person it names,
    "Gigante, famed for wandering the streets of New York, died in prison", and one written as an owner,
    "New York's Mafia dons", only when no other is named) is resolved with the gazetteer and with what the
    text itself says ("Bannu, in Punjab province"). An article whose province differs from the
    others', and which the others never tie to the event, disagrees with them. It is an error when the
    dissenting source names the division itself; when only the gazetteer puts its town there (a
    namesake is common: a person's surname, a company named after a suburb) it is info.

    Disagreeing:
        A: "the plane came down in Pasangkayu regency, West Sulawesi"
        B: "the wreckage was found in Donggala regency, Central Sulawesi"

    Consistent:
        A: "the blast in Bannu district of Khyber Pakhtunkhwa"
        B: "the blast in northwestern Khyber Pakhtunkhwa province"
    """

    code = "FC301"
    name = "place-mismatch"
    kind = "place"
    severity = "error"
    summary = "Sources place the same event in different provinces or states."

    def __init__(self) -> None:
        self._stated_memo: dict[tuple[str, str], PlaceClaim | None] = {}  # a rule is made afresh for each check

    def check(self, ctx: Context) -> list[Finding]:
        lead_of = ctx.main_event.leads
        # the divisions each article ties to the event
        tied: dict[str, set[str]] = {}
        for x in ctx.extractions:
            keys: set[str] = set()
            for sent in event_sentences(x):
                for c in event_places(x, sent):
                    if place_rank(x, c) < 2:  # "a helicopter from Palu", "flying to Makassar": not the event's place
                        keys.update(k for k in (c.admin1, c.admin2) if k)
            tied[x.doc.article.id] = keys
        placed = {a: p for a, p in lead_of.items() if p is not None}
        findings = []
        for level in ("admin1", "admin2"):
            finding = self._level_finding(ctx, level, placed, tied)
            if finding is not None:
                findings.append(finding)
                break  # a province-level disagreement says it; districts would repeat it
        return findings

    def _level_finding(
        self, ctx: Context, level: str, placed: dict[str, PlaceClaim], tied: dict[str, set[str]]
    ) -> Finding | None:
        """One finding for the level: every article whose division the majority never mentions, at once."""
        # the majority among the articles that name a division at this level at all
        votes = Counter(k for p in placed.values() if (k := self._key(p, level)))
        total = sum(votes.values())
        top = votes.most_common(1)
        if total == 2 and len(votes) == 2:
            main = min(votes)  # two sources, two divisions: each contradicts the other
        elif not top or top[0][1] * 2 <= total or top[0][1] < 2:
            return None  # no division most sources agree on: the event's place is not settled enough to dispute
        else:
            main = top[0][0]
        dissent: dict[str, PlaceClaim] = {}
        majority: dict[str, PlaceClaim] = {}
        main_side = [(o, q) for o, q in sorted(placed.items()) if self._key(q, level) == main]
        for art, p in sorted(placed.items()):
            mine = self._key(p, level)
            if not mine or mine == main or main in tied[art]:
                continue  # agrees, or names the main division too: no contradiction
            others = (
                (o, q)
                for o, q in main_side
                if q.country == p.country and mine not in tied[o] and (level == "admin1" or q.admin1 == p.admin1)
            )
            # a running story of hundreds of versions: a few say it, and looking further is not needed
            shown = list(islice(others, MAX_SHOWN))
            if shown:
                dissent[art] = p
                majority.update(shown)
        if not dissent:
            return None
        claims = list(dissent.values()) + list(majority.values())
        arts = list(dissent) + list(majority)
        claims += [d for a in arts if (d := self._stated(ctx, a, level)) is not None]

        def side(group: dict[str, PlaceClaim]) -> str:
            by_place: dict[str, list[str]] = defaultdict(list)
            for a, q in group.items():
                by_place[f"{q.text} ({(self._key(q, level) or '').title()})"].append(a)
            return "; ".join(f"{', '.join(a)}: {where}" for where, a in by_place.items())

        msg = f"Sources place the event in different divisions: {side(dissent)} against {side(majority)}."
        values = [self._key(c, level) for c in claims]
        # a division the text names ("in Punjab province", "Negombo, in the North Western Province") is the
        # source's own word; a bare town's division is the gazetteer's guess, and a namesake is common
        named = all(
            p.stated or p.level in ("admin1", "district") or self._stated(ctx, a, level) is not None
            for a, p in dissent.items()
        )
        severity: Severity | None = None if named else "info"
        return self.finding(ctx, claims, "where the event happened", msg, 0.7, severity=severity, values=values)

    def _stated(self, ctx: Context, article: str, level: str) -> PlaceClaim | None:
        """Where the article names the division its lead place lies in ("... in Punjab province")."""
        if (article, level) not in self._stated_memo:
            self._stated_memo[(article, level)] = self._find_stated(ctx, article, level)
        return self._stated_memo[(article, level)]

    def _find_stated(self, ctx: Context, article: str, level: str) -> PlaceClaim | None:
        lead = ctx.main_event.leads.get(article)
        if lead is None:
            return None
        want = self._key(lead, level)
        by_article = ctx.once(places_by_article)
        named = [
            c
            for c in by_article.get(article, [])
            if c.article == article
            and c.role == "mention"
            and c.level == ("admin1" if level == "admin1" else "district")
            and self._key(c, level) == want
            and c is not lead
        ]
        return named[0] if named else None

    @staticmethod
    def _key(p: PlaceClaim, level: str) -> str | None:
        return p.admin1 if level == "admin1" else p.admin2
