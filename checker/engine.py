"""The whole check: load, extract, run the rules, build the report."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from checker import __version__
from checker.extract import Extraction, extract_cluster
from checker.inputs import LoadResult, load_paths
from checker.models import SEVERITY_RANK, ArticleEntry, Finding, Report, Summary, ToolInfo
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


def check(
    paths: list[str],
    settings: Settings | None = None,
    select: Iterable[str] | None = None,
    max_bytes: int | None = None,
) -> Outcome:
    loaded = load_paths(paths, max_bytes) if max_bytes else load_paths(paths)
    extractions = extract_cluster(loaded.articles)
    ctx = Context(extractions, settings or Settings())
    findings = run_rules(ctx, select)
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
