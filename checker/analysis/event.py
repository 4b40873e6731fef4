"""The cluster's main event: where each article leads, the story's own province, its year.

Several rules ask the same questions of a cluster: which place does each article tie to the event it
reports (its lead place), which province most of them lead with, which provinces any source ties to
the event. They are answered here once per check (``MainEvent``), from the place claims and the
sentences that state an event; sentences about an earlier event (background) never lead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.analysis.clauses import in_describing_clauses
from checker.analysis.document import Sentence
from checker.analysis.scope import is_background, latest_year_named
from checker.models import CountClaim, PlaceClaim
from checker.normalise.patterns import alternation, search_lowered
from checker.normalise.patterns import phrases as _words
from checker.normalise.text import possessive

LEVELS = ("admin1", "district", "locality")
DATELINE = re.compile(r"^[A-Z][A-Z .,'()-]+(?:,|\s[-\u2013\u2014])")




@cache
def _place_patterns() -> dict[str, re.Pattern[str]]:
    """The words before a place that say how it stands to the event (``lang/en/places.yaml``, ``event_place``)."""
    data = lang.load().places.event_place
    the = rf"(?:{_words(data.articles)}\s+)?"
    return {
        # "some 120 miles south of Peshawar", "50km from the capital": a reference point, not where it happened
        "distance": re.compile(
            rf"\d[\d,.]*\s*{_words(data.distance_units)}\b[^.;]{{0,25}}?\b{_words(data.distance_from)}\s+{the}$", re.I
        ),
        # "Ka'Loni Flynn of Fort Smith", "Christopher Simpson of Fort Coffee": a name, then "of", then the place
        "name_of": re.compile(rf"(?<![\w'-])([A-Z][\w'-]+),?\s+{_words(data.name_of, fold_case=False)}\s+$"),
        # "in the hills of Pasangkayu regency, West Sulawesi": the province after a placed name's comma
        # (case-sensitive: the capitalised words of a name)
        "apposed": re.compile(rf"\b{_words(data.apposed)}\s+{the}(?:[A-Z][\w-]*\s+)+(?:[a-z]+\s*)?,\s*$"),
        # over lower-cased text
        "route": re.compile(rf"\b{_words(data.route)}\s+{the}$"),
        "where": re.compile(rf"\b{_words(data.where)}\s+{the}(?:\w+\s+)?$"),
    }


def check_examples() -> None:
    """The examples of ``lang/en/places.yaml``'s ``event_place``: each reads as documented."""
    p, ex = _place_patterns(), lang.load().places.event_place.examples
    wrong = [s for s in ex.distances if not p["distance"].search(s)]
    wrong += [s for s, rank in ex.ranks if _rank_of(s.lower()) != rank]
    wrong += [s for s in ex.apposed if not p["apposed"].search(s)]
    wrong += [s for s in ex.names_of if not p["name_of"].search(s)]
    if wrong:
        raise ValueError(f"lang/en/places.yaml: event_place examples read the wrong way: {wrong}")


@lru_cache(maxsize=1)
def _event_words() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(lang.load().events.events)}\b", re.I)


def _masthead(x: ArticleAnalysis, sent: Sentence) -> bool:
    """Short lines with no full stop (mastheads, bylines, datelines) say nothing about the event."""
    return len(sent.text.split()) < 9 and not sent.text.rstrip().endswith((".", '"', "'"))


def event_places(x: ArticleAnalysis, sent: Sentence) -> list[PlaceClaim]:
    """The article's places of province level or below in one sentence, datelines and distances aside."""
    if x.places_by_sentence is None:
        by_sentence: dict[int, list[PlaceClaim]] = {}
        for c in x.claims:
            if isinstance(c, PlaceClaim) and c.role == "mention" and c.admin1 and c.level in LEVELS:
                by_sentence.setdefault(c.sent_start, []).append(c)
        x.places_by_sentence = by_sentence
    out = []
    for c in x.places_by_sentence.get(sent.start, []):
        if not (sent.start <= c.start < sent.end):
            continue
        line_start = x.doc.text.rfind("\n", 0, c.start) + 1
        if c.start - line_start < 2 and DATELINE.match(x.doc.folded[line_start : c.end + 3]):
            continue  # "KABUL, May 4 -": where the reporter filed from
        if _place_patterns()["distance"].search(x.doc.folded[max(sent.start, c.start - 60) : c.start]):
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


def _origin(x: ArticleAnalysis, sent: Sentence, c: PlaceClaim) -> bool:
    """ "born in Nashville", "a Fort Smith, Ark., man": where someone comes from or lives, not the event's place."""
    before, after = _origin_words()
    lead = x.doc.folded[max(sent.start, c.start - 40) : c.start]
    owner = _place_patterns()["name_of"].search(
        lead
    )  # "Ka'Loni Flynn of Fort Smith": a person's town; "Province of X" is a place
    if owner and owner.group(1).lower() not in lang.load().places.level_words:
        return True
    return bool(before.search(lead) or after.match(x.doc.folded[c.end : min(sent.end, c.end + 30)]))


def event_sentences(x: ArticleAnalysis, year: int | None = None) -> list[Sentence]:
    """Body sentences that state an event, worked out once per article; a sentence dated to a year
    before ``year`` (the cluster's, else the article's own) tells of another event."""
    if year not in x.event_sentences:
        x.event_sentences[year] = [
            s
            for s in x.doc.sentences
            if not x.doc.in_title(s.start)
            and not _masthead(x, s)
            and search_lowered(_event_words(), s.text)
            and not is_background(x.doc, s.start, s.end, year)
        ]
    return x.event_sentences[year]


def place_rank(x: ArticleAnalysis, c: PlaceClaim) -> int:
    """Where-words first ("in", "near"), route ends last ("from Makassar to Palu"), then adjectives."""
    return _rank_of(x.doc.folded[max(0, c.start - 30) : c.start].lower())


def _rank_of(before: str) -> int:
    """The rank of a place after ``before`` (lower-cased): 0 after a where-word, 2 after a route's, else 1."""
    patterns = _place_patterns()
    if patterns["route"].search(before):
        return 2
    if patterns["where"].search(before):
        return 0
    return 1


def _located(x: ArticleAnalysis, places: list[PlaceClaim]) -> list[PlaceClaim]:
    """Places stated with a where-word ("in X", "near X") and what a comma adds to them ("in X district,
    Y"): a name with no where-word before it may be a person's ("rely on Pierre Thomas")."""
    return [
        c
        for c in places
        if place_rank(x, c) == 0 or _place_patterns()["apposed"].search(x.doc.folded[max(0, c.start - 60) : c.start])
    ]


def _owner(x: ArticleAnalysis, c: PlaceClaim) -> bool:
    """A place written as an owner ("one of the last of New York's Mafia dons"): a place the sentence names
    otherwise ("in Springfield, Missouri") is more likely where it happened."""
    return x.doc.folded.startswith(possessive().singular, c.end)


def _set_off(between: str) -> bool:
    """The words between a name and a place open with a comma and hold no other: "Gigante, famed for wandering
    the streets of New York"."""
    return between.lstrip().startswith(",") and "," not in between.lstrip()[1:] and len(between) < 120


def _reported(x: ArticleAnalysis, sent: Sentence, places: list[PlaceClaim]) -> list[PlaceClaim]:
    """The places a sentence reports, not those of a clause describing someone named in it ("Gigante, famed
    for wandering the streets of New York, died in prison in Springfield"), read from the parse."""
    people = [(p.start - sent.start, p.end - sent.start) for p in x.people if sent.start <= p.start < sent.end]
    # only a place set off by a comma right after a name can be in a clause describing that person: the
    # parse (loaded on first use, the costliest step of a check) is asked only then
    asked = [c for c in places if any(_set_off(x.doc.folded[sent.start + end : c.start]) for _s, end in people)]
    if not asked:
        return places
    described = in_describing_clauses([(sent.text, [c.start - sent.start for c in asked], people)])[0]
    return [c for c in places if not described.get(c.start - sent.start, False)]


def event_place(x: ArticleAnalysis, year: int | None = None) -> PlaceClaim | None:
    """The article's lead place: the best-placed province-or-smaller place of the first sentence stating the event."""
    for sent in event_sentences(x, year)[:3]:  # the lede and what follows it; later mentions are background
        found = _reported(x, sent, _located(x, event_places(x, sent)))
        if found:
            return min(found, key=lambda c: (c.admin1 is None, _owner(x, c), c.start))
    body = [
        s
        for s in x.doc.sentences
        if not x.doc.in_title(s.start) and not _masthead(x, s) and not is_background(x.doc, s.start, s.end, year)
    ]
    for sent in body[:4]:  # no sentence states the event with a place: the top of the story may
        found = _reported(x, sent, [c for c in event_places(x, sent) if place_rank(x, c) == 0])
        if found:
            return min(found, key=lambda c: (_owner(x, c), c.start))
    return None


def cluster_year(extractions: Sequence[ArticleAnalysis]) -> int | None:
    """The cluster's year: its latest publication year, else (undated copy) the latest year named as a date."""
    dated = [x.doc.article.published.year for x in extractions if x.doc.article.published]
    return max(dated, default=None) or max((y for x in extractions if (y := latest_year_named(x.doc))), default=None)


@dataclass(frozen=True)
class MainEvent:
    """What the cluster's articles say about where their event happened."""

    year: int | None  # the cluster's year: its latest publication year, else the latest year it names as a date
    published_year: int | None  # the latest publication year, when any article is dated
    first_published: dt.date | None  # the earliest publication date, when any article is dated
    leads: dict[str, PlaceClaim | None]  # each article's lead place
    region: str | None  # the province most articles lead with: the story's own
    tied_regions: frozenset[str]  # provinces any source names in a sentence that states the event
    first_figures: dict[str, dict[str, CountClaim]]  # measure had once per event -> article -> its first figure

    def place(self) -> PlaceClaim | None:
        """A lead place in the story's own province."""
        return next((p for p in self.leads.values() if p is not None and p.admin1 == self.region), None)


def measure_of(c: CountClaim) -> str | None:
    """What a figure measures, by its named measure, else its unit or counted class ("a 4.2-magnitude quake")."""
    return c.measure or c.unit or c.category


def once_per_event(c: CountClaim) -> bool:
    """A figure of a measure the event has once (FC105 compares it; FC103 leaves it alone)."""
    return measure_of(c) in lang.load().measures.once_per_event


def first_figures(extractions: Sequence[ArticleAnalysis], year: int | None) -> dict[str, dict[str, CountClaim]]:
    """For each measure an event has once (its magnitude), each article's first figure of it outside
    sentences about an earlier event: the article's figure for the main event."""
    once = set(lang.load().measures.once_per_event)
    out: dict[str, dict[str, CountClaim]] = {m: {} for m in once}
    for x in extractions:
        for c in sorted((c for c in x.claims if isinstance(c, CountClaim)), key=lambda c: c.start):
            m = measure_of(c)
            if m not in once or c.subset or x.doc.article.id in out[m]:
                continue
            if not is_background(x.doc, c.sent_start, c.sent_end, year):
                out[m][x.doc.article.id] = c
    return out


def main_event(extractions: Sequence[ArticleAnalysis]) -> MainEvent:
    year = cluster_year(extractions)
    leads = {x.doc.article.id: event_place(x, year) for x in extractions}
    votes = Counter(p.admin1 for p in leads.values() if p is not None)
    tied = frozenset(c.admin1 for x in extractions for s in event_sentences(x) for c in event_places(x, s) if c.admin1)
    region = votes.most_common(1)[0][0] if votes else None
    dates = [x.doc.article.published for x in extractions if x.doc.article.published]
    published = max(dates).year if dates else None
    return MainEvent(year, published, min(dates, default=None), leads, region, tied, first_figures(extractions, year))
