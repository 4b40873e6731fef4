"""The claims an article makes, one frozen pydantic model per kind with a ``kind`` discriminator (``Claim``),
so the claims table can be round-tripped and validated.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field

from checker.models.base import Frozen, Interval, Kind


class ClaimBase(Frozen):
    article: str
    start: int
    end: int
    text: str
    sent_start: int
    sent_end: int
    speaker: str | None = None  # who the article reports as asserting it


class CountPart(Frozen):
    start: int
    end: int
    text: str
    value: Interval
    noun: str
    category: str


class CountClaim(ClaimBase):
    kind: Literal["count"] = "count"
    value: Interval
    noun: str  # counted noun as written ("soldiers")
    category: str  # normalised class ("soldier", "security_forces", "people", "attack")
    outcome: str | None = None  # killed, wounded, casualties, missing, arrested, aboard, ...
    affiliation: str | None = None  # "pakistani", "us", "rebel": whose people
    place: str | None = None  # key of the event place in the sentence (admin1 or locality)
    region: str | None = None  # admin1-level key used for blocking
    unit: str | None = None  # for measures: minutes, km, percent, usd ...
    parts: tuple[CountPart, ...] = ()
    measure: str | None = None  # what the figure measures ("revenue", "prison_term", "crowd")
    qualifier: str | None = None  # the word that says which of the measure: "closing" price, "corporate" jobs
    direction: str | None = None  # "up" or "down" for a change ("profit down 18%")
    subset: bool = False  # "three of them children": part of another count, never compared as a total
    whole: bool = False  # "10 of the Saints' 16 games": the whole another figure counts a part of
    place_level: str | None = None  # level of ``place``: a locality count is a part of a wider one
    context: str = ""  # content words of the clause, for matching tallies
    subjects: tuple[str, ...] = ()  # the person named nearest before it (else after), speakers aside
    owner: str | None = None  # whose figure, from the parse: the counted noun's possessor or its verb's subject
    day: str | None = None  # the one day its sentence dates: ISO date, or the weekday named when unresolved
    converted: bool = False  # bare dollars in parentheses after another amount: the outlet's conversion of it
    since: str | None = None  # a span counted back: its anchor and the happening it dates ("report:marry")
    dimension: str | None = None  # the extent a measured figure gives ("40 metres wide": "wide")
    predicate: str | None = None  # what was done, from the parse: the stem of the verb its noun is an argument of
    agent: str | None = None  # with ``predicate``: that verb's subject as written ("hackers", "intercity")
    activity: tuple[str, ...] = ()  # of a span of time, from the parse: stems of what it is the time of ("deliber")


class DateValue(Frozen):
    start: dt.date
    end: dt.date

    def overlaps(self, other: DateValue) -> bool:
        return self.start <= other.end and other.start <= self.end

    def describe(self) -> str:
        if self.start == self.end:
            return self.start.strftime("%a %d %b %Y")
        return f"{self.start:%d %b} to {self.end:%d %b %Y}"


MONTH_ALONE_PREFIX = "month-"  # a month with no year given: "month-12" (checker/claims/date/values.py)


class DateClaim(ClaimBase):
    kind: Literal["date"] = "date"
    value: DateValue | None = None  # None when the article has no publication date
    expression: str  # the normalised wording ("tuesday", "yesterday", "march 10")
    event: str = ""  # the event it dates ("sign deal", "begin talks")
    clock: int | None = None  # a time of day, minutes after midnight ("3:12 p.m." = 912)
    clock_tolerance: int = 0  # minutes either side for "around 7.45 pm", "shortly after 3pm"
    timezone: str | None = None  # "local", "gmt", "utc", or a zone abbreviation as written
    dates: str | None = None  # what a year, month or day dates, from the parse: "film", "day:sent letter"
    about: tuple[str, ...] = ()  # with ``dates``: the people and places its sentence (or the one before) names
    once: bool = False  # with ``dates``: a happening one has once ("died", "was born"), whatever the week

    @property
    def month_alone(self) -> int | None:
        """The month of "launched it in December" when no year can be given it (expression "month-12"), else None."""
        if self.value is None and self.expression.startswith(MONTH_ALONE_PREFIX):
            return int(self.expression[len(MONTH_ALONE_PREFIX) :])
        return None


class PlaceClaim(ClaimBase):
    kind: Literal["place"] = "place"
    name: str
    level: Literal["country", "admin1", "district", "locality", "unknown"]
    admin1: str | None = None
    country: str | None = None
    admin2: str | None = None
    role: Literal["event", "mention", "jurisdiction", "base"] = "mention"
    stated: bool = False  # the text itself names the division it lies in ("Talcher, in Angul district")
    organisation: str | None = None  # role "base": the organisation based there ("Munich-based Orvane")


class AgeClaim(ClaimBase):
    kind: Literal["age"] = "age"
    person: str  # the person's key, resolved across the cluster ("catherine gomes")
    written: str = ""  # the person's name as the article writes it
    age: int  # in years, as the article gives it ("Catherine Gomes, 61," / "61-year-old Catherine Gomes")
    at_death: bool = False  # "died aged 77": the age at one past moment, which no later birthday changes


class ResidenceClaim(ClaimBase):
    kind: Literal["residence"] = "residence"
    person: str  # the person's key, resolved across the cluster ("christopher kenyon simpson")
    written: str = ""  # the person's name as the article writes it ("Raj K. Chohan")
    place: str  # the place as written ("Fort Coffee")
    key: str  # the place's gazetteer key, or its words in lower case when the gazetteer does not know it
    level: str  # the gazetteer's level ("locality", "district", ...), "street" or "unknown"


class StreetClaim(ClaimBase):
    kind: Literal["street"] = "street"
    name: str  # the street as written, with its block when one is given ("12000 block of East 223rd Street")
    key: str  # its name as compared: no direction, an ordinal word as its number ("223rd", "5th", "philip")
    street_type: str  # the kind of street ("street", "road", "avenue")
    block: int | None = None  # "the 12000 block of ...": the block the address gives


class ScoreClaim(ClaimBase):
    kind: Literal["score"] = "score"
    teams: tuple[str, ...]  # the team words named with the score, lower case ("boston", "college")
    winner: int  # the winner's points
    loser: int  # the loser's points
    headline: bool = False  # given in the article's headline
    background: bool = False  # in a sentence about an earlier event ("in 2008", "years ago")


class OrdinalClaim(ClaimBase):
    kind: Literal["ordinal"] = "ordinal"
    person: str  # the person's key, resolved across the cluster ("matt smith")
    written: str = ""  # the person's name as the article writes it
    ordinal: int  # the place in the succession: 12 for "the 12th Doctor"
    noun: str  # what the succession is of, singular and lower case: "doctor", "coach"
    scope: str = ""  # the word that bounds the succession after the noun ("since" King took over, "in" four years)


class QualityClaim(ClaimBase):
    kind: Literal["quality"] = "quality"
    quality: str  # what is described: "colour"
    values: tuple[str, ...]  # the values given, by their language-data names ("grey"; two for "silver-grey")
    thing: str  # what is described, keyed as written in lower case ("toyota camry")
    fact: Kind = "other"  # the kind of fact a disagreement on it is: a place of death is a place


class QuoteClaim(ClaimBase):
    kind: Literal["quote"] = "quote"
    words: str  # the quoted words, normalised for comparison
    # the words without the outlet's clarification in parentheses ("altered (its direction) towards"), when any
    bare: str | None = None
    previous: str | None = None  # the quoted sentence before it in the same article (context)
    partial: bool = False


class AttributionClaim(ClaimBase):
    kind: Literal["attribution"] = "attribution"
    name: str  # the speaker as named
    title: str | None = None  # normalised rank or honorific ("colonel")
    role: str | None = None  # role nouns ("provincial council member", "spokesman")
    organisation: str | None = None
    jurisdiction: str | None = None  # place named in the role ("punjab")
    jurisdiction_admin1: str | None = None
    jurisdiction_country: str | None = None


class RoleClaim(ClaimBase):
    kind: Literal["role"] = "role"
    act: str  # "sign", "witness", "claim", "lead", "order"
    obj: str  # what the act is about ("deal")
    agent: str  # who did it, as written
    agent_key: str  # normalised person key
    relation: Literal["agent", "witness"] = "agent"


class NameClaim(ClaimBase):
    kind: Literal["name"] = "name"
    name: str
    entity: Literal["person", "place", "organisation", "word"]  # "word": a proper noun's spelling, any entity
    key: str


Claim = Annotated[
    CountClaim
    | DateClaim
    | PlaceClaim
    | ResidenceClaim
    | StreetClaim
    | QualityClaim
    | OrdinalClaim
    | ScoreClaim
    | AgeClaim
    | QuoteClaim
    | AttributionClaim
    | RoleClaim
    | NameClaim,
    Field(discriminator="kind"),
]
