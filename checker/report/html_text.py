"""Article text for the HTML report: cut at evidence offsets, escaped piece by piece, laid out as read.

Article text is untrusted input: it is cut into plain segments at every span boundary and each
segment goes through ``html.escape``; nothing from an article reaches the page unescaped. Overlapping
spans are handled by cutting at every boundary, so each piece knows the set of spans covering it.

The layout follows what the loaders made of the file (``checker/inputs``): a leading ``date
YYYY-MM-DD`` line sits before ``Article.body_start`` and is metadata; the title a plain-text or
Markdown article was given is its own first line (an HTML page's ``<h1>`` and a ninjs body may
repeat the headline too), so it is shown once, as the heading, with its evidence still marked; a
Markdown heading's ``#`` markers are layout, not words; page furniture (posting stamps, bylines) is
greyed, as the extraction left it unchecked.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from checker.display import one_line, visible_controls
from checker.models import SEVERITY_RANK, Article

# keys of layout spans: finding keys are "hexid:n", so a leading "!" cannot collide with one
FURNITURE = "!furniture"
MARKER = "!marker"
HEADING = "!heading"
MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
MARKDOWN = (".md", ".markdown")
FURNITURE_TITLE = "page furniture: not checked"

Span = tuple[int, int, str]


def escape(text: str) -> str:
    """A name, id, path or message: HTML-escaped and one line, a newline or escape sequence written out."""
    return html.escape(one_line(text))


def escape_text(text: str) -> str:
    """Article text: HTML-escaped, line breaks kept for the layout, other controls shown as symbols."""
    return html.escape(visible_controls(text))


def segments(text: str, spans: Sequence[Span]) -> list[tuple[str, list[str]]]:
    """Cut ``text`` at every span boundary: (piece, keys of the spans covering it), in order."""
    cuts = {0, len(text)}
    for start, end, _ in spans:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    points = sorted(cuts)
    out: list[tuple[str, list[str]]] = []
    for lo, hi in zip(points, points[1:], strict=False):
        covering = [key for start, end, key in spans if start <= lo and hi <= end and start < end]
        out.append((text[lo:hi], covering))
    return out


def _norm(text: str) -> str:
    # a headline as compared with its title: case, spacing, typographic quotes and a final stop aside
    from checker.normalise.text import fold

    return " ".join(fold(text).casefold().split()).rstrip(" .:")


@dataclass
class Layout:
    """How one article is shown: the heading, where the shown body starts, and its layout spans."""

    title: str | None  # the heading as plain text (a column's header); no Markdown markers
    headline: tuple[int, int] | None  # the body's own headline words, shown as the heading
    start: int  # where the body text shown below the heading starts
    date_line: str | None  # the leading " date YYYY-MM-DD" line, shown as metadata
    spans: list[Span] = field(default_factory=list)  # furniture, Markdown markers and headings


def _first_line(text: str, at: int) -> tuple[int, int]:
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    end = text.find("\n", at)
    return at, len(text) if end < 0 else end


def layout(art: Article, furniture: Sequence[tuple[int, int]] | None = None) -> Layout:
    """The article's layout; ``furniture`` from the extraction, else found the same way from the text."""
    text, body = art.text, art.body_start
    if furniture is None:
        from checker.analysis.anatomy import furniture_spans
        from checker.normalise.text import fold

        furniture = furniture_spans(fold(text), body)
    spans: list[Span] = [(lo, hi, FURNITURE) for lo, hi in furniture]
    if art.path.lower().endswith(MARKDOWN):
        for m in MD_HEADING.finditer(text, body):
            spans.append((m.start(), m.start(2), MARKER))
            spans.append((m.start(2), m.end(2), HEADING))
            if m.end(2) < m.end():  # closing hashes ("## Heading ##")
                spans.append((m.end(2), m.end(), MARKER))
    date_line = one_line(text[:body].strip()) if body > 0 and text[:body].strip() else None
    lo, hi = _first_line(text, body)
    words = MD_HEADING.match(text[lo:hi])
    w_lo, w_hi = (lo + words.start(2), lo + words.end(2)) if words else (lo, hi)
    title = art.title.strip() if art.title else None
    if title and _norm(MD_HEADING.sub(r"\2", title)) == _norm(text[w_lo:w_hi]) and w_hi > w_lo:
        # the body opens with its title: that line is the heading, shown once, its evidence kept
        while hi < len(text) and text[hi] in "\r\n":
            hi += 1
        spans = [sp for sp in spans if sp[2] == FURNITURE or sp[0] >= hi]  # the heading is its own markup
        return Layout(text[w_lo:w_hi].strip(), (w_lo, w_hi), hi, date_line, spans)
    return Layout(MD_HEADING.sub(r"\2", title) if title else None, None, body, date_line, spans)


@dataclass
class Marker:
    """Renders pieces of one article: evidence ``<mark>``s, furniture greyed, Markdown markers dropped.

    ``anchors`` gives the first piece of each evidence span its ``id`` (the full text, once per page);
    the compare view's excerpts leave it off so ids stay unique.
    """

    severity: Mapping[str, str]  # finding id -> severity
    anchors: bool = True
    anchored: set[str] = field(default_factory=set)

    def piece(self, piece: str, keys: list[str]) -> str:
        layout_keys = {k for k in keys if k.startswith("!")}
        evidence = [k for k in keys if not k.startswith("!")]
        if MARKER in layout_keys and not evidence:
            return ""  # "# " is Markdown's layout, not the article's words
        out = escape_text(piece)
        if evidence:
            fids = sorted({k.split(":")[0] for k in evidence})
            worst = max((self.severity.get(f, "info") for f in fids), key=lambda s: SEVERITY_RANK[s])
            id_attr = ""
            if self.anchors:
                fresh = [k for k in evidence if k not in self.anchored]
                self.anchored.update(fresh)
                id_attr = f' id="ev-{escape(fresh[0].replace(":", "-"))}"' if fresh else ""
            out = (
                f'<mark class="ev sev-{worst}"{id_attr} data-findings="{escape(" ".join(fids))}" '
                f'tabindex="0">{out}</mark>'
            )
        if HEADING in layout_keys:
            out = f'<strong class="md-h">{out}</strong>'
        if FURNITURE in layout_keys:
            out = f'<span class="furniture" title="{FURNITURE_TITLE}">{out}</span>'
        return out

    def render(self, text: str, lo: int, hi: int, spans: Sequence[Span]) -> str:
        """``text[lo:hi]`` as HTML, with the ``spans`` (absolute offsets) that touch it."""
        local = [(s - lo, e - lo, k) for s, e, k in spans if s < hi and e > lo]
        return "".join(self.piece(p, keys) for p, keys in segments(text[lo:hi], local))


# how far a long paragraph's excerpt reaches either side of its evidence before it is cut at a sentence end
CONTEXT = 320
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


def context_range(text: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """The paragraph (line) holding ``text[start:end]``, cut near sentence ends when it is long."""
    lo = max(floor, text.rfind("\n", 0, start) + 1)
    nl = text.find("\n", end)
    hi = len(text) if nl < 0 else nl
    if start - lo > CONTEXT:
        ends = [m.end() for m in SENTENCE_END.finditer(text, lo, start - CONTEXT // 2)]
        lo = ends[-1] if ends else max(lo, start - CONTEXT)
    if hi - end > CONTEXT:
        m = SENTENCE_END.search(text, end + CONTEXT // 2, hi)
        hi = m.end() if m and m.end() - end <= 2 * CONTEXT else min(hi, end + CONTEXT)
    return min(lo, start), max(hi, end)


def merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges that overlap or touch become one: two spans in one paragraph make one excerpt."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
