"""FC802 breakdown-sum."""

from __future__ import annotations

import re

from checker.models import CountClaim, Finding
from checker.normalise.numbers import find_numbers
from checker.rules.base import Context, Rule

# "47 seats - 30 for the NJP, 13 for the SLD and two for the JKS -", "nine fans: six from Kelvin and three ..."
LIST = re.compile(
    r"^\s*(?:-|:|\(|,\s+(?:including|of\s+which|of\s+whom))\s*(?P<list>[^;()]*?)\s*(?:\s-\s|\)|;|\.(?:\s|$)|$)"
)
PART = re.compile(r"^\s*(?:and\s+)?(?P<num>\S+(?:\s\S+)?)\s+(?:for|from|to|in|with|of|by)\b")


class BreakdownSum(Rule):
    """A total whose breakdown, given right after it, does not add up.

    Disagreeing:
        "47 seats - 30 for the NJP, 13 for the SLD and two for the JKS" (30 + 13 + 2 = 45)

    Consistent:
        "Nine fans - six from Kelvin and three from Calder - were arrested" (6 + 3 = 9)
    """

    code = "FC802"
    name = "breakdown-sum"
    kind = "count"
    severity = "error"
    summary = "A total's breakdown does not add up to it."

    def check(self, ctx: Context) -> list[Finding]:
        findings = []
        for c in ctx.claims("count"):
            if not isinstance(c, CountClaim) or not c.value.is_exact() or c.unit or c.parts:
                continue
            text = ctx.articles[c.article].text
            m = LIST.match(text[c.end : c.sent_end])
            if not m:
                continue
            items = re.split(r",\s*|\s+and\s+", m.group("list"))
            values: list[float] = []
            for item in items:
                part = PART.match(" " + item)
                found = find_numbers(item)
                if not part or not found or found[0].start > 4 or found[0].value is None:
                    values = []
                    break
                values.append(found[0].value)
            if len(values) < 2 or c.value.low is None or abs(sum(values) - c.value.low) < 0.5:
                continue
            start = c.end + m.start("list")
            end = c.end + m.end("list")
            part_claim = c.model_copy(update={"start": start, "end": end, "text": text[start:end]})
            total = f"{c.value.describe()} {c.noun}".strip()
            msg = f"{c.article} gives {total} but its breakdown adds up to {sum(values):g}: {text[start:end]!r}."
            findings.append(
                self.finding(ctx, [c, part_claim], f"breakdown of {total}", msg, 0.8, values=[c.value.low, sum(values)])
            )
        return findings
