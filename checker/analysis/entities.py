"""People in an article, found from the patterns of news writing.

Names come from capitalised runs, titles and role nouns ("envoy Pedro Alvarez", "Col. Hendra Wiratama", "Mr
Ortiz"); the runs, the patterns and what people and places share are built in ``mentions.py``, and places are
found in ``places_in_text.py`` from the same runs and patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.document import Document
from checker.analysis.mentions import PersonMention, _patterns, _titles_set, _vocab, capitalised_runs
from checker.analysis.surname_slips import slipped_surnames
from checker.normalise.names import normalise_title, person_key, split_title
from checker.normalise.patterns import alternation, search_lowered
from checker.normalise.place_lookup import place_key
from checker.normalise.places import gazetteer

# patterns run once per capitalised run, compiled once
NON_SPACE = re.compile(r"\S+")
SPACE = re.compile(r"\s")
ACRONYM = re.compile(r"[A-Z]{2,6}")


def _tokens(text: str, start: int) -> list[tuple[int, int, str]]:
    """The words of a run, with their offsets in the article."""
    if not SPACE.search(text):  # one word: most runs
        return [(start, start + len(text), text)] if text else []
    return [(start + m.start(), start + m.end(), m.group(0)) for m in NON_SPACE.finditer(text)]


AGED = re.compile(r",\s+\d{1,3},")  # "Sumarni, 41, a vegetable trader": an age after a name
# a nickname in quotation marks inside a name: Vincent "The Chin" Gigante, Anthony "Fat Tony" Salerno
NICKNAMED = re.compile(r"\b([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)\s+([\"'])[A-Z][^\"'\n]{0,30}\2\s+([A-Z][\w'-]+)")


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
    nicknamed = _nicknamed(doc, openers, roles, known_places)
    if nicknamed:
        # the name's own words, read apart above ("Vincent", "Gigante"), give way to the whole name
        spans = [(p.start, p.end) for p in nicknamed]
        out = [p for p in out if not any(lo <= p.start < hi for lo, hi in spans)] + nicknamed
        lone = [p for p in lone if not any(lo <= p.start < hi for lo, hi in spans)]
    return _with_known_surnames(doc, out, lone)


def _nicknamed(
    doc: Document, openers: frozenset[str], roles: frozenset[str], known_places: set[str]
) -> list[PersonMention]:
    """Names with a nickname in quotation marks between given name and surname (Vincent "The Chin" Gigante),
    keyed by the name without it ("vincent gigante"); not in a headline, whose capitals and quotation marks
    mark words of every kind ('Ross 'Catching Fire' Negotiations')."""
    out = []
    for m in NICKNAMED.finditer(doc.folded):
        if doc.in_title(m.start()) or doc.sentence_at(m.start()) is None:
            continue
        given, surname, start = m.group(1).split(), m.group(3), m.start(1)
        if len(given) == 2 and (given[0].lower() in openers or given[0].lower() in roles):
            given, start = given[1:], m.start(1) + m.group(1).index(given[1], len(given[0]))  # "Mob Boss Vincent"
        words = [w.rstrip(".'") for w in given] + [surname]
        if any(w.lower() in openers for w in words):
            continue
        toks = [(start, m.end(1), " ".join(given)), (m.start(3), m.end(3), surname)]
        key = person_key(" ".join(words))
        if not key or _not_a_person(doc, toks, [" ".join(words[:-1]), surname], None, known_places):
            continue
        out.append(PersonMention(start, m.end(), doc.text[start : m.end()], key, None))
    return out


@lru_cache(maxsize=1)
def _portfolio_before() -> re.Pattern[str]:
    """A role noun and the word that opens its portfolio right before a run of names ("Minister for",
    "Minister of State for"): the run's first word is the portfolio (roles.yaml, titles.yaml)."""
    data = lang.load()
    roles = alternation([*data.roles.role_nouns, *data.titles.post_words.levels])
    portfolio = alternation(data.titles.post_words.portfolio_before_name)
    return re.compile(rf"\b(?:{roles})\s+{portfolio}\s+$", re.I)


def is_place_word(name: str, divisions: bool = True) -> bool:
    """A country or (with ``divisions``) a province, or a country's demonym ("Sri Lankan"): not a person's name."""
    gaz = gazetteer()
    key = place_key(name)
    if key in gaz.countries or divisions and key in gaz.admin1:
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
