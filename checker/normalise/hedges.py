"""Hedged numbers to intervals: the hedge right before or after a number ("at least 10", "nearly 100", "20 or
more", from ``lang/en/numbers.yaml``), and the ``Interval`` a ``NumberMention`` with its hedge stands for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.models import Interval
from checker.normalise.numbers import NumberMention


@lru_cache(maxsize=1)
def _hedges() -> list[tuple[str, str, str, re.Pattern[str]]]:
    """(hedge name, prefix or suffix, the hedge's words in lower case, pattern), longest first."""
    data = lang.load().numbers
    pats = []
    for name, hedge in data.hedges.items():
        for word in hedge.prefix:
            pats.append((name, "prefix", word.lower(), re.compile(rf"(?<!\w){re.escape(word)}\s+$", re.I)))
        for word in hedge.suffix:
            pats.append((name, "suffix", word.lower(), re.compile(rf"^\s+{re.escape(word)}\b", re.I)))
    # longest phrases first so "well over" wins over "over"
    return sorted(pats, key=lambda p: -len(p[3].pattern))


@lru_cache(maxsize=1)
def _hedge_index() -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Hedges by the word that touches the number: the last word of a prefix, the first of a suffix."""
    by_last: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    for i, (_name, where, word, _pat) in enumerate(_hedges()):
        if where == "prefix":
            by_last.setdefault(word.split()[-1], []).append(i)
        else:
            by_first.setdefault(word.split()[0], []).append(i)
    return by_last, by_first


def hedge_around(before: str, after: str) -> tuple[str | None, int, int]:
    """The hedge right before or after a number: (name, chars taken before, chars taken after)."""
    tail = before[-40:]
    # a hedge can only match where the words touch the number: only hedges ending (or starting) with
    # the word next to it are tried, in their longest-first order
    last = tail.rstrip().lower().rsplit(None, 1)
    first = after[:60].lstrip().lower().split(None, 1)
    last_word = last[-1].lstrip("([{\"'\u201c\u2018") if last else ""  # "(roughly €2.5 million)"
    first_word = first[0].rstrip(",;:.)]}") if first else ""
    by_last, by_first = _hedge_index()
    hedges = _hedges()
    tried = by_last.get(last_word, []) + by_first.get(first_word, [])
    for i in sorted(tried):
        name, where, _word, pat = hedges[i]
        if where == "prefix":
            if m := pat.search(tail):
                return name, len(tail) - m.start(), 0
        elif m := pat.match(after):
            return name, 0, m.end()
    return None, 0, 0


# "nearly N" is just under N: within a fifth of it ("almost three hours" is more than two; "nearly 100
# people" more than 70), and N itself agrees ("nearly $80 million" and "$80 million" are one deal)
NEARLY_SPAN = 0.2


def to_interval(mention: NumberMention, hedge: str | None) -> Interval:
    if mention.vague is not None:
        lo, hi = mention.vague
        if hedge is None or lo is None or lo != hi:
            return Interval(low=lo, high=hi)
        v = lo  # "more than a dozen", "nearly a dozen": a dozen is twelve, and the hedge applies to it
    else:
        v = mention.value if mention.value is not None else 0.0
    if hedge == "at_least":
        return Interval(low=v)
    if hedge == "more_than":
        return Interval(low=v, low_open=True)
    if hedge == "at_most":
        return Interval(high=v)
    if hedge == "fewer_than":
        return Interval(high=v, high_open=True)
    if hedge == "nearly":
        return Interval(low=round(v * (1 - NEARLY_SPAN), 9), high=v)
    if hedge == "about":
        return Interval(low=v, high=v, approx=True)
    if mention.rounding:
        # half-open: "$2.5 million" and "$2.6 million" touch at 2.55 million, yet they are two values
        return Interval(low=v - mention.rounding, high=v + mention.rounding, high_open=True)
    return Interval(low=v, high=v)
