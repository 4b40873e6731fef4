"""One self-contained HTML page for an editor: each finding's articles side by side, then the full texts.

Everything is inline (CSS, JS, no fonts or network) so the file opens offline and can be mailed.
The page scrolls as one: a findings list where clicking a finding opens its compare view (every
article its evidence comes from, one column each), next/previous finding by button or key, the full
articles below with every evidence span marked and linked both ways, and each rule's documentation.

Article text is untrusted input: ``html_text`` cuts it at evidence offsets and escapes every piece;
the script reads only ``data-`` attributes we wrote (hex finding ids, fixed vocabularies) and never
writes HTML, so untrusted text cannot become markup through it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from checker.display import plural
from checker.models import Article, ArticleEntry, Finding, Report
from checker.report import undated_message
from checker.report.html_assets import CSS, JS
from checker.report.html_compare import compare_view
from checker.report.html_rules import rule_link, rules_section
from checker.report.html_text import Layout, Marker, escape, layout, segments

__all__ = ["render", "segments"]

LABEL = {"error": "error", "warning": "warning", "info": "note"}
Furniture = Mapping[str, Sequence[tuple[int, int]]]


def finding_item(
    n: int, f: Finding, articles: dict[str, Article], entries: dict[str, ArticleEntry], layouts: dict[str, Layout]
) -> str:
    return (
        f'<li class="finding sev-{f.severity}" id="f-{escape(f.id)}" data-finding="{escape(f.id)}" '
        f'data-severity="{f.severity}" data-kind="{f.kind}" data-n="{n}">'
        f'<div class="head" tabindex="0" role="button" aria-expanded="false">'
        f'<span class="badge sev-{f.severity}">{LABEL[f.severity]}</span> '
        f'<b class="num">{n}.</b> {rule_link(f.rule)} <b>{escape(f.name)}</b> '
        f'<span class="kind">{escape(f.kind)}</span> <span class="conf">confidence {f.confidence:.2f}</span>'
        f'<div class="subject">{escape(f.subject)}</div><p class="msg">{escape(f.message)}</p></div>'
        f"{compare_view(f, articles, entries, layouts)}</li>"
    )


def article_meta(entry: ArticleEntry, lay: Layout | None) -> str:
    parts = [
        f'<span class="src">{escape(entry.source)}</span>' if entry.source else "",
        f"<time>{escape(entry.published)}</time>" if entry.published else "no date",
        (
            f'<span class="dateline" title="the article\'s leading date line: metadata, not checked">'
            f"{escape(lay.date_line)}</span>"
            if lay and lay.date_line
            else ""
        ),
        f'<span class="path">{escape(entry.path)}</span>',
        plural(entry.claims, "claim"),
    ]
    return " · ".join(p for p in parts if p)


def article_section(n: int, entry: ArticleEntry, art: Article | None, lay: Layout | None, marker: Marker,
                    spans: list[tuple[int, int, str]]) -> str:
    heading = ""
    undated = entry.status == "ok" and entry.undated
    note = f'<p class="undated">{escape(undated_message([entry.id]))}</p>' if undated else ""
    if entry.status != "ok" or art is None or lay is None:
        if entry.title:
            heading = f'<h3 class="headline">{escape(entry.title)}</h3>'
        body = f'<p class="readerr">Could not read: {escape(entry.error or "unknown error")}</p>'
    else:
        if lay.headline:  # the body's own first line, with any evidence in it still marked
            heading = f'<h3 class="headline">{marker.render(art.text, *lay.headline, spans + lay.spans)}</h3>'
        elif lay.title:
            heading = f'<h3 class="headline">{escape(lay.title)}</h3>'
        text = marker.render(art.text, lay.start, len(art.text), spans + lay.spans)
        body = f'<div class="text">{text}</div>'
    return (
        f'<section class="article" id="a-{n}" data-article="{escape(entry.id)}"><header>'
        f'<h2>{escape(entry.id)}</h2>{heading}<div class="meta">{article_meta(entry, lay)}</div>{note}</header>'
        f"{body}</section>"
    )


def filters(report: Report) -> str:
    s = report.summary.findings
    counts = "".join(
        f'<label class="count sev-{k}"><input type="checkbox" class="flt-sev" value="{k}" checked> '
        f"{s.get(k, 0)} {LABEL[k]}{'s' if s.get(k, 0) != 1 else ''}</label>"
        for k in ("error", "warning", "info")
    )
    kinds = "".join(
        f'<label><input type="checkbox" class="flt-kind" value="{escape(k)}" checked> {escape(k)}</label>'
        for k in sorted({f.kind for f in report.findings})
    )
    return (
        f'<div class="filters"><span>Severity:</span>{counts}</div>'
        f'<div class="filters"><span>Kind:</span>{kinds}</div>'
    )


NAV = (
    '<nav class="nav" aria-label="findings"><button type="button" id="prev" title="previous finding (k or ←)">'
    '◀ previous</button> <span id="pos">no finding open</span> <button type="button" id="next" '
    'title="next finding (j or →)">next ▶</button> <span class="hint">keys: j / k or → / ←, Esc closes</span>'
    ' · <a href="#findings">findings</a> · <a href="#articles">full articles</a> · <a href="#rules">rules</a></nav>'
)


def render(report: Report, articles: dict[str, Article], furniture: Furniture | None = None) -> str:
    """The page. ``furniture``: each article's page-furniture spans from the extraction
    (``Document.furniture``); without it they are found from the text the same way."""
    entries = {e.id: e for e in report.articles}
    layouts = {
        a.id: layout(a, furniture.get(a.id) if furniture is not None else None)
        for a in articles.values()
        if a.status == "ok"
    }
    severity = {f.id: f.severity for f in report.findings}
    spans = {
        a: [(ev.start, ev.end, f"{f.id}:{n}") for f in report.findings for n, ev in enumerate(f.evidence)
            if ev.article == a]
        for a in layouts
    }
    items = "".join(finding_item(n, f, articles, entries, layouts) for n, f in enumerate(report.findings, 1))
    if not items:
        items = '<li class="none">No disagreements found.</li>'
    marker = Marker(severity)
    sections = "".join(
        article_section(n, e, articles.get(e.id), layouts.get(e.id), marker, spans.get(e.id, []))
        for n, e in sorted(enumerate(report.articles), key=lambda ne: not ne[1].draft)
    )
    drafts = [e.id for e in report.articles if e.draft]
    draft_note = (
        f'<p class="draftnote">Draft check: {escape(", ".join(drafts))} against '
        f"{plural(len(report.articles) - len(drafts), 'source')}. Only the findings that involve the draft are "
        "shown; in each comparison the draft comes first.</p>"
        if drafts
        else ""
    )
    summary = (
        f"{plural(report.summary.articles, 'article')}, {plural(report.summary.claims, 'claim')}, "
        f"{plural(len(report.findings), 'finding')} · checker {escape(report.tool.version)}"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        f"<title>checker report</title><style>{CSS}</style></head><body>"
        f'<header class="top"><h1>checker report</h1><div class="summary">{summary}</div>'
        f"{filters(report)}{NAV}</header><main>{draft_note}"
        f'<section id="findings"><h2>Findings</h2><p class="hint screen">Click a finding to compare its '
        f'articles side by side.</p><ol class="findings">{items}</ol></section>'
        f'<section id="articles"><h2>Full articles</h2><div class="articles">{sections}</div></section>'
        f"{rules_section(f.rule for f in report.findings)}</main>"
        f"<script>{JS}</script></body></html>\n"
    )
