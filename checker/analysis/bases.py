"""Where organisations are based, as news writes it: "Munich-based Orvane", "Harbec Systems, the
Aarhus software company", "Dulmar, which is headquartered in Rotterdam".

Found once per article; the place finder takes such a name as a place, and the place claim records
the organisation (role ``base``), so FC303 can compare bases across sources. The words are language
data (``lang/en/bases.yaml``); only the shape of the names is written here.
"""

from __future__ import annotations

import re
from functools import cache

from checker import lang
from checker.analysis.document import Document
from checker.normalise.patterns import alternation

# Case-sensitive on purpose: the organisation is a capitalised name, the words around it are not.
ORG = r"(?P<org>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})"
PLACE = r"(?P<place>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)"
LOWER = r"(?:[a-z][\w-]*\s+)"


def _words(words: list[str]) -> str:
    """The words as written (case kept), a space standing for any white space."""
    return alternation(words, space=r"\s+", fold_case=False)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The ways news writes where an organisation is based, from ``lang/en/bases.yaml``."""
    data = lang.load().bases
    hq = data.headquarters
    based, noun, article = _words(data.based), _words(data.organisation_nouns), _words(data.articles)
    return (
        # "Munich-based car parts supplier Orvane", "Copenhagen-based Harbec Systems"
        re.compile(rf"{PLACE}-{based}\s+{LOWER}{{0,4}}?{ORG}\b"),
        # "Rotterdam logistics group Dulmar"
        re.compile(rf"{PLACE}\s+{LOWER}{{0,3}}?{noun}\s+{ORG}\b"),
        # "Orvane, the Stuttgart car parts maker", "Harbec Systems, the Aarhus software company"
        re.compile(rf"{ORG},\s+{article}\s+{LOWER}{{0,2}}?{PLACE}(?:-{based})?\s+{LOWER}{{0,3}}?{noun}\b"),
        # "Dulmar, which is headquartered in Rotterdam", "Orvane, based in Stuttgart"
        re.compile(rf"{ORG},?\s+(?:{_words(data.which_is)}\s+)?{based}\s+{_words(data.based_in)}\s+{PLACE}"),
        # "Harbec's headquarters at Aarhus", "Harbec would keep its headquarters and brand in Aarhus"
        re.compile(
            rf"{ORG}(?:{_words(hq.possessive)}\s+|\s+(?:\w+\s+){{0,3}}?{_words(hq.pronouns)}\s+){_words(hq.nouns)}"
            rf"\s+(?:{_words(hq.joiners)}\s+\w+\s+)?{_words(hq.prepositions)}\s+{PLACE}"
        ),
    )


@cache
def _cue() -> re.Pattern[str]:
    """Every form needs one of these words: most sentences have none (phrases with a plain space)."""
    data = lang.load().bases
    words = alternation([*data.based, *data.headquarters.nouns], fold_case=False)
    return re.compile(rf"{words}|\b{_words(data.organisation_nouns)}\b")


@cache
def _leading_article() -> re.Pattern[str]:
    """ "The Orvane Group" is "Orvane Group"."""
    return re.compile(rf"^{_words([a.capitalize() for a in lang.load().bases.articles])}\s+")


@cache
def _not_organisations() -> frozenset[str]:
    """Capitalised words that open no organisation's name: "until next Monday", "in March"."""
    data = lang.load()
    return frozenset([*data.calendar.weekdays, *data.calendar.months, *data.names.not_names])


def bases_in(text: str) -> dict[int, str]:
    """Offset of a place name in ``text`` (a sentence) -> the organisation the text says is based there."""
    out: dict[int, str] = {}
    if not _cue().search(text):
        return out
    for pattern in _patterns():
        for m in pattern.finditer(text):
            org = _leading_article().sub("", m.group("org"))
            if org and org.split()[0].lower() not in _not_organisations():
                out.setdefault(m.start("place"), org)
    return out


def check_examples() -> None:
    """The examples of ``lang/en/bases.yaml``: each sentence says its organisation is based in its place."""
    wrong = [s for s, place, org in lang.load().bases.examples if bases_in(s).get(s.find(place)) != org]
    if wrong:
        raise ValueError(f"lang/en/bases.yaml: examples read the wrong way: {wrong}")


def organisation_bases(doc: Document) -> dict[int, str]:
    """Start offset of a place name -> the organisation the text says is based there."""
    if doc.cache.bases is not None:
        return doc.cache.bases
    out: dict[int, str] = {}
    for sent in doc.sentences:
        for at, org in bases_in(sent.text).items():
            out.setdefault(sent.start + at, org)
    doc.cache.bases = out
    return out
