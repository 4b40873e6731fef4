"""Schemas of the speech and naming data: speech verbs and attribution, titles, roles, acts, names,
spelling, outlets and datelines."""

from __future__ import annotations

from typing import Literal, NamedTuple

from pydantic import Field, field_validator

from checker.lang.base import Strict, _lower_all


class PronounSaid(Strict):
    pronouns: list[str]
    verbs: list[str]


class AttributionExamples(Strict):
    roles: list[tuple[str, str, str]]  # a sentence, the speaker named there and the role given (lower-cased)
    quotes: list[tuple[str, str, str]]  # sentences, a quote's first words and the speaker it is attributed to


class Attribution(Strict):
    """How news names a speaker around a name (``lang/en/speech.yaml``, read by checker/analysis/attribution.py):
    words matched as written, a space standing for any white space."""

    appositive_articles: list[str]  # "Maria Lopez, A spokeswoman for the ministry"
    role_ends: list[str]  # "..., a spokeswoman for the ministry, SAID"
    title_ends: list[str]  # "..., Lagos State Commissioner for Physical Planning, SAID"
    title_joiners: list[str]  # "Commissioner FOR Physical Planning AND Urban Development"
    list_joiners: list[str]  # "the Minister for Culture, Communications AND Sport": a portfolio's last name
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
    not_one_person: list[str]  # "WE have 53 catches": a pronoun that names no one person whose figure it is
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
    quote_examples: list[tuple[str, str]]  # two remarks keyed alike (checker/claims/quote.py)
    attribution: Attribution


class Grades(Strict):
    office: list[str]  # "DEPUTY director general": an office of its own, named with its grade
    post: list[str]  # "SENIOR superintendent": with `office`, a lower post than the one written without it


class PostWords(Strict):
    """How a role is read for the public post it names (checker/normalise/names.py), lower case."""

    articles: list[str]  # "THE state's chief secretary"
    portfolio: list[str]  # "commissioner FOR housing": the post comes before its portfolio
    portfolio_before_name: list[str]  # "Minister FOR Space Harish Kulkarni": a one-word portfolio, then the name
    levels: list[str]  # "REGIONAL president": the level of government, not the post
    generic_bodies: list[str]  # "COMPANY president": the kind of body a post heads, no portfolio of its own


class TitlesData(Strict):
    abbreviations: dict[str, str]
    rank_groups: dict[str, list[str]]
    honorifics: list[str]
    name_titles: list[str]
    offices: dict[str, list[str]]
    shared_offices: list[str]  # offices several people hold at once (an organisation has many spokespeople)
    posts: list[str]
    # the level of government a post is written at ("U.S. District Judge", "state district judge"): the same
    # post at two levels is two posts
    post_levels: dict[str, list[str]]
    grades: Grades
    post_words: PostWords
    # words naming one portfolio ("Interior Minister", "minister of internal administration", "Home Secretary")
    portfolio_kin: list[list[str]]
    job_kin: list[list[str]]  # "defense lawyer", "defense attorney": role nouns naming one job
    office_words: list[str]  # "the DISTRICT magistrate": words an agent named only by a post is made of
    office_nouns: list[str]  # "the Chief Minister's OFFICE": the office stands for the post's holder
    generic_owners: list[str]  # "THE company's chief executive": words of a role that name no office's owner


class RolesData(Strict):
    role_nouns: list[str]
    role_modifiers: list[str]  # "FORMER PROVINCIAL police chief Ali Raza"
    not_role_words: list[str]  # "THE former police chief Ali Raza", "BUT police chief Ali Raza": no part of a role
    jurisdiction_offices: list[str]
    organisation_nouns: list[str]
    not_moment_words: list[str]  # "REPORTERS were told", "15:12 LOCAL TIME": no word of which moment a time is


class Act(Strict):
    single_agent: bool
    shared_objects: list[str] = []  # objects several agents sign together (both parties to a deal)
    verbs: list[str]
    nouns: list[str]
    objects: list[str]


class ActAgents(Strict):
    """How an act's agent is found around its verb (``lang/en/acts.yaml``, read by checker/claims/role.py)."""

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
    scored_at: str  # a goal's object, with the minute after it: "GOAL AT 58'"


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
    not_qualifiers: list[str]  # "ordered A inquiry": no word that tells one act of a kind from another
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
    not_speaker_words: list[str]  # "INCLUDING Jane Doe": a word read into a speaker's name that opens no name
    title_object_ends: dict[str, int]  # "Minister OF Energy Sello Dube": the word and the least words of the name kept
    # how a person's name is told in running text (checker/analysis/entities.py, mentions.py), matched as written
    connectors: list[str]  # "Bank OF England", "Osama BIN Laden"
    name_of: list[str]  # "Mayor Wilson Sambrano OF Pedernales"
    person_of: list[str]  # "the SON of John Smith": the name after "of" is a person's
    compound_endings: list[str]  # "US-backED"
    compound_words: list[str]  # "state-RUN"
    said_before: list[str]  # "SAID Okafor"
    said_after: list[str]  # "Okafor SAID"
    short_forms: dict[str, str]  # a given name's short form and the name it stands for: "dave" -> "david"
    examples: NameExamples

    _lower = field_validator("not_names", "non_person_words")(classmethod(lambda cls, v: _lower_all(v)))


class SuffixRewrite(Strict):
    from_: str = Field(alias="from")
    to: str
    min_length: int


class SpellingData(Strict):
    contractions: dict[str, str]  # whole words: "can't"
    contracted_endings: dict[str, str]  # glued to the word before: "aren'T", "they'RE"
    is_contracted: list[str]
    is_contraction: dict[str, str]  # the ending `is_contracted` words take: "it'S" is "it is"
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
