"""Streets an article names, and the block an address gives: "Philip Street", "Phillips Road", "the 12000 block
of East 223rd Street" (FC305 compares them).

A street is a capitalised name of up to three words, or a numbered name ("223rd"), followed by a street word
written with a capital ("Street", "Rd."). Its key is the name as compared: lower case, without the direction
before it ("East 223rd" is "223rd") and with an ordinal word as its number ("Fifth Avenue" is "5th Avenue"). A
street word followed by another capitalised word is part of a longer name ("Wall Street Journal"), and "St."
before a capitalised word is a saint's ("Mount St. Helens"). The words are language data (``lang/en/places.yaml``
streets, ``lang/en/ordinals.yaml`` words).
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.analysis.document import Document
from checker.models import StreetClaim
from checker.normalise.patterns import alternation
from checker.normalise.text import drop_possessive

NAME_WORD = r"(?:[A-Z][a-z'-]+|\d+(?:st|nd|rd|th))"


@lru_cache(maxsize=1)
def _street() -> re.Pattern[str]:
    data = lang.load().places.streets
    words = alternation((w for ws in data.types.values() for w in ws), fold_case=False)
    directions = alternation(data.directions, fold_case=False)
    block = alternation(data.block, space=r"\s+")
    return re.compile(
        rf"(?:\b(?P<block>\d[\d,]*)\s+{block}\s+)?"
        rf"(?:\b(?P<direction>{directions})\.?\s+)?"
        rf"(?P<name>\b{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})\s+(?P<type>{words})\b"
        # a quarter after the type ("31st Avenue North") is part of the street's name
        rf"(?:[ \t]+(?:{directions})\b)?"
        # "Wall Street Journal", "St. Helens": part of another name; a sentence may follow ("on Philip Street. Police")
        r"(?![ \t]+[A-Z][a-z])(?!(?<=St)\.[ \t]*[A-Z][a-z])"
    )


@lru_cache(maxsize=1)
def _type_of() -> dict[str, str]:
    return {w: kind for kind, ws in lang.load().places.streets.types.items() for w in ws}


def street_key(name: str) -> str:
    """ "Fifth" -> "5th", "Philip" -> "philip": the name as compared."""
    ordinals = lang.load().ordinals.words
    out = []
    for written in name.lower().split():
        word = drop_possessive(written)  # "Wellington's High Street" is Wellington High Street
        number = ordinals.get(word)
        out.append(f"{number}{_ordinal_ending(number)}" if number else word)
    return " ".join(out)


def _ordinal_ending(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def read_streets(doc: Document) -> list[StreetClaim]:
    """Every street the article names, in order, with its block when it gives one."""
    out = []
    directions = set(lang.load().places.streets.directions)
    for m in _street().finditer(doc.folded):
        sent = doc.sentence_at(m.start())
        if sent is None or m.end() > sent.end:
            continue
        words = m.group("name").split()
        while words and words[0].rstrip(".") in directions:
            words = words[1:]  # "North East 52nd Street"
        if not words:
            continue
        block = m.group("block")
        out.append(
            StreetClaim(
                **doc.located(m.start(), m.end(), sent),
                name=doc.text[m.start() : m.end()],
                key=street_key(" ".join(words)),
                street_type=_type_of()[m.group("type")],
                block=int(block.replace(",", "")) if block else None,
            )
        )
    return out


def check_examples() -> None:
    """The examples of ``lang/en/places.yaml`` streets, checked once when the words are first read."""
    from checker.analysis.document import analyse
    from checker.models import Article

    wrong = []
    for ex in lang.load().places.streets.examples:
        found = read_streets(analyse(Article(id="x", path="x", text=ex.text)))
        got = (found[0].key, found[0].street_type, found[0].block or 0) if found else ("", "", 0)
        if got != (ex.key, ex.type, ex.block):
            wrong.append(ex.text)
    if wrong:
        raise ValueError(f"lang/en/places.yaml streets: examples read the wrong way: {wrong}")


def extract(a: ArticleAnalysis) -> list[StreetClaim]:
    """The streets of the story ("Philip Street", "the 12000 block of East 223rd Street")."""
    return read_streets(a.doc)
