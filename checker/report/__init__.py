"""Output formats, one module each, chosen by name."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING

from checker.models import Article, ArticleEntry, Report

if TYPE_CHECKING:
    from checker.analysis.article import ArticleAnalysis


class Format(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    rdjson = "rdjson"


Renderer = Callable[[Report, dict[str, Article]], str]

# What an article with no publication date loses, said the same way in every format.
UNDATED_EFFECT = (
    "relative dates such as 'yesterday' and weekdays are not resolved (FC201 compares weekdays only in a cluster "
    "with no publication date at all), "
    "and a later report's higher toll is not told as an update (FC102)"
)
UNDATED_FIX = "give the date with --published YYYY-MM-DD or in manifest.json"


def undated(report: Report) -> list[ArticleEntry]:
    """The readable articles that have no publication date after every source of one was tried."""
    return [a for a in report.articles if a.status == "ok" and a.undated]


def undated_message(ids: list[str]) -> str:
    """One sentence for the undated articles ``ids``: what their having no date disables, and the remedy."""
    return f"no publication date for {', '.join(ids)}: {UNDATED_EFFECT}; {UNDATED_FIX}"


def renderers() -> dict[str, Renderer]:
    from checker.report import json_report, text

    found: dict[str, Renderer] = {"text": text.render, "json": json_report.render}
    for name in ("markdown", "html", "sarif", "github", "junit", "rdjson"):
        try:
            module = __import__(f"checker.report.{name}_report", fromlist=["render"])
        except ImportError:
            continue
        found[name] = module.render
    return found


Furniture = Mapping[str, Sequence[tuple[int, int]]]


def furniture_of(extractions: Iterable[ArticleAnalysis]) -> dict[str, list[tuple[int, int]]]:
    """Each article's page-furniture spans (stamps, bylines) as the extraction set them aside."""
    return {x.doc.article.id: list(x.doc.furniture) for x in extractions}


def render(fmt: str, report: Report, articles: dict[str, Article], furniture: Furniture | None = None) -> str:
    """``furniture`` (``furniture_of(outcome.extractions)``) is for the HTML page, which greys those lines;
    the other formats show only evidence and take the report and the articles alone."""
    table = renderers()
    if fmt not in table:
        raise ValueError(f"format {fmt!r} is not available")
    if fmt == "html" and furniture is not None:
        from checker.report import html_report

        return html_report.render(report, articles, furniture)
    return table[fmt](report, articles)
