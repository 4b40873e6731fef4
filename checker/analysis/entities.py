"""People in an article, found from the patterns of news writing, and what people and places share.

Names come from capitalised runs, titles and role nouns ("envoy Pedro Alvarez", "Col. Hendra Wiratama", "Mr
Ortiz"); places, from a gazetteer checked against their context, are found in ``places_in_text.py`` from the
same capitalised runs and patterns, which are built here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from checker import lang
from checker.analysis.document import Document
from checker.analysis.surname_slips import slipped_surnames
from checker.normalise.names import normalise_title, person_key, split_title
from checker.normalise.patterns import alternation, search_lowered
from checker.normalise.patterns import phrases as _words
from checker.normalise.places import Place, gazetteer, place_key
from checker.normalise.text import drop_possessive, possessive

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĦĨĪĮİĴĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
CAP_WORD = rf"(?:[A-Z]\.(?:[A-Z]\.)+|[{UPPER}][^\W\d_]*(?:['`][^\W\d_]+)*(?:-[^\W\d_]+)*\.?)"


class _Patterns(NamedTuple):
    """The patterns of names and places in running text, from ``lang/en/names.yaml`` and ``places.yaml``."""

    run: re.Pattern[str]  # a run of capitalised words ("Bank of England")
    locative: re.Pattern[str]  # "in", "in the city of", "in southern": a place may follow
    level_after: re.Pattern[str]  # "Helmand province"
    contained: re.Pattern[str]  # "Kotri, a town in Jamshoro district", "Traversara (Ravenna)"
    unlisted: re.Pattern[str]  # "in Traversara, in the province of Ravenna"
    level_named: re.Pattern[str]  # " district": a division's level word (fullmatch)
    division_end: re.Pattern[str]  # "Angul district"
    lower_compound: re.Pattern[str]  # "US-backed", "state-run"
    country_possession: re.Pattern[str]  # "Iraq's government"
    said_before: re.Pattern[str]  # "said Okafor"
    said_after: re.Pattern[str]  # "Okafor said"
    clock_after: re.Pattern[str]  # "10.12pm Jakarta time"
    attribute_after: re.Pattern[str]  # "a Panama-flagged tanker"
    based_after: re.Pattern[str]  # "Kabul-based"
    article_before: re.Pattern[str]  # "across the Atlantic"
    possessive_break: re.Pattern[str]  # "Iraq's Anbar", "the Joneses' Ford": a run is cut after a possessive
    possessive_before: re.Pattern[str]  # "Tirkey's Nav Jharkhand Morcha": something a person owns


def _place_parts() -> tuple[str, str, str]:
    """A division's level before "of" ("the province of"), the words that are no second word of a division's
    name ("Lagos State"), and a division's level after its name ("in Cuttack district")."""
    data = lang.load().places.in_text
    level_of = rf"(?:{_words(data.level_of)}\s+{_words(data.of)}\s+)?"
    not_level = rf"(?!{_words(data.not_level)}\b)"
    level_named = rf"(?P<level>\s+{_words(data.level_named)})?"
    return level_of, not_level, level_named


def _singular_possessive() -> str:
    """ "Iraq'S": a singular's possessive ending (speech.yaml), matched as written."""
    return alternation(possessive().singular, fold_case=False)


def _contained(level_of: str, not_level: str, level_named: str) -> re.Pattern[str]:
    """ "Kotri, a town in Jamshoro district", "Talcher, in Angul district", "Traversara (Ravenna)"."""
    data = lang.load().places.in_text
    # "in South Africa's Limpopo province": the country that owns the division, stepped over
    owner = rf"(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?{_singular_possessive()}\s+)"
    the, of, within = _words(data.articles), _words(data.of), _words(data.within)
    appositive = (
        rf"{_words(data.appositive_articles)}\s+(?:{_words(data.appositive_modifiers)}\s+)?"
        rf"{_words(data.appositive_kinds)}\s+{_words(data.appositive_in)}\s+(?:{the}\s+)?"
    )
    return re.compile(
        rf"^(?:\s+{_words(data.kind_after)})?"
        # "Kotri, a town in Jamshoro district", "Traversara, a hamlet of Bagnacavallo" (tried first)
        rf"(?:,\s+{appositive}|,\s+(?:{within}\s+)?(?:{the}\s+)?{level_of}|\s+{_words(data.kind_of)}?\s*{of}\s+"
        rf"|\s+{within}\s+(?:{the}\s+)?{owner}?{level_of}|\s*\()"
        rf"(?P<outer>{CAP_WORD}(?:\s{not_level}{CAP_WORD})?){level_named}",
        re.I,
    )


def _unlisted(level_of: str, not_level: str, level_named: str) -> re.Pattern[str]:
    """ "in Traversara, in the province of Ravenna": a place the gazetteer may not know, in a division."""
    data = lang.load().places.in_text
    the, of, within = _words(data.articles), _words(data.of), _words(data.within)
    return re.compile(
        rf"\b{_words(data.unlisted_before)}\s+(?P<name>{CAP_WORD}(?:[\s-]{CAP_WORD})?)(?:\s+{_words(data.kind_after)})?"
        rf"(?:,\s+(?:{within}\s+)?(?:{the}\s+)?{level_of}|\s+(?:{_words(data.unlisted_kind_of)}\s+)?{of}\s+"
        rf"|\s+{within}\s+(?:{the}\s+)?{level_of}|\s*\()"
        rf"(?P<outer>{CAP_WORD}(?:[\s-]{not_level}{CAP_WORD})?){level_named}"
    )


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = lang.load()
    names, places = data.names, data.places.in_text
    parts = _place_parts()
    connector = _words(names.connectors, fold_case=False)
    # a compound adjective ("US-backed", "Kabul-based", "state-run"), not a given name's second syllable
    # ("Seung-jun", "Gyeong-sik", "Jae-in"): long tails, participles and the common short compound words
    compound = rf"-(?:[a-z]{{5,}}|[a-z]*{_words(names.compound_endings)}|{_words(names.compound_words)})\b"
    return _Patterns(
        re.compile(rf"{CAP_WORD}(?:\s(?:{connector}\s)?{CAP_WORD})*"),
        re.compile(rf"\b{_words(places.locative, space=None)}(?:\s+{_words(places.locative_modifiers)})?\s+$", re.I),
        re.compile(rf"^\s+{_words(places.level_after)}\b", re.I),
        _contained(*parts),
        _unlisted(*parts),
        re.compile(parts[2], re.I),
        re.compile(rf"\s{_words(places.division_ends)}$", re.I),
        re.compile(compound),
        re.compile(rf"^{_singular_possessive()}\s+{_words(places.country_possessions, fold_case=False)}"),
        re.compile(rf"\b{_words(names.said_before, space=None, fold_case=False)}\s+$"),
        re.compile(rf"^\s+{_words(names.said_after, space=None, fold_case=False)}"),
        re.compile(rf"\s+{_words(places.clock_after)}\b", re.I),
        re.compile(rf"-{_words(places.attribute_after, fold_case=False)}\b"),
        re.compile(rf"^-{_words(data.bases.based, fold_case=False)}\b"),
        re.compile(rf"\b{_words(places.articles, fold_case=False)}\s+$"),
        re.compile("|".join(rf"(?<={re.escape(e)})\s" for e in (*possessive().singular, *possessive().plural))),
        re.compile(rf"{_singular_possessive()}\s+$"),
    )


@dataclass(frozen=True)
class PersonMention:
    """A person named in the article."""

    start: int
    end: int
    text: str  # the name as written, titles stripped
    key: str  # normalised person key
    title: str | None


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the article, as the gazetteer (or the text itself) places it."""

    start: int
    end: int
    text: str
    place: Place
    in_org: bool  # part of an organisation's or office's name ("UN Mission-Sudan")
    told_end: int | None = None  # end of the words that place it ("Talcher, in Angul district"), if any


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words that are no name, words for things and organisations, role nouns), lower case."""
    data = lang.load()
    not_names = frozenset(data.names.not_names)
    non_person = frozenset(data.names.non_person_words) | frozenset(data.roles.organisation_nouns)
    roles = frozenset(data.roles.role_nouns)
    return not_names, non_person, roles


# patterns run once per capitalised run, compiled once
NON_SPACE = re.compile(r"\S+")
SPACE = re.compile(r"\s")
ACRONYM = re.compile(r"[A-Z]{2,6}")


def _without_possessive(word: str) -> str:
    """ "Iraq's" -> "Iraq", "the Joneses'" -> "the Joneses": a word's possessive ending left off."""
    return drop_possessive(word.rstrip("".join(possessive().bare)))


def capitalised_runs(doc: Document) -> list[tuple[int, int]]:
    """Spans of runs of capitalised words ("Col. Hendra Wiratama", "Bank of England"), cut at a possessive
    ("Iraq's"): where people and places are looked for. Found once per article."""
    if doc.cache.runs is not None:
        return doc.cache.runs
    runs = []
    breaks, marks = _patterns().possessive_break, (*possessive().bare, *possessive().singular)
    for sent in doc.sentences:
        for m in _patterns().run.finditer(sent.text):
            start = sent.start + m.start()
            run = m.group(0)
            for piece in breaks.split(run) if any(e in run for e in marks) else (run,):
                at = doc.folded.index(piece, start)
                runs.append((at, at + len(_without_possessive(piece))))
                start = at + len(piece)
    doc.cache.runs = runs
    return runs


def _tokens(text: str, start: int) -> list[tuple[int, int, str]]:
    """The words of a run, with their offsets in the article."""
    if not SPACE.search(text):  # one word: most runs
        return [(start, start + len(text), text)] if text else []
    return [(start + m.start(), start + m.end(), m.group(0)) for m in NON_SPACE.finditer(text)]


AGED = re.compile(r",\s+\d{1,3},")  # "Sumarni, 41, a vegetable trader": an age after a name


Token = tuple[int, int, str]  # (start, end, word) in the article


def _name_tokens(toks: list[Token], roles: frozenset[str], openers: frozenset[str]) -> tuple[list[Token], str | None]:
    """The words of a capitalised run that can be a name, and the title before them, if any.

    A role or title inside the run ("Pedernales Mayor Wilson Zambrano") goes, with the whole title
    it belongs to ("Magistrate Judge"); so do what follows "of" ("Mayor Wilson Sambrano of
    Pedernales"), sentence openers, and an unknown acronym before a full name ("SRC Meera Dash")."""
    cut = _last_role_word(toks, roles)
    if cut is not None:
        t_start, t_end = _title_span(toks, cut)
        role_title = normalise_title(" ".join(t[2] for t in toks[t_start:t_end]))
        toks = toks[t_end:]
    else:
        role_title = None
    name_of = lang.load().names.name_of
    of_at = next((i for i, t in enumerate(toks) if t[2] in name_of and i > 0), None)
    if of_at is not None and cut is None and not split_title([t[2] for t in toks[: of_at + 2]])[0]:
        toks = toks[:of_at]
    elif of_at is not None and cut is not None:
        toks = toks[:of_at]
    # drop leading words that open sentences or name things, keep a title if one is there
    while toks and toks[0][2].lower().rstrip(".") in openers:
        toks = toks[1:]
    title, rest = split_title([t[2] for t in toks])
    title = title or (role_title if role_title in _titles_set() else None)
    toks = toks[len(toks) - len(rest) :]
    while toks and toks[0][2].lower().rstrip(".") in openers:
        toks = toks[1:]
    # an age written before a name and opening the sentence is no part of it ("Sixty-year-old Sharron Smith")
    ages = tuple("-" + w for w in lang.load().counting.age_after if "-" in w)
    while len(toks) >= 3 and toks[0][2].lower().endswith(ages):
        toks = toks[1:]
    # a demonym before a full name is no part of it ("the Italian Gianluca Moretti")
    while len(toks) >= 3 and is_place_word(toks[0][2]):
        toks = toks[1:]
    # an unknown acronym before a full name is a post ("SRC Meera Dash", "NDRF commandant ..."): drop it
    while len(toks) >= 3 and ACRONYM.fullmatch(toks[0][2]) and toks[1][2][:1].isupper():
        toks = toks[1:]
    if toks and toks[-1][2].endswith(".") and len(toks[-1][2]) > 2:  # a full stop, not an initial
        toks[-1] = (toks[-1][0], toks[-1][1] - 1, toks[-1][2][:-1])
    return toks, title


INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "A.J.", "J.R.R.": a person's initials, not an acronym


def _not_a_person(
    doc: Document, toks: list[Token], words: list[str], title: str | None, known_places: set[str]
) -> bool:
    """The name's words say it is no person: a word for things, organisations or roles, an acronym or
    a compound ("US-backed"), a place ("in Kabul", a known place, "Helmand province", "Iraq's
    government"), or something a person owns ("Anjali Tirkey's Nav Jharkhand Morcha")."""
    not_names, non_person, roles = _vocab()
    p = _patterns()
    if any(w in non_person or w in roles or w in not_names for w in (w.lower() for w in words)):
        return True
    if any(
        w.isupper() and len(w) > 1 and not INITIALS.fullmatch(t[2]) or "-" in w and p.lower_compound.search(w)
        for w, t in zip(words, toks, strict=True)
    ):
        return True  # acronyms, shouted headlines and compounds ("US-backed"); initials ("A.J. Smith") are a name's
    before = doc.folded[max(0, toks[0][0] - 40) : toks[0][0]]
    name = " ".join(words)
    if search_lowered(p.locative, before) and not title and not _owned_by_name(before, words):
        return True
    if place_key(name) in known_places or is_place_word(name):
        return True
    after = doc.folded[toks[-1][1] : toks[-1][1] + 12]
    if p.level_after.match(after) or p.country_possession.match(after):
        return True
    return bool(p.possessive_before.search(doc.folded[max(0, toks[0][0] - 3) : toks[0][0]]))


def _owned_by_name(before: str, words: list[str]) -> bool:
    """ "the likes of Lennie Rosenbluth", "the son of John Smith": a name of two words or more after "of" and a
    word of kin or of what befalls a person (names.yaml ``person_of``) that the gazetteer does not know is a
    person's ("the streets of New York" and "the frontman of Harbour Lights" are not)."""
    names = lang.load().names
    head = before.rstrip().rsplit(None, 2)[-2:]
    if len(words) < 2 or len(head) < 2 or head[1].lower() not in names.name_of:
        return False
    return head[0].lower() in names.person_of and not gazetteer().is_known(" ".join(words))


def _with_known_surnames(doc: Document, out: list[PersonMention], lone: list[PersonMention]) -> list[PersonMention]:
    """The people, with a lone capitalised word only when it is the surname of someone the article names
    in full, or that surname misspelled; a one-word name opening a sentence ("Seismologists said")
    likewise, unless titled or aged."""
    surnames = {p.key.split()[-1] for p in out if len(p.key.split()) > 1}
    known = surnames | slipped_surnames(doc, out, lone, surnames)
    out = sorted(out + [p for p in lone if p.key in known], key=lambda p: p.start)
    starts = {sent.start for sent in doc.sentences}
    return [
        p
        for p in out
        if p.title
        or len(p.key.split()) > 1
        or p.start not in starts
        or p.key in surnames
        or AGED.match(doc.folded, p.end)
    ]


def find_people(doc: Document, known_places: set[str]) -> list[PersonMention]:
    """People named in the article: capitalised runs of at most four words, stripped of titles and roles
    (kept as the title), that nothing says are a place, an organisation or a thing. A single word is a
    person only with a title, a speech verb or an age beside it, or as a surname named in full elsewhere."""
    not_names, non_person, roles = _vocab()
    openers = not_names | non_person
    out: list[PersonMention] = []
    lone: list[PersonMention] = []  # single capitalised words with nothing saying they are a person
    for start, end in capitalised_runs(doc):
        run = doc.folded[start:end]
        if " " not in run and run.lower().rstrip(".") in openers:
            continue  # a lone sentence opener ("The", "But"): a third of all runs, and never a name
        toks, title = _name_tokens(_tokens(run, start), roles, openers)
        if len(toks) >= 3 and _portfolio_before().search(doc.folded, max(0, toks[0][0] - 40), toks[0][0]):
            toks = toks[1:]  # "Minister of State for Space Harish Kulkarni": the portfolio is no part of the name
        if not toks:
            continue
        words = [t[2].rstrip(".'") for t in toks]
        if _not_a_person(doc, toks, words, title, known_places):
            continue
        before = doc.folded[max(0, toks[0][0] - 40) : toks[0][0]]
        after = doc.folded[toks[-1][1] : toks[-1][1] + 12]
        said_before = _patterns().said_before.search(before)
        aged = AGED.match(after)  # "Sumarni, 41, a market trader": one name, a person
        said_after = _patterns().said_after.match(after)
        name = " ".join(words)
        if len(words) > 4:
            continue
        if not person_key(name):
            continue  # nothing left but honorifics and titles
        mention = PersonMention(toks[0][0], toks[-1][1], doc.text[toks[0][0] : toks[-1][1]], person_key(name), title)
        if len(words) == 1 and not (title or said_before or said_after or aged):
            lone.append(mention)  # a person only if the article names someone of that surname in full
            continue
        out.append(mention)
    return _with_known_surnames(doc, out, lone)


@lru_cache(maxsize=1)
def _portfolio_before() -> re.Pattern[str]:
    """A role noun and the word that opens its portfolio right before a run of names ("Minister for",
    "Minister of State for"): the run's first word is the portfolio (roles.yaml, titles.yaml)."""
    data = lang.load()
    roles = alternation([*data.roles.role_nouns, *data.titles.post_words.levels])
    portfolio = alternation(data.titles.post_words.portfolio_before_name)
    return re.compile(rf"\b(?:{roles})\s+{portfolio}\s+$", re.I)


def is_place_word(name: str) -> bool:
    """A country or province, or a country's demonym ("Sri Lankan"): not a person's name."""
    gaz = gazetteer()
    key = place_key(name)
    if key in gaz.countries or key in gaz.admin1:
        return True
    for suffix, add in lang.load().places.in_text.demonym_endings.items():
        if key.endswith(suffix) and (key[: -len(suffix)] + add) in gaz.countries:
            return True
    return False


def _title_span(toks: list[tuple[int, int, str]], cut: int) -> tuple[int, int]:
    """The longest known title (or abbreviation) that covers the role word at ``cut``, a name after it."""
    titles = _titles_set()
    lowered = [normalise_title(t[2]) for t in toks]
    for size in _title_sizes():
        for k in range(max(0, cut - size + 1), cut + 1):
            if k + size < len(toks) and " ".join(lowered[k : k + size]) in titles:
                return k, k + size
    return cut, cut + 1


@lru_cache(maxsize=1)
def _title_sizes() -> tuple[int, ...]:
    """Word counts of the known titles of two words or more, longest first."""
    return tuple(sorted({n for t in _titles_set() if (n := len(t.split())) > 1}, reverse=True))


def _last_role_word(toks: list[tuple[int, int, str]], roles: frozenset[str]) -> int | None:
    """Index of the last role noun or title inside a capitalised run, when a name follows it."""
    titles = _titles_set()
    for i in range(len(toks) - 2, -1, -1):
        low = toks[i][2].lower().rstrip(".")
        if low in roles or normalise_title(low) in titles:
            return i
    return None


@lru_cache(maxsize=1)
def _titles_set() -> frozenset[str]:
    """Every known title, post, rank and spelled-out abbreviation, lower case."""
    data = lang.load().titles
    return (
        frozenset(data.name_titles)
        | frozenset(data.posts)
        | frozenset(data.abbreviations.values())
        | frozenset(r for group in data.rank_groups.values() for r in group)
    )




