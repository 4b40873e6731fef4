"""Typed records that flow through the checker: articles, claims, findings and the report.

Every claim is a frozen pydantic model with a ``kind`` discriminator, so the claims table can be
round-tripped and validated; every finding carries the evidence spans it rests on.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["error", "warning", "info"]
Kind = Literal["count", "date", "place", "attribution", "quote", "name", "role", "other"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Segment(NamedTuple):
    """Where a stretch of an article's text lies in its file, so reports can point into the file.

    ``text[start:end]`` begins at file character ``offset``, which is at 1-based ``line`` and ``column``
    (code points; ``column_utf8`` counts UTF-8 bytes, as reviewdog does). When ``exact``, the stretch is
    the file's own characters one for one (line breaks included), so any offset inside it can be placed;
    otherwise (a JSON escape, an XML entity) every offset inside it is placed at its first character.
    A typed tuple rather than a model: an HTML page has hundreds, and a model costs five times the memory.
    """

    start: int
    end: int
    offset: int
    line: int
    column: int
    column_utf8: int
    exact: bool = True


class Article(BaseModel):
    """One input document. ``text`` is the body exactly as read: offsets index into it."""

    id: str
    path: str
    title: str | None = None
    published: dt.date | None = None
    published_at: dt.datetime | None = None
    source: str | None = None
    text: str = ""
    body_start: int = 0  # where checkable text starts (after a leading date line)
    # where the text lies in the file, in text order; empty when the text is the whole file as read (plain text)
    segments: tuple[Segment, ...] = ()
    status: Literal["ok", "error"] = "ok"
    error: str | None = None
    draft: bool = False  # the editor's own story, checked against the others (``--draft``)


class Interval(Frozen):
    """A numeric value as an interval; ``None`` is unbounded. Open ends model "more than"."""

    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    approx: bool = False

    def bounds(self, tolerance: float = 0.0) -> tuple[float, float]:
        lo = -math.inf if self.low is None else self.low
        hi = math.inf if self.high is None else self.high
        if self.approx:
            lo, hi = lo * (1 - tolerance), hi * (1 + tolerance)
        return lo, hi

    def overlaps(self, other: Interval, tolerance: float = 0.1) -> bool:
        a_lo, a_hi = self.bounds(tolerance)
        b_lo, b_hi = other.bounds(tolerance)
        lo, hi = max(a_lo, b_lo), min(a_hi, b_hi)
        if lo < hi:
            return True
        if lo > hi:
            return False
        # touching at one point: fine unless that end is open on either side
        open_at = [
            a_lo == lo and self.low_open,
            b_lo == lo and other.low_open,
            a_hi == hi and self.high_open,
            b_hi == hi and other.high_open,
        ]
        return not any(open_at)

    def is_exact(self) -> bool:
        return self.low is not None and self.low == self.high and not self.approx

    def describe(self) -> str:
        def num(x: float) -> str:
            return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0")

        if self.low is not None and self.low == self.high:
            return ("about " if self.approx else "") + num(self.low)
        if self.low is not None and self.high is None:
            return ("more than " if self.low_open else "at least ") + num(self.low)
        if self.low is None and self.high is not None:
            return ("fewer than " if self.high_open else "at most ") + num(self.high)
        if self.low is not None and self.high is not None:
            return f"{num(self.low)} to {num(self.high)}"
        return "unknown"

    def as_value(self) -> dict[str, Any]:
        def clean(x: float | None) -> float | int | None:
            return int(x) if x is not None and float(x).is_integer() else x

        out: dict[str, Any] = {"low": clean(self.low), "high": clean(self.high)}
        if self.approx:
            out["approx"] = True
        if self.low_open:
            out["low_open"] = True  # "more than 20": 20 itself is not in it
        if self.high_open:
            out["high_open"] = True  # "fewer than 20"
        return out


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
    direction: str | None = None  # "up" or "down" for a change ("profit down 18%")
    subset: bool = False  # "three of them children": part of another count, never compared as a total
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


class Evidence(Frozen):
    article: str
    start: int
    end: int
    text: str
    value: Any = None
    sentence: str = ""


class Side(Frozen):
    """The articles of a finding that give one value, and where they stand among the sources."""

    value: str  # the value as a reader says it ("at least 20", "Kunduz")
    articles: tuple[str, ...]
    sources: tuple[str, ...] = ()  # the outlets of those articles that name one
    latest: str | None = None  # the article published last on this side
    latest_published: str | None = None
    standing: Literal["majority", "minority", "even"] = "even"  # among the sources; drafts never count
    draft: bool = False  # a draft stands here


class Finding(Frozen):
    id: str
    rule: str
    name: str
    kind: Kind
    severity: Severity
    confidence: float
    subject: str
    message: str
    evidence: tuple[Evidence, ...]
    sides: tuple[Side, ...] = ()  # who says what, when the finding spans several articles


class ArticleEntry(BaseModel):
    id: str
    path: str
    title: str | None
    published: str | None
    source: str | None
    claims: int
    status: Literal["ok", "error"]
    error: str | None
    draft: bool = False
    # no publication date from the manifest, the file, a stamp, the dateline or --published: its relative
    # dates are not resolved (an addition to the contract's JSON, in 0.1.2)
    undated: bool = False


class Summary(BaseModel):
    articles: int
    claims: int
    findings: dict[str, int]


class ToolInfo(BaseModel):
    name: str = "checker"
    version: str


class Report(BaseModel):
    version: str = "1"
    tool: ToolInfo
    articles: list[ArticleEntry]
    findings: list[Finding]
    summary: Summary
