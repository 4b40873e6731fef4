"""FC106 age-mismatch."""

from __future__ import annotations

import math

from checker.models import AgeClaim, Finding
from checker.rules.base import Context, Rule

DAYS_A_YEAR = 365.25


class AgeMismatch(Rule):
    """One person given different ages by different sources ("Catherine Gomes, 61," / "Catherine Gomes, 68,").

    Read from the age news prints beside a full name: between commas after it (", 61,", ", aged 61,") or
    glued before it ("61-year-old Catherine Gomes"), or after the verb of a death ("Terry Ashdown ... has died
    aged 77", "died at 78") when the sentence names no one else before it. A person is one full name across the
    cluster; a surname alone is not used. Ages given a year or more apart may differ by the years between the
    articles (a birthday); an undated article's, by the years its cluster's dated articles span (one year at least).
    When no article is dated they are taken as reports of one story, days apart, and must agree; so must an age
    at death. An article that itself gives two ages is not compared.

    Disagreeing:
        A: "Catherine Gomes, 61, was found on Tuesday"   B: "Police identified her as Catherine Gomes, 68"

    Consistent:
        A: "Catherine Gomes, 61, was found"   B: "the body of 61-year-old Catherine Gomes"
    """

    code = "FC106"
    name = "age-mismatch"
    kind = "count"
    severity = "warning"
    summary = "One person is given different ages."

    def check(self, ctx: Context) -> list[Finding]:
        by_person: dict[str, list[AgeClaim]] = {}
        for c in ctx.claims("age"):
            if isinstance(c, AgeClaim):
                by_person.setdefault(c.person, []).append(c)
        findings = []
        for person, claims in sorted(by_person.items()):
            ages_of: dict[str, set[int]] = {}
            for c in claims:
                ages_of.setdefault(c.article, set()).add(c.age)
            if any(len(ages) > 1 for ages in ages_of.values()):
                continue  # one article giving two ages: two people of one name, or then and now
            first = {c.article: c for c in sorted(claims, key=lambda c: c.start)}
            shown = sorted(first.values(), key=lambda c: c.article)
            # the youngest and the oldest given: a thousand outlets cost a thousand looks, not a million
            young, old = min(shown, key=lambda c: c.age), max(shown, key=lambda c: c.age)
            if old.age - young.age <= self._allowed(ctx, young, old):
                continue
            desc = "; ".join(f"{c.article}: {c.age}" for c in shown)
            findings.append(
                self.finding(
                    ctx, shown, f"age of {person}", f"{person} is given different ages: {desc}.", 0.7,
                    values=[c.age for c in shown],
                )
            )
        return findings

    @staticmethod
    def _allowed(ctx: Context, a: AgeClaim, b: AgeClaim) -> int:
        """The years by which two ages may differ: those between the two articles (a birthday); none when
        either is an age at death ("died aged 77"), which no birthday changes."""
        if a.at_death or b.at_death:
            return 0
        da, db = ctx.articles[a.article].published, ctx.articles[b.article].published
        if da is None or db is None:
            dated = [x.published for x in ctx.articles.values() if x.published is not None]
            if not dated:
                return 0  # reports of one story, none dated: told within days of each other, one age
            span = (max(dated) - min(dated)).days
            return max(1, math.ceil(span / DAYS_A_YEAR))
        return math.ceil(abs((da - db).days) / DAYS_A_YEAR)
