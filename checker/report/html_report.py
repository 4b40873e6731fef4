"""One self-contained HTML page for an editor: the articles side by side, the disagreements marked.

Everything is inline (CSS, JS, no fonts or network) so the file opens offline and can be mailed.
Article text is untrusted input: it is cut at evidence offsets into plain segments and each segment
goes through ``html.escape``; nothing from an article ever reaches the page unescaped, and the
script reads only ``data-`` attributes we wrote (hex finding ids and severities), never article text.
Overlapping evidence spans are handled by cutting at every span boundary, so each segment is marked
with the set of findings that cover it.
"""

from __future__ import annotations

import html

from checker.display import one_line, visible_controls
from checker.models import SEVERITY_RANK, Article, ArticleEntry, Finding, Report
from checker.report import undated_message
from checker.report.html_assets import CSS, JS
from checker.report.positions import evidence_span

LABEL = {"error": "error", "warning": "warning", "info": "note"}


def escape(text: str) -> str:
    """A name, id, path or message: HTML-escaped and one line, a newline or escape sequence written out."""
    return html.escape(one_line(text))


def escape_text(text: str) -> str:
    """Article text: HTML-escaped, line breaks kept for the layout, other controls shown as symbols."""
    return html.escape(visible_controls(text))


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, list[str]]]:
    """Cut ``text`` at every span boundary: (piece, ids of the spans covering it), in order."""
    cuts = {0, len(text)}
    for start, end, _ in spans:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    points = sorted(cuts)
    out: list[tuple[str, list[str]]] = []
    for lo, hi in zip(points, points[1:], strict=False):
        covering = [key for start, end, key in spans if start <= lo and hi <= end and start < end]
        out.append((text[lo:hi], covering))
    return out


def article_body(art: Article, findings: list[Finding], sev: dict[str, str]) -> str:
    # span keys are "findingid:n" so the first piece of each evidence can carry its anchor
    spans = [
        (ev.start, ev.end, f"{f.id}:{n}") for f in findings for n, ev in enumerate(f.evidence) if ev.article == art.id
    ]
    anchored: set[str] = set()
    parts = []
    for piece, keys in segments(art.text, spans):
        if not keys:
            parts.append(escape_text(piece))
            continue
        fids = sorted({k.split(":")[0] for k in keys})
        worst = max((sev[f] for f in fids), key=lambda s: SEVERITY_RANK[s])
        anchors = [k for k in keys if k not in anchored]
        anchored.update(anchors)
        id_attr = f' id="ev-{escape(anchors[0].replace(":", "-"))}"' if anchors else ""
        parts.append(
            f'<mark class="ev sev-{worst}"{id_attr} data-findings="{escape(" ".join(fids))}" '
            f'tabindex="0">{escape_text(piece)}</mark>'
        )
    return "".join(parts)


def finding_item(n: int, f: Finding, articles: dict[str, Article]) -> str:
    refs = []
    for i, ev in enumerate(f.evidence):
        where = evidence_span(ev, articles)
        refs.append(
            f'<li><a href="#ev-{escape(f.id)}-{i}" class="evlink"><b>{escape(ev.article)}</b> '
            f"line {where.start_line}</a>: <q>{escape(ev.text)}</q></li>"
        )
    return (
        f'<li class="finding sev-{f.severity}" id="f-{escape(f.id)}" data-finding="{escape(f.id)}" '
        f'data-severity="{f.severity}" data-kind="{f.kind}" tabindex="0">'
        f'<div class="head"><span class="badge sev-{f.severity}">{LABEL[f.severity]}</span> '
        f'<b>{n}. {escape(f.rule)}</b> {escape(f.name)} <span class="kind">{escape(f.kind)}</span> '
        f'<span class="conf">{f.confidence:.2f}</span></div>'
        f'<div class="subject">{escape(f.subject)}</div><p>{escape(f.message)}</p>'
        f'<ul class="refs">{"".join(refs)}</ul></li>'
    )


def article_section(n: int, entry: ArticleEntry, art: Article | None, report: Report, sev: dict[str, str]) -> str:
    meta = " · ".join(escape(x) for x in (entry.published or "no date", entry.source or "", entry.path) if x)
    title = f"<h3>{escape(entry.title)}</h3>" if entry.title else ""
    if entry.status == "ok" and entry.undated:
        title += f'<p class="undated">{escape(undated_message([entry.id]))}</p>'
    if entry.status != "ok" or art is None:
        body = f'<p class="readerr">Could not read: {escape(entry.error or "unknown error")}</p>'
    else:
        cited = [f for f in report.findings if any(ev.article == art.id for ev in f.evidence)]
        body = f'<div class="text">{article_body(art, cited, sev)}</div>'
    return (
        f'<section class="article" id="a-{n}"><header><h2>{escape(entry.id)}</h2>{title}'
        f'<div class="meta">{meta} · {entry.claims} claims</div></header>{body}</section>'
    )


def render(report: Report, articles: dict[str, Article]) -> str:
    sev: dict[str, str] = {f.id: f.severity for f in report.findings}
    s = report.summary.findings
    counts = "".join(
        f'<label class="count sev-{k}"><input type="checkbox" class="flt-sev" value="{k}" checked> '
        f"{s.get(k, 0)} {LABEL[k]}{'s' if s.get(k, 0) != 1 else ''}</label>"
        for k in ("error", "warning", "info")
    )
    kinds = sorted({f.kind for f in report.findings})
    kind_filters = "".join(
        f'<label><input type="checkbox" class="flt-kind" value="{escape(k)}" checked> {escape(k)}</label>'
        for k in kinds
    )
    items = "".join(finding_item(n, f, articles) for n, f in enumerate(report.findings, 1))
    if not items:
        items = '<li class="none">No disagreements found.</li>'
    sections = "".join(article_section(n, e, articles.get(e.id), report, sev) for n, e in enumerate(report.articles))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        f"<title>checker report</title><style>{CSS}</style></head><body>"
        f'<header class="top"><h1>checker report</h1><div class="summary">{report.summary.articles} articles, '
        f"{report.summary.claims} claims, {len(report.findings)} findings · checker {escape(report.tool.version)}"
        f'</div><div class="filters"><span>Severity:</span>{counts}</div>'
        f'<div class="filters"><span>Kind:</span>{kind_filters}</div></header>'
        f'<main><aside><h2>Findings</h2><ol class="findings">{items}</ol></aside>'
        f'<div class="articles">{sections}</div></main>'
        f"<script>{JS}</script></body></html>\n"
    )
