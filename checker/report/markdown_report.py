"""Markdown for a ticket or a PR comment: a summary line, then one section per finding.

Each section quotes the conflicting sentences, one per cited article, with the claim's own words in
bold, so a reader sees the disagreement without opening the articles. Article text is untrusted:
HTML and Markdown control characters are escaped so a sentence cannot inject markup or links.
"""

from __future__ import annotations

import html
import re

from checker.display import one_line, plural
from checker.models import Article, Evidence, Finding, Report
from checker.report import UNDATED_EFFECT, UNDATED_FIX, undated
from checker.report.positions import article_path, evidence_span
from checker.sides import describe_sides

LABEL = {"error": "error", "warning": "warning", "info": "note"}
ICON = {"error": "🔴", "warning": "🟠", "info": "🔵"}
# Characters that start Markdown syntax inline; backslash-escaping them keeps text literal.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|!~])")


def escape(text: str) -> str:
    """Literal Markdown text: HTML escaped (GitHub renders raw HTML) and inline syntax neutralised."""
    return _escape_piece(" ".join(text.split()))  # a newline inside a quote would end the blockquote


def _escape_piece(text: str) -> str:
    # no whitespace folding here: pieces of one sentence keep the spaces that join them
    # controls (an escape sequence, a NUL) written as escapes first: the file is also read in terminals
    return _MD_SPECIAL.sub(r"\\\1", html.escape(one_line(text), quote=False))


def quote_sentence(ev: Evidence) -> str:
    """The evidence sentence with the evidence words in bold (or just the words if no sentence)."""
    sentence = " ".join(ev.sentence.split()) or ev.text
    words = " ".join(ev.text.split())
    at = sentence.find(words)
    if at < 0 or not words:
        return escape(sentence) + f" (**{escape(words)}**)"
    before, after = sentence[:at], sentence[at + len(words) :]
    return f"{_escape_piece(before)}**{_escape_piece(words)}**{_escape_piece(after)}"


def render_finding(n: int, f: Finding, articles: dict[str, Article]) -> list[str]:
    out = [
        f"### {n}. {ICON[f.severity]} {f.rule} {f.name}: {escape(f.subject)}",
        "",
        f"*{LABEL[f.severity]}, {f.kind}, confidence {f.confidence:.2f}* · finding `{f.id}`",
        "",
        escape(f.message),
        "",
    ]
    who = describe_sides(f, articles)
    if who and not any(s.draft for s in f.sides):  # a draft's message already says who says what
        out.extend([escape(who), ""])
    for ev in f.evidence:
        where = evidence_span(ev, articles)
        art = articles.get(ev.article)
        outlet = f" ({escape(art.source)})" if art is not None and art.source else ""
        path = escape(f"{article_path(ev.article, articles)}:{where.start_line}:{where.start_column}")
        out.append(f"**{escape(ev.article)}**{outlet} {path}:")
        out.append("")
        out.append(f"> {quote_sentence(ev)}")
        out.append("")
    return out


def render(report: Report, articles: dict[str, Article]) -> str:
    s = report.summary.findings
    out = [
        "## checker report",
        "",
        f"**{plural(s.get('error', 0), 'error')}, {plural(s.get('warning', 0), 'warning')}, "
        f"{plural(s.get('info', 0), 'note')}** across {plural(report.summary.articles, 'article')} "
        f"({plural(report.summary.claims, 'claim')}), checker {report.tool.version}.",
        "",
        "| article | published | source | claims | status |",
        "| --- | --- | --- | ---: | --- |",
    ]
    for a in report.articles:
        status = "ok" if a.status == "ok" else f"**could not read**: {escape(a.error or '')}"
        out.append(f"| {escape(a.id)} | {a.published or '—'} | {escape(a.source or '—')} | {a.claims} | {status} |")
    out.append("")
    if undated(report):
        ids = escape(", ".join(a.id for a in undated(report)))
        out.extend([f"> **No publication date** for {ids}: {escape(UNDATED_EFFECT)}; {escape(UNDATED_FIX)}", ""])
    if not report.findings:
        out.append("No disagreements found.")
        out.append("")
    for n, f in enumerate(report.findings, 1):
        out.extend(render_finding(n, f, articles))
    return "\n".join(out).rstrip("\n") + "\n"
