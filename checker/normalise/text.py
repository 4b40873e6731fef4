"""Character folding that keeps offsets: one character in, one character out.

Curly quotes, non-breaking and thin spaces and dashes are folded for matching; the article text
itself is never rewritten, so a span found in the folded text is the same span in the original.
"""

from __future__ import annotations

import re
import unicodedata

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


def strip_accents(text: str) -> str:
    if text.isascii():
        return text  # nothing to strip, and most news text is ASCII once folded
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    """Lowercase words of ``text`` with accents stripped: the unit of fuzzy comparison."""
    return _WORD.findall(strip_accents(fold(text)).lower())


def key(text: str) -> str:
    """A comparison key: lowercase words joined by single spaces."""
    return " ".join(words(text))
