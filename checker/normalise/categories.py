"""What is counted, as a category in a small hierarchy (soldier < security forces < people)."""

from __future__ import annotations

from functools import lru_cache

from checker import lang


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, str | None]]:
    cats = lang.load().counted.categories
    nouns: dict[str, str] = {}
    for name, cat in cats.items():
        for noun in cat.nouns:
            nouns.setdefault(noun.lower(), name)
    return nouns, {name: cat.parent for name, cat in cats.items()}


def category_of(noun_phrase: str) -> str | None:
    """The category of a noun phrase, from its longest known ending ("security force members")."""
    nouns, _parents = _index()
    words = noun_phrase.lower().replace("-", " ").split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        if tail in nouns:
            return nouns[tail]
    return None


def ancestors(category: str) -> list[str]:
    _nouns, parents = _index()
    chain = [category]
    while parents.get(chain[-1]):
        chain.append(parents[chain[-1]])  # type: ignore[arg-type]
    return chain


def common_category(*categories: str) -> str:
    """The most specific category that contains all of ``categories``."""
    chains = [ancestors(c) for c in categories if c]
    if not chains:
        return ""
    for cand in chains[0]:
        if all(cand in ch for ch in chains):
            return cand
    return chains[0][-1]


def within(inner: str, outer: str) -> bool:
    return outer in ancestors(inner)


@lru_cache(maxsize=1)
def _outcome_parents() -> dict[str, str | None]:
    return {name: o.parent for name, o in lang.load().outcomes.outcomes.items()}


def outcome_within(inner: str | None, outer: str | None) -> bool:
    if inner is None or outer is None:
        return inner == outer
    parents = _outcome_parents()
    cur: str | None = inner
    while cur is not None:
        if cur == outer:
            return True
        cur = parents.get(cur)
    return False
