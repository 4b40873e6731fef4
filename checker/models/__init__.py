"""Typed records that flow through the checker: articles, claims, findings and the report.

Every claim is a frozen pydantic model with a ``kind`` discriminator, so the claims table can be
round-tripped and validated; every finding carries the evidence spans it rests on. The records live in
``base.py`` (the article and the interval), ``claims.py`` and ``findings.py`` (findings and the report);
every one is imported from here.
"""

from checker.models.base import SEVERITY_RANK, Article, Frozen, Interval, Kind, Segment, Severity
from checker.models.claims import (
    MONTH_ALONE_PREFIX,
    AgeClaim,
    AttributionClaim,
    Claim,
    ClaimBase,
    CountClaim,
    CountPart,
    DateClaim,
    DateValue,
    NameClaim,
    OrdinalClaim,
    PlaceClaim,
    QualityClaim,
    QuoteClaim,
    ResidenceClaim,
    RoleClaim,
    ScoreClaim,
    StreetClaim,
)
from checker.models.findings import ArticleEntry, Evidence, Finding, Report, Side, Summary, ToolInfo

__all__ = [
    "MONTH_ALONE_PREFIX",
    "SEVERITY_RANK",
    "AgeClaim",
    "Article",
    "ArticleEntry",
    "AttributionClaim",
    "Claim",
    "ClaimBase",
    "CountClaim",
    "CountPart",
    "DateClaim",
    "DateValue",
    "Evidence",
    "Finding",
    "Frozen",
    "Interval",
    "Kind",
    "NameClaim",
    "OrdinalClaim",
    "PlaceClaim",
    "QualityClaim",
    "QuoteClaim",
    "Report",
    "ResidenceClaim",
    "RoleClaim",
    "ScoreClaim",
    "Segment",
    "Severity",
    "Side",
    "StreetClaim",
    "Summary",
    "ToolInfo",
]
