"""FC802 breakdown-sum."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from checker import lang
from checker.models import CountClaim, Finding
from checker.normalise.numbers import find_numbers
from checker.normalise.patterns import phrases
from checker.rules.base import Context, Rule


class _Patterns(NamedTuple):
    """A breakdown's words (``lang/en/counting.yaml``), matched as written."""

    listing: re.Pattern[str]  # "47 seats - 30 for the NJP, 13 for the SLD and two for the JKS -", "nine fans: six ..."
    part: re.Pattern[str]  # "30 for the NJP", "and two for the JKS"
    between: re.Pattern[str]  # what separates two parts: a comma, "and"


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    words = lang.load().counting
    joiner = phrases(words.breakdown_joiners)
    return _Patterns(
        re.compile(
            rf"^\s*(?:-|:|\(|,\s+{phrases(words.breakdown_openers)})\s*(?P<list>[^;()]*?)\s*"
            rf"(?:\s-\s|\)|;|\.(?:\s|$)|$)"
        ),
        re.compile(rf"^\s*(?:{joiner}\s+)?(?P<num>\S+(?:\s\S+)?)\s+{phrases(words.breakdown_prepositions)}\b"),
        re.compile(rf",\s*|\s+{joiner}\s+"),
    )


def breakdown(after: str) -> tuple[re.Match[str], list[float]] | None:
    """The breakdown given right after a total (``after``: the text after it) and its parts' values."""
    p = _patterns()
    m = p.listing.match(after)
    if not m:
        return None
    values: list[float] = []
    for item in p.between.split(m.group("list")):
        found = find_numbers(item)
        if not p.part.match(" " + item) or not found or found[0].start > 4 or found[0].value is None:
            return m, []
        values.append(found[0].value)
    return m, values


@lru_cache(maxsize=1)
def check_examples() -> None:
    """The breakdown examples of ``lang/en/counting.yaml``, checked once, when the rule first runs."""
    wrong = []
    for after, expected in lang.load().counting.examples.breakdowns:
        read = breakdown(after)
        values = read[1] if read and len(read[1]) >= 2 else None
        if values != expected:
            wrong.append(after)
    if wrong:
        raise ValueError(f"lang/en/counting.yaml: breakdown examples read the wrong way: {wrong}")


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
        check_examples()
        findings = []
        for c in ctx.claims("count"):
            if not isinstance(c, CountClaim) or not c.value.is_exact() or c.unit or c.parts:
                continue
            text = ctx.articles[c.article].text
            read = breakdown(text[c.end : c.sent_end])
            if not read:
                continue
            m, values = read
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
