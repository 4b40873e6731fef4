"""What happened to the counted: the outcome verb near a figure ("killed", "injured", "arrested").

The cue words are language data (``lang/en/outcomes.yaml``). A cue counts when it is not denied ("who
were not hurt") and not a possibility ("might have been killed"); the nearest one in the figure's
clause wins, and words before the figure count double, since English puts the verb after the count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.claims.count.figures import Figure
from checker.claims.count.words import auxiliaries
from checker.normalise.categories import ancestors
from checker.normalise.patterns import alternation
from checker.normalise.text import words


@lru_cache(maxsize=1)
def _negated_before() -> re.Pattern[str]:
    """A denial right before an outcome word ("who were not hurt"), from ``lang/en/outcomes.yaml``."""
    words = "|".join(rf"\b{re.escape(w)}" if w[0].isalpha() else re.escape(w) for w in lang.load().outcomes.negations)
    return re.compile(rf"(?:{words})\s+$", re.I)


@lru_cache(maxsize=1)
def outcome_cues() -> list[tuple[str, str, re.Pattern[str]]]:
    """(outcome, cue in lower case, pattern) for every cue word of every outcome."""
    cues = []
    for name, outcome in lang.load().outcomes.outcomes.items():
        for cue in outcome.cues:
            cues.append((name, cue.lower(), re.compile(rf"\b{re.escape(cue)}\b", re.I)))
    return cues


@lru_cache(maxsize=4096)
def is_outcome_word(word: str) -> bool:
    """The word is (or holds) an outcome cue: it ends a noun phrase, "12 soldiers killed" counts soldiers."""
    low = word.lower()
    return any(cue in low and p.search(word) for _n, cue, p in outcome_cues())


@lru_cache(maxsize=1)
def verb_cue_before() -> re.Pattern[str]:
    """An outcome verb in -ing right before a bare figure: "killing 12", "injuring 22"."""
    endings = tuple(lang.load().counting.bare_verb_endings)
    cues = [c for _name, c, _p in outcome_cues() if c.endswith(endings) and " " not in c]
    return re.compile(rf"\b{alternation(cues)}\s+$", re.I)


@lru_cache(maxsize=1)
def _hypothetical() -> re.Pattern[str]:
    """Words that make a toll a possibility ("might have been"), from ``outcomes.yaml``."""
    return re.compile(rf"\b{alternation(lang.load().outcomes.hypothetical)}\b", re.I)


NEAR = 12  # how far (about six words) a cue may be from a figure of people and still be its outcome
NEAR_THING = 4  # how far after a figure of a thing we have no category for: its verb, one or two words on
RIGHT_BEFORE = 1  # the distance of a cue right before the figure ("kills three ski tourers")


@lru_cache(maxsize=1)
def _noun_cues() -> frozenset[str]:
    return frozenset(c.lower() for c in lang.load().outcomes.noun_cues)


def _distance(text: str, lo: int, hi: int, start: int, end: int) -> int:
    """A cue inside the figure's span is at distance 0; before it, two per word between plus one; after
    it, two per word that is not an auxiliary ("one person was still missing")."""
    if lo <= start < hi:
        return 0
    if end <= lo:
        return len(words(text[end:lo])) * 2 + 1
    aux = auxiliaries()
    return len([w for w in words(text[hi:start]) if w not in aux]) * 2


def _befalls_thing(cue: str, dist: int, after: bool) -> bool:
    """Whether a cue outside a thing's figure says the outcome befell it: a verb right before it ("kills
    three ski tourers") or just after it ("12 mineworkers have died", "14 villages have been evacuated"),
    not a noun that names an outcome ("nine games because of the injury") nor a deed the figure did
    ("two local toughs charged with killing")."""
    if cue in _noun_cues():
        return False
    if after:
        return dist <= NEAR_THING and not cue.endswith("ing")
    return dist <= RIGHT_BEFORE


def nearest_outcome(
    text: str, lo: int, hi: int, clause_lo: int, clause_hi: int, thing: bool = False, skip: frozenset[str] = frozenset()
) -> str | None:
    """The outcome whose cue in ``text[clause_lo:clause_hi]`` is nearest the figure at ``lo:hi``, if near enough
    (see ``_distance``; beyond ``NEAR`` a cue is another clause's). The figure of a ``thing`` (a noun we have no
    category for) takes an outcome only from a verb right beside it (``_befalls_thing``)."""
    best: tuple[int, str] | None = None
    clause = text[clause_lo:clause_hi].lower()
    for name, cue, pat in outcome_cues():
        if cue not in clause or name in skip:
            continue  # a substring test is far cheaper than the pattern, and most cues are absent
        for m in pat.finditer(text, clause_lo, clause_hi):
            if _negated_before().search(text, max(0, m.start() - 8), m.start()):
                continue  # "200 passengers who were not hurt": the cue is denied
            dist = _distance(text, lo, hi, m.start(), m.end())
            if thing and dist and not _befalls_thing(cue, dist, m.start() >= hi):
                continue
            if dist <= NEAR and (best is None or dist < best[0]):
                best = (dist, name)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _whole_of_none() -> re.Pattern[str]:
    """ "NONE OF THE 21 crew": the words before a figure that make it a whole none of which the outcome befell."""
    none_of_whole = alternation(lang.load().outcomes.none_of_whole, space=r"\s+")
    return re.compile(rf"\b(?:{none_of_whole})\s+$", re.I)


WHOLE_OUTCOMES = frozenset({"aboard"})  # what a whole is, not a part of it: "Seven of the 12 people on board survived"


def outcome_of(text: str, fig: Figure, clause_lo: int, clause_hi: int, beyond: int, part: bool = False) -> str | None:
    """The figure's outcome: looked for only for people and for things we have no category for.

    "923 rounds were seized": things are seized, people arrested. A noun can imply its outcome
    ("casualties", "fatalities"), and crew in a sum of parts make it a manifest: the people on board. A ``part``
    of a figure ("Seven of the 12 people on board survived") is not what its whole is: the 12 were on board,
    the seven survived."""
    outcome = None
    category = fig.category
    thing = not fig.unit and (category or "").startswith("raw:")
    if _whole_of_none().search(text, max(0, fig.span_start - 20), fig.span_start):
        pass  # "None of the 21 crew was hurt": the 21 are a whole, none of whom was hurt (the zero toll's claim)
    elif thing or category and "people" in ancestors(category):
        # an aside after the figure ("Nine fans - six from X and three from Y - were arrested") does not count
        # measured from the figure itself, so "killing nine workers and injuring 22" is nine killed
        first = min(fig.noun_start, fig.mention.start) if fig.noun else fig.mention.start
        if thing:
            first = min(first, fig.span_start)  # "kills at least 3 skiers": the verb is right before the figure
        skip = WHOLE_OUTCOMES if part else frozenset()
        outcome = nearest_outcome(text, first, beyond, clause_lo, max(clause_hi, beyond), thing, skip)
        if outcome == "arrested" and not (category and "people" in ancestors(category)):
            outcome = None
        if outcome and _hypothetical().search(text, clause_lo, max(clause_hi, beyond)):
            outcome = None  # "there might have been two people killed": a possibility, not a toll
    implied = lang.load().counted.implied_outcomes.get(fig.head)
    if implied and (outcome is None or implied == "killed" and outcome == "casualties"):
        outcome = implied
    crew = set(lang.load().outcomes.manifest_nouns)
    if outcome is None and fig.parts and any(crew & set(p.noun.split()[-1:]) for p in fig.parts[1:]):
        outcome = "aboard"  # "with 182 passengers and seven crew": a manifest, the people on board
    return outcome
