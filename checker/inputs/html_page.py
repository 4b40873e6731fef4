"""Pasted web pages and Markdown: article text from an HTML page, and Markdown with YAML front matter.

HTML is read with the stdlib ``html.parser`` (no network, no external deps, never raises on tag
soup). The checker's offsets index into the *extracted* text, so extraction is deterministic:
one block per paragraph-like element, whitespace collapsed, blocks separated by a blank line.
Each piece of text keeps where it lay in the page (``sourcemap``), so reports can point at the file's
line. ``html_text`` is also used for ninjs ``body_html``.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import yaml

from checker import lang
from checker.inputs import sourcemap
from checker.inputs.errors import InputError
from checker.inputs.plaintext import Parsed, decode, outlet_name, parse_text
from checker.inputs.sourcemap import Runs

# Elements whose text is never article text.
SKIP = {
    "script",
    "style",
    "nav",
    "footer",
    "header",
    "aside",
    "noscript",
    "form",
    "template",
    "svg",
    "iframe",
    "button",
    "select",
    "figure",
}
# Elements that end a block of text: their content becomes its own paragraph.
BLOCK = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "td",
    "th",
    "dd",
    "dt",
    "section",
    "article",
    "main",
    "body",
    "br",
    "tr",
    "ul",
    "ol",
    "table",
    "hr",
}
VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
# ASCII whitespace only, as HTML/XML collapse it: a no-break space is text and stays.
SPACE = re.compile(r"[ \t\n\r\f]+")
# <meta> tags that name the outlet (by ``property`` or ``name``), the first one present wins
OUTLET_META = ("og:site_name", "publisher", "dc.publisher")


class _Blocks(HTMLParser):
    """Collects text blocks, remembering for each whether it sat inside <article>, <main> or a <p>,
    and where in ``source`` its characters are."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.stack: list[str] = []
        self.skip = 0  # depth inside SKIP elements
        self.buf: list[str] = []
        self.at: list[int] = []  # where each piece of ``buf`` starts in ``source``
        self.blocks: list[tuple[str, frozenset[str], Runs]] = []  # (text, enclosing containers, runs into source)
        self.h1: str | None = None
        self.title: str | None = None
        self._h1buf: list[str] | None = None
        self._titlebuf: list[str] | None = None
        self.meta: dict[str, str] = {}  # outlet-naming <meta> tags: key -> content

    def _context(self) -> frozenset[str]:
        return frozenset(t for t in self.stack if t in ("article", "main", "p", "body"))

    def flush(self) -> None:
        raw = "".join(self.buf)
        if raw and not raw.isspace():
            text, runs = sourcemap.block(self.source, list(zip(self.buf, self.at, strict=True)))
            if text:
                self.blocks.append((text, self._context(), runs))
        self.buf, self.at = [], []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "h1" and self.h1 is None:  # even inside <header>: that is where headlines sit
            self._h1buf = []
        if tag == "title" and self.title is None:
            self._titlebuf = []
        if tag == "meta":
            values = dict(attrs)
            key = (values.get("property") or values.get("name") or "").lower()
            if key in OUTLET_META and values.get("content"):
                self.meta.setdefault(key, values["content"] or "")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK:
            self.flush()
        if tag == "h1" and self._h1buf is not None:
            self.h1 = SPACE.sub(" ", "".join(self._h1buf)).strip() or None
            self._h1buf = None
        if tag == "title" and self._titlebuf is not None:
            self.title = SPACE.sub(" ", "".join(self._titlebuf)).strip() or None
            self._titlebuf = None
        # tag soup: close up to the matching open tag, if any, ignoring stray end tags
        if tag in self.stack:
            while self.stack:
                top = self.stack.pop()
                if top in SKIP:
                    self.skip = max(0, self.skip - 1)
                if top == tag:
                    break

    def unknown_decl(self, data: str) -> None:
        """``<![CDATA[...]]>`` and other marked sections: not article text, and never an error."""

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        # The stdlib asserts on an unknown keyword (``<![foo]>``, ``<![ ]>``): skip to the section's end.
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def handle_data(self, data: str) -> None:
        if self._titlebuf is not None:
            self._titlebuf.append(data)
            return
        if self._h1buf is not None:
            self._h1buf.append(data)
        if self.skip or ("head" in self.stack and "body" not in self.stack):
            return
        line, column = self.getpos()  # where this piece starts: line 1-based, column 0-based, in characters
        self.buf.append(data)
        self.at.append(self.line_starts[line - 1] + column)


def _parse(html: str) -> _Blocks:
    parser = _Blocks(html)
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:  # any other stdlib assertion on tag soup: keep what was read up to it
        pass
    parser.flush()
    return parser


def html_text(html: str) -> tuple[str, Runs]:
    """Every text block of an HTML fragment, paragraphs separated by blank lines, with runs into ``html``."""
    return sourcemap.join([(text, runs) for text, _, runs in _parse(html).blocks], "\n\n")


def html_to_text(html: str) -> str:
    """Every text block of an HTML fragment, paragraphs separated by blank lines."""
    return html_text(html)[0]


def read_html(path: str, raw: bytes) -> Parsed:
    page = decode(path, raw)
    parser = _parse(page)
    # Prefer the page's own article container; fall back to paragraphs, which skips menus and teasers.
    chosen: list[tuple[str, Runs]] = []
    for container in ("article", "main", "p"):
        chosen = [(text, runs) for text, ctx, runs in parser.blocks if container in ctx]
        if chosen:
            break
    if not chosen:
        raise InputError(path, "no article text in HTML page (no <article>, <main> or <p> text)")
    text, runs = sourcemap.join(chosen, "\n\n")
    title = parser.h1 or parser.title
    source = next((name for key in OUTLET_META if (name := outlet_name(parser.meta.get(key)))), None)
    segments = sourcemap.segments(runs, page)
    return Parsed(text=text, body_start=0, title=title, published=None, segments=segments, source=source)


FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)


def _front_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            return None
    return None


def read_markdown(path: str, raw: bytes) -> Parsed:
    """Markdown: a leading ``---`` YAML block gives title/date; the text is what follows it."""
    text = decode(path, raw)
    m = FRONT_MATTER.match(text)
    if not m:
        return parse_text(path, text)
    try:
        meta = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as exc:
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(path, f"bad front matter: {problem}") from None
    except RecursionError:
        raise InputError(path, "bad front matter: nested too deeply") from None
    except (ValueError, OverflowError) as exc:  # a date that cannot exist: "date: 2020-02-30"
        raise InputError(path, f"bad front matter: {str(exc).splitlines()[0] if str(exc) else 'bad value'}") from None
    if not isinstance(meta, dict):
        raise InputError(path, "bad front matter: not a key: value mapping")
    # The text starts after the block, so offsets never point into the metadata.
    rest = text[m.end() :]
    if not rest.strip():
        raise InputError(path, "no article text after the front matter")
    parsed = parse_text(path, rest)
    parsed.segments = sourcemap.segments(sourcemap.whole(rest, m.end()), text)
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        parsed.title = title.strip()
    parsed.published = _front_date(meta.get("date")) or parsed.published
    keys = lang.load().outlets.front_matter_keys
    parsed.source = next((name for key in keys if (name := outlet_name(meta.get(key)))), None)
    return parsed
