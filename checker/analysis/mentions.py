"""What people and places in running text share: the ``PersonMention`` and ``PlaceMention`` records, the runs
of capitalised words both are looked for in (cut at a possessive, "Iraq's"), and the patterns of news writing
around names and places (``lang/en/names.yaml``, ``places.yaml``). People are found in ``entities.py``, places in
``places_in_text.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from checker import lang
from checker.analysis.document import Document
from checker.normalise.patterns import alternation
from checker.normalise.patterns import phrases as _words
from checker.normalise.place_lookup import Place
from checker.normalise.text import drop_possessive, possessive

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĦĨĪĮİĴĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
CAP_WORD = rf"(?:[A-Z]\.(?:[A-Z]\.)+|[{UPPER}][^\W\d_]*(?:['`][^\W\d_]+)*(?:-[^\W\d_]+)*\.?)"


class _Patterns(NamedTuple):
    """The patterns of names and places in running text, from ``lang/en/names.yaml`` and ``places.yaml``."""

    run: re.Pattern[str]  # a run of capitalised words ("Bank of England")
    locative: re.Pattern[str]  # "in", "in the city of", "in southern": a place may follow
    level_after: re.Pattern[str]  # "Helmand province"
    contained: re.Pattern[str]  # "Kotri, a town in Jamshoro district", "Traversara (Ravenna)"
    unlisted: re.Pattern[str]  # "in Traversara, in the province of Ravenna"
    level_named: re.Pattern[str]  # " district": a division's level word (fullmatch)
    division_end: re.Pattern[str]  # "Angul district"
    lower_compound: re.Pattern[str]  # "US-backed", "state-run"
    country_possession: re.Pattern[str]  # "Iraq's government"
    said_before: re.Pattern[str]  # "said Okafor"
    said_after: re.Pattern[str]  # "Okafor said"
    clock_after: re.Pattern[str]  # "10.12pm Jakarta time"
    attribute_after: re.Pattern[str]  # "a Panama-flagged tanker"
    based_after: re.Pattern[str]  # "Kabul-based"
    article_before: re.Pattern[str]  # "across the Atlantic"
    possessive_break: re.Pattern[str]  # "Iraq's Anbar", "the Joneses' Ford": a run is cut after a possessive
    possessive_before: re.Pattern[str]  # "Tirkey's Nav Jharkhand Morcha": something a person owns


def _place_parts() -> tuple[str, str, str]:
    """A division's level before "of" ("the province of"), the words that are no second word of a division's
    name ("Lagos State"), and a division's level after its name ("in Cuttack district")."""
    data = lang.load().places.in_text
    level_of = rf"(?:{_words(data.level_of)}\s+{_words(data.of)}\s+)?"
    not_level = rf"(?!{_words(data.not_level)}\b)"
    level_named = rf"(?P<level>\s+{_words(data.level_named)})?"
    return level_of, not_level, level_named


def _singular_possessive() -> str:
    """ "Iraq'S": a singular's possessive ending (speech.yaml), matched as written."""
    return alternation(possessive().singular, fold_case=False)


def _contained(level_of: str, not_level: str, level_named: str) -> re.Pattern[str]:
    """ "Kotri, a town in Jamshoro district", "Talcher, in Angul district", "Traversara (Ravenna)"."""
    data = lang.load().places.in_text
    # "in South Africa's Limpopo province": the country that owns the division, stepped over
    owner = rf"(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?{_singular_possessive()}\s+)"
    the, of, within = _words(data.articles), _words(data.of), _words(data.within)
    appositive = (
        rf"{_words(data.appositive_articles)}\s+(?:{_words(data.appositive_modifiers)}\s+)?"
        rf"{_words(data.appositive_kinds)}\s+{_words(data.appositive_in)}\s+(?:{the}\s+)?"
    )
    return re.compile(
        rf"^(?:\s+{_words(data.kind_after)})?"
        # "Kotri, a town in Jamshoro district", "Traversara, a hamlet of Bagnacavallo" (tried first)
        rf"(?:,\s+{appositive}|,\s+(?:{within}\s+)?(?:{the}\s+)?{level_of}|\s+{_words(data.kind_of)}?\s*{of}\s+"
        rf"|\s+{within}\s+(?:{the}\s+)?{owner}?{level_of}|\s*\()"
        rf"(?P<outer>{CAP_WORD}(?:\s{not_level}{CAP_WORD})?){level_named}",
        re.I,
    )


def _unlisted(level_of: str, not_level: str, level_named: str) -> re.Pattern[str]:
    """ "in Traversara, in the province of Ravenna": a place the gazetteer may not know, in a division."""
    data = lang.load().places.in_text
    the, of, within = _words(data.articles), _words(data.of), _words(data.within)
    return re.compile(
        rf"\b{_words(data.unlisted_before)}\s+(?P<name>{CAP_WORD}(?:[\s-]{CAP_WORD})?)(?:\s+{_words(data.kind_after)})?"
        rf"(?:,\s+(?:{within}\s+)?(?:{the}\s+)?{level_of}|\s+(?:{_words(data.unlisted_kind_of)}\s+)?{of}\s+"
        rf"|\s+{within}\s+(?:{the}\s+)?{level_of}|\s*\()"
        rf"(?P<outer>{CAP_WORD}(?:[\s-]{not_level}{CAP_WORD})?){level_named}"
    )


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = lang.load()
    names, places = data.names, data.places.in_text
    parts = _place_parts()
    connector = _words(names.connectors, fold_case=False)
    # a compound adjective ("US-backed", "Kabul-based", "state-run"), not a given name's second syllable
    # ("Seung-jun", "Gyeong-sik", "Jae-in"): long tails, participles and the common short compound words
    compound = rf"-(?:[a-z]{{5,}}|[a-z]*{_words(names.compound_endings)}|{_words(names.compound_words)})\b"
    return _Patterns(
        re.compile(rf"{CAP_WORD}(?:\s(?:{connector}\s)?{CAP_WORD})*"),
        re.compile(rf"\b{_words(places.locative, space=None)}(?:\s+{_words(places.locative_modifiers)})?\s+$", re.I),
        re.compile(rf"^\s+{_words(places.level_after)}\b", re.I),
        _contained(*parts),
        _unlisted(*parts),
        re.compile(parts[2], re.I),
        re.compile(rf"\s{_words(places.division_ends)}$", re.I),
        re.compile(compound),
        re.compile(rf"^{_singular_possessive()}\s+{_words(places.country_possessions, fold_case=False)}"),
        re.compile(rf"\b{_words(names.said_before, space=None, fold_case=False)}\s+$"),
        re.compile(rf"^\s+{_words(names.said_after, space=None, fold_case=False)}"),
        re.compile(rf"\s+{_words(places.clock_after)}\b", re.I),
        re.compile(rf"-{_words(places.attribute_after, fold_case=False)}\b"),
        re.compile(rf"^-{_words(data.bases.based, fold_case=False)}\b"),
        re.compile(rf"\b{_words(places.articles, fold_case=False)}\s+$"),
        re.compile("|".join(rf"(?<={re.escape(e)})\s" for e in (*possessive().singular, *possessive().plural))),
        re.compile(rf"{_singular_possessive()}\s+$"),
    )


@dataclass(frozen=True)
class PersonMention:
    """A person named in the article."""

    start: int
    end: int
    text: str  # the name as written, titles stripped
    key: str  # normalised person key
    title: str | None


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the article, as the gazetteer (or the text itself) places it."""

    start: int
    end: int
    text: str
    place: Place
    in_org: bool  # part of an organisation's or office's name ("UN Mission-Sudan")
    told_end: int | None = None  # end of the words that place it ("Talcher, in Angul district"), if any


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words that are no name, words for things and organisations, role nouns), lower case."""
    data = lang.load()
    not_names = frozenset(data.names.not_names)
    non_person = frozenset(data.names.non_person_words) | frozenset(data.roles.organisation_nouns)
    roles = frozenset(data.roles.role_nouns)
    return not_names, non_person, roles


def _without_possessive(word: str) -> str:
    """ "Iraq's" -> "Iraq", "the Joneses'" -> "the Joneses": a word's possessive ending left off."""
    return drop_possessive(word.rstrip("".join(possessive().bare)))


def capitalised_runs(doc: Document) -> list[tuple[int, int]]:
    """Spans of runs of capitalised words ("Col. Hendra Wiratama", "Bank of England"), cut at a possessive
    ("Iraq's"): where people and places are looked for. Found once per article."""
    if doc.cache.runs is not None:
        return doc.cache.runs
    runs = []
    breaks, marks = _patterns().possessive_break, (*possessive().bare, *possessive().singular)
    for sent in doc.sentences:
        for m in _patterns().run.finditer(sent.text):
            start = sent.start + m.start()
            run = m.group(0)
            for piece in breaks.split(run) if any(e in run for e in marks) else (run,):
                at = doc.folded.index(piece, start)
                runs.append((at, at + len(_without_possessive(piece))))
                start = at + len(piece)
    doc.cache.runs = runs
    return runs


@lru_cache(maxsize=1)
def _titles_set() -> frozenset[str]:
    """Every known title, post, rank and spelled-out abbreviation, lower case."""
    data = lang.load().titles
    return (
        frozenset(data.name_titles)
        | frozenset(data.posts)
        | frozenset(data.abbreviations.values())
        | frozenset(r for group in data.rank_groups.values() for r in group)
    )
