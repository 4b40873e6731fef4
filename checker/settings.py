"""The thresholds rules read, each declared once: its default, its bounds and what it does. The config
file's keys and their validation (``config.py``), each rule's list of the settings it reads (``Rule.reads``)
and the documentation of both (``checker explain``, the README) come from these declarations."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

META = ("low", "high", "doc")


def _threshold(default: float, doc: str, high: float = 100.0) -> Any:
    return field(default=default, metadata={"doc": doc, "low": 0.0, "high": high})


@dataclass(frozen=True)
class Settings:
    """Thresholds a rule reads; a config file may change them (``quote-cutoff = 90``)."""

    quote_anchored_cutoff: float = _threshold(
        60.0, "how alike two quotes of one speaker on one subject must be to be one remark"
    )
    quote_cutoff: float = _threshold(85.0, "how alike two quotes must be to be one remark")
    name_cutoff: float = _threshold(80.0, "how alike two spellings must be to be one name")
    tally_context_cutoff: float = _threshold(
        80.0, "how alike the words around two figures must be for them to count the same thing"
    )
    numeric_tolerance: float = _threshold(
        0.1, "the share by which two approximate figures may differ and still agree", high=1.0
    )
    # raised from 80: "officials said" and a street name alone made two events one
    date_event_cutoff: float = _threshold(
        85.0, "how alike the words of two dated events must be for them to be one happening"
    )


@dataclass(frozen=True)
class SettingDoc:
    """One setting as users see it: its config key, default, bounds and what it does."""

    name: str
    key: str
    default: float
    low: float
    high: float
    doc: str


def declared() -> list[SettingDoc]:
    """Every setting, in declaration order."""
    defaults = Settings()
    return [
        SettingDoc(f.name, f.name.replace("_", "-"), getattr(defaults, f.name), *(f.metadata[k] for k in META))
        for f in dataclasses.fields(Settings)
    ]
