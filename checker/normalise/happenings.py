"""Kinds of one-off happening ("collapse", "takeoff") named by an event's words: read by the date and time
rules, which compare two dates or times only for the same happening, and by the time claims, which ask the
parse for the happening only when their words name none."""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.normalise.patterns import alternation


@lru_cache(maxsize=1)
def happenings() -> list[tuple[str, re.Pattern[str], frozenset[str]]]:
    return [
        (name, re.compile(rf"\b{alternation(words)}\b"), frozenset(w for p in words for w in p.split()))
        for name, words in lang.load().events.happenings.items()
    ]


@lru_cache(maxsize=8192)
def happening_kinds(event: str) -> frozenset[str]:
    """The kinds of one-off happening an event's words name ("collapse", "takeoff"). Kept per event: the date
    and time rules ask it of the same events again and again."""
    return frozenset(name for name, pattern, _own in happenings() if pattern.search(event))
