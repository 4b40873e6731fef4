"""FC402 title-mismatch."""

from __future__ import annotations

import re

from checker.match import blocks
from checker.models import AttributionClaim, Finding
from checker.normalise.names import office_of, post_of, rank_group
from checker.rules.base import Context, Rule


def formal_title(c: AttributionClaim) -> str | None:
    """A rank ("colonel", "deputy inspector general"), an office ("chief financial officer") or a public
    post of two words or more ("special relief commissioner"), if any; a post that spells out the rank
    wins over it. A bare post word ("Judge", "Justice") says too little to compare."""
    post = post_of(c.role)
    post = post if post and " " in post else None
    if c.title and rank_group(c.title) and rank_group(c.title) != "academic":  # "Dr" is no office
        return post if post and c.title in post else c.title
    return office_of(c.title) or office_of(c.role) or post


def title_kind(c: AttributionClaim) -> str:
    """Ranks are compared with ranks, offices with offices, posts with posts: a party president may
    also be its candidate for chief minister."""
    if office_of(c.title) or office_of(c.role):
        return "office"
    post = post_of(c.role)
    if post and " " in post:
        return "post"
    return "rank"


GRADE_WORDS = {"deputy", "assistant", "vice", "senior", "junior", "associate", "additional", "under"}


def _lower_grade(a: str, b: str) -> bool:
    """ "deputy director general" and "director general" are two posts, not one written more fully."""
    for short, long in ((a, b), (b, a)):
        if long.endswith(" " + short):
            words = long[: -len(short)].split()
            if words and words[-1] in GRADE_WORDS:
                return True
    return False


def _informal_same_post(ca: AttributionClaim, a: str, cb: AttributionClaim, b: str) -> bool:
    """ "Mining minister" and "Mineral Resources and Energy Minister": one post, one of them described
    rather than titled. Two posts with the same head word clash only when both are written as titles."""
    if title_kind(ca) != "post" or a.split()[-1] != b.split()[-1]:
        return False
    head = a.split()[-1]
    return not all(re.search(rf"\b{re.escape(head.capitalize())}\b", c.text) for c in (ca, cb))


class TitleMismatch(Rule):
    """The same person given different ranks or offices ("Major" in one source, "Colonel" in another).

    Abbreviations are expanded first ("Col." is "Colonel", "DIG" is "Deputy Inspector General", "CFO"
    is "chief financial officer"); a rank and a role noun do not conflict ("Colonel Hendra Wiratama" and
    "spokesman Hendra Wiratama"), nor does a title and a fuller form of it ("Judge" and "District Judge").

    Disagreeing:
        A: "Maj. Ahmed Khan said"   B: "Colonel Ahmed Khan said"

    Consistent:
        A: "Col. Hendra Wiratama"   B: "Colonel Hendra Wiratama"
    """

    code = "FC402"
    name = "title-mismatch"
    kind = "attribution"
    severity = "warning"
    summary = "One person is given different ranks or offices."

    def check(self, ctx: Context) -> list[Finding]:
        speakers = [c for c in ctx.claims("attribution") if isinstance(c, AttributionClaim) and formal_title(c)]
        findings = []
        for person, group in sorted(blocks(speakers, lambda c: c.speaker).items(), key=lambda kv: str(kv[0])):
            first: dict[str, AttributionClaim] = {}
            for c in group:
                first.setdefault(formal_title(c) or "", c)
            titles = sorted(first)
            clash = [
                (a, b)
                for i, a in enumerate(titles)
                for b in titles[i + 1 :]
                if (a not in b and b not in a or _lower_grade(a, b))
                and first[a].article != first[b].article
                and title_kind(first[a]) == title_kind(first[b])
                and not _informal_same_post(first[a], a, first[b], b)
            ]
            if not clash:
                continue
            claims = [first[t] for t in titles]
            desc = "; ".join(f"{c.article}: {formal_title(c)}" for c in claims)
            findings.append(
                self.finding(
                    ctx,
                    claims,
                    f"title of {person}",
                    f"{person} is given different titles: {desc}.",
                    0.7,
                    values=[formal_title(c) for c in claims],
                )
            )
        return findings
