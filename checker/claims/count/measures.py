"""A figure's unit and what it measures: "35-minute", "250 mm", "€2.4bn", "46.4% of valid votes", "revenue".

A unit makes a figure an amount, compared only with amounts in the same unit (converted): euros
with euros, never with kroner. A measure word near the figure ("revenue fell 4.1% to €3.2 billion")
says which amount it is; the counted noun's own measure ("3,500 jobs") wins over any word nearby. The
words are language data (``lang/en/counting.yaml``, ``counted.yaml``, ``measures.yaml``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from checker import lang
from checker.analysis.document import Sentence
from checker.claims.count.figures import Figure
from checker.claims.count.non_counts import temperature_sign_at
from checker.claims.count.nouns import noun_phrase
from checker.claims.count.words import counting, units, word_alternation
from checker.normalise.categories import category_of
from checker.normalise.numbers import currency_names, currency_of
from checker.normalise.patterns import alternation, case_sensitive

GLUED_WORD = re.compile(r"^-?([A-Za-z]+)\b")


@lru_cache(maxsize=1)
def _percent_after() -> re.Pattern[str]:
    """ "46.4%", "12 per cent", "12 percent", "12pc": the percent unit's words (``counted.yaml``) after a figure,
    a word as a whole word, a sign as it is; a space in a word may be left out ("per cent", "percent")."""
    written = lang.load().counted.units["percent"].words
    signs = alternation(w for w in written if not w[-1:].isalnum())
    words = alternation((w for w in written if w[-1:].isalnum()), space=r"\s")
    return re.compile(rf"^\s*(?:{signs}|{words}\b)")


@lru_cache(maxsize=1)
def _currency_word() -> re.Pattern[str]:
    """A currency named after the figure: "2.4bn euros", "412 kroner"."""
    return re.compile(rf"\s*({alternation(currency_names())})\b", re.I)


@lru_cache(maxsize=1)
def _after_figure_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The scale after "degrees", what a percentage is of, and a percentage's direction after it."""
    words = counting()
    return (
        re.compile(rf"\s+({word_alternation(words.temperature_scales)})\b", re.I),
        re.compile(
            rf"^\s+(?:{word_alternation(words.partitive)})\s+(?:(?:{word_alternation(words.share_determiners)})\s+)?"
            rf"((?:[\w']+\s+){{0,2}}?(?:{word_alternation(words.share_bases)}))\b"
        ),
        re.compile(rf"\s+({word_alternation(words.direction_after)})\b", re.I),
    )


@lru_cache(maxsize=1)
def _money_cue() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(lang.load().counted.money_cues)}\b", re.I)


def _money_spoken_of(text: str, span: tuple[int, int]) -> bool:
    """The sentence speaks of money ("fined 500 pounds", "2 million pounds"): a currency name that is also a
    unit ("pounds") is then money."""
    return bool(_money_cue().search(text, *span))


def read_unit(text: str, fig: Figure, sent_span: tuple[int, int]) -> None:
    """The figure's unit and counted noun phrase: a unit glued on ("35-minute", "310mm") or named as the
    noun ("250 mm", "11 degrees Celsius"), a currency (a sign, a code or a name after it), a percentage
    (and what it is of: "46.4% of valid votes"), or the match clock ("the 32nd minute")."""
    unit_words = units()
    n = fig.mention
    glued = None if fig.minute else GLUED_WORD.match(text[fig.after : fig.after + 20])
    if glued and glued.group(1).lower() in unit_words:
        fig.unit = unit_words[glued.group(1).lower()]
        fig.after += glued.end()  # "35-minute": the unit is part of the claim
    glued_to_figure = not fig.unit and not fig.minute and fig.after == fig.mention.end
    sign = temperature_sign_at(text, fig.mention) if glued_to_figure else None
    if sign:  # "46.2C", "115°F": the sign stands for the degrees of its scale
        fig.unit = counting().temperature_signs[sign.group(1) or sign.group(2)]
        fig.noun_start, fig.noun_end, fig.caps = fig.after, sign.end(), []
        fig.noun = fig.head = counting().degree_nouns[-1]
    else:
        fig.noun_start, fig.noun_end, fig.noun, fig.caps = noun_phrase(text, fig.after)
        fig.head = fig.noun.split()[-1].lower() if fig.noun else ""
    if fig.minute:
        fig.unit, fig.noun, fig.head, fig.noun_end = "match_minute", "", "minute", fig.after
    if fig.unit is None and fig.head in unit_words and len(fig.noun.split()) == 1:
        fig.unit = unit_words[fig.head]
    first = fig.noun.split()[0].lower() if fig.noun else ""
    if fig.unit is None and first in counting().degree_nouns and first in unit_words:
        fig.unit = unit_words[first]  # "minus-20 degree temperatures": degrees of temperature
    scale_after, share_base, _direction = _after_figure_patterns()
    scale = scale_after.match(text, fig.noun_end) if fig.head in counting().degree_nouns else None
    if scale:  # "11 degrees Celsius", "52 degrees Fahrenheit": the scale is the unit
        fig.unit = unit_words.get(scale.group(1).lower(), fig.unit)
        fig.noun_end = scale.end()
    money = _currency_word().match(text, fig.after) if not n.currency else None
    scaled = any(ch.isalpha() for ch in text[n.start : n.end])  # "2m pounds", "£3 million": a sum of money
    if money and money.group(1).lower() in unit_words and not scaled and not _money_spoken_of(text, sent_span):
        money = None  # "weighing 130 pounds": a weight, not sterling
    if n.currency or money:
        # the currency is part of the unit: euros are compared with euros, never with kroner
        fig.unit = "currency:" + currency_of(n.currency or (money.group(1) if money else ""))
    pct = _percent_after().match(text[n.end : n.end + 12])
    if pct:
        fig.unit, fig.noun_end = "percent", n.end + pct.end()
        fig.noun, fig.head = "", "percent"
        base = share_base.match(text[fig.noun_end : fig.noun_end + 60])
        if base:  # "46.4% of valid votes": what the share is of
            fig.noun = base.group(1).lower()
    fig.category = category_of(fig.noun) if fig.noun else None
    if fig.unit and text[n.start : n.end].lower() in lang.load().numbers.one_before_unit:
        tail = _fraction_after_unit().match(text, fig.noun_end)
        if tail:  # "a mile and a half": the half read with the "a" is part of the claim's words
            fig.noun_end = tail.end()


@lru_cache(maxsize=1)
def _fraction_after_unit() -> re.Pattern[str]:
    fractions = alternation(lang.load().numbers.fraction_after, space=r"\s+")
    return re.compile(rf"\s+{fractions}\b", re.I)


@lru_cache(maxsize=1)
def _measure_patterns() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    """One alternation for all measure words and one for direction words, longest first."""
    data = lang.load().measures

    def compile_table(table: dict[str, list[str]]) -> tuple[re.Pattern[str], dict[str, str]]:
        """The pattern of a table's words, and word (lower case) -> its row's name."""
        owner = {w.lower(): name for name, ws in table.items() for w in ws}
        return re.compile(rf"\b{alternation(owner)}\b", re.I), owner

    measures, measure_owner = compile_table(data.measures)
    directions, direction_owner = compile_table(data.directions)
    return measures, measure_owner, directions, direction_owner


@lru_cache(maxsize=32)
def _measure_hits(text: str) -> list[tuple[int, int, str]]:
    """Every measure word of a text, in order: found once per article, not once per figure."""
    measures, owner, _d, _o = _measure_patterns()
    low = text.lower()
    if len(low) == len(text):  # lower case keeps the offsets: match without IGNORECASE, four times faster
        return [(m.start(), m.end(), owner[m.group(0)]) for m in case_sensitive(measures).finditer(low)]
    return [(m.start(), m.end(), owner[m.group(0).lower()]) for m in measures.finditer(text)]


@lru_cache(maxsize=1)
def _next_clause() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lang.load().measures.next_clause)})\b", re.I)


def measure_of(text: str, lo: int, at: int, end: int, hi: int) -> tuple[str | None, str | None]:
    """What a figure measures (nearest measure word in its clause) and its direction (just before it)."""
    found = _measure_at(text, lo, at, end, hi)
    return (found[0] if found else None), _direction(text, lo, at)


def _direction(text: str, lo: int, at: int) -> str | None:
    _m, _o, directions, direction_owner = _measure_patterns()
    found = directions.search(text, max(lo, at - 25), at)
    return direction_owner[found.group(0).lower()] if found else None


def _measure_at(text: str, lo: int, at: int, end: int, hi: int) -> tuple[str, int] | None:
    """The nearest measure word in ``text[lo:hi]`` to the figure at ``at:end``, with where it starts."""
    measures, owner, _d, _o = _measure_patterns()
    best: tuple[int, str, int] | None = None
    # a whole article's measure words are found once; a short text (a noun phrase) is read directly
    hits = (
        _measure_hits(text)
        if len(text) > 200
        else [(m.start(), m.end(), owner[m.group(0).lower()]) for m in measures.finditer(text)]
    )
    for m_start, m_end, measure in hits[bisect_left(hits, (lo,)) :]:
        if m_end > hi:
            break
        if at <= m_start and m_end <= end:
            dist = 0  # inside the figure's own words: "a 6.1-magnitude earthquake"
        elif m_start >= end and _next_clause().search(text, end, m_start):
            continue  # "fell 4.1 per cent to 3.2 billion euros and net profit dropped": the profit is the next figure's
        else:
            dist = at - m_end if m_end <= at else (m_start - end) * 2 + 1  # words before count more
        if dist >= 0 and (best is None or dist < best[0]):
            best = (dist, measure, m_start)
    return (best[1], best[2]) if best and best[0] <= 80 else None


class Measured(NamedTuple):
    measure: str | None
    direction: str | None
    qualifier: str | None  # the word that says which one: "CLOSING price", "CORPORATE jobs"


def _qualifier(text: str, at: int) -> str | None:
    """The word right before a measure word that says which one it is ("closing price", "offer price",
    "corporate jobs"; ``measures.yaml`` ``qualifiers``), if there is one."""
    m = WORD_BEFORE.search(text, max(0, at - 30), at)
    return m.group(1).lower() if m and m.group(1).lower() in _qualifiers() else None


WORD_BEFORE = re.compile(r"(?<!['\w-])([A-Za-z][a-z-]*)\s+$")


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    return frozenset(w.lower() for w in lang.load().measures.qualifiers)


def figure_measure(text: str, sent: Sentence, fig: Figure, clause_lo: int, clause_hi: int) -> Measured:
    """(measure, direction, qualifier) of the figure: the nearest measure word in its clause (from a little before
    it), the direction word before it, else after a percentage ("closed 8.6 percent lower"), and the word that
    qualifies the measure word. A counted noun says itself what is measured ("3,500 jobs"): then nothing nearby
    overrides it."""
    lo = max(sent.start, clause_lo - 40)
    found = _measure_at(text, lo, fig.span_start, fig.end, clause_hi)
    measure, direction = (found[0] if found else None), _direction(text, lo, fig.span_start)
    qualifier = _qualifier(text, found[1]) if found else None
    if direction is None and fig.unit == "percent":
        after_word = _after_figure_patterns()[2].match(text, fig.end)
        direction = _measure_patterns()[3].get(after_word.group(1).lower()) if after_word else None
    own_found = _measure_at(fig.noun, 0, 0, 0, len(fig.noun)) if fig.noun else None
    own = own_found[0] if own_found else None
    if own_found:
        qualifier = _qualifier(fig.noun.lower(), own_found[1])  # "corporate jobs"
    if own or fig.category and not fig.category.startswith("raw:") and not fig.unit:
        measure = own
    elif (
        fig.noun
        and not fig.unit
        and measure not in lang.load().measures.counts_things
        and not _named_before(text, fig.span_start)
        and not _glued_after(text, fig.mention.end)
    ):
        measure = None  # "10 games" near "Friday's loss": a count of games, not the amount of a loss
    units, measures = lang.load().counted.units, lang.load().measures
    if measure in measures.counts_things and fig.unit and fig.unit != "percent":
        measure = None  # "cut 1,200 jobs over two years": the years are no count of jobs
    if measure and fig.unit in units and units[fig.unit].base in measures.named_by_units.get(measure, []):
        measure = None  # "weighed 1,580 kg": kilograms are a weight, written or not
    outside = found and measure == found[0] and not fig.span_start <= found[1] < fig.end  # not its own "degrees"
    word_unit = _unit_of_word(text, found[1]) if found and outside else None
    if word_unit and fig.unit in units and units[fig.unit].base != word_unit:
        measure = None  # "5 feet 7 inches tall and 135 pounds": "feet" names the measure of lengths, not of pounds
    if measure in measures.money_measures and fig.unit in units and fig.unit != "percent":
        measure = None  # "4 gigabytes" beside "a price tag of $2,799": no sum of money
    return Measured(measure, direction, qualifier if measure else None)


def _unit_of_word(text: str, at: int) -> str | None:
    """The base unit the measure word at ``at`` is itself a unit of ("feet": metre), if it is one."""
    word = re.match(r"[\w-]+", text[at:])
    units = lang.load().counted.units.values()
    return next((u.base for u in units if word and word.group(0).lower() in u.words), None)


OF_BEFORE = re.compile(r"(?:\s+(?:of\s+)?|-)$")  # "a magnitude of 4.4", "a magnitude-4.4 quake"


def _named_before(text: str, at: int) -> bool:
    """ "a magnitude 4.4 earthquake", "a magnitude of 4.4", "a magnitude-4.4 quake", "a crowd of 47,312": the
    measure names the figure itself, right before it."""
    before = text[max(0, at - 40) : at]
    return any(OF_BEFORE.fullmatch(before, m.end()) for m in _measure_patterns()[0].finditer(before))


HYPHENED_WORD = re.compile(r"-([A-Za-z]+)")


def _glued_after(text: str, end: int) -> bool:
    """ "a 6.1-magnitude earthquake": the measure glued to the figure by a hyphen names it."""
    glued = HYPHENED_WORD.match(text, end, end + 20)
    return bool(glued and _measure_patterns()[0].fullmatch(glued.group(1)))


FOLLOWING_WORD = re.compile(r"\s*([a-z]+)")


def dimension_after(text: str, end: int) -> str | None:
    """The word right after a measured figure that says which extent it is ("40 metres wide", "4.5 metres
    deep"; ``measures.yaml``, ``dimensions``): figures of different extents measure different things."""
    follow = FOLLOWING_WORD.match(text, end, end + 20)
    return follow.group(1) if follow and follow.group(1) in lang.load().measures.dimensions else None
