"""IPTC NewsML-G2 wire copy: one ``newsItem`` (alone or inside a ``newsMessage``).

Parsed with defusedxml: a DTD may appear, but entity declarations (billion laughs, quadratic blow-up)
and external references are refused before expansion, so a hostile file fails fast and small.
Elements are matched by local name, because providers differ in NewsML/NITF namespace versions.
The article text is the NITF ``body.content`` paragraphs, separated by blank lines.
"""

from __future__ import annotations

import datetime as dt
import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, EntitiesForbidden
from defusedxml.ElementTree import fromstring

from checker import lang
from checker.inputs.errors import InputError
from checker.inputs.plaintext import Parsed, decode, outlet_name

# ASCII whitespace only, as HTML/XML collapse it: a no-break space is text and stays.
SPACE = re.compile(r"[ \t\n\r\f]+")
PARAGRAPHS = {"p", "hl1", "hl2", "li", "blockquote", "pre"}


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


def paragraphs(elem: Element, out: list[str]) -> list[str]:
    """Paragraph texts in order; a paragraph's nested elements belong to it, not to a new one."""
    for child in elem:
        if local(child.tag) in PARAGRAPHS:
            text = text_of(child)
            if text:
                out.append(text)
        else:
            paragraphs(child, out)
    return out


def body_text(item: Element) -> str:
    content_set = find(item, "contentSet")
    if content_set is None:
        return ""
    inline = find(content_set, "inlineXML")
    if inline is not None:
        container = find(inline, "body.content")
        if container is None:
            container = find(inline, "body")
        if container is None:
            container = inline
        paras = paragraphs(container, [])
        if not paras:  # markup without paragraph elements: its text as one paragraph
            paras = [t for t in [text_of(container)] if t]
        return "\n\n".join(paras)
    data = find(content_set, "inlineData")
    return (data.text or "").strip() if data is not None else ""


def parse_date(path: str, field: str, value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError(path, f"NewsML-G2: bad {field} {value[:40]!r} (want an ISO datetime)") from None


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
        root = fromstring(text, forbid_dtd=False, forbid_entities=True, forbid_external=True)
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
        return _extract(path, root)
    except RecursionError:  # absurdly deep nesting: refuse rather than crash
        raise InputError(path, "malformed XML: nested too deeply") from None


def _extract(path: str, root: Element) -> Parsed:
    item = root if local(root.tag) == "newsItem" else find(root, "newsItem")
    if item is None:
        raise InputError(path, f"not NewsML-G2: no newsItem (root element is <{local(root.tag) or '?'}>)")
    meta = find(item, "itemMeta")
    cmeta = find(item, "contentMeta")
    body = body_text(item)
    if not body.strip():
        raise InputError(path, "NewsML-G2: no body text in contentSet/inlineXML")
    published = None
    if meta is not None:
        for field in ("versionCreated", "firstCreated"):
            published = published or parse_date(path, field, text_of(find(meta, field)))
    title = text_of(find(cmeta, "headline")) if cmeta is not None else None
    return Parsed(text=body, body_start=0, title=title, published=published, source=outlet(meta, cmeta))
