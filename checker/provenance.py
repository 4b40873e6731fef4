"""Who published an article and when, for the articles whose manifest and metadata do not say.

The manifest speaks first, then the file's own metadata (ninjs, NewsML-G2, front matter, a plain-text
date line: the readers in ``checker.inputs``). What is still missing is read from the story itself:

- the outlet from its dateline's agency ("NAIROBI, March 12 (Reuters) -" was filed by Reuters);
- the publication date from a posting stamp that prints a full date ("Posted: May 24, 2005"), else
  from the dateline's day, in the one year that puts it near the cluster's other dates (a dateline
  prints no year, and a year is never guessed), else from ``--published``.

An article that is still undated is marked so in every report: its relative dates ("yesterday",
"on Tuesday") cannot be resolved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from checker.analysis.anatomy import read_anatomy
from checker.analysis.dateline import Dateline
from checker.claims.date.dates import stamp_date_in
from checker.inputs import LoadResult
from checker.models import Article
from checker.normalise.text import fold

# A dateline's day is read in a year only if that puts it within this many days of a date the cluster
# gives (its articles' publication dates, --published); two such years, or none, leave it undated.
# Stories about one event are filed within days of each other; a month either side is generous.
NEAR_DAYS = 45


def dateline_date(dateline: Dateline, references: Iterable[dt.date]) -> dt.date | None:
    """The day a dateline names: its own year if it prints one, else the one year near ``references``."""
    if dateline.month is None or dateline.day is None:
        return None
    if dateline.year is not None:
        try:
            return dt.date(dateline.year, dateline.month, dateline.day)
        except ValueError:  # "Feb. 30, 2013": no such day
            return None
    candidates: set[dt.date] = set()
    for ref in references:
        for year in (ref.year - 1, ref.year, ref.year + 1):  # "Dec. 31" in a cluster dated 2 January
            try:
                day = dt.date(year, dateline.month, dateline.day)
            except ValueError:  # no such day that year (29 February), or beyond the calendar
                continue
            if abs((day - ref).days) <= NEAR_DAYS:
                candidates.add(day)
    return candidates.pop() if len(candidates) == 1 else None


def _read(article: Article) -> tuple[Dateline | None, dt.date | None]:
    """The article's dateline, and the date of its posting stamp (only looked for when it needs one)."""
    folded = fold(article.text)
    spans, dateline = read_anatomy(folded, article.body_start, article.title)
    return dateline, (stamp_date_in(folded, spans) if article.published is None else None)


def complete(loaded: LoadResult, published: dt.date | None = None) -> LoadResult:
    """Each readable article's missing outlet and publication date, from its text, then ``published``."""
    articles = loaded.articles
    found = {
        i: _read(a) for i, a in enumerate(articles) if a.status == "ok" and (a.source is None or a.published is None)
    }
    for i, (dateline, stamp) in found.items():
        update: dict[str, object] = {}
        if articles[i].source is None and dateline is not None and dateline.outlet:
            update["source"] = dateline.outlet
        if articles[i].published is None and stamp is not None:
            update["published"] = stamp
        if update:
            articles[i] = articles[i].model_copy(update=update)
    # the dates the cluster gives, before any dateline is read: the result cannot depend on article order
    references = sorted({a.published for a in articles if a.status == "ok" and a.published is not None})
    references += [published] if published is not None else []
    for i, (dateline, _stamp) in found.items():
        if articles[i].published is None and dateline is not None:
            day = dateline_date(dateline, references)
            if day is not None:
                articles[i] = articles[i].model_copy(update={"published": day})
    if published is not None:
        articles[:] = [
            a.model_copy(update={"published": published}) if a.status == "ok" and a.published is None else a
            for a in articles
        ]
    return loaded
