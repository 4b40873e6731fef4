"""Which sources stand on each side of a finding, and the draft's view of it.

A rule says *that* articles disagree; an editor also asks *who* says what: is one outlet the odd one
out, what does the latest report say, does my draft go with the wires or against them? Every finding
that spans several articles gets ``sides``: the articles grouped by the value they give, with their
outlets, how many stand there (majority or minority), and the latest report on each side.

Values are grouped as the rules compare them: figures whose intervals overlap ("at least 20" and "more
than 20") stand together; any other value (a place, a name, a quote's wording) by its normalised form.
An article that gives two values in one finding (a signer and a witness) stands on the side of both
together. Only articles stand on sides: a finding about one article alone (a headline against its
own body) has none.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping

from checker.display import plural
from checker.models import Article, Evidence, Finding, Interval, Side


def _interval(value: object) -> Interval | None:
    if isinstance(value, dict) and set(value) >= {"low", "high"}:
        try:
            return Interval(
                low=value["low"],
                high=value["high"],
                approx=bool(value.get("approx")),
                low_open=bool(value.get("low_open")),
                high_open=bool(value.get("high_open")),
            )
        except (TypeError, ValueError):
            return None
    return None


def _describe(value: object, text: str, kind: str) -> str:
    interval = _interval(value)
    if interval is not None:
        return interval.describe()
    if kind == "quote":  # the words as printed, not their normalised form
        return f"“{' '.join(text.split())}”"
    if isinstance(value, str) and value.strip():
        return value.strip()
    return " ".join(text.split())


def _key(value: object, text: str) -> str:
    if isinstance(value, str):
        return " ".join(value.casefold().split())
    if value is None:
        return " ".join(text.casefold().split())
    return json.dumps(value, sort_keys=True, default=str)


def published_when(article: Article | None) -> dt.datetime | None:
    """When an article was published, as an aware datetime (a date alone is its midnight UTC)."""
    if article is None:
        return None
    if article.published_at is not None:
        stamp = article.published_at
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone.utc)
    if article.published is not None:
        return dt.datetime.combine(article.published, dt.time(), dt.timezone.utc)
    return None


def _published(article: Article | None) -> str | None:
    if article is None:
        return None
    if article.published_at is not None:
        return article.published_at.isoformat(timespec="minutes")
    return article.published.isoformat() if article.published else None


def outlet(article_id: str, articles: Mapping[str, Article]) -> str:
    """How a report names an article: its outlet beside its id when the outlet is known ("003 [AFP]")."""
    art = articles.get(article_id)
    return f"{article_id} [{art.source}]" if art is not None and art.source else article_id


def _side(value: str, ids: list[str], articles: Mapping[str, Article], standing: str) -> Side:
    dated = [(when, i) for i in ids if (when := published_when(articles.get(i))) is not None]
    latest = max(dated)[1] if dated else None
    return Side(
        value=value,
        articles=tuple(ids),
        sources=tuple(s for i in ids if (a := articles.get(i)) is not None and (s := a.source)),
        latest=latest,
        latest_published=_published(articles.get(latest)) if latest else None,
        standing=standing,  # type: ignore[arg-type]
        draft=any((a := articles.get(i)) is not None and a.draft for i in ids),
    )


def _groups(by_article: dict[str, list[Evidence]], tolerance: float) -> list[list[str]]:
    """Articles grouped by value: figures that all share a point stand together (one sweep over the
    sorted intervals, so thousands of articles cost no more than sorting them); an article giving
    several figures joins the one group all of them fall in; other values by their normalised form."""
    single: list[tuple[Interval, str]] = []
    several: list[tuple[list[Interval], str]] = []
    keyed: dict[tuple[str, ...], list[str]] = {}
    for aid, evs in by_article.items():
        intervals = [i for e in evs if (i := _interval(e.value)) is not None]
        if len(intervals) == len(evs) == 1:
            single.append((intervals[0], aid))
        elif len(intervals) == len(evs):
            several.append((intervals, aid))
        else:
            keyed.setdefault(tuple(sorted({_key(e.value, e.text) for e in evs})), []).append(aid)
    groups: list[list[str]] = []
    commons: list[tuple[float, float, bool]] = []  # each group's common part: low, high, high end open
    for interval, aid in sorted(single, key=lambda pair: (pair[0].bounds(tolerance)[0], not pair[0].low_open, pair[1])):
        lo, hi = interval.bounds(tolerance)
        # sorted by low end: a figure joins the group while it shares a point with every member (1-D:
        # with their common part), so "10" and "20" never stand together through "at least 10"
        if groups and (lo < commons[-1][1] or lo == commons[-1][1] and not (commons[-1][2] or interval.low_open)):
            groups[-1].append(aid)
            top, top_open = commons[-1][1], commons[-1][2]
            if hi < top or hi == top and interval.high_open:
                top, top_open = hi, interval.high_open
            commons[-1] = (lo, top, top_open)
        else:
            groups.append([aid])
            commons.append((lo, hi, interval.high_open))

    def within(common: tuple[float, float, bool], i: Interval) -> bool:
        lo, hi = i.bounds(tolerance)
        return lo <= common[1] and common[0] <= hi

    for intervals, aid in several:
        homes = [k for k, common in enumerate(commons) if all(within(common, i) for i in intervals)]
        if len(homes) == 1:
            groups[homes[0]].append(aid)
        else:
            keyed.setdefault(tuple(sorted(json.dumps(i.as_value()) for i in intervals)), []).append(aid)
    return groups + list(keyed.values())


def sides_of(finding: Finding, articles: Mapping[str, Article], tolerance: float = 0.1) -> tuple[Side, ...]:
    """The articles of ``finding`` grouped by the value they give, largest group first."""
    by_article: dict[str, list[Evidence]] = {}
    for ev in finding.evidence:
        by_article.setdefault(ev.article, []).append(ev)
    if len(by_article) < 2:
        return ()
    groups = [sorted(g) for g in _groups(by_article, tolerance)]

    # drafts are checked against the sources: only the sources decide which side is the majority
    def weight(g: list[str]) -> int:
        return sum(1 for i in g if not ((a := articles.get(i)) is not None and a.draft))

    groups.sort(key=lambda g: (-weight(g), g[0]))
    sizes = [weight(g) for g in groups]
    largest = max(sizes)
    leaders = sizes.count(largest)
    out = []
    for g, n in zip(groups, sizes, strict=True):
        # the side says what most of its articles say ("at least 20" over one "more than 20")
        said = [value_of(finding, aid) for aid in g]
        value = max(dict.fromkeys(said), key=said.count)
        standing = "even" if leaders > 1 and n == largest else "majority" if n == largest else "minority"
        out.append(_side(value, g, articles, standing))
    return tuple(out)


def value_of(finding: Finding, article_id: str) -> str:
    """What one article of ``finding`` says, in a reader's words ("15", "at least 20")."""
    evs = [e for e in finding.evidence if e.article == article_id]
    return "; ".join(dict.fromkeys(_describe(e.value, e.text, finding.kind) for e in evs))


def with_sides(findings: Iterable[Finding], articles: Mapping[str, Article], tolerance: float = 0.1) -> list[Finding]:
    return [f.model_copy(update={"sides": sides_of(f, articles, tolerance)}) for f in findings]


def describe_sides(finding: Finding, articles: Mapping[str, Article]) -> str:
    """One plain sentence: who says what, the odd one out and the latest ("" when there are no sides)."""
    sides = [s for s in finding.sides if not s.draft]
    if len(sides) < 2 or sum(len(s.articles) for s in sides) < 3:
        return ""  # two articles: the rule's message has already said who says what
    parts = []
    for s in sides:
        names = ", ".join(outlet(i, articles) for i in s.articles)
        part = f"{plural(len(s.articles), 'source')} {'says' if len(s.articles) == 1 else 'say'} {s.value} ({names})"
        parts.append(part)
    sentence = "; ".join(parts)
    minority = [s for s in sides if s.standing == "minority"]
    if len(minority) == 1 and len(minority[0].articles) == 1:
        sentence += f"; the odd one out is {outlet(minority[0].articles[0], articles)}"
    dated = sorted(
        ((when, s) for s in sides if s.latest and (when := published_when(articles.get(s.latest))) is not None),
        key=lambda pair: pair[0],
    )
    # "the latest" only when one report is later than every other side's: a tie says nothing
    if len(dated) == len(sides) and dated[-1][0] > dated[-2][0]:
        side = dated[-1][1]
        sentence += f"; the latest, {outlet(side.latest or '', articles)} of {side.latest_published}, says {side.value}"
    return sentence + "."


def with_who(finding: Finding, articles: Mapping[str, Article]) -> str:
    """The finding's message and, when three or more articles split, who says what (for the CI formats,
    whose one message is all a reviewer sees)."""
    who = "" if any(s.draft for s in finding.sides) else describe_sides(finding, articles)
    return f"{finding.message} {who}" if who else finding.message
