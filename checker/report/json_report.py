"""The JSON report of ../shared/CONTRACT.md: stable keys, stable order, same input gives same bytes."""

from __future__ import annotations

import json

from checker.models import Article, Report


def render(report: Report, articles: dict[str, Article]) -> str:
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
