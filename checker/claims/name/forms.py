"""Names of several words that a few outlets write with another form of one word: "TallGrass Distributors"
where most write "TallGrass Distribution".

A cluster step beside ``spellings``: every run of two to four capitalised words outside headline case is
counted by the articles that write it. Two runs that are the same but for one word, whose two forms share
their first letters (``SHARED_PREFIX``) and differ in more than a letter's ending or a capital, or that are
one word misspelled (two edits at most, the first letter kept: "Ocean Verity" / "Ocean Variety"), are one name
written two ways when more articles write one of them, three of which do not write the
other. Both become name claims keyed by the common form, for FC602 to compare.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import OSA

from checker.analysis.mentions import capitalised_runs
from checker.claims.name.spellings import HasClaims, title_case, title_case_lines
from checker.models import NameClaim
from checker.normalise.names import MIN_COMMON_ARTICLES
from checker.normalise.spelling import canonical

SHARED_PREFIX = 6  # "Distribut-ion" / "Distribut-ors": the same word, another form
MAX_EDITS = 2  # "Verity" / "Variety": a misspelling, beside the same other words of the name
WORD = re.compile(r"[A-Z][A-Za-z]+\.?")  # "Ltd." inside a run


def _runs(results: Sequence[HasClaims]) -> dict[str, dict[str, tuple[int, int, str]]]:
    """Each name of two to four capitalised words, lower-cased, with each article's first use (span, as written)."""
    runs: dict[str, dict[str, tuple[int, int, str]]] = {}
    for r in results:
        doc = r.doc
        names = [(p.start, p.end) for p in r.people]
        lines = title_case_lines(doc)
        for start, end in capitalised_runs(doc):
            if any(lo <= start < hi for lo, hi in names):
                continue  # a person's name: FC601 compares those
            text = doc.folded[start:end].rstrip(".,")  # "TallGrass Distribution Ltd."
            end = start + len(text)
            words = text.split()
            if not 2 <= len(words) <= 4 or not all(WORD.fullmatch(w) for w in words) or title_case(doc, start, lines):
                continue
            runs.setdefault(text.lower(), {}).setdefault(doc.article.id, (start, end, doc.text[start:end]))
    return runs


def _other_form(a: str, b: str) -> bool:
    """Two forms of one word: the same first letters, and more than an added letter at the end between them,
    or a British and an American spelling ("Recognised" / "Recognized"); or a word of six letters or more
    misspelled, two edits at most and the first letter kept ("Ocean Verity" / "Ocean Variety")."""
    if a == b or canonical(a) == canonical(b):
        return False
    if a[:SHARED_PREFIX] != b[:SHARED_PREFIX]:
        return a[0] == b[0] and min(len(a), len(b)) >= SHARED_PREFIX and OSA.distance(a, b) <= MAX_EDITS
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    return not (longer.startswith(shorter) and len(longer) - len(shorter) <= 1)  # "Food" / "Foods": a plural


def _pairs(runs: dict[str, dict[str, tuple[int, int, str]]]) -> list[tuple[str, str]]:
    """(rare, common) names that differ in one word's form, indexed by the other words and the shared prefix."""
    index: dict[tuple[tuple[str, ...], int, str], list[str]] = {}
    for name in runs:
        words = name.split()
        for i, w in enumerate(words):
            if len(w) >= SHARED_PREFIX:
                index.setdefault((tuple(words[:i] + words[i + 1 :]), i, w[0]), []).append(name)
    out = set()
    for (_rest, i, _prefix), names in index.items():
        for rare in names:
            for common in names:
                ra, ca = set(runs[rare]), set(runs[common])
                if not _other_form(rare.split()[i], common.split()[i]):
                    continue
                if len(ca) > len(ra) and len(ca - ra) >= MIN_COMMON_ARTICLES:
                    out.add((rare, common))
    return sorted(out)


def assign_name_forms(results: Sequence[HasClaims]) -> None:
    """Add a name claim for each article's first use of a rare form of a name and of its common form."""
    docs = {r.doc.article.id: r for r in results}
    runs = _runs(results)
    for rare, common in _pairs(runs):
        for name in (rare, common):
            for article, (start, end, written) in sorted(runs[name].items()):
                r = docs[article]
                sent = r.doc.sentence_at(start)
                if sent is not None:
                    r.claims.append(
                        NameClaim(**r.doc.located(start, end, sent), name=written, entity="word", key=common)
                    )
    for r in results:
        r.claims.sort(key=lambda c: (c.start, c.end, c.__class__.__name__))
