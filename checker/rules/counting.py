"""Shared count logic: when two counts of the same event cannot both be true."""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import cache

from checker import lang
from checker.models import CountClaim, Interval
from checker.normalise.categories import outcome_within, within


@cache
def _words(kind: str) -> re.Pattern[str]:
    """Any of a list of the outcomes' language data, as whole words ("update_cues", "first_figure_words")."""
    words = getattr(lang.load().outcomes, kind)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b", re.I)


def compatible(a: CountClaim, b: CountClaim) -> bool:
    if a.affiliation and b.affiliation and a.affiliation != b.affiliation:
        return False
    return True


def same_day(a: CountClaim, b: CountClaim) -> bool:
    """ "one arrested on Monday night", "46 arrested on Wednesday": two days' figures, not two tolls of one.
    An undated article's weekday ("tuesday") is the same day as a dated one's date on that weekday."""
    if not (a.day and b.day) or a.day == b.day:
        return True
    return _weekday_of(a.day) == _weekday_of(b.day) and not (_is_date(a.day) and _is_date(b.day))


def _is_date(day: str) -> bool:
    return len(day) == 10 and day[4] == "-"


def _weekday_of(day: str) -> str:
    """ "2024-08-06" -> "tuesday"; a weekday name as it is."""
    if _is_date(day):
        try:
            return list(lang.load().calendar.weekdays)[dt.date.fromisoformat(day).weekday()]
        except ValueError:
            return day
    return day


def _must_not_exceed(inner: Interval, outer: Interval, tol: float) -> bool:
    """True when inner's lowest possible value is still above outer's highest: a contradiction."""
    lo, _ = inner.bounds(tol)
    _, hi = outer.bounds(tol)
    if math.isinf(hi):
        return False
    return lo > hi or (lo == hi and (inner.low_open or outer.high_open))


def contradicts(a: CountClaim, b: CountClaim, tol: float) -> bool:
    """Whether counts a and b of one event cannot both hold.

    Same category and outcome: the intervals must overlap. A narrower count (soldiers within
    security forces, killed within casualties) must not exceed the wider one. Parts of a sum are
    compared the same way ("at least 10 soldiers" against "seven soldiers").
    """
    for x, y in ((a, b), (b, a)):
        xs = [(x.category, x.value)] + [(p.category, p.value) for p in x.parts]
        for cat, val in xs:
            same_cat = cat == y.category
            same_out = x.outcome == y.outcome
            if same_cat and same_out:
                if not val.overlaps(y.value, tol):
                    return True
            elif (same_cat or within(cat, y.category)) and (same_out or outcome_within(x.outcome, y.outcome)):
                if _must_not_exceed(val, y.value, tol):
                    return True
    return False


def part_exceeds_whole(part: CountClaim, whole: CountClaim, tol: float) -> bool:
    """A count at a specific place ("two killed in Washer") may not exceed the wider count it is part of."""
    for cat, val in [(part.category, part.value)] + [(p.category, p.value) for p in part.parts]:
        if (cat == whole.category or within(cat, whole.category)) and (
            part.outcome == whole.outcome or outcome_within(part.outcome, whole.outcome)
        ):
            if _must_not_exceed(val, whole.value, tol):
                return True
    return False


def related(a: CountClaim, b: CountClaim) -> bool:
    """The same outcome, and one group of people within the other (protesters within people)."""
    return a.outcome == b.outcome and (within(a.category, b.category) or within(b.category, a.category))


def same_scope(a: CountClaim, b: CountClaim) -> bool:
    """Both counts speak of the same extent: both wide (province, country, none named), or the same locality."""
    a_local, b_local = a.place_level == "locality", b.place_level == "locality"
    return a_local == b_local and (not a_local or a.place == b.place)


def one_statement(a: CountClaim, b: CountClaim, sentence_a: str, sentence_b: str) -> bool:
    """Both figures are said by the same named source on the same calendar day and part of it, each sentence naming
    that part ("police spokeswoman Verena Hofer said at the briefing on Friday morning"): one statement reported
    twice, unless a report says it changed. "By early Sunday afternoon" and "an evening briefing" are two."""
    if not (a.speaker and a.speaker == b.speaker and a.day and a.day == b.day and _is_date(a.day)):
        return False
    parts_a, parts_b = _day_parts(sentence_a), _day_parts(sentence_b)
    return bool(parts_a) and parts_a == parts_b


def _day_parts(sentence: str) -> set[str]:
    parts = lang.load().dates.day_parts
    return {w for w in re.findall(r"[a-z]+", sentence.lower()) if w in parts}


def is_update(earlier: CountClaim, later: CountClaim, earlier_sentence: str, later_sentence: str) -> bool:
    """A later, higher count with update wording (or after a hedged first figure) is an update. A figure the same
    source gave on the same day is an update only when the later report says it changed ("the toll rose to")."""
    lo_e, hi_e = earlier.value.bounds()
    lo_l, _ = later.value.bounds()
    if one_statement(earlier, later, earlier_sentence, later_sentence):
        return bool(_words("update_cues").search(later_sentence))
    outcome = lang.load().outcomes.outcomes.get(earlier.outcome or "") if earlier.outcome == later.outcome else None
    course = outcome.course if outcome else "toll"
    if course == "either":
        return True  # the missing are found, the evacuated return: the later figure is an update
    if lo_l <= lo_e:
        return False
    return (
        course == "running"  # arrests only add up: a later, higher total is the newer count
        or bool(_words("update_cues").search(later_sentence))
        or not earlier.value.is_exact()
        or bool(_words("first_figure_words").search(earlier_sentence))
    )
