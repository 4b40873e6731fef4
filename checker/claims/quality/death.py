"""What a named person died of, and where: "W. Mark Felt died yesterday from Alzheimer's disease at a hospice"
/ "Felt died of heart failure Thursday at his home". A cause is read after a death verb and "of" or "from" (a
few words may stand between: "died early Monday of"); a place of death is the first kind of place ("home",
"hospice", "hospital", "the scene", "prison") after "at" or "in" in the words that follow the verb. Both are
keyed by who died: the named subject of the death verb as the checker's own parse reads it (see ``deceased``).
A cause written with a capital (a name, "AIDS") is not read: it is more often a name than an illness.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.analysis.attribution import resolve_person
from checker.analysis.clauses import subjects_at
from checker.analysis.document import Document, Sentence
from checker.analysis.mentions import PersonMention
from checker.models import QualityClaim
from checker.normalise.patterns import alternation

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


def _nearest_before(a: ArticleAnalysis, sent_start: int, verb_at: int) -> PersonMention | None:
    """The person the sentence opens with ("Terry Ashdown, whose anthem Wearside Girl was a hit, died"), else
    the one named last before the verb, if any; in a sentence that opens in lower case (a name's "Sr." taken
    for a full stop: "W. Mark Felt, Sr., | the number 2 man ... died"), the one named last in the sentence
    before."""
    start = sent_start
    if a.doc.text[sent_start : sent_start + 1].islower() and (prev := a.doc.sentence_at(sent_start - 1)):
        start = prev.start
    before = [p for p in a.people if start <= p.start and p.end <= verb_at]
    if before and before[0].start == sent_start:
        return before[0]
    return before[-1] if before else None


def deceased(a: ArticleAnalysis, verbs: list[tuple[Sentence, int]]) -> dict[int, str | None]:
    """Who died, for each death verb (its sentence and offset in the text), as a person key: the subject of the
    verb as the parse reads it, when it is a person the article names ("Terry Ashdown, whose anthem Wearside Girl
    was a hit, passed away": Ashdown, not the song a clause names) or a surname the cluster knows in full
    ("Felt died of heart failure")."""
    by_sentence: dict[int, list[int]] = {}
    sentences: dict[int, Sentence] = {}
    for sent, at in verbs:
        by_sentence.setdefault(sent.start, []).append(at - sent.start)
        sentences[sent.start] = sent
    starts = sorted(by_sentence)
    parsed = subjects_at((sentences[s].text, by_sentence[s]) for s in starts)
    out: dict[int, str | None] = {}
    for start, found in zip(starts, parsed, strict=True):
        for offset, subjects in found.items():
            # "A controversial figure who ..., Felt died": of two subjects, the one that is a name
            out[start + offset] = next((n for at in subjects if (n := _named(a, start + at))), None)
            # a subject the parse finds that is no name ("the rocker", "he", "his brother") is not guessed at;
            # without one (no parser), or in a sentence cut off its name ("W. Mark Felt, Sr., | the number 2
            # man ... died"), the person named last before the verb
            cut = a.doc.text[start : start + 1].islower()
            if out[start + offset] is None and (cut or not subjects):
                nearest = _nearest_before(a, start, start + offset)
                out[start + offset] = resolve_person(nearest.key, a.known_people) if nearest else None
    return out


def _named(a: ArticleAnalysis, at: int) -> str | None:
    """The person whose name the word at ``at`` is part of: a name the article gives, or a capitalised surname
    the cluster knows in full."""
    named = [p for p in a.people if p.start <= at < p.end]
    if named:
        return resolve_person(named[0].key, a.known_people)
    word = re.match(r"[A-Z][\w'-]*", a.doc.text[at:])
    key = resolve_person(word.group(0).lower(), a.known_people) if word else None
    return key if key and " " in key else None


def read_causes_of_death(a: ArticleAnalysis) -> list[QualityClaim]:
    """What each named person an article reports dead died of."""
    doc = a.doc
    found = [
        (sent, m, span, words)
        for sent in doc.sentences
        for m in _death_pattern().finditer(doc.text, sent.start, sent.end)
        if (span := _cause_span(doc, m)) and (words := _cause_words(doc.text[span[0] : span[1]]))
    ]
    who = deceased(a, [(sent, m.start()) for sent, m, _span, _words in found])
    return [
        QualityClaim(
            **doc.located(span[0], span[1], sent),
            quality=CAUSE_OF_DEATH,
            values=words,
            thing=person,
        )
        for sent, m, span, words in found
        if (person := who.get(m.start())) is not None
    ]


PLACE_WORDS = 14  # words after the verb searched for a place: "died yesterday from Alzheimer's at a hospice"
PLACE_OF_DEATH = "place of death"


@lru_cache(maxsize=1)
def _death_verb() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(list(lang.load().qualities.death.verbs))}\b", re.I)


@lru_cache(maxsize=1)
def _place_kinds() -> dict[tuple[str, ...], str]:
    """Each word (or two) for a place of death, as a tuple of words, and its kind."""
    return {tuple(w.split()): kind for kind, words in lang.load().qualities.death.places.items() for w in words}


def _place_after(tokens: list[re.Match[str]]) -> tuple[int, int, tuple[str, ...]] | None:
    """The first place of death after "at"/"in" among the words after the verb: the indexes of its first and
    last word and its kinds ("in a prison hospital": prison and hospital)."""
    death = lang.load().qualities.death
    kinds = _place_kinds()
    words = [t.group(0).lower() for t in tokens]
    for i, word in enumerate(words):
        if word in death.place_stops:
            return None
        if word not in death.place_before:
            continue
        found: dict[int, str] = {}
        for j in range(i + 1, min(i + 5, len(words))):
            for size in (2, 1):
                if (kind := kinds.get(tuple(words[j : j + size]))) and len(words[j : j + size]) == size:
                    found[j + size - 1] = kind
        if found:
            within = death.places_within
            held = {k for kind in found.values() for k in within.get(kind, [])}
            return i, max(found), tuple(sorted(set(found.values()) | held))
    return None


def read_places_of_death(a: ArticleAnalysis) -> list[QualityClaim]:
    """Where each named person an article reports dead died."""
    doc = a.doc
    found = [
        (sent, m, tokens, place)
        for sent in doc.sentences
        for m in _death_verb().finditer(doc.text, sent.start, sent.end)
        if (place := _place_after(tokens := _words_after(doc, sent, m)))
    ]
    who = deceased(a, [(sent, m.start()) for sent, m, _tokens, _place in found])
    out = []
    for sent, m, tokens, (first, last, kinds) in found:
        if (person := who.get(m.start())) is None:
            continue
        start, end = m.end() + tokens[first].start(), m.end() + tokens[last].end()
        out.append(
            QualityClaim(
                **doc.located(start, end, sent),
                quality=PLACE_OF_DEATH,
                values=kinds,
                fact="place",
                thing=person,
            )
        )
    return out


def _words_after(doc: Document, sent: Sentence, m: re.Match[str]) -> list[re.Match[str]]:
    """The words after the death verb, as far as a place of death is looked for."""
    return list(re.finditer(r"[\w'-]+", doc.text[m.end() : sent.end]))[:PLACE_WORDS]
