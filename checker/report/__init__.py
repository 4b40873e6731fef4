"""Output formats, one module each, chosen by name."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from checker.models import Article, Report


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


def render(fmt: str, report: Report, articles: dict[str, Article]) -> str:
    table = renderers()
    if fmt not in table:
        raise ValueError(f"format {fmt!r} is not available")
    return table[fmt](report, articles)
