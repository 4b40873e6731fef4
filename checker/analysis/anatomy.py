"""Article anatomy: the page furniture around a story (stamps, bylines, a dateline), told from its text.

Real web and wire copy keeps what the page printed around the story: "Posted: May 24, 2005", "Last
updated 13:26 14/09/2013", "By Jane Doe, Staff Writer"; wire copy opens with a dateline ("NAIROBI,
March 12 (Reuters) -"). Read as body text, a stamp's date becomes the event's date and its time the
event's time, so two outlets that posted an hour apart "disagree", and a dateline's city becomes the
event's place.
Furniture yields no claims; what it is made of is language data (``lang/en/anatomy.yaml``,
``lang/en/outlets.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker import lang
from checker.analysis.dateline import Dateline, find_dateline

WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*", re.UNICODE)
DIGIT = re.compile(r"\d")
# a year, or a date written in figures: "2005", "14/09/2013", "2012-04-04", "08.07.2012"
NUMERIC_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Vocabulary:
    stamp: frozenset[str]  # words a stamp line may hold besides numbers
    signals: frozenset[str]  # words that make a line of dates a stamp: "posted", a month name
    openers: tuple[str, ...]
    joiners: frozenset[str]
    byline_max: int
    stamp_max: int
    stamp_other: int


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The furniture words, with the language data's examples checked once, when first used."""
    data = lang.load()
    cal, anatomy = data.calendar, data.anatomy
    calendar = [*cal.months, *cal.weekdays, *cal.time_zones]
    calendar += [a for names in (*cal.months.values(), *cal.weekdays.values()) for a in names]
    vocab = Vocabulary(
        stamp=frozenset(w.strip(".") for w in [*anatomy.stamp_words, *calendar]),
        signals=frozenset([*anatomy.stamp_signals, *cal.months, *(a for names in cal.months.values() for a in names)]),
        openers=tuple(sorted(anatomy.byline_openers, key=len, reverse=True)),
        joiners=frozenset(anatomy.byline_joiners),
        byline_max=anatomy.byline_max_words,
        stamp_max=anatomy.stamp_max_words,
        stamp_other=anatomy.stamp_other_words,
    )
    wrong = [x for x in anatomy.examples.furniture if not is_furniture(x, vocab)]
    wrong += [x for x in anatomy.examples.prose if is_furniture(x, vocab)]
    if wrong:
        raise ValueError(f"lang/en/anatomy.yaml: examples read the wrong way: {wrong}")
    return vocab


def is_stamp(line: str, vocab: Vocabulary) -> bool:
    """A date or time stamp: a number, and no more than a city's name beside the stamp words."""
    words = WORD.findall(line)
    if not DIGIT.search(line) or len(words) + len(DIGIT.findall(line)) > 3 * vocab.stamp_max:
        return False
    if len(line.split()) > vocab.stamp_max:
        return False
    lowered = [w.lower().strip(".") for w in words]
    if not NUMERIC_DATE.search(line) and not any(w in vocab.signals for w in lowered):
        return False  # a clock time alone heads a live blog's entry: the date pass reads it
    return sum(w not in vocab.stamp for w in lowered) <= vocab.stamp_other


def is_byline(line: str, vocab: Vocabulary) -> bool:
    """ "By Jane Doe and John Roe, Staff Writers": an opener, then names and joiners only."""
    low = line.strip().lower()
    opener = next((o for o in vocab.openers if low.startswith(o + " ")), None)
    if opener is None or DIGIT.search(line):
        return False
    words = WORD.findall(line.strip()[len(opener) :])
    if not words or len(words) > vocab.byline_max:
        return False
    return all(w[0].isupper() or w.lower() in vocab.joiners for w in words)


def is_furniture(line: str, vocab: Vocabulary | None = None) -> bool:
    vocab = vocab or vocabulary()
    return bool(line.strip()) and (is_stamp(line, vocab) or is_byline(line, vocab))


def read_anatomy(
    text: str, body_start: int = 0, title: str | None = None
) -> tuple[list[tuple[int, int]], Dateline | None]:
    """The furniture spans of ``text`` (from ``body_start`` on), in order, and the story's dateline.

    Stamps and bylines are whole lines; a dateline ("NAIROBI, March 12 (Reuters) -") is the start of
    the lead's line only, as the story's first sentence follows it on that line.
    """
    vocab = vocabulary()
    spans = [(m.start(), m.end()) for m in LINE.finditer(text, body_start) if is_furniture(m.group(), vocab)]
    dateline = find_dateline(text, body_start, lambda line: is_furniture(line, vocab), title)
    if dateline is not None and not any(lo <= dateline.start < hi for lo, hi in spans):
        spans = sorted([*spans, (dateline.start, dateline.end)])
    return spans, dateline


def furniture_spans(text: str, body_start: int = 0, title: str | None = None) -> list[tuple[int, int]]:
    """Character spans of the furniture of ``text`` (from ``body_start`` on): stamps, bylines, a dateline."""
    return read_anatomy(text, body_start, title)[0]
