"""Which capitalised words of an article may be places, and what the text around each one says, whatever the
cluster knows: the candidate spans (capitalised runs and their sub-runs), and for each the gazetteer's places
of that name and whether the words around it place it ("in X", "X province", "X-based", "Talcher, in Angul
district"), or make it part of a longer name. Read by ``places_in_text.py``, which settles the places.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from checker import lang
from checker.analysis.bases import organisation_bases
from checker.analysis.document import Document
from checker.analysis.mentions import CAP_WORD, _patterns, _titles_set, capitalised_runs
from checker.normalise.patterns import search_lowered
from checker.normalise.place_lookup import Place
from checker.normalise.places import gazetteer
from checker.normalise.text import possessive

_SPLITS = re.compile(r"[\s,-]")


def _candidates(doc: Document) -> list[tuple[int, int]]:
    """Capitalised runs and their sub-runs, longest first, as place candidates."""
    if doc.cache.place_candidates is not None:
        return doc.cache.place_candidates
    spans: list[tuple[int, int]] = []
    for start, end in capitalised_runs(doc):
        run = doc.folded[start:end]
        if run and not _SPLITS.search(run):
            spans.append((start, end))  # one word: most runs
            continue
        parts = [
            (m.start() + start, m.end() + start) for m in re.finditer(r"[^\s,-]+(?:-e\s\S+)?", doc.folded[start:end])
        ]
        # split hyphenated org names ("Mission-Sudan") too
        n = len(parts)
        for size in range(min(n, 4), 0, -1):
            for i in range(n - size + 1):
                spans.append((parts[i][0], parts[i + size - 1][1]))
    doc.cache.place_candidates = spans
    return spans


class _CandidateFacts(NamedTuple):
    """What the text around a place candidate says, whatever the cluster knows: found once per article."""

    text: str
    end: int
    cands: list[Place]
    context: bool  # placed by the words around it ("in X", "X province", "X-based", a dateline)
    after: str


def _candidate_facts(
    doc: Document, start: int, end: int, not_names: frozenset[str], non_person: frozenset[str]
) -> _CandidateFacts | None:
    """None when the candidate is no place whatever the cluster knows."""
    gaz = gazetteer()
    text = doc.folded[start:end].rstrip(".")
    end = start + len(text)
    low = text.lower()
    if low in not_names or len(text) < 3 and not text.isupper():
        return None
    cands = gaz.lookup(text)
    if not cands:
        return None
    before = doc.folded[max(0, start - 40) : start]
    after = doc.folded[end : end + 60]
    p = _patterns()
    if p.clock_after.match(after):
        return None  # "10.12pm Jakarta time": a clock, not a place
    based = start in organisation_bases(doc)  # "Orvane, the Stuttgart car parts maker"
    locative = bool(search_lowered(p.locative, before))
    context = (
        locative
        or bool(p.level_after.match(after))
        or (start == doc.sentences[0].start if doc.sentences else False)
        or text.isupper()
        and doc.folded[start - 1 : start] in ("", "\n")
        and after[:1] in (",", " ")
        or bool(p.based_after.match(after))
        or _named_with_division(after)
        or based
    )
    if low in _feature_words() and re.search(rf"{CAP_WORD} $", doc.folded[max(0, start - 40) : start]):
        return None  # "Penobscot Bay", "the Hudson River": a natural feature's name, not the town called Bay
    if cands[0].level == "locality":
        if p.article_before.search(before) and not (p.level_after.match(after) or based):
            return None  # "across the Atlantic", "the Gulf": not a town
        if any(w in non_person for w in low.split()):
            return None
        if _inside_name(doc, start, end):
            return None  # "Northgate Yield", "in Elton Brand": a town's name opening a longer name is part of it
        if not locative and _tail_of_name(doc, start, not_names | non_person):
            return None  # "the Innere Altstadt": the end of a longer name is not the town of that name
    return _CandidateFacts(text, end, cands, context, after)


@lru_cache(maxsize=1)
def _feature_words() -> frozenset[str]:
    return frozenset(lang.load().places.in_text.feature_words)


def _inside_name(doc: Document, start: int, end: int) -> bool:
    """The span is followed by more capitalised words of the same name (not a level word like "District")."""
    nxt = re.match(rf"^[ -]({CAP_WORD})", doc.folded[end : end + 40])
    level_after = _patterns().level_after.match(doc.folded[end : end + 40])
    return bool(nxt) and not level_after and not (nxt and nxt.group(1)[0] == "(")


def _tail_of_name(doc: Document, start: int, openers: frozenset[str]) -> bool:
    """The span ends a longer capitalised name ("Innere Altstadt", "Wettiner Schatzhaus"): the word
    before it is capitalised and is no sentence opener, title, compass word or place of its own."""
    prev = re.search(rf"(?:^|\s)({CAP_WORD}) $", doc.folded[max(0, start - 40) : start])
    if not prev:
        return False
    if prev.group(1).endswith((".", *possessive().singular, *possessive().plural)):
        return False  # "Uttar Pradesh's Hapur", "the IMD. Chandbali": an owner or a sentence's end, not a name
    word = prev.group(1).lower()
    places = lang.load().places
    if word in openers or word in places.in_text.name_modifiers or word in places.compass or word in _titles_set():
        return False
    return not gazetteer().lookup(prev.group(1))


def _named_with_division(after: str) -> bool:
    """ "Talcher, in Angul district", "Traversara (Ravenna)": a name given with its division is a place."""
    m = _patterns().contained.match(after)
    if not m:
        return False
    outer = m.group("outer")
    if m.group("level") or _patterns().division_end.search(outer):
        return True
    return any(p.level in ("country", "admin1", "admin2") for p in gazetteer().lookup(outer))
