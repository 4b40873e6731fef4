"""FC101 count-mismatch."""

from __future__ import annotations

from collections.abc import Hashable

from checker.match import Components, blocks, distinct, pairs_to_compare
from checker.models import CountClaim, Finding
from checker.normalise.categories import ancestors
from checker.rules.base import Context, Rule
from checker.rules.counting import compatible, contradicts, is_update, part_exceeds_whole, related, same_day, same_scope
from checker.rules.place_mismatch import main_region


def _signature(c: CountClaim) -> tuple[object, ...]:
    """What a count says, apart from where it is written: equal signatures compare alike."""
    parts = tuple((p.category, p.value) for p in c.parts)
    return (c.category, c.outcome, c.value, parts, c.place, c.place_level, c.region, c.affiliation)


def _outcome_root(c: CountClaim) -> str | None:
    if c.outcome in ("killed", "wounded", "casualties"):
        return "casualties"
    return c.outcome


class CountMismatch(Rule):
    """Tolls and tallies of people for the same event that cannot both be true.

    Counts are compared when they share an outcome (killed, wounded, missing, arrested, aboard...),
    a place (the same province or state, or none named) and compatible people (soldiers are security
    forces are people). Intervals must overlap; a narrower count may not exceed a wider one; sums
    are compared part by part. A later, higher toll with update wording is reported by FC102 instead.

    Disagreeing:
        A: "killing at least 10 soldiers and four police" in Bannu (at least 14 killed)
        B: "had killed seven of its soldiers" in Bannu district

    Consistent:
        A: "killed at least 20 soldiers and policemen"
        B: "more than 20 people are believed to have died"
    """

    code = "FC101"
    name = "count-mismatch"
    kind = "count"
    severity = "error"
    summary = "Two sources give tolls for the same event that cannot both be true."

    def check(self, ctx: Context) -> list[Finding]:
        counts = [
            c
            for c in ctx.claims("count")
            if isinstance(c, CountClaim)
            and c.outcome
            and not c.unit
            and not c.subset
            and "people" in ancestors(c.category)
        ]
        main = main_region(ctx)
        tol = ctx.settings.numeric_tolerance
        findings: list[Finding] = []

        def key(c: CountClaim) -> Hashable:
            # counts with no province, or in the story's own province, are about the main event
            return (_outcome_root(c), c.region if c.region and c.region != main else "")

        for block_key, block in sorted(blocks(counts, key).items(), key=lambda kv: str(kv[0])):
            region = str(block_key[1])  # type: ignore[index]
            group, members = distinct(block, lambda c: (_signature(c), self._published(ctx, c)))
            # with no article breaking the toll down, "35 protesters" and "53 people" arrested are one count
            no_breakdown = not any(c.parts for c in block)
            comps = Components()
            sure: set[int] = set()
            updates: list[tuple[CountClaim, CountClaim]] = []
            arts = [frozenset(c.article for c in members[k]) for k in range(len(group))]
            # every pair in a real cluster; each figure against the most-cited 64 past that (linear)
            for i, j in pairs_to_compare([len(members[k]) for k in range(len(group))]):
                a, b = group[i], group[j]
                if not compatible(a, b) or len(arts[i] | arts[j]) < 2:
                    continue
                if same_scope(a, b):
                    conflict = contradicts(a, b, tol) or (
                        no_breakdown and related(a, b) and not a.value.overlaps(b.value, tol)
                    )
                else:
                    local, wide = (a, b) if a.place_level == "locality" else (b, a)
                    conflict = part_exceeds_whole(local, wide, tol)
                if not conflict:
                    continue
                ta, tb = self._published(ctx, a), self._published(ctx, b)
                if ta and tb and ta != tb:
                    earlier, later = (a, b) if ta < tb else (b, a)
                    if is_update(earlier, later, ctx.sentence(earlier), ctx.sentence(later)):
                        updates.append((earlier, later))
                        continue
                if not same_day(a, b):
                    continue
                comps.union(i, j)
                # sure: both name the place, and the same people and outcome are compared (parts too)
                cats_a = {a.category} | {p.category for p in a.parts}
                cats_b = {b.category} | {p.category for p in b.parts}
                if a.region and b.region and a.outcome == b.outcome and cats_a & cats_b:
                    sure.update((i, j))
            for comp in comps.groups():
                claims = sorted((c for k in comp for c in members[k]), key=lambda c: (c.article, c.start))
                if len({c.article for c in claims}) > 1:
                    findings.append(self._finding(ctx, claims, region, bool(sure & set(comp))))
            for earlier, later in updates:
                findings.append(CountUpdate().build(ctx, earlier, later))
        return findings

    @staticmethod
    def _published(ctx: Context, c: CountClaim) -> str:
        art = ctx.articles[c.article]
        return str(art.published_at or art.published or "")

    def _finding(self, ctx: Context, claims: list[CountClaim], region: str, sure: bool) -> Finding:
        by_value: dict[str, list[str]] = {}
        for c in claims:
            # the source words, then what they come to: "at least 10 soldiers and four police" (at least 14 killed)
            desc = f"\u201c{ctx.articles[c.article].text[c.start : c.end]}\u201d ({c.value.describe()} {c.outcome})"
            by_value.setdefault(desc, [])
            if c.article not in by_value[desc]:
                by_value[desc].append(c.article)
        parts = [f"{', '.join(arts)}: {desc}" for desc, arts in by_value.items()]
        outcome = claims[0].outcome or "counted"
        where = f" in {region.title()}" if region else ""
        confidence = 0.9 if sure else 0.6
        subject = (outcome if outcome == "casualties" else f"people {outcome}") + where
        message = "; ".join(parts) + ". These figures cannot all be true of the same event."
        return self.finding(
            ctx,
            claims,
            subject,
            message,
            confidence,
            severity="error" if sure else "warning",
            values=[c.value.as_value() for c in claims],
        )


class CountUpdate(Rule):
    """A later article gives a higher toll with update wording: an update, not a contradiction.

    Disagreeing (reported as information):
        A (morning): "at least 12 people were killed"
        B (evening): "the death toll rose to 19"

    Consistent:
        A and B published together, both "19 dead".
    """

    code = "FC102"
    name = "count-update"
    kind = "count"
    severity = "info"
    summary = "A later source updates an earlier toll upwards."

    def check(self, ctx: Context) -> list[Finding]:
        return []  # produced by FC101, which sees the pairs

    def build(self, ctx: Context, earlier: CountClaim, later: CountClaim) -> Finding:
        msg = (
            f"{later.article} (later) reports {later.value.describe()} {later.outcome}, "
            f"{earlier.article} reported {earlier.value.describe()}: read as an update over time."
        )
        return self.finding(
            ctx,
            [earlier, later],
            f"people {later.outcome}",
            msg,
            0.7,
            values=[earlier.value.as_value(), later.value.as_value()],
        )
