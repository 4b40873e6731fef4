"""A figure's scope: the clause it stands in, and whether it counts the whole of the main event.

A figure can count a part of the whole ("18 people, including seven police officers", "Of those,
318", "12 remained hospitalized") or something that is not the main event's (another year's quake,
"six years ago", "19 years of war"), or be only the base of another figure ("14 of the 189
occupants"). Such figures are kept, marked, so that the rules do not set them against the main toll.
The place of the event is the place named in the figure's clause, else the nearest one before it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from checker.extract.count_figures import Figure
from checker.extract.count_words import month_names
from checker.extract.document import Document, Sentence
from checker.extract.entities import PlaceMention
from checker.extract.scope import follows_earlier_event, past_event, relative_opener
from checker.normalise.numbers import NumberMention

OF_THOSE = re.compile(r"\b(?:of|among)\s+(?:those|them|these),?\s+$", re.I)
OF_THE = re.compile(r"\s+of\s+(?:the|its|their)\s+")
SUBSET_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)\b")
OF_A_FIGURE = re.compile(r"^\s+of\s+(?:the|its|their)\s+[\d,]+\b")
OF_WHOLE_AFTER = re.compile(r"^\s+of\s+(?:them|whom|those|the)\b")
COUNTDOWN_AFTER = re.compile(r"^\s*(?:from\s+time|left|remaining|to\s+go|later|earlier|into)\b")
INCLUDING_BEFORE = re.compile(r",\s+(?:including|among them|of whom)\s+(?:\w+\s+){0,2}$")
STILL_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:remain(?:ed|s)?|(?:are|were|is|was)\s+still|still)\s+"
    r"(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed|in\s+intensive\s+care|admitted)\b",
    re.I,
)
HISTORICAL = re.compile(
    r"\b(?:\d+|nearly \d+|decades?|years|centur(?:y|ies))\s+(?:years?\s+)?of\s+(?:war|fighting|conflict)"
    r"|\bsince\s+(?:19|20)\d\d\b|\bin\s+history\b",
    re.I,
)
ASIDE = re.compile(
    r"^(?:,\s+(?:including|among them|of whom|mostly|many of them|[\w-]+\s+of\s+(?:them|whom))\b[^,;.]*,"
    r"|\s+-\s[^-;.]*\s-|\s*\([^)]*\))"
)


class Clause(NamedTuple):
    """Where a figure's clause lies: the outcome verb and place of the figure are looked for there."""

    lo: int
    hi: int
    beyond: int  # the end of the figure's words and of an aside right after them


@lru_cache(maxsize=1)
def _other_year() -> re.Pattern[str]:
    """ "in 2016", "in September 2023", "since early 2020": the sentence is about another year's event."""
    return re.compile(
        r"\b(?:in|of|since)\s+(?:(?:early|late|mid-?)\s*)?"
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
    aside = ASIDE.match(text[hi : sent.end])
    start_right = hi + aside.end() if aside else hi
    right_c = [text.find(c, start_right, sent.end) for c in (";", ".", "(", " - ", ", ")]
    right = min([r for r in right_c if r != -1] or [sent.end])
    return max(left + 1, sent.start), right


def figure_clause(text: str, sent: Sentence, fig: Figure, mentions: list[NumberMention], consumed: set[int]) -> Clause:
    """The clause of the figure, narrowed to the numbers around it: a cue after the next number belongs to
    that number, and one before the previous number to that one. An aside after the figure ("Nine fans -
    six from X and three from Y - were arrested") is stepped over: its numbers are not "the next number"."""
    lo, hi = _sentence_clause(text, fig.span_start, fig.end, sent)
    aside = ASIDE.match(text[fig.end : sent.end])
    beyond = fig.end + aside.end() if aside else fig.end
    n = fig.mention
    later = [
        m.start
        for m in mentions[fig.index + 1 :]
        if m.start >= beyond
        and mentions.index(m) not in consumed
        and not SUBSET_AFTER.match(text, m.end)  # "eight of them women" shares the verb that follows
        and not OF_THE.fullmatch(text[n.end : m.start])  # "14 of the 189 occupants were hurt": so does a base
    ]
    if later:
        hi = min(hi, later[0])
    earlier = [m.end for m in mentions[: fig.index] if m.end <= fig.span_start]
    if earlier:
        lo = max(lo, earlier[-1])
    return Clause(lo, hi, beyond)


def is_subset(text: str, sent: Sentence, fig: Figure) -> bool:
    """A part of a whole counted elsewhere: "eight of them", "18 people, including seven police officers",
    "Of those, 318", "12 remained hospitalized"; or a countdown ("two minutes from time"), no figure to compare."""
    n, end, span_start = fig.mention, fig.end, fig.span_start
    of_a_figure = OF_A_FIGURE.match(text[n.end : n.end + 24])  # "14 of the 189": the 14 is the count, not a part
    if not of_a_figure and OF_WHOLE_AFTER.match(text[n.end : n.end + 14]):
        return True
    if COUNTDOWN_AFTER.match(text[end : end + 14]):
        return True  # "two minutes from time" counts down: not a figure to compare
    if INCLUDING_BEFORE.search(text[max(0, span_start - 30) : span_start]) or OF_THOSE.search(
        text, max(sent.start, span_start - 20), span_start
    ):
        return True
    return bool(STILL_AFTER.match(text, end))


def is_base(text: str, mentions: list[NumberMention], idx: int) -> bool:
    """ "14 of the 189 occupants were hurt": the 189 is only the base of the 14, and has no outcome."""
    return bool(idx > 0 and OF_THE.fullmatch(text[mentions[idx - 1].end : mentions[idx].start]))


def is_background(doc: Document, sent: Sentence, clause: Clause, end: int) -> bool:
    """Another event's figure: another year's ("the 2016 quake killed more than 200"), an earlier one's
    ("six years ago, a fire injured three workers") or history ("thousands of troops in 19 years of war")."""
    text = doc.folded
    return (
        names_another_year(doc, sent)
        or bool(past_event().search(text, clause.lo, max(clause.hi, end)))
        or follows_earlier_event(text, sent.start, end)
        or bool(HISTORICAL.search(text[clause.lo : max(clause.hi, end)]))
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
