"""Places and their look-up by name: the ``Place`` record (a country, a division or a town, with the divisions
it lies in), the keys names are compared by (``place_key``, ``bare_division``), and the ``Gazetteer``'s tables
with their look-ups. The gazetteer is built from public datasets, and kept on disk, in ``places.py``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from checker import lang
from checker.normalise.place_store import PlaceRows
from checker.normalise.text import strip_accents


@lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    text = strip_accents(name.rstrip(".")).lower().replace("\u2019", "'")
    text = re.sub(r"[`'\u2018]", "", text)
    return re.sub(r"[^a-z0-9.]+", " ", text).strip()


@lru_cache(maxsize=1)
def _level_words() -> frozenset[str]:
    return frozenset(lang.load().places.level_words)


@lru_cache(maxsize=65536)
def bare_division(name: str) -> str:
    """A division's name without the words for its level: "Angul district" -> "angul"."""
    level = _level_words()
    return " ".join(w for w in place_key(name).split() if w not in level)


@dataclass(frozen=True)
class Place:
    name: str  # as the dataset spells it
    level: str  # country | admin1 | admin2 | locality
    admin1: str | None  # key of the first-level division (GeoNames spelling)
    country: str | None  # ISO alpha-2
    admin2: str | None = None  # key of the second-level division, where known
    stated: bool = False  # the text itself says which division holds it ("Traversara (Ravenna)")

    @property
    def key(self) -> str:
        return place_key(self.name)

    def region(self) -> str | None:
        """The admin1-level key this place lies in (its canonical key, for a division)."""
        if self.level == "admin1":
            return self.admin1 or self.key
        return self.admin1

    def district(self) -> str | None:
        """The admin2-level key this place lies in, where known."""
        if self.level == "admin2":
            return self.admin2 or self.key
        return self.admin2


def _place_fields(p: Place) -> list[object]:
    return [p.name, p.level, p.admin1, p.country, p.admin2, p.stated]


def _place_from(value: object) -> Place:
    """A ``Place`` from its cached fields, each checked for its type: the cache file may be anyone's."""
    if not isinstance(value, list) or len(value) != 6:
        raise ValueError("gazetteer cache: bad place")
    name, level, admin1, country, admin2, stated = value
    optional = (admin1, country, admin2)
    if not (isinstance(name, str) and isinstance(level, str) and isinstance(stated, bool)) or not all(
        x is None or isinstance(x, str) for x in optional
    ):
        raise ValueError("gazetteer cache: bad place field")
    return Place(name, level, admin1, country, admin2, stated)


class Gazetteer:
    """Look-ups by name. Rows are kept as plain tuples and made into ``Place`` only when asked for."""

    def __init__(self) -> None:
        self.countries: dict[str, Place] = {}
        self.admin1: dict[str, list[Place]] = defaultdict(list)
        self.admin2: dict[str, list[Place]] = defaultdict(list)
        self.rows = PlaceRows()  # key -> (name, admin1, admin2, cc), read from disk as asked for

    def _localities(self, key: str) -> list[Place]:
        out = []
        for name, admin1, admin2, cc in self.rows.get(key, ()):
            a1 = bare_division(admin1) if admin1 else None
            out.append(Place(name, "locality", a1, cc, bare_division(admin2) if admin2 else None))
        return out

    def lookup(self, name: str) -> list[Place]:
        """Every place of that name, divisions first. Answers are memoised: a cluster repeats its names."""
        memo = self.__dict__.setdefault("_memo", {})
        if name not in memo:
            memo[name] = self._lookup(name)
        return list(memo[name])

    def small_part(self) -> dict[str, object]:
        """Countries and divisions as plain JSON (each place a list of its fields): what the cache keeps."""
        return {
            "countries": {k: _place_fields(p) for k, p in self.countries.items()},
            "admin1": {k: [_place_fields(p) for p in v] for k, v in self.admin1.items()},
            "admin2": {k: [_place_fields(p) for p in v] for k, v in self.admin2.items()},
        }

    def restore(self, small: dict[str, object]) -> None:
        """The small part back from its JSON; anything not as written raises ``ValueError`` (rebuild)."""
        countries, admin1, admin2 = (small.get(k) for k in ("countries", "admin1", "admin2"))
        if not (isinstance(countries, dict) and isinstance(admin1, dict) and isinstance(admin2, dict)):
            raise ValueError("gazetteer cache: missing part")
        self.countries = {str(k): _place_from(v) for k, v in countries.items()}
        for table, data in ((self.admin1, admin1), (self.admin2, admin2)):
            for k, v in data.items():
                if not isinstance(v, list):
                    raise ValueError("gazetteer cache: bad division list")
                table[str(k)] = [_place_from(x) for x in v]

    def _lookup(self, name: str) -> list[Place]:
        key = place_key(name.rstrip("."))
        if key in self.countries:
            # a country first, then another country's province of that name ("Georgia": the country, the US state)
            country = self.countries[key]
            return [country, *(p for p in self.admin1.get(key, ()) if p.country != country.country)]
        bare = bare_division(name.rstrip("."))
        found = list(self.admin1.get(key, ()) or self.admin1.get(bare, ()))
        found += [p for p in self.admin2.get(key, ()) or self.admin2.get(bare, ()) if p not in found]
        towns = [p for p in self._localities(key) if p not in found]
        # a division that only matches once its level words are dropped ("London, City of") gives way to
        # a town of exactly that name in its country: "London" is the city, not the City of London
        named_towns = {t.country for t in towns if place_key(t.name) == key}
        lesser = [p for p in found if p.level == "admin2" and place_key(p.name) != key and p.country in named_towns]
        found = [p for p in found if p not in lesser] + towns
        if not found:
            # another spelling of the same name: "Aarhus" is "Arhus" in GeoNames
            for written, plain in lang.load().places.spelling_variants.items():
                if written in key:
                    return self._lookup(key.replace(written, plain))
        return found

    def is_known(self, name: str) -> bool:
        key = place_key(name)
        return key in self.countries or key in self.admin1 or key in self.admin2 or key in self.rows


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` contains ``inner`` (a place contains itself)."""
    if outer.country and inner.country and outer.country != inner.country:
        return False
    if outer.level == "country":
        return inner.country == outer.country
    if outer.level == "admin1":
        return inner.region() == outer.region()
    if outer.level == "admin2":
        return inner.region() == outer.region() and inner.district() == outer.district()
    return outer.key == inner.key and outer.admin1 == inner.admin1
