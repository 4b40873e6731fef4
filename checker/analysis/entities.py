"""People and places in an article, found from the patterns of news writing.

No model is available here, so names come from capitalised runs, titles and role nouns ("envoy
Pedro Alvarez", "Col. Hendra Wiratama", "Mr Ortiz"), and places from a gazetteer checked against
their context ("in the city of X", "X district of Y", "X province").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from checker import lang
from checker.analysis.bases import organisation_bases
from checker.analysis.document import Document
from checker.normalise.names import normalise_title, person_key, split_title
from checker.normalise.patterns import alternation, search_lowered
from checker.normalise.patterns import phrases as _words
from checker.normalise.places import Place, bare_division, gazetteer, place_key
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
    # a demonym before a full name is no part of it ("the Italian Gianluca Moretti")
    while len(toks) >= 3 and is_place_word(toks[0][2]):
        toks = toks[1:]
    # an unknown acronym before a full name is a post ("SRC Meera Dash", "NDRF commandant ..."): drop it
    while len(toks) >= 3 and ACRONYM.fullmatch(toks[0][2]) and toks[1][2][:1].isupper():
        toks = toks[1:]
    if toks and toks[-1][2].endswith(".") and len(toks[-1][2]) > 2:  # a full stop, not an initial
        toks[-1] = (toks[-1][0], toks[-1][1] - 1, toks[-1][2][:-1])
    return toks, title


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
    if any(w.isupper() and len(w) > 1 or "-" in w and p.lower_compound.search(w) for w in words):
        return True  # acronyms, shouted headlines and compounds ("US-backed")
    before = doc.folded[max(0, toks[0][0] - 40) : toks[0][0]]
    if search_lowered(p.locative, before) and not title:
        return True
    name = " ".join(words)
    if place_key(name) in known_places or is_place_word(name):
        return True
    after = doc.folded[toks[-1][1] : toks[-1][1] + 12]
    if p.level_after.match(after) or p.country_possession.match(after):
        return True
    return bool(p.possessive_before.search(doc.folded[max(0, toks[0][0] - 3) : toks[0][0]]))


def _with_known_surnames(doc: Document, out: list[PersonMention], lone: list[PersonMention]) -> list[PersonMention]:
    """The people, with a lone capitalised word only when it is the surname of someone the article names
    in full; a one-word name opening a sentence ("Seismologists said") likewise, unless titled or aged."""
    surnames = {p.key.split()[-1] for p in out if len(p.key.split()) > 1}
    out = sorted(out + [p for p in lone if p.key in surnames], key=lambda p: p.start)
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


_SPLITS = re.compile(r"[\s,-]")


def _candidates(doc: Document) -> list[tuple[int, int]]:
    """Capitalised runs and their sub-runs, longest first, as place candidates."""
    if doc.cache.place_candidates is not None:
        return doc.cache.place_candidates
    spans: list[tuple[int, int]] = []
    for start, end in capitalised_runs(doc):
        run = doc.folded[start:end]
        if run and not _SPLITS.search(run):
            spans.append((start, end))  # one word: most runs
            continue
        parts = [
            (m.start() + start, m.end() + start) for m in re.finditer(r"[^\s,-]+(?:-e\s\S+)?", doc.folded[start:end])
        ]
        # split hyphenated org names ("Mission-Sudan") too
        n = len(parts)
        for size in range(min(n, 4), 0, -1):
            for i in range(n - size + 1):
                spans.append((parts[i][0], parts[i + size - 1][1]))
    doc.cache.place_candidates = spans
    return spans


def _choose(cands: list[Place], countries: set[str], regions: frozenset[str] = frozenset()) -> Place | None:
    """One reading of an ambiguous name: a division first, then a town in a province the cluster names."""
    if not cands:
        return None
    if cands[0].level == "country":
        return cands[0]
    scoped = [p for p in cands if p.country in countries] or (cands if not countries else [])
    if not scoped:
        return None
    divisions = [p for p in scoped if p.level in ("admin1", "admin2")]
    if divisions:
        return divisions[0]
    named = [p for p in scoped if p.region() in regions]
    if named:
        return named[0]
    if len({p.region() for p in scoped}) > 1:
        # several towns of that name in different provinces and nothing to choose by: the country is
        # known, the province is not ("Bandung" is in West Java, and also a village in East Java)
        first = scoped[0]
        return Place(first.name, first.level, None, first.country)
    return scoped[0]


@lru_cache(maxsize=1)
def _org_after() -> re.Pattern[str]:
    """An organisation noun after a place name: "Kabul Bank", "the Palu search and rescue office"."""
    return re.compile(rf"^[\s-]*(?:[A-Z]\w*\s+)*{alternation(lang.load().roles.organisation_nouns)}\b", re.I)


class _CandidateFacts(NamedTuple):
    """What the text around a place candidate says, whatever the cluster knows: found once per article."""

    text: str
    end: int
    cands: list[Place]
    context: bool  # placed by the words around it ("in X", "X province", "X-based", a dateline)
    after: str


def _candidate_facts(
    doc: Document, start: int, end: int, not_names: frozenset[str], non_person: frozenset[str]
) -> _CandidateFacts | None:
    """None when the candidate is no place whatever the cluster knows."""
    gaz = gazetteer()
    text = doc.folded[start:end].rstrip(".")
    end = start + len(text)
    low = text.lower()
    if low in not_names or len(text) < 3 and not text.isupper():
        return None
    cands = gaz.lookup(text)
    if not cands:
        return None
    before = doc.folded[max(0, start - 40) : start]
    after = doc.folded[end : end + 60]
    p = _patterns()
    if p.clock_after.match(after):
        return None  # "10.12pm Jakarta time": a clock, not a place
    based = start in organisation_bases(doc)  # "Orvane, the Stuttgart car parts maker"
    locative = bool(search_lowered(p.locative, before))
    context = (
        locative
        or bool(p.level_after.match(after))
        or (start == doc.sentences[0].start if doc.sentences else False)
        or text.isupper()
        and doc.folded[start - 1 : start] in ("", "\n")
        and after[:1] in (",", " ")
        or bool(p.based_after.match(after))
        or _named_with_division(after)
        or based
    )
    if cands[0].level == "locality":
        if p.article_before.search(before) and not (p.level_after.match(after) or based):
            return None  # "across the Atlantic", "the Gulf": not a town
        if any(w in non_person for w in low.split()):
            return None
        if _inside_name(doc, start, end):
            return None  # "Northgate Yield", "in Elton Brand": a town's name opening a longer name is part of it
        if not locative and _tail_of_name(doc, start, not_names | non_person):
            return None  # "the Innere Altstadt": the end of a longer name is not the town of that name
    return _CandidateFacts(text, end, cands, context, after)


def find_places(
    doc: Document,
    countries: set[str],
    people: list[PersonMention],
    known: frozenset[str] = frozenset(),
    regions: frozenset[str] = frozenset(),
) -> list[PlaceMention]:
    """Places in the article. ``known``: names the cluster already placed with context elsewhere."""
    gaz = gazetteer()
    not_names, non_person, _roles = _vocab()
    taken: list[tuple[int, int]] = [(p.start, p.end) for p in people]
    covered = bytearray(len(doc.folded) + 1)  # 1 where a person or an earlier place stands
    for p in people:
        covered[p.start : p.end] = b"\x01" * (p.end - p.start)
    out: list[PlaceMention] = []
    told: dict[str, Place] = {}  # towns the article itself places in a division
    told_at: set[int] = set()
    candidates = _candidates(doc)
    if not countries:
        # no country named: the countries of this article's unambiguous places settle the rest
        countries = set()
        for start, end in candidates:
            codes = {p.country for p in gaz.lookup(doc.folded[start:end].rstrip(".")) if p.country}
            if len(codes) == 1 and doc.folded[start : start + 1].isupper():
                countries |= codes
    facts: dict[tuple[int, int], _CandidateFacts | None] = doc.cache.place_facts
    patterns = _patterns()
    for start, run_end in candidates:
        if 1 in covered[start:run_end]:
            continue
        if (start, run_end) not in facts:  # the second pass over an article reads what the first found
            facts[(start, run_end)] = _candidate_facts(doc, start, run_end, not_names, non_person)
        fact = facts[(start, run_end)]
        if fact is None:
            continue
        text, end, cands, context, after = fact
        if not context and not (cands[0].level in ("country", "admin1") or place_key(text) in known):
            continue
        place = _choose(cands, countries, regions)
        if place is None:
            continue
        org_name = bool(_org_after().match(after) and not patterns.level_after.match(after))
        in_org = org_name or doc.folded[start - 1 : start] == "-"
        m = patterns.contained.match(after)
        inside = within(place, m.group("outer"), bool(m.group("level"))) if m and place.level == "locality" else place
        told_end = None
        if inside != place:
            place = inside
            told.setdefault(place_key(text), place)
            told_at.add(start)
            told_end = end + m.end() if m else None
        taken.append((start, end))
        covered[start:end] = b"\x01" * (end - start)
        out.append(PlaceMention(start, end, doc.text[start:end], place, in_org, told_end))
    # where the article says a town lies holds for every mention of it in that article, not only the
    # one the division is named beside: "Bannu, in Punjab province ... Bannu's hospital"
    out = [
        replace(p, place=told[k])
        if (k := place_key(p.text)) in told and p.place.level == "locality" and p.start not in told_at
        else p
        for p in out
    ]
    # unknown districts named with their province: "Traversara, in the province of Ravenna"
    out.extend(_unlisted_districts(doc, out, taken))
    return sorted(out, key=lambda p: p.start)


def _inside_name(doc: Document, start: int, end: int) -> bool:
    """The span is followed by more capitalised words of the same name (not a level word like "District")."""
    nxt = re.match(rf"^[ -]({CAP_WORD})", doc.folded[end : end + 40])
    level_after = _patterns().level_after.match(doc.folded[end : end + 40])
    return bool(nxt) and not level_after and not (nxt and nxt.group(1)[0] == "(")


def _tail_of_name(doc: Document, start: int, openers: frozenset[str]) -> bool:
    """The span ends a longer capitalised name ("Innere Altstadt", "Wettiner Schatzhaus"): the word
    before it is capitalised and is no sentence opener, title, compass word or place of its own."""
    prev = re.search(rf"(?:^|\s)({CAP_WORD}) $", doc.folded[max(0, start - 40) : start])
    if not prev:
        return False
    if prev.group(1).endswith((".", *possessive().singular, *possessive().plural)):
        return False  # "Uttar Pradesh's Hapur", "the IMD. Chandbali": an owner or a sentence's end, not a name
    word = prev.group(1).lower()
    places = lang.load().places
    if word in openers or word in places.in_text.name_modifiers or word in places.compass or word in _titles_set():
        return False
    return not gazetteer().lookup(prev.group(1))


def _named_with_division(after: str) -> bool:
    """ "Talcher, in Angul district", "Traversara (Ravenna)": a name given with its division is a place."""
    m = _patterns().contained.match(after)
    if not m:
        return False
    outer = m.group("outer")
    if m.group("level") or _patterns().division_end.search(outer):
        return True
    return any(p.level in ("country", "admin1", "admin2") for p in gazetteer().lookup(outer))


def within(place: Place, outer_name: str, named_division: bool = False) -> Place:
    """A place the text puts inside a named division ("Bannu, in Punjab province", "Traversara (Ravenna)").

    What the text says wins over the gazetteer: the article's own claim is what gets checked.
    ``named_division``: the text calls the outer name a division ("in Cuttack district"); when the
    gazetteer knows it only as a town, the division is the one that town lies in (districts are
    commonly named after their chief town, and spelled differently from the gazetteer's name).
    """
    words = outer_name.split()
    if len(words) > 1 and _patterns().level_named.fullmatch(" " + words[-1]):
        outer_name, named_division = " ".join(words[:-1]), True  # "Angul district"
    found = [p for p in gazetteer().lookup(outer_name) if not place.country or p.country == place.country]
    div = next((p for p in found if p.level in ("admin1", "admin2")), None)
    if div is None and named_division:
        town = next((p for p in found if p.level == "locality"), None)
        if town is not None and town.region():
            # the district named after its chief town: the gazetteer's district for it, else the name itself
            district = town.district() or bare_division(outer_name)
            return Place(place.name, "locality", town.region(), town.country, district, stated=True)
        if not found and place.admin1 and outer_name[:1].isupper():
            # a district the gazetteer does not list, named as one by the text ("Ikeja Local
            # Government Area"): the town keeps its province and gets the district the text gives
            return Place(place.name, "locality", place.admin1, place.country, bare_division(outer_name), stated=True)
    if div is None:
        return place
    if div.level == "admin2":
        return Place(place.name, "locality", div.region(), div.country, div.district(), stated=True)
    same = place.admin1 == div.region()
    return Place(place.name, "locality", div.region(), div.country, place.admin2 if same else None, stated=True)


def _unlisted_districts(doc: Document, found: list[PlaceMention], taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Places the gazetteer does not know, placed by the text in a known division ("Traversara, in the
    province of Ravenna"); ``taken``: spans already read as people or places."""
    gaz = gazetteer()
    out = []
    for m in _patterns().unlisted.finditer(doc.folded):
        s, e = m.start("name"), m.end("name")
        if any(ts < e and s < te for ts, te in taken):
            continue
        if gaz.is_known(m.group("name")):
            continue
        place = within(Place(m.group("name"), "locality", None, None), m.group("outer"), bool(m.group("level")))
        if place.admin1:
            out.append(PlaceMention(s, e, doc.text[s:e], place, False))
    return out


def check_examples() -> None:
    """The pattern examples of ``lang/en/places.yaml``'s ``in_text`` and ``names.yaml`` read as documented (the
    people are read by the whole extractor, in tests/test_lang_data.py)."""
    from checker.analysis.document import analyse
    from checker.models import Article

    p, data = _patterns(), lang.load()
    ex, names = data.places.in_text.examples, data.names.examples
    wrong = [s for s in ex.locative if not search_lowered(p.locative, s)]
    wrong += [s for s in ex.level_after if not p.level_after.match(s)]
    wrong += [
        s for s, outer in ex.contained if getattr(p.contained.match(s), "group", lambda _: None)("outer") != outer
    ]
    for s, name, outer in ex.unlisted:
        m = p.unlisted.search(s)
        wrong += [s] if not m or (m.group("name"), m.group("outer")) != (name, outer) else []
    wrong += [s for s in ex.country_possessions if not p.country_possession.match(s)]
    wrong += [s for s in ex.clocks if not p.clock_after.match(s)]
    wrong += [s for s in ex.demonyms if not is_place_word(s)]
    for s, place in ex.not_name_tails:
        doc = analyse(Article(id="a", path="a.txt", text="Report\n\n" + s))
        wrong += [s] if _tail_of_name(doc, doc.folded.index(place), frozenset()) else []
    wrong += [s for s in names.compounds if not p.lower_compound.search(s)]
    wrong += [s for s in names.not_compounds if p.lower_compound.search(s)]
    if wrong:
        raise ValueError(f"lang/en/places.yaml, names.yaml: examples read the wrong way: {wrong}")
