"""FC102 count-update."""

from __future__ import annotations

from checker.models import CountClaim, Finding
from checker.rules.base import Context, Rule
from checker.rules.tolls import compare_tolls


class CountUpdate(Rule):
    """A later article gives a higher toll with update wording: an update, not a contradiction. (The missing
    who are found and the evacuated who return change either way; arrests only add up.) Two figures the same named
    source gave on the same day and part of it ("police spokeswoman Anna Berger told the briefing on Friday
    morning") are one statement reported twice: an update only when the later report says it changed ("the toll
    rose to"), else a conflict (FC101).

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
    reads = ("numeric_tolerance",)

    def check(self, ctx: Context) -> list[Finding]:
        return [self.build(ctx, earlier, later) for earlier, later in ctx.once(compare_tolls).updates]

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
