"""Name claims: each person and place name as written, keyed by the cluster's full name for it; spelling
slips (``spellings.py``) and other written forms of a name (``forms.py``) are found across the cluster."""

from __future__ import annotations

from checker.analysis.article import ArticleAnalysis
from checker.claims.name.names import extract_names
from checker.models import NameClaim


def extract(a: ArticleAnalysis) -> list[NameClaim]:
    """The names an article gives its people and places."""
    return extract_names(a.doc, a.people, a.places, a.known_people)
