"""Stems of event words, so that "conviction", "convictions" and "convicted" are one word when claims are
keyed by what they date or count since. The endings and the kin words ("film", "movie") are language data
(``lang/en/events.yaml``)."""

from __future__ import annotations

from functools import lru_cache

from checker import lang

MIN_STEM = 4  # letters a stem keeps: "sing" is not cut to "s"


@lru_cache(maxsize=1)
def _kin() -> dict[str, str]:
    return {word: group[0] for group in lang.load().events.same_thing for word in group}


def stem(word: str) -> str:
    """The word's stem, so "conviction", "convictions" and "convicted" are one; kin words as language data."""
    word = word.lower()
    kin = _kin()
    if word in kin:
        return kin[word]
    for suffix in lang.load().events.stem_suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return kin.get(word[: -len(suffix)], word[: -len(suffix)])
    return word
