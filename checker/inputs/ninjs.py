"""IPTC ninjs (news in JSON) wire copy: versions 1.x, 2.x and 3.x.

1.x has flat ``headline`` / ``body_text`` / ``body_html``; 2.x adds ``headlines[]`` and ``bodies[]``
(``role``, ``contenttype``, ``value``); 3.x is 2.x in camelCase (``contentType``, ``versionCreated``).
The article text is the extracted body only, so evidence offsets index into that body; where that
body's characters lie in the file (inside one JSON string, escapes and all) is kept for reports.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic.alias_generators import to_camel

from checker.inputs import sourcemap
from checker.inputs.errors import InputError
from checker.inputs.html_page import html_text
from checker.inputs.plaintext import Parsed, decode, outlet_name
from checker.inputs.sourcemap import Runs

# Keys that only 3.x spells this way; their presence decides the version.
CAMEL_KEYS = {
    "versionCreated",
    "firstCreated",
    "contentCreated",
    "infoSources",
    "copyrightNotice",
    "copyrightHolder",
    "usageTerms",
    "altIds",
    "embargoedUntil",
    "ninjsVersion",
}
MAIN_ROLES = (None, "", "main", "body", "text")

# The body as extracted, the JSON string value it came from, and runs from the one into the other.
Body = tuple[str, str, Runs]


class InfoSource(BaseModel):
    model_config = ConfigDict(extra="ignore")
    name: str | None = None
    uri: str | None = None
    role: str | None = None


class Ninjs1(BaseModel):
    """ninjs 1.x: flat fields. Unknown fields are ignored (ninjs allows extensions)."""

    model_config = ConfigDict(extra="ignore")
    headline: str | None = None
    body_text: str | None = None
    body_html: str | None = None
    byline: str | None = None
    located: str | None = None
    versioncreated: str | None = None
    firstcreated: str | None = None
    copyrightholder: Any = None  # a string by the spec; anything else is ignored, not an error
    infosources: list[InfoSource] = []  # since 1.2


class Part2(BaseModel):
    model_config = ConfigDict(extra="ignore")
    role: str | None = None
    contenttype: str | None = None
    value: str = ""


class Ninjs2(Ninjs1):
    """ninjs 2.x: arrays of headlines and bodies; the 1.x flat fields may still appear."""

    headlines: list[Part2] = []
    bodies: list[Part2] = []
    by: str | None = None


class Part3(BaseModel):
    model_config = ConfigDict(extra="ignore", alias_generator=to_camel)
    role: str | None = None
    content_type: str | None = None
    value: str = ""


class Ninjs3(BaseModel):
    """ninjs 3.x: as 2.x, camelCase keys."""

    model_config = ConfigDict(extra="ignore", alias_generator=to_camel)
    headlines: list[Part3] = []
    bodies: list[Part3] = []
    by: str | None = None
    located: str | None = None
    version_created: str | None = None
    first_created: str | None = None
    copyright_holder: Any = None
    info_sources: list[InfoSource] = []


def detect(doc: dict[str, Any]) -> str:
    parts = [
        p for key in ("headlines", "bodies") if isinstance(doc.get(key), list) for p in doc[key] if isinstance(p, dict)
    ]
    if CAMEL_KEYS & doc.keys() or any("contentType" in p for p in parts):
        return "3"
    if "headlines" in doc or "bodies" in doc:
        return "2"
    if {"headline", "body_text", "body_html"} & doc.keys():
        return "1"
    raise ValueError("not ninjs: no headline or body")


def _pick(parts: list[tuple[str | None, str | None, str]]) -> tuple[str | None, str] | None:
    """The main part: main role first, then plain text before HTML. Returns (contenttype, value)."""
    usable = [p for p in parts if p[2].strip()]
    if not usable:
        return None
    usable.sort(key=lambda p: (p[0] not in MAIN_ROLES, "html" in (p[1] or "").lower()))
    return usable[0][1], usable[0][2]


def _body(contenttype: str | None, value: str) -> Body:
    kind = (contenttype or "text/plain").lower()
    # Anything that is not plain text (html, xhtml, nitf) is markup: keep its text only.
    if kind.startswith("text/plain"):
        return value, value, sourcemap.whole(value)
    text, runs = html_text(value)
    return text, value, runs


def _flat_body(m: Ninjs1) -> Body:
    # body_text is the plain text as sent; body_html only when there is no plain text
    if m.body_text and m.body_text.strip():
        return _body("text/plain", m.body_text)
    return _body("text/html", m.body_html or "")


def _date(path: str, version: str, field: str, value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError(path, f"ninjs {version}.x: bad {field} {value[:40]!r} (want an ISO datetime)") from None


def _outlet(holder: object, sources: list[InfoSource]) -> str | None:
    """The outlet: the copyright holder, else the first information source with a name."""
    return outlet_name(holder) or next((name for s in sources if (name := outlet_name(s.name))), None)


def extract(path: str, doc: dict[str, Any]) -> tuple[Parsed, Body]:
    """The article and the body it was made from (for ``read_ninjs`` to place in the file)."""
    version = detect(doc)
    title: str | None
    body: Body
    if version == "1":
        m1 = Ninjs1.model_validate(doc)
        title = m1.headline
        body = _flat_body(m1)
        created = [("versioncreated", m1.versioncreated), ("firstcreated", m1.firstcreated)]
        source = _outlet(m1.copyrightholder, m1.infosources)
    elif version == "2":
        m2 = Ninjs2.model_validate(doc)
        head = _pick([(h.role, h.contenttype, h.value) for h in m2.headlines])
        title = head[1] if head else m2.headline
        main = _pick([(b.role, b.contenttype, b.value) for b in m2.bodies])
        if main:
            body = _body(*main)
        else:  # a 2.x file may still carry only the 1.x flat body
            body = _flat_body(m2)
        created = [("versioncreated", m2.versioncreated), ("firstcreated", m2.firstcreated)]
        source = _outlet(m2.copyrightholder, m2.infosources)
    else:
        m3 = Ninjs3.model_validate(doc)
        head = _pick([(h.role, h.content_type, h.value) for h in m3.headlines])
        title = head[1] if head else None
        main = _pick([(b.role, b.content_type, b.value) for b in m3.bodies])
        body = _body(*main) if main else ("", "", [])
        created = [("versionCreated", m3.version_created), ("firstCreated", m3.first_created)]
        source = _outlet(m3.copyright_holder, m3.info_sources)
    if not body[0].strip():
        raise InputError(path, f"ninjs {version}.x: no body text" + ("" if title else " and no headline"))
    published = None
    for field, value in created:
        published = published or _date(path, version, field, value)
    title = " ".join(title.split()) if title and title.strip() else None
    return Parsed(text=body[0], body_start=0, title=title, published=published, source=source), body


def read_ninjs(path: str, raw: bytes) -> Parsed:
    text = decode(path, raw)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except (ValueError, RecursionError) as exc:  # huge integers, absurd nesting
        raise InputError(path, f"malformed JSON: {type(exc).__name__}") from None
    if not isinstance(doc, dict):
        raise InputError(path, f"not ninjs: top level is a JSON {type(doc).__name__}, not an object")
    try:
        parsed, (_, value, runs) = extract(path, doc)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top)"
        raise InputError(path, f"not valid ninjs: {where}: {first['msg']}") from None
    except ValueError as exc:  # from detect()
        raise InputError(path, str(exc)) from None
    # Not found can only mean an oddity of ours: then everything is placed at the top of the file.
    in_file = sourcemap.json_string(text, value) or [sourcemap.Run(0, len(value), 0, False)]
    parsed.segments = sourcemap.segments(sourcemap.compose(runs, in_file), text)
    return parsed
