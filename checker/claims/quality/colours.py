"""The colour of a vehicle named by its make ("a silver Toyota Camry", "a gray 2013 Toyota Camry"), which police
descriptions repeat and outlets copy wrongly. Read where a colour word comes right before a make (a year may
stand between), with the model's capitalised words after the make; the thing is keyed by make and model as
written ("toyota camry"). Two colours joined ("silver-grey", "black and white") are one description of both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.document import Document
from checker.models import QualityClaim
from checker.normalise.patterns import alternation

MODEL_WORD = r"[A-Z][\w-]*|\d+[A-Za-z][\w-]*"  # "Camry", "Crown Victoria", "F-150", "4Runner"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    data = lang.load().qualities
    words = alternation((w for ws in data.colours.values() for w in ws), fold_case=False)
    joiner = alternation(data.colour_joiners, fold_case=False)
    makes = alternation(data.vehicle_makes, fold_case=False)
    return re.compile(
        rf"\b(?P<colours>(?:{words})(?:(?:\s*{joiner}\s*)+(?:{words}))?)\s+(?:(?:19|20)\d\d\s+)?"
        rf"(?P<make>{makes})(?P<model>(?:\s+(?:{MODEL_WORD}))*)\b"
    )


@lru_cache(maxsize=1)
def _colour_of() -> dict[str, str]:
    return {w: colour for colour, ws in lang.load().qualities.colours.items() for w in ws}


def read_colours(doc: Document) -> list[QualityClaim]:
    """Each vehicle an article describes by colour, with the colours given."""
    colour_of = _colour_of()
    out = []
    for sent in doc.sentences:
        for m in _pattern().finditer(doc.text, sent.start, sent.end):
            named = (m.group("make") + m.group("model")).split()
            colours = sorted({colour_of[w] for w in re.findall(r"[a-z]+", m.group("colours")) if w in colour_of})
            out.append(
                QualityClaim(
                    **doc.located(m.start(), m.end(), sent),
                    quality="colour",
                    values=tuple(colours),
                    thing=" ".join(w.lower() for w in named),
                )
            )
    return out
