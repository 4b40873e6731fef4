"""Age claims: how old a named person is, as news gives it right beside the name: "Catherine Gomes, 61, was
found", "61-year-old Kathryn Gomes", "Robyn Mendes, aged 48". A person is keyed by the cluster's full name for
them; a surname alone is left out (a mother and her son share it). The words are language data
(``lang/en/counting.yaml``, ``age_before`` and ``age_after``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.analysis.attribution import resolve_person
from checker.models import AgeClaim
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


def extract(a: ArticleAnalysis) -> list[AgeClaim]:
    """Each person's age beside their full name."""
    after, before = _patterns()
    doc, out = a.doc, []
    for p in a.people:
        if len(p.key.split()) < 2 or (sent := doc.sentence_at(p.start)) is None:
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
    return out
