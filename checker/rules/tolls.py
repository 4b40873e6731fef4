"""Tolls of the same event compared: the conflicts FC101 reports and the updates FC102 reports.

Not a rule: both rules read its result, so that a later, higher toll told as an update is reported by
FC102 whether or not FC101 runs (``--select FC102``), and never by both.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

from checker.match import Components, blocks, distinct, pairs_to_compare
from checker.models import CountClaim, Interval
from checker.normalise.categories import ancestors
from checker.rules.base import Context
from checker.rules.counting import compatible, contradicts, is_update, part_exceeds_whole, related, same_day, same_scope


@dataclass
class Conflict:
    claims: list[CountClaim]
    region: str  # the province the tolls are for; "" for the story's own
    sure: bool  # both name the place, and the same people and outcome are compared


@dataclass
class TollComparison:
    conflicts: list[Conflict] = field(default_factory=list)
    updates: list[tuple[CountClaim, CountClaim]] = field(default_factory=list)  # (earlier, later)


def _signature(c: CountClaim) -> tuple[object, ...]:
    """What a count says, apart from where it is written: equal signatures compare alike."""
    parts = tuple((p.category, p.value) for p in c.parts)
    return (c.category, c.outcome, c.value, parts, c.place, c.place_level, c.region, c.affiliation)


def _outcome_root(c: CountClaim) -> str | None:
    if c.outcome in ("killed", "wounded", "casualties"):
        return "casualties"
    return c.outcome


def published(ctx: Context, c: CountClaim) -> str:
    art = ctx.articles[c.article]
    return str(art.published_at or art.published or "")


def _conflict(a: CountClaim, b: CountClaim, tol: float, no_breakdown: bool) -> bool:
    if same_scope(a, b):
        return contradicts(a, b, tol) or (no_breakdown and related(a, b) and not a.value.overlaps(b.value, tol))
    local, wide = (a, b) if a.place_level == "locality" else (b, a)
    return part_exceeds_whole(local, wide, tol)


class _Givers:
    """Which articles give a figure for a group, remembered per (group, figure): pairs ask again and again."""

    def __init__(self, block: list[CountClaim], tol: float) -> None:
        self.stated: dict[str, list[CountClaim]] = {}
        for c in block:
            self.stated.setdefault(c.article, []).append(c)
        self.tol = tol
        self.memo: dict[tuple[str, Interval], frozenset[str]] = {}

    def of(self, c: CountClaim) -> frozenset[str]:
        key = (c.category, c.value)
        if key not in self.memo:
            self.memo[key] = frozenset(
                article
                for article, claims in self.stated.items()
                if any(x.category == c.category and x.value.overlaps(c.value, self.tol) for x in claims)
            )
        return self.memo[key]

    def both(self, a: CountClaim, b: CountClaim) -> bool:
        """A third article gives both figures of two different groups ("more than 200 people arrested"
        and "two officers arrested"): an outlet that states both shows they count different people.
        (Both figures of one group in a third article are more often a toll and its update.)"""
        if a.category == b.category:
            return False
        return bool((self.of(a) & self.of(b)) - {a.article, b.article})


def _union(comps: Components, sure: set[int], a: CountClaim, b: CountClaim, i: int, j: int) -> None:
    comps.union(i, j)
    cats_a = {a.category} | {p.category for p in a.parts}
    cats_b = {b.category} | {p.category for p in b.parts}
    if a.region and b.region and a.outcome == b.outcome and cats_a & cats_b:
        sure.update((i, j))


def _an_earlier_report(
    undated: CountClaim, dated: CountClaim, updated: list[tuple[CountClaim, CountClaim]], tol: float
) -> bool:
    """An undated article's figure that dated articles show was an earlier report of the one it is set
    against (one arrest on Tuesday, 46 by Thursday: the undated "one person was arrested" is Tuesday's)."""
    return any(
        (earlier.outcome, earlier.category) == (undated.outcome, undated.category)
        and (later.outcome, later.category) == (dated.outcome, dated.category)
        and undated.value.overlaps(earlier.value, tol)
        and dated.value.overlaps(later.value, tol)
        for earlier, later in updated
    )


def _compare_block(ctx: Context, block: list[CountClaim], region: str, out: TollComparison) -> None:
    tol = ctx.settings.numeric_tolerance
    group, members = distinct(block, lambda c: (_signature(c), published(ctx, c)))
    # with no article breaking the toll down, "35 protesters" and "53 people" arrested are one count
    no_breakdown = not any(c.parts for c in block)
    comps = Components()
    sure: set[int] = set()
    arts = [frozenset(c.article for c in members[k]) for k in range(len(group))]
    givers = _Givers(block, tol)
    undated: list[tuple[int, int]] = []
    updated: list[tuple[CountClaim, CountClaim]] = []
    # every pair in a real cluster; each figure against the most-cited 64 past that (linear)
    for i, j in pairs_to_compare([len(members[k]) for k in range(len(group))]):
        a, b = group[i], group[j]
        if not compatible(a, b) or len(arts[i] | arts[j]) < 2 or not _conflict(a, b, tol, no_breakdown):
            continue
        if givers.both(a, b):
            continue
        ta, tb = published(ctx, a), published(ctx, b)
        if ta and tb and ta != tb:
            earlier, later = (a, b) if ta < tb else (b, a)
            if is_update(earlier, later, ctx.sentence(earlier), ctx.sentence(later)):
                out.updates.append((earlier, later))
                updated.append((earlier, later))
                continue
        if not same_day(a, b):
            continue
        if bool(ta) != bool(tb):
            undated.append((i, j) if tb else (j, i))  # (undated, dated): judged once the updates are known
            continue
        _union(comps, sure, a, b, i, j)
    for i, j in undated:
        a, b = group[i], group[j]
        if not _an_earlier_report(a, b, updated, tol):
            _union(comps, sure, a, b, i, j)
    for comp in comps.groups():
        claims = sorted((c for k in comp for c in members[k]), key=lambda c: (c.article, c.start))
        if len({c.article for c in claims}) > 1:
            out.conflicts.append(Conflict(claims, region, bool(sure & set(comp))))


def compare_tolls(ctx: Context) -> TollComparison:
    """Every pair of tolls for the same outcome and province that cannot both be true, or that update."""
    counts = [
        c
        for c in ctx.claims("count")
        if isinstance(c, CountClaim) and c.outcome and not c.unit and not c.subset and "people" in ancestors(c.category)
    ]
    main = ctx.main_event.region
    leads = {a: p.admin1 for a, p in ctx.main_event.leads.items() if p is not None}

    def key(c: CountClaim) -> Hashable:
        # counts with no province, in the story's own province or in the province the article itself leads
        # with (its telling of where the event was, which FC301 compares), are about the main event
        own = c.region in (main, leads.get(c.article))
        return (_outcome_root(c), c.region if c.region and not own else "")

    out = TollComparison()
    for block_key, block in sorted(blocks(counts, key).items(), key=lambda kv: str(kv[0])):
        _compare_block(ctx, block, str(block_key[1]), out)  # type: ignore[index]
    return out
