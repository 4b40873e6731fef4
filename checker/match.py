"""Blocking and fuzzy alignment of claims across articles.

Claims are compared only inside blocks (same kind and key), so the cost grows with the number of
likely matches, not with all pairs; inside a block, rapidfuzz's ``cdist`` with a ``score_cutoff``
scores every pair in one vectorised call.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, TypeVar

import numpy as np

from checker.models import ClaimBase

T = TypeVar("T", bound=ClaimBase)


def claims_table(claims: Iterable[ClaimBase]) -> Any:
    """The claims as a pandas table, one row each: what ``checker claims`` prints and rules may read."""
    import pandas as pd

    rows = []
    for c in claims:
        data = c.model_dump(mode="json")
        row = {k: data.pop(k) for k in ("article", "kind", "start", "end", "text", "speaker")}
        row["speaker"] = row["speaker"] or ""  # a claim no one is quoted for: blank, not "nan"
        row["value"] = _value_text(c)
        row["detail"] = {
            k: v for k, v in data.items() if k not in ("sent_start", "sent_end") and v not in (None, "", [], ())
        }
        rows.append(row)
    return pd.DataFrame(rows, columns=["article", "kind", "start", "end", "text", "speaker", "value", "detail"])


def _value_text(c: ClaimBase) -> str:
    value = getattr(c, "value", None)
    if value is not None and hasattr(value, "describe"):
        return str(value.describe())
    for attr in ("words", "key", "name", "agent_key"):
        if getattr(c, attr, None):
            return str(getattr(c, attr))
    return ""


def blocks(claims: Iterable[T], key: Callable[[T], Hashable | None]) -> dict[Hashable, list[T]]:
    """Group claims by a blocking key; claims whose key is None are left out."""
    out: dict[Hashable, list[T]] = defaultdict(list)
    for c in claims:
        k = key(c)
        if k is not None:
            out[k].append(c)
    return out


def cross_pairs(items: list[T]) -> Iterable[tuple[T, T]]:
    """Every pair of claims from different articles inside one block."""
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if a.article != b.article:
                yield a, b


def similar_pairs(
    texts: list[str], scorer: Any, cutoff: float, per_item: int | None = None
) -> list[tuple[int, int, float]]:
    """Index pairs (i < j) whose similarity is at least ``cutoff``, from one ``cdist`` call.

    With ``per_item``, each text keeps only its ``per_item`` most similar partners (a pair stays when
    either end keeps it): thousands of near-identical texts would otherwise give a number of pairs that
    grows with the square of their count, each of them then examined in Python. A symmetric scorer is
    assumed, as ``fuzz.ratio`` is.
    """
    from rapidfuzz import process

    if len(texts) < 2:
        return []
    scores = process.cdist(texts, texts, scorer=scorer, score_cutoff=cutoff, workers=1)
    upper = np.triu(scores, k=1)
    if per_item is not None and len(texts) > per_item + 1:
        full = np.maximum(upper, upper.T)
        best = np.argsort(-full, axis=1, kind="stable")[:, :per_item]
        keep = np.zeros(full.shape, dtype=bool)
        keep[np.arange(len(texts))[:, None], best] = True
        upper = np.where(keep | keep.T, upper, 0)
    ii, jj = np.nonzero(upper)
    return [(int(i), int(j), float(scores[i, j])) for i, j in zip(ii, jj, strict=True)]


# Above this many distinct figures (or wordings) in one block, each is compared with the most-cited
# ones only, not with every other: 2,000 articles that all disagree made all pairs quadratic (FC101
# took 66 s against 16 s for 1,000). Below it (every real cluster) every pair is compared, as before.
MAX_ALL_PAIRS = 64


def pairs_to_compare(weights: list[int], cap: int = MAX_ALL_PAIRS) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of representatives to compare: all of them for up to ``cap`` representatives;
    for more, each against the ``cap`` heaviest (most-cited; ``weights[k]`` is how many claims ``k``
    stands for), which still joins every figure that contradicts a common one into the one finding for
    the disputed fact. Linear in the number of representatives."""
    n = len(weights)
    if n <= cap:
        for i in range(n):
            for j in range(i + 1, n):
                yield i, j
        return
    anchors = sorted(range(n), key=lambda k: (-weights[k], k))[:cap]
    anchor_set = set(anchors)
    for k in anchors:
        for other in range(n):
            if other != k and not (other in anchor_set and other < k):
                yield min(k, other), max(k, other)


class Components:
    """Union-find: conflicting pairs joined into one finding per connected group."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for x in self.parent:
            out[self.find(x)].append(x)
        return [sorted(g) for g in out.values()]


def distinct(items: list[T], signature: Callable[[T], Hashable]) -> tuple[list[T], dict[int, list[T]]]:
    """Collapse claims that say the same thing the same way into one representative each.

    A running story in 1,000 versions repeats most of its claims; comparing representatives keeps
    the pairwise work proportional to what the sources actually disagree about. Returns the
    representatives and, by representative index, every claim it stands for.
    """
    reps: list[T] = []
    members: dict[int, list[T]] = {}
    index: dict[Hashable, int] = {}
    for item in items:
        sig = signature(item)
        at = index.get(sig)
        if at is None:
            index[sig] = at = len(reps)
            reps.append(item)
            members[at] = []
        members[at].append(item)
    return reps, members


def expand(comps: Components, members: dict[int, list[T]]) -> list[list[T]]:
    """The claims behind each connected group of representatives, from two articles or more."""
    out = []
    for group in comps.groups():
        claims = sorted((m for k in group for m in members[k]), key=lambda c: (c.article, c.start))
        if len({c.article for c in claims}) >= 2:
            out.append(claims)
    return out
