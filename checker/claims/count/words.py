"""The English words the count extractor reads, built once from the language data.

``lang/en/counting.yaml`` holds the words read around a figure (the stops of a noun phrase, increments,
fractions, change verbs); ``counted.yaml`` the counted nouns and units; ``calendar.yaml`` the months.
Each is turned into the set or pattern piece the ``count_*`` modules need, once per process.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from checker import lang


def word_alternation(words: Iterable[str]) -> str:
    """The words as ``a|b|c``, in the data's order: the data holds plain words only (its schema says so),
    so no escaping is needed and the pattern reads as one written by hand."""
    return "|".join(words)


def counting() -> lang.CountingData:
    """The words of ``counting.yaml``, validated."""
    return lang.load().counting


@lru_cache(maxsize=1)
def noun_phrase_stops() -> frozenset[str]:
    """Words that end the noun phrase after a figure."""
    return frozenset(counting().noun_phrase_stops)


@lru_cache(maxsize=1)
def context_stopwords() -> frozenset[str]:
    """Words left out of a count's context, and never taken for a noun named before its figure."""
    return noun_phrase_stops() | frozenset(counting().context_stopwords)


@lru_cache(maxsize=1)
def auxiliaries() -> frozenset[str]:
    """Words that do not separate a figure from the outcome verb after it."""
    return frozenset(counting().auxiliaries)


@lru_cache(maxsize=1)
def month_names() -> tuple[str, ...]:
    """Month names, then their abbreviations, lower case: "in September 2023" dates a sentence."""
    months = lang.load().calendar.months
    return (*months, *(short for shorts in months.values() for short in shorts))


@lru_cache(maxsize=1)
def units() -> dict[str, str]:
    """Unit word (lower case) -> unit name: "mm" -> millimetre; a word listed twice goes to the later unit."""
    out = {}
    for name, unit in lang.load().counted.units.items():
        for w in unit.words:
            out[w.lower()] = name
    return out


@lru_cache(maxsize=1)
def category_words() -> frozenset[str]:
    """Every counted noun of every category, lower case."""
    return frozenset(n.lower() for c in lang.load().counted.categories.values() for n in c.nouns)
