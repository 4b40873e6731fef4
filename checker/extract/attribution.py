"""Speakers: who is reported as saying what, with role, title and jurisdiction.

News writing names a speaker with a role before the name ("Punjab Provincial Assembly member
Ali Raza"), an appositive after it ("Maria Lopez, a spokeswoman for ..."), or a role alone
("a spokesman for the provincial governor said"); "he said" points back to the last named speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from checker import lang
from checker.extract.document import Document
from checker.extract.entities import PersonMention, PlaceMention
from checker.models import AttributionClaim
from checker.normalise.names import post_of, same_person
from checker.normalise.patterns import alternation, search_lowered

ROLE_MODIFIERS = {
    "former",
    "senior",
    "deputy",
    "acting",
    "top",
    "chief",
    "political",
    "military",
    "provincial",
    "regional",
    "local",
    "district",
    "state",
    "federal",
    "national",
    "police",
    "army",
    "defence",
    "defense",
    "interior",
    "foreign",
    "health",
    "council",
    "government",
    "security",
    "city",
    "municipal",
    "county",
    "public",
    "press",
    "media",
    "group's",
    "governor's",
    "ministry",
    "prime",
    "vice",
    "general",
    "executive",
    "financial",
    "operating",
    "head",
    "assistant",
    "associate",
    "company",
    "club",
    "team",
    "party",
    "opposition",
    "campaign",
    "election",
    "electoral",
    "emergency",
    "disaster",
    "rescue",
    "fire",
    "airport",
    "airline",
    "railway",
    "aviation",
    "transport",
    "court",
    "presiding",
    "lead",
    "trial",
    "veteran",
    "spokesman's",
    "managing",
    "interim",
    "joint",
    "additional",
}


@lru_cache(maxsize=1)
def _speech() -> tuple[re.Pattern[str], frozenset[str], list[str]]:
    data = lang.load()
    verbs = alternation(data.speech.verbs)
    roles = frozenset(data.roles.role_nouns)
    offices = sorted(data.roles.jurisdiction_offices, key=len, reverse=True)
    return re.compile(rf"\b{verbs}\b", re.I), roles, offices


@dataclass
class Speaker:
    claim: AttributionClaim
    key: str  # person key, or the role text for an unnamed speaker


def role_before(doc: Document, person: PersonMention, sent_start: int) -> tuple[int, str] | None:
    """The role phrase right before a name: capitalised words, role nouns and modifiers."""
    _verbs, roles, _offices = _speech()
    text = doc.folded[sent_start : person.start]
    # drop the title that split_title removed from the name ("Col. ")
    tokens = list(re.finditer(r"\S+", text))
    i = len(tokens)
    has_role = False
    while i > 0:
        tok = tokens[i - 1].group(0)
        low = tok.lower().rstrip(",.").removesuffix("'s")
        if tok.endswith((",", ";", ":", '"')) or tok.startswith('"'):
            break
        if low in roles:
            has_role = True
        elif tok[:1].isupper() or low in ROLE_MODIFIERS or tok.lower() in ROLE_MODIFIERS:
            pass
        else:
            break
        i -= 1
    if i == len(tokens):
        return None
    start = sent_start + tokens[i].start()
    phrase = doc.folded[start : person.start].strip()
    # leading sentence words ("The", "However") are not part of a role
    phrase_start = start
    while phrase and phrase.split()[0].lower() in ("the", "a", "an", "however", "but", "and", "meanwhile", "by"):
        first = phrase.split()[0]
        phrase_start = doc.folded.index(first, phrase_start) + len(first)
        phrase = phrase[len(first) :].strip()
    if not phrase or not has_role and not re.search(r"[A-Z]", phrase):
        return None
    phrase_start = doc.folded.index(phrase, phrase_start) if phrase else phrase_start
    return phrase_start, phrase


APPOSITIVE = re.compile(r"^,\s+(?:a|an|the)\s+(?P<role>[^,.;\"]{3,90}?)(?=,|\.|;|\s+said|\s+told|\s+added)")


@lru_cache(maxsize=1)
def _office_words() -> re.Pattern[str]:
    """Offices that answer for a territory (governor, provincial council ...), as one pattern."""
    return re.compile(rf"\b{alternation(_speech()[2])}\b", re.I)


HONORIFICS = {"mr", "mrs", "ms", "dr", "miss"}
# a title written as a name: capitalised words, with "of", "for", "and" inside ("Commissioner for
# Physical Planning and Urban Development")
_TITLE = r"(?P<role>(?:[A-Z][\w'\u2019-]*\s+)(?:(?:of|for|and|the)\s+|[A-Z][\w'\u2019-]*\s+)*?[A-Z][\w'\u2019-]*)"
# "Funmilayo Oduwole, Lagos State Commissioner for Physical Planning, said"
TITLE_AFTER = re.compile(rf"^,\s+{_TITLE}(?=,|\s+said|\s+told)")
# "The Commissioner for Housing, Mrs. Funmilayo Oduwole, said", "Ontario's Minister of Health, Jane Doe"
TITLE_BEFORE = re.compile(rf"(?:^|\b[Tt]he\s+|[\w.]+['\u2019]s\s+){_TITLE},\s+(?:(?:Mrs|Mr|Ms|Dr)\.?\s+)?$")
# "Jane Doe, who resigned as Power Minister on Tuesday": a post held, named after the person
ROLE_AS = re.compile(
    r"^,?\s+(?:who\s+)?(?:has\s+|had\s+)?(?:resigned|stepped\s+down|quit|served|serves|was\s+sworn\s+in|"
    r"was\s+appointed|was\s+named|took\s+office)\s+as\s+(?:the\s+)?"
    r"(?P<role>[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'\u2019-]*)*)"  # the whole title, greedily
)
# "Tidevand's chairman, Henrik Dalsgaard", "the county's elections director, Jane Doe": a described role
ROLE_BEFORE_COMMA = re.compile(
    r"(?:^|\b[Tt]he\s+|(?P<owner>[\w.]+['\u2019]s\s+))(?P<head>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*),\s+$"
)
# "Jane Doe, deputy director general of the coast guard, said": a role after the name, no article
ROLE_AFTER = re.compile(
    r"^,\s+(?P<role>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?:\s+(?:of|for|at)\s+(?:the\s+)?[^,.;\"]{2,60}?)?)"
    r"(?=,|\.|;|\s+said|\s+told|\s+added)"
)


def _names_a_role(phrase: str) -> bool:
    """A lower-case phrase whose head (the word before "of"/"for", else the last) is a role noun."""
    words = phrase.lower().split()
    head_at = next((i for i, w in enumerate(words) if w in ("of", "for", "at") and i > 0), len(words)) - 1
    return words[head_at] in _speech()[1] and all(w in ROLE_MODIFIERS or w in _speech()[1] for w in words[:head_at])


def jurisdiction(role: str, role_start: int, places: list[PlaceMention]) -> PlaceMention | None:
    """A sub-national place named in a role whose office answers for a territory."""
    if not _office_words().search(role):
        return None
    for p in places:
        if role_start <= p.start and p.end <= role_start + len(role) and p.place.level in ("admin1", "locality"):
            return p
    return None


def find_speakers(doc: Document, people: list[PersonMention], places: list[PlaceMention]) -> list[Speaker]:
    out: list[Speaker] = []
    for person in people:
        sent = doc.sentence_at(person.start)
        if sent is None:
            continue
        role_start, role = person.start, None
        found = role_before(doc, person, sent.start)
        if found:
            role_start, role = found
        app = APPOSITIVE.match(doc.folded[person.end : person.end + 120]) or TITLE_AFTER.match(
            doc.folded[person.end : person.end + 120]
        )
        if app and not role and (app.re is APPOSITIVE or post_of(app.group("role"))):
            role_start = person.end + app.start("role")
            role = app.group("role")
        bare = None if app or role else ROLE_AFTER.match(doc.folded[person.end : person.end + 120])
        if bare and _names_a_role(bare.group("role")):
            role_start = person.end + bare.start("role")
            role = bare.group("role")
        held = None if role else ROLE_AS.match(doc.folded[person.end : person.end + 120])
        if held and post_of(held.group("role")):
            role_start = person.end + held.start("role")
            role = held.group("role")
        described = None if role else ROLE_BEFORE_COMMA.search(doc.folded[sent.start : person.start])
        if described and _names_a_role(described.group("head")):
            # whose role it is stays part of it: "Tidevand's chief executive" is not any chief executive
            first = "owner" if described.group("owner") else "head"
            role_start = sent.start + described.start(first)
            role = doc.folded[role_start : sent.start + described.end("head")]
        before = TITLE_BEFORE.search(doc.folded[sent.start : person.start])
        if before and (not role or role.lower().rstrip(".") in HONORIFICS) and post_of(before.group("role")):
            role_start = sent.start + before.start("role")  # "The Commissioner for Housing, Mrs. X, said"
            role = before.group("role")
        start = min(role_start, person.start)
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


UNNAMED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<role>(?:[\w'-]+\s+){0,6}?(?:spokesman|spokeswoman|spokesperson|"
    r"official|officials|minister|governor|mayor|chief|commander)(?:\s+(?:for|of)\s+(?:the\s+)?"
    r"[\w'-]+(?:\s+[\w'-]+){0,3}?)?)\s+(?:also\s+)?(?:said|told|confirmed|added|says)\b"
)


def _unnamed(doc: Document, places: list[PlaceMention], named: list[Speaker]) -> list[Speaker]:
    out = []
    for m in UNNAMED.finditer(doc.folded):
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


# a name, a few words about the occasion at most, a colon, then the quotation
COLON_QUOTE = re.compile(r"[A-Za-z.]\s?(?:\s(?:on|at|in|to)\s[^:\"]{1,40})?:\s*\"")


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
        colon = COLON_QUOTE.search(sent.text) if ":" in sent.text and '"' in sent.text else None
        told = unquoted[sent.start : sent.end]  # "she told a pastor" inside a quoted statement attributes nothing
        verb = search_lowered(verbs, told)
        said = verb or "according to" in sent.text.lower() or colon
        here = by_sentence.get(i, [])
        if said and here:
            # the speaker nearest the speech verb (or the colon that opens the quote)
            m = verb or colon
            at = sent.start + (m.start() if m else 0)
            best = min(here, key=lambda sp: min(abs(sp.claim.end - at), abs(sp.claim.start - at)))
            result[i] = last = best
        elif (
            said
            and re.search(
                r"\b(?:he|she|they)\s+(?:said|says|added|told|continued|stated)\b|"
                r"\b(?:said|added)\s+(?:he|she)\b",
                told,
                re.I,
            )
            and last is not None
        ):
            result[i] = last
        elif said and last is not None and re.search(r"^\"|\"$", sent.text) and not _unnamed_source(told):
            result[i] = last
        if i not in result and here:
            last = here[-1]  # "Governor X visited the hospital. '...,' she told reporters."
    return result


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
