"""A count made of parts: "killing at least 10 soldiers and four police" is one claim worth at least 14.

The parts are kept on the claim, so a rule can compare a part with a part ("four police") and a total
with a total. Two nouns joined without a second figure ("12 soldiers and police") count both groups.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.document import Document
from checker.claims.count.figures import Figure
from checker.claims.count.nouns import noun_phrase
from checker.claims.count.scope import SUBSET_AFTER
from checker.claims.count.words import counting
from checker.models import CountPart, Interval
from checker.normalise.categories import ancestors, category_of, common_category
from checker.normalise.hedges import to_interval
from checker.normalise.numbers import NumberMention

COMMA_GAP = re.compile(r"\s*,\s*")


@lru_cache(maxsize=1)
def _gaps() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand between the parts of a sum, and a noun joined to the counted one (``counting.yaml``)."""
    data = counting()
    joiners = "|".join(map(re.escape, data.part_joiners))
    coordinators = "|".join(map(re.escape, data.coordinators))
    return re.compile(rf"\s*,?\s*(?:{joiners})?\s*"), re.compile(rf"^\s+(?:{coordinators})\s+([a-z]+)")


def _part_category(noun: str, whole_category: str | None) -> str | None:
    """The category of a part's noun; a plural we have no word for is people when the first part is people
    ("nine shopkeepers and three customers")."""
    category = category_of(noun) if noun else None
    if (
        category is None
        and noun
        and whole_category
        and "people" in ancestors(whole_category)
        and noun.split()[-1].lower().endswith(tuple(counting().plural_endings))
    ):
        category = "people"
    return category


def _other_outcome(noun: str | None, noun2: str) -> bool:
    """Two nouns that each name an outcome, and not the same one: "39 dead and 11 survivors" is no sum."""
    implied = lang.load().counted.implied_outcomes
    first = implied.get((noun or "").split()[-1].lower()) if noun else None
    second = implied.get(noun2.split()[-1].lower()) if noun2 else None
    return first is not None and second is not None and first != second


def read_parts(doc: Document, fig: Figure, mentions: list[NumberMention], consumed: set[int]) -> None:
    """The figures that follow this one as parts of one sum ("10 soldiers and four police", "four civilians,
    11 troops"), each with a counted noun; they are added to ``consumed`` and ``fig.end`` moves past them.

    A unit's figure has no parts; "Eleven pilgrims, eight of them women" is a part of the eleven, not more of them."""
    text = doc.folded
    end = max(fig.noun_end, fig.after)
    j = fig.index + 1
    while j < len(mentions) and not fig.unit:
        gap = text[end : mentions[j].start]
        if not _gaps()[0].fullmatch(gap) or not gap.strip(" ,"):
            if not COMMA_GAP.fullmatch(gap):
                break
        nxt = mentions[j]
        if SUBSET_AFTER.match(text, nxt.end):
            break
        _s2, e2, noun2, _c2 = noun_phrase(text, nxt.end)
        cat2 = _part_category(noun2, fig.category)
        if cat2 is None or _other_outcome(fig.noun, noun2):
            break
        if not fig.parts:
            fig.parts.append(
                CountPart(
                    start=fig.span_start,
                    end=fig.noun_end,
                    text=doc.text[fig.span_start : fig.noun_end],
                    value=fig.value,
                    noun=fig.noun,
                    category=fig.category or "",
                )
            )
        fig.parts.append(
            CountPart(
                start=nxt.start,
                end=e2,
                text=doc.text[nxt.start : e2],
                value=to_interval(nxt, None),
                noun=noun2,
                category=cat2,
            )
        )
        consumed.add(j)
        end = e2
        j += 1
    fig.end = end


def join_parts(text: str, fig: Figure) -> None:
    """The figure's total: the sum of its parts, in the category common to them all; without parts, a
    coordinated noun ("12 soldiers and police") widens the category to one holding both."""
    coord = _gaps()[1].match(text[fig.end : fig.end + 30])
    if not fig.parts and coord and fig.category and category_of(coord.group(1)):
        other = category_of(coord.group(1)) or fig.category
        fig.category = common_category(fig.category, other)
        fig.end += coord.end()
        fig.noun = text[fig.noun_start : fig.end]
    if fig.parts:
        lows = [p.value.low or 0 for p in fig.parts]
        highs = [p.value.high for p in fig.parts]
        value = fig.value
        fig.value = Interval(
            low=sum(lows),
            high=None
            if any(h is None for h in highs) or not value.is_exact() and value.high is None
            else sum(h for h in highs if h is not None),
        )
        fig.category = common_category(*[p.category for p in fig.parts])
        fig.noun = " and ".join(p.noun for p in fig.parts)
