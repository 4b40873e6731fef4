"""The outlet read from a file's own metadata: ninjs, NewsML-G2, front matter, HTML; the manifest comes first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from checker import lang
from checker.engine import check
from checker.inputs.html_page import read_html, read_markdown
from checker.inputs.newsml import read_newsml
from checker.inputs.ninjs import read_ninjs

BODY = "Two men were arrested in Mombasa on Monday, police said."


def ninjs(**meta: Any) -> bytes:
    return json.dumps({"headline": "Arrests", "body_text": BODY, **meta}).encode()


@pytest.mark.parametrize(
    ("meta", "outlet"),
    [
        ({"copyrightholder": "dpa", "infosources": [{"name": "AFP"}]}, "dpa"),  # the holder first
        ({"infosources": [{"role": "x"}, {"name": " Agence  France-Presse "}]}, "Agence France-Presse"),
        ({"copyrightholder": {"name": "not a string"}, "infosources": [{"name": "AFP"}]}, "AFP"),
        ({"headlines": [{"value": "H"}], "bodies": [{"value": BODY}], "infosources": [{"name": "NTB"}]}, "NTB"),
        ({"headlines": [{"value": "H"}], "bodies": [{"value": BODY}], "copyrightHolder": "TT"}, "TT"),  # 3.x
        ({"headlines": [{"value": "H"}], "bodies": [{"value": BODY}], "infoSources": [{"name": "AP"}]}, "AP"),
        ({}, None),
    ],
)
def test_ninjs_outlet_is_the_copyright_holder_then_an_information_source(meta: dict[str, Any], outlet: str) -> None:
    assert read_ninjs("x.json", ninjs(**meta)).source == outlet


def newsml(item_meta: str, content_meta: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1">
 <itemMeta><itemClass qcode="ninat:text"/>{item_meta}</itemMeta>
 <contentMeta><headline>Arrests</headline>{content_meta}</contentMeta>
 <contentSet><inlineXML><nitf><body><body.content><p>{BODY}</p></body.content></body></nitf></inlineXML></contentSet>
</newsItem>""".encode()


@pytest.mark.parametrize(
    ("item_meta", "content_meta", "outlet"),
    [
        ('<provider literal="Kenya News Agency"/>', "<creditline>KNA/AFP</creditline>", "Kenya News Agency"),
        ('<provider qcode="nprov:KNA"><name>Kenya News Agency</name></provider>', "", "Kenya News Agency"),
        ('<provider qcode="nprov:REUTERS"/>', "<creditline>Staff and agencies</creditline>", "Staff and agencies"),
        ('<provider qcode="nprov:REUTERS"/>', "", "Reuters"),  # a known agency's code by its name
        ('<provider qcode="nprov:XYZ"/>', "", "XYZ"),
        ("", "<creditline>Reuters</creditline>", "Reuters"),
        ("", "", None),
    ],
)
def test_newsml_outlet_is_the_provider_then_the_credit_line(item_meta: str, content_meta: str, outlet: str) -> None:
    assert read_newsml("x.xml", newsml(item_meta, content_meta)).source == outlet


def test_front_matter_names_the_outlet_by_outlet_keys_only() -> None:
    raw = b"---\ntitle: Arrests\nauthor: Jane Doe\npublisher: The Coast Times\n---\n" + BODY.encode()
    assert read_markdown("x.md", raw).source == "The Coast Times"
    assert read_markdown("x.md", b"---\nauthor: Jane Doe\nby: John Roe\n---\n" + BODY.encode()).source is None
    assert "publisher" in lang.load().outlets.front_matter_keys


def test_html_meta_names_the_outlet() -> None:
    page = (
        '<html><head><meta name="publisher" content="Coast Media Group">'
        '<meta property="og:site_name" content="The Coast Times"></head>'
        f"<body><article><p>{BODY}</p></article></body></html>"
    )
    assert read_html("x.html", page.encode()).source == "The Coast Times"
    assert read_html("x.html", f"<html><body><p>{BODY}</p></body></html>".encode()).source is None


def test_the_manifest_names_the_outlet_before_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_bytes(ninjs(copyrightholder="dpa"))
    (tmp_path / "b.json").write_bytes(ninjs(copyrightholder="dpa"))
    entries = [{"file": "a.json", "id": "a", "source": "Coast Times"}, {"file": "b.json", "id": "b", "source": None}]
    (tmp_path / "manifest.json").write_text(json.dumps({"cluster": "c", "articles": entries}), encoding="utf-8")
    sources = {a.id: a.source for a in check([str(tmp_path)]).report.articles}
    assert sources == {"a": "Coast Times", "b": "dpa"}
