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
