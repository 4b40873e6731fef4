"""Language data (number words, hedges, counted nouns, outcomes, speech verbs, titles, roles, acts, places,
the words read around a figure).

The data lives in small YAML files under ``lang/en/``; each file is validated by a pydantic schema on
load, so a typo in the data fails loudly and early (see tests/test_lang_data.py).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from importlib import resources
from typing import Any, Literal, NamedTuple

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _lower_all(values: list[str]) -> list[str]:
    return [v.lower() for v in values]


class Hedge(Strict):
    prefix: list[str]
    suffix: list[str]


class NumbersData(Strict):
    hedges: dict[str, Hedge]
    ordinal_suffixes: list[str]  # "1ST", "the 3RD of March", "the 32ND minute"
    vague: dict[str, tuple[float | None, float | None]]
    multipliers: dict[str, float]
    ambiguous_words: list[str]
    negative: list[str]  # words that make the figure after them negative ("minus 17 degrees")

    @field_validator("hedges")
    @classmethod
    def known_hedges(cls, v: dict[str, Hedge]) -> dict[str, Hedge]:
        expected = {"at_least", "more_than", "at_most", "fewer_than", "about"}
        if set(v) != expected:
            raise ValueError(f"hedges must be exactly {sorted(expected)}")
        return v


class Category(Strict):
    parent: str | None
    nouns: list[str]


class Unit(Strict):
    base: str
    factor: float
    words: list[str]


class CountedData(Strict):
    categories: dict[str, Category]
    implied_outcomes: dict[str, str]
    units: dict[str, Unit]
    currencies: dict[str, str]
    not_currency_codes: list[str]
    not_currency_words: list[str]
    money_cues: list[str]  # words that make a currency name that is also a unit ("pounds") money
    range_currencies: list[str]  # before a range's second figure ("20 to EUR 30"); a final full stop is optional

    @field_validator("categories")
    @classmethod
    def parents_exist(cls, v: dict[str, Category]) -> dict[str, Category]:
        for name, cat in v.items():
            if cat.parent is not None and cat.parent not in v:
                raise ValueError(f"category {name!r} has unknown parent {cat.parent!r}")
        return v


class Outcome(Strict):
    parent: str | None
    cues: list[str]
    # how its figure moves as a story develops: "toll" (a later, higher figure is an update only when told
    # as one), "running" (a running total: arrests only add up, any later, higher figure is an update),
    # "either" (the missing are found, the evacuated return: any later figure is an update)
    course: Literal["toll", "running", "either"] = "toll"


class ZeroWords(Strict):
    auxiliaries: list[str]  # "no one WAS hurt", "no deaths HAVE BEEN reported"
    degrees: list[str]  # "no one was SERIOUSLY hurt"
    reported: list[str]  # "no deaths were REPORTED"
    phrase_ends: list[str]  # words after the outcome that end its phrase: "no deaths IN the attack"


class OutcomesData(Strict):
    outcomes: dict[str, Outcome]
    hypothetical: list[str]
    nobody: list[str]  # subjects that count no one: "no one was hurt"
    zero_words: ZeroWords
    none_of: list[str]  # the word before an outcome noun that counts none: "no deaths were reported"
    zero_examples: list[tuple[str, str]]  # a sentence and the outcome its zero toll must read as
    zero_non_examples: list[str]  # sentences that must give no zero toll
    negations: list[str]  # before an outcome word, deny it: "200 passengers who were not hurt"
    update_cues: list[str]  # words of a later sentence that tell its toll as an update: "the toll rose to 12"
    first_figure_words: list[str]  # words of an earlier sentence that tell its toll was a first one: "initial"


class PronounSaid(Strict):
    pronouns: list[str]
    verbs: list[str]


class AttributionExamples(Strict):
    roles: list[tuple[str, str, str]]  # a sentence, the speaker named there and the role given (lower-cased)
    quotes: list[tuple[str, str, str]]  # sentences, a quote's first words and the speaker it is attributed to


class Attribution(Strict):
    """How news names a speaker around a name (``lang/en/speech.yaml``, read by checker/extract/attribution.py):
    words matched as written, a space standing for any white space."""

    appositive_articles: list[str]  # "Maria Lopez, A spokeswoman for the ministry"
    role_ends: list[str]  # "..., a spokeswoman for the ministry, SAID"
    title_ends: list[str]  # "..., Lagos State Commissioner for Physical Planning, SAID"
    title_joiners: list[str]  # "Commissioner FOR Physical Planning AND Urban Development"
    definite: list[str]  # "THE Commissioner for Housing, Mrs. X" (capitalised too)
    honorifics: list[str]  # "The Commissioner for Housing, MRS. X"
    honorific_roles: list[str]  # a role that is only an honorific gives way to a title before the name
    post_relative: list[str]  # "Jane Doe, WHO resigned as Power Minister"
    post_auxiliaries: list[str]  # "Jane Doe, who HAS resigned as Power Minister"
    post_verbs: list[str]  # "Jane Doe, who RESIGNED as Power Minister"
    post_as: list[str]  # "Jane Doe, who resigned AS Power Minister"
    role_prepositions: list[str]  # "Jane Doe, deputy director general OF the coast guard"
    unnamed_articles: list[str]  # "A spokesman for the governor said" (capitalised too)
    unnamed_roles: list[str]  # "a SPOKESMAN for the governor said"
    unnamed_prepositions: list[str]  # "a spokesman FOR the governor said"
    unnamed_adverbs: list[str]  # "a spokesman for the governor ALSO said"
    unnamed_verbs: list[str]  # "a spokesman for the governor SAID"
    colon_occasions: list[str]  # 'Meera Dash AT the camp: "..."'
    pronoun_said: PronounSaid  # '"...," SHE SAID'
    said_pronoun: PronounSaid  # '"...," SAID HE'
    said_phrases: list[str]  # '"...," ACCORDING TO her'
    examples: AttributionExamples


class SpeechData(Strict):
    verbs: list[str]
    according_to: list[str]
    pronouns: list[str]
    # a short word one transcript of a long remark has and another lacks ("so insidious is it" / "so
    # insidious it"): a slip of the pen, told as a note; remarks of fewer words are told as variants
    slip_words: list[str]
    slip_min_words: int = Field(ge=1)
    function_words: list[str]  # with slip_words: words two short remarks may share and still be two remarks
    short_remark_words: int = Field(ge=1)
    unnamed_sources: list[str]  # "in a statement from her people, it was confirmed": a source of its own, unnamed
    possessive_endings: list[str]  # "Reid's rep told Us": the possessor is not the speaker
    quote_abbreviations: dict[str, str]  # "complied W/ the order": an abbreviation and the word it stands for
    web_suffixes: list[str]  # "MySpace.COM" is MySpace
    quote_examples: list[tuple[str, str]]  # two remarks keyed alike (checker/extract/quotes.py)
    attribution: Attribution


class TitlesData(Strict):
    abbreviations: dict[str, str]
    rank_groups: dict[str, list[str]]
    honorifics: list[str]
    name_titles: list[str]
    offices: dict[str, list[str]]
    shared_offices: list[str]  # offices several people hold at once (an organisation has many spokespeople)
    posts: list[str]


class RolesData(Strict):
    role_nouns: list[str]
    role_modifiers: list[str]  # "FORMER PROVINCIAL police chief Ali Raza"
    not_role_words: list[str]  # "THE former police chief Ali Raza", "BUT police chief Ali Raza": no part of a role
    jurisdiction_offices: list[str]
    organisation_nouns: list[str]


class Act(Strict):
    single_agent: bool
    shared_objects: list[str] = []  # objects several agents sign together (both parties to a deal)
    verbs: list[str]
    nouns: list[str]
    objects: list[str]


class ActAgents(Strict):
    """How an act's agent is found around its verb (``lang/en/acts.yaml``, read by checker/extract/roles.py)."""

    determiners: list[str]  # "signed THE deal"
    object_of: list[str]  # "the search FOR the missing was called off by X"
    articles: list[str]  # "the search for THE missing"
    auxiliaries: list[str]  # "the deal WAS signed by X"
    times: list[str]  # "was called off YESTERDAY by X"
    day_words: list[str]  # "was called off ON Monday by X": a word after
    clock_words: list[str]  # "was called off AT 3:30 p.m. by X"
    clock_hedges: list[str]  # "at ABOUT 3:30 p.m."
    by: list[str]  # "the deal was signed BY X"
    noun_to: list[str]  # "the order TO fire was given by X"
    noun_auxiliaries: list[str]  # "the order to fire WAS given by X"
    noun_given: list[str]  # "the order to fire was GIVEN by X"
    relative_times: list[str]  # "the evacuation, ordered ON October 21 by X"
    witness_of: list[str]  # "witnessed the signing OF the deal"
    relatives: list[str]  # "X, WHO had long opposed it, signed the deal"
    appositive_articles: list[str]  # "X, A group active in the north, claimed the attack"
    name_joiners: list[str]  # "Ministry OF Defence" (case-sensitive)
    name_articles: list[str]  # "THE Taliban" (as written)
    key_stopwords: list[str]  # left out of an organisation's key


class MatchMinutes(Strict):
    after: list[str]  # "ON 58 minutes"
    minutes: list[str]  # "on 58 MINUTES"
    bracketed: list[str]  # "(58 MINS)"
    left: list[str]  # "two MINUTES FROM TIME"


class ActRoleExample(NamedTuple):
    text: str
    act: str
    agent: str  # as written
    key: str
    obj: str
    relation: Literal["agent", "witness"]


class ActExamples(Strict):
    roles: list[ActRoleExample]  # a sentence, the act, its agent (or witness) and key, the object, the relation
    minutes: list[tuple[str, int]]  # a sentence and the match minute read in it


class ActsData(Strict):
    acts: dict[str, Act]
    synonyms: dict[str, str]
    witness_verbs: list[str]
    agents: ActAgents
    match_minutes: MatchMinutes
    examples: ActExamples


class NameExamples(Strict):
    people: list[tuple[str, list[str]]]  # a sentence and the people it names
    compounds: list[str]  # compound adjectives: no person's name ("US-backed")
    not_compounds: list[str]  # a given name's syllables ("Seung-jun")


class NamesData(Strict):
    not_names: list[str]
    non_person_words: list[str]
    # how a person's name is told in running text (checker/extract/entities.py), matched as written
    connectors: list[str]  # "Bank OF England", "Osama BIN Laden"
    name_of: list[str]  # "Mayor Wilson Sambrano OF Pedernales"
    compound_endings: list[str]  # "US-backED"
    compound_words: list[str]  # "state-RUN"
    said_before: list[str]  # "SAID Okafor"
    said_after: list[str]  # "Okafor SAID"
    examples: NameExamples

    _lower = field_validator("not_names", "non_person_words")(classmethod(lambda cls, v: _lower_all(v)))


class MeasuresData(Strict):
    measures: dict[str, list[str]]
    directions: dict[str, list[str]]
    once_per_event: list[str]  # measures an event has once: each article's first figure of it is the event's
    dimensions: list[str]  # the word after a measured figure that says which extent it is ("40 metres wide")

    @model_validator(mode="after")
    def known_measures(self) -> MeasuresData:
        unknown = [m for m in self.once_per_event if m not in self.measures]
        if unknown:
            raise ValueError(f"once_per_event names measures not listed: {unknown}")
        return self


class EventsData(Strict):
    events: list[str]
    happenings: dict[str, list[str]]
    same_thing: list[list[str]]  # words that name one kind of thing a date dates ("film", "movie")
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


class EventPlace(Strict):
    """Which place an article ties to its event (``lang/en/places.yaml``, read by checker/extract/event.py)."""

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
    demonyms: list[str]  # "Sri Lankan"
    not_name_tails: list[tuple[str, str]]  # a sentence and a place the word before it does not lengthen


class PlacesInText(Strict):
    """How a place is told in running text (``lang/en/places.yaml``, read by checker/extract/entities.py)."""

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
    demonym_endings: dict[str, str]  # "Sri LankAN" is Sri LankA
    name_modifiers: list[str]  # "GREATER Jakarta"
    examples: PlacesInTextExamples


class PlacesData(Strict):
    level_words: list[str]
    country_aliases: dict[str, str]
    compass: dict[str, str]
    spelling_variants: dict[str, str]
    name_suffixes: list[str]
    origin_before: list[str]
    origin_after: list[str]
    event_place: EventPlace
    in_text: PlacesInText

    _lower = field_validator("level_words")(classmethod(lambda cls, v: _lower_all(v)))

    @field_validator("country_aliases")
    @classmethod
    def iso_codes(cls, v: dict[str, str]) -> dict[str, str]:
        bad = [code for code in v.values() if len(code) != 2 or not code.isupper()]
        if bad:
            raise ValueError(f"country aliases must map to ISO 3166 alpha-2 codes, not {bad}")
        return v


class CalendarData(Strict):
    months: dict[str, list[str]]
    weekdays: dict[str, list[str]]
    time_zones: dict[str, str]

    @field_validator("months", "weekdays")
    @classmethod
    def complete(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        if len(v) not in (7, 12):
            raise ValueError("want the 12 months or the 7 weekdays")
        return v

    @field_validator("time_zones")
    @classmethod
    def known_zones(cls, v: dict[str, str]) -> dict[str, str]:
        from zoneinfo import ZoneInfo

        for abbr, zone in v.items():
            ZoneInfo(zone)  # raises for a zone the tz database does not know
            if abbr != abbr.lower():
                raise ValueError(f"time-zone abbreviations are lower case: {abbr!r}")
        return v


class Clock(Strict):
    """Words of a time of day (``lang/en/dates.yaml``)."""

    before_noon: list[str]  # "3am", "3 a.m.", "3 A.M.": letters, each may take a full stop (and a space after it)
    after_noon: list[str]  # "3pm", "3 p.m."
    universal: list[str]  # "0737 GMT", "3pm UTC": as written (capitals), matched wherever they start
    hours: list[str]  # "1400 hrs", "0737 Z": as written; with `universal`, make four digits a 24-hour time
    local: list[str]  # "15:12 local time": the place's own time
    after_figure: list[str]  # "7 o'clock", "12h", "14.30 hrs" (with the halves and `universal`): no count
    hedges: dict[str, int]  # "shortly after 3pm": the minutes either side the time may be
    pace_per: list[str]  # "2:52 PER kilometre", "2:52 A mile": a pace, not a time
    pace_units: list[str]  # "2:52 per KILOMETre": the start of the word
    game_clock: list[str]  # "with 7:41 LEFT", "2:56 INTO THE round": a game clock, not a time


class DateExample(Strict):
    text: str
    expression: str  # the date as it is normalised ("tuesday night", "03-12")
    start: dt.date
    end: dt.date | None = None  # the last day it dates, when not ``start``


class TimeExample(Strict):
    text: str
    clock: int  # minutes after midnight
    tolerance: int = 0
    zone: str | None = None


class DateExamples(Strict):
    dates: list[DateExample]
    not_dates: list[tuple[str, str]]  # a sentence and a word of it that starts no date
    times: list[TimeExample]
    not_times: list[str]  # sentences with no time of day
    events: list[tuple[str, str]]  # a sentence and the words read as the event its date dates


DayMeaning = Literal["yesterday", "today", "last_night", "last_weekend", "this_weekend", "weekend", "last_week",
                     "next_week"]


class DatesData(Strict):
    """Words of dates and times as news writes them, read by checker/extract/dates.py (the month and weekday
    names are calendar.yaml's). Matched as whole words, ignoring case, a space standing for any white space,
    unless a comment says otherwise."""

    weekday_before: dict[str, Literal["last", "this", "next"]]  # "LAST Tuesday": the week it points to
    weekday_after: dict[str, Literal["last", "next"]]  # "Saturday LAST WEEK"
    day_parts: dict[str, Literal["night", "day"]]  # "Tuesday NIGHT" runs into Wednesday
    possessive: list[str]  # "Tuesday'S collapse": a day that has been, never one ahead
    relative_days: dict[str, DayMeaning]  # "YESTERDAY", "LAST WEEK": counted from the publication date
    month_of: list[str]  # "April OF 2007", "the 3rd OF March"
    date_article: list[str]  # "on Saturday, THE 1st of March"
    year_span: list[str]  # "2010 TO 2012": a span's start, not a year
    year_determiners: list[str]  # "THE 2005 film", "A 2008 conviction": a year
    span_ends: list[str]  # "from September 2010 TO January 2011": a span's end, not a happening's date
    future: list[str]  # in a weekday's own clause, a day ahead: "WOULD be produced ... on Wednesday"
    from_day: list[str]  # right before a weekday (case-sensitive), a day ahead: "FROM Monday"
    span_starts: list[str]  # "SINCE Saturday": a span's start, not an event's day
    span_between: dict[str, str]  # "BETWEEN Saturday AND Tuesday": a span's ends
    clock: Clock
    event_stopwords: list[str]  # words that say nothing about which moment a date or time belongs to
    examples: DateExamples


class AnatomyExamples(Strict):
    furniture: list[str]
    prose: list[str]


class AnatomyData(Strict):
    stamp_words: list[str]
    stamp_signals: list[str]
    byline_openers: list[str]
    byline_joiners: list[str]
    byline_max_words: int
    stamp_max_words: int
    stamp_other_words: int
    examples: AnatomyExamples

    _lower = field_validator("stamp_words", "stamp_signals", "byline_openers", "byline_joiners")(
        classmethod(lambda cls, v: _lower_all(v))
    )


WORDS = re.compile(r"[a-z]+(?:[ -][a-z]+)*")


class FigureExample(Strict):
    """A figure of a sentence and how the count extractor reads it: no count, or the fields given."""

    text: str
    figure: str  # where the figure stands in the text
    count: bool = True  # False: no count is read there (a date, a time, a name, an age, a score, ...)
    noun: str | None = None
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    measure: str | None = None
    direction: str | None = None


class CountingExamples(Strict):
    not_counts: list[str]
    noun_phrases: list[tuple[str, str]]
    affiliations: list[tuple[list[str], str | None]]  # capitalised words before a noun and their affiliation
    raw_categories: list[tuple[str, str]]  # a counted noun with no category and the category it names
    figures: list[FigureExample]  # read by the whole extractor, in tests/test_lang_data.py


class CountingData(Strict):
    """Words read around a figure. They go into patterns as written (no escaping), so each must be plain words;
    from ``partitive`` on, a space in a phrase stands for any white space."""

    noun_phrase_stops: list[str]
    context_stopwords: list[str]
    auxiliaries: list[str]
    increment_after: list[str]
    increment_before: list[str]
    change_verbs: list[str]
    fractions: list[str]
    toll_nouns: list[str]
    toll_verbs: list[str]
    scale_nouns: list[str]
    temperature_scales: list[str]
    share_bases: list[str]
    direction_after: list[str]
    partitive: list[str]  # "a quarter OF a million", "a crowd OF 47,312", "46.4% OF valid votes"
    # which numbers are figures (count_figures.py); each list is one pattern's words
    match_minute: list[str]
    rate_ones: list[str]
    rate_of: list[str]
    glued_abbreviations: list[str]
    plural_nouns: list[str]
    part_joiners: list[str]  # between the parts of a sum: "seven soldiers and four police", "plus"
    coordinators: list[str]  # "12 men and women": a noun joined to the counted one
    plural_endings: list[str]
    not_plural_endings: list[str]
    year_prepositions: list[str]
    not_name_words: list[str]
    not_name_endings: list[str]
    age_before: list[str]
    age_after: list[str]
    range_percent: list[str]
    range_to: list[str]
    range_and: list[str]
    range_between: list[str]
    vote_nouns: list[str]
    vote_words: list[str]
    vote_stems: list[str]
    change_by: list[str]
    change_hedges: list[str]
    change_either: list[str]
    # what a figure counts (count_nouns.py)
    possessors: list[str]
    verb_endings: list[str]
    cue_auxiliaries: list[str]
    cue_adverbs: list[str]
    ellipsis_joiners: list[str]
    ellipsis_prepositions: list[str]
    ellipsis_modifiers: list[str]
    toll_prepositions: list[str]
    bare_noun: str
    # a figure's unit and what it measures (count_measures.py)
    share_determiners: list[str]
    degree_nouns: list[str]
    # the claims built from a figure (counts.py)
    vote_sides: dict[str, str]  # the counted noun of each side of a vote: votes_for, votes_against
    not_affiliations: list[str]  # "THE Afghan soldiers": no affiliation
    raw_category_endings: list[str]  # "12 holdoutS" counts raw:holdout
    examples: CountingExamples

    @field_validator("vote_sides")
    @classmethod
    def _both_sides(cls, v: dict[str, str]) -> dict[str, str]:
        if set(v) != {"votes_for", "votes_against"}:
            raise ValueError("vote_sides names votes_for and votes_against")
        return v

    @field_validator("*")
    @classmethod
    def plain_words(cls, v: Any) -> Any:
        if isinstance(v, list):
            bad = [w for w in v if not WORDS.fullmatch(w)]
            if bad:
                raise ValueError(f"want lower-case words (a space or hyphen between words), not {bad}")
            if len(set(v)) != len(v):
                raise ValueError(f"a word listed twice in {v}")
        return v


class SuffixRewrite(Strict):
    from_: str = Field(alias="from")
    to: str
    min_length: int


class SpellingData(Strict):
    contractions: dict[str, str]
    is_contracted: list[str]
    suffixes: list[SuffixRewrite]
    keep: list[str]
    ordinals: dict[str, str]
    examples: list[tuple[str, str]]


class DatelineExample(Strict):
    text: str
    outlet: str | None = None
    place: str | None = None
    date: str | None = None  # "MM-DD" as printed, or "YYYY-MM-DD" when the dateline prints the year


class OutletExamples(Strict):
    datelines: list[DatelineExample]
    prose: list[str]


class OutletsData(Strict):
    agencies: dict[str, list[str]]
    front_matter_keys: list[str]
    examples: OutletExamples

    _lower = field_validator("front_matter_keys")(classmethod(lambda cls, v: _lower_all(v)))

    @field_validator("agencies")
    @classmethod
    def one_outlet_per_spelling(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        seen: dict[str, str] = {}
        for name, spellings in v.items():
            for spelling in spellings:
                if seen.setdefault(spelling.lower(), name) != name:
                    raise ValueError(f"{spelling!r} names both {seen[spelling.lower()]!r} and {name!r}")
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


def _read(lang: str, name: str) -> Any:
    text = resources.files("checker.lang").joinpath(lang, f"{name}.yaml").read_text(encoding="utf-8")
    # the C loader when PyYAML has it: the pure-Python one costs a third of a second at start-up
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506


@cache
def load(lang: str = "en") -> Lang:
    """The validated language data for ``lang``."""
    parts = {name: _read(lang, name) for name in Lang.model_fields}
    return Lang.model_validate(parts)
