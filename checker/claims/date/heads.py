"""What a year or a month dates, from the parse: "the 2005 film", "a 2008 conviction", "an April 2008 raid",
"the conviction was overturned in 2007".

A year alone ("in 1957") dates many things in a profile or a background paragraph; two articles' years
meet only when they date the same kind of thing, named by the same noun (or its kin: "film" and
"movie", "conviction" and "convictions"), in sentences naming the same person or place. The noun comes
from the dependency parse. A year after a verb ("overturned in 2007", "In July, ... overturned") is keyed
by the verb and its object ("overturn convict"), since the object decides what it dates ("released a
film", "released from hospital"); with no object only a verb a person does once ("disappeared in 1958").
A day of the story ("sent a letter today", "sent letters last Friday") is keyed the same way, by its verb and
thing only, and apart from years and months.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from checker import lang
from checker.analysis.dated import date_heads
from checker.analysis.document import Document
from checker.models import ClaimBase, DateClaim, NameClaim, PlaceClaim
from checker.normalise.stems import stem

STORY = ""  # the story itself, of which every day it dates is said (beside the people and places it names)
DAY_KEY = "day:"  # before what a day of the story dates ("day:sent letter")
YEAR_OR_MONTH = re.compile(r"^\d{4}(?:-\d{2})?$")  # the expression of "in 1957" and "in April 2007"
DAY = re.compile(r"^\d{2}-\d{2}$")  # the expression of "June 27, 1973": a day, with its year written after it
WRITTEN_YEAR = re.compile(r"\d{4}$")


class HasClaims(Protocol):
    doc: Document
    claims: list[ClaimBase]


def _own_names(r: HasClaims) -> dict[int, set[str]]:
    """The people and places each sentence of an article names, by sentence start."""
    own: dict[int, set[str]] = {}
    for c in r.claims:
        if isinstance(c, NameClaim):
            own.setdefault(c.sent_start, set()).add(c.key)
        elif isinstance(c, PlaceClaim):
            own.setdefault(c.sent_start, set()).add(c.name.lower())
    return own


def _named(r: HasClaims, main: str | None) -> dict[int, set[str]]:
    """The people and places each sentence of an article speaks of. A sentence naming none speaks of those
    the sentence before it names ("Jeffs had been held at the Utah State Prison ... That conviction was
    overturned in 2007" dates Jeffs's conviction); one naming no person, of the people named before it too
    ("Jeffs had been held ... In July, the Utah Supreme Court overturned the 2007 convictions"); and one
    speaking of someone it does not name, with no one named before it either, of the story's protagonist."""
    own = _own_names(r)
    before = _named_before(r, own)
    people = _people(r)
    unnamed = _unnamed_person(r, own, people)
    named: dict[int, set[str]] = {}
    for sent in r.doc.sentences:
        names = set(own.get(sent.start) or before.get(sent.start, set()))
        if not names & people:
            names |= before.get(sent.start, set()) & people
        if main and sent.start in unnamed and not names & people:
            names.add(main)
        if names:
            named[sent.start] = names
    return named


def _named_before(r: HasClaims, own: dict[int, set[str]]) -> dict[int, set[str]]:
    """The people and places the sentence before each sentence names (``own``: each sentence's), by start."""
    sentences = r.doc.sentences
    return {sent.start: own[b.start] for b, sent in zip(sentences, sentences[1:], strict=False) if b.start in own}


def _people(r: HasClaims) -> set[str]:
    return {c.key for c in r.claims if isinstance(c, NameClaim) and c.entity == "person"}


@lru_cache(maxsize=1)
def _person_pronoun() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(lang.load().dates.person_pronouns)})\b", re.I)


def _unnamed_person(r: HasClaims, own: dict[int, set[str]], people: set[str]) -> set[int]:
    """Sentences (by start) that, with the sentence before, speak of a person ("he", "her") but name none:
    "He was brought to Texas from Utah, where he was convicted ... That conviction was overturned in 2007"."""
    out: set[int] = set()
    previous = None
    for sent in r.doc.sentences:
        pair = [s for s in (previous, sent) if s is not None]
        if not any(own.get(s.start, set()) & people for s in pair) and any(
            _person_pronoun().search(r.doc.text, s.start, s.end) for s in pair
        ):
            out.add(sent.start)
        previous = sent
    return out


def protagonist(results: Sequence[HasClaims]) -> str | None:
    """The person the story is about: named by more articles than anyone else, and by half of them at least
    (two at least). A sentence that speaks of a person it does not name speaks of them."""
    counts = Counter(key for r in results for key in _people(r))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < max(2, len(results) / 2) or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _candidates(
    results: Sequence[HasClaims], main: str | None
) -> list[tuple[HasClaims, DateClaim, set[str]]]:
    """Years, months and days another article dates differently in a sentence naming someone or somewhere in
    common: only theirs can meet, so only their sentences are parsed (the parse is the costly step)."""
    found = []
    for r in results:
        # the sentence before counts too: a verb's date may be said of the people it names (see below)
        own = _own_names(r)
        before = _named_before(r, own)
        named = _named(r, main)
        for c in r.claims:
            dated = c.value is not None and (_in_own_year(c) or _a_day(c)) if isinstance(c, DateClaim) else False
            if isinstance(c, DateClaim) and (dated or _a_month_alone(c)):
                names = own.get(c.sent_start, set()) | before.get(c.sent_start, set())
                found.append((r, c, names | named.get(c.sent_start, set())))
    by_name: dict[str, list[int]] = {}
    for k, (_r, c, names) in enumerate(found):
        # a day of the story is the story's whoever its sentence names: days meet by what they date alone
        for name in names | ({STORY} if _a_day(c) else set()):
            by_name.setdefault(name, []).append(k)
    keep: set[int] = set()
    for ks in by_name.values():
        # a claim is kept when another article names the same person with another date: counted, not
        # searched, so a name thousands of articles give costs no more than reading them
        pairs = {(found[k][0].doc.article.id, _day_of(found[k][1])) for k in ks}
        per_value: dict[object, int] = {}
        per_article: dict[str, int] = {}
        for article, value in pairs:
            per_value[value] = per_value.get(value, 0) + 1
            per_article[article] = per_article.get(article, 0) + 1
        for k in ks:
            article, value = found[k][0].doc.article.id, _day_of(found[k][1])
            if (len(pairs) - per_value[value]) - (per_article[article] - 1) > 0:
                keep.add(k)
    days = {k for k in keep if _a_day(found[k][1])}
    keep -= days - _told_alike([found[k][1] for k in sorted(days)], sorted(days))
    return [found[k] for k in sorted(keep)]


DAY_WORDS = 3  # event words two days' sentences share to be worth parsing for what they date ("sent letters")
NEAR_DAYS = 7  # days apart two dates of one happening can be misdated (FC201)


def _told_alike(claims: list[DateClaim], ks: list[int]) -> set[int]:
    """The day claims (by ``ks``) another article dates to another day within a week in a sentence sharing two
    event words: the only days FC201 can pair by what they date, so the only ones whose sentences are parsed.
    Found through an index of words, each wording of a day read once."""
    generic = set(lang.load().events.generic_words)
    reps: dict[tuple[object, frozenset[str]], list[int]] = {}
    for c, k in zip(claims, ks, strict=True):
        assert c.value is not None
        reps.setdefault((c.value.start, frozenset(c.event.split()) - generic), []).append(k)
    keys = list(reps)
    article_of = {k: c.article for c, k in zip(claims, ks, strict=True)}
    articles = [{article_of[k] for k in reps[key]} for key in keys]
    by_word: dict[str, list[int]] = {}
    for n, (_day, words) in enumerate(keys):
        for w in words:
            by_word.setdefault(w, []).append(n)
    out: set[int] = set()
    for n, (day, words) in enumerate(keys):
        shared: dict[int, int] = {}
        for w in words:
            for m in by_word[w]:
                shared[m] = shared.get(m, 0) + 1
        for m, count in shared.items():
            other = keys[m][0]
            assert isinstance(day, dt.date) and isinstance(other, dt.date)
            near = day != other and abs((day - other).days) < NEAR_DAYS
            if count >= DAY_WORDS and near and articles[n] - articles[m]:
                out.update(reps[keys[n]])
    return out




def _a_month_alone(c: DateClaim) -> bool:
    """A month no year is known for ("launched a fashion line in December"; FC201 places it in a stand-in
    year), or a weekday of an article with no date ("filed charges on Wednesday"; FC201 places it in a
    stand-in week when no article is dated): what it dates is keyed like a year's. (A calendar day is keyed only
    by a verb and its thing, or a happening one has once: a running story has a briefing, a release of figures,
    an arrest every day, one day's like the next's; "sent letters last Friday" / "sent a letter today" is one.)"""
    if c.value is not None or c.clock is not None:
        return False
    return c.month_alone is not None or c.expression in lang.load().calendar.weekdays


def _day_of(c: DateClaim) -> object:
    """The date a claim gives, or its month's expression when no year is known for it."""
    return c.value if c.value is not None else c.expression




def _a_day(c: DateClaim) -> bool:
    """A day of the story (a weekday, "yesterday", a date with no year written), not a time of day."""
    return c.value is not None and c.clock is None and c.value.start == c.value.end and not _in_own_year(c)


def _date_word(c: DateClaim) -> int:
    """Where the word the parse reads a date by stands: a year its last four characters ("April 2008"), a day
    its first word ("Friday", "yesterday")."""
    return c.start if _a_day(c) else c.end - 4


def _in_own_year(c: DateClaim) -> bool:
    """A year, a month of a year, or a day whose year is written ("June 27, 1973"): a date that needs no
    publication date, which a profile or background paragraph gives of things long past."""
    return bool(YEAR_OR_MONTH.match(c.expression) or DAY.match(c.expression) and WRITTEN_YEAR.search(c.text))


def assign_date_heads(results: Sequence[HasClaims]) -> None:
    """Each year or month date claim another article might date differently gets ``dates``, the stem of
    what it dates (a noun, or a verb and its object), and ``about``, the people and places it is said of."""
    jobs: list[tuple[HasClaims, int, list[DateClaim]]] = []
    by_sentence: dict[tuple[int, int], tuple[HasClaims, list[DateClaim]]] = {}
    wide: dict[int, set[str]] = {}
    main = protagonist(results)
    for r, c, names in _candidates(results, main):
        wide[id(c)] = names
        by_sentence.setdefault((id(r), c.sent_start), (r, []))[1].append(c)
    jobs.extend((r, start, found) for (_, start), (r, found) in sorted(by_sentence.items(), key=lambda kv: kv[0]))
    if not jobs:
        return
    # the year is the expression's last four characters ("April 2008")
    texts = [(r.doc.text[s : found[0].sent_end], [_date_word(c) - s for c in found]) for r, s, found in jobs]
    head_of: dict[int, str] = {}
    once: set[int] = set()
    speech = set(lang.load().speech.verbs)
    alone = set(lang.load().events.dated_alone)
    for (_r, s, found), heads in zip(jobs, date_heads(texts), strict=True):
        for c in found:
            words = (heads.get(_date_word(c) - s) or "").split()
            if _a_day(c) and len(words) < 2 and not (words and words[0].lower() in alone):
                continue  # a day dates a verb and its thing, or a happening one has once: briefings recur
            # a name is a parse slip ("the 1955 Page"); the noun of a speech verb dates an interview
            if words and words[0][:1].islower() and words[0].lower() not in speech:
                # a day of the story is keyed apart from years and months: "died yesterday" and "she died in
                # 1984" are the story's news and a life's background, not one thing dated twice
                head_of[id(c)] = DAY_KEY * _a_day(c) + " ".join(stem(w) for w in words)
                if len(words) == 1 and words[0].lower() in alone:
                    once.add(id(c))  # "died on Friday": a happening one has once
    about: dict[int, tuple[str, ...]] = {}
    for r in results:
        named = _named(r, main)
        for claim in r.claims:
            if id(claim) in head_of:
                # a verb and its thing ("overturn convict") are said of the people of the sentence before it too
                # ("Jeffs had been held ... In July, the Utah Supreme overturned the 2007 convictions"); a noun
                # alone ("the 1992 conviction") only of its own sentence's, unless that names none
                key = head_of[id(claim)]
                names = wide[id(claim)] if " " in key else named.get(claim.sent_start, set())
                about[id(claim)] = tuple(sorted(names))
        r.claims = [
            c.model_copy(update={"dates": head_of[id(c)], "about": about[id(c)], "once": id(c) in once})
            if id(c) in head_of
            else c
            for c in r.claims
        ]
