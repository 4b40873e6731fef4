"""Character offsets to (line, column) positions, shared by every format that points into a file.

Findings carry Python string offsets into the article text (see CONTRACT.md). Editors, SARIF viewers,
GitHub and reviewdog want 1-based line and column numbers instead, and they disagree on what a
column counts: code points (our SARIF, declared with ``columnKind``; GitHub), or UTF-8 bytes
(reviewdog's rdjson). Keeping the arithmetic here means every format agrees on the line.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from checker.models import Article, Evidence

Unit = Literal["codepoint", "utf8", "utf16"]


@dataclass(frozen=True)
class Span:
    """A 1-based region; ``end_column`` is exclusive (the column just after the last character)."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int


@lru_cache(maxsize=64)
def _line_starts(text: str) -> tuple[int, ...]:
    # cached because a report asks for many positions in the same few articles
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return tuple(starts)


def _width(piece: str, unit: Unit) -> int:
    if unit == "utf8":
        return len(piece.encode("utf-8"))
    if unit == "utf16":
        return len(piece.encode("utf-16-le")) // 2
    return len(piece)


def line_col(text: str, offset: int, unit: Unit = "codepoint") -> tuple[int, int]:
    """The 1-based (line, column) of ``offset``; offsets outside the text are clamped, never raised."""
    offset = max(0, min(offset, len(text)))
    starts = _line_starts(text)
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, _width(text[starts[index] : offset], unit) + 1


def span(text: str, start: int, end: int, unit: Unit = "codepoint") -> Span:
    line, col = line_col(text, start, unit)
    end_line, end_col = line_col(text, max(start, end), unit)
    return Span(line, col, end_line, end_col)


def evidence_span(ev: Evidence, articles: dict[str, Article], unit: Unit = "codepoint") -> Span:
    """Where an evidence span sits in its article; line 1 column 1 if the article is not at hand."""
    art = articles.get(ev.article)
    if art is None:
        return Span(1, 1, 1, 1)
    return span(art.text, ev.start, ev.end, unit)


def article_path(article_id: str, articles: dict[str, Article]) -> str:
    """The file an article came from, with forward slashes so CI platforms can match it."""
    art = articles.get(article_id)
    return (art.path if art else article_id).replace("\\", "/")
