"""FC305 street-mismatch."""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA

from checker.match import Components
from checker.models import Finding, StreetClaim
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
    each article gives the street one block; an article giving two tells of two places on it.

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
        return [*self._names(ctx, streets), *self._blocks(ctx, streets)]

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
