"""Which numbers of a sentence count nothing, so that no count is read from them.

Most numbers in news copy count nothing: dates, clock times, ages, scores, addresses, names and model numbers
("Windows 2000"), increments ("eight more bodies"), fractions, rates and changes; a temperature's sign after a
figure ("46.2C") tells a measure from a name ("apartment 4C"). The patterns that tell them (``FigurePatterns``)
also find ranges and vote splits for ``figures.py``. The words are language data (``lang/en/counting.yaml``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from checker import lang
from checker.analysis.clock import clock_halves
from checker.claims.count.words import counting, month_names, word_alternation
from checker.normalise.numbers import NumberMention
from checker.normalise.patterns import alternation
from checker.normalise.patterns import phrases as _words

# patterns the per-figure loop runs, compiled once (the ``re`` module's cache look-up costs as much as a short
# match); the words in them are language data (``lang/en/counting.yaml``), only their shape is written here
GLUED_AFTER = re.compile(r"^[a-z]")  # "1st", "3D": a letter glued to the figure (see ``glued_abbreviations``)
CLOCK_BEFORE = re.compile(r"\d[:]$")
SCORE_BEFORE = re.compile(r"\d-$")
IDENTIFIER_BEFORE = re.compile(r"\b[A-Z][a-z]+\s$")
DIMENSION_AFTER = re.compile(r"\s?x\s?\d")
DIMENSION_BEFORE = re.compile(r"\d\s?x\s?$")
ACRONYM_BEFORE = re.compile(r"(?:\b[A-Z]{2,}|\b[A-Z]-)\s?$")
LINE_WORD = re.compile(r"[A-Za-z][\w'-]*")
SENTENCE_END_BEFORE = re.compile(r"[.!?]\s*$")


class FigurePatterns(NamedTuple):
    ordinal_minute: re.Pattern[str]  # after the figure: "(32)nd-minute"
    rate_before: re.Pattern[str]  # "one in (40)"
    short_unit_after: re.Pattern[str]  # "(2.4)bn", "(310)mm"
    clock_after: re.Pattern[str]  # "(3) p.m.", "(7) o'clock"
    plural_after: re.Pattern[str]  # "(2016) votes"
    year_preposition_before: re.Pattern[str]  # "in (2016)"
    not_identifier_before: re.Pattern[str]  # "On (12)", "Monday (12)": no name
    aged_before: re.Pattern[str]  # "aged (12)"
    range_gap: re.Pattern[str]  # "(20) to (30)", its joining word in group ``word``
    between_before: re.Pattern[str]  # "between (20) and (30)"
    vote_split_gap: re.Pattern[str]  # "(31) votes to (26)"
    vote_cue: re.Pattern[str]  # a sentence about a vote
    percent_after: re.Pattern[str]  # "(30)%", "(30) per cent": a range's second figure is a share too
    change_from_before: re.Pattern[str]  # "rose from (12) to 15": an earlier level, no range's start


@lru_cache(maxsize=1)
def _figure_patterns() -> FigurePatterns:
    """The patterns that tell which numbers are figures, from ``lang/en/counting.yaml`` (the clock's words from
    ``dates.yaml``, the ordinal suffixes from ``numbers.yaml``)."""
    data, words = lang.load(), counting()
    clock, ordinal = data.dates.clock, _words(data.numbers.ordinal_suffixes)
    halves = "(?:{}|{})".format(*clock_halves(""))
    marks = [w.lower() for w in [*clock.universal, *clock.after_figure]]
    letters = [w for w in marks if len(w) == 1]  # a one-letter mark only as a word of its own: "12h", not "12 hours"
    # "Rs." as "Rs" with an optional full stop
    codes = "|".join(re.escape(c.rstrip(".")) + r"\.?" * c.endswith(".") for c in data.counted.range_currencies)
    percent = _words(words.range_percent, space=r"\s")
    return FigurePatterns(
        re.compile(rf"^{ordinal}[- ]{_words(words.match_minute)}\b"),
        re.compile(rf"\b(?:{_words(words.rate_ones)}|1)\s+{_words(words.rate_of)}\s+$", re.I),
        re.compile(rf"^{_words(words.glued_abbreviations)}\b"),
        re.compile(
            rf"^\s*(?:[:.]\d\d)?\s*(?:{halves}\.?|{_words([w for w in marks if w not in letters])}|{_words(letters)}\b)"
            r"|^:\d\d"
        ),
        re.compile(rf"^\s+(?:{_words(words.plural_nouns)}|[a-z]+{_words(words.plural_endings)})\b"),
        re.compile(rf"\b{_words(words.year_prepositions)}\s+$"),
        re.compile(
            rf"\b(?:[A-Z][a-z]+{_words(words.not_name_endings)}"
            rf"|{alternation([w.capitalize() for w in words.not_name_words], fold_case=False)})\s$"
        ),
        re.compile(rf"\b{_words(words.age_before)}\s+$"),
        re.compile(
            rf"\s*(?P<percent>%|{percent})?\s*"
            rf"(?P<word>{_words(words.range_to)}|-|{_words(words.range_and)})\s*(?:{codes})?\s*",
            re.I,
        ),
        re.compile(rf"\b{_words(words.range_between)}\s+$", re.I),  # "Between 20 and 30 people" opening a sentence
        re.compile(rf"\s*(?:{_words(words.vote_nouns)}\s+)?(?:{_words(words.range_to)}|-|\u2013)\s*", re.I),
        re.compile(rf"\b{_words(words.vote_words)}\b|\b{_words(words.vote_stems)}", re.I),
        re.compile(rf"\s*(?:%|{percent}\b)", re.I),
        re.compile(
            rf"\b(?:{word_alternation([*words.change_verbs, *words.toll_verbs])})\s+{_words(words.change_from)}\s+$",
            re.I,
        ),
    )


@lru_cache(maxsize=1)
def _month_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A month name just before a figure ("May 12", "Sept. 3") and just after it ("12 May")."""
    months = "|".join(month_names())
    return re.compile(r"(?:" + months + r")\.?\s+$"), re.compile(r"^\s+(?:" + months + r")\b")


@lru_cache(maxsize=1)
def _no_count_patterns() -> tuple[re.Pattern[str], ...]:
    """Increments after and before a figure, fractions and changes before it, from ``counting.yaml``."""
    words = counting()
    return (
        re.compile(rf"^\s+(?:{word_alternation(words.increment_after)})\b"),
        re.compile(rf"\b(?:{word_alternation(words.increment_before)})\s+$"),
        re.compile(rf"\b(?:{word_alternation(words.fractions)})\s+(?:{_words(words.partitive)}\s+)?$", re.I),
        re.compile(
            rf"\b(?:{word_alternation(words.change_verbs)})\s+"
            rf"(?:\w+\s+){{0,2}}?{_words(words.change_by)}\s+(?:{_words(words.change_hedges)}\s+)?"
            rf"(?:\w+\s+{_words(words.change_either)}\s+)?$",
            re.I,
        ),
    )


@lru_cache(maxsize=1)
def temperature_sign() -> re.Pattern[str]:
    """A scale's sign right after a figure, as printed: a degree sign after a space at most ("46.2 °C", "46°"), a
    capital letter only glued to the figure ("46.2C"), and no letter or digit after it ("12Cs" is no sign)."""
    signs = counting().temperature_signs
    degree = alternation((s for s in signs if not s.isalpha()), fold_case=False)
    letter = alternation((s for s in signs if s.isalpha()), fold_case=False)
    return re.compile(rf"(?:\s?({degree})|({letter}))(?![\w°º])")


TEMPERATURE_NEAR = 60  # characters before a figure in which a glued letter's temperature is named


@lru_cache(maxsize=1)
def _temperature_word() -> re.Pattern[str]:
    return re.compile(rf"\b{_words(lang.load().measures.measures['temperature'])}\b", re.I)


def temperature_sign_at(text: str, n: NumberMention) -> re.Match[str] | None:
    """The scale's sign after a figure: a degree sign always, a glued letter only for a figure with decimals
    ("46.2C") or one a temperature is named just before ("temperatures hit 40C"); "apartment 4C" and "Flight 12C"
    are names."""
    sign = temperature_sign().match(text, n.end)
    if sign is None or sign.group(1):
        return sign
    if "." in text[n.start : n.end] or _temperature_word().search(text, max(0, n.start - TEMPERATURE_NEAR), n.start):
        return sign
    return None


@lru_cache(maxsize=1)
def _address_block() -> re.Pattern[str]:
    """ "the 12000 BLOCK OF East 223rd Street": the number of an address, not a count (``places.yaml`` streets)."""
    block = alternation(lang.load().places.streets.block, space=r"\s+")
    return re.compile(rf"^\s+{block}\b")


def is_date_or_time(text: str, n: NumberMention) -> bool:
    """A number that is part of a date, a clock time, a name, an address, a score or an age: never a count.

    A year ("in 2016", 1900-2100 without a comma) is one unless a plural noun follows without a
    preposition before it ("2016 votes")."""
    before = text[max(0, n.start - 12) : n.start].lower()
    after = text[n.end : n.end + 12].lower()
    month_before, month_after = _month_patterns()
    patterns = _figure_patterns()
    if n.start > 0 and _identifier(text, n, after):
        return True  # names and model numbers: "Windows 2000", "USB 3.0", "HD 4000", "I-805", "1440 x 900"
    if GLUED_AFTER.match(after) and not patterns.short_unit_after.match(after):
        return not temperature_sign_at(text, n)  # ordinals "1st" and glued words, not "46.2C"
    if month_before.search(before) or month_after.match(after):
        return True
    if _address_block().match(after):
        return True  # an address's block: "the 12000 block of East 223rd Street"
    if CLOCK_BEFORE.search(before):
        return True  # the minutes of "7:42 left", "2:56": part of a clock
    if patterns.clock_after.match(after):
        return True
    if (
        n.value is not None
        and 1900 <= n.value <= 2100
        and float(n.value).is_integer()
        and "," not in text[n.start : n.end]
    ):
        return not patterns.plural_after.match(after) or bool(patterns.year_preposition_before.search(before))
    if after.startswith("-") and after[1:2].isdecimal() or SCORE_BEFORE.search(before):
        return True  # identifiers and scores: "ATR 72-600", "a 9-14 start", "a 27-24 overtime loss"
    if patterns.aged_before.search(before) or any(after.startswith("-" + w) for w in counting().age_after):
        return True
    return False


@lru_cache(maxsize=1)
def _unit_word_after() -> re.Pattern[str]:
    """A unit of time, length or weight spelled out right after a figure ("12 weeks", "5 miles")."""
    words = [w for u in lang.load().counted.units.values() for w in u.words if len(w) > 2 and w.isalpha()]
    return re.compile(rf"\s+{_words(words)}\b", re.I)


def _identifier(text: str, n: NumberMention, after: str) -> bool:
    """A figure that is part of a name: an acronym or a letter and hyphen just before it ("USB 3.0", "HD
    4000", "I-805"), a capitalised word inside a sentence of ordinary case ("Windows 2000 users", "Flight
    317"), or one side of a dimension ("1440 x 900"). A headline's capitals ("Bus Crash Kills 12") are
    no name, and neither is a preposition or a weekday ("On 12 May")."""
    if DIMENSION_AFTER.match(after) or DIMENSION_BEFORE.search(text, max(0, n.start - 8), n.start):
        return True
    if not text[n.start : n.start + 1].isdigit():
        return False  # "gave Brightwater three contracts": a name is numbered in figures, not in words
    if _unit_word_after().match(after):
        return False  # "with John 12 weeks ago": a span of time or a distance follows, not a name's number
    before = text[max(0, n.start - 12) : n.start]
    word = ACRONYM_BEFORE.search(before) or IDENTIFIER_BEFORE.search(before)
    if not word or _figure_patterns().not_identifier_before.search(before):
        return False
    line_start = text.rfind("\n", 0, n.start) + 1
    line_end = text.find("\n", n.end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    words_ = LINE_WORD.findall(line)
    title_case = sum(w[0].isupper() for w in words_) * 2 > len(words_)
    if ACRONYM_BEFORE.search(before) and not title_case:
        return True
    opens = not text[line_start : n.start - len(word.group(0))].strip(" \"'([") or SENTENCE_END_BEFORE.search(
        text[line_start : n.start - len(word.group(0))]
    )
    return not title_case and not opens


def is_no_count(text: str, n: NumberMention) -> bool:
    """An increment ("eight more bodies", "another 12"), a fraction of the figure ("a quarter of a
    million dollars"), a rate ("one in 40 cases") or a change ("fell by four degrees"): no total to compare."""
    more_after, another_before, fraction_before, change_before = _no_count_patterns()
    if more_after.match(text[n.end : n.end + 12]) or another_before.search(text[max(0, n.start - 12) : n.start]):
        return True
    if fraction_before.search(text, max(0, n.start - 24), n.start):
        return True  # left unread rather than misread
    if _figure_patterns().rate_before.search(text, max(0, n.start - 16), n.start):
        return True
    return bool(change_before.search(text, max(0, n.start - 30), n.start))
