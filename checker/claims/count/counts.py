"""Counts: tolls, tallies and amounts, with what is counted, the outcome and the event's place.

"killing at least 10 soldiers and four police" is one claim worth at least 14 (parts kept);
"six police were killed and seven wounded" is two claims, the second inheriting "police".

Each figure is read in stages, one module each: which numbers count nothing (``non_counts.py``), which are
figures and what they are worth (``figures.py``), the unit and what is measured (``measures.py``), the counted
noun (``nouns.py``) and the parts of a sum (``parts.py``), the outcome (``outcomes.py``), and the clause, subset,
background and place (``scope.py``). This module runs them and builds the claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker import lang
from checker.analysis.document import Document, Sentence
from checker.analysis.mentions import PlaceMention
from checker.analysis.scope import past_event
from checker.claims.count.figures import is_vote_split, read_figure
from checker.claims.count.measures import dimension_after, figure_measure, read_unit
from checker.claims.count.non_counts import is_no_count
from checker.claims.count.nouns import NounMemory, borrow_noun, noun_phrase
from checker.claims.count.outcomes import outcome_of
from checker.claims.count.parts import join_parts, read_parts
from checker.claims.count.scope import (
    event_place,
    figure_clause,
    is_background,
    is_base,
    is_subset,
    names_another_year,
    of_a_base,
)
from checker.claims.count.words import context_stopwords, counting
from checker.models import CountClaim
from checker.normalise import numbers
from checker.normalise.hedges import to_interval
from checker.normalise.numbers import NumberMention, currency_words, find_numbers
from checker.normalise.patterns import alternation, phrases
from checker.normalise.text import words


@lru_cache(maxsize=1)
def check_examples() -> None:
    """The examples of ``lang/en/counting.yaml``, checked once, when counts are first read: the word
    lists there are read by these patterns, and a change to either must keep the examples true (and those of
    ``lang/en/numbers.yaml``, whose figures they read)."""
    numbers.check_examples()
    examples = counting().examples
    wrong = []
    for sentence in examples.not_counts:
        first = find_numbers(sentence)[:1]
        if not first or not is_no_count(sentence, first[0]):
            wrong.append(sentence)
    for sentence, expected in examples.noun_phrases:
        first = find_numbers(sentence)[:1]
        if not first or noun_phrase(sentence, first[0].end)[2] != expected:
            wrong.append(sentence)
    wrong += [" ".join(caps) for caps, expected in examples.affiliations if _affiliation(caps) != expected]
    wrong += [noun for noun, expected in examples.raw_categories if raw_category(noun) != expected]
    if wrong:
        raise ValueError(f"lang/en/counting.yaml: examples read the wrong way: {wrong}")


def _affiliation(caps: list[str]) -> str | None:
    """The first capitalised word before a counted noun that names an affiliation ("Afghan soldiers")."""
    return next((c for c in caps if c not in counting().not_affiliations), None)


@lru_cache(maxsize=1)
def _family_size() -> re.Pattern[str]:
    """ "a mother of ", "father of ": right before a figure, it counts someone's children."""
    return re.compile(rf"\b{phrases(counting().family_size_before)}\s+$", re.I)


@lru_cache(maxsize=1)
def _raw_ending() -> re.Pattern[str]:
    return re.compile(rf"{alternation(counting().raw_category_endings)}$")


def raw_category(head: str) -> str:
    """A noun we have no category for is its own: "holdouts" counts raw:holdout."""
    return "raw:" + _raw_ending().sub("", head, count=1)


def sentence_context(text: str, sent: Sentence, start: int, end: int) -> str:
    """The words around a figure that say what it counts: "250 mm of rain in 36 hours in Brisighella"."""
    around = text[max(sent.start, start - 60) : min(sent.end, end + 40)]
    stopwords = context_stopwords()
    return " ".join(w for w in words(around) if w not in stopwords and not w.isdigit())


def _vote_claims(
    doc: Document, sent: Sentence, votes_for: NumberMention, votes_against: NumberMention, speaker: str | None
) -> list[CountClaim]:
    """ "carried by 31 votes to 26", "a 7-2 vote": the votes for and the votes against, two figures.

    "a motion defeated 35-22 in March 2024" is another vote, kept out of the comparison (a subset)."""
    text = doc.folded
    another_vote = names_another_year(doc, sent)
    out = []
    sides = counting().vote_sides
    for mention, measure_of_side in ((votes_for, "votes_for"), (votes_against, "votes_against")):
        noun_of_side = sides[measure_of_side]
        out.append(
            CountClaim(
                **doc.located(mention.start, mention.end, sent),
                speaker=speaker,
                value=to_interval(mention, None),
                noun=noun_of_side,
                category="vote",
                measure=measure_of_side,
                subset=another_vote or bool(past_event().search(text, sent.start, sent.end)),
                context=sentence_context(text, sent, votes_for.start, votes_against.end),
            )
        )
    return out


@dataclass
class _SentenceNumbers:
    """A sentence's numbers as they are read: which were taken into an earlier figure (a range's second
    figure, a sum's parts), and who the sentence is attributed to."""

    sent: Sentence
    mentions: list[NumberMention]
    consumed: set[int]
    speaker: str | None


def _read_count(
    doc: Document, numbers: _SentenceNumbers, idx: int, memory: NounMemory, places: list[PlaceMention]
) -> CountClaim | None:
    """The count claim of the figure at ``mentions[idx]``, or None when it is no count (see the stages).

    A claim with a counted noun is remembered: a later bare figure may take its noun."""
    text, sent, mentions, consumed = doc.folded, numbers.sent, numbers.mentions, numbers.consumed
    fig = read_figure(text, sent, mentions, idx, consumed)
    if fig is None:
        return None
    read_unit(text, fig, (sent.start, sent.end))
    nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
    if not fig.noun and not fig.unit and not borrow_noun(text, sent, fig, nxt, memory):
        return None  # a bare number: nothing says what it counts
    if fig.category is None and not fig.unit:
        fig.category = raw_category(fig.head)  # a noun we have no category for: itself
    read_parts(doc, fig, mentions, consumed)
    join_parts(text, fig)
    clause = figure_clause(text, sent, fig, mentions, consumed)
    outcome = outcome_of(text, fig, clause.lo, clause.hi, clause.beyond, of_a_base(text, fig))
    if is_base(text, mentions, idx) or is_background(doc, sent, clause, fig.end):
        outcome = None
    place = event_place(places, sent, fig, clause)
    measure, direction, qualifier = figure_measure(text, sent, fig, clause.lo, clause.hi)
    if _family_size().search(text, max(sent.start, fig.mention.start - 30), fig.mention.start):
        # "a mother of 12 was killed": her children, counted; no toll
        fig.noun, fig.category, outcome, measure = counting().family_size_noun, "child", None, "children"
    if fig.category and not fig.unit:
        largest = fig.value.high if fig.value.high is not None else fig.value.low
        memory.remember(fig.noun, fig.category, fig.end, largest)
    return CountClaim(
        **doc.located(fig.span_start, fig.end, sent),
        speaker=numbers.speaker,
        value=fig.value,
        noun=fig.noun.lower(),
        category=fig.category or (fig.unit or ""),
        outcome=outcome,
        affiliation=_affiliation(fig.caps),
        place=place.place.key if place else None,
        region=place.place.region() if place else None,
        place_level=place.place.level if place else None,
        subset=is_subset(text, sent, fig),
        measure=measure,
        qualifier=qualifier,
        direction=direction,
        unit=fig.unit,
        parts=tuple(fig.parts),
        context=sentence_context(text, sent, fig.span_start, fig.end),
        converted=fig.unit == "currency:dollar" and _converts(text, sent, fig.span_start),
        # "34 percent above the closing price" compares, and says no extent: a share has none
        dimension=dimension_after(doc.text, fig.end) if fig.unit and fig.unit != "percent" else None,
    )


@lru_cache(maxsize=1)
def _conversion_before() -> re.Pattern[str]:
    names = alternation(sorted(w for w in currency_words() if w[:1].isalpha()))
    mult = alternation(sorted(lang.load().numbers.multipliers))
    amount = rf"\d[\d.,]*(?:\s*(?:{mult})\b)?(?:\s+(?:{names})\b)?"  # "1 million", "2.4bn euros"
    return re.compile(rf"(?:{amount}|[-\s](?:{names})\b)\s*\(\s*$", re.I)


def _converts(text: str, sent: Sentence, start: int) -> bool:
    """ "$US1 million ($1.52 million)", "a two-million-euro ($2.6-million) booty": an amount in bare dollars
    in parentheses right after another amount is the outlet's conversion of it into its own country's
    dollar, at its own rate ("DKK 17.9bn (€2.4 billion)" names its currency and stays comparable)."""
    return bool(_conversion_before().search(text[max(sent.start, start - 40) : start]))


def extract_counts(
    doc: Document, places: list[PlaceMention], speaker_of: dict[int, str | None], excluded: list[tuple[int, int]]
) -> list[CountClaim]:
    """Every count claim of the article, sentence by sentence. ``speaker_of``: who each sentence is
    attributed to; ``excluded``: spans of speakers' titles, whose places are not where things happened."""
    check_examples()
    text = doc.folded
    out: list[CountClaim] = []
    memory = NounMemory()
    # places that can be where a counted thing happened: not part of a name, not a speaker's title
    event_places = [p for p in places if not p.in_org and not any(s <= p.start < e for s, e in excluded)]
    for si, sent in enumerate(doc.sentences):
        mentions = [
            NumberMention(n.start + sent.start, n.end + sent.start, n.value, n.vague, n.currency, n.rounding)
            for n in find_numbers(sent.text)
        ]
        numbers = _SentenceNumbers(sent, mentions, set(), speaker_of.get(si))
        memory.new_sentence()
        for idx, n in enumerate(mentions):
            nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
            if idx not in numbers.consumed and nxt and is_vote_split(text, sent, n, nxt):
                numbers.consumed.add(idx + 1)  # the votes against are read with the votes for
                out.extend(_vote_claims(doc, sent, n, nxt, numbers.speaker))
                continue
            claim = _read_count(doc, numbers, idx, memory, event_places)
            if claim is not None:
                out.append(claim)
    return out
