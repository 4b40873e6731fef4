"""From analysed articles to typed claims: one module per claim kind, each with one signature,
``extract(analysis) -> claims``, registered here like the rules. A claim is then keyed by what else its
article says (``ARTICLE_KEYS``: whose figure, which day) and by the cluster (``CLUSTER_KEYS``: the parse's
owner of a figure, what a year dates, spelling slips and other forms of a name, which need every article).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from checker.analysis.article import ArticleAnalysis, analyse_cluster
from checker.analysis.parse import forget_parses
from checker.claims import (
    age,
    attribution,
    count,
    date,
    name,
    ordinal,
    place,
    quality,
    quote,
    residence,
    role,
    score,
    street,
)
from checker.claims.count.keys import assign_owners, with_days, with_subjects
from checker.claims.count.since import with_since
from checker.claims.date.heads import assign_date_heads
from checker.claims.date.moments import assign_moments
from checker.claims.name.forms import assign_name_forms
from checker.claims.name.spellings import assign_spellings
from checker.models import Article, ClaimBase

Extractor = Callable[[ArticleAnalysis], Iterable[ClaimBase]]
ArticleKey = Callable[[ArticleAnalysis, list[ClaimBase]], list[ClaimBase]]
ClusterKey = Callable[[Sequence[ArticleAnalysis]], None]

# every claim kind, by the name its claims carry (``claim.kind``)
EXTRACTORS: dict[str, Extractor] = {
    "count": count.extract,
    "date": date.extract,
    "place": place.extract,
    "residence": residence.extract,
    "street": street.extract,
    "quality": quality.extract,
    "score": score.extract,
    "ordinal": ordinal.extract,
    "age": age.extract,
    "quote": quote.extract,
    "attribution": attribution.extract,
    "role": role.extract,
    "name": name.extract,
}
# in order: a figure's day is read from the date claims of its sentence, its span from the happening before it
ARTICLE_KEYS: list[ArticleKey] = [with_subjects, with_days, with_since]
CLUSTER_KEYS: list[ClusterKey] = [
    assign_owners, assign_date_heads, assign_moments, assign_spellings, assign_name_forms
]


def extract_claims(analyses: list[ArticleAnalysis]) -> list[ArticleAnalysis]:
    """Each analysis gets its claims, of every kind, keyed; the analyses are returned."""
    for a in analyses:
        claims = [c for extract in EXTRACTORS.values() for c in extract(a)]
        for key in ARTICLE_KEYS:
            claims = key(a, claims)
        a.claims = sorted(claims, key=lambda c: (c.start, c.end, c.__class__.__name__))
    for cluster_key in CLUSTER_KEYS:
        cluster_key(analyses)
    return analyses


def extract_cluster(articles: list[Article], on_article: Callable[[], None] | None = None) -> list[ArticleAnalysis]:
    """The whole reading of a cluster: every readable article analysed together, then its claims."""
    forget_parses()
    try:
        return extract_claims(analyse_cluster(articles, on_article))
    finally:
        forget_parses()  # nothing parsed is held past the check
