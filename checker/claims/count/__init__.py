"""Count claims: figures with what they count (a toll, people aboard, a magnitude, money, votes), their
unit, bounds and hedges, and the zero facts ("no one was hurt"). Keyed afterwards by whose figure each is
and which day it is of (``keys.py``), and by the happening a span of time counts back from (``since.py``)."""

from __future__ import annotations

from checker.analysis.article import ArticleAnalysis
from checker.claims.count.counts import extract_counts
from checker.claims.count.frequency import extract_frequency_adverbs
from checker.claims.count.zero import extract_zero_counts
from checker.models import CountClaim


def extract(a: ArticleAnalysis) -> list[CountClaim]:
    """An article's figures outside attributions, then its zero facts and its counts of times told by adverbs."""
    return [
        *extract_counts(a.doc, a.places, a.speaker_of, a.attribution_spans),
        *extract_zero_counts(a.doc),
        *extract_frequency_adverbs(a.doc),
    ]
