"""Speakers: who is reported as saying what, with role, title and jurisdiction.

News writing names a speaker with a role before the name ("Punjab Provincial Assembly member
Ali Raza"), an appositive after it ("Maria Lopez, a spokeswoman for ..."), or a role alone
("a spokesman for the provincial governor said"); "he said" points back to the last named speaker.
The role before a name and an office's jurisdiction are read in ``speaker_roles.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from checker import lang
from checker.analysis.document import Document
from checker.analysis.mentions import PersonMention, PlaceMention
from checker.analysis.speaker_roles import _names_a_role, _speech, jurisdiction, role_before
from checker.models import AttributionClaim
from checker.normalise.names import post_of, rank_group, same_person
from checker.normalise.patterns import alternation, search_lowered


@dataclass
class Speaker:
    claim: AttributionClaim
    key: str  # person key, or the role text for an unnamed speaker


NAME_WORD = r"[A-Z][\w'\u2019-]*"  # a capitalised word of a name or a title


def _words(words: list[str], *, capitalised: bool = False) -> str:
    """The words as written, a space standing for any white space; ``capitalised``: also with a capital."""
    if capitalised:
        words = [*words, *(w[:1].upper() + w[1:] for w in words)]
    return alternation(words, space=r"\s+", fold_case=False)


class _Patterns(NamedTuple):
    appositive: re.Pattern[str]  # "Maria Lopez, a spokeswoman for the ministry, said"
    title_after: re.Pattern[str]  # "Funmilayo Oduwole, Lagos State Commissioner for Physical Planning, said"
    title_before: re.Pattern[str]  # "The Commissioner for Housing, Mrs. Funmilayo Oduwole, said"
    role_as: re.Pattern[str]  # "Jane Doe, who resigned as Power Minister on Tuesday"
    role_before_comma: re.Pattern[str]  # "Tidevand's chairman, Henrik Dalsgaard"
    role_after: re.Pattern[str]  # "Jane Doe, deputy director general of the coast guard, said"
    unnamed: re.Pattern[str]  # "a spokesman for the provincial governor said"
    colon_quote: re.Pattern[str]  # 'SRC Meera Dash: "We have evacuated ..."'
    pronoun_said: re.Pattern[str]  # '"...," she said', '"...," said he'


OWNER_BEFORE_ROLE = r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['\u2019]s"  # "Corvane's", "Red River Transit's"


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """The ways news names a speaker around a name, from ``lang/en/speech.yaml``'s ``attribution``."""
    data = lang.load().speech.attribution
    the, the_cap = _words(data.definite), _words(data.definite, capitalised=True)
    role_ends, joiners = _words(data.role_ends), _words(data.title_joiners)
    # a title written as a name: capitalised words, with "of", "for", "and" inside ("Commissioner for
    # Physical Planning and Urban Development")
    title = rf"(?P<role>(?:{NAME_WORD}\s+)(?:{joiners}\s+|{NAME_WORD}\s+)*?{NAME_WORD})"
    lower_words = r"(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*"
    lower_role = r"(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*"  # "security research and communications director"
    post = rf"(?:{_words(data.post_relative)}\s+)?(?:{_words(data.post_auxiliaries)}\s+)?{_words(data.post_verbs)}"
    after_role = rf"(?:\s+{_words(data.role_prepositions)}\s+(?:{the}\s+)?[^,.;\"]{{2,60}}?)?"
    unnamed_of = rf"(?:\s+{_words(data.unnamed_prepositions)}\s+(?:{the}\s+)?[\w'-]+(?:\s+[\w'-]+){{0,3}}?)?"
    pronoun_said, said_pronoun = data.pronoun_said, data.said_pronoun
    # "the Minister for Culture, Communications and Sport": a portfolio's list of capitalised names
    names = rf"{NAME_WORD}(?:\s+{NAME_WORD})*"
    portfolio_list = rf"(?:(?:,\s+{names})+,?\s+{_words(data.list_joiners)}\s+{names})?"
    return _Patterns(
        re.compile(
            # "Maria Lopez, a spokeswoman for ...", and whose role it is in its article's place: "Priya Ranganathan,
            # Corvane's chief operating officer, said"
            rf"^,\s+(?:{_words(data.appositive_articles)}|{OWNER_BEFORE_ROLE})\s+"
            rf"(?P<role>[^,.;\"]{{3,90}}?{portfolio_list})(?=,|\.|;|\s+{role_ends})"
        ),
        re.compile(rf"^,\s+{title}(?=,|\s+{_words(data.title_ends)})"),
        re.compile(rf"(?:^|\b{the_cap}\s+|[\w.]+['\u2019]s\s+){title},\s+(?:{_words(data.honorifics)}\.?\s+)?$"),
        re.compile(  # the whole title, greedily
            rf"^,?\s+{post}\s+{_words(data.post_as)}\s+(?:{the}\s+)?"
            rf"(?P<role>{NAME_WORD}(?:\s+(?:{joiners}\s+)*{NAME_WORD})*)"
        ),
        re.compile(rf"(?:^|\b{the_cap}\s+|(?P<owner>[\w.]+['\u2019]s\s+))(?P<head>{lower_words}),\s+$"),
        re.compile(rf"^,\s+(?P<role>{lower_role}{after_role})(?=,|\.|;|\s+{role_ends})"),  # no article
        re.compile(
            rf"\b{_words(data.unnamed_articles, capitalised=True)}\s+"
            rf"(?P<role>(?:[\w'-]+\s+){{0,6}}?{_words(data.unnamed_roles)}{unnamed_of})"
            rf"\s+(?:{_words(data.unnamed_adverbs)}\s+)?{_words(data.unnamed_verbs)}\b"
        ),
        # a name, a few words about the occasion at most, a colon, then the quotation
        re.compile(rf"[A-Za-z.]\s?(?:\s{_words(data.colon_occasions)}\s[^:\"]{{1,40}})?:\s*\""),
        re.compile(
            rf"\b{alternation(pronoun_said.pronouns)}\s+{alternation(pronoun_said.verbs)}\b|"
            rf"\b{alternation(said_pronoun.verbs)}\s+{alternation(said_pronoun.pronouns)}\b",
            re.I,
        ),
    )


def find_speakers(doc: Document, people: list[PersonMention], places: list[PlaceMention]) -> list[Speaker]:
    out: list[Speaker] = []
    p, honorifics = _patterns(), lang.load().speech.attribution.honorific_roles
    for person in people:
        sent = doc.sentence_at(person.start)
        if sent is None:
            continue
        role_start, role = person.start, None
        found = role_before(doc, person, sent.start)
        if found:
            role_start, role = found
        app = p.appositive.match(doc.folded[person.end : person.end + 120]) or p.title_after.match(
            doc.folded[person.end : person.end + 120]
        )
        # a rank or honorific before the name says no post: "Lt. Col. James Ward, a military spokesman" is the
        # spokesman; "Governor Kathy Hochul, a Democrat" stays the governor
        rank_only = role is not None and person.title is not None and rank_group(person.title) is not None
        front = role_start  # the evidence keeps the rank: "Lt. Col. James Ward, a military spokesman"
        if app and (not role or rank_only) and (app.re is p.appositive or post_of(app.group("role"))):
            role_start = person.end + app.start("role")
            role = app.group("role")
        bare = None if app or role else p.role_after.match(doc.folded[person.end : person.end + 120])
        if bare and _names_a_role(bare.group("role")):
            role_start = person.end + bare.start("role")
            role = bare.group("role")
        held = None if role else p.role_as.match(doc.folded[person.end : person.end + 120])
        if held and post_of(held.group("role")):
            role_start = person.end + held.start("role")
            role = held.group("role")
        described = None if role else p.role_before_comma.search(doc.folded[sent.start : person.start])
        if described and _names_a_role(described.group("head")):
            # whose role it is stays part of it: "Tidevand's chief executive" is not any chief executive
            first = "owner" if described.group("owner") else "head"
            role_start = sent.start + described.start(first)
            role = doc.folded[role_start : sent.start + described.end("head")]
        before = p.title_before.search(doc.folded[sent.start : person.start])
        if before and (not role or role.lower().rstrip(".") in honorifics) and post_of(before.group("role")):
            role_start = sent.start + before.start("role")  # "The Commissioner for Housing, Mrs. X, said"
            role = before.group("role")
        start = min(role_start, person.start, front)
        end = person.end if role_start <= person.start else role_start + len(role or "")
        where = jurisdiction(role, role_start, places) if role else None
        claim = AttributionClaim(
            **doc.located(start, end, sent),
            name=person.text,
            title=person.title,
            role=role.lower() if role else None,
            jurisdiction=where.place.name if where else None,
            jurisdiction_admin1=where.place.region() if where else None,
            jurisdiction_country=where.place.country if where else None,
        )
        out.append(Speaker(claim, person.key))
    out.extend(_unnamed(doc, places, out))
    return out


def _unnamed(doc: Document, places: list[PlaceMention], named: list[Speaker]) -> list[Speaker]:
    out = []
    for m in _patterns().unnamed.finditer(doc.folded):
        s, e = m.start("role"), m.end("role")
        if any(sp.claim.start <= s < sp.claim.end for sp in named):
            continue
        sent = doc.sentence_at(s)
        if sent is None:
            continue
        role = m.group("role")
        where = jurisdiction(role, s, places)
        claim = AttributionClaim(
            **doc.located(s, e, sent),
            name=role,
            role=role.lower(),
            jurisdiction=where.place.name if where else None,
            jurisdiction_admin1=where.place.region() if where else None,
            jurisdiction_country=where.place.country if where else None,
        )
        out.append(Speaker(claim, _holder(role, named) or role.lower()))
    return out


def _holder(role: str, named: list[Speaker]) -> str | None:
    """ "the governor said": the one person the article names with that title, if there is just one."""
    head = role.lower().split()[-1]
    keys = {
        sp.key
        for sp in named
        if head in ((sp.claim.title or "").split()[-1:] + (sp.claim.role or "").split()[-1:])
        and len(sp.key.split()) > 1
    }
    return keys.pop() if len(keys) == 1 else None


@lru_cache(maxsize=1)
def _source_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A sentence's own unnamed source ("in a statement", "it was confirmed") and a possessor's ending
    ("Reid's rep"), from ``lang/en/speech.yaml``."""
    speech = lang.load().speech
    unnamed = re.compile(rf"\b{alternation(speech.unnamed_sources)}\b", re.I)
    possessive = re.compile(rf"(?:{'|'.join(map(re.escape, speech.possessive_endings))})\s+[a-z]")
    return unnamed, possessive


def _unnamed_source(told: str) -> bool:
    """ "In a statement from her people, it was confirmed": the sentence names its own, unnamed source."""
    return bool(_source_patterns()[0].search(told))


def _unquoted(doc: Document) -> str:
    """The folded text with quoted characters blanked (offsets kept): once per article."""
    chars = list(doc.folded)
    for lo, hi in doc.quote_spans:
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def sentence_speakers(doc: Document, speakers: list[Speaker]) -> dict[int, Speaker]:
    """Which speaker each sentence is attributed to ("he said" is the last named speaker)."""
    verbs, _roles, _offices = _speech()
    patterns, said_phrases = _patterns(), lang.load().speech.attribution.said_phrases
    unquoted = _unquoted(doc)
    by_sentence: dict[int, list[Speaker]] = {}
    for sp in speakers:
        if doc.in_quote(sp.claim.start):
            continue  # a name inside the quotation is spoken of, not speaking
        if _source_patterns()[1].match(doc.folded, sp.claim.end):
            continue  # "Reid's rep told Us": the rep speaks, not Reid
        by_sentence.setdefault(doc.sentence_index(sp.claim.start), []).append(sp)
    result: dict[int, Speaker] = {}
    last: Speaker | None = None
    for i, sent in enumerate(doc.sentences):
        # live blogs: 'SRC Meera Dash: "We have evacuated ..."'
        colon = patterns.colon_quote.search(sent.text) if ":" in sent.text and '"' in sent.text else None
        told = unquoted[sent.start : sent.end]  # "she told a pastor" inside a quoted statement attributes nothing
        verb = search_lowered(verbs, told)
        said = verb or any(phrase in sent.text.lower() for phrase in said_phrases) or colon
        here = by_sentence.get(i, [])
        if said and here:
            # the speaker nearest the speech verb (or the colon that opens the quote)
            m = verb or colon
            at = sent.start + (m.start() if m else 0)
            best = min(here, key=lambda sp: min(abs(sp.claim.end - at), abs(sp.claim.start - at)))
            result[i] = last = _outside_aside(doc, here, best, at)
        elif said and patterns.pronoun_said.search(told) and last is not None:
            result[i] = last
        elif said and last is not None and re.search(r"^\"|\"$", sent.text) and not _unnamed_source(told):
            result[i] = last
        if i not in result and here:
            last = here[-1]  # "Governor X visited the hospital. '...,' she told reporters."
    return result


ASIDE_OPENS = re.compile(r",\s")  # the comma that opens an aside after a name


def _outside_aside(doc: Document, here: list[Speaker], best: Speaker, verb_at: int) -> Speaker:
    """The speaker before an aside between commas that names ``best`` before the speech verb: "Co-founder Mette
    Kjaergaard, who built it with fellow engineer Soren Bjerre, said" is Kjaergaard's, and so is "Pickersgill,
    flanked by chief executive Rachel Okafor, insisted" Pickersgill's."""
    if best.claim.end > verb_at or "," not in doc.folded[best.claim.end : verb_at]:
        return best
    for sp in sorted(here, key=lambda s: s.claim.start, reverse=True):
        if sp.claim.end <= best.claim.start and ASIDE_OPENS.match(doc.folded, sp.claim.end):
            return sp
    return best


def index_people(keys: list[str]) -> dict[str, list[str]]:
    """Known full names by surname (one key per mention), so resolving a name looks at namesakes only; each
    surname's names in order of preference: the most mentioned first ("Kimani Gray", the story's, before
    "Mahnefah Gray", his sister's), where a fuller name counts the mentions of the shorter names it
    completes as its own ("Raymond W. Kelly" those of "Raymond Kelly"), then the fullest."""
    mentions = Counter(keys)
    by_surname: dict[str, list[str]] = {}
    for k in sorted(mentions):
        by_surname.setdefault(k.split()[-1], []).append(k)

    def weight(k: str, namesakes: list[str]) -> int:
        given = set(k.split()[:-1])
        return sum(mentions[other] for other in namesakes if set(other.split()[:-1]) <= given)

    return {
        surname: sorted(names, key=lambda k: (-weight(k, names), -len(k), k)) for surname, names in by_surname.items()
    }


def resolve_person(key: str, known: dict[str, list[str]]) -> str:
    """A surname alone ("Lopez") resolves to the preferred known name of that person (see ``index_people``)."""
    if not key:
        return key
    return next((k for k in known.get(key.split()[-1], ()) if same_person(k, key)), key)
