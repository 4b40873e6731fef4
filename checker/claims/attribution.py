"""Attribution claims: who an article says a statement comes from ("police said", "according to the
ministry"), read in the analysis (``analysis/attribution.py``) with each speaker resolved to the cluster's
full name for them."""

from __future__ import annotations

from checker.analysis.article import ArticleAnalysis
from checker.models import AttributionClaim


def extract(a: ArticleAnalysis) -> list[AttributionClaim]:
    """Each speaker's attribution, under the speaker's resolved name."""
    return [AttributionClaim(**{**sp.claim.model_dump(), "speaker": sp.key}) for sp in a.speakers]
