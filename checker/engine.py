"""The whole check: load, extract, run the rules, build the report."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TextIO

from checker import __version__, progress, provenance
from checker.analysis.article import ArticleAnalysis
from checker.claims import extract_cluster
from checker.display import one_line
from checker.draft import for_drafts
from checker.inputs import InputError, LoadResult, load_paths
from checker.models import SEVERITY_RANK, Article, ArticleEntry, Finding, Report, Severity, Summary, ToolInfo
from checker.rules import RULES, Context, Settings
from checker.sides import with_sides


@dataclass
class Outcome:
    report: Report
    loaded: LoadResult
    extractions: list[ArticleAnalysis]


def sort_key(f: Finding) -> tuple[int, str, str, int]:
    first = f.evidence[0] if f.evidence else None
    return (-SEVERITY_RANK[f.severity], f.rule, first.article if first else "", first.start if first else 0)


def run_rules(ctx: Context, select: Iterable[str] | None = None, failed: list[str] | None = None) -> list[Finding]:
    """The selected rules' findings. With ``failed`` given, a rule that raises is noted there (one line)
    and the others still run: one rule's defect must not lose the whole report."""
    chosen = set(select) if select is not None else set(RULES)
    findings: dict[str, Finding] = {}
    for code in sorted(RULES):
        if code not in chosen:
            continue
        try:
            found = RULES[code]().check(ctx)
        except Exception as exc:
            if failed is None or os.environ.get("CHECKER_DEBUG"):
                raise
            failed.append(f"{code}: could not run: {type(exc).__name__}: {exc}")
            continue
        for f in found:
            if f.rule in chosen:
                findings.setdefault(f.id, f)
    return sorted(findings.values(), key=sort_key)


def override_severity(findings: list[Finding], severity: Mapping[str, Severity]) -> list[Finding]:
    if not severity:
        return findings
    changed = [f.model_copy(update={"severity": severity[f.rule]}) if f.rule in severity else f for f in findings]
    return sorted(changed, key=sort_key)


def _analysis_failed(loaded: LoadResult, article_id: str, exc: BaseException) -> None:
    """Mark one article as not analysed: one line naming its file, and the run goes on."""
    for i, art in enumerate(loaded.articles):
        if art.id == article_id and art.status == "ok":
            problem = one_line(f"could not be analysed: {type(exc).__name__}: {exc}")[:300]
            loaded.errors.append(InputError(art.path, problem))
            loaded.articles[i] = Article(id=art.id, path=art.path, status="error", error=problem)
            return


def extract_guarded(loaded: LoadResult, on_article: Callable[[], None] | None = None) -> list[ArticleAnalysis]:
    """Analysis and claims that one article's unexpected failure cannot lose for the others.

    The cluster is extracted together (names and places found in one article help read the others).
    Should that raise, each article is tried alone to find the culprits, which are marked "error";
    the rest are extracted together again, or, if only their combination fails, one by one.
    """
    try:
        return extract_cluster(loaded.articles, on_article)
    except Exception:
        if os.environ.get("CHECKER_DEBUG"):
            raise
    for art in [a for a in loaded.articles if a.status == "ok"]:
        try:
            extract_cluster([art])
        except Exception as exc:
            _analysis_failed(loaded, art.id, exc)
    try:
        return extract_cluster(loaded.articles)
    except Exception:
        return [x for art in loaded.articles if art.status == "ok" for x in extract_cluster([art])]


def _free_id(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted~2``, ``wanted~3``...: the first id no loaded article has."""
    n, candidate = 1, wanted
    while candidate in taken:
        n += 1
        candidate = f"{wanted}~{n}"
    return candidate


def load_with_drafts(paths: list[str], drafts: list[str], max_bytes: int | None) -> LoadResult:
    """The sources in ``paths`` and the ``drafts`` marked as such. A draft that is also one of the sources
    (a file of the cluster folder) is that article, marked: it is not loaded twice to agree with itself."""
    loaded = load_paths(paths, max_bytes) if max_bytes else load_paths(paths)
    by_path = {os.path.realpath(a.path): i for i, a in enumerate(loaded.articles) if a.status == "ok"}
    for path in drafts:
        index = by_path.get(os.path.realpath(path))
        if index is None:
            own = load_paths([path], max_bytes) if max_bytes else load_paths([path])
            for art in own.articles:
                taken = {a.id for a in loaded.articles if a.status == "ok"}
                if art.status == "ok" and art.id in taken:  # a draft named like a source keeps both apart
                    art = art.model_copy(update={"id": _free_id(f"draft:{art.id}", taken)})
                loaded.articles.append(art.model_copy(update={"draft": art.status == "ok"}))
            loaded.errors.extend(own.errors)
        else:
            loaded.articles[index] = loaded.articles[index].model_copy(update={"draft": True})
    return loaded


def check(
    paths: list[str],
    settings: Settings | None = None,
    select: Iterable[str] | None = None,
    max_bytes: int | None = None,
    severity: Mapping[str, Severity] | None = None,
    progress_stream: TextIO | None = None,
    published: dt.date | None = None,
    drafts: list[str] | None = None,
) -> Outcome:
    """Load ``paths``, extract, run the ``select``ed rules with ``settings``.

    ``severity`` overrides a rule's severity on its findings (a config file's ``severity`` table);
    ``progress_stream`` gets a progress bar while extracting, if it is a terminal and the batch is big;
    ``published`` dates every article that has no publication date of its own (``--published``), after
    its stamps and dateline (``provenance``); with ``drafts``, only the findings that involve one of them
    are reported, from the draft's side.
    """
    loaded = provenance.complete(load_with_drafts(paths, drafts or [], max_bytes), published)
    with progress.extraction(sum(a.status == "ok" for a in loaded.articles), progress_stream) as on_article:
        extractions = extract_guarded(loaded, on_article)
    ctx = Context(extractions, settings or Settings())
    failed: list[str] = []
    found = override_severity(run_rules(ctx, select, failed), severity or {})
    findings = with_sides(found, ctx.articles, ctx.settings.numeric_tolerance)
    if drafts:
        findings = for_drafts(findings, ctx.articles)
    for line in failed:  # reported like an input error: exit 2, one line each
        code, problem = line.split(": ", 1)
        loaded.errors.append(InputError(f"rule {code}", one_line(problem)[:300]))
    return Outcome(build_report(loaded, extractions, findings), loaded, extractions)


def build_report(loaded: LoadResult, extractions: list[ArticleAnalysis], findings: list[Finding]) -> Report:
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
            undated=a.status == "ok" and a.published is None,
            claims=claims.get(a.id, 0),
            status=a.status,
            error=a.error,
            draft=a.draft,
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
