"""The HTML report's structure, without a browser: the headline once, no raw Markdown, the date line and
page furniture as metadata, every evidence article in each compare view, rule documentation, print
styles, and hostile text escaped in every new part of the page.

The page is parsed with the stdlib HTML parser into a small tree, so the assertions read like CSS
selectors and do not depend on attribute order or whitespace.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from checker.engine import build_report
from checker.inputs import load_paths
from checker.models import Article, Evidence, Finding, Report
from checker.report import furniture_of, render

HEADLINE = "Strike in Helmand"
STORY = "Seven soldiers were killed in Helmand on Tuesday, officials said."
VOID = {"meta", "input", "br", "hr", "img", "link"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def all(self, tag: str = "", cls: str = "", **attrs: str) -> list[Node]:
        """Every descendant with this tag (any if empty), class and attributes, in document order."""
        out = []
        for c in self.children:
            if isinstance(c, Node):
                if (not tag or c.tag == tag) and (not cls or cls in c.classes()) and all(
                    c.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items()
                ):
                    out.append(c)
                out.extend(c.all(tag, cls, **attrs))
        return out

    def one(self, tag: str = "", cls: str = "", **attrs: str) -> Node:
        found = self.all(tag, cls, **attrs)
        assert len(found) == 1, (tag, cls, attrs, len(found))
        return found[0]


class Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>: the page is not well nested"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    tree = Tree()
    tree.feed(page)
    tree.close()
    assert tree.stack == [tree.root], "unclosed elements"
    return tree.root


NEWSML = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1" standard="NewsML-G2">
 <contentMeta><headline>{head}</headline></contentMeta>
 <contentSet><inlineXML contenttype="application/nitf+xml"><nitf><body><body.content>
  <hl1>{head}</hl1><p>{story}</p></body.content></body></nitf></inlineXML></contentSet>
</newsItem>"""

# one article per input format, each titled HEADLINE; the Markdown and plain text ones carry layout
FILES = {
    "plain.txt": f" date 2020-03-04\n{HEADLINE}\n\nPosted: May 24, 2005\nBy Jane Doe, Staff Writer\n\n{STORY}\n",
    "front.md": f"---\ntitle: {HEADLINE}\ndate: 2020-03-04\n---\n# {HEADLINE}\n\n{STORY}\n\n## Background\n\nMore.\n",
    "bare.md": f"# {HEADLINE}\n\n{STORY}\n",
    "page.html": f"<html><head><title>Site | {HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
    f"<p>{STORY}</p></article></body></html>",
    "repeat.json": json.dumps({"headline": HEADLINE, "body_text": f"{HEADLINE}\n\n{STORY}"}),
    "apart.json": json.dumps({"headline": HEADLINE, "body_text": STORY}),
    "wire.xml": NEWSML.format(head=HEADLINE, story=STORY),
}


def cluster(folder: Path, files: dict[str, str], sources: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True)
    entries = []
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        stem = name.rsplit(".", 1)[0]
        entries.append({"file": name, "id": stem, "published": None, "source": (sources or {}).get(stem)})
    (folder / "manifest.json").write_text(json.dumps({"cluster": folder.name, "articles": entries}))
    return folder


def evidence(art: Article, words: str) -> Evidence:
    start = art.text.index(words)
    return Evidence(article=art.id, start=start, end=start + len(words), text=words)


def finding(evs: list[Evidence], fid: str = "0123456789abcdef", message: str = "m", subject: str = "s") -> Finding:
    return Finding(id=fid, rule="FC101", name="count-mismatch", kind="count", severity="error", confidence=0.9,
                   subject=subject, message=message, evidence=tuple(evs))


def page_of(folder: Path, words: str = "Seven soldiers", **kw: Any) -> tuple[Node, str, dict[str, Article], Report]:
    loaded = load_paths([str(folder)])
    assert not loaded.errors, loaded.errors
    articles = {a.id: a for a in loaded.articles}
    f = finding([evidence(a, words) for a in articles.values()], **kw)
    report = build_report(loaded, [], [f])
    page = render("html", report, articles)
    return parse(page), page, articles, report


@pytest.fixture(scope="module")
def formats(tmp_path_factory: pytest.TempPathFactory) -> tuple[Node, str, dict[str, Article], Report]:
    return page_of(cluster(tmp_path_factory.mktemp("html") / "formats", FILES))


def section(root: Node, article_id: str) -> Node:
    return root.one("section", "article", data_article=article_id)


@pytest.mark.parametrize("article_id", [name.rsplit(".", 1)[0] for name in FILES])
def test_headline_shown_once_as_the_heading(formats: Any, article_id: str) -> None:
    root = formats[0]
    sec = section(root, article_id)
    assert sec.one("h3", "headline").text().strip() == HEADLINE
    assert sec.text().count(HEADLINE) == 1, sec.text()
    # the compare view's column is headed by the title, and its excerpt is the story, not the headline
    col = root.one("section", "col", data_article=article_id)
    assert col.one("div", "ctitle").text() == HEADLINE
    assert HEADLINE not in col.one("blockquote", "excerpt").text()


def test_markdown_heading_markers_are_not_shown(formats: Any) -> None:
    root = formats[0]
    for article_id in ("front", "bare"):
        sec = section(root, article_id)
        assert "#" not in sec.text(), sec.text()
    assert [h.text() for h in section(root, "front").all("strong", "md-h")] == ["Background"]


def test_date_line_is_metadata_not_body(formats: Any) -> None:
    root, _, articles, _ = formats
    assert articles["plain"].body_start > 0
    sec = section(root, "plain")
    assert "date 2020-03-04" not in sec.one("div", "text").text()
    assert sec.one("span", "dateline").text() == "date 2020-03-04"
    assert "2020-03-04" in sec.one("div", "meta").text()
    assert "date 2020" not in root.one("section", "col", data_article="plain").text()


def test_page_furniture_is_greyed_and_titled(formats: Any) -> None:
    root = formats[0]
    marked = section(root, "plain").all("span", "furniture")
    assert [m.text() for m in marked] == ["Posted: May 24, 2005", "By Jane Doe, Staff Writer"]
    assert all(m.attrs["title"] == "page furniture: not checked" for m in marked)
    assert not section(root, "apart").all("span", "furniture")


def test_furniture_comes_from_the_extraction_when_given(tmp_path: Path) -> None:
    from checker.engine import check

    folder = cluster(tmp_path / "c", {"plain.txt": FILES["plain.txt"]})
    outcome = check([str(folder)])
    articles = {a.id: a for a in outcome.loaded.articles}
    given = furniture_of(outcome.extractions)
    text = articles["plain"].text
    assert [text[lo:hi] for lo, hi in given["plain"]] == ["Posted: May 24, 2005", "By Jane Doe, Staff Writer"]
    # what the renderer is given is what it marks: only the byline here
    page = parse(render("html", outcome.report, articles, {"plain": given["plain"][1:]}))
    assert [m.text() for m in page.all("span", "furniture")] == ["By Jane Doe, Staff Writer"]
    # and the command line passes the extraction's spans through
    from checker.cli import main

    out = io.StringIO()
    main(["check", "--format", "html", "--fail-on", "never", str(folder)], stdout=out, stderr=io.StringIO())
    assert len(parse(out.getvalue()).all("span", "furniture")) == 2


def test_compare_view_shows_every_evidence_article_of_each_finding(seed_outcome: Any) -> None:
    report = seed_outcome.report
    articles = {a.id: a for a in seed_outcome.loaded.articles}
    page = render("html", report, articles, furniture_of(seed_outcome.extractions))
    root = parse(page)
    order = [e.id for e in report.articles]
    for f in report.findings:
        item = root.one("li", "finding", data_finding=f.id)
        assert item.one("p", "msg").text() == f.message
        cols = item.one("div", "compare").all("section", "col")
        cited = {ev.article for ev in f.evidence}
        assert [c.attrs["data-article"] for c in cols] == [a for a in order if a in cited]
        for col in cols:
            entry = next(e for e in report.articles if e.id == col.attrs["data-article"])
            head = col.one("header")
            assert head.one("h4").text() == entry.id
            for value in (entry.source, entry.published):
                assert value is None or value in head.text()
            assert col.all("div", "labels"), "each column keeps a place for labels (majority, minority)"
            marks = " ".join(m.text() for m in col.all("mark", "ev"))
            for ev in f.evidence:
                if ev.article == entry.id:
                    assert ev.text in marks
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "an id used twice (a compare view copying the full text's anchors)"


def test_compare_column_labels_are_escaped(formats: Any) -> None:
    from checker.report.html_compare import column
    from checker.report.html_text import layout

    _, _, articles, report = formats
    art = articles["plain"]
    html = column(report.findings[0], "plain", articles, report.articles[0], layout(art), labels=["<b>minority</b>"])
    assert '<span class="tag">&lt;b&gt;minority&lt;/b&gt;</span>' in html


def test_rule_documentation_is_checker_explain(seed_outcome: Any) -> None:
    from checker.cli import main
    from checker.report.html_rules import explanation
    from checker.rules import RULES

    for code in RULES:
        out = io.StringIO()
        assert main(["explain", code], stdout=out, stderr=io.StringIO()) == 0
        assert explanation(code) == out.getvalue()
    report = seed_outcome.report
    root = parse(render("html", report, {a.id: a for a in seed_outcome.loaded.articles}))
    for f in report.findings:
        link = root.one("li", "finding", data_finding=f.id).one("a", "rule")
        assert link.attrs["href"] == f"#rule-{f.rule}"
        doc = root.one("details", id=f"rule-{f.rule}")
        assert doc.one("pre").text() == explanation(f.rule)
    assert len(root.all("details", "ruledoc")) == len({f.rule for f in report.findings})


def test_print_stylesheet() -> None:
    from checker.report.html_assets import CSS

    printed = CSS[CSS.index("@media print") :]
    for rule in ("nav.nav", "display: block !important", "break-inside: avoid", "background: #fff", "color: #000"):
        assert rule in printed, rule


def test_hostile_text_is_escaped_in_the_new_parts(tmp_path: Path) -> None:
    evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    files = {
        "front.md": f"---\ntitle: '{evil}'\n---\n# {evil}\n\nBefore {evil}. {STORY}\n\n## {evil}\n",
        "plain.txt": f"{evil}\n\n{STORY} After {evil}.\n",
    }
    folder = cluster(tmp_path / "c", files, sources={"front": evil, "plain": evil})
    root, page, _, _ = page_of(folder, message=evil, subject=evil)
    assert page.count("<script") == 1 and "<img" not in page, "only our own script, no markup from the input"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    for col in root.all("section", "col"):
        assert evil in col.one("header").text()  # the outlet, and the title, as text
        assert evil in col.one("blockquote", "excerpt").text()  # the context around the evidence
    assert evil in section(root, "front").one("h3", "headline").text()
    assert root.one("li", "finding").one("p", "msg").text() == evil
