"""FC102 count-update."""

from __future__ import annotations

from checker.models import CountClaim, Finding
from checker.rules.base import Context, Rule
from checker.rules.tolls import compare_tolls


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
