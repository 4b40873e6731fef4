"""Age claims: how old a named person is, as news gives it right beside the name: "Catherine Gomes, 61, was
found", "61-year-old Kathryn Gomes", "Robyn Mendes, aged 48". A person is keyed by the cluster's full name for
them; a surname alone counts only when the cluster names one person by it in full (a mother and her son share
theirs). The words are language data
(``lang/en/counting.yaml``, ``age_before`` and ``age_after``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.analysis.attribution import resolve_person
from checker.analysis.clock import clock_halves
from checker.models import AgeClaim
from checker.normalise.names import same_person
from checker.normalise.numbers import words_to_number
from checker.normalise.patterns import alternation, phrases

OLDEST = 120  # a figure beside a name above this is no age ("Smith, 1998,")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The age between commas after a name (", 61,", ", aged 48,"), and the age glued before one ("61-year-old
    Kathryn Gomes", "the 48-year-old mother Robyn Mendes": up to two lower-case words between)."""
    words = lang.load().counting
    before = alternation(words.age_before)
    after = phrases((w.replace("-", " ") for w in words.age_after), space=r"[\s-]")  # "61-year-old", "61 year old"
    cardinal = alternation(lang.load().numbers.cardinals)
    spelled = rf"\b{cardinal}(?:[\s-]{cardinal})?"  # "Sixty-year-old", "sixty-one-year-old"
    return (
        re.compile(rf",\s+(?:{before}\s+)?(?P<age>\d{{1,3}})\s*(?=[,;)]|\.(?:\s|$))", re.I),
        re.compile(rf"(?P<age>\d{{1,3}}|{spelled})[\s-]{after}\s+(?:[a-z][\w'-]*\s+){{0,2}}$", re.I),
    )


def _years(written: str) -> int:
    """An age as written: "61", "Sixty", "sixty-one" (0 when the words are no number)."""
    if written.isdigit():
        return int(written)
    value = words_to_number(written)
    return int(value) if value is not None and value.is_integer() else 0


@lru_cache(maxsize=1)
def _at_death() -> re.Pattern[str]:
    """ "has died after a long illness, aged 78", "died at 78": an age right after a death verb (up to 60
    characters on, in the same sentence)."""
    words = lang.load().counting
    verbs, at = phrases(words.death_verbs), phrases(words.age_at_death)
    am, pm = clock_halves(r"\s?")
    clock = rf"(?![\d,.:]\d)(?!\s*(?:{am}|{pm}))"  # "passed away at 6:41pm", "died at 6 p.m.": a time, no age
    return re.compile(rf"\b{verbs}\b[^.;]{{0,60}}?\b{at}\s+(?P<age>\d{{1,3}})\b{clock}", re.I)


def _death_ages(a: ArticleAnalysis) -> list[AgeClaim]:
    """The age at which the one person a sentence names before its death verb died."""
    doc, out = a.doc, []
    for sent in doc.sentences:
        m = _at_death().search(doc.folded, sent.start, sent.end)
        if m is None or not 0 < int(m.group("age")) <= OLDEST:
            continue
        named = {p.key: p for p in a.people if sent.start <= p.start < m.start() and len(p.key.split()) >= 2}
        if len(named) != 1:
            continue  # no one, or several: whose age it is is not said
        p = next(iter(named.values()))
        out.append(
            AgeClaim(
                **doc.located(m.start("age"), m.end("age"), sent),
                person=resolve_person(p.key, a.known_people),
                written=p.text,
                age=int(m.group("age")),
                at_death=True,
            )
        )
    return out


def _one_namesake(surname: str, known: dict[str, list[str]]) -> bool:
    """The cluster names one person only by this surname in full ("Brandvold, 60," of Curtis Brandvold)."""
    names = known.get(surname, [])
    return bool(names) and all(same_person(n, names[0]) for n in names[1:])


def extract(a: ArticleAnalysis) -> list[AgeClaim]:
    """Each person's age beside their full name, and the age at which a person named died."""
    after, before = _patterns()
    doc, out = a.doc, _death_ages(a)
    for p in a.people:
        if len(p.key.split()) < 2 and not _one_namesake(p.key, a.known_people):
            continue  # a surname alone two people of the cluster share: a mother's or her son's age
        if (sent := doc.sentence_at(p.start)) is None:
            continue
        lead = max(sent.start, p.start - 40)
        m = after.match(doc.folded, p.end, sent.end) or before.search(doc.folded, lead, p.start)
        if m is None or not 0 < _years(m.group("age")) <= OLDEST:
            continue
        out.append(
            AgeClaim(
                **doc.located(m.start("age"), m.end("age"), sent),
                person=resolve_person(p.key, a.known_people),
                written=p.text,
                age=_years(m.group("age")),
            )
        )
    return sorted({c.start: c for c in reversed(out)}.values(), key=lambda c: c.start)  # one claim per figure
