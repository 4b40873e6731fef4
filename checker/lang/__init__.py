"""Language data (number words, hedges, counted nouns, outcomes, speech verbs, titles, roles, acts, places,
the words read around a figure).

The data lives in small YAML files under ``lang/en/``; each file is validated by a pydantic schema on
load (``*_schema.py``), so a typo in the data fails loudly and early (see tests/test_lang_data.py).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from checker.lang.base import Strict
from checker.lang.counting_schema import (
    CountedData,
    CountingData,
    MeasuresData,
    NumbersData,
    OutcomesData,
    ScoresData,
)
from checker.lang.ordinals_schema import OrdinalsData
from checker.lang.places_schema import BasesData, EventsData, PlacesData, ScopeData
from checker.lang.qualities_schema import QualitiesData
from checker.lang.speech_schema import (
    ActsData,
    DatelineExample,
    NamesData,
    OutletsData,
    RolesData,
    SpeechData,
    SpellingData,
    TitlesData,
)
from checker.lang.time_schema import AnatomyData, CalendarData, DatesData

__all__ = ["CountingData", "DatelineExample", "Lang", "load"]  # schemas other modules name as lang.X


class Lang(Strict):
    numbers: NumbersData
    counted: CountedData
    outcomes: OutcomesData
    speech: SpeechData
    titles: TitlesData
    roles: RolesData
    acts: ActsData
    measures: MeasuresData
    events: EventsData
    names: NamesData
    places: PlacesData
    calendar: CalendarData
    anatomy: AnatomyData
    spelling: SpellingData
    outlets: OutletsData
    counting: CountingData
    scope: ScopeData
    bases: BasesData
    dates: DatesData
    qualities: QualitiesData
    scores: ScoresData
    ordinals: OrdinalsData


def _read(lang: str, name: str) -> Any:
    text = resources.files("checker.lang").joinpath(lang, f"{name}.yaml").read_text(encoding="utf-8")
    # the C loader when PyYAML has it: the pure-Python one costs a third of a second at start-up
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506


@cache
def load(lang: str = "en") -> Lang:
    """The validated language data for ``lang``."""
    parts = {name: _read(lang, name) for name in Lang.model_fields}
    return Lang.model_validate(parts)
