"""The role a speaker is named with: the role phrase right before a name ("Punjab Provincial Assembly member Ali
Raza", "vice president of worldwide marketing Phil Schiller"), whether a lower-case phrase names a role, and the
place an office that answers for a territory names (its jurisdiction). Read by ``attribution.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.document import Document
from checker.analysis.mentions import PersonMention, PlaceMention
from checker.normalise.names import role_head
from checker.normalise.patterns import alternation
from checker.normalise.text import drop_possessive


@lru_cache(maxsize=1)
def _role_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words that may stand in a role before a name ("former", "provincial"), and sentence words that are no
    part of one ("The", "However"), from ``lang/en/roles.yaml``."""
    roles = lang.load().roles
    return frozenset(roles.role_modifiers), tuple(roles.not_role_words)


@lru_cache(maxsize=1)
def _speech() -> tuple[re.Pattern[str], frozenset[str], list[str]]:
    data = lang.load()
    verbs = alternation(data.speech.verbs)
    roles = frozenset(data.roles.role_nouns)
    offices = sorted(data.roles.jurisdiction_offices, key=len, reverse=True)
    return re.compile(rf"\b{verbs}\b", re.I), roles, offices


def role_before(doc: Document, person: PersonMention, sent_start: int) -> tuple[int, str] | None:
    """The role phrase right before a name: capitalised words, role nouns and modifiers."""
    _verbs, roles, _offices = _speech()
    modifiers, not_role = _role_words()
    portfolio = set(lang.load().titles.post_words.portfolio)
    text = doc.folded[sent_start : person.start]
    # drop the title that split_title removed from the name ("Col. ")
    tokens = list(re.finditer(r"\S+", text))
    i = len(tokens)
    has_role = False
    while i > 0:
        tok = tokens[i - 1].group(0)
        low = drop_possessive(tok.lower().rstrip(",."))  # "the group's spokesman"
        if tok.endswith((",", ";", ":", '"')) or tok.startswith('"'):
            break
        if _is_role(low, roles):
            has_role = True
        elif tok[:1].isupper() or low in modifiers or tok.lower() in modifiers or low in _office_words_set():
            pass  # "chief TECHNOLOGY officer Marcus Adeyemi": a word of a known office's name
        elif low in portfolio and i > 1 and _is_role(drop_possessive(tokens[i - 2].group(0).lower()), roles):
            pass  # "Minister FOR Children Niamh Carrigan": a post's portfolio
        elif (at := _portfolio_start(tokens, i, roles, portfolio)) is not None:
            i = at  # "vice president of WORLDWIDE marketing Phil Schiller": the portfolio's own words
            continue
        else:
            break
        i -= 1
    if i == len(tokens):
        return None
    start = sent_start + tokens[i].start()
    phrase = doc.folded[start : person.start].strip()
    # leading sentence words ("The", "However") are not part of a role
    phrase_start = start
    while phrase and phrase.split()[0].lower() in not_role:
        first = phrase.split()[0]
        phrase_start = doc.folded.index(first, phrase_start) + len(first)
        phrase = phrase[len(first) :].strip()
    # a portfolio the name swallowed leaves its preposition behind ("Minister of" before "Environment Yoo"): none
    if phrase and phrase.split()[-1].lower() in portfolio:
        phrase = phrase[: phrase.lower().rstrip().rfind(" ")].strip() if " " in phrase else ""
    if not phrase or not has_role and not re.search(r"[A-Z]", phrase):
        return None
    phrase_start = doc.folded.index(phrase, phrase_start) if phrase else phrase_start
    return phrase_start, phrase


def _is_role(word: str, roles: frozenset[str]) -> bool:
    """A role noun, or one joined to its modifier by a hyphen ("vice-president")."""
    return word in roles or word.rsplit("-", 1)[-1] in roles


PORTFOLIO_WORDS = 3  # lower-case words a post's portfolio may run to: "of worldwide product marketing"


def _portfolio_start(tokens: list[re.Match[str]], i: int, roles: frozenset[str], portfolio: set[str]) -> int | None:
    """Where a post's portfolio of plain lower-case words starts, when the walk back from a name reaches one of
    its words ("vice president of worldwide marketing Phil Schiller"): the index just past its preposition, which
    follows a role noun; None when the words before are no such portfolio."""
    for m in range(i - 2, max(i - 2 - PORTFOLIO_WORDS, 0), -1):
        words = [t.group(0) for t in tokens[m + 1 : i]]
        if not all(w.isalpha() and w.islower() for w in words):
            return None
        if tokens[m].group(0).lower() in portfolio and _is_role(drop_possessive(tokens[m - 1].group(0).lower()), roles):
            return m + 1
    return None


@lru_cache(maxsize=1)
def _office_words_set() -> frozenset[str]:
    """The words of the offices' names (titles.yaml ``offices``): "technology" of "chief technology officer"."""
    titles = lang.load().titles
    joining = set(titles.post_words.portfolio) | set(titles.post_words.articles)
    words = {w for aliases in titles.offices.values() for alias in aliases if " " in alias for w in alias.split()}
    return frozenset(words - joining)


@lru_cache(maxsize=1)
def _office_words() -> re.Pattern[str]:
    """Offices that answer for a territory (governor, provincial council ...), as one pattern."""
    return re.compile(rf"\b{alternation(_speech()[2])}\b", re.I)


def _names_a_role(phrase: str) -> bool:
    """A lower-case phrase whose head (the word before "of"/"for", else the last) is a role noun, its other
    words known role modifiers; any words, when an organisation's name follows ("security research and
    communications director at McAfee Labs": a post held somewhere)."""
    written = phrase.split()
    words = phrase.lower().split()
    head_at = role_head(words)
    roles, modifiers = _speech()[1], _role_words()[0]
    if words[head_at] not in roles:
        return False
    somewhere = head_at + 2 < len(words) and written[head_at + 2][:1].isupper()
    return somewhere or (head_at < 4 and all(w in modifiers or w in roles for w in words[:head_at]))


def jurisdiction(role: str, role_start: int, places: list[PlaceMention]) -> PlaceMention | None:
    """A sub-national place named in a role whose office answers for a territory."""
    if not _office_words().search(role):
        return None
    for p in places:
        if role_start <= p.start and p.end <= role_start + len(role) and p.place.level in ("admin1", "locality"):
            return p
    return None
