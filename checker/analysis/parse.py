"""The checker's own English parser, and what its parse says about a figure: whose figure it is.

The pipeline (tagger, morphologizer and dependency parser over a CNN tok2vec) is trained by ``make
model`` from the UD English Web Treebank (CC BY-SA 4.0, see ``checker/data/parser/README.md``) and
shipped in the package. It is loaded once. Without it (a source checkout before ``make model``) the
checker runs as before, with no parse: figures simply carry no owner.

A figure's owner is the person the sentence says it belongs to: the possessor of the counted noun
("Harrison's 53 catches"), or the named subject of the verb the counted noun is the object of
("Manning threw for 364 yards and three touchdowns"). Two figures with different owners are two
people's figures, however alike their nouns.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL = Path(__file__).resolve().parent.parent / "data" / "parser"
# UD relations: how a counted noun hangs off the verb whose subject owns it
OBJECT_RELATIONS = frozenset({"obj", "iobj", "obl", "xcomp", "obl:npmod", "obl:tmod"})
SUBJECT_RELATIONS = frozenset({"nsubj", "nsubj:pass"})


@lru_cache(maxsize=1)
def parser() -> Any | None:
    """The shipped pipeline, or None when the package has no trained model."""
    if not (MODEL / "config.cfg").exists():
        return None
    import spacy

    # the owner of a figure is read from the dependency arcs alone: the taggers are not run
    return spacy.load(MODEL, disable=["tagger", "morphologizer"])


def owner_of(number: Any) -> Any | None:
    """The token of whose figure the number token is: its noun's possessor, else the subject of its verb.
    Whether that token is a person's name is for the caller, who knows the article's names."""
    noun = number.head if number.dep_ == "nummod" else number
    for child in noun.children:
        if child.dep_ == "nmod:poss":
            return child
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head  # "364 yards and three touchdowns": the first conjunct hangs off the verb
    if noun.dep_ not in OBJECT_RELATIONS:
        return None
    verb = noun.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_RELATIONS]
    return subjects[0] if subjects else None


def figure_owners(sentences: Iterable[tuple[str, list[int]]]) -> list[dict[int, tuple[int, int] | None]]:
    """For each sentence (its text and the offsets of figures in it), each figure's owner as the character
    span of the owning word in the sentence, by the figure's offset."""
    batch = list(sentences)
    if not batch:
        return []  # nothing to parse: the model is not even loaded
    nlp = parser()
    if nlp is None:
        return [dict.fromkeys(offsets) for _text, offsets in batch]
    out: list[dict[int, tuple[int, int] | None]] = []
    for doc, (_text, offsets) in zip(nlp.pipe(text for text, _ in batch), batch, strict=True):
        found: dict[int, tuple[int, int] | None] = {}
        for at in offsets:
            span = doc.char_span(at, at + 1, alignment_mode="expand")
            token = owner_of(span[0]) if span is not None and len(span) else None
            found[at] = (token.idx, token.idx + len(token.text)) if token is not None else None
        out.append(found)
    return out


# how a year hangs off the noun it dates: "the 2005 film", "a 2008 conviction"; a month between them
# passes the year on ("an April 2008 raid")
NOMINAL_RELATIONS = frozenset({"nummod", "amod", "compound", "nmod:unmarked"})


def dated_head(year: Any, months: frozenset[str] = frozenset()) -> Any | None:
    """The noun a year modifies ("the 2005 film", "an April 2008 raid"), by the arcs alone (the taggers
    are not run). A verb the year is an oblique of ("released in 2005") is not taken: what a verb dates
    depends on its object and context ("released a film", "released from hospital") more than a parse
    of news copy can tell."""
    token = year
    for _ in range(2):
        if token.dep_ not in NOMINAL_RELATIONS or token.head is token:
            return None
        token = token.head
        if token.text.lower() not in months:
            return token
    return None  # "April 2008" with nothing above the month


def date_heads(sentences: Iterable[tuple[str, list[int]]]) -> list[dict[int, str | None]]:
    """For each sentence (its text and the offsets of years in it), the noun each year dates, as written."""
    batch = list(sentences)
    if not batch:
        return []
    nlp = parser()
    if nlp is None:
        return [dict.fromkeys(offsets) for _text, offsets in batch]
    from checker import lang

    months = frozenset(name for month, short in lang.load().calendar.months.items() for name in [month, *short])
    out: list[dict[int, str | None]] = []
    for doc, (_text, offsets) in zip(nlp.pipe(text for text, _ in batch), batch, strict=True):
        found: dict[int, str | None] = {}
        for at in offsets:
            span = doc.char_span(at, at + 1, alignment_mode="expand")
            head = dated_head(span[0], months) if span is not None and len(span) else None
            found[at] = head.text if head is not None else None
        out.append(found)
    return out
