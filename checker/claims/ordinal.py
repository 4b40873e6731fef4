"""A named person's place in a succession: "Matt Smith, the 12th Doctor", "Maurice Cheeks, who was fired March 2
as head coach, is the fourth head coach since King took over", "Peter Capaldi will be the Twelfth Doctor".

Read right after a person's name: an apposition or a linking verb, "the", an ordinal and the noun it places
the person among. A record ("the first woman to win") and a time, rank or size ("the second time", "the
third day") are none. The words are language data (``lang/en/ordinals.yaml``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.analysis.attribution import resolve_person
from checker.models import OrdinalClaim
from checker.normalise.patterns import phrases
from checker.normalise.text import without_plural_ending

NOUN_WORD = re.compile(r"\s+([A-Za-z][\w'-]*)")


@lru_cache(maxsize=1)
def _after_name() -> re.Pattern[str]:
    """From the end of a name to its ordinal: a relative clause may stand between, then a comma (an
    apposition) or a linking verb, "the" and the ordinal (a word, or digits with their ending)."""
    data = lang.load().ordinals
    relative = rf"(?:,\s+{phrases(data.relative_openers)}\b[^,.;]{{1,120}},)?"
    link = rf"(?:\s*,\s*|\s+{phrases(data.links)}\s+)"
    ordinal = rf"(?P<ord>{phrases(data.words)}|\d{{1,3}}(?:{phrases(data.digit_endings)}))"
    return re.compile(rf"{relative}{link}{phrases(data.determiners)}\s+{ordinal}\b(?!-)", re.I)


def _value(written: str) -> int:
    data = lang.load().ordinals
    low = written.lower()
    return data.words.get(low) or int(re.sub(r"\D", "", low) or 0)


def _noun(text: str, at: int, end: int) -> tuple[str, int, str] | None:
    """The head of the noun after an ordinal (up to three words, ending before a word of ``noun_ends`` or a
    stop), singular and lower case, where it ends, and the word of ``bounds`` after it that bounds the
    succession ("since", "in"; "" when none); None for a record, a time, a rank or a size."""
    data = lang.load().ordinals
    taken: list[re.Match[str]] = []
    pos = at
    while len(taken) < 3 and (m := NOUN_WORD.match(text, pos, end)) and m.group(1).lower() not in data.noun_ends:
        taken.append(m)
        pos = m.end()
        if text[pos : pos + 1] in ",.;:!?)":
            break
    if not taken:
        return None
    after = NOUN_WORD.match(text, pos, end)
    if after and after.group(1).lower() in data.record_after:
        return None  # "the first woman to win": a record
    head = taken[-1].group(1).lower()
    if head in data.not_successions or any(m.group(1).lower() in data.not_successions for m in taken):
        return None
    bound = after.group(1).lower() if after and after.group(1).lower() in data.bounds else ""
    return without_plural_ending(head), pos, bound


def extract(a: ArticleAnalysis) -> list[OrdinalClaim]:
    """Each person's place in a succession, as the words right after their name give it."""
    doc, out = a.doc, []
    for p in a.people:
        sent = doc.sentence_at(p.start)
        if sent is None:
            continue
        m = _after_name().match(doc.folded, p.end, sent.end)
        if m is None or not (value := _value(m.group("ord"))):
            continue
        noun = _noun(doc.folded, m.end(), sent.end)
        if noun is None:
            continue
        out.append(
            OrdinalClaim(
                **doc.located(m.start("ord"), noun[1], sent),
                person=resolve_person(p.key, a.known_people),
                written=p.text,
                ordinal=value,
                noun=noun[0],
                scope=noun[2],
            )
        )
    return out


def check_examples() -> None:
    """The examples of ``lang/en/ordinals.yaml``: each text reads as the person, place and noun given."""
    from checker.analysis.article import analyse_cluster
    from checker.models import Article

    wrong = []
    for ex in lang.load().ordinals.examples:
        analysis = analyse_cluster([Article(id="x", path="x", text=ex.text)])[0]
        found = extract(analysis)
        got = (found[0].person, found[0].ordinal, found[0].noun) if found else ("", 0, "")
        if got != (ex.person, ex.ordinal, ex.noun):
            wrong.append(f"{ex.text!r} read as {got}")
    if wrong:
        raise ValueError(f"lang/en/ordinals.yaml: examples read the wrong way: {wrong}")
