"""SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure DevOps, VS Code viewers).

One run; ``tool.driver.rules`` lists every rule from its docstring so a viewer can show help; each
finding is one result whose locations are its evidence spans, one per cited article, placed in the
article's file (``positions``). Columns and ``charOffset`` count Unicode code points (declared in
``run.columnKind``) because our offsets are Python string indices.
``partialFingerprints`` carry the finding id, which is stable for the same input, so dashboards can
track a finding across runs. Articles that could not be read become tool execution notifications (errors),
and so do articles with no publication date (notes: their relative dates are not resolved).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from checker.models import Article, Finding, Report
from checker.report import undated, undated_message
from checker.report.positions import article_path, evidence_span
from checker.sides import with_who

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "checkerFindingId/v1"


def _uri(path: str) -> str:
    # a SARIF uri is a URI reference: spaces and other unsafe characters must be percent-encoded
    return quote(path, safe="/:._-~")


def rule_descriptors() -> tuple[list[dict[str, Any]], dict[str, int]]:
    from checker.rules import RULES

    descriptors: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for code in sorted(RULES):
        rule = RULES[code]
        doc = rule.doc()
        first_paragraph = doc.split("\n\n")[0].strip() or rule.summary
        index[code] = len(descriptors)
        descriptors.append(
            {
                "id": code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": " ".join(first_paragraph.split())},
                "help": {"text": doc or rule.summary},
                "defaultConfiguration": {"level": LEVEL[rule.severity]},
                "properties": {"kind": rule.kind, "tags": [rule.kind]},
            }
        )
    return descriptors, index


def result(f: Finding, articles: dict[str, Article], index: dict[str, int]) -> dict[str, Any]:
    locations = []
    for n, ev in enumerate(f.evidence):
        where = evidence_span(ev, articles)
        locations.append(
            {
                "id": n,
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(article_path(ev.article, articles))},
                    "region": {
                        "startLine": where.start_line,
                        "startColumn": where.start_column,
                        "endLine": where.end_line,
                        "endColumn": where.end_column,
                        "charOffset": where.start_offset,
                        "charLength": where.end_offset - where.start_offset,
                        "snippet": {"text": ev.text},
                    },
                },
                "message": {"text": f"{ev.article}: {ev.text}"},
            }
        )
    out: dict[str, Any] = {
        "ruleId": f.rule,
        "level": LEVEL[f.severity],
        "message": {"text": f"{f.subject}: {with_who(f, articles)}"},
        "locations": locations,
        "partialFingerprints": {FINGERPRINT: f.id},
        "properties": {"kind": f.kind, "confidence": f.confidence, "findingId": f.id},
    }
    if f.rule in index:
        out["ruleIndex"] = index[f.rule]
    return out


def render(report: Report, articles: dict[str, Article]) -> str:
    descriptors, index = rule_descriptors()
    failed = [a for a in report.articles if a.status != "ok"]
    notifications = [
        {
            "level": "error",
            "message": {"text": f"could not read {a.path}: {a.error}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(a.path.replace("\\", "/"))}}}],
        }
        for a in failed
    ]
    # an undated article is checked, with less: a note says what it loses (not a result: no rule found it)
    notifications += [
        {
            "level": "note",
            "message": {"text": undated_message([a.id])},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(a.path.replace("\\", "/"))}}}],
            "descriptor": {"id": "undated"},
        }
        for a in undated(report)
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": report.tool.name,
                "version": report.tool.version,
                "rules": descriptors,
            }
        },
        "invocations": [{"executionSuccessful": not failed, "toolExecutionNotifications": notifications}],
        "columnKind": "unicodeCodePoints",
        "results": [result(f, articles, index) for f in report.findings],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
