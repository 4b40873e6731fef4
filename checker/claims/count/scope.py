"""A figure's scope: the clause it stands in, and whether it counts the whole of the main event.

A figure can count a part of the whole ("18 people, including seven police officers", "Of those,
318", "12 remained hospitalized") or something that is not the main event's (another year's quake,
"six years ago", "19 years of war"), or be only the base of another figure ("14 of the 189
occupants"). Such figures are kept, marked, so that the rules do not set them against the main toll.
The place of the event is the place named in the figure's clause, else the nearest one before it.
The words are language data (``lang/en/scope.yaml``); only digits, punctuation and spacing are written here.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from checker import lang
from checker.analysis.document import Document, Sentence
from checker.analysis.mentions import PlaceMention
from checker.analysis.scope import follows_earlier_event, past_event, relative_opener
from checker.claims.count.figures import Figure
from checker.claims.count.words import month_names
from checker.normalise.numbers import NumberMention
from checker.normalise.patterns import phrases as _words


@cache
def of_those() -> re.Pattern[str]:
    """ "Of those, 318 ...", "Among them, 12 ...": the figure after it is a part of a whole told before."""
    words = lang.load().scope.of_those
    return re.compile(rf"\b{_words(words.prepositions)}\s+{_words(words.wholes)},?\s+$", re.I)


@cache
def of_the() -> re.Pattern[str]:
    """ "14 of the 189 occupants", "10 of the Saints' 16 games": what stands between a figure and its base
    (matched in full); a named possessor may own the base."""
    data, endings = lang.load().scope, lang.load().speech.possessive_endings
    possessive = "|".join(re.escape(e).replace("'", "['’]") for e in sorted(endings, key=len, reverse=True))
    owner = rf"(?:(?:{_words(data.base_of)})\s+)?(?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z][\w.&-]*(?:{possessive})"
    return re.compile(rf"\s+{_words(data.partitive)}\s+(?:{_words(data.base_of)}|{owner})\s*")


@cache
def subset_after() -> re.Pattern[str]:
    """ "eight of them", "some of whom": the figure before it is a part of a whole."""
    data = lang.load().scope
    return re.compile(rf"\s+{_words(data.partitive)}\s+{_words(data.part_of)}\b")


def __getattr__(name: str) -> re.Pattern[str]:
    """``SUBSET_AFTER``, as other modules import it: built from the language data when first asked for."""
    if name == "SUBSET_AFTER":
        return subset_after()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def _part_patterns() -> tuple[re.Pattern[str], ...]:
    """After a figure: a base figure ("of the 189"), a whole ("of them", "of the"), a clock counting down
    ("from time"); before it: ", including"; after it: those still in care ("remained hospitalized")."""
    data = lang.load().scope
    of, still = _words(data.partitive), data.still
    return (
        re.compile(rf"^\s+{of}\s+{_words(data.base_of)}\s+[\d,]+\b"),
        re.compile(rf"^\s+{of}\s+{_words([*data.part_of, *data.part_of_the])}\b"),
        re.compile(rf"^\s*{_words(data.countdown)}\b"),
        re.compile(rf",\s+{_words(data.including, space=' ')}\s+(?:\w+\s+){{0,2}}$"),
        re.compile(rf"\s+(?:\w+\s+)?{_words(still.staying)}\s+{_words(still.in_care)}\b", re.I),
    )


@cache
def _historical() -> re.Pattern[str]:
    """ "19 years of war", "decades of conflict", "since 1998", "in history": history, not the event. (A
    figure's hedge, "nearly 20 years of war", needs no words here: the figure alone makes the match.)"""
    words = lang.load().scope.history
    return re.compile(
        rf"\b(?:\d+|{_words(words.spans)})\s+(?:{_words(words.years)}\s+)?"
        rf"{_words(words.of)}\s+{_words(words.wars)}"
        rf"|\b{_words(words.since)}\s+(?:19|20)\d\d\b|\b{_words(words.phrases)}\b",
        re.I,
    )


def check_examples() -> None:
    """The history phrases of ``lang/en/scope.yaml`` read as history (the figures of the scope examples are
    checked by reading them, in tests/test_lang_data.py)."""
    wrong = [phrase for phrase in lang.load().scope.examples.history if not _historical().search(phrase)]
    if wrong:
        raise ValueError(f"lang/en/scope.yaml: not read as history: {wrong}")


@cache
def _aside() -> re.Pattern[str]:
    """An aside right after a figure: ", including ...,", ", six of them teenagers,", " - ... -", "(...)"."""
    data = lang.load().scope
    openers = _words([*data.including, *data.asides], space=" ")
    of_them = rf"[\w-]+\s+{_words(data.partitive)}\s+{_words(data.aside_of)}"
    return re.compile(rf"^(?:,\s+(?:{openers}|{of_them})\b[^,;.]*,|\s+-\s[^-;.]*\s-|\s*\([^)]*\))")


class Clause(NamedTuple):
    """Where a figure's clause lies: the outcome verb and place of the figure are looked for there."""

    lo: int
    hi: int
    beyond: int  # the end of the figure's words and of an aside right after them


@cache
def _other_year() -> re.Pattern[str]:
    """ "in 2016", "in September 2023", "since early 2020": the sentence is about another year's event."""
    words = lang.load().scope.other_year
    return re.compile(
        rf"\b{_words(words.prepositions)}\s+(?:{_words(words.qualifiers)}\s*)?"
        r"(?:(?:" + "|".join(month_names()) + r")\.?\s+)?((?:19|20)\d\d)\b",
        re.I,
    )


def names_another_year(doc: Document, sent: Sentence) -> bool:
    """The sentence dates what it tells to a year other than the article's: "the 2016 quake killed 200"."""
    year = _other_year().search(doc.folded, sent.start, sent.end)
    return bool(year and doc.article.published and int(year.group(1)) != doc.article.published.year)


def _sentence_clause(text: str, lo: int, hi: int, sent: Sentence) -> tuple[int, int]:
    """The clause a figure stands in; an aside right after it (", including ...,", "- ... -") is stepped over.
    A relative clause opened before the figure (", who had four children") starts its clause."""
    left = max(text.rfind(c, sent.start, lo) for c in (";", ":", "(", " - "))
    # ", who had four children": a relative clause, whose figure takes no outcome from before it
    relative = [m.start() + 1 for m in relative_opener().finditer(text, sent.start, lo)]
    if relative:
        left = max(left, relative[-1])
    aside = _aside().match(text[hi : sent.end])
    start_right = hi + aside.end() if aside else hi
    right_c = [text.find(c, start_right, sent.end) for c in (";", ".", "(", " - ", ", ")]
    right = min([r for r in right_c if r != -1] or [sent.end])
    return max(left + 1, sent.start), right


def figure_clause(text: str, sent: Sentence, fig: Figure, mentions: list[NumberMention], consumed: set[int]) -> Clause:
    """The clause of the figure, narrowed to the numbers around it: a cue after the next number belongs to
    that number, and one before the previous number to that one. An aside after the figure ("Nine fans -
    six from X and three from Y - were arrested") is stepped over: its numbers are not "the next number"."""
    lo, hi = _sentence_clause(text, fig.span_start, fig.end, sent)
    aside = _aside().match(text[fig.end : sent.end])
    beyond = fig.end + aside.end() if aside else fig.end
    n = fig.mention
    later = [
        m.start
        for m in mentions[fig.index + 1 :]
        if m.start >= beyond
        and mentions.index(m) not in consumed
        and not subset_after().match(text, m.end)  # "eight of them women" shares the verb that follows
        and not of_the().fullmatch(text[n.end : m.start])  # "14 of the 189 occupants were hurt": so does a base
    ]
    if later:
        hi = min(hi, later[0])
    earlier = [m.end for m in mentions[: fig.index] if m.end <= fig.span_start]
    if earlier:
        lo = max(lo, earlier[-1])
    return Clause(lo, hi, beyond)


def of_a_base(text: str, fig: Figure) -> bool:
    """ "14 of the 189 occupants": the figure is a part of a base figure that follows it."""
    return bool(_part_patterns()[0].match(text[fig.mention.end : fig.mention.end + 24]))


def is_subset(text: str, sent: Sentence, fig: Figure) -> bool:
    """A part of a whole counted elsewhere: "eight of them", "18 people, including seven police officers",
    "Of those, 318", "12 remained hospitalized"; or a countdown ("two minutes from time"), no figure to compare."""
    n, end, span_start = fig.mention, fig.end, fig.span_start
    of_a_figure, of_whole_after, countdown_after, including_before, still_after = _part_patterns()
    of_a_figure_after = of_a_figure.match(text[n.end : n.end + 24])  # "14 of the 189": the 14 is the count
    if not of_a_figure_after and of_whole_after.match(text[n.end : n.end + 14]):
        return True
    if countdown_after.match(text[end : end + 14]):
        return True  # "two minutes from time" counts down: not a figure to compare
    if including_before.search(text[max(0, span_start - 30) : span_start]) or of_those().search(
        text, max(sent.start, span_start - 20), span_start
    ):
        return True
    return bool(still_after.match(text, end))


def is_base(text: str, mentions: list[NumberMention], idx: int) -> bool:
    """ "14 of the 189 occupants were hurt": the 189 is only the base of the 14, and has no outcome."""
    return bool(idx > 0 and of_the().fullmatch(text[mentions[idx - 1].end : mentions[idx].start]))


def is_background(doc: Document, sent: Sentence, clause: Clause, end: int) -> bool:
    """Another event's figure: another year's ("the 2016 quake killed more than 200"), an earlier one's
    ("six years ago, a fire injured three workers") or history ("thousands of troops in 19 years of war")."""
    text = doc.folded
    return (
        names_another_year(doc, sent)
        or bool(past_event().search(text, clause.lo, max(clause.hi, end)))
        or follows_earlier_event(text, sent.start, end)
        or bool(_historical().search(text[clause.lo : max(clause.hi, end)]))
    )


def event_place(places: list[PlaceMention], sent: Sentence, fig: Figure, clause: Clause) -> PlaceMention | None:
    """The place of the count's clause, else the nearest one earlier in the sentence; a division or town
    before a country. ``places``: those that can be where a counted thing happened.

    Distance is counted from the figure's nearer edge, so in "950,000 people in Odisha and 110,000 in
    West Bengal" the second figure takes West Bengal, not the Odisha that ends just before it."""
    at, end = fig.mention.start, fig.mention.end
    here = [p for p in places if sent.start <= p.start < sent.end and not p.in_org]
    in_clause = [p for p in here if clause.lo <= p.start < clause.hi]
    earlier = [p for p in here if p.start < clause.lo]
    for group in (in_clause, earlier):
        specific = [p for p in group if p.place.level != "country"] or group
        if specific:
            return min(specific, key=lambda p: p.start - end if p.start >= end else at - p.end)
    return None
