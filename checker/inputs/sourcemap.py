"""Where extracted article text came from in its file: the readers' half of file positions.

Findings point into the article text, but CI annotations and editors point into the file. A reader that
extracts the body changes offsets on the way (whitespace collapsed, entities and JSON escapes decoded,
blocks joined by blank lines, front matter dropped), so each step here maps the offsets of its output
back to those of its input as ``Run``s; composed, they map the article text to characters of the file,
and ``segments`` turns those into the file lines and columns kept on the ``Article``. What cannot be
placed one for one (an escape, an entity) is placed at its first character: never dropped, never an error.
"""

from __future__ import annotations

import bisect
import html
import json
import re
from typing import NamedTuple

from checker.models import Segment


class Run(NamedTuple):
    """``out[start:end]`` came from the input at ``src`` on: one for one when ``exact``, else as a whole."""

    start: int
    end: int
    src: int
    exact: bool = True


Runs = list[Run]
MAX_SEGMENTS = 5000  # per article: a news page has a few hundred

# Whitespace the HTML and XML readers collapse into one space (ASCII only: a no-break space is text),
# other than a single space, which they keep as it is.
UNEVEN = re.compile(r"[ \t\n\r\f]*[\t\n\r\f][ \t\n\r\f]*| {2,}")
# An entity or character reference as html.unescape reads it (XML's five and numeric ones included).
REF = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
PLAIN = re.compile(r"[^&\r]+")
# A JSON string token; the document already parsed, so every token is well formed.
STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.|[^\\]+")


def whole(text: str, src: int = 0) -> Runs:
    """``text`` copied one for one from the input at ``src``."""
    return [Run(0, len(text), src)] if text else []


def merge(runs: Runs) -> Runs:
    """Neighbouring exact runs that are also neighbours in the input, as one."""
    out: Runs = []
    for r in runs:
        last = out[-1] if out else None
        if last and last.exact and r.exact and last.end == r.start and last.src + last.end - last.start == r.src:
            out[-1] = Run(last.start, r.end, last.src)
        else:
            out.append(r)
    return out


def shift(runs: Runs, by: int) -> Runs:
    """The runs of a text that now starts ``by`` characters later."""
    return [Run(r.start + by, r.end + by, r.src, r.exact) for r in runs]


def cut(runs: Runs, lo: int, hi: int) -> Runs:
    """The runs of ``out[lo:hi]``, counted from ``lo``."""
    out: Runs = []
    for r in runs:
        a, b = max(r.start, lo), min(r.end, hi)
        if a < b:
            out.append(Run(a - lo, b - lo, r.src + (a - r.start) if r.exact else r.src, r.exact))
    return out


def join(parts: list[tuple[str, Runs]], sep: str) -> tuple[str, Runs]:
    """``sep.join`` of the parts' texts, with their runs moved to where each part now starts."""
    runs: Runs = []
    at = 0
    for n, (text, part) in enumerate(parts):
        at += len(sep) if n else 0
        runs.extend(shift(part, at))
        at += len(text)
    return sep.join(text for text, _ in parts), runs


def locate(runs: Runs, offset: int, starts: list[int] | None = None) -> int:
    """The input offset of output ``offset``; one the runs do not cover goes to the end of the run before.
    ``starts``: the runs' starts, when the caller has them already."""
    i = bisect.bisect_right([r.start for r in runs] if starts is None else starts, offset) - 1
    if i < 0:
        return runs[0].src if runs else 0
    r = runs[i]
    if not r.exact:
        return r.src
    return r.src + min(offset, r.end) - r.start


def compose(outer: Runs, inner: Runs) -> Runs:
    """``outer`` (text to middle) then ``inner`` (middle to file): text to file."""
    out: Runs = []
    starts = [r.start for r in inner]
    for run in outer:
        if not run.exact:
            out.append(Run(run.start, run.end, locate(inner, run.src, starts), False))
            continue
        lo, hi = run.src, run.src + run.end - run.start
        i = max(0, bisect.bisect_right(starts, lo) - 1)
        while i < len(inner) and inner[i].start < hi:
            r = inner[i]
            a, b = max(lo, r.start), min(hi, r.end)
            if a < b:
                src = r.src + a - r.start if r.exact else r.src
                out.append(Run(run.start + a - lo, run.start + b - lo, src, r.exact))
            i += 1
    return merge(out)


def collapse(raw: str) -> tuple[str, Runs]:
    """``SPACE.sub(" ", raw).strip()``, as the HTML and XML readers make a block, with runs into ``raw``.

    A single space stays itself; only other whitespace (a line break, a tab, two spaces) becomes a
    space of the reader's own, so the text between such places maps one for one.
    """
    parts: list[str] = []
    runs: Runs = []
    at = prev = 0
    for m in UNEVEN.finditer(raw):
        piece = raw[prev : m.start()]
        parts.append(piece)
        runs.append(Run(at, at + len(piece), prev))
        at, prev = at + len(piece) + 1, m.end()
    parts.append(raw[prev:])
    runs.append(Run(at, at + len(raw) - prev, prev))
    text = " ".join(parts)
    stripped = text.strip()  # str.strip also takes Unicode spaces (U+2003) off the ends, as the readers do
    lead = len(text) - len(text.lstrip())
    return stripped, cut(runs, lead, lead + len(stripped))


def align(source: str, at: int, data: str) -> Runs:
    """Where each character of ``data``, a parser's chunk of text that starts at ``source[at]``, lies in it.

    Parsers hand over text with entities decoded (``&amp;`` as ``&``) and, for XML, a CRLF as one line
    feed; each such character is a run of its own, placed at its first source character.
    """
    # without an "&" in the text, finding it verbatim means it is verbatim; an "&" may stand for "&amp;"
    if "&" not in data and source.startswith(data, at):
        return whole(data, at)
    runs: Runs = []
    i, j = at, 0
    while j < len(data):
        plain = PLAIN.match(source, i)
        if plain:
            piece, rest = plain.group(), data[j:]
            n = len(piece) if rest.startswith(piece) else len(rest) if piece.startswith(rest) else 0
            if not n:
                break
            runs.append(Run(j, j + n, i))
            i, j = i + n, j + n
        elif source.startswith("\r\n", i) and data.startswith("\n", j):
            i += 1
        elif (ref := REF.match(source, i)) and data.startswith(decoded := html.unescape(ref.group()), j):
            runs.append(Run(j, j + len(decoded), i, decoded == ref.group()))
            i, j = ref.end(), j + len(decoded)
        elif source.startswith(data[j], i):  # a lone "&" or "\r", kept as it is
            runs.append(Run(j, j + 1, i))
            i, j = i + 1, j + 1
        else:
            break
    if j < len(data):
        runs.append(Run(j, len(data), i, False))
    return runs


def pieces(source: str, found: list[tuple[str, int]]) -> tuple[str, Runs]:
    """The text of a parser's pieces (text, where it starts in ``source``), with runs into ``source``."""
    runs: Runs = []
    at = 0
    for data, src in found:
        runs.extend(shift(align(source, src, data), at))
        at += len(data)
    return "".join(data for data, _ in found), merge(runs)


def block(source: str, found: list[tuple[str, int]]) -> tuple[str, Runs]:
    """A block of markup text as the readers extract it (whitespace collapsed), with runs into ``source``."""
    raw, inner = pieces(source, found)
    text, outer = collapse(raw)
    return text, compose(outer, inner)


def _escapes(token: str, at: int) -> Runs:
    """Runs from a JSON string's value into its token (quotes included) found at ``at``: escapes placed whole."""
    runs: Runs = []
    j = 0
    for m in ESCAPE.finditer(token, 1, len(token) - 1):
        piece = m.group()
        if piece[0] == "\\":  # every escape, a surrogate pair too, is one character of the value
            runs.append(Run(j, j + 1, at + m.start(), False))
            j += 1
        else:
            runs.append(Run(j, j + len(piece), at + m.start()))
            j += len(piece)
    return runs


def json_string(document: str, value: str) -> Runs:
    """Runs from ``value`` into ``document``, a JSON text holding it as a string; [] when it holds none."""
    for m in STRING.finditer(document):
        token = m.group()
        if len(token) - 2 < len(value):  # an escape is never shorter than its character
            continue
        try:
            same = token[1:-1] == value or ("\\" in token and json.loads(token) == value)
        except ValueError:
            same = False
        if same:
            # escapes past counting (text in another script, all "\\u0436"): placed at the string's start
            runs = _escapes(token, m.start()) if token.count("\\") <= MAX_SEGMENTS else []
            return runs if runs and runs[-1].end == len(value) else [Run(0, len(value), m.start() + 1, False)]
    return []


def _utf8_len(piece: str) -> int:
    return len(piece) if piece.isascii() else len(piece.encode("utf-8", "surrogatepass"))


def segments(runs: Runs, document: str) -> tuple[Segment, ...]:
    """The runs (text to file offsets) as file lines and columns, in one pass over the file."""
    out: list[Segment] = []
    line = column = column_utf8 = 1
    at = 0
    for r in runs:
        src = min(r.src, len(document))
        if src < at:  # out of file order (not expected): count again from the top
            line = column = column_utf8 = 1
            at = 0
        piece = document[at:src]
        breaks = piece.count("\n")
        if breaks:
            line += breaks
            piece = piece[piece.rfind("\n") + 1 :]
            column = column_utf8 = 1
        column, column_utf8, at = column + len(piece), column_utf8 + _utf8_len(piece), src
        out.append(Segment(r.start, r.end, src, line, column, column_utf8, r.exact))
    return tuple(_fewer(out))


def _fewer(found: list[Segment]) -> list[Segment]:
    """At most ``MAX_SEGMENTS``, so hostile markup (a million tags) cannot fill the memory: stretches on
    one line are merged first, which keeps every line right; past that, neighbours, which keeps most."""
    if len(found) <= MAX_SEGMENTS:
        return found
    merged: list[Segment] = []
    for seg in found:
        if merged and merged[-1].line == seg.line:
            merged[-1] = merged[-1]._replace(end=seg.end, exact=False)
        else:
            merged.append(seg)
    size = -(-len(merged) // MAX_SEGMENTS)  # ceiling division
    if size == 1:
        return merged
    return [
        merged[i]._replace(end=merged[min(i + size, len(merged)) - 1].end, exact=False)
        for i in range(0, len(merged), size)
    ]
