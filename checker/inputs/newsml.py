"""IPTC NewsML-G2 wire copy: one ``newsItem`` (alone or inside a ``newsMessage``).

Parsed with defusedxml: a DTD may appear, but entity declarations (billion laughs, quadratic blow-up)
and external references are refused before expansion, so a hostile file fails fast and small.
Elements are matched by local name, because providers differ in NewsML/NITF namespace versions.
The article text is the NITF ``body.content`` paragraphs, separated by blank lines; where each
paragraph's characters lie in the file is noted while parsing, for reports that point at its lines.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException, EntitiesForbidden
from defusedxml.ElementTree import DefusedXMLParser

from checker import lang
from checker.inputs import sourcemap
from checker.inputs.errors import InputError
from checker.inputs.plaintext import Parsed, decode, outlet_name
from checker.inputs.sourcemap import Runs

# ASCII whitespace only, as HTML/XML collapse it: a no-break space is text and stays.
SPACE = re.compile(r"[ \t\n\r\f]+")
PARAGRAPHS = {"p", "hl1", "hl2", "li", "blockquote", "pre"}


class _Located(TreeBuilder):
    """ElementTree's builder, noting where each element and each piece of text starts in the file.

    expat reports byte offsets into the UTF-8 it was fed; they are turned into character offsets as
    they come, in one pass, since pieces arrive in file order.
    """

    def __init__(self, source: str) -> None:
        super().__init__()
        self.source = source
        self.encoded = b"" if source.isascii() else source.encode("utf-8", "surrogatepass")
        self.expat: Any = None  # the parser's expat object, set once the parser exists
        self.pieces: list[tuple[str, int]] = []  # (text, where it starts), in file order
        self.starts: dict[Element, int] = {}  # where each element's start tag is
        self.spans: dict[Element, tuple[int, int]] = {}  # which of ``pieces`` each element holds
        self._open: list[int] = []
        self._byte = self._char = 0

    def _here(self) -> int:
        at = self.expat.CurrentByteIndex if self.expat is not None else 0
        if not self.encoded or at < 0:
            return max(at, 0)
        if at < self._byte:
            self._byte = self._char = 0
        self._char += len(self.encoded[self._byte : at].decode("utf-8", "replace"))
        self._byte = at
        return self._char

    def start(self, tag: Any, attrs: Any) -> Element:
        elem = super().start(tag, attrs)
        self.starts[elem] = self._here()
        self._open.append(len(self.pieces))
        return elem

    def end(self, tag: Any) -> Element:
        elem = super().end(tag)
        self.spans[elem] = (self._open.pop() if self._open else 0, len(self.pieces))
        return elem

    def data(self, data: str) -> None:
        self.pieces.append((data, self._here()))
        super().data(data)

    def text(self, elem: Element, text: str) -> tuple[str, Runs]:
        """``text`` (the element's text as the reader took it) with runs into the file.

        Taken again from the pieces, collapsed as the reader collapses; should that ever differ, the
        whole text is placed at the element's start tag.
        """
        lo, hi = self.spans.get(elem, (0, 0))
        block, runs = sourcemap.block(self.source, self.pieces[lo:hi])
        if block != text:
            runs = [sourcemap.Run(0, len(text), self.starts.get(elem, 0), False)]
        return text, runs


def local(tag: object) -> str:
    # Comments and processing instructions have a function as their tag: never a match.
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def find(elem: Element, name: str) -> Element | None:
    """First element (self or descendant, document order) with this local name."""
    for child in elem.iter():
        if local(child.tag) == name:
            return child
    return None


def text_of(elem: Element | None) -> str | None:
    if elem is None:
        return None
    text = SPACE.sub(" ", "".join(elem.itertext())).strip()
    return text or None


def paragraphs(elem: Element, out: list[Element]) -> list[Element]:
    """Paragraph elements with text, in order; a paragraph's nested elements belong to it, not to a new one."""
    for child in elem:
        if local(child.tag) in PARAGRAPHS:
            if text_of(child):
                out.append(child)
        else:
            paragraphs(child, out)
    return out


def body_text(item: Element, tree: _Located) -> tuple[str, Runs]:
    """The body's paragraphs separated by blank lines, with runs into the file."""
    content_set = find(item, "contentSet")
    if content_set is None:
        return "", []
    inline = find(content_set, "inlineXML")
    if inline is not None:
        container = find(inline, "body.content")
        if container is None:
            container = find(inline, "body")
        if container is None:
            container = inline
        # markup without paragraph elements: its text as one paragraph
        paras = paragraphs(container, []) or ([container] if text_of(container) else [])
        return sourcemap.join([tree.text(p, text_of(p) or "") for p in paras], "\n\n")
    data = find(content_set, "inlineData")
    if data is None:
        return "", []
    text = (data.text or "").strip()
    raw, runs = sourcemap.pieces(tree.source, tree.pieces[slice(*tree.spans.get(data, (0, 0)))])
    lead = len(raw) - len(raw.lstrip())
    if raw[lead : lead + len(text)] != text:  # text split by child elements: placed at the start tag
        return text, [sourcemap.Run(0, len(text), tree.starts.get(data, 0), False)]
    return text, sourcemap.cut(runs, lead, lead + len(text))


def parse_date(path: str, field: str, value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError(path, f"NewsML-G2: bad {field} {value[:40]!r} (want an ISO datetime)") from None


def parse(text: str) -> tuple[Element, _Located]:
    """defusedxml's ``fromstring``, with a builder that notes where elements and text are in ``text``."""
    tree = _Located(text)
    parser = DefusedXMLParser(target=tree, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    tree.expat = parser.parser
    parser.parser.buffer_text = False  # one report per piece of text, each with its own position
    parser.feed(text)
    return parser.close(), tree


def _qcode_outlet(qcode: str) -> str | None:
    """ "nprov:REUTERS": the code after the scheme, by its agency's name when it is a known one."""
    code = qcode.rsplit(":", 1)[-1].strip()
    known = {s.lower(): name for name, spellings in lang.load().outlets.agencies.items() for s in spellings}
    return known.get(code.lower()) or outlet_name(code)


def outlet(meta: Element | None, cmeta: Element | None) -> str | None:
    """The provider's name or literal, else the credit line, else the provider's code."""
    provider = find(meta, "provider") if meta is not None else None
    if provider is not None:
        named = outlet_name(text_of(find(provider, "name"))) or outlet_name(provider.get("literal"))
        if named:
            return named
    credit = outlet_name(text_of(find(cmeta, "creditline"))) if cmeta is not None else None
    if credit:
        return credit
    qcode = provider.get("qcode") if provider is not None else None
    return _qcode_outlet(qcode) if qcode else None


def read_newsml(path: str, raw: bytes) -> Parsed:
    text = decode(path, raw)
    try:
        root, tree = parse(text)
    except EntitiesForbidden as exc:
        # declarations are refused before any expansion: no billion laughs, no file or URL fetched
        what = f"external entity {exc.name!r} ({exc.sysid})" if exc.sysid else f"entity {exc.name!r}"
        raise InputError(path, f"unsafe XML refused: declares {what}; entities are not allowed") from None
    except DefusedXmlException as exc:  # ExternalReferenceForbidden and friends
        raise InputError(path, f"unsafe XML refused: {type(exc).__name__}") from None
    except ParseError as exc:
        raise InputError(path, f"malformed XML: {exc}") from None
    except (ValueError, RecursionError) as exc:
        raise InputError(path, f"malformed XML: {type(exc).__name__}") from None
    try:
        parsed, runs = _extract(path, root, tree)
    except RecursionError:  # absurdly deep nesting: refuse rather than crash
        raise InputError(path, "malformed XML: nested too deeply") from None
    parsed.segments = sourcemap.segments(runs, text)
    return parsed


def _extract(path: str, root: Element, tree: _Located) -> tuple[Parsed, Runs]:
    item = root if local(root.tag) == "newsItem" else find(root, "newsItem")
    if item is None:
        raise InputError(path, f"not NewsML-G2: no newsItem (root element is <{local(root.tag) or '?'}>)")
    meta = find(item, "itemMeta")
    cmeta = find(item, "contentMeta")
    body, runs = body_text(item, tree)
    if not body.strip():
        raise InputError(path, "NewsML-G2: no body text in contentSet/inlineXML")
    published = None
    if meta is not None:
        for field in ("versionCreated", "firstCreated"):
            published = published or parse_date(path, field, text_of(find(meta, field)))
    title = text_of(find(cmeta, "headline")) if cmeta is not None else None
    return Parsed(text=body, body_start=0, title=title, published=published, source=outlet(meta, cmeta)), runs
