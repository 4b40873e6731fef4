"""Findings, each with the evidence spans it rests on and who says what, and the report that lists them."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel

from checker.models.base import Frozen, Kind, Severity


class Evidence(Frozen):
    article: str
    start: int
    end: int
    text: str
    value: Any = None
    sentence: str = ""


class Side(Frozen):
    """The articles of a finding that give one value, and where they stand among the sources."""

    value: str  # the value as a reader says it ("at least 20", "Kunduz")
    articles: tuple[str, ...]
    sources: tuple[str, ...] = ()  # the outlets of those articles that name one
    latest: str | None = None  # the article published last on this side
    latest_published: str | None = None
    standing: Literal["majority", "minority", "even"] = "even"  # among the sources; drafts never count
    draft: bool = False  # a draft stands here


class Finding(Frozen):
    id: str
    rule: str
    name: str
    kind: Kind
    severity: Severity
    confidence: float
    subject: str
    message: str
    evidence: tuple[Evidence, ...]
    sides: tuple[Side, ...] = ()  # who says what, when the finding spans several articles


class ArticleEntry(BaseModel):
    id: str
    path: str
    title: str | None
    published: str | None
    source: str | None
    claims: int
    status: Literal["ok", "error"]
    error: str | None
    draft: bool = False
    # no publication date from the manifest, the file, a stamp, the dateline or --published: its relative
    # dates are not resolved (an addition to the contract's JSON, in 0.1.2)
    undated: bool = False


class Summary(BaseModel):
    articles: int
    claims: int
    findings: dict[str, int]


class ToolInfo(BaseModel):
    name: str = "checker"
    version: str


class Report(BaseModel):
    version: str = "1"
    tool: ToolInfo
    articles: list[ArticleEntry]
    findings: list[Finding]
    summary: Summary
