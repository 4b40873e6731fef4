"""Schemas of the place and scope data: events and happenings, places in text, scope, bases."""

from __future__ import annotations

import re

from pydantic import field_validator, model_validator

from checker.lang.base import Strict, _lower_all


class EventsData(Strict):
    events: list[str]
    happenings: dict[str, list[str]]
    same_thing: list[list[str]]  # words that name one kind of thing a date dates ("film", "movie")
    stem_suffixes: list[str]  # endings cut to find a word's stem ("convictions" -> "convict"), longest first
    # prepositions before a year or month that date the verb's happening ("overturned IN 2007"); others
    # ("after 1957", "by 1958") bound it, and are not keyed
    dated_in: list[str]
    # verbs whose year is keyed without an object: a person does each once ("disappeared in 1957")
    dated_alone: list[str]
    dated_not_things: list[str]  # objects that say nothing of what was done ("found HIM guilty")
    generic_words: list[str]  # words two dated sentences may share and still tell of different happenings
    # happenings a story has once (one fire, one crash): each article's first date of it is the story's
    once_per_story: list[str]

    @model_validator(mode="after")
    def _known_happenings(self) -> EventsData:
        unknown = set(self.once_per_story) - set(self.happenings)
        if unknown:
            raise ValueError(f"once_per_story names no happening: {sorted(unknown)}")
        return self


class EventPlaceExamples(Strict):
    distances: list[str]  # the words before a place that make it a reference point ("50km from the ")
    ranks: list[tuple[str, int]]  # the words before a place and its rank (0 where, 2 a route's end, 1 neither)
    apposed: list[str]  # the words before a place that place it by a comma ("in the hills of X regency, ")
    names_of: list[str]  # the words before a place that name the person from there ("Ka'Loni Flynn of ")


class ResidenceExample(Strict):
    text: str
    person: str  # the name as written
    place: str  # the place as written, or "" when the sentence gives none


class Residence(Strict):
    """Where a named person lives or comes from (``lang/en/places.yaml`` residence, read by
    checker/claims/residence.py)."""

    after_name: list[str]  # "Christopher Simpson, 26, OF Fort Coffee", "a man FROM Spiro"
    relative: list[str]  # "Raj Chohan, WHO lived in South Ozone Park"
    lived: list[str]  # "Raj Chohan, who LIVED in South Ozone Park"
    lived_in: list[str]  # "who lived half a mile away IN South Ozone Park"
    home: list[str]  # "Tom Hale died at HIS HOME IN Ojai": the person's home, later in the sentence
    not_places: list[str]  # a run ending in one of these is an organisation, not a home ("Bank", "University")
    org_markers: list[str]  # a run holding one of these anywhere is an organisation ("CF Atletico Turia")
    street_words: list[str]  # a run ending in one of these is an address: compared with addresses only
    examples: list[ResidenceExample]


class EventPlace(Strict):
    """Which place an article ties to its event (``lang/en/places.yaml``, read by checker/analysis/event.py)."""

    articles: list[str]  # "in THE hills"
    where: list[str]  # "IN Palu": where it happened
    route: list[str]  # "from Makassar TO Palu": a route's end
    apposed: list[str]  # "IN the hills of Pasangkayu regency, West Sulawesi"
    name_of: list[str]  # "Ka'Loni Flynn OF Fort Smith" (case-sensitive)
    distance_units: list[str]  # "120 MILES south of Peshawar"
    distance_from: list[str]  # "120 miles SOUTH OF Peshawar"
    examples: EventPlaceExamples


class PlacesInTextExamples(Strict):
    locative: list[str]  # the words before a place that place it
    level_after: list[str]  # the words after a name that make it a place
    contained: list[tuple[str, str]]  # the words after a place that put it in a division, and that division
    unlisted: list[tuple[str, str, str]]  # a sentence naming an unknown place, the place and its division
    country_possessions: list[str]  # "'s government"
    clocks: list[str]  # " local time"
    attributes: list[str]  # "-flagged oil tanker"
    demonyms: list[str]  # "Sri Lankan"
    not_name_tails: list[tuple[str, str]]  # a sentence and a place the word before it does not lengthen
    feature_tails: list[tuple[str, str]]  # a sentence and the word ending a natural feature's name in it: no place


class PlacesInText(Strict):
    """How a place is told in running text (``lang/en/places.yaml``, read by checker/analysis/mentions.py and
    entities.py)."""

    locative: list[str]  # "IN Kabul", "IN THE CITY OF Kabul"
    locative_modifiers: list[str]  # "in SOUTHERN Kabul"
    level_after: list[str]  # "Helmand PROVINCE"
    level_of: list[str]  # "the PROVINCE of Ravenna"
    level_named: list[str]  # "in Cuttack DISTRICT"
    not_level: list[str]  # "Lagos State": not a second word of a division's name
    division_ends: list[str]  # "Talcher, in Angul DISTRICT"
    kind_after: list[str]  # "Talcher DISTRICT, in Angul"
    kind_of: list[str]  # "Kotri TOWN of Jamshoro"
    appositive_articles: list[str]  # "Kotri, A town in Jamshoro"
    appositive_modifiers: list[str]  # "Kotri, a SMALL town in Jamshoro"
    appositive_kinds: list[str]  # "Kotri, a TOWN in Jamshoro"
    appositive_in: list[str]  # "Kotri, a town IN Jamshoro"
    articles: list[str]  # "in THE province of Ravenna"
    within: list[str]  # "Traversara, IN the province of Ravenna"
    of: list[str]  # "the province OF Ravenna"
    unlisted_before: list[str]  # "IN Traversara, in the province of Ravenna"
    unlisted_kind_of: list[str]  # "in Kotri DISTRICT of Jamshoro"
    country_possessions: list[str]  # "Iraq's GOVERNMENT"
    clock_after: list[str]  # "10.12pm Jakarta TIME"
    attribute_after: list[str]  # "a Panama-FLAGGED tanker": no place of the event
    demonym_endings: dict[str, str]  # "Sri LankAN" is Sri LankA
    name_modifiers: list[str]  # "GREATER Jakarta"
    feature_words: list[str]  # "Penobscot BAY", "Hudson RIVER": after a name, a natural feature's word, no town
    examples: PlacesInTextExamples


class StreetExample(Strict):
    text: str
    key: str  # the street's name as compared ("" when the text names no street)
    type: str  # its kind of street ("street", "road")
    block: int  # the block the text gives, 0 for none


class Streets(Strict):
    """Street names and the blocks of an address (``lang/en/places.yaml`` streets, read by
    checker/claims/street.py)."""

    types: dict[str, list[str]]  # a kind of street and the words (capitalised, full stop optional) that write it
    directions: list[str]  # "EAST 223rd Street": a direction before the name, not part of it
    block: list[str]  # "the 12000 BLOCK OF East 223rd Street"
    crossing: list[str]  # "West End Avenue AT 31st Avenue North": two streets that meet, a corner
    examples: list[StreetExample]


class PlacesData(Strict):
    level_words: list[str]
    country_aliases: dict[str, str]
    # a country's divisions as news abbreviates them after a town: "Durham, N.C." (country code -> abbreviation -> name)
    division_abbreviations: dict[str, dict[str, str]]
    compass: dict[str, str]
    spelling_variants: dict[str, str]
    name_suffixes: list[str]
    origin_before: list[str]
    origin_after: list[str]
    event_place: EventPlace
    in_text: PlacesInText
    residence: Residence
    streets: Streets

    _lower = field_validator("level_words")(classmethod(lambda cls, v: _lower_all(v)))

    @field_validator("country_aliases")
    @classmethod
    def iso_codes(cls, v: dict[str, str]) -> dict[str, str]:
        bad = [code for code in v.values() if len(code) != 2 or not code.isupper()]
        if bad:
            raise ValueError(f"country aliases must map to ISO 3166 alpha-2 codes, not {bad}")
        return v


class ScopeExamples(Strict):
    background: list[tuple[str, str]]  # a sentence and a figure in it that is another event's
    main: list[tuple[str, str]]  # a sentence and a figure in it that is the story's own
    parts: list[tuple[str, str]]  # a sentence and a figure in it that counts a part of a whole told elsewhere
    wholes: list[tuple[str, str]]  # a sentence and a figure in it that counts no such part
    history: list[str]  # phrases that tell of history, not the event ("in 19 years of war")
    year_dates: list[str]  # phrases ending in a year that is a date ("since June 2004")
    own_year_dates: list[str]  # ... that dates the sentence's own happening ("convicted in June 1998")
    not_own_year_dates: list[str]  # ... that does not ("the strongest since 2004")


class OfThose(Strict):
    prepositions: list[str]  # "OF those, 318 ...", "AMONG them, 12 ..."
    wholes: list[str]  # "of THOSE, 318 ..."


class StillInCare(Strict):
    staying: list[str]  # "12 REMAINED in hospital", "12 WERE STILL in hospital"
    in_care: list[str]  # "12 remained IN HOSPITAL", "12 were still HOSPITALIZED"


class History(Strict):
    spans: list[str]  # "DECADES of war"
    years: list[str]  # "19 YEARS of war", "1 YEAR of war"
    of: list[str]  # "19 years OF war"
    wars: list[str]  # "19 years of WAR"
    since: list[str]  # "the worst SINCE 1998"
    phrases: list[str]  # "the deadliest IN HISTORY"


class OtherYear(Strict):
    prepositions: list[str]  # "IN 2016", "SINCE September 2023"
    qualifiers: list[str]  # "since EARLY 2020", "in MID-2019"


class YearDate(Strict):
    prepositions: list[str]  # "IN 1957", "SINCE June 2004": the year is a date
    own: list[str]  # "IN June 1998", "DURING 2004": the date of the sentence's own happening
    qualifiers: list[str]  # "in EARLY 2010", "in MID-2019"


class ScopeData(Strict):
    past_event: list[str]  # regex fragments: the figure's clause tells of another, earlier event
    comes_after: list[str]  # regex fragments: what follows in the sentence is an earlier event
    relative_openers: list[str]  # ", who had four children": a relative clause bounds a figure's clause
    # words (a space standing for any white space, unless said): a figure that counts a part of a whole,
    # is another figure's base, counts down a clock, or tells of history or of another year
    partitive: list[str]  # "eight OF them", "14 OF the 189 occupants"
    part_of: list[str]  # "eight of THEM", "some of WHOM"
    part_of_the: list[str]  # "ten of THE soldiers" (no figure after it)
    base_of: list[str]  # "14 of THE 189 occupants": the 189 is the 14's base
    of_those: OfThose
    including: list[str]  # ", INCLUDING seven police officers" (a single space between words)
    asides: list[str]  # ", MOSTLY teenagers," after a figure, as `including` (a single space between words)
    aside_of: list[str]  # ", six of THEM teenagers,"
    countdown: list[str]  # "two minutes FROM TIME", "with 7:41 LEFT"
    still: StillInCare
    history: History
    other_year: OtherYear
    year_date: YearDate
    examples: ScopeExamples

    @field_validator("past_event", "comes_after")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        for fragment in v:
            try:
                re.compile(fragment)
            except re.error as err:
                raise ValueError(f"{fragment!r}: {err}") from err
        return v


class Headquarters(Strict):
    nouns: list[str]  # "Harbec's headquarters at Aarhus", "its head office in Aarhus"
    possessive: list[str]  # "Harbec'S headquarters"
    pronouns: list[str]  # "Harbec would keep ITS headquarters in Aarhus"
    joiners: list[str]  # "its headquarters AND brand in Aarhus"
    prepositions: list[str]  # "headquarters IN Aarhus", "headquarters AT Aarhus"


class BasesData(Strict):
    """Where organisations are based: words matched case-sensitively, as written (a space stands for any
    white space). Each example is a sentence, the place in it and the organisation based there."""

    based: list[str]  # "Munich-BASED Orvane", "Dulmar, which is HEADQUARTERED in Rotterdam"
    which_is: list[str]  # "Dulmar, WHICH IS headquartered in Rotterdam"
    based_in: list[str]  # "Orvane, based IN Stuttgart"
    articles: list[str]  # "Orvane, THE Stuttgart car parts maker"; "The Orvane Group" is "Orvane Group"
    organisation_nouns: list[str]  # "Rotterdam logistics GROUP Dulmar"
    headquarters: Headquarters
    examples: list[tuple[str, str, str]]
