"""The editor's text report: grouped by severity, each finding's sentences one under the other."""

from __future__ import annotations

import os
import sys

from checker.display import one_line, plural
from checker.models import Article, Evidence, Finding, Report
from checker.report import UNDATED_EFFECT, UNDATED_FIX, undated

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


def render_finding(f: Finding, articles: dict[str, Article], colour: bool) -> list[str]:
    head = one_line(f"{f.rule} {f.name} ({f.kind}, confidence {f.confidence:.2f}): {f.subject}")
    if colour:
        head = COLOUR[f.severity] + head + "\033[0m"
    lines = [head, f"  {one_line(f.message)}"]
    for ev in f.evidence:
        art = articles.get(ev.article)
        lines.append(f"  {one_line(ev.article)} @{ev.start}-{ev.end}: {mark(ev, art, colour)}")
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
