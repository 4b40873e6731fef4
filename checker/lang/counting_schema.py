"""Schemas of the counting data: numbers, counted nouns and units, outcomes, measures, the words read
around a figure."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import field_validator, model_validator

from checker.lang.base import WORDS, Strict


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
    hyphen_before: list[str]  # words a figure is glued to by a hyphen and still read ("magnitude-6.1")
    cardinals: list[str]  # the number words: "four", "twenty-one", "one hundred"
    cardinal_joiners: list[str]  # between two number words besides a space or hyphen: "one hundred AND five"
    article_numbers: dict[str, str]  # an article before number words and the number word it stands for: "A hundred"
    word_multipliers: list[str]  # a multiplier read with the number words before it: "two DOZEN"
    glued_multipliers: list[str]  # multipliers glued to a figure: "2.4BN", "$40M", "5K"
    money_only_multipliers: list[str]  # glued multipliers that multiply only money: "$40M", but "the 800M final"
    fraction_after: dict[str, float]  # "four AND A HALF months": what a fraction after a whole number adds
    lost_half: str  # "41/2 months": "4" and a half, printed without its space
    half_before_unit: list[str]  # "HALF A mile", "HALF AN hour": a half of the unit after it
    one_before_unit: list[str]  # "A mile and a half", "AN hour and a half": one unit and the fraction after it
    one_before_span: list[str]  # "A week ago", "ONE year earlier": one unit of time counted back
    examples: list[tuple[str, float | None]]  # a text and the value of its first number (None: no number read)
    over_span_hedged_after: list[str]  # "lasted OVER two hours" is more than two, "close OVER 18 months" across 18

    @field_validator("hedges")
    @classmethod
    def known_hedges(cls, v: dict[str, Hedge]) -> dict[str, Hedge]:
        expected = {"at_least", "more_than", "at_most", "fewer_than", "nearly", "about"}
        if set(v) != expected:
            raise ValueError(f"hedges must be exactly {sorted(expected)}")
        return v

    @model_validator(mode="after")
    def _known_multipliers(self) -> NumbersData:
        named = [*self.word_multipliers, *self.glued_multipliers, *self.money_only_multipliers]
        unknown = [m for m in named if m not in self.multipliers]
        if unknown:
            raise ValueError(f"multipliers named but not listed in `multipliers`: {unknown}")
        return self


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
    currency_signs: list[str]  # before a figure, glued or not: "$40m", "US$ 62"
    currency_abbreviations: list[str]  # before a figure, a full stop optional, a space after: "Rs. 8 crore"
    not_singular_nouns: list[str]  # counted nouns with no plural ending that count no one thing: "one of the DEAD"

    @field_validator("categories")
    @classmethod
    def parents_exist(cls, v: dict[str, Category]) -> dict[str, Category]:
        for name, cat in v.items():
            if cat.parent is not None and cat.parent not in v:
                raise ValueError(f"category {name!r} has unknown parent {cat.parent!r}")
        return v

    @model_validator(mode="after")
    def _known_currencies(self) -> CountedData:
        unknown = [c for c in [*self.currency_signs, *self.currency_abbreviations] if c not in self.currencies]
        if unknown:
            raise ValueError(f"currencies written before a figure but not listed in `currencies`: {unknown}")
        return self


class Outcome(Strict):
    parent: str | None
    cues: list[str]
    # how its figure moves as a story develops: "toll" (a later, higher figure is an update only when told as
    # one), "running" (arrests only add up: any later, higher figure is an update), "either" (any later figure is)
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
    none_of_whole: list[str]  # "NONE OF THE 21 crew was hurt": the figure is a whole, and the toll none
    zero_examples: list[tuple[str, str]]  # a sentence and the outcome its zero toll must read as
    zero_non_examples: list[str]  # sentences that must give no zero toll
    negations: list[str]  # before an outcome word, deny it: "200 passengers who were not hurt"
    update_cues: list[str]  # words of a later sentence that tell its toll as an update: "the toll rose to 12"
    first_figure_words: list[str]  # words of an earlier sentence that tell its toll was a first one: "initial"
    manifest_nouns: list[str]  # "with 182 passengers and seven CREW": a sum's later part that makes it a manifest
    noun_cues: list[str]  # cues that name an outcome ("because of the INJURY"): they say nothing befell a thing

    @model_validator(mode="after")
    def noun_cues_are_cues(self) -> OutcomesData:
        cues = {c for outcome in self.outcomes.values() for c in outcome.cues}
        unknown = sorted(set(self.noun_cues) - cues)
        if unknown:
            raise ValueError(f"noun_cues that are no outcome's cue: {unknown}")
        return self


class MeasuresData(Strict):
    measures: dict[str, list[str]]
    directions: dict[str, list[str]]
    once_per_event: list[str]  # measures an event has once: each article's first figure of it is the event's
    counts_things: list[str]  # measures a figure counting a noun of its own may take from nearby words
    dimensions: list[str]  # the word after a measured figure that says which extent it is ("40 metres wide")
    named_by_units: dict[str, list[str]]  # measures a unit (by base) names itself: "weight" of kilograms
    money_measures: list[str]  # measures of money: no measure of a figure in kilometres or gigabytes
    next_clause: list[str]  # after a figure, a measure word past one of these is the next clause's
    qualifiers: list[str]  # right before a measure word, which of it: "CLOSING price", "CORPORATE jobs"

    @model_validator(mode="after")
    def known_measures(self) -> MeasuresData:
        named = self.once_per_event + self.counts_things + list(self.named_by_units) + self.money_measures
        unknown = [m for m in named if m not in self.measures]
        if unknown:
            raise ValueError(f"measures not listed under measures: {unknown}")
        return self


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
    breakdowns: list[tuple[str, list[float] | None]]  # the words after a total and the parts of its breakdown
    frequency_adverbs: list[tuple[str, int | None]]  # a sentence and the times its adverb counts (None: no count)


class CountingData(Strict):
    """Words read around a figure. They go into patterns as written (no escaping), so each must be plain words;
    from ``partitive`` on, a space in a phrase stands for any white space."""

    noun_phrase_stops: list[str]
    context_stopwords: list[str]
    auxiliaries: list[str]
    increment_after: list[str]
    increment_before: list[str]
    # "married two weeks AGO" (from the report), "three weeks BEFORE the shooting" (from another happening)
    since_anchors: dict[str, Literal["report", "happening"]]
    change_verbs: list[str]
    fractions: list[str]
    toll_nouns: list[str]
    level_nouns: list[str]  # nouns of a level whose figure follows a toll verb ("temperatures were minus 20")
    toll_verbs: list[str]
    setting_verbs: list[str]
    set_nouns: list[str]
    scale_nouns: list[str]
    scales_after: dict[str, list[str]]  # a scale named after a bare figure, by the noun it gives it
    temperature_scales: list[str]
    temperature_signs: dict[str, str]  # a scale's sign after a figure ("46.2C", "115°F") -> its unit
    share_bases: list[str]
    direction_after: list[str]
    partitive: list[str]  # "a quarter OF a million", "a crowd OF 47,312", "46.4% OF valid votes"
    # which numbers are figures (claims/count/non_counts.py); each list is one pattern's words
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
    death_verbs: list[str]  # "has DIED aged 77", "DIES at 78": the age is the dead person's
    age_at_death: list[str]  # "died AGED 77", "died AT 78", "died AT THE AGE OF 78"
    range_percent: list[str]
    range_to: list[str]
    range_and: list[str]
    range_between: list[str]
    vote_nouns: list[str]
    vote_words: list[str]
    vote_stems: list[str]
    change_by: list[str]
    change_from: list[str]  # "the toll rose FROM 12 to 15": the earlier level, no range
    frequency_nouns: list[str]  # "shot 11 TIMES": a count of how often the verb it hangs off happened
    frequency_windows: list[str]  # "arrested three times SINCE October": a count kept over a window
    frequency_adverbs: dict[str, int]  # "married TWICE": how many times
    light_predicates: list[str]  # "HAS 20 wives", "INCLUDING 12 children": verbs that say nothing of what was done
    span_light_verbs: list[str]  # "SPENT two hours negotiating": verbs that say nothing of what a span is the time of
    family_size_before: list[str]  # "a MOTHER OF 12": a figure counting someone's children
    family_size_noun: str  # what such a figure counts: "children"
    frequency_comparisons: list[str]  # "twice AS many": a comparison, no count of times
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
    bare_outcomes: list[str]  # outcomes right after a bare figure that make it a count of people
    bare_verb_endings: list[str]  # "killING 12": an outcome verb with these endings before a bare figure
    # a figure's unit and what it measures (count_measures.py)
    share_determiners: list[str]
    degree_nouns: list[str]
    # the claims built from a figure (counts.py)
    vote_sides: dict[str, str]  # the counted noun of each side of a vote: votes_for, votes_against
    not_affiliations: list[str]  # "THE Afghan soldiers": no affiliation
    raw_category_endings: list[str]  # "12 holdoutS" counts raw:holdout
    # a total's breakdown right after it (checker/rules/breakdown_sum.py)
    breakdown_openers: list[str]  # "18 people, INCLUDING seven police officers and four soldiers"
    breakdown_joiners: list[str]  # "30 for the NJP, 13 for the SLD AND two for the JKS"
    breakdown_prepositions: list[str]  # "30 FOR the NJP", "six FROM Kelvin"
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


class ScoreExample(Strict):
    text: str
    teams: list[str]  # the team words read, lower case, sorted
    score: list[int]  # the winner's points, then the loser's ([] when no score is read)


class ScoresData(Strict):
    """A game's final score and the teams it names (read by checker/claims/score.py)."""

    beat_verbs: list[str]  # "the Colts BEAT the host Jaguars, 31-24"
    beaten_by: list[str]  # "were BEATEN at home BY Boston College, 85-78": the passive, up to "by"
    result_nouns: list[str]  # "a 91-73 VICTORY over Evansville"
    over: list[str]  # "a 91-73 victory OVER Evansville"
    not_teams: list[str]  # capitalised words that are no team: "No.", "The"
    generic_team_words: list[str]  # words many teams' names share: "state", "college"
    examples: list[ScoreExample]
