"""Clauses of a sentence that describe a person it names, from the checker's own parse: what such a clause
says (a place among it) is not what the sentence reports; and whose a verb is, its subject."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from checker.analysis.parse import parsed_sentences, parser

# clauses that describe a participant ("Gigante, famed for wandering the streets of New York, died ...")
DESCRIBING_RELATIONS = frozenset({"acl", "acl:relcl", "advcl"})
NAME_PARTS = frozenset({"flat", "compound"})


def describes_a_person(token: Any, people: list[tuple[int, int]]) -> bool:
    """The token hangs in a clause describing a person the sentence names (``people``: their character spans
    in it): "Gigante, FAMED for wandering the streets of New York, died in prison", "Smith, WHO LIVES in Boston,
    was killed". What that clause says (a place among it) is not what the sentence reports; a clause of the
    event itself ("flight SR317, which crashed in the hills of Pasangkayu") still tells of it."""
    seen = 0
    while token.head is not token and seen < 12:
        head = token.head
        # the person's name may be parsed as a head and its flat parts ("Vincent 'Chin' Gigante")
        name = [head, *(c for c in head.children if c.dep_ in NAME_PARTS)]
        if token.dep_ in DESCRIBING_RELATIONS and any(lo <= w.idx < hi for w in name for lo, hi in people):
            return True
        token, seen = head, seen + 1
    return False


def in_describing_clauses(sentences: Iterable[tuple[str, list[int], list[tuple[int, int]]]]) -> list[dict[int, bool]]:
    """For each sentence (its text, the offsets of places in it and the spans of the people it names), whether
    each place hangs in a clause describing one of those people (see ``describes_a_person``); without a parser,
    none does."""
    batch = list(sentences)
    nlp = parser() if batch else None
    if nlp is None:
        return [dict.fromkeys(offsets, False) for _text, offsets, _people in batch]
    out: list[dict[int, bool]] = []
    for doc, (_text, offsets, people) in zip(parsed_sentences(nlp, [b[0] for b in batch]), batch, strict=True):
        found: dict[int, bool] = {}
        for at in offsets:
            span = doc.char_span(at, at + 1, alignment_mode="expand")
            found[at] = bool(span is not None and len(span) and describes_a_person(span[0], people))
        out.append(found)
    return out


SUBJECT_RELATIONS = frozenset({"nsubj", "nsubj:pass"})
SUBJECT_STEPS = 8  # heads walked up from a word to the verb whose subject is sought


# a clause that is its own: its subject is not the subject of the verb it hangs off ("Mark Felt died, his
# grandson SAID": the grandson did not die)
OWN_CLAUSES = frozenset({"ccomp", "parataxis", "advcl", "acl", "acl:relcl", "csubj", "appos", "root"})


def subjects_of(token: Any) -> list[Any]:
    """The subjects of the verb the token is, or hangs off, within its own clause (a verb joined to another by
    "and" shares its subject): "Terry Ashdown, whose anthem Wearside Girl was a hit, passed away at his HOME in
    Santa Barbara" -> Ashdown (not the song the relative clause names)."""
    for _ in range(SUBJECT_STEPS):
        subjects = [c for c in token.children if c.dep_ in SUBJECT_RELATIONS]
        if subjects:
            return subjects
        if token.head is token or token.dep_.lower() in OWN_CLAUSES:
            return []
        token = token.head
    return []


def subjects_at(sentences: Iterable[tuple[str, list[int]]]) -> list[dict[int, list[int]]]:
    """For each sentence (its text and the offsets of words in it), the offsets of the subjects of the verb each
    word is or hangs off (see ``subjects_of``); without a parser, none."""
    batch = list(sentences)
    nlp = parser() if batch else None
    if nlp is None:
        return [{at: [] for at in offsets} for _text, offsets in batch]
    out: list[dict[int, list[int]]] = []
    for doc, (_text, offsets) in zip(parsed_sentences(nlp, [b[0] for b in batch]), batch, strict=True):
        found: dict[int, list[int]] = {}
        for at in offsets:
            span = doc.char_span(at, at + 1, alignment_mode="expand")
            found[at] = [t.idx for t in subjects_of(span[0])] if span is not None and len(span) else []
        out.append(found)
    return out


# how a time's own words hang together ("9:47 p.m. local time", "0047 GMT on Sunday") before they reach the clause
TIME_PARTS = frozenset({"nmod:unmarked", "appos", "flat", "compound", "nummod", "case", "advmod"})
# how a time hangs off the happening it times: "took off ... AT 9:47", "an explosion AT about 2:40"
TIME_RELATIONS = frozenset({"obl", "obl:tmod", "obl:unmarked", "nmod:tmod", "nmod", "parataxis"})
# the words that make a verb's happening: its doer, a particle ("took OFF"), what it was done to
CLAUSE_PARTS = frozenset({"nsubj", "nsubj:pass", "compound:prt", "obj"})
NAME_WORDS = frozenset({"compound", "flat", "amod"})  # "the Airbus A321neo", "a large explosion"
PLACE_RELATIONS = frozenset({"obl", "nmod"})  # "from the launch pad", "of the Satish Dhawan Space Centre"


def moment_of(time: Any) -> list[Any]:
    """The words of the happening a time of day times, in sentence order: the verb or noun the time hangs off
    (through its own words, "9:47 p.m. local time"), with the verb's doer, particle and object ("The Airbus
    A321neo took off ... at 9:47 p.m." -> Airbus A321neo took off; "A large explosion at about 2:40 a.m." ->
    large explosion). Empty when the parse ties the time to nothing."""
    token = time
    for _ in range(4):
        if token.dep_ not in TIME_PARTS or token.head is token:
            break
        token = token.head
    if token.dep_ not in TIME_RELATIONS or token.head is token:
        return []
    anchor = token.head
    # a time hung on a place's noun ("lifted off from the second launch PAD ... at 5:42 p.m."), itself the verb's
    # oblique, times the verb: times of day date happenings, which the parse often hangs on the nearest noun
    for _ in range(3):
        if anchor.dep_ not in PLACE_RELATIONS or anchor.head is anchor:
            break
        anchor = anchor.head
    found = _clause_words(anchor)
    if anchor.dep_ == "xcomp" and anchor.head.i == anchor.i - 1:
        # "The thieves forced OPEN a window at 4:12": the happening is the verb the complement completes
        found += _clause_words(anchor.head)
    return sorted(set(found), key=lambda t: t.i)


def _clause_words(verb: Any) -> list[Any]:
    """A verb (or noun) with its doer, particle and object, and the preposition right after it with its noun
    ("broke INTO the museum", "checked into a clinic"): a prepositional verb's happening is both words."""
    found = [verb]
    for child in verb.children:
        if child.dep_ in CLAUSE_PARTS or child.dep_ == "advmod" and child.i == verb.i + 1:
            found.append(child)  # "took OFF": a particle the parse may call an adverb, right after the verb
            found.extend(c for c in child.children if c.dep_ in NAME_WORDS)
        elif child.dep_ in NAME_WORDS and child.i < verb.i:
            found.append(child)  # "a large explosion"
        elif child.dep_ == "obl" and any(c.dep_ == "case" and c.i == verb.i + 1 for c in child.children):
            found.extend([verb.doc[verb.i + 1], child])
    return found


def moments_at(sentences: Iterable[tuple[str, list[tuple[int, int]]]]) -> list[dict[int, str]]:
    """For each sentence (its text and the spans of times of day in it), the words of the happening each time
    times, as written (see ``moment_of``), by the time's offset; without a parser, none."""
    batch = list(sentences)
    nlp = parser() if batch else None
    if nlp is None:
        return [{start: "" for start, _end in spans} for _text, spans in batch]
    out: list[dict[int, str]] = []
    for doc, (_text, spans) in zip(parsed_sentences(nlp, [b[0] for b in batch]), batch, strict=True):
        found: dict[int, str] = {}
        for start, end in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            # the clock's own token ("about 2:40 a.m.": 2:40), not the hedge before it
            clock = next((t for t in span if any(ch.isdigit() for ch in t.text)), None) if span is not None else None
            found[start] = " ".join(t.text for t in moment_of(clock)) if clock is not None else ""
        out.append(found)
    return out
