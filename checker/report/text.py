"""The editor's text report: grouped by severity, each finding's sentences one under the other."""

from __future__ import annotations

import os
import sys

from checker.display import one_line, plural
from checker.models import Article, Evidence, Finding, Report
from checker.report import UNDATED_EFFECT, UNDATED_FIX, undated
from checker.report.positions import article_path, evidence_span
from checker.sides import describe_sides

LABEL = {"error": "ERRORS", "warning": "WARNINGS", "info": "NOTES"}
COLOUR = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}


def _colour() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def mark(ev: Evidence, article: Article | None, colour: bool) -> str:
    """The evidence's sentence with the evidence words marked."""
    if article is None or not ev.sentence:
        return one_line(ev.text)
    text = article.text
    lo = text.rfind("\n", 0, ev.start) + 1
    sentence_start = max(lo, ev.start - 200)
    line_end = text.find("\n", ev.end)
    sentence_end = min(line_end if line_end != -1 else len(text), ev.end + 200)
    before, hit, after = text[sentence_start : ev.start], text[ev.start : ev.end], text[ev.end : sentence_end]
    open_, close = ("\033[1;4m", "\033[0m") if colour else ("[[", "]]")
    # keep the text's own spacing next to the mark: "Bannu]]." not "Bannu]] ."
    lead = " ".join(before.split()[-25:]) + (" " if before[-1:].isspace() else "")
    tail = (" " if after[:1].isspace() else "") + " ".join(after.split()[:25])
    # article text is untrusted: an escape sequence in it must not reach the reader's terminal
    snippet = one_line(lead) + open_ + one_line(hit) + close + one_line(tail)
    return snippet.strip()


def evidence_label(ev: Evidence, articles: dict[str, Article]) -> str:
    """``001 (AFP) path/001.txt:12:5``: the article, its outlet, and where the words are in its file,
    as ``path:line:column`` so an editor or terminal can open it there."""
    art = articles.get(ev.article)
    where = evidence_span(ev, articles)
    outlet = f" ({art.source})" if art is not None and art.source else ""
    # id, outlet and file name are untrusted: one line each, no escape sequence reaches the terminal
    path = article_path(ev.article, articles)
    return one_line(f"{ev.article}{outlet} {path}:{where.start_line}:{where.start_column}")


def render_finding(f: Finding, articles: dict[str, Article], colour: bool) -> list[str]:
    head = one_line(f"{f.rule} {f.name} ({f.kind}, confidence {f.confidence:.2f}): {f.subject}")
    if colour:
        head = COLOUR[f.severity] + head + "\033[0m"
    lines = [head, f"  {one_line(f.message)}"]
    who = describe_sides(f, articles)
    if who and not any(s.draft for s in f.sides):  # a draft's message already says who says what
        lines.append(f"  {one_line(who)}")
    for ev in f.evidence:
        lines.append(f"  {evidence_label(ev, articles)}: {mark(ev, articles.get(ev.article), colour)}")
    lines.append("")
    return lines


def render(report: Report, articles: dict[str, Article]) -> str:
    colour = _colour()
    summary = report.summary
    out = [f"checker {report.tool.version}: {plural(summary.articles, 'article')}, {plural(summary.claims, 'claim')}"]
    for a in report.articles:
        status = "ok" if a.status == "ok" else f"ERROR: {a.error}"
        # a file name or id may hold a newline: printed raw it would start a line such as "::error ..."
        line = f"  {a.id:<12} {a.published or '(no date)':<25} {a.claims:>4} claims  {status}  {a.path}"
        out.append(one_line(line))
    if undated(report):  # say what "(no date)" costs, once, under the list
        ids = ", ".join(a.id for a in undated(report))
        out.append(one_line(f"  (no date) {ids}: {UNDATED_EFFECT}; {UNDATED_FIX}"))
    out.append("")
    for sev in ("error", "warning", "info"):
        group = [f for f in report.findings if f.severity == sev]
        if not group:
            continue
        out.append(f"{LABEL[sev]} ({len(group)})")
        out.append("")
        for f in group:
            out.extend(render_finding(f, articles, colour))
    s = report.summary.findings
    out.append(f"{plural(s['error'], 'error')}, {plural(s['warning'], 'warning')}, {plural(s['info'], 'note')}")
    return "\n".join(out) + "\n"
