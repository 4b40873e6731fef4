"""Schema of ``lang/en/ordinals.yaml``: a person's place in a succession ("Matt Smith, the 12th Doctor")."""

from __future__ import annotations

from pydantic import field_validator

from checker.lang.base import Strict


class OrdinalExample(Strict):
    text: str
    person: str  # the person's key ("matt smith"), or "" when the text gives no place in a succession
    ordinal: int  # the place (0 when none)
    noun: str  # what the succession is of, singular and lower case ("doctor")


class OrdinalsData(Strict):
    """Ordinals of a named person's place in a succession (read by checker/claims/ordinal.py), lower case."""

    words: dict[str, int]  # "twelfth": 12
    digit_endings: list[str]  # "12TH", "21ST"
    links: list[str]  # "Cheeks IS the fourth head coach": between the name and the ordinal
    determiners: list[str]  # "THE 12th Doctor"
    relative_openers: list[str]  # "Maurice Cheeks, WHO was fired ..., is the fourth head coach"
    noun_ends: list[str]  # "the fourth head coach SINCE King took over": the noun ends before these
    bounds: list[str]  # of those, the words that bound the succession ("SINCE King took over", "IN four years")
    record_after: list[str]  # "the first woman TO win": a record, not a place in a succession
    not_successions: list[str]  # "the second TIME": a time, a rank or a size
    examples: list[OrdinalExample]

    @field_validator(
        "words", "digit_endings", "links", "determiners", "noun_ends", "bounds", "record_after", "not_successions"
    )
    @classmethod
    def lower_case(cls, v: object) -> object:
        items = list(v) if isinstance(v, dict | list) else []
        if any(str(w) != str(w).lower() for w in items):
            raise ValueError("ordinals.yaml words are written in lower case")
        return v
