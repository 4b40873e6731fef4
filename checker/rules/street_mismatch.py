"""FC305 street-mismatch."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from checker import lang
from checker.match import Components
from checker.models import Finding, StreetClaim
from checker.normalise.patterns import alternation
from checker.rules.base import Context, Rule

MIN_LETTERS = 5  # shorter names are a letter or two from too many others to be one name ("Elm", "Ely")
MAX_EDITS = 2  # "Philip" / "Phillips", "Independent" / "Independence": a letter or two apart


def _one_street(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two forms (name, kind of street) that can be one street written two ways: the same name with another
    street word, or a name a letter or two off, never a numbered one ("95th", "97th": two streets)."""
    (name_a, type_a), (name_b, type_b) = a, b
    if name_a == name_b:
        return type_a != type_b
    if any(ch.isdigit() for ch in name_a + name_b) or min(len(name_a), len(name_b)) < MIN_LETTERS:
        return False
    return OSA.distance(name_a, name_b) <= MAX_EDITS


@lru_cache(maxsize=1)
def _crossing() -> re.Pattern[str]:
    """ "West End Avenue AT 31st Avenue North": the words between two streets that make them a corner."""
    return re.compile(rf"\s+{alternation(lang.load().places.streets.crossing)}\s+")


def _corners(ctx: Context, streets: list[StreetClaim]) -> list[tuple[StreetClaim, StreetClaim]]:
    """Each article's first corner of each street: (the street, the one crossing it), both ways round."""
    crossing = _crossing()
    seen: set[tuple[str, str]] = set()
    out = []
    ordered = sorted(streets, key=lambda c: (c.article, c.start))
    for x, y in zip(ordered, ordered[1:], strict=False):
        text = ctx.articles[x.article].text
        if x.article != y.article or x.sent_start != y.sent_start or not crossing.fullmatch(text, x.end, y.start):
            continue
        for main, cross in ((x, y), (y, x)):
            if (main.article, main.key) not in seen:
                seen.add((main.article, main.key))
                out.append((main, cross))
    return out


def _digit_apart(a: str, b: str) -> bool:
    """Two numbered streets a digit apart as written ("21st", "31st"; "95th", "59th"): one misreported."""
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    if not da or not db or len(da) != len(db) or da == db:
        return False
    return sum(p != q for p, q in zip(da, db, strict=True)) == 1 or (len(da) == 2 and da == db[::-1])


def _near_names(names: list[str]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of names at most MAX_EDITS apart, from one ``cdist`` call: a thousand articles' streets
    are compared in C, not pair by pair in Python."""
    if len(names) < 2:
        return []
    distances = process.cdist(names, names, scorer=OSA.distance, score_cutoff=MAX_EDITS, workers=1)
    return [(int(i), int(j)) for i, j in zip(*(distances <= MAX_EDITS).nonzero(), strict=True) if i < j]


class StreetMismatch(Rule):
    """One street named two ways by different sources ("Independent Street" / "Independence Street";
    "Philip Street" / "Phillips Road"), or one address put at different blocks ("the 12000 block of East 223rd
    Street" / "the 12200 block of 223rd Street").

    A street is a capitalised name followed by a street word ("Street", "Rd."); its direction is no part of its
    name ("East 223rd Street" is "223rd Street") and an ordinal word is its number ("Fifth Avenue" is "5th
    Avenue"). Two names are one street's when they are the same name with another street word, or a letter or
    two apart (names of five letters or more; numbered streets are never one another's), and no article
    writes both: an article that names both tells of two streets. Two blocks of one street are compared when
    each article gives the street one block; an article giving two tells of two places on it. A corner (two streets
    of one sentence joined by "at" or "and") given numbered cross streets a digit apart by different articles
    ("West End Avenue at 31st Avenue North" / "West End Avenue and 21st Avenue"), neither naming the other's, is
    one corner with its cross street misreported; cross streets of other names are as likely two corners.

    Disagreeing:
        A: "The bodies were found in an apartment on Independent Street."
        B: "The bodies were found in an apartment on Independence Street."

    Consistent:
        A: "Police closed Church Avenue."   B: "Police closed Church Ave."
    """

    code = "FC305"
    name = "street-mismatch"
    kind = "place"
    severity = "warning"
    summary = "One street is named two ways, or one address put at different blocks."

    def check(self, ctx: Context) -> list[Finding]:
        streets = [c for c in ctx.claims("street") if isinstance(c, StreetClaim)]
        return [*self._names(ctx, streets), *self._blocks(ctx, streets), *self._corners(ctx, streets)]

    def _corners(self, ctx: Context, streets: list[StreetClaim]) -> list[Finding]:
        """One corner given numbered cross streets a digit apart ("West End Avenue at 31st Avenue North" / "West
        End Avenue and 21st Avenue"), neither article naming the other's: one cross street misreported."""
        named: dict[str, set[str]] = {}
        for c in streets:
            named.setdefault(c.article, set()).add(c.key)
        corners = _corners(ctx, streets)
        by_main: dict[str, list[int]] = {}  # blocked by the street the corner is of: pairs only within a street
        for k, (main, _cross) in enumerate(corners):
            by_main.setdefault(main.key, []).append(k)
        comps = Components()
        for ks in by_main.values():
            for n, i in enumerate(ks):
                a = corners[i][1]
                for j in ks[n + 1 :]:
                    b = corners[j][1]
                    told_both = b.key in named[a.article] or a.key in named[b.article]  # two corners, both told
                    if a.article != b.article and not told_both and _digit_apart(a.key, b.key):
                        comps.union(i, j)
        findings = []
        for members in comps.groups():
            shown = sorted((corners[k] for k in members), key=lambda mc: mc[1].article)
            desc = "; ".join(f"{cross.article}: {main.name!r} and {cross.name!r}" for main, cross in shown)
            findings.append(
                self.finding(
                    ctx, [c for pair in shown for c in pair[::-1]], f"the corner of {shown[0][0].name}",
                    f"One corner is given different cross streets: {desc}.", 0.6,
                    values=[cross.name for _main, cross in shown for _ in range(2)],  # each side by its cross street
                )
            )
        return findings

    def _names(self, ctx: Context, streets: list[StreetClaim]) -> list[Finding]:
        written: dict[tuple[str, str], list[StreetClaim]] = {}
        for c in streets:
            written.setdefault((c.key, c.street_type), []).append(c)
        forms = sorted(written)
        articles = [{c.article for c in written[f]} for f in forms]
        comps = Components()
        for i, j in _near_names([name for name, _type in forms]):
            if not articles[i] & articles[j] and _one_street(forms[i], forms[j]):
                comps.union(i, j)
        findings = []
        for members in comps.groups():
            # the form most articles write first: the street, and the others against it
            ranked = sorted(members, key=lambda k: (-len(articles[k]), forms[k]))
            first = [min(written[forms[k]], key=lambda c: (c.article, c.start)) for k in ranked]
            shown = {id(c) for c in first}
            claims = first + [c for k in ranked for c in written[forms[k]] if id(c) not in shown]
            desc = "; ".join(
                f"{', '.join(sorted(articles[k]))}: {written[forms[k]][0].name!r}" for k in ranked
            )
            findings.append(
                self.finding(
                    ctx,
                    claims,
                    f"the street {written[forms[ranked[0]]][0].name}",
                    f"One street is named two ways: {desc}.",
                    0.6,
                    values=[c.name for c in claims],
                )
            )
        return findings

    def _blocks(self, ctx: Context, streets: list[StreetClaim]) -> list[Finding]:
        by_street: dict[tuple[str, str], dict[str, list[StreetClaim]]] = {}
        for c in streets:
            if c.block is not None:
                by_street.setdefault((c.key, c.street_type), {}).setdefault(c.article, []).append(c)
        findings = []
        for _street, per_article in sorted(by_street.items()):
            # an article giving two blocks of one street tells of two places on it
            told = {a: cs for a, cs in per_article.items() if len({c.block for c in cs}) == 1}
            if len({cs[0].block for cs in told.values()}) < 2:
                continue
            claims = sorted((c for cs in told.values() for c in cs), key=lambda c: (c.block or 0, c.article))
            desc = "; ".join(f"{c.article}: {c.name!r}" for c in claims)
            findings.append(
                self.finding(
                    ctx,
                    claims,
                    f"the block of {claims[0].name.split(' of ', 1)[-1]}",
                    f"One address is put at different blocks: {desc}.",
                    0.6,
                    values=[c.block for c in claims],
                )
            )
        return findings
