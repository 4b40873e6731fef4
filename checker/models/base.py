"""The checker's basic records: the severity and kind words, the frozen base every claim and finding is built
on, an input ``Article`` with where its text lies in its file, and the numeric ``Interval`` counts are read as.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

Severity = Literal["error", "warning", "info"]
Kind = Literal["count", "date", "place", "attribution", "quote", "name", "role", "other"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Segment(NamedTuple):
    """Where a stretch of an article's text lies in its file, so reports can point into the file.

    ``text[start:end]`` begins at file character ``offset``, which is at 1-based ``line`` and ``column``
    (code points; ``column_utf8`` counts UTF-8 bytes, as reviewdog does). When ``exact``, the stretch is
    the file's own characters one for one (line breaks included), so any offset inside it can be placed;
    otherwise (a JSON escape, an XML entity) every offset inside it is placed at its first character.
    A typed tuple rather than a model: an HTML page has hundreds, and a model costs five times the memory.
    """

    start: int
    end: int
    offset: int
    line: int
    column: int
    column_utf8: int
    exact: bool = True


class Article(BaseModel):
    """One input document. ``text`` is the body exactly as read: offsets index into it."""

    id: str
    path: str
    title: str | None = None
    published: dt.date | None = None
    published_at: dt.datetime | None = None
    source: str | None = None
    text: str = ""
    body_start: int = 0  # where checkable text starts (after a leading date line)
    # where the text lies in the file, in text order; empty when the text is the whole file as read (plain text)
    segments: tuple[Segment, ...] = ()
    status: Literal["ok", "error"] = "ok"
    error: str | None = None
    draft: bool = False  # the editor's own story, checked against the others (``--draft``)


class Interval(Frozen):
    """A numeric value as an interval; ``None`` is unbounded. Open ends model "more than"."""

    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    approx: bool = False

    def bounds(self, tolerance: float = 0.0) -> tuple[float, float]:
        lo = -math.inf if self.low is None else self.low
        hi = math.inf if self.high is None else self.high
        if self.approx:
            lo, hi = lo * (1 - tolerance), hi * (1 + tolerance)
        return lo, hi

    def overlaps(self, other: Interval, tolerance: float = 0.1) -> bool:
        a_lo, a_hi = self.bounds(tolerance)
        b_lo, b_hi = other.bounds(tolerance)
        lo, hi = max(a_lo, b_lo), min(a_hi, b_hi)
        if lo < hi:
            return True
        if lo > hi:
            return False
        # touching at one point: fine unless that end is open on either side
        open_at = [
            a_lo == lo and self.low_open,
            b_lo == lo and other.low_open,
            a_hi == hi and self.high_open,
            b_hi == hi and other.high_open,
        ]
        return not any(open_at)

    def is_exact(self) -> bool:
        return self.low is not None and self.low == self.high and not self.approx

    def describe(self) -> str:
        def num(x: float) -> str:
            return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0")

        if self.low is not None and self.low == self.high:
            return ("about " if self.approx else "") + num(self.low)
        if self.low is not None and self.high is None:
            return ("more than " if self.low_open else "at least ") + num(self.low)
        if self.low is None and self.high is not None:
            return ("fewer than " if self.high_open else "at most ") + num(self.high)
        if self.low is not None and self.high is not None:
            return f"{num(self.low)} to {num(self.high)}"
        return "unknown"

    def as_value(self) -> dict[str, Any]:
        def clean(x: float | None) -> float | int | None:
            return int(x) if x is not None and float(x).is_integer() else x

        out: dict[str, Any] = {"low": clean(self.low), "high": clean(self.high)}
        if self.approx:
            out["approx"] = True
        if self.low_open:
            out["low_open"] = True  # "more than 20": 20 itself is not in it
        if self.high_open:
            out["high_open"] = True  # "fewer than 20"
        return out
