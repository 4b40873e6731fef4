"""Wire-copy formats: the seed cluster as ninjs 1.x/2.x/3.x and NewsML-G2 gives the plain-text findings."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from checker.engine import check
from checker.inputs.html_page import html_to_text, read_html, read_markdown
from checker.inputs.newsml import read_newsml
from checker.inputs.ninjs import read_ninjs
from checker.inputs.plaintext import parse_text

from .conftest import SEED

Article = dict[str, Any]


def seed_articles() -> list[Article]:
    """The seed cluster as records: body = the text after the optional date line, split into paragraphs."""
    manifest = json.loads((SEED / "manifest.json").read_text(encoding="utf-8"))
    out = []
    for entry in manifest["articles"]:
        text = (SEED / entry["file"]).read_text(encoding="utf-8")
        parsed = parse_text(entry["file"], text)
        # one paragraph per non-blank line: the plain text's single line breaks survive as breaks
        paras = [line.strip() for line in text[parsed.body_start:].split("\n") if line.strip()]
        out.append({"id": entry["id"], "published": entry["published"], "title": parsed.title, "paras": paras})
    return out


def html_body(paras: list[str]) -> str:
    return "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in paras)


def ninjs1(art: Article) -> dict[str, Any]:
    return {"uri": f"urn:test:{art['id']}", "type": "text", "headline": art["title"] or "",
            "body_html": html_body(art["paras"]), "byline": "Staff", "located": "Kabul",
            "versioncreated": f"{art['published']}T12:00:00Z", "firstcreated": f"{art['published']}T10:00:00Z"}


def ninjs2(art: Article) -> dict[str, Any]:
    heads = [{"role": "main", "value": art["title"]}] if art["title"] else []
    return {"uri": f"urn:test:{art['id']}", "type": "text", "headlines": heads,
            "bodies": [{"role": "main", "contenttype": "text/plain", "value": "\n\n".join(art["paras"])}],
            "by": "Staff", "infosources": [{"name": "AFP", "role": "originating"}],
            "versioncreated": f"{art['published']}T12:00:00+00:00"}


def ninjs3(art: Article) -> dict[str, Any]:
    heads = [{"role": "main", "contentType": "text/plain", "value": art["title"]}] if art["title"] else []
    return {"uri": f"urn:test:{art['id']}", "type": "text", "headlines": heads,
            "bodies": [{"role": "main", "contentType": "text/html", "value": html_body(art["paras"])}],
            "infoSources": [{"name": "AFP"}], "versionCreated": f"{art['published']}T12:00:00Z"}


def newsml(art: Article) -> str:
    esc = html.escape
    headline = f"<headline>{esc(art['title'])}</headline>" if art["title"] else ""
    paras = "".join(f"<p>{esc(p, quote=False)}</p>" for p in art["paras"])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:{art['id']}" version="1"
  standard="NewsML-G2" standardversion="2.29">
 <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:AFP"/>
  <versionCreated>{art['published']}T12:00:00Z</versionCreated><firstCreated>{art['published']}T10:00:00Z</firstCreated>
 </itemMeta>
 <contentMeta>{headline}<dateline>KABUL</dateline><located><name>Kabul</name></located><by>Staff</by></contentMeta>
 <contentSet><inlineXML contenttype="application/nitf+xml">
  <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.head/><body.content>{paras}</body.content></body></nitf>
 </inlineXML></contentSet>
</newsItem>
"""


def write(folder: Path, suffix: str, render: Callable[[Article], str]) -> Path:
    folder.mkdir()
    entries = []
    for art in seed_articles():
        name = f"{art['id']}{suffix}"
        (folder / name).write_text(render(art), encoding="utf-8")
        entries.append({"file": name, "id": art["id"], "published": art["published"], "source": None})
    (folder / "manifest.json").write_text(json.dumps({"cluster": folder.name, "articles": entries}))
    return folder


def signature(paths: list[str]) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    outcome = check(paths)
    assert not outcome.loaded.errors, outcome.loaded.errors
    return sorted((f.rule, tuple((e.article, e.text) for e in f.evidence)) for f in outcome.report.findings)


@pytest.fixture(scope="module")
def plain_signature() -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    return signature([str(SEED)])


FORMATS: dict[str, tuple[str, Callable[[Article], str]]] = {
    "ninjs1": (".json", lambda a: json.dumps(ninjs1(a))),
    "ninjs2": (".json", lambda a: json.dumps(ninjs2(a))),
    "ninjs3": (".json", lambda a: json.dumps(ninjs3(a))),
    "newsml": (".xml", newsml),
}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_seed_cluster_converted_gives_the_same_findings(
    fmt: str, tmp_path: Path, plain_signature: list[tuple[str, tuple[tuple[str, str], ...]]]
) -> None:
    suffix, render = FORMATS[fmt]
    folder = write(tmp_path / fmt, suffix, render)
    assert plain_signature, "the seed cluster should have findings to compare"
    assert signature([str(folder)]) == plain_signature


def test_evidence_offsets_index_the_extracted_body(tmp_path: Path) -> None:
    folder = write(tmp_path / "n2", ".json", lambda a: json.dumps(ninjs2(a)))
    outcome = check([str(folder)])
    texts = {a.id: a.text for a in outcome.loaded.articles}
    for finding in outcome.report.findings:
        for ev in finding.evidence:
            assert texts[ev.article][ev.start:ev.end] == ev.text


def test_ninjs_versions_are_detected_and_read() -> None:
    art = seed_articles()[1]
    for make in (ninjs1, ninjs2, ninjs3):
        parsed = read_ninjs("x.json", json.dumps(make(art)).encode())
        assert parsed.text.startswith(art["paras"][0])
        assert parsed.title == art["title"]
        assert str(parsed.published) == art["published"]


def test_ninjs_html_body_becomes_paragraphs() -> None:
    raw = {"headline": "H", "body_html": "<div><p>One &amp; two.</p><script>x()</script><p>Three\n four.</p></div>"}
    assert read_ninjs("x.json", json.dumps(raw).encode()).text == "One & two.\n\nThree four."


def test_newsml_reads_headline_date_and_paragraphs() -> None:
    art = seed_articles()[0]
    parsed = read_newsml("x.xml", newsml(art).encode())
    assert parsed.title == art["title"]
    assert str(parsed.published) == art["published"]
    assert parsed.text == "\n\n".join(art["paras"])


PAGE = """<!doctype html><html><head><title>Site | Strike in Helmand</title><style>p{}</style></head>
<body><nav><p>Home</p><p>World</p></nav>
<article><header><h1>US strikes Taliban in Helmand</h1></header>
<p>The US launched an airstrike on <a href="#">Taliban</a> fighters.</p>
<script>track()</script><p>It was the first in 11 days.</p></article>
<footer><p>Copyright</p></footer></body></html>"""


def test_html_page_takes_the_article_and_drops_chrome() -> None:
    parsed = read_html("x.html", PAGE.encode())
    assert parsed.title == "US strikes Taliban in Helmand"
    assert "Home" not in parsed.text and "Copyright" not in parsed.text and "track" not in parsed.text
    assert "The US launched an airstrike on Taliban fighters.\n\nIt was the first in 11 days." in parsed.text


def test_html_page_without_article_uses_paragraphs_and_title() -> None:
    page = "<html><head><title>T</title></head><body><div>menu</div><p>Body one.</p><p>Body two.</p></body></html>"
    parsed = read_html("x.html", page.encode())
    assert parsed.title == "T"
    assert parsed.text == "Body one.\n\nBody two."


def test_html_to_text_keeps_blocks_apart() -> None:
    assert html_to_text("<p>a</p><ul><li>b</li><li>c</li></ul>") == "a\n\nb\n\nc"


def test_markdown_front_matter_gives_title_and_date_and_is_not_text() -> None:
    raw = b"---\ntitle: Strike in Helmand\ndate: 2020-03-04\n---\nThe US launched an airstrike.\n"
    parsed = read_markdown("x.md", raw)
    assert parsed.title == "Strike in Helmand"
    assert str(parsed.published) == "2020-03-04"
    assert parsed.text[parsed.body_start:].startswith("The US launched")
    assert "title:" not in parsed.text


def test_markdown_without_front_matter_is_plain_text() -> None:
    parsed = read_markdown("x.md", b"Headline here\n\nBody text.\n")
    assert parsed.text == "Headline here\n\nBody text.\n"


def test_html_and_markdown_articles_check_alongside_text(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: T\n---\nThe US launched an airstrike in Helmand.\n")
    outcome = check([str(tmp_path)])
    assert not outcome.loaded.errors
    assert {a.id for a in outcome.loaded.articles} == {"a", "b"}
