"""Schema of ``lang/en/qualities.yaml``: qualities a story gives of a thing it names (a vehicle's colour, what a
person died of)."""

from __future__ import annotations

from pydantic import field_validator

from checker.lang.base import Strict


class QualityExample(Strict):
    text: str
    thing: str  # the thing's key ("toyota camry"), or "" when the sentence describes none
    colours: list[str]  # the colours read, by their names under ``colours``


class DeathExample(Strict):
    text: str
    person: str  # the person's key ("mark felt"), or "" when the sentence gives no cause to compare
    cause: list[str]  # the cause's words as compared (kin, generic words left out)


class DeathPlaceExample(Strict):
    text: str
    person: str  # the person's key, or "" when the sentence gives no place of death
    place: list[str]  # the kinds of place read, by their names under ``places``


class DeathData(Strict):
    """ "<name> died (a few words) of/from <cause>" (read by checker/claims/quality/)."""

    verbs: dict[str, list[str]]  # a verb of death and the words before its cause: "died" "of", "succumbed" "to"
    hedges: list[str]  # left out before the cause: "an apparent", "complications from"
    stops: list[str]  # words that end the cause: "at" a hospice, "in" his home; none stands between verb and cause
    time_words: list[str]  # when: between the verb and the cause ("died EARLY Monday of"), or ending the cause
    vague: list[str]  # words of a cause that says nothing to compare ("natural causes", "a long illness")
    generic: list[str]  # words a cause may add without naming another one ("heart FAILURE", "Alzheimer's DISEASE")
    kin: list[list[str]]  # words for one cause, the first standing for all ("cardiac" is "heart")
    examples: list[DeathExample]
    places: dict[str, list[str]]  # a kind of place of death and the words for it ("hospital": "infirmary")
    places_within: dict[str, list[str]]  # kinds of place one kind holds: a death "in prison" may be in its hospital
    place_before: list[str]  # "at", "in": the word before the place
    place_stops: list[str]  # words after which a place is another happening's ("after being taken to hospital")
    place_examples: list[DeathPlaceExample]


class QualitiesData(Strict):
    """A vehicle named by its make and described by colour (read by checker/claims/quality/)."""

    colours: dict[str, list[str]]  # a colour and the words written for it ("grey": [grey, gray])
    colour_joiners: list[str]  # between two colours of one description: "silver-GREY", "black AND white"
    vehicle_makes: list[str]  # as written, capitalised: "Toyota", "Mercedes-Benz"
    examples: list[QualityExample]
    death: DeathData

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

