"""Baselines: accept today's findings so they stop failing the gate, and notice when they go stale.

``checker baseline write FILE PATH...`` records the fingerprint (``Finding.id``) of every current
finding; ``checker check --baseline FILE`` hides findings whose fingerprint is recorded and lists
recorded entries that match nothing any more. Fingerprints are stable for the same input (see
CONTRACT.md), so an edit to an article that moves or changes an accepted claim makes its entry stale
and the new finding visible again: acceptance is of one wording, not of a rule forever.
The file is JSON sorted by id, so it diffs cleanly in review.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.models import Finding, Report, Summary

FORMAT_VERSION = "1"


class BaselineError(ValueError):
    """The baseline file is missing, unreadable or not in the expected shape."""


@dataclass(frozen=True)
class Entry:
    id: str
    rule: str = ""
    subject: str = ""


@dataclass
class Applied:
    report: Report
    hidden: list[Finding]
    stale: list[Entry]


def entries_for(findings: list[Finding]) -> list[dict[str, Any]]:
    # rule, subject and articles are there for the reviewer of the file; only the id is matched
    rows = [
        {"id": f.id, "rule": f.rule, "subject": f.subject, "articles": sorted({e.article for e in f.evidence})}
        for f in findings
    ]
    return sorted(rows, key=lambda r: r["id"])


def write(path: str | Path, report: Report) -> int:
    doc = {"version": FORMAT_VERSION, "tool": report.tool.name, "findings": entries_for(report.findings)}
    from checker.output import write_atomic

    write_atomic(str(path), json.dumps(doc, indent=2, ensure_ascii=False) + "\n")  # never half written
    return len(doc["findings"])


MAX_BASELINE_BYTES = 64 * 1024 * 1024


def _load_json(path: str | Path) -> Any:
    """The baseline's JSON; a missing, non-regular, oversized, non-UTF-8 or hostile file names itself."""
    from checker.inputs.errors import InputError
    from checker.inputs.files import read_bytes

    try:
        return json.loads(read_bytes(str(path), MAX_BASELINE_BYTES).decode("utf-8"))
    except InputError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc.problem}") from None
    except UnicodeDecodeError as exc:
        raise BaselineError(f"{path}: baseline is not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}: baseline is not JSON: {exc.msg} at line {exc.lineno}") from None
    except RecursionError:
        raise BaselineError(f"{path}: baseline is not usable JSON: nested too deeply") from None
    except ValueError:  # an integer over Python's 4,300-digit conversion limit
        raise BaselineError(f"{path}: baseline is not usable JSON: a number too long to read") from None


def read(path: str | Path) -> list[Entry]:
    doc = _load_json(path)
    rows = doc.get("findings") if isinstance(doc, dict) else None
    if not isinstance(rows, list) or not all(isinstance(r, dict) and isinstance(r.get("id"), str) for r in rows):
        raise BaselineError(f"{path}: baseline must be an object with a 'findings' list of {{\"id\": ...}} entries")
    return [Entry(r["id"], str(r.get("rule", "")), str(r.get("subject", ""))) for r in rows]


def apply(report: Report, entries: list[Entry]) -> Applied:
    """The report without baselined findings (summary recounted), plus what was hidden and what is stale."""
    accepted = {e.id for e in entries}
    kept = [f for f in report.findings if f.id not in accepted]
    hidden = [f for f in report.findings if f.id in accepted]
    current = {f.id for f in report.findings}
    stale = [e for e in entries if e.id not in current]
    counts = {sev: sum(1 for f in kept if f.severity == sev) for sev in ("error", "warning", "info")}
    summary = Summary(articles=report.summary.articles, claims=report.summary.claims, findings=counts)
    return Applied(report.model_copy(update={"findings": kept, "summary": summary}), hidden, stale)
