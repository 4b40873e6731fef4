"""What the parse says a date dates: the noun a year modifies ("the 2005 film"), or the verb it is an oblique of with
that verb's thing ("the convictions were overturned in 2007": "overturned convictions"), read from the arcs of the
checker's own parser (``analysis/parse.py``). The words (which prepositions date a happening, which verbs are dated
alone) are language data (``lang/en/events.yaml``, ``calendar.yaml``, ``dates.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from checker.analysis.parse import parsed_sentences, parser

# how a year hangs off the noun it dates: "the 2005 film", "a 2008 conviction"; a month between them
# passes the year on ("an April 2008 raid")
NOMINAL_RELATIONS = frozenset({"nummod", "amod", "compound", "nmod:unmarked"})
# a day's own first word that is no noun ("THIS morning", "THAT night"): climbed over to the day it opens
DAY_OPENERS = frozenset({"det"})


# how a year or month hangs off the verb whose happening it dates: "overturned in 2007", "In July, ... overturned"
OBLIQUE_RELATIONS = frozenset({"obl", "obl:tmod", "obl:unmarked", "nmod:tmod"})
# the verb's own thing: "overturned the convictions", "the conviction was overturned"
THING_RELATIONS = frozenset({"obj", "nsubj:pass"})


def dated_head(year: Any, months: frozenset[str] = frozenset(), verbs: _DatedVerbs | None = None) -> str | None:
    """What a year dates, as written: the noun it modifies ("the 2005 film", "an April 2008 raid"), or the
    verb it is an oblique of with the verb's object ("overturned ... convictions" for "the convictions were
    overturned in 2007"), by the arcs alone (the taggers are not run). ``verbs`` (the language data) says
    which prepositions date a verb's happening and which verbs are dated with no object; what a bare verb
    dates depends on its object ("released a film", "released from hospital"), so without one it is not
    taken."""
    token = year
    if token.dep_ in DAY_OPENERS and token.head.text.lower() in months:
        token = token.head
    for _ in range(3):
        if token.dep_ in NOMINAL_RELATIONS and token.head is not token:
            token = token.head
            if token.text.lower() not in months and not _day_number(token.text):
                return str(token.text)
        elif verbs is not None and token.dep_ in OBLIQUE_RELATIONS and token.head is not token:
            if token.head.dep_ in PHRASE_RELATIONS and (arg := _verb_argument(token.head)) is not None:
                # "raised the alert to Level IV, the highest, on Friday evening": hung on the phrase's noun
                return _dated_verb(token, verbs, arg.head)
            return _dated_verb(token, verbs)
        elif verbs is not None and token.dep_ == "nmod" and (arg := _verb_argument(token.head)) is not None:
            # "disappeared from the scene in 1958": the year hung on the verb's other oblique; "raised the alert on
            # Thursday": the day hung on the verb's thing dates what was done to it
            return _dated_verb(token, verbs, arg.head)
        else:
            return None
    return None  # "April 2008" with nothing above the month


# the words a noun phrase hangs together by: "the alert status to Level IV, the highest on the four-tier scale"
PHRASE_RELATIONS = frozenset({"nmod", "appos"})


def _verb_argument(token: Any) -> Any | None:
    """The verb's oblique or thing a noun stands in, through the phrase it is part of: "raised the alert status to
    Level IV, the highest on the four-tier scale, on Friday" (the day hung on "scale") dates the raising of the
    status, as the parse hangs a date on the nearest noun of a long phrase. None when the phrase is no verb's."""
    for _ in range(4):
        if token.dep_ in OBLIQUE_RELATIONS | THING_RELATIONS:
            return token
        if token.dep_ not in PHRASE_RELATIONS or token.head is token:
            return None
        token = token.head
    return None


def _day_number(text: str) -> bool:
    """The day of a date the year hangs on ("June 27, 1973": 1973 on 27): climbed over like a month."""
    return text.isdigit() and 1 <= int(text) <= 31


def _dated_verb(date: Any, verbs: _DatedVerbs, verb: Any = None) -> str | None:
    """ "overturn convictions" for "In July, the Utah Supreme overturned the 2007 convictions": the verb
    a date is an oblique of, with its object (or passive subject); a verb of ``verbs.dated_alone`` alone."""
    cases = [c.text.lower() for c in date.children if c.dep_ == "case"]
    if cases and not set(cases) & set(verbs.dated_in):
        return None  # "after 1957", "by 1958": a bound, not the happening's date
    verb = date.head if verb is None else verb
    if verb.dep_ == "xcomp" and verb.head is not verb and not any(c.dep_ == "mark" for c in verb.children):
        # "a jury found Gigante guilty in 1997": the complement says what the verb found, a verdict, and the
        # verb is what is dated; "agreed to buy the company" (marked by "to") dates the buying
        verb = verb.head
    things = [c for c in verb.children if c.dep_ in THING_RELATIONS and c.text[:1].islower()]
    if not things and verb.dep_ == "acl" and verb.head.text[:1].islower():
        things = [verb.head]  # "a fashion line called Mantra in December", "rule changes made in January"
    if things and things[0].text.lower() not in verbs.not_things:
        return f"{verb.text} {things[0].text}"
    # "who was ousted in 2002", "he was excommunicated in 2002": a pronoun says nothing of what was done
    if verb.text.lower() in verbs.dated_alone and all(t.text.lower() in verbs.not_things for t in things):
        return str(verb.text)
    return None


@dataclass(frozen=True)
class _DatedVerbs:
    """What the language data says of dated verbs (events.yaml): the prepositions that date a verb's
    happening, the verbs dated alone, the objects that say nothing of what was done."""

    dated_in: list[str]
    dated_alone: list[str]
    not_things: list[str]


def date_heads(sentences: Iterable[tuple[str, list[int]]]) -> list[dict[int, str | None]]:
    """For each sentence (its text and the offsets of years or months in it), what each dates, as written: a
    noun, a verb and its thing, or a verb alone (see ``dated_head``)."""
    batch = list(sentences)
    if not batch:
        return []
    nlp = parser()
    if nlp is None:
        return [dict.fromkeys(offsets) for _text, offsets in batch]
    from checker import lang

    data = lang.load()
    # climbed over like a month: a weekday, and the part of a day after it ("Friday evening")
    months = frozenset(name for month, short in data.calendar.months.items() for name in [month, *short]) | frozenset(
        [*data.calendar.weekdays, *data.dates.day_parts]
    )
    verbs = _DatedVerbs(data.events.dated_in, data.events.dated_alone, data.events.dated_not_things)
    out: list[dict[int, str | None]] = []
    for doc, (_text, offsets) in zip(parsed_sentences(nlp, [text for text, _ in batch]), batch, strict=True):
        found: dict[int, str | None] = {}
        for at in offsets:
            span = doc.char_span(at, at + 1, alignment_mode="expand")
            found[at] = dated_head(span[0], months, verbs) if span is not None and len(span) else None
        out.append(found)
    return out
