"""Keying a count by what else its article says: whose figure it is (the people its sentence names, the
owner the parse gives) and which day its sentence dates. Run after every claim kind is extracted, since a
figure's day is read from the article's date claims."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from rapidfuzz import fuzz

from checker import lang
from checker.analysis.article import ArticleAnalysis
from checker.analysis.parse import figure_owners
from checker.claims.count.frequency import is_frequency_adverb
from checker.claims.count.scope import of_the
from checker.match import distinct, pairs_to_compare
from checker.models import ClaimBase, CountClaim, DateClaim
from checker.normalise.stems import stem


def _opens_with_pronoun(text: str) -> bool:
    """ "He has 53 catches": a sentence whose subject is a person named before it."""
    words = text.split()
    speech = lang.load().speech
    return bool(words) and words[0].lower() in speech.pronouns and words[0].lower() not in speech.not_one_person


def with_subjects(a: ArticleAnalysis, claims: list[ClaimBase]) -> list[ClaimBase]:
    """Key each figure by the people its sentence names: "Manning threw three touchdowns" and "Harrison's
    five touchdowns" are two players' figures. Who said it ("Smith said") is its source, not its subject."""
    doc, speaker_of = a.doc, a.speaker_of
    named = sorted((p.start, p.key.split()[-1]) for p in a.people if p.key)
    starts = [start for start, _ in named]
    ends: dict[int, list[int]] = {}  # where each sentence's figures end: a whole follows its part ("10 of the 16")
    for d in claims:
        if isinstance(d, CountClaim):
            ends.setdefault(d.sent_start, []).append(d.end)
    out: list[ClaimBase] = []
    for c in claims:
        if isinstance(c, CountClaim):
            lo, hi = bisect.bisect_left(starts, c.sent_start), bisect.bisect_left(starts, c.sent_end)
            speaker = (speaker_of.get(doc.sentence_index(c.sent_start)) or "").split()[-1:]
            candidates = [(start, name) for start, name in named[lo:hi] if name not in speaker]
            # the owner: the person named last before the figure ("Manning threw for 364 yards"), else first after
            before = [name for start, name in candidates if start < c.start]
            after = [name for start, name in candidates if start >= c.end]
            found = tuple(before[-1:] or after[:1])
            if not found and lo > 0 and _opens_with_pronoun(doc.text[c.sent_start : c.start]):
                found = (named[lo - 1][1],)  # "He has 53 catches": the person the story named last
            if found:
                c = c.model_copy(update={"subjects": found})
            if _base(a, ends.get(c.sent_start, []), c):
                c = c.model_copy(update={"whole": True})
        out.append(c)
    return out


SHORT_SPAN_BASE = "second"  # the base unit (counted.yaml) of spans within a day: seconds, minutes, hours


def is_span(c: CountClaim) -> bool:
    """A span of time within a day ("40 hours", "almost three hours"), not counted back from a happening. Longer
    spans ("five days of riots", "hospitalized for three weeks") are more often a running count that grows with
    each day's copy than one figure misreported: they are keyed by their words alone."""
    unit = lang.load().counted.units.get(c.unit or "")
    return unit is not None and unit.base == SHORT_SPAN_BASE and not c.since


def _base(a: ArticleAnalysis, ends: list[int], c: CountClaim) -> bool:
    """The figure is the whole another figure of its sentence (ending at one of ``ends``) is counted of ("missing
    10 of the Saints' 16 games"): what was done ("missing") was done to the part, not to it."""
    gap = of_the()
    return any(end <= c.start and gap.fullmatch(a.doc.text, end, c.start) for end in ends)


def _owned(c: ClaimBase) -> bool:
    """A figure a tally rule compares by owner: a toll (an outcome), a part, or a named measure is keyed otherwise."""
    return isinstance(c, CountClaim) and not c.outcome and not c.subset and not c.measure


def assign_owners(results: Sequence[ArticleAnalysis]) -> None:
    """Key each figure by its owner, from the parse: "Manning threw for 364 yards and three touchdowns" and
    "Harrison's 53 catches" are two players' figures. The owner is kept when it is a person the article names.

    Only figures another article counts under the same noun or unit can meet one another, so only their
    sentences are parsed, all the cluster's in one batch: the parse is the costliest step of a check."""
    articles_of: dict[str, set[str]] = {}
    for r in results:
        for c in r.claims:
            if isinstance(c, CountClaim) and _owned(c):
                articles_of.setdefault(c.unit or c.category, set()).add(r.doc.article.id)
    shared = {key for key, arts in articles_of.items() if len(arts) > 1}
    jobs: list[tuple[ArticleAnalysis, int, list[CountClaim]]] = []
    frequency = frozenset(lang.load().counting.frequency_nouns)
    alike = _worded_alike(results, shared)
    for r in results:
        by_sentence: dict[int, list[CountClaim]] = {}
        for c in r.claims:
            if isinstance(c, CountClaim) and _owned(c) and (c.unit or c.category) in shared:
                by_sentence.setdefault(c.sent_start, []).append(c)
        named = [p.start for p in r.people]
        # the owner is a person the sentence names, and a deed matters only to a figure another article gives
        # otherwise: other sentences have nothing for the parse to find
        jobs.extend(
            (r, start, found)
            for start, found in sorted(by_sentence.items())
            if any(start <= at < found[0].sent_end for at in named)
            or any(c.noun in frequency or id(c) in alike or is_span(c) for c in found)
        )
    texts = [(r.doc.text[s : found[0].sent_end], [(c.start - s, c.end - s) for c in found]) for r, s, found in jobs]
    keyed: dict[int, dict[str, str | tuple[str, ...] | None]] = {}
    counting = lang.load().counting
    windows, adverbs = frozenset(counting.frequency_windows), frozenset(counting.frequency_adverbs)
    light = frozenset(counting.light_predicates)
    span_light = light | frozenset(counting.span_light_verbs)
    pronouns = frozenset(lang.load().speech.pronouns)
    for (r, s, found), arcs in zip(jobs, figure_owners(texts, frequency, windows, adverbs), strict=True):
        for c in found:
            arc = arcs.get(c.start - s)
            span = arc.owner if arc else None
            person = span and next((p for p in r.people if p.start <= s + span[0] < p.end), None)
            if person and person.key:
                keyed.setdefault(id(c), {})["owner"] = person.key.split()[-1]
            if arc and arc.predicate and arc.predicate not in light and arc.agent not in pronouns and not c.whole:
                # what was done to what is counted: "may have stolen the records of up to 12,000 patients"; a
                # pronoun's deed ("He scored six touchdowns") may be anyone's, and keys nothing
                keyed.setdefault(id(c), {}).update(predicate=stem(arc.predicate), agent=arc.agent)
            if arc and is_span(c) and (done := [stem(w) for w in arc.activities if w not in span_light]):
                # what a span of time is the time of: "deliberated for 40 hours", "after 30 hours of deliberation"
                keyed.setdefault(id(c), {})["activity"] = tuple(sorted(set(done)))
            if arc and arc.verb:
                # how often a thing happened is keyed by what happened: "shot 11 times" meets "shot seven times"
                # within its window, if it names one: "arrested three times since October" is no lifetime count
                keyed.setdefault(id(c), {})["measure"] = " ".join(
                    w for w in ("number of", c.noun, stem(arc.verb), arc.window) if w
                )
    for r in results:
        # an adverb that counts no verb ("twice" of a comparison the data missed) is no figure
        r.claims = [
            c.model_copy(update=keyed[id(c)]) if id(c) in keyed else c
            for c in r.claims
            if not (isinstance(c, CountClaim) and is_frequency_adverb(c) and "measure" not in keyed.get(id(c), {}))
        ]


DEED_CUTOFF = 70  # how alike the words around two figures of one deed must be ("pay 50,000 / 100,000 zlotys")
ALIKE_ENOUGH = 90  # words this alike match figures with no deed (FC103's strictest need, for counts of people)
SHARED_WORDS = 2  # words besides the counted noun two figures' sentences share before FC103 compares them


def shared_words(a: CountClaim, b: CountClaim) -> set[str]:
    """The words two figures' contexts share besides what they count ("patients", "zlotys")."""
    return set(a.context.split()) & set(b.context.split()) - set(f"{a.noun} {a.unit}".split())


def _worded_alike(results: Sequence[ArticleAnalysis], shared: set[str]) -> set[int]:
    """Figures (by id) worded at least DEED_CUTOFF alike to another figure of their key in another article, but
    not so alike that they match anyway: only for them can the verb their noun is an argument of decide a match
    (FC103), so only their sentences are parsed for it. Compared as the tally rule compares them: one
    representative per wording and figure, linear past a cap."""
    blocks: dict[str, list[CountClaim]] = {}
    for r in results:
        for c in r.claims:
            if isinstance(c, CountClaim) and _owned(c) and (key := c.unit or c.category) in shared:
                blocks.setdefault(key, []).append(c)
    out: set[int] = set()
    for block in blocks.values():
        reps, members = distinct(block, lambda c: (c.context, c.value.low, c.value.high))
        articles = [{m.article for m in members[k]} for k in range(len(reps))]
        for i, j in pairs_to_compare([len(members[k]) for k in range(len(reps))]):
            a, b = reps[i], reps[j]
            if a.value == b.value or len(articles[i] | articles[j]) < 2:
                continue  # alike figures, or one article's: no dispute for a deed to decide
            if len(shared_words(a, b)) < SHARED_WORDS:
                continue  # FC103 compares no figures whose sentences share fewer
            if DEED_CUTOFF <= fuzz.token_set_ratio(a.context, b.context) < ALIKE_ENOUGH:
                out.update(id(m) for m in (*members[i], *members[j]))
    return out


def with_days(_a: ArticleAnalysis, claims: list[ClaimBase]) -> list[ClaimBase]:
    """Scope each figure by the day its sentence dates, when it dates exactly one: "one person was arrested
    on Monday night" and "46 were arrested on Wednesday" are two nights' figures, not two tolls of one."""
    weekdays = set(lang.load().calendar.weekdays)
    days: dict[int, set[str]] = {}
    for c in claims:
        if not isinstance(c, DateClaim) or c.clock is not None:
            continue
        if c.value is not None and c.value.start == c.value.end:
            days.setdefault(c.sent_start, set()).add(c.value.start.isoformat())
        elif c.value is None and (day := c.expression.split()[0] if c.expression else "") in weekdays:
            days.setdefault(c.sent_start, set()).add(day)  # an undated article's "on Monday"
    out: list[ClaimBase] = []
    for c in claims:
        found = days.get(c.sent_start, set())
        if isinstance(c, CountClaim) and len(found) == 1:
            c = c.model_copy(update={"day": next(iter(found))})
        out.append(c)
    return out


def named_itself(c: CountClaim) -> bool:
    """The figure's noun is its measure's own word ("a crowd of 6,412", "the announced attendance was 4,612",
    "1,200 jobs"): one measure, whichever of its words holds it."""
    words = lang.load().measures.measures.get(c.measure or "", [])
    return bool(c.noun) and c.noun.lower().split()[-1] in words


def same_deed(a: CountClaim, b: CountClaim) -> bool:
    """Both figures' nouns are arguments of the same verb (the parse's), done by the same doer or by one left
    unnamed: "the hackers may have stolen the records of up to 12,000 patients" and "... of up to 120,000
    patients may have been stolen" count what was done, not only the noun; their words need agree less."""
    if not a.predicate or a.predicate != b.predicate:
        return False
    return not (a.agent and b.agent and a.agent != b.agent)
