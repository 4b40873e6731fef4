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

from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL = Path(__file__).resolve().parent.parent / "data" / "parser"
# UD relations: how a counted noun hangs off the verb whose subject owns it
OBJECT_RELATIONS = frozenset({"obj", "iobj", "obl", "xcomp", "obl:npmod", "obl:tmod", "obl:unmarked"})
SUBJECT_RELATIONS = frozenset({"nsubj", "nsubj:pass"})


SHARED_TOKENIZER = "checker.shared_tokenizer.v1"


class _SharedTokenizer:
    """The checker's sentence tokenizer (``analysis/document.py``, spaCy's English rules), its tokens made again
    in the parser's vocabulary: the rules' two thousand special cases are built once per process, not once
    for the sentences and again (and read from disk a third time) for the parser. The model was trained on
    the same English rules, so the tokens, and the parse, are the same."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Any:
        from spacy.tokens import Doc

        from checker.analysis.document import pipeline

        tokens = pipeline().tokenizer(text)
        return Doc(self.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])

    # the shipped weights' own tokenizer file is neither read nor written
    def to_disk(self, *_args: Any, **_kwargs: Any) -> None:
        return None

    def from_disk(self, *_args: Any, **_kwargs: Any) -> _SharedTokenizer:
        return self

    def to_bytes(self, *_args: Any, **_kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, *_args: Any, **_kwargs: Any) -> _SharedTokenizer:
        return self


def _create_shared_tokenizer() -> Any:
    def create(nlp: Any) -> _SharedTokenizer:
        return _SharedTokenizer(nlp.vocab)

    return create


@lru_cache(maxsize=1)
def parser() -> Any | None:
    """The shipped pipeline, or None when the package has no trained model."""
    if not (MODEL / "config.cfg").exists():
        return None
    import spacy
    from spacy.util import registry

    registry.tokenizers.register(SHARED_TOKENIZER, func=_create_shared_tokenizer)
    # the owner of a figure is read from the dependency arcs alone: the taggers are not run
    return spacy.load(
        MODEL,
        exclude=["tagger", "morphologizer", "tokenizer"],
        config={"nlp": {"tokenizer": {"@tokenizers": SHARED_TOKENIZER}}},
    )


PARSED_KEPT = 2048  # sentences kept parsed: a figure's, a date's and a time's readers often ask for the same one
PARSE_CHUNK = 256  # sentences parsed at a time, so a thousand articles' sentences are never all held at once
_parsed: OrderedDict[str, Any] = OrderedDict()


def forget_parses() -> None:
    """Start a check with nothing parsed: sentences are kept parsed within one check, never across checks (a
    long-running caller checking the same copy again pays for its parse again, as a benchmark must)."""
    _parsed.clear()


def parsed_sentences(nlp: Any, sentences: list[str]) -> Iterator[Any]:
    """Each text parsed as the one sentence it is: the checker splits an article into sentences itself, and a
    break the parser put inside one would cut the arcs a figure's owner or a date's verb is read by. A sentence
    parsed lately in this check is not parsed again (the readers of figures, dates and times each ask for theirs)."""
    for at in range(0, len(sentences), PARSE_CHUNK):
        chunk = sentences[at : at + PARSE_CHUNK]
        todo = [text for text in dict.fromkeys(chunk) if text not in _parsed]
        docs = [nlp.make_doc(text) for text in todo]
        for doc in docs:
            for token in doc[1:]:
                token.is_sent_start = False
        fresh = dict(zip(todo, nlp.pipe(docs), strict=True))
        for text in chunk:
            yield fresh[text] if text in fresh else _parsed[text]
        for text, doc in fresh.items():
            _parsed[text] = doc
            if len(_parsed) > PARSED_KEPT:
                _parsed.popitem(last=False)


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


# how "times" hangs off the verb whose happenings it counts: "was shot 11 times", "hitting Gray eleven times"
FREQUENCY_RELATIONS = frozenset({"obl:unmarked", "obl:npmod", "obl:tmod", "obl", "obj", "advmod"})


@dataclass(frozen=True)
class FigureArcs:
    """What the parse says of a figure: its owner's span in the sentence, and for a count of how often
    something happened ("shot 11 times"), the verb as written and the window it is counted in, if any
    ("since october" in "arrested three times since October")."""

    owner: tuple[int, int] | None = None
    verb: str | None = None
    window: str = ""
    predicate: str | None = None
    agent: str | None = None
    activities: tuple[str, ...] = ()


# how a counted noun passes its verb on: "the records OF 12,000 patients", "100,000 zlotys ... AND 20,000 zlotys"
PHRASE_RELATIONS = frozenset({"nmod", "conj", "appos", "compound"})
# how a counted noun is an argument of its verb: its subject, object or oblique
ARGUMENT_RELATIONS = SUBJECT_RELATIONS | OBJECT_RELATIONS
# a verb hung on the counted noun itself: "an estimated 1,800 tonnes of crude oil SPILLED into the sea"
NOUN_CLAUSES = frozenset({"acl", "acl:relcl"})


def predicate_of(number: Any) -> tuple[str, str | None] | None:
    """The verb whose argument a figure's counted noun is, as written, lower case, with that verb's subject when
    it has one other than the noun ("stolen", "hackers" for "the hackers may have stolen the records of up to
    12,000 patients"; "pay", "intercity" for "PKP Intercity will pay 50,000 zlotys"): what the figure counts is
    what was done. None when the noun is no verb's argument."""
    noun = number.head if number.dep_ == "nummod" else number
    for _ in range(3):
        if noun.dep_ not in PHRASE_RELATIONS or noun.head is noun:
            break
        noun = noun.head
    if noun.dep_ in ARGUMENT_RELATIONS and noun.head is not noun:
        verb = noun.head
    else:
        verb = next((c for c in noun.children if c.dep_ in NOUN_CLAUSES), None)
    if verb is None or not verb.text.isalpha():
        return None
    agents = [c for c in verb.children if c.dep_ in SUBJECT_RELATIONS and c is not noun]
    if not agents and verb.dep_ == "conj":  # "He finished with 269 yards and caught 29 passes": his too
        agents = [c for c in verb.head.children if c.dep_ in SUBJECT_RELATIONS and c is not noun]
    return verb.text.lower(), agents[0].text.lower() if agents else None


# what a span of time is the time of: the verb it hangs off ("deliberated for 40 hours"), that verb's clause of
# time or its verb of what was spent doing ("locked down the area for three hours while they negotiated", "spent two
# hours negotiating"), a clause on the span itself ("a tense two hours while police negotiated") and its noun of
# what went on ("after 30 hours of deliberation")
SPAN_CLAUSES = frozenset({"advcl", "xcomp"})
SPAN_NOUN_CLAUSES = frozenset({"acl", "acl:relcl", "nmod"})
SPAN_OF_A_THING = frozenset({"compound", "amod"})  # "a two-HOUR standoff": the span modifies what it is the time of
# "two hours LATER", "a 12-year OLD": the word a span measures the extent of is no doing
SPAN_EXTENTS = frozenset({"obl:npmod"})


def activities_of(number: Any) -> tuple[str, ...]:
    """The words, lower case as written, of what a span of time counted by ``number`` is the time of; the caller
    drops light verbs ("spent", "took") and stems the rest."""
    noun = number.head if number.dep_ == "nummod" else number
    words = [c for c in noun.children if c.dep_ in SPAN_NOUN_CLAUSES]
    if noun.dep_ in SPAN_OF_A_THING and noun.head is not noun:
        words.append(noun.head)  # "a two-hour standoff", "a 14-minute contest"
    if noun.dep_ in OBJECT_RELATIONS - SPAN_EXTENTS and noun.head is not noun:
        verb = noun.head
        words += [verb, *(c for c in verb.children if c.dep_ in SPAN_CLAUSES)]
        if verb.dep_ in NOUN_CLAUSES and verb.head is not verb:
            words.append(verb.head)  # "a standoff that lasted two hours": the standoff's time
    return tuple(w.text.lower() for w in words if w.text.isalpha())


def frequency_verb(
    number: Any, nouns: frozenset[str], windows: frozenset[str], adverbs: frozenset[str] = frozenset()
) -> tuple[str, str] | None:
    """The verb a count of times hangs off ("shot" in "was shot 11 times", "married" in "married twice": one of
    ``adverbs``), lower case, and the window the
    count is kept over: a phrase of the verb's or the count's opening with one of ``windows`` ("since
    October", "this year"), as its words; else None."""
    if number.dep_ == "advmod" and number.text.lower() in adverbs:
        noun = number  # "married twice": the adverb counts the verb itself
    elif number.dep_ == "nummod" and number.head.text.lower() in nouns:
        noun = number.head
    else:
        return None
    verb = noun.head
    if noun.dep_ not in FREQUENCY_RELATIONS or verb is noun or not verb.text.isalpha():
        return None
    phrases = [c for c in [*verb.children, *noun.children] if c is not noun and c is not number]
    window = next(
        (c for c in phrases for w in c.subtree if w.text.lower() in windows and w.i <= c.i),
        None,
    )
    words = " ".join(w.text.lower() for w in window.subtree) if window is not None else ""
    return verb.text.lower(), words


def _figure_token(figure: Any) -> Any:
    """The number of a figure whose words open with a hedge ("up to 12,000 patients", "an estimated 1,800
    tonnes"): its arcs, not the hedge's, say whose figure it is and what was done. A figure with no numeral
    ("twice") is its first word."""
    return next((token for token in figure if token.like_num), figure[0])


def figure_owners(
    sentences: Iterable[tuple[str, list[tuple[int, int]]]],
    frequency_nouns: frozenset[str] = frozenset(),
    windows: frozenset[str] = frozenset(),
    adverbs: frozenset[str] = frozenset(),
) -> list[dict[int, FigureArcs]]:
    """For each sentence (its text and the spans of figures in it), each figure's owner as the character
    span of the owning word in the sentence, and the verb a count of ``frequency_nouns`` counts, by the
    figure's offset."""
    batch = list(sentences)
    if not batch:
        return []  # nothing to parse: the model is not even loaded
    nlp = parser()
    if nlp is None:
        return [{at: FigureArcs() for at, _end in offsets} for _text, offsets in batch]
    out: list[dict[int, FigureArcs]] = []
    for doc, (_text, offsets) in zip(parsed_sentences(nlp, [text for text, _ in batch]), batch, strict=True):
        found: dict[int, FigureArcs] = {}
        for at, end in offsets:
            span = doc.char_span(at, end, alignment_mode="expand")
            if span is None or not len(span):
                found[at] = FigureArcs()
                continue
            number = _figure_token(span)
            token = owner_of(number)
            owner = (token.idx, token.idx + len(token.text)) if token is not None else None
            verb, window = frequency_verb(number, frequency_nouns, windows, adverbs) or (None, "")
            predicate, agent = predicate_of(number) or (None, None)
            found[at] = FigureArcs(owner, verb, window, predicate, agent, activities_of(number))
        out.append(found)
    return out
