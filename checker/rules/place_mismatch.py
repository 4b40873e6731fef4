"""FC301 place-mismatch."""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import islice

from checker import lang
from checker.extract import Extraction
from checker.extract.document import Sentence
from checker.models import Finding, PlaceClaim
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
        out.append(c)
    return out


def event_sentences(x: Extraction) -> list[Sentence]:
    """Body sentences that state an event, worked out once per article."""
    if "event_sentences" not in x.doc.memo:
        x.doc.memo["event_sentences"] = [
            s
            for s in x.doc.sentences
            if not x.doc.in_title(s.start) and not _masthead(x, s) and search_lowered(_event_words(), s.text)
        ]
    found: list[Sentence] = x.doc.memo["event_sentences"]
    return found


def _rank(x: Extraction, c: PlaceClaim) -> int:
    """Where-words first ("in", "near"), route ends last ("from Makassar to Palu"), then adjectives."""
    before = x.doc.folded[max(0, c.start - 30) : c.start].lower()
    if re.search(r"\b(?:from|to|between|and|via|for)\s+(?:the\s+)?$", before):
        return 2
    if re.search(r"\b(?:in|near|at|outside|on|off|over|across|around|into|of)\s+(?:the\s+)?(?:\w+\s+)?$", before):
        return 0
    return 1


def event_place(x: Extraction) -> PlaceClaim | None:
    """The article's lead place: the best-placed province-or-smaller place of the first sentence stating the event."""
    for sent in event_sentences(x)[:3]:  # the lede and what follows it; later mentions are background
        found = [c for c in _places(x, sent) if _rank(x, c) < 2]
        if found:
            return min(found, key=lambda c: (_rank(x, c), c.start))
    body = [s for s in x.doc.sentences if not x.doc.in_title(s.start) and not _masthead(x, s)]
    for sent in body[:4]:  # no sentence states the event with a place: the top of the story may
        found = [c for c in _places(x, sent) if _rank(x, c) == 0]
        if found:
            return found[0]
    return None


def leads(ctx: Context) -> dict[str, PlaceClaim | None]:
    """Every article's lead place, worked out once per check."""
    if "leads" not in ctx.cache:
        ctx.cache["leads"] = {x.doc.article.id: event_place(x) for x in ctx.extractions}
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
    others', and which the others never tie to the event, disagrees with them.

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
            # the majority among the articles that name a division at this level at all
            votes = Counter(k for p in placed.values() if (k := self._key(p, level)))
            total = sum(votes.values())
            # the other articles grouped by the division they name, once: each article then looks at
            # a handful of groups, not at every other article
            by_key: dict[tuple[str | None, str | None, str], list[tuple[str, PlaceClaim]]] = defaultdict(list)
            for o, q in sorted(placed.items()):
                if k := self._key(q, level):
                    by_key[(q.country, q.admin1 if level == "admin2" else None, k)].append((o, q))
            # per group, how many of its articles tie each division to the event: counted once, so an
            # article's number of disagreeing others is a sum over groups, not a pass over every article
            tied_in = {gk: Counter(k for o, _q in group for k in tied[o]) for gk, group in by_key.items()}
            for art, p in sorted(placed.items()):
                mine = self._key(p, level)
                if not mine or votes[mine] * 2 > total:
                    continue
                chosen = [
                    (gk, group)
                    for gk, group in by_key.items()
                    if gk[0] == p.country and gk[2] != mine and gk[2] not in tied[art]
                    and (level != "admin2" or gk[1] == p.admin1)
                ]
                count = sum(len(group) - tied_in[gk][mine] for gk, group in chosen)
                if not count:
                    continue
                # each group is in article order: merged, the first few are those a full sort would show
                merged = heapq.merge(*[((o, q) for o, q in group if mine not in tied[o]) for _gk, group in chosen],
                                     key=lambda oq: oq[0])
                shown = list(islice(merged, MAX_SHOWN))  # a running story of hundreds of versions: a few say it
                claims = [p] + [q for _o, q in shown]
                claims += [d for a in [art] + [o for o, _q in shown] if (d := self._stated(ctx, a, level)) is not None]
                where = ", ".join(f"{o}: {q.text} ({(self._key(q, level) or '').title()})" for o, q in shown)
                more = f" and {count - len(shown)} more" if count > len(shown) else ""
                msg = f"{art} places the event in {p.text} ({mine.title()}); {where}{more}."
                findings.append(
                    self.finding(
                        ctx, claims, "where the event happened", msg, 0.7, values=[self._key(c, level) for c in claims]
                    )
                )
            if findings:
                break  # a province-level disagreement says it; districts would repeat it
        return findings

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
