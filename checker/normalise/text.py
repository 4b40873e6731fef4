"""Character folding that keeps offsets: one character in, one character out.

Curly quotes, non-breaking and thin spaces and dashes are folded for matching; the article text
itself is never rewritten, so a span found in the folded text is the same span in the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from checker import lang

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2010": "-",
        "\u2011": "-",
    }
)


def fold(text: str) -> str:
    """Same length as ``text``; quotes, spaces and dashes folded to ASCII."""
    return text.translate(_FOLD)


# Latin letters that carry no separable accent, so decomposition leaves them whole: written without them as
# outlets that drop diacritics write them ("Søndergaard" / "Sondergaard", "Łódź" / "Lodz").
_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
     "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss", "ı": "i"}
)


def strip_accents(text: str) -> str:
    if text.isascii():
        return text  # nothing to strip, and most news text is ASCII once folded
    plain = unicodedata.normalize("NFKD", text).translate(_UNDECOMPOSED)
    return "".join(c for c in plain if not unicodedata.combining(c))


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    """Lowercase words of ``text`` with accents stripped: the unit of fuzzy comparison."""
    return _WORD.findall(strip_accents(fold(text)).lower())


def key(text: str) -> str:
    """A comparison key: lowercase words joined by single spaces."""
    return " ".join(words(text))


def without_plural_ending(word: str) -> str:
    """``word`` with a plural ending (counting.yaml ``plural_endings``) left off: "votes" -> "vote"."""
    for ending in lang.load().counting.plural_endings:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


class Possessive(NamedTuple):
    """How a possessive word ends, in folded text (its apostrophes straight)."""

    singular: tuple[str, ...]  # "Reid'S"
    bare: tuple[str, ...]  # the apostrophe alone: "the soldiers'"
    plural: tuple[str, ...]  # a plural's ending with it: "the soldierS'"


@lru_cache(maxsize=1)
def possessive() -> Possessive:
    """The endings of lang/en/speech.yaml's ``possessive_endings``: those with letters are a singular's, an
    apostrophe alone follows a plural's ending (counting.yaml's ``plural_endings``)."""
    data = lang.load()
    endings = data.speech.possessive_endings
    bare = tuple(e for e in endings if not any(c.isalpha() for c in e))
    singular = tuple(e for e in endings if e not in bare)
    return Possessive(singular, bare, tuple(p + e for e in bare for p in data.counting.plural_endings))


def space_possessives(text: str) -> str:
    """``text`` with each singular's possessive ending made a space: "bosch's chief" -> "bosch  chief"."""
    for ending in possessive().singular:
        text = text.replace(ending, " ")
    return text


def drop_possessive(word: str, *, plural: bool = False) -> str:
    """``word`` without a singular's possessive ending ("group's" -> "group"); with ``plural``, without a plural's
    ending and apostrophe too ("governors'" -> "governor")."""
    ends = possessive()
    for ending in (*ends.singular, *(ends.plural if plural else ())):
        word = word.removesuffix(ending)
    return word
