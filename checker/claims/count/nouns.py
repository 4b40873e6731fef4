"""What a figure counts: the noun phrase after it, or, when it has none, a noun the text gives elsewhere.

"12 soldiers" counts soldiers. A bare figure borrows its noun: from the figure before it ("six police
were killed and seven wounded"), from a base figure ("Fourteen of the 189 occupants"), from the verb
("killing nine"), or from a noun named before it ("a crowd of 47,312", "the death toll rose to 14").
The words are language data (``lang/en/counting.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from checker import lang
from checker.analysis.document import Sentence
from checker.claims.count.figures import Figure
from checker.claims.count.outcomes import is_outcome_word, nearest_outcome, outcome_cues, verb_cue_before
from checker.claims.count.scope import of_the, of_those
from checker.claims.count.words import (
    category_words,
    context_stopwords,
    counting,
    noun_phrase_stops,
    units,
    word_alternation,
)
from checker.normalise.categories import category_of
from checker.normalise.numbers import NumberMention
from checker.normalise.patterns import phrases as _words

NOUN_WORD = re.compile(r"[A-Za-z]+(?:[.'-][A-Za-z]+)*\.?")
BLANKS = re.compile(r"[ \t]+")
INITIALS = re.compile(r"(?:[A-Z]\.)+")




class NounPatterns(NamedTuple):
    of_possessor: re.Pattern[str]  # "three (of its) soldiers": the noun phrase starts after it
    verb_or_adverb: re.Pattern[str]  # "(killed)", "(reportedly)": a lone word after a figure that is no noun
    cue_word: re.Pattern[str]  # "six police were killed and seven (were still) (wounded)"
    ellipsis_gap: re.Pattern[str]  # "950,000 people in Odisha (and) 110,000 in West Bengal"
    ellipsis_place: re.Pattern[str]  # "110,000 (in West) Bengal"
    noun_before: re.Pattern[str]  # "a crowd of", "the death toll rose to", "danger level"


@lru_cache(maxsize=1)
def _patterns() -> NounPatterns:
    """The patterns around a counted noun, from ``lang/en/counting.yaml``."""
    words = counting()
    return NounPatterns(
        re.compile(rf"\s+{_words(words.partitive)}\s+{_words(words.possessors)}\b"),
        re.compile(rf"{_words(words.verb_endings)}$"),
        re.compile(rf"^\s+(?:{_words(words.cue_auxiliaries)}\s+)?(?:{_words(words.cue_adverbs)}\s+)?(\w+)"),
        # a figure whose noun is left out because the one before it says it: "... in Odisha and 110,000 in West Bengal"
        re.compile(rf"[^.;:\d]{{0,40}}?\s{_words(words.ellipsis_joiners)}\s+"),
        re.compile(
            rf"\s+{_words(words.ellipsis_prepositions)}\s+(?:{_words(words.ellipsis_modifiers)}\s+)?[A-Z]"
        ),
        # a noun named right before a figure, in one of four groups: "a crowd of" (1), "the death toll rose
        # to" (2), "danger level" (3), "put the death toll at" (4)
        re.compile(
            rf"\b([A-Za-z]{{3,}})\s+{_words(words.partitive)}\s+$"
            rf"|\b({word_alternation([*words.toll_nouns, *words.level_nouns])})\s+(?:\w+\s+){{0,3}}?"
            rf"(?:{word_alternation(words.toll_verbs)})\s+(?:{_words(words.change_from)}\s+[\w.,]+\s+)?"
            rf"(?:{_words(words.toll_prepositions)}\s+)?"
            rf"(?:{_words(lang.load().numbers.negative)}\s+)?$"
            rf"|\b({word_alternation(words.scale_nouns)})\s+$"
            rf"|\b(?:{word_alternation(words.setting_verbs)})\s+(?:the\s+)?(?:\w+\s+)?"
            rf"({word_alternation(words.set_nouns)})\s+{_words(words.toll_prepositions)}\s+$",
            re.I,
        ),
    )


@lru_cache(maxsize=1)
def _scale_after() -> re.Pattern[str]:
    """A scale named right after a figure ("on the Richter scale"), from ``counting.yaml``'s ``scales_after``."""
    scales = [s for group in counting().scales_after.values() for s in group]
    return re.compile(rf"\s+({_words(scales)})\b", re.I)


def _people_outcome(word: str) -> bool:
    """The word is a cue of an outcome that befalls people (``counting.yaml``'s ``bare_outcomes``): "killed",
    "arrested"; not "destroyed", which befalls buildings ("Unit 4 was destroyed")."""
    low = word.lower()
    return any(name in counting().bare_outcomes and cue == low for name, cue, _p in outcome_cues())


@dataclass
class NounMemory:
    """The counted nouns read so far, which a figure without a noun of its own may take."""

    previous: tuple[str, str] | None = None  # the last one in this sentence: "six police were killed and seven ..."
    previous_end: int | None = None  # where that one's claim ended
    # (noun, category, largest value) of this sentence and the one before, latest last: "Of those, 318 ..." looks back
    wholes: list[tuple[str, str, float]] = field(default_factory=list)
    _before: int = 0  # how many of ``wholes`` the sentence before gave

    def new_sentence(self) -> None:
        """A noun is carried to a bare figure within its sentence only, except after "of those"."""
        self.previous, self.previous_end = None, None
        self.wholes = self.wholes[self._before :]
        self._before = len(self.wholes)

    def remember(self, noun: str, category: str, end: int, value: float | None = None) -> None:
        """A claim with a counted noun (not a unit): the noun a later bare figure may take."""
        self.previous, self.previous_end = (noun, category), end
        self.wholes.append((noun, category, value if value is not None else float("inf")))

    def whole_of(self, part: float | None) -> tuple[str, str] | None:
        """The latest noun counted at least ``part`` in this sentence or the one before: "2,480 suspected cases
        across four districts ... Of those, 318 have been confirmed" counts cases, not districts."""
        need = part if part is not None else 0.0
        return next(((noun, cat) for noun, cat, value in reversed(self.wholes) if value >= need), None)


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lang.load().numbers.cardinals)


def noun_phrase(text: str, at: int) -> tuple[int, int, str, list[str]]:
    """The noun phrase after a number: (start, end, noun phrase, capitalised modifiers).

    Up to four words on the same line; it ends at the last known counted noun or unit, else at the
    last plural-looking word ("three army outposts"), so trailing verbs are left out.
    """
    patterns = _patterns()
    m = patterns.of_possessor.match(text, at)
    pos = m.end() if m else at
    toks = list(NOUN_WORD.finditer(text[pos : pos + 80]))
    taken: list[re.Match[str]] = []
    head = -1
    unit_words = units()
    known = category_words()
    stops = noun_phrase_stops()
    implied = lang.load().counted.implied_outcomes
    plural, not_plural = tuple(counting().plural_endings), tuple(counting().not_plural_endings)
    prev_end = 0
    for t in toks:
        gap = text[pos + prev_end : pos + t.start()]
        if not BLANKS.fullmatch(gap):
            break
        word = t.group(0)
        low = word.lower().rstrip(".")
        if low in stops or low in _number_words():
            break  # "took 120 firefighters six hours": the next figure starts its own phrase
        if is_outcome_word(word) and low not in known and low not in implied:
            break  # "12 killed": the outcome, no noun; "17 survivors" names its outcome and is its noun
        taken.append(t)
        prev_end = t.end()
        if low in unit_words and len(taken) == 1:
            head = 0
            break
        if low in known or (word[:1].islower() and low.endswith(plural) and not low.endswith(not_plural)):
            head = len(taken) - 1
        elif word[:1].islower() and head == -1 and len(taken) == 1 and not patterns.verb_or_adverb.search(low):
            head = 0  # a lone word after the number is its noun, unless it reads as a verb or adverb
        if word.endswith(".") and not INITIALS.fullmatch(word):
            break
        if len(taken) == 4:
            break
    if head < 0:
        return at, at, "", []
    taken = taken[: head + 1]
    start = pos + taken[0].start()
    end = pos + taken[-1].end()
    if text[end - 1] == "." and not INITIALS.fullmatch(taken[-1].group(0)):
        end -= 1
    caps = [t.group(0).rstrip(".").lower().replace(".", "") for t in taken[:-1] if t.group(0)[:1].isupper()]
    return start, end, text[start:end], caps


def borrow_noun(text: str, sent: Sentence, fig: Figure, nxt: NumberMention | None, memory: NounMemory) -> bool:
    """Give a figure with no noun and no unit the noun the text gives elsewhere; False when none is found
    (the figure is then no count: a bare number). ``nxt``: the number after the figure in the sentence.

    Tried in order: the previous noun when an outcome verb follows ("... and seven wounded"); the last
    noun after "of those"; a base figure's noun ("Fourteen of the 189 occupants"); people, after an -ing
    outcome verb ("killing nine"); the previous noun in an ellipsis with a place ("950,000 people in
    Odisha and 110,000 in West Bengal"); a noun named before the figure ("a crowd of 47,312", "put the toll
    at 13"); a scale named after it ("5.6 on the Richter scale"); people, when an outcome follows right after
    the figure and no noun came before it ("at least 17 were killed")."""
    after, span_start = fig.after, fig.span_start
    patterns = _patterns()
    cue = patterns.cue_word.match(text[after : after + 20])
    lead = patterns.noun_before.search(text[sent.start : span_start])
    previous = memory.previous
    if previous and cue and nearest_outcome(text, after, after + len(cue.group(0)), after, sent.end):
        fig.noun, fig.category = previous  # "six police were killed and seven wounded": the noun before
    elif of_those().search(text, max(sent.start, span_start - 20), span_start):
        whole = memory.whole_of(fig.value.low if fig.value.low is not None else fig.value.high)
        if whole is None:
            return False  # "of those" with no count as large before it: nothing says what
        fig.noun, fig.category = whole  # "... Of those, 318 have been confirmed": the cases, not the districts
    elif nxt and of_the().fullmatch(text[fig.mention.end : nxt.start]) and noun_phrase(text, nxt.end)[2]:
        _s, _e, fig.noun, _c = noun_phrase(text, nxt.end)
        fig.head = fig.noun.split()[-1].lower()
        fig.category = category_of(fig.noun)
    elif verb_cue_before().search(text, max(sent.start, span_start - 25), span_start):
        fig.noun = counting().bare_noun
        fig.category = category_of(fig.noun)
    elif (
        previous
        and memory.previous_end is not None
        and patterns.ellipsis_gap.fullmatch(text[memory.previous_end : span_start])
        and (patterns.ellipsis_place.match(text, after))
    ):
        fig.noun, fig.category = previous
    elif lead and (lead.group(1) or lead.group(2) or lead.group(3) or lead.group(4)).lower() not in context_stopwords():
        g = next(i for i in (1, 2, 3, 4) if lead.group(i))
        fig.noun = fig.head = lead.group(g).lower()
        fig.category = category_of(fig.noun)
        fig.noun_start, fig.noun_end = sent.start + lead.start(g), sent.start + lead.end(g)
        fig.span_start = min(span_start, fig.noun_start)
        return True
    elif scale := _scale_after().match(text, after):
        # "measuring 5.6 on the Richter scale": the scale says what the figure is
        fig.noun = next(noun for noun, scales in counting().scales_after.items() if scale.group(1).lower() in scales)
        fig.category = category_of(fig.noun)
    elif cue and _people_outcome(cue.group(1)):
        # "at least 17 were killed", "17 killed": an outcome right after the figure, and no noun before it
        fig.noun, fig.category = counting().bare_noun, category_of(counting().bare_noun) or ""
    else:
        return False
    fig.noun_start = fig.noun_end = after  # a borrowed noun is not in the claim's words
    return True
