"""Evidence offsets to the file's (line, column), shared by every format that points into a file.

Findings carry Python string offsets into the article text (see CONTRACT.md), but that text is not
always the file: a reader extracts the body from JSON, XML, HTML or Markdown with front matter. The
readers keep where each stretch of the text lies in the file (``Article.segments``), and every report
asks here, so every format points at the same line of the same file. An article without segments is
its file as read (plain text, the date line included). Editors, SARIF viewers, GitHub and reviewdog
want 1-based lines and columns, and disagree on what a column counts: code points (our SARIF,
declared with ``columnKind``; GitHub), or UTF-8 bytes (reviewdog's rdjson).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Literal, NamedTuple

from checker.models import Article, Evidence, Segment

Unit = Literal["codepoint", "utf8"]
_START = attrgetter("start")


class Place(NamedTuple):
    """A 1-based file position and the character offset in the file it stands for."""

    line: int
    column: int
    offset: int


@dataclass(frozen=True)
class Span:
    """A 1-based region; ``end_column`` is exclusive (the column just after the last character).

    ``start_offset`` and ``end_offset`` are the region's character offsets in the file (SARIF's charOffset).
    """

    start_line: int
    start_column: int
    end_line: int
    end_column: int
    start_offset: int = 0
    end_offset: int = 0


@lru_cache(maxsize=64)
def _line_starts(text: str) -> tuple[int, ...]:
    # cached because a report asks for many positions in the same few articles
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return tuple(starts)


def _width(piece: str, unit: Unit) -> int:
    return len(piece.encode("utf-8")) if unit == "utf8" else len(piece)


def line_col(text: str, offset: int, unit: Unit = "codepoint") -> tuple[int, int]:
    """The 1-based (line, column) of ``offset``; offsets outside the text are clamped, never raised."""
    offset = max(0, min(offset, len(text)))
    starts = _line_starts(text)
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, _width(text[starts[index] : offset], unit) + 1


def span(text: str, start: int, end: int, unit: Unit = "codepoint") -> Span:
    """The region of ``text[start:end]`` in ``text`` itself (a file read as it is)."""
    line, col = line_col(text, start, unit)
    end_line, end_col = line_col(text, max(start, end), unit)
    lo = max(0, min(start, len(text)))
    return Span(line, col, end_line, end_col, lo, max(lo, min(end, len(text))))


def _at(seg: Segment, unit: Unit) -> Place:
    return Place(seg.line, seg.column_utf8 if unit == "utf8" else seg.column, seg.offset)


def _within(text: str, seg: Segment, offset: int, unit: Unit) -> Place:
    """``offset`` inside an exact stretch: its own characters, line breaks included, are the file's."""
    starts = _line_starts(text)
    first = bisect.bisect_right(starts, seg.start) - 1
    last = bisect.bisect_right(starts, offset) - 1
    if last == first:
        column = _at(seg, unit).column + _width(text[seg.start : offset], unit)
    else:
        column = _width(text[starts[last] : offset], unit) + 1
    return Place(seg.line + last - first, column, seg.offset + offset - seg.start)


def place(art: Article, offset: int, unit: Unit = "codepoint", end: bool = False) -> Place:
    """Where text ``offset`` of ``art`` is in its file; ``end``: an exclusive end, which belongs with the
    character before it. Offsets the segments cannot place go to where their stretch (or the body) starts."""
    offset = max(0, min(offset, len(art.text)))
    segs = art.segments
    if not segs:
        line, column = line_col(art.text, offset, unit)
        return Place(line, column, offset)
    after = end and offset > 0
    i = (bisect.bisect_left(segs, offset, key=_START) if after else bisect.bisect_right(segs, offset, key=_START)) - 1
    if i < 0:
        return _at(segs[0], unit)
    seg = segs[i]
    if seg.exact:
        return _within(art.text, seg, min(offset, seg.end), unit)
    if after and offset >= seg.end and i + 1 < len(segs) and segs[i + 1].start == seg.end:
        return _at(segs[i + 1], unit)  # the end of an escape is where the next stretch starts
    return _at(seg, unit)


def evidence_span(ev: Evidence, articles: dict[str, Article], unit: Unit = "codepoint") -> Span:
    """Where an evidence span sits in its article's file; line 1 column 1 if the article is not at hand."""
    art = articles.get(ev.article)
    if art is None:
        return Span(1, 1, 1, 1)
    start = place(art, ev.start, unit)
    end = place(art, ev.end, unit, end=True) if ev.end > ev.start else start
    return Span(start.line, start.column, end.line, end.column, start.offset, max(start.offset, end.offset))


def article_path(article_id: str, articles: dict[str, Article]) -> str:
    """The file an article came from, with forward slashes so CI platforms can match it."""
    art = articles.get(article_id)
    return (art.path if art else article_id).replace("\\", "/")
