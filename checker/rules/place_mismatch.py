"""FC301 place-mismatch."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import islice

from checker import lang
from checker.extract import Extraction
from checker.extract.document import Sentence
from checker.extract.scope import is_background, latest_year_named
from checker.models import Finding, PlaceClaim, Severity
from checker.normalise.patterns import alternation, search_lowered
from checker.rules.base import Context, Rule

MAX_SHOWN = 10  # other articles named in one finding
LEVELS = ("admin1", "district", "locality")
DATELINE = re.compile(r"^[A-Z][A-Z .,'()-]+(?:,|\s[-\u2013\u2014])")
# "some 120 miles south of Peshawar", "50km from the capital": a reference point, not where it happened
DISTANCE_FROM = re.compile(
    r"\d[\d,.]*\s*(?:miles?|mi|km|kilomet(?:re|er)s?)\b[^.;]{0,25}?"
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|of|from|outside)\s+(?:the\s+)?$",
    re.I,
)

# "Ka'Loni Flynn of Fort Smith", "Christopher Simpson of Fort Coffee": a name, then "of", then the place
NAME_OF = re.compile(r"(?<![\w'-])([A-Z][\w'-]+),?\s+of\s+$")
# "in the hills of Pasangkayu regency, West Sulawesi": the province after a placed name's comma
APPOSED = re.compile(r"\b(?:in|near|at|outside|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)+(?:[a-z]+\s*)?,\s*$")


@lru_cache(maxsize=1)
def _event_words() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(lang.load().events.events)}\b", re.I)


def _masthead(x: Extraction, sent: Sentence) -> bool:
    """Short lines with no full stop (mastheads, bylines, datelines) say nothing about the event."""
    return len(sent.text.split()) < 9 and not sent.text.rstrip().endswith((".", '"', "'"))


def _places(x: Extraction, sent: Sentence) -> list[PlaceClaim]:
    """The article's places of province level or below in one sentence, datelines and distances aside."""
    if "fc301_places" not in x.doc.memo:
        by_sentence: dict[int, list[PlaceClaim]] = {}
        for c in x.claims:
            if isinstance(c, PlaceClaim) and c.role == "mention" and c.admin1 and c.level in LEVELS:
                by_sentence.setdefault(c.sent_start, []).append(c)
        x.doc.memo["fc301_places"] = by_sentence
    out = []
    for c in x.doc.memo["fc301_places"].get(sent.start, []):
        if not (sent.start <= c.start < sent.end):
            continue
        line_start = x.doc.text.rfind("\n", 0, c.start) + 1
        if c.start - line_start < 2 and DATELINE.match(x.doc.folded[line_start : c.end + 3]):
            continue  # "KABUL, May 4 -": where the reporter filed from
        if DISTANCE_FROM.search(x.doc.folded[max(sent.start, c.start - 60) : c.start]):
            continue
        if _origin(x, sent, c):
            continue
        out.append(c)
    return out


@lru_cache(maxsize=1)
def _origin_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    places = lang.load().places
    before = re.compile(rf"\b{alternation(places.origin_before)}\b", re.I)
    after = re.compile(rf"^(?:,\s*[A-Z][\w.]*\.?,)?\s+{alternation(places.origin_after)}\b")
    return before, after


def _origin(x: Extraction, sent: Sentence, c: PlaceClaim) -> bool:
    """ "born in Nashville", "a Fort Smith, Ark., man": where someone comes from or lives, not the event's place."""
    before, after = _origin_words()
    lead = x.doc.folded[max(sent.start, c.start - 40) : c.start]
    owner = NAME_OF.search(lead)  # "Ka'Loni Flynn of Fort Smith": a person's town; "Province of X" is a place
    if owner and owner.group(1).lower() not in lang.load().places.level_words:
        return True
    return bool(before.search(lead) or after.match(x.doc.folded[c.end : min(sent.end, c.end + 30)]))


def event_sentences(x: Extraction, year: int | None = None) -> list[Sentence]:
    """Body sentences that state an event, worked out once per article; a sentence dated to a year
    before ``year`` (the cluster's, else the article's own) tells of another event."""
    memo = f"event_sentences:{year}"
    if memo not in x.doc.memo:
        x.doc.memo[memo] = [
            s
            for s in x.doc.sentences
            if not x.doc.in_title(s.start)
            and not _masthead(x, s)
            and search_lowered(_event_words(), s.text)
            and not is_background(x.doc, s.start, s.end, year)
        ]
    found: list[Sentence] = x.doc.memo[memo]
    return found


def _rank(x: Extraction, c: PlaceClaim) -> int:
    """Where-words first ("in", "near"), route ends last ("from Makassar to Palu"), then adjectives."""
    before = x.doc.folded[max(0, c.start - 30) : c.start].lower()
    if re.search(r"\b(?:from|to|between|and|via|for)\s+(?:the\s+)?$", before):
        return 2
    if re.search(r"\b(?:in|near|at|outside|on|off|over|across|around|into|of)\s+(?:the\s+)?(?:\w+\s+)?$", before):
        return 0
    return 1


def _located(x: Extraction, places: list[PlaceClaim]) -> list[PlaceClaim]:
    """Places stated with a where-word ("in X", "near X") and what a comma adds to them ("in X district,
    Y"): a name with no where-word before it may be a person's ("rely on Pierre Thomas")."""
    return [
        c for c in places if _rank(x, c) == 0 or APPOSED.search(x.doc.folded[max(0, c.start - 60) : c.start])
    ]


def event_place(x: Extraction, year: int | None = None) -> PlaceClaim | None:
    """The article's lead place: the best-placed province-or-smaller place of the first sentence stating the event."""
    for sent in event_sentences(x, year)[:3]:  # the lede and what follows it; later mentions are background
        found = _located(x, _places(x, sent))
        if found:
            return min(found, key=lambda c: (c.admin1 is None, c.start))
    body = [
        s
        for s in x.doc.sentences
        if not x.doc.in_title(s.start) and not _masthead(x, s) and not is_background(x.doc, s.start, s.end, year)
    ]
    for sent in body[:4]:  # no sentence states the event with a place: the top of the story may
        found = [c for c in _places(x, sent) if _rank(x, c) == 0]
        if found:
            return found[0]
    return None


def leads(ctx: Context) -> dict[str, PlaceClaim | None]:
    """Every article's lead place, worked out once per check."""
    if "leads" not in ctx.cache:
        # the cluster's year; an undated cluster's latest year named as a date stands in for it
        year = max((a.published.year for a in ctx.articles.values() if a.published), default=None) or max(
            (y for x in ctx.extractions if (y := latest_year_named(x.doc))), default=None
        )
        ctx.cache["leads"] = {x.doc.article.id: event_place(x, year) for x in ctx.extractions}
    result: dict[str, PlaceClaim | None] = ctx.cache["leads"]
    return result


def main_region(ctx: Context) -> str | None:
    """The province most articles lead with: the story's own place."""
    votes = Counter(p.admin1 for p in leads(ctx).values() if p is not None)
    return votes.most_common(1)[0][0] if votes else None


class PlaceMismatch(Rule):
    """Sources place the same event in different provinces or states (or districts of one province).

    Each article's lead place (the first place of province level or below in the first sentence that
    states the event, datelines and mastheads aside) is resolved with the gazetteer and with what the
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

    def check(self, ctx: Context) -> list[Finding]:
        lead_of = leads(ctx)
        # the divisions each article ties to the event
        tied: dict[str, set[str]] = {}
        for x in ctx.extractions:
            keys: set[str] = set()
            for sent in event_sentences(x):
                for c in _places(x, sent):
                    if _rank(x, c) < 2:  # "a helicopter from Palu", "flying to Makassar": not the event's place
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
        memo = ctx.cache.setdefault("fc301_stated", {})
        if (article, level) not in memo:
            memo[(article, level)] = self._find_stated(ctx, article, level)
        found: PlaceClaim | None = memo[(article, level)]
        return found

    def _find_stated(self, ctx: Context, article: str, level: str) -> PlaceClaim | None:
        lead = leads(ctx).get(article)
        if lead is None:
            return None
        want = self._key(lead, level)
        # the place claims by article, grouped once: scanning every claim for each article was quadratic
        by_article: dict[str, list[PlaceClaim]] = ctx.cache.get("fc301_places_by_article") or {}
        if "fc301_places_by_article" not in ctx.cache:
            for c in ctx.claims("place"):
                if isinstance(c, PlaceClaim):
                    by_article.setdefault(c.article, []).append(c)
            ctx.cache["fc301_places_by_article"] = by_article
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
