"""Spans of time counted back: "married two weeks ago", "married three weeks before the shooting".

Such a span dates a happening: the one its clause names before it ("was wed about three weeks ago"). Two
outlets' spans meet when they count back from the same anchor (the report for "ago", another happening
for "before") and date the same kind of happening (events.yaml ``same_thing`` makes "married" and "wed"
one), however differently the rest of their sentences read; any other span of time is compared as before.
The anchors are language data (``counting.yaml`` ``since_anchors``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.models import ClaimBase, CountClaim
from checker.normalise.numbers import TIME_BASES
from checker.normalise.patterns import phrases
from checker.normalise.stems import stem

UNKNOWN = "?"  # the happening of a span counted back that no kin word names
CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014(]|\s-\s")  # a span's clause starts after the last of these


@lru_cache(maxsize=1)
def _anchor_after() -> re.Pattern[str]:
    return re.compile(rf"\s+({phrases(list(lang.load().counting.since_anchors))})\b", re.I)


@lru_cache(maxsize=1)
def _kin_phrases() -> tuple[frozenset[str], int]:
    """Every word and phrase of events.yaml's kin groups, and the longest phrase's length in words."""
    words = frozenset(w for group in lang.load().events.same_thing for w in group)
    return words, max(len(w.split()) for w in words)


def happening_before(clause: str) -> str | None:
    """The kin group of the last happening word of the clause ("who was wed about" -> "marry")."""
    kin, longest = _kin_phrases()
    words = re.findall(r"[a-z]+", clause.lower())
    for end in range(len(words), 0, -1):
        for size in range(min(longest, end), 0, -1):
            phrase = " ".join(words[end - size : end])
            if phrase in kin:
                return stem(phrase)
    return None


def with_since(a: ArticleAnalysis, claims: list[ClaimBase]) -> list[ClaimBase]:
    """Key each span of time counted back by its anchor and the happening it dates: "report:marry"."""
    doc = a.doc
    units = lang.load().counted.units
    anchors = lang.load().counting.since_anchors
    out: list[ClaimBase] = []
    for c in claims:
        if isinstance(c, CountClaim) and c.unit in units and units[c.unit].base in TIME_BASES:
            anchor = _anchor_after().match(doc.folded, c.end)
            clause = CLAUSE_BREAK.split(doc.folded[c.sent_start : c.start])[-1]
            if anchor:
                # a span counted back whose happening no kin word names ("until about two weeks ago") is a
                # moment, not an amount of time: keyed apart ("?"), it meets no other figure
                happening = happening_before(clause) or UNKNOWN
                c = c.model_copy(update={"since": f"{anchors[anchor.group(1).lower()]}:{happening}"})
        out.append(c)
    return out
