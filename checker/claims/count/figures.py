"""Which numbers of a sentence are figures to read as counts, and what each one is worth.

Most numbers in news copy count nothing: dates, clock times, ages, scores, model numbers ("Windows
2000"), increments ("eight more bodies"), fractions, rates and changes. Those are set aside first
(``non_counts.py``), before anything else reads them; what is left is a ``Figure``, with its hedged value
("at least 10") and a range ("20 to 30") joined into one, that the other ``count_*`` modules fill in stage
by stage. The words are language data (``lang/en/counting.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker import lang
from checker.analysis.document import Sentence
from checker.claims.count.non_counts import _figure_patterns, is_date_or_time, is_no_count
from checker.claims.count.words import counting
from checker.models import CountPart, Interval
from checker.normalise.hedges import hedge_around, to_interval
from checker.normalise.numbers import NumberMention, time_unit_words


@dataclass
class Figure:
    """A figure being read into a count claim; ``read_figure`` finds it, later stages fill in the rest."""

    index: int  # its place among the sentence's numbers
    mention: NumberMention  # the figure; a range ("20 to 30") is one mention
    value: Interval
    span_start: int  # where the claim starts: a hedge before the figure ("at least") is part of it
    after: int  # where the words after it start: past a hedge, "-minute" or a glued unit ("35-minute")
    minute: re.Match[str] | None  # "the 32nd-minute opener": a point on the match clock
    unit: str | None = None
    noun: str = ""
    head: str = ""  # the counted noun's last word, lower case: what the raw category and implied outcome go by
    caps: list[str] = field(default_factory=list)  # capitalised words before the noun: the affiliation
    noun_start: int = 0
    noun_end: int = 0
    category: str | None = None
    end: int = 0  # where the claim ends: past the noun, the parts and a coordinated noun
    parts: list[CountPart] = field(default_factory=list)


def _joined_range(text: str, n: NumberMention, nxt: NumberMention) -> NumberMention | None:
    """ "20 to 30", "20-30%", "between 20 and 30": the two figures as one mention from the first to the
    second, or None. A share then a price ("rose 24% to DKK 394") is no range, and neither are two
    figures that do not rise ("10 and 4"), nor "and" without "between" ("10 soldiers and 14 police")."""
    patterns = _figure_patterns()
    joint = patterns.range_gap.fullmatch(text[n.end : nxt.start])
    # a share, then a level in anything else: "rose 24% to DKK 394", "fell 7 per cent to 312 pence"
    share_then_level = bool(joint and joint.group("percent") and not patterns.percent_after.match(text, nxt.end))
    if (
        joint
        and not share_then_level
        and not patterns.change_from_before.search(text, max(0, n.start - 20), n.start)  # "rose from 12 to 15"
        and n.value is not None
        and nxt.value is not None
        and n.value < nxt.value
        and (
            joint.group("word") not in counting().range_and  # "and" as written: "between" must come before it
            or patterns.between_before.search(text[max(0, n.start - 9) : n.start])
        )
    ):
        if n.currency and not nxt.currency and nxt.value < 1000 <= n.value:
            return None  # a large sum of money, then a small bare number: not the other end of the sum
        return NumberMention(n.start, nxt.end, n.value, None, n.currency or nxt.currency)
    return None


def is_vote_split(text: str, sent: Sentence, a: NumberMention, b: NumberMention) -> bool:
    """ "by 31 votes to 26", "carried 31-26", "a 7-2 vote": two sides of one vote, in a sentence about a vote."""
    if not _figure_patterns().vote_split_gap.fullmatch(text, a.end, b.start):
        return False
    if a.value is None or b.value is None or a.value < b.value or a.currency or b.currency:
        return False  # "between 20 and 30", "$5-10": a range, not a split; the winning side comes first
    if re.fullmatch(r"\d{4}", text[a.start : a.end]) and re.fullmatch(r"\d{2}", text[b.start : b.end]):
        return False  # "the fiscal year 2026-27": a span of two years, written short
    return bool(_figure_patterns().vote_cue.search(text, sent.start, sent.end))


def _over_a_span(before: str, hedge: str, after: str) -> bool:
    """ "over" before a span of time, after a word that does not make it "more than" ("will close over 18 months",
    "40 hours over four days"; but "lasted over two hours", "for over 30 hours")."""
    if hedge.strip().lower() != "over":
        return False
    next_word = after.split(None, 1)[:1]
    if not next_word or next_word[0].lower().strip(",.;:") not in time_unit_words():
        return False
    last = before.split()[-1:]
    hedged = lang.load().numbers.over_span_hedged_after
    return bool(last) and last[0].lower().strip(",;:(") not in hedged and last[0][-1:] not in ".!?"


def read_figure(
    text: str, sent: Sentence, mentions: list[NumberMention], idx: int, consumed: set[int]
) -> Figure | None:
    """The figure at ``mentions[idx]`` with its hedge and range, or None when it is no count (see above).

    A range's second figure is added to ``consumed``: it is read as part of this one, not on its own."""
    n = mentions[idx]
    minute = _figure_patterns().ordinal_minute.match(text[n.end : n.end + 12])
    if idx in consumed or (not minute and is_date_or_time(text, n)):
        return None
    if is_no_count(text, n):
        return None
    hedge, took_before, took_after = hedge_around(text[sent.start : n.start], text[n.end : sent.end])
    hedge_start = n.start - took_before
    if hedge == "more_than" and _over_a_span(
        text[sent.start : hedge_start], text[hedge_start : n.start], text[n.end : sent.end]
    ):
        hedge, took_before = None, 0  # "will close over 18 months": across that span, not more than it
    value = to_interval(n, hedge)
    nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
    joined = _joined_range(text, n, nxt) if nxt else None
    if joined is not None and nxt is not None and n.value is not None and nxt.value is not None:
        value = Interval(low=n.value, high=nxt.value)
        consumed.add(idx + 1)
        took_after = 0
        n = joined
    after = n.end + took_after
    if minute:  # "the 32nd-minute opener", "in the 23rd minute": the clock's words are part of the figure
        after = n.end + minute.end()
    return Figure(idx, n, value, n.start - took_before, after, minute)
