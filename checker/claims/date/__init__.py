"""Date claims: days, months, years and clock times, resolved against the publication date, each with the
happening it dates (its event words; for a year or month, the noun or verb the parse hangs it on,
``heads.py``)."""

from __future__ import annotations

from checker.analysis.article import ArticleAnalysis
from checker.claims.date.dates import extract_dates
from checker.models import DateClaim


def extract(a: ArticleAnalysis) -> list[DateClaim]:
    """An article's dates and times, with who gave them."""
    return extract_dates(a.doc, a.speaker_of)
