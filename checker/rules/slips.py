"""How two figures of one tally stand to each other: in one base unit, near enough to be two reports of one
quantity, or one slip of digits apart (a transposition, a digit wrong, a power of ten). Shared by the tally rule;
not a rule."""

from __future__ import annotations

import math

from checker import lang
from checker.models import CountClaim, Interval


def in_base_unit(c: CountClaim) -> tuple[str, Interval]:
    units = lang.load().counted.units
    if c.unit in units:
        u = units[c.unit]
        f = u.factor
        v = c.value

        def scale(x: float | None) -> float | None:
            return None if x is None else x * f

        # a converted figure is a rounding of the other: treat it as approximate
        return u.base, Interval(
            low=scale(v.low), high=scale(v.high), low_open=v.low_open, high_open=v.high_open, approx=v.approx or f != 1
        )
    return c.unit or c.category, c.value




FAR_APART = 3.5  # figures further apart than this factor are rarely two reports of one quantity


def middle(v: Interval) -> float:
    """Where a figure sits: the middle of a closed interval ("1.1 million" rounds 1.05m to 1.15m), else its bound."""
    if v.low is not None and v.high is not None:
        return abs(v.low + v.high) / 2
    return abs(v.low or v.high or 0)


def near(a: CountClaim, b: CountClaim) -> bool:
    """Two outlets misreporting one figure stay near it (105 and 106 games, 12 and 31 magazines), or slip
    by a power of ten; figures further apart that only count the same noun ("605 yards", "364 yards") are
    more often two quantities."""
    va, vb = in_base_unit(a)[1], in_base_unit(b)[1]
    xa, xb = middle(va), middle(vb)
    if not (xa and xb) or max(xa, xb) <= FAR_APART * min(xa, xb):
        return True
    # the same digits a power of ten apart ("110,000" and "1.1 million"): a slip of zeros or of units
    ratio = math.log10(max(xa, xb) / min(xa, xb))
    return abs(ratio - round(ratio)) < 0.02


def digits(x: float) -> str:
    """The significant digits of a figure: 2.4 billion and 24 both "24"."""
    return f"{x:.6g}".split("e")[0].replace(".", "").replace("-", "").strip("0")


SLIP_MIN_DIGITS = 3  # significant digits a figure needs for a one-digit slip to tell it is the other figure


def telling_slip(a: CountClaim, b: CountClaim) -> bool:
    """Two exact whole figures of three significant digits or more with the same first digit, one other digit changed
    or two swapped ("2,029" / "2,129", "1,580" / "1,850", "381" / "318"), or the first two swapped ("69,400" /
    "96,400"): too alike to be two quantities by
    chance, whatever the sentences around them say. Round figures are not telling (1,200 and 1,300 people are
    often two groups), nor are prices and shares, set by design a digit apart (£649 and £699 models, 48.3% and
    43.8% of a vote)."""
    if (a.unit or "").startswith("currency") or a.unit == "percent":
        return False
    va, vb = a.value, b.value
    if va.approx or vb.approx or va.low is None or va.low != va.high or vb.low is None or vb.low != vb.high:
        return False
    if not (va.low.is_integer() and vb.low.is_integer()):
        return False  # averages and rates ("15.5 points a game") are many, and near one another
    if abs(va.low - vb.low) == 1:
        return False  # a mark and the figure that passes it ("a record of 2,116", "2,117 points"), a toll and the next
    da, db = digits(va.low), digits(vb.low)
    if min(len(da), len(db)) < SLIP_MIN_DIGITS or da == db:
        return False
    if da[0] != db[0]:
        # a slip keeps the leading digit ("102 yards" and "302 yards" are two gains), unless it swaps it with the
        # next: "69,400" / "96,400 customers"
        return len(da) == len(db) and da[:2] == db[1::-1] and da[2:] == db[2:]
    return slip(va.low, vb.low)


def slip(x: float, y: float) -> bool:
    """Two figures one slip apart: digits transposed (14 and 41), one digit wrong (105 and 106, €2.4
    and €3.4 billion) or a power of ten (110,000 and 1.1 million). Single digits are not judged: any
    two are "one digit apart"."""
    a, b = digits(x), digits(y)
    if max(len(a), len(b)) < 2:
        return False
    if a == b:
        return True  # the same digits: a slip of zeros or units
    if len(a) != len(b):
        return False
    if sorted(a) == sorted(b) and sum(p != q for p, q in zip(a, b, strict=True)) == 2:
        return True
    return sum(p != q for p, q in zip(a, b, strict=True)) == 1


def is_floor(v: Interval) -> bool:
    """ "At least three banks": a count's lower bound, the figure itself one of it."""
    return v.low is not None and v.high is None and not v.low_open


def is_ceiling(v: Interval) -> bool:
    """ "Up to 12,000", "as many as 120,000": an upper bound alone, the figure itself one of it."""
    return v.low is None and v.high is not None and not v.high_open


def as_is(v: Interval) -> Interval:
    return v


def as_figure(v: Interval) -> Interval:
    """An upper bound alone read as the figure it names; any other interval as it is."""
    return v.model_copy(update={"low": v.high}) if is_ceiling(v) else v
