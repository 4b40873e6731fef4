"""The whole check: load, extract, run the rules, build the report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TextIO

from checker import __version__, progress
from checker.extract import Extraction, extract_cluster
from checker.inputs import LoadResult, load_paths
from checker.models import SEVERITY_RANK, ArticleEntry, Finding, Report, Severity, Summary, ToolInfo
from checker.rules import RULES, Context, Settings


@dataclass
class Outcome:
    report: Report
    loaded: LoadResult
    extractions: list[Extraction]


def sort_key(f: Finding) -> tuple[int, str, str, int]:
    first = f.evidence[0] if f.evidence else None
    return (-SEVERITY_RANK[f.severity], f.rule, first.article if first else "", first.start if first else 0)


def run_rules(ctx: Context, select: Iterable[str] | None = None) -> list[Finding]:
    chosen = set(select) if select is not None else set(RULES)
    findings: dict[str, Finding] = {}
    for code in sorted(RULES):
        if code not in chosen:
            continue
        for f in RULES[code]().check(ctx):
            if f.rule in chosen:
                findings.setdefault(f.id, f)
    return sorted(findings.values(), key=sort_key)


def override_severity(findings: list[Finding], severity: Mapping[str, Severity]) -> list[Finding]:
    if not severity:
        return findings
    changed = [f.model_copy(update={"severity": severity[f.rule]}) if f.rule in severity else f for f in findings]
    return sorted(changed, key=sort_key)


def check(
    paths: list[str],
    settings: Settings | None = None,
    select: Iterable[str] | None = None,
    max_bytes: int | None = None,
    severity: Mapping[str, Severity] | None = None,
    progress_stream: TextIO | None = None,
) -> Outcome:
    """Load ``paths``, extract, run the ``select``ed rules with ``settings``.

    ``severity`` overrides a rule's severity on its findings (a config file's ``severity`` table);
    ``progress_stream`` gets a progress bar while extracting, if it is a terminal and the batch is big.
    """
    loaded = load_paths(paths, max_bytes) if max_bytes else load_paths(paths)
    with progress.extraction(sum(a.status == "ok" for a in loaded.articles), progress_stream):
        extractions = extract_cluster(loaded.articles)
    ctx = Context(extractions, settings or Settings())
    findings = override_severity(run_rules(ctx, select), severity or {})
    return Outcome(build_report(loaded, extractions, findings), loaded, extractions)


def build_report(loaded: LoadResult, extractions: list[Extraction], findings: list[Finding]) -> Report:
    claims = {x.doc.article.id: len(x.claims) for x in extractions}
    entries = [
        ArticleEntry(
            id=a.id,
            path=a.path,
            title=a.title,
            published=(
                a.published_at.isoformat() if a.published_at else a.published.isoformat() if a.published else None
            ),
            source=a.source,
            claims=claims.get(a.id, 0),
            status=a.status,
            error=a.error,
        )
        for a in loaded.articles
    ]
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[f.severity] += 1
    return Report(
        tool=ToolInfo(version=__version__),
        articles=entries,
        findings=findings,
        summary=Summary(articles=len(entries), claims=sum(claims.values()), findings=counts),
    )
