"""GitHub Actions workflow commands: an annotation per finding and cited article.

``::error file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message``. GitHub shows
the annotation on each article's file, so a finding citing three articles gives three annotations,
each naming the other articles' wording. Values are escaped as the runner expects (see
``actions/toolkit`` ``command.ts``): in the message ``%``, CR and LF; in properties also ``:`` and
``,``, which would otherwise end the property early. Untrusted article text could otherwise inject
a second workflow command through a newline.
"""

from __future__ import annotations

from checker.display import one_line, without_controls
from checker.models import Article, Evidence, Finding, Report
from checker.report import undated, undated_message
from checker.report.positions import article_path, evidence_span
from checker.sides import with_who

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    # other controls (an escape sequence) as visible escapes first; CR and LF are then the runner's own
    return without_controls(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str | int], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}"


def _by_article(f: Finding) -> dict[str, list[Evidence]]:
    # keep first-seen order: evidence is already sorted by article and offset
    grouped: dict[str, list[Evidence]] = {}
    for ev in f.evidence:
        grouped.setdefault(ev.article, []).append(ev)
    return grouped


def finding_annotations(f: Finding, articles: dict[str, Article]) -> list[str]:
    lines = []
    grouped = _by_article(f)
    for article_id, evs in grouped.items():
        first = evs[0]
        where = evidence_span(first, articles)
        here = "; ".join(f'"{ev.text}"' for ev in evs)
        others = "; ".join(
            f'{other}: "{e.text}"' for other, oevs in grouped.items() if other != article_id for e in oevs
        )
        message = f"{with_who(f, articles)}\nThis article: {here}"
        if others:
            message += f"\nOther articles: {others}"
        props: dict[str, str | int] = {
            "file": article_path(article_id, articles),
            "line": where.start_line,
            "col": where.start_column,
            "endLine": where.end_line,
            "endColumn": where.end_column,
            "title": f"{f.rule} {f.name}: {f.subject}",
        }
        lines.append(command(COMMAND[f.severity], props, message))
    return lines


def render(report: Report, articles: dict[str, Article]) -> str:
    out = []
    for a in report.articles:
        if a.status != "ok":  # unreadable inputs must show up in the job too, not vanish
            out.append(command("error", {"file": a.path, "title": "checker: could not read"}, a.error or ""))
    for a in undated(report):  # a notice on the file: its relative dates were not resolved
        props: dict[str, str | int] = {"file": a.path, "title": "checker: no publication date"}
        out.append(command("notice", props, undated_message([a.id])))
    for f in report.findings:
        out.extend(finding_annotations(f, articles))
    s = report.summary.findings
    # a plain line (not a command) in the job log: the verdict and which articles were checked
    names = ", ".join(a.id if a.status == "ok" else f"{a.id} (could not read)" for a in report.articles)
    names = one_line(" ".join(names.splitlines()))  # a file name with a newline must not start a command line
    out.append(
        f"checker {report.tool.version}: {s.get('error', 0)} errors, {s.get('warning', 0)} warnings, "
        f"{s.get('info', 0)} notes in {report.summary.articles} articles: {names}"
    )
    return "\n".join(out) + "\n"
