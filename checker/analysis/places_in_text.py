"""Places in an article's running text: the gazetteer's names checked against their context ("in the city of
X", "X district of Y", "X province"), with the cluster's countries and provinces settling which of several
same-named places is meant. The candidates and what their context says are found in ``place_candidates.py``.
People are found in ``entities.py``; what both share (the capitalised runs, the patterns of news writing) is in
``mentions.py``."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from checker import lang
from checker.analysis.document import Document
from checker.analysis.entities import is_place_word
from checker.analysis.mentions import PersonMention, PlaceMention, _patterns, _vocab
from checker.analysis.place_candidates import _candidate_facts, _CandidateFacts, _candidates, _tail_of_name
from checker.normalise.patterns import alternation, search_lowered
from checker.normalise.place_lookup import Place, bare_division, place_key
from checker.normalise.places import gazetteer


def _choose(cands: list[Place], countries: set[str], regions: frozenset[str] = frozenset()) -> Place | None:
    """One reading of an ambiguous name: a division first, then a town in a province the cluster names."""
    if not cands:
        return None
    if cands[0].level == "country":
        # "Georgia" in a story of Atlanta: the province, when the cluster's countries hold its country, not this one
        province = next((p for p in cands[1:] if p.country in countries), None)
        return province if province is not None and cands[0].country not in countries else cands[0]
    scoped = [p for p in cands if p.country in countries] or (cands if not countries else [])
    if not scoped:
        return None
    divisions = [p for p in scoped if p.level in ("admin1", "admin2")]
    if divisions:
        return divisions[0]
    named = [p for p in scoped if p.region() in regions]
    if named:
        return named[0]
    if len({p.region() for p in scoped}) > 1:
        # several towns of that name in different provinces and nothing to choose by: the country is
        # known, the province is not ("Bandung" is in West Java, and also a village in East Java)
        first = scoped[0]
        return Place(first.name, first.level, None, first.country)
    return scoped[0]


@lru_cache(maxsize=1)
def _org_after() -> re.Pattern[str]:
    """An organisation noun after a place name: "Kabul Bank", "the Palu search and rescue office"."""
    return re.compile(rf"^[\s-]*(?:[A-Z]\w*\s+)*{alternation(lang.load().roles.organisation_nouns)}\b", re.I)


def find_places(
    doc: Document,
    countries: set[str],
    people: list[PersonMention],
    known: frozenset[str] = frozenset(),
    regions: frozenset[str] = frozenset(),
) -> list[PlaceMention]:
    """Places in the article. ``known``: names the cluster already placed with context elsewhere."""
    gaz = gazetteer()
    not_names, non_person, _roles = _vocab()
    taken: list[tuple[int, int]] = [(p.start, p.end) for p in people]
    covered = bytearray(len(doc.folded) + 1)  # 1 where a person or an earlier place stands
    for p in people:
        covered[p.start : p.end] = b"\x01" * (p.end - p.start)
    out: list[PlaceMention] = []
    told: dict[str, Place] = {}  # towns the article itself places in a division
    told_at: set[int] = set()
    candidates = _candidates(doc)
    if not countries:
        # no country named: the countries of this article's unambiguous places settle the rest
        countries = set()
        for start, end in candidates:
            codes = {p.country for p in gaz.lookup(doc.folded[start:end].rstrip(".")) if p.country}
            if len(codes) == 1 and doc.folded[start : start + 1].isupper():
                countries |= codes
    facts: dict[tuple[int, int], _CandidateFacts | None] = doc.cache.place_facts
    patterns = _patterns()
    for start, run_end in candidates:
        if 1 in covered[start:run_end]:
            continue
        if (start, run_end) not in facts:  # the second pass over an article reads what the first found
            facts[(start, run_end)] = _candidate_facts(doc, start, run_end, not_names, non_person)
        fact = facts[(start, run_end)]
        if fact is None:
            continue
        text, end, cands, context, after = fact
        if not context and not (cands[0].level in ("country", "admin1") or place_key(text) in known):
            continue
        place = _choose(cands, countries, regions)
        if place is None:
            continue
        org_name = bool(_org_after().match(after) and not patterns.level_after.match(after))
        # part of a name ("UN Mission-Sudan"), or a thing's flag, destination or origin ("a Panama-flagged tanker")
        in_org = org_name or doc.folded[start - 1 : start] == "-" or bool(patterns.attribute_after.match(after))
        m = patterns.contained.match(after)
        if m:
            place = _placed_in(cands, m.group("outer")) or place  # "Durham, N.C.": the Durham in North Carolina
        inside = within(place, m.group("outer"), bool(m.group("level"))) if m and place.level == "locality" else place
        told_end = None
        if inside != place:
            place = inside
            told.setdefault(place_key(text), place)
            told_at.add(start)
            told_end = end + m.end() if m else None
        taken.append((start, end))
        covered[start:end] = b"\x01" * (end - start)
        out.append(PlaceMention(start, end, doc.text[start:end], place, in_org, told_end))
    # where the article says a town lies holds for every mention of it in that article, not only the
    # one the division is named beside: "Bannu, in Punjab province ... Bannu's hospital"
    out = [
        replace(p, place=told[k])
        if (k := place_key(p.text)) in told and p.place.level == "locality" and p.start not in told_at
        else p
        for p in out
    ]
    # unknown districts named with their province: "Traversara, in the province of Ravenna"
    out.extend(_unlisted_districts(doc, out, taken))
    return sorted(out, key=lambda p: p.start)


def _outer_places(outer_name: str) -> list[Place]:
    """What a name after a town can be: its gazetteer places, or the division an abbreviation stands for ("N.C.")."""
    for country, table in lang.load().places.division_abbreviations.items():
        if outer_name in table:
            return [p for p in gazetteer().lookup(table[outer_name]) if p.level == "admin1" and p.country == country]
    return gazetteer().lookup(outer_name)


def _placed_in(cands: list[Place], outer_name: str) -> Place | None:
    """The town of a name that lies in the division named after it ("Durham, North Carolina", "Durham, N.C."),
    whatever reading the name would have alone (County Durham)."""
    divisions = [p for p in _outer_places(outer_name) if p.level == "admin1"]
    return next(
        (c for c in cands if c.level == "locality" and any(c.country == d.country and c.region() == d.region()
                                                           for d in divisions)),
        None,
    )


def within(place: Place, outer_name: str, named_division: bool = False) -> Place:
    """A place the text puts inside a named division ("Bannu, in Punjab province", "Traversara (Ravenna)").

    What the text says wins over the gazetteer: the article's own claim is what gets checked.
    ``named_division``: the text calls the outer name a division ("in Cuttack district"); when the
    gazetteer knows it only as a town, the division is the one that town lies in (districts are
    commonly named after their chief town, and spelled differently from the gazetteer's name).
    """
    words = outer_name.split()
    if len(words) > 1 and _patterns().level_named.fullmatch(" " + words[-1]):
        outer_name, named_division = " ".join(words[:-1]), True  # "Angul district"
    found = [p for p in _outer_places(outer_name) if not place.country or p.country == place.country]
    div = next((p for p in found if p.level in ("admin1", "admin2")), None)
    if div is None and named_division:
        town = next((p for p in found if p.level == "locality"), None)
        if town is not None and town.region():
            # the district named after its chief town: the gazetteer's district for it, else the name itself
            district = town.district() or bare_division(outer_name)
            return Place(place.name, "locality", town.region(), town.country, district, stated=True)
        if not found and place.admin1 and outer_name[:1].isupper():
            # a district the gazetteer does not list, named as one by the text ("Ikeja Local
            # Government Area"): the town keeps its province and gets the district the text gives
            return Place(place.name, "locality", place.admin1, place.country, bare_division(outer_name), stated=True)
    if div is None:
        return place
    if div.level == "admin2":
        return Place(place.name, "locality", div.region(), div.country, div.district(), stated=True)
    same = place.admin1 == div.region()
    return Place(place.name, "locality", div.region(), div.country, place.admin2 if same else None, stated=True)


def _unlisted_districts(doc: Document, found: list[PlaceMention], taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Places the gazetteer does not know, placed by the text in a known division ("Traversara, in the
    province of Ravenna"); ``taken``: spans already read as people or places."""
    gaz = gazetteer()
    out = []
    for m in _patterns().unlisted.finditer(doc.folded):
        s, e = m.start("name"), m.end("name")
        if any(ts < e and s < te for ts, te in taken):
            continue
        if gaz.is_known(m.group("name")):
            continue
        place = within(Place(m.group("name"), "locality", None, None), m.group("outer"), bool(m.group("level")))
        if place.admin1:
            out.append(PlaceMention(s, e, doc.text[s:e], place, False))
    return out


def check_examples() -> None:
    """The pattern examples of ``lang/en/places.yaml``'s ``in_text`` and ``names.yaml`` read as documented (the
    people are read by the whole extractor, in tests/test_lang_data.py)."""
    from checker.analysis.document import analyse
    from checker.models import Article

    p, data = _patterns(), lang.load()
    ex, names = data.places.in_text.examples, data.names.examples
    wrong = [s for s in ex.locative if not search_lowered(p.locative, s)]
    wrong += [s for s in ex.level_after if not p.level_after.match(s)]
    wrong += [
        s for s, outer in ex.contained if getattr(p.contained.match(s), "group", lambda _: None)("outer") != outer
    ]
    for s, name, outer in ex.unlisted:
        m = p.unlisted.search(s)
        wrong += [s] if not m or (m.group("name"), m.group("outer")) != (name, outer) else []
    wrong += [s for s in ex.country_possessions if not p.country_possession.match(s)]
    wrong += [s for s in ex.clocks if not p.clock_after.match(s)]
    wrong += [s for s in ex.attributes if not p.attribute_after.match(s)]
    wrong += [s for s in ex.demonyms if not is_place_word(s)]
    for s, place in ex.not_name_tails:
        doc = analyse(Article(id="a", path="a.txt", text="Report\n\n" + s))
        wrong += [s] if _tail_of_name(doc, doc.folded.index(place), frozenset()) else []
    for s, word in ex.feature_tails:
        doc = analyse(Article(id="a", path="a.txt", text="Report\n\n" + s))
        at = doc.folded.index(word)
        wrong += [s] if _candidate_facts(doc, at, at + len(word), frozenset(), frozenset()) else []
    wrong += [s for s in names.compounds if not p.lower_compound.search(s)]
    wrong += [s for s in names.not_compounds if p.lower_compound.search(s)]
    if wrong:
        raise ValueError(f"lang/en/places.yaml, names.yaml: examples read the wrong way: {wrong}")
