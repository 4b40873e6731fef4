"""Where a named person lives or comes from: "Christopher Kenyon Simpson of Fort Coffee", "Raj K. Chohan, 59,
of College Point", "Raj Chohan, who lived half a mile away in South Ozone Park", "Tom Hale died on Friday at his
home in Ojai".

Read right after a person the article names: an age between commas may come first, then a word of
``residence.after_name`` ("of", "from"), or ", who" (``relative``) with a word of ``lived`` and later
``lived_in``. The place is the capitalised run that follows, up to a comma, a full stop or a lower-case word;
a run ending in an organisation's word ("of Acme Bank", "of Evans Research") is a workplace, not a home ("of
College Point" is one: only the last word counts), and so is a run holding a club's or a company's mark ("CF",
"Ltd"). The gazetteer gives the place's key and level when it knows it; a run ending in a street word is an
address.
The words are language data (``lang/en/places.yaml`` residence).
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.analysis.attribution import resolve_person
from checker.analysis.clauses import subjects_at
from checker.analysis.document import Document
from checker.analysis.mentions import PersonMention
from checker.models import ResidenceClaim
from checker.normalise.patterns import phrases
from checker.normalise.place_lookup import place_key
from checker.normalise.places import gazetteer
from checker.normalise.text import drop_possessive

RUN = re.compile(r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}")
AGE = r"(?:,\s*\d{1,3}\s*,)?"


@lru_cache(maxsize=1)
def _home_in() -> re.Pattern[str]:
    """ "... died on Friday at his home in Ojai": the home of the subject of the verb it hangs off."""
    return re.compile(rf"\b{phrases(lang.load().places.residence.home)}\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def _after_name() -> re.Pattern[str]:
    data = lang.load().places.residence
    return re.compile(
        rf"{AGE}\s*,?\s+{phrases(data.after_name)}\s+(?=[A-Z])"
        rf"|,\s+{phrases(data.relative)}\s+{phrases(data.lived)}\b[^,.;\"]{{0,40}}?\s{phrases(data.lived_in)}\s+(?=[A-Z])"
    )


def _level(run: str) -> tuple[str, str]:
    """The place's key and level: "locality" for a town the gazetteer knows, "division" for a name it knows as
    a county, state or country, "street" for an address, else "unknown"."""
    data = lang.load().places.residence
    last = run.split()[-1].lower().rstrip(".")
    if last in data.street_words:
        return run.lower(), "street"
    found = gazetteer().lookup(run)
    if not found:
        return run.lower(), "unknown"
    if any(p.level != "locality" for p in found):
        return place_key(run), "division"  # "of Queens": a county, state or country may hold the other name
    return place_key(run), "locality"


def extract_residences(doc: Document, people: list[PersonMention], known: dict[str, list[str]]) -> list[ResidenceClaim]:
    """Each named person's place of residence or origin, as the words right after the name give it, or a home
    later in the sentence of a verb the person is the subject of."""
    not_places = set(lang.load().places.residence.not_places)
    markers = set(lang.load().places.residence.org_markers)
    after_name = [
        (resolve_person(p.key, known), p.text, m)
        for p in people
        if p.key and (m := _after_name().match(doc.folded, p.end))
    ]
    out = []
    for person, written_name, m in [*after_name, *_homes(doc, people, known)]:
        run = RUN.match(doc.folded, m.end())
        sent = doc.sentence_at(m.start())
        if not (run and sent) or run.end() > sent.end:
            continue
        written = run.group(0).rstrip(".")
        words = [drop_possessive(w.lower()).rstrip(".,") for w in written.split()]
        if words[-1] in not_places or markers & set(words):
            continue  # "of Acme Bank", "of Evans Research": where the person works, not where they live
        key, level = _level(" ".join(written.split()))
        start, end = run.start(), run.start() + len(written)
        out.append(
            ResidenceClaim(
                **doc.located(start, end, sent),
                person=person,
                written=written_name,
                place=doc.text[start:end],
                key=key,
                level=level,
            )
        )
    return out


def _homes(
    doc: Document, people: list[PersonMention], known: dict[str, list[str]]
) -> list[tuple[str, str, re.Match[str]]]:
    """ "Terry Ashdown, whose anthem Wearside Girl was a hit, passed away at his home in Santa Barbara": the home
    of the named subject of the verb it hangs off, as the parse reads it (not the song a clause names); a
    subject that is no name ("the rocker", "he") gives none, and without a parser there is none."""
    found = [(sent, m) for sent in doc.sentences for m in _home_in().finditer(doc.folded, sent.start, sent.end)]
    if not found:
        return []
    parsed = subjects_at((sent.text, [m.start() - sent.start]) for sent, m in found)
    out = []
    for (sent, m), subjects in zip(found, parsed, strict=True):
        for at in (sent.start + s for s in subjects[m.start() - sent.start]):
            named = [p for p in people if p.start <= at < p.end and p.key]
            word = re.match(r"[A-Z][\w'-]*", doc.text[at:])
            written = named[0].text if named else word.group(0) if word else ""
            key = resolve_person(named[0].key if named else written.lower(), known)
            if named or " " in key:  # a name, or a surname the cluster knows in full ("Felt")
                out.append((key, written, m))
                break
    return out


def extract(a: ArticleAnalysis) -> list[ResidenceClaim]:
    """Where the people of the story live ("Raj K. Chohan, 59, of College Point")."""
    return extract_residences(a.doc, a.people, a.known_people)
