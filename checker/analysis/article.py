"""One analysis per article: its text read into sentences, the people and places it names and who speaks
in it, all worked out once for every claim kind (``checker/claims``) to read. The articles of a cluster are
analysed together: a name placed anywhere in the cluster ("in Stuttgart") is a place everywhere, and a
person's full name found in one article resolves a surname in another."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from checker import lang
from checker.analysis.attribution import Speaker, find_speakers, index_people, resolve_person, sentence_speakers
from checker.analysis.document import Document, Sentence, analyse
from checker.analysis.entities import find_people
from checker.analysis.mentions import PersonMention, PlaceMention, capitalised_runs
from checker.analysis.places_in_text import find_places
from checker.models import Article, ClaimBase, PlaceClaim
from checker.normalise.patterns import alternation
from checker.normalise.place_lookup import place_key
from checker.normalise.places import gazetteer


@dataclass
class ArticleAnalysis:
    """What one article says before any claim is read from it, and (once extracted) its claims."""

    doc: Document
    people: list[PersonMention]
    places: list[PlaceMention]
    speakers: list[Speaker]
    # the cluster's people by full name, for resolving "Smith" to "John Smith"
    known_people: dict[str, list[str]] = field(default_factory=dict)
    speaker_of: dict[int, str | None] = field(default_factory=dict)  # sentence index -> who speaks in it
    speaker_by_sentence: dict[int, Speaker] = field(default_factory=dict)
    # spans of speech attributions ("police said"): no figure or place is read inside them
    attribution_spans: list[tuple[int, int]] = field(default_factory=list)
    claims: list[ClaimBase] = field(default_factory=list)
    # what the main event reads of this article, worked out once (analysis/event.py)
    places_by_sentence: dict[int, list[PlaceClaim]] | None = None
    event_sentences: dict[int | None, list[Sentence]] = field(default_factory=dict)  # by the year they are read for


def _cluster_countries(docs: list[Document]) -> set[str]:
    """Countries the cluster names outright: they settle ambiguous place names.

    Looked up over whole capitalised phrases, longest first, so "New Jersey" is not Jersey.
    """
    gaz = gazetteer()
    found: set[str] = set()
    unambiguous: set[str] = set()
    runs = sorted({doc.folded[start:end] for doc in docs for start, end in capitalised_runs(doc)})
    provinces = _country_named_provinces(runs)
    for run in runs:  # versions of a story repeat their names: look each one up once
        if run:
            toks = run.split()
            i = 0
            while i < len(toks):
                for size in range(len(toks) - i, 0, -1):
                    key = place_key(" ".join(toks[i : i + size]).rstrip(".,"))
                    if key in gaz.countries or key in gaz.admin1 or (size > 1 and key in gaz.rows):
                        break
                else:
                    i += 1
                    continue
                if key in provinces:
                    unambiguous.add(provinces[key])  # "Georgia" in a story of Atlanta: the US state
                elif key in gaz.countries and gaz.countries[key].country:
                    found.add(gaz.countries[key].country or "")
                elif key in gaz.admin1:
                    # a province name only one country has also says which country the story is in
                    codes = {p.country for p in gaz.admin1[key] if p.country}
                    if len(codes) == 1:
                        unambiguous |= codes
                i += size
    return found or unambiguous


def _country_named_provinces(runs: list[str]) -> dict[str, str]:
    """Names of a country that are also another country's province ("Georgia"), read as the province (its
    country's code, by name) when the cluster names more towns of that province than of that country: "Atlanta"
    makes "Georgia" the US state, "Tbilisi" the country."""
    gaz = gazetteer()
    dual = {key: provs for key, country in gaz.countries.items()
            if (provs := [p for p in gaz.admin1.get(key, ()) if p.country != country.country])}
    named = {place_key(w) for run in runs for w in (run, *run.split())}
    dual = {key: provs for key, provs in dual.items() if key in named}
    if not dual:
        return {}  # no such name in the cluster: no town need be looked up
    towns = [p for run in runs for p in gaz.lookup(run) if p.level == "locality"]
    out = {}
    for key, provs in dual.items():
        province = provs[0]
        in_province = sum(1 for t in towns if t.country == province.country and t.region() == province.region())
        in_country = sum(1 for t in towns if t.country == gaz.countries[key].country)
        if in_province > in_country:
            out[key] = province.country or ""
    return out


@lru_cache(maxsize=1)
def _title_object_end() -> re.Pattern[str]:
    """ "Minister OF Mineral Resources AND Energy ": a word that ends a title's object (``lang/en/names.yaml``)."""
    return re.compile(rf"\b({alternation(lang.load().names.title_object_ends, fold_case=False)})\s+$")


def trim_title_objects(docs: list[Document], people_of: list[list[PersonMention]]) -> list[list[PersonMention]]:
    """ "Minister of Mineral Resources and Energy Sello Dube": the name is the part the cluster knows.

    A name of three words or more that follows "of" or "and" (the end of a title's object) and ends in
    a two-word name found on its own elsewhere in the cluster is cut to those two words.
    """
    known = {p.key for people in people_of for p in people if 2 <= len(p.key.split()) <= 3}
    out = []
    for doc, people in zip(docs, people_of, strict=True):
        trimmed = []
        for p in people:
            words = p.key.split()
            before = doc.folded[max(0, p.start - 6) : p.start]
            end = _title_object_end().search(before)
            if len(words) >= 3 and end:
                # the longest tail the cluster knows as a name; after "of", the last two words at least
                fallback = lang.load().names.title_object_ends[end.group(1)]
                size = next((n for n in (3, 2) if n < len(words) and " ".join(words[-n:]) in known), fallback)
                tail = re.search(rf"\S+(?:\s+\S+){{{size - 1}}}$", p.text) if size else None
                if tail:
                    start = p.start + tail.start()
                    p = replace(p, start=start, text=doc.text[start : p.end], key=" ".join(words[-size:]))
            trimmed.append(p)
        out.append(trimmed)
    return out


def analyse_cluster(articles: list[Article], on_article: Callable[[], None] | None = None) -> list[ArticleAnalysis]:
    """Every readable article of a cluster analysed, together; ``on_article`` is called as each is read."""
    docs = []
    for a in articles:
        if a.status == "ok":
            docs.append(analyse(a))
            if on_article is not None:
                on_article()
    countries = _cluster_countries(docs)
    people_of = trim_title_objects(docs, [find_people(doc, set()) for doc in docs])
    # a name placed with context anywhere in the cluster ("in Stuttgart") is a place everywhere
    first = [p for doc, people in zip(docs, people_of, strict=True) for p in find_places(doc, countries, people)]
    known_places = frozenset(place_key(p.text) for p in first)
    # provinces the cluster names settle which of several same-named towns is meant ("Manhattan")
    regions = frozenset(g for p in first if p.place.level in ("admin1", "admin2") and (g := p.place.region()))
    results: list[ArticleAnalysis] = []
    for doc, people in zip(docs, people_of, strict=True):
        places = find_places(doc, countries, people, known_places, regions)
        results.append(ArticleAnalysis(doc, people, places, find_speakers(doc, people, places)))
    known = index_people([p.key for r in results for p in r.people if len(p.key.split()) > 1])
    for r in results:
        for sp in r.speakers:
            if sp.key in {p.key for p in r.people}:
                sp.key = resolve_person(sp.key, known)
        r.known_people = known
        r.speaker_by_sentence = sentence_speakers(r.doc, r.speakers)
        r.speaker_of = {i: sp.key for i, sp in r.speaker_by_sentence.items()}
        r.attribution_spans = [(sp.claim.start, sp.claim.end) for sp in r.speakers]
    return results
