"""Surnames an article misspells once or twice: a lone capitalised word one letter off the surname of someone it
names in full ("it seems that Olsen has" beside "Karen B. Olson"). The person finder keeps such a word as that
person, so that FC601 can report the slip. Not a part of the finder's own reading of names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from rapidfuzz.distance import Levenshtein

from checker.analysis.document import Document


class Named(Protocol):
    """A mention of a person, by its key ("karen b olson")."""

    @property
    def key(self) -> str: ...


SLIP_MIN_LETTERS = 4  # "Feld" for "Felt"; shorter names are other names a letter off too often ("Lee", "Leo")
SLIP_MAX_USES = 2  # a slip is written once or twice; a word written throughout is a name of its own


def slipped_surnames(
    doc: Document, people: Sequence[Named], lone: Sequence[Named], surnames: set[str]
) -> set[str]:
    """Lone words one letter off a surname the article names in full, written once or twice and never in
    lower case ("it seems that Olsen has" beside "Karen B. Olson"; "Feld had been passed over" beside
    "W. Mark Felt"), while the surname is written more than twice as often: the surname misspelled, a
    person all the same, whom FC601 compares. Not a letter added or dropped at the end ("Smith" /
    "Smiths"), nor another first letter."""
    uses: dict[str, int] = {}
    for p in [*people, *lone]:
        last = p.key.split()[-1]
        uses[last] = uses.get(last, 0) + 1
    out = set()
    for key in {p.key for p in lone} - surnames:
        if " " in key or len(key) < SLIP_MIN_LETTERS or uses[key] > SLIP_MAX_USES:
            continue  # "Mat-Su": a word of two, no surname's slip
        if re.search(rf"\b{re.escape(key)}\b", doc.folded):
            continue  # written in lower case too: a word, capitalised where a sentence opens
        n = uses[key]
        for s in surnames:
            # the surname is written more than twice as often: "Bob Woodard" once beside "Woodward" once is
            # no slip of Woodard's, whichever of the two is wrong
            if s[:1] == key[:1] and uses[s] > 2 * n and Levenshtein.distance(s, key) == 1:
                if len(s) == len(key) or s[:-1] != key and key[:-1] != s:
                    out.add(key)
    return out
