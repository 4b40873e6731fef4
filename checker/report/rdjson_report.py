"""reviewdog's Diagnostic Format (rdjson), for ``reviewdog -f=rdjson`` review comments.

One diagnostic per finding and cited article, so reviewdog can comment on each file; the other
articles' evidence goes into ``related_locations``. reviewdog counts columns in UTF-8 bytes
(see its ``reviewdog.proto``), so positions here use the utf8 unit, end exclusive.
"""

from __future__ import annotations

import json
from typing import Any

from checker.models import SEVERITY_RANK, Article, Evidence, Report
from checker.report import undated, undated_message
from checker.report.positions import article_path, evidence_span
from checker.sides import with_who

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def location(ev: Evidence, articles: dict[str, Article]) -> dict[str, Any]:
    where = evidence_span(ev, articles, unit="utf8")
    return {
        "path": article_path(ev.article, articles),
        "range": {
            "start": {"line": where.start_line, "column": where.start_column},
            "end": {"line": where.end_line, "column": where.end_column},
        },
    }


def render(report: Report, articles: dict[str, Article]) -> str:
    diagnostics: list[dict[str, Any]] = []
    # rdjson has no place for a list of inputs, so a read error names the articles checked without it
    readable = ", ".join(a.id for a in report.articles if a.status == "ok") or "none"
    for a in report.articles:
        if a.status != "ok":
            diagnostics.append(
                {
                    "message": f"{a.id}: could not read: {a.error}. Checked without it: {readable}",
                    "location": {"path": a.path.replace("\\", "/")},
                    "severity": "ERROR",
                    "code": {"value": "read-error"},
                }
            )
    for a in undated(report):  # an INFO note on the file: its relative dates were not resolved
        diagnostics.append(
            {
                "message": undated_message([a.id]),
                "location": {"path": a.path.replace("\\", "/")},
                "severity": "INFO",
                "code": {"value": "undated"},
            }
        )
    for f in report.findings:
        seen: set[str] = set()
        for ev in f.evidence:
            if ev.article in seen:  # one diagnostic per article; its first span anchors it
                continue
            seen.add(ev.article)
            related = [
                {"message": f"{o.article}: {o.text}", "location": location(o, articles)}
                for o in f.evidence
                if o is not ev
            ]
            diagnostics.append(
                {
                    "message": f"{f.rule} {f.name}: {f.subject}. {with_who(f, articles)}",
                    "location": location(ev, articles),
                    "severity": SEVERITY[f.severity],
                    "code": {"value": f.rule},
                    "related_locations": related,
                    "original_output": f.id,
                }
            )
    # the document-level severity is the default for diagnostics; use the worst one present
    worst = max((f.severity for f in report.findings), key=lambda s: SEVERITY_RANK[s], default="info")
    doc = {
        "source": {"name": report.tool.name},
        "severity": SEVERITY[worst],
        "diagnostics": diagnostics,
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
