"""Schema of ``lang/en/qualities.yaml``: qualities a story gives of a thing it names (a vehicle's colour)."""

from __future__ import annotations

from pydantic import field_validator

from checker.lang.base import Strict


class QualityExample(Strict):
    text: str
    thing: str  # the thing's key ("toyota camry"), or "" when the sentence describes none
    colours: list[str]  # the colours read, by their names under ``colours``


class QualitiesData(Strict):
    """A vehicle named by its make and described by colour (read by checker/claims/quality.py)."""

    colours: dict[str, list[str]]  # a colour and the words written for it ("grey": [grey, gray])
    colour_joiners: list[str]  # between two colours of one description: "silver-GREY", "black AND white"
    vehicle_makes: list[str]  # as written, capitalised: "Toyota", "Mercedes-Benz"
    examples: list[QualityExample]

    @field_validator("colours")
    @classmethod
    def lower_case_words(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for colour, words in v.items():
            if any(w != w.lower() for w in [colour, *words]):
                raise ValueError(f"colour words are written in lower case: {colour}")
        return v

    @field_validator("vehicle_makes")
    @classmethod
    def capitalised(cls, v: list[str]) -> list[str]:
        bad = [m for m in v if not m[:1].isupper()]
        if bad:
            raise ValueError(f"vehicle makes are written as names, capitalised: {bad}")
        return v

