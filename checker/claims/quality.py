"""Qualities a story gives of a thing it names: the colour of a vehicle named by its make ("a silver Toyota
Camry", "a gray 2013 Toyota Camry"), which police descriptions repeat and outlets copy wrongly, and what a
named person died of ("W. Mark Felt died yesterday from Alzheimer's disease" / "Felt died of heart failure").

Read where a colour word comes right before a make (a year may stand between), with the model's capitalised
words after the make; the thing is keyed by make and model as written ("toyota camry"). Two colours joined
("silver-grey", "black and white") are one description of both. A cause of death is read after a death verb
and "of" or "from" (a few words may stand between: "died early Monday of"), keyed by the person named before
the verb in its sentence. The words are language data (``lang/en/qualities.yaml``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.analysis.attribution import resolve_person
from checker.analysis.document import Document
from checker.analysis.entities import PersonMention
from checker.models import QualityClaim
from checker.normalise.patterns import alternation

MODEL_WORD = r"[A-Z][\w-]*|\d+[A-Za-z][\w-]*"  # "Camry", "Crown Victoria", "F-150", "4Runner"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    data = lang.load().qualities
    words = alternation((w for ws in data.colours.values() for w in ws), fold_case=False)
    joiner = alternation(data.colour_joiners, fold_case=False)
    makes = alternation(data.vehicle_makes, fold_case=False)
    return re.compile(
        rf"\b(?P<colours>(?:{words})(?:(?:\s*{joiner}\s*)+(?:{words}))?)\s+(?:(?:19|20)\d\d\s+)?"
        rf"(?P<make>{makes})(?P<model>(?:\s+(?:{MODEL_WORD}))*)\b"
    )


@lru_cache(maxsize=1)
def _colour_of() -> dict[str, str]:
    return {w: colour for colour, ws in lang.load().qualities.colours.items() for w in ws}


def read_colours(doc: Document) -> list[QualityClaim]:
    """Each vehicle an article describes by colour, with the colours given."""
    colour_of = _colour_of()
    out = []
    for sent in doc.sentences:
        for m in _pattern().finditer(doc.text, sent.start, sent.end):
            named = (m.group("make") + m.group("model")).split()
            colours = sorted({colour_of[w] for w in re.findall(r"[a-z]+", m.group("colours")) if w in colour_of})
            out.append(
                QualityClaim(
                    **doc.located(m.start(), m.end(), sent),
                    quality="colour",
                    values=tuple(colours),
                    thing=" ".join(w.lower() for w in named),
                )
            )
    return out


CAUSE_GAP_WORDS = 4  # words between the verb and "of": "died early on Monday of"
CAUSE_WORDS = 5  # a cause runs to five words at most: "complications from a heart attack"
CAUSE_OF_DEATH = "cause of death"


@lru_cache(maxsize=1)
def _death_pattern() -> re.Pattern[str]:
    death = lang.load().qualities.death
    gap = rf"(?:\s+[\w'-]+){{0,{CAUSE_GAP_WORDS}}}?"
    # each verb with its own words before the cause ("died of", "succumbed to"); the gap is one group for all
    forms = "|".join(
        rf"{alternation([verb])}(?={gap}\s+{alternation(before)}\s)" for verb, before in death.verbs.items()
    )
    before = alternation(sorted({w for ws in death.verbs.values() for w in ws}))
    return re.compile(rf"\b(?:{forms})(?P<gap>{gap})\s+{before}\s+(?P<cause>[\w' -]+)", re.I)


def _cause_words(cause: str) -> tuple[str, ...]:
    """The words a cause is compared by ("congestive heart failure" -> heart), none for a vague cause."""
    death = lang.load().qualities.death
    kin = {w: group[0] for group in death.kin for w in group}
    hedge_words = {w for h in death.hedges for w in h.split()}
    words = re.findall(r"[a-z][a-z'-]*", cause.lower())
    if set(words) & set(death.vague):
        return ()
    return tuple(sorted({kin.get(w, w) for w in words} - set(death.generic) - hedge_words))


def _cause_span(doc: Document, m: re.Match[str]) -> tuple[int, int] | None:
    """Where the cause is written: past any hedge ("an apparent", "complications from") to the word before a
    stop word ("at" a hospital, "last" year, "Thursday"). None when a name cuts it ("from former Gov. Palin":
    no illness) or it runs on past five words."""
    death = lang.load().qualities.death
    calendar = lang.load().calendar
    stops = {*death.stops, *death.time_words, *calendar.weekdays, *calendar.months}
    if set(death.stops) & set(m.group("gap").lower().split()):
        return None  # "died on the way from the airport": no cause
    tokens = list(re.finditer(r"[\w'-]+", doc.text[m.start("cause") : m.end("cause")]))
    words = [t.group(0).lower() for t in tokens]
    for hedge in sorted(death.hedges, key=lambda h: -len(h.split())):
        n = len(hedge.split())
        if words[:n] == hedge.split():
            tokens, words = tokens[n:], words[n:]
    kept = []
    for t, word in zip(tokens[: CAUSE_WORDS + 1], words, strict=False):
        if word in stops:
            break  # "of pneumonia at a hospital", "of cancer last year", "of pneumonia Thursday"
        if t.group(0)[:1].isupper() and not word.endswith("'s"):
            return None  # a name, not an illness ("Alzheimer's" is one)
        kept.append(t)
    if not kept or len(kept) > CAUSE_WORDS:
        return None
    return m.start("cause") + kept[0].start(), m.start("cause") + kept[-1].end()


def _deceased(a: ArticleAnalysis, sent_start: int, verb_at: int) -> PersonMention | None:
    """The person named last before the verb in its sentence, if any; in a sentence that opens in lower case
    (a name's "Sr." taken for a full stop: "W. Mark Felt, Sr., | the number 2 man ... died"), the one named last
    in the sentence before."""
    start = sent_start
    if a.doc.text[sent_start : sent_start + 1].islower() and (prev := a.doc.sentence_at(sent_start - 1)):
        start = prev.start
    before = [p for p in a.people if start <= p.start and p.end <= verb_at]
    return before[-1] if before else None


def read_causes_of_death(a: ArticleAnalysis) -> list[QualityClaim]:
    """What each named person an article reports dead died of."""
    doc, out = a.doc, []
    for sent in doc.sentences:
        for m in _death_pattern().finditer(doc.text, sent.start, sent.end):
            span = _cause_span(doc, m)
            person = _deceased(a, sent.start, m.start())
            if span is None or person is None or not (words := _cause_words(doc.text[span[0] : span[1]])):
                continue
            out.append(
                QualityClaim(
                    **doc.located(span[0], span[1], sent),
                    quality=CAUSE_OF_DEATH,
                    values=words,
                    thing=resolve_person(person.key, a.known_people),
                )
            )
    return out


def check_examples() -> None:
    """The examples of ``lang/en/qualities.yaml``: each text reads as the thing and colours given, and as the
    person and cause of death given."""
    from checker.analysis.article import analyse_cluster
    from checker.analysis.document import analyse
    from checker.models import Article

    wrong = []
    for ex in lang.load().qualities.examples:
        found = read_colours(analyse(Article(id="x", path="x", text=ex.text)))
        got = (found[0].thing, list(found[0].values)) if found else ("", [])
        if got != (ex.thing, sorted(ex.colours)):
            wrong.append(f"{ex.text!r} read as {got}")
    for death in lang.load().qualities.death.examples:
        causes = read_causes_of_death(analyse_cluster([Article(id="x", path="x", text=death.text)])[0])
        got_death = (causes[0].thing, list(causes[0].values)) if causes else ("", [])
        if got_death != (death.person, sorted(death.cause)):
            wrong.append(f"{death.text!r} read as {got_death}")
    if wrong:
        raise ValueError(f"lang/en/qualities.yaml: examples read the wrong way: {wrong}")


def extract(a: ArticleAnalysis) -> list[QualityClaim]:
    """The colours an article gives the vehicles it names, and what the people it reports dead died of."""
    return [*read_colours(a.doc), *read_causes_of_death(a)]
