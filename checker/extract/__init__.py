"""From articles to typed claims: one analysis per article, then one extractor per claim kind."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from checker import lang
from checker.analysis.parse import figure_owners
from checker.extract.attribution import Speaker, find_speakers, index_people, resolve_person, sentence_speakers
from checker.extract.count_since import with_since
from checker.extract.counts import extract_counts
from checker.extract.dated import assign_date_heads
from checker.extract.dates import extract_dates
from checker.extract.document import Document, Sentence, analyse
from checker.extract.entities import PersonMention, PlaceMention, capitalised_runs, find_people, find_places
from checker.extract.name_forms import assign_name_forms
from checker.extract.names import extract_names
from checker.extract.places import extract_places
from checker.extract.quotes import find_quotes
from checker.extract.residence import extract_residences
from checker.extract.roles import extract_roles
from checker.extract.spellings import assign_spellings
from checker.extract.zero_counts import extract_zero_counts
from checker.models import Article, AttributionClaim, ClaimBase, CountClaim, DateClaim, PlaceClaim
from checker.normalise.places import gazetteer, place_key


@dataclass
class Extraction:
    doc: Document
    people: list[PersonMention]
    places: list[PlaceMention]
    speakers: list[Speaker]
    claims: list[ClaimBase] = field(default_factory=list)
    # what the main event reads of this article, worked out once (extract/event.py)
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
                if key in gaz.countries and gaz.countries[key].country:
                    found.add(gaz.countries[key].country or "")
                elif key in gaz.admin1:
                    # a province name only one country has also says which country the story is in
                    codes = {p.country for p in gaz.admin1[key] if p.country}
                    if len(codes) == 1:
                        unambiguous |= codes
                i += size
    return found or unambiguous


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
            after_of = re.search(r"\bof\s+$", before)
            if len(words) >= 3 and (after_of or re.search(r"\b(?:and|for)\s+$", before)):
                # the longest tail the cluster knows as a name; after "of", the last two words at least
                fallback = 2 if after_of else 0
                size = next((n for n in (3, 2) if n < len(words) and " ".join(words[-n:]) in known), fallback)
                tail = re.search(rf"\S+(?:\s+\S+){{{size - 1}}}$", p.text) if size else None
                if tail:
                    start = p.start + tail.start()
                    p = replace(p, start=start, text=doc.text[start : p.end], key=" ".join(words[-size:]))
            trimmed.append(p)
        out.append(trimmed)
    return out


def _opens_with_pronoun(text: str) -> bool:
    """ "He has 53 catches": a sentence whose subject is a person named before it."""
    words = text.split()
    return bool(words) and words[0].lower() in lang.load().speech.pronouns and words[0].lower() not in NOT_A_PERSON


NOT_A_PERSON = frozenset({"it", "we", "i", "they"})  # the speaker, a group or a thing: no one person's figure


def with_subjects(
    claims: list[ClaimBase], people: list[PersonMention], doc: Document, speaker_of: dict[int, str | None]
) -> list[ClaimBase]:
    """Key each figure by the people its sentence names: "Manning threw three touchdowns" and "Harrison's
    five touchdowns" are two players' figures. Who said it ("Smith said") is its source, not its subject."""
    named = sorted((p.start, p.key.split()[-1]) for p in people if p.key)
    starts = [start for start, _ in named]
    out: list[ClaimBase] = []
    for c in claims:
        if isinstance(c, CountClaim):
            lo, hi = bisect.bisect_left(starts, c.sent_start), bisect.bisect_left(starts, c.sent_end)
            speaker = (speaker_of.get(doc.sentence_index(c.sent_start)) or "").split()[-1:]
            candidates = [(start, name) for start, name in named[lo:hi] if name not in speaker]
            # the owner: the person named last before the figure ("Manning threw for 364 yards"), else first after
            before = [name for start, name in candidates if start < c.start]
            after = [name for start, name in candidates if start >= c.end]
            found = tuple(before[-1:] or after[:1])
            if not found and lo > 0 and _opens_with_pronoun(doc.text[c.sent_start : c.start]):
                found = (named[lo - 1][1],)  # "He has 53 catches": the person the story named last
            if found:
                c = c.model_copy(update={"subjects": found})
        out.append(c)
    return out


def _owned(c: ClaimBase) -> bool:
    """A figure a tally rule compares by owner: a toll (an outcome), a part, or a named measure is keyed otherwise."""
    return isinstance(c, CountClaim) and not c.outcome and not c.subset and not c.measure


def assign_owners(results: list[Extraction]) -> None:
    """Key each figure by its owner, from the parse: "Manning threw for 364 yards and three touchdowns" and
    "Harrison's 53 catches" are two players' figures. The owner is kept when it is a person the article names.

    Only figures another article counts under the same noun or unit can meet one another, so only their
    sentences are parsed, all the cluster's in one batch: the parse is the costliest step of a check."""
    articles_of: dict[str, set[str]] = {}
    for r in results:
        for c in r.claims:
            if isinstance(c, CountClaim) and _owned(c):
                articles_of.setdefault(c.unit or c.category, set()).add(r.doc.article.id)
    shared = {key for key, arts in articles_of.items() if len(arts) > 1}
    jobs: list[tuple[Extraction, int, list[CountClaim]]] = []
    for r in results:
        by_sentence: dict[int, list[CountClaim]] = {}
        for c in r.claims:
            if isinstance(c, CountClaim) and _owned(c) and (c.unit or c.category) in shared:
                by_sentence.setdefault(c.sent_start, []).append(c)
        named = [p.start for p in r.people]
        # the owner is a person the sentence names: a sentence naming no one has no owner to find
        jobs.extend(
            (r, start, found)
            for start, found in sorted(by_sentence.items())
            if any(start <= at < found[0].sent_end for at in named)
        )
    texts = [(r.doc.text[s : found[0].sent_end], [c.start - s for c in found]) for r, s, found in jobs]
    owner_of: dict[int, str] = {}
    for (r, s, found), owners in zip(jobs, figure_owners(texts), strict=True):
        for c in found:
            span = owners.get(c.start - s)
            person = span and next((p for p in r.people if p.start <= s + span[0] < p.end), None)
            if person and person.key:
                owner_of[id(c)] = person.key.split()[-1]
    for r in results:
        r.claims = [c.model_copy(update={"owner": owner_of[id(c)]}) if id(c) in owner_of else c for c in r.claims]


def with_days(claims: list[ClaimBase]) -> list[ClaimBase]:
    """Scope each figure by the day its sentence dates, when it dates exactly one: "one person was arrested
    on Monday night" and "46 were arrested on Wednesday" are two nights' figures, not two tolls of one."""
    weekdays = set(lang.load().calendar.weekdays)
    days: dict[int, set[str]] = {}
    for c in claims:
        if not isinstance(c, DateClaim) or c.clock is not None:
            continue
        if c.value is not None and c.value.start == c.value.end:
            days.setdefault(c.sent_start, set()).add(c.value.start.isoformat())
        elif c.value is None and (day := c.expression.split()[0] if c.expression else "") in weekdays:
            days.setdefault(c.sent_start, set()).add(day)  # an undated article's "on Monday"
    out: list[ClaimBase] = []
    for c in claims:
        found = days.get(c.sent_start, set())
        if isinstance(c, CountClaim) and len(found) == 1:
            c = c.model_copy(update={"day": next(iter(found))})
        out.append(c)
    return out


def extract_cluster(articles: list[Article]) -> list[Extraction]:
    docs = [analyse(a) for a in articles if a.status == "ok"]
    countries = _cluster_countries(docs)
    results: list[Extraction] = []
    people_of = [find_people(doc, set()) for doc in docs]
    people_of = trim_title_objects(docs, people_of)
    # a name placed with context anywhere in the cluster ("in Stuttgart") is a place everywhere
    first = [p for doc, people in zip(docs, people_of, strict=True) for p in find_places(doc, countries, people)]
    known_places = frozenset(place_key(p.text) for p in first)
    # provinces the cluster names settle which of several same-named towns is meant ("Manhattan")
    regions = frozenset(g for p in first if p.place.level in ("admin1", "admin2") and (g := p.place.region()))
    for doc, people in zip(docs, people_of, strict=True):
        places = find_places(doc, countries, people, known_places, regions)
        speakers = find_speakers(doc, people, places)
        results.append(Extraction(doc, people, places, speakers))
    known = index_people([p.key for r in results for p in r.people if len(p.key.split()) > 1])
    for r in results:
        for sp in r.speakers:
            if sp.key in {p.key for p in r.people}:
                sp.key = resolve_person(sp.key, known)
        by_sentence = sentence_speakers(r.doc, r.speakers)
        speaker_of: dict[int, str | None] = {i: sp.key for i, sp in by_sentence.items()}
        excluded = [(sp.claim.start, sp.claim.end) for sp in r.speakers]
        claims: list[ClaimBase] = []
        claims.extend(extract_counts(r.doc, r.places, speaker_of, excluded))
        claims.extend(extract_zero_counts(r.doc))
        claims.extend(find_quotes(r.doc, by_sentence))
        claims.extend(AttributionClaim(**{**sp.claim.model_dump(), "speaker": sp.key}) for sp in r.speakers)
        claims.extend(extract_places(r.doc, r.places, excluded))
        claims.extend(extract_dates(r.doc, speaker_of))
        claims.extend(extract_roles(r.doc, r.people, known))
        claims.extend(extract_names(r.doc, r.people, r.places, known))
        claims.extend(extract_residences(r.doc, r.people, known))
        claims = with_since(r.doc, with_days(with_subjects(claims, r.people, r.doc, speaker_of)))
        r.claims = sorted(claims, key=lambda c: (c.start, c.end, c.__class__.__name__))
    assign_owners(results)
    assign_date_heads(results)
    assign_spellings(results)
    assign_name_forms(results)
    return results
