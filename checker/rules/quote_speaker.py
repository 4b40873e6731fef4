"""FC502 quote-speaker."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz

from checker import lang
from checker.analysis.entities import is_place_word
from checker.match import Components, similar_pairs
from checker.models import AttributionClaim, ClaimBase, Finding, NameClaim, QuoteClaim
from checker.normalise.names import same_person
from checker.normalise.places import gazetteer
from checker.normalise.text import words
from checker.rules.base import Context, Rule

MIN_WORDS = 8  # a stock phrase ("we are devastated") may well be said by two people


def _a_person(key: str) -> bool:
    """A speaker named as a person: a full name, no place, no word that opens no name ("Including")."""
    data = lang.load().names
    parts = key.split()
    blocked = set(data.not_names) | set(data.non_person_words) | set(data.not_speaker_words)
    if len(parts) == 2 and is_place_word(parts[0], divisions=False):
        return False  # "American Pie", "British Airways": a country's word and one more name a thing ("Lorraine
        # Gaddis", "Georgia Smith": a province's name is also a given name)
    return len(parts) >= 2 and not any(w in blocked for w in parts) and not gazetteer().lookup(key)


def _named_beside(ctx: Context, q: QuoteClaim, people: dict[str, list[NameClaim]], said: Said) -> bool:
    """The speaker is named in the quote's own sentence, or is the subject of the sentence right before it
    when the quote's own gives the speaker as "he" or "she" ('NSW Transport Minister David Hale has weighed
    in. "I urge both parties ...," he told reporters'); not carried over from further back."""
    surname = (q.speaker or "").split()[-1:] or [""]
    sentence = ctx.sentence(q)
    if surname[0] in words(sentence):
        return True
    if (began := _continued(ctx, q, said)) is not None:
        # the speaker is the first person named where the quotation began ('"...," Whitcombe said'), not one the
        # speaker spoke of ("Coleman is 'so excited' to welcome Peter Capaldi, adding: ...")
        named = sorted((c for c in people.get(q.article, []) if c.sent_start == began.sent_start), key=_start)
        return bool(named) and named[0].key == q.speaker
    if not set(words(sentence.replace(q.text, " "))) & _pronouns():
        return False
    text = ctx.articles[q.article].text
    before = [c for c in people.get(q.article, []) if c.sent_end <= q.sent_start]
    if not before:
        return False
    last = max(c.sent_start for c in before)
    previous = sorted((c for c in before if c.sent_start == last), key=lambda c: c.start)
    if text[previous[0].sent_end : q.sent_start].strip():
        return False  # a sentence naming no one stands between: the speaker was named further back
    first = previous[0]
    # the first person the sentence names, with no "he" or "she" before it: its subject, not someone it
    # compares the speaker with ("At 55, he is the same age as William Hartnell")
    lead = words(text[first.sent_start : first.start])
    return first.key == q.speaker and not set(lead) & _pronouns()


Said = dict[tuple[str, str], list[QuoteClaim]]  # the quotations of a cluster by article and words


def _said(ctx: Context) -> Said:
    said: Said = defaultdict(list)
    for c in ctx.claims("quote"):
        if isinstance(c, QuoteClaim):
            said[(c.article, c.words)].append(c)
    return said


def _continued(ctx: Context, q: QuoteClaim, said: Said) -> QuoteClaim | None:
    """The quotation of the same speaker that this one goes on from, in the sentence right before it ('"This was
    not one bad decision," Whitcombe said. "It was a lie told every month for six years."'), if there is one."""
    if not q.previous:
        return None
    text = ctx.articles[q.article].text
    for p in said.get((q.article, q.previous), []):
        if p.speaker == q.speaker and p.sent_end <= q.sent_start and not text[p.sent_end : q.sent_start].strip():
            return p
    return None


SHINGLE = 4  # words a quotation is indexed by: a part of a longer quotation shares its first four words with it


def _contained(unique: list[str]) -> list[tuple[int, int]]:
    """Pairs of quotations (as word strings) one of which is part of the other ('I've never seen an old building
    go that fast' in 'I've been doing this 31 years and I've never seen an old building go that fast'), found
    through the first words of each, not by testing every pair."""
    by_opening: dict[str, list[int]] = defaultdict(list)
    for k, text in enumerate(unique):
        by_opening[" ".join(text.split()[:SHINGLE])].append(k)
    out = []
    for k, text in enumerate(unique):
        words = text.split()
        padded = f" {text} "
        for at in range(1, len(words) - SHINGLE + 1):
            for short in by_opening.get(" ".join(words[at : at + SHINGLE]), []):
                if short != k and f" {unique[short]} " in padded:
                    out.append((short, k))
    return out


def _start(c: NameClaim) -> int:
    return c.start


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    """ "he said", "she told reporters": a speaker given by a pronoun (``dates.yaml``'s person pronouns)."""
    return frozenset(lang.load().dates.person_pronouns)


def _same_speaker(a: QuoteClaim, b: QuoteClaim) -> bool:
    sa, sb = a.speaker or "", b.speaker or ""
    return sa == sb or same_person(sa, sb) or fuzz.ratio(sa, sb) >= 88 or sa.endswith(sb) or sb.endswith(sa)


# characters before a quotation's sentence within which the other speaker's name makes it a joint remark
# ("Producers Craig Zadan and Neil Meron announced the host. \"We are thrilled ...\" said Craig Zadan."); a name
# after the quotation is another matter's ("The city's mayor, Theresa Okafor, did not take part in the vote")
NEAR = 200


def _names_other(ctx: Context, a: QuoteClaim, b: QuoteClaim) -> bool:
    """Each article also names the other's speaker beside the quotation ("Trend Micro researcher Paul Ferguson",
    a joint statement of two producers): the attribution is told more or less fully, not contradicted. A name
    elsewhere in the article (the other company's chief executive, quoted on another matter) says nothing of who
    spoke these words."""
    text_a = ctx.articles[a.article].text[max(0, a.sent_start - NEAR) : a.sent_end].lower()
    text_b = ctx.articles[b.article].text[max(0, b.sent_start - NEAR) : b.sent_end].lower()
    surname_a, surname_b = (a.speaker or "").split()[-1:], (b.speaker or "").split()[-1:]
    return bool(surname_a and surname_b and surname_b[0] in text_a and surname_a[0] in text_b)


class QuoteSpeaker(Rule):
    """The same words are quoted as said by different people.

    Only long quotations (eight words or more) that are nearly word for word the same, or a whole quotation that
    is part of a longer one ("I've never seen an old building go that fast"), count, and only
    where each source names the speaker in the quotation's own sentence, or first in the sentence right before it
    where the quotation began ('"This was not one bad decision," Whitcombe said. "It was a lie told every month for
    six years."'): a remark carried over from an earlier paragraph's speaker is too weak to set against another
    source. Two articles that each name the other's speaker in or just before the quotation's sentence (a joint
    statement of two producers) tell one remark more or less fully; a name after it or elsewhere in an article, on
    another matter ("The city's mayor, Theresa Okafor, did not take part in the vote"), does not.

    Disagreeing:
        A: '"People must not go back to their homes to check on livestock," said regent Benediktus Lewar.'
        B: '"People must not go back to their homes to check on livestock," said agency head Maria Tukan.'

    Consistent:
        A: '"The search will go on until every family has been reached," Colonel Ahmed Khan said.'
        B: '"The search will go on until every family has been reached," said Col. Ahmed Khan.'
    """

    code = "FC502"
    name = "quote-speaker"
    kind = "attribution"
    severity = "warning"
    summary = "The same words are quoted as said by different people."

    def check(self, ctx: Context) -> list[Finding]:
        said = _said(ctx)
        people: dict[str, list[NameClaim]] = {}
        for n in ctx.claims("name"):
            if isinstance(n, NameClaim) and n.entity == "person":
                people.setdefault(n.article, []).append(n)
        quotes = [
            c
            for c in ctx.claims("quote")
            if isinstance(c, QuoteClaim)
            and c.speaker
            and len(c.words.split()) >= MIN_WORDS
            and _a_person(c.speaker)
            and _named_beside(ctx, c, people, said)
        ]
        unique = list(dict.fromkeys(q.words for q in quotes))
        where: dict[str, list[int]] = defaultdict(list)
        for k, q in enumerate(quotes):
            where[q.words].append(k)
        comps = Components()
        # the same wording under two speakers, then nearly the same wording
        pairs = [(i, j) for key in unique for n, i in enumerate(where[key]) for j in where[key][n + 1 :]]
        pairs += [
            (i, j)
            for u, v, _score in similar_pairs(unique, fuzz.ratio, 90)
            for i in where[unique[u]]
            for j in where[unique[v]]
        ]
        # a whole quotation that is part of a longer one; a fragment set in narrative ('said Kotsko had been "sent
        # to a call about a man with a gun"') may be anyone's words about him
        pairs += [
            (i, j)
            for short, long in _contained(unique)
            for i in where[unique[short]]
            for j in where[unique[long]]
            if not quotes[i].partial
        ]
        for i, j in pairs:
            a, b = quotes[i], quotes[j]
            if a.article != b.article and not _same_speaker(a, b) and not _names_other(ctx, a, b):
                comps.union(i, j)
        findings = []
        for members in comps.groups():
            claims = sorted((quotes[k] for k in members), key=lambda c: (c.article, c.start))
            by_speaker: dict[str, list[str]] = {}
            for c in claims:
                by_speaker.setdefault(c.speaker or "", []).append(c.article)
            who = "; ".join(f"{', '.join(arts)}: {speaker.title()}" for speaker, arts in by_speaker.items())
            # each quotation with the words that name its speaker: who stands on each side is the dispute
            cited: list[ClaimBase] = []
            for c in claims:
                cited += [c, *_attributions(ctx, c, said)]
            findings.append(
                self.finding(
                    ctx,
                    cited,
                    f"who said \u201c{claims[0].text[:40]}\u201d",
                    f"The same words are attributed to different people: {who}.",
                    0.7,
                    values=[c.speaker for c in cited],
                )
            )
        return findings


def _attributions(ctx: Context, quote: QuoteClaim, said: Said) -> list[AttributionClaim]:
    """The words of the quotation's sentence that name its speaker ("said Dave Kettering, the guitarist"), or of the
    sentence its quotation began in."""
    before = _continued(ctx, quote, said)
    return (_said_in(ctx, quote) or (_said_in(ctx, before) if before else []))[:1]


def _said_in(ctx: Context, quote: QuoteClaim) -> list[AttributionClaim]:
    """The attributions of the quotation's sentence that name its speaker."""
    return [
        a
        for a in ctx.claims("attribution")
        if isinstance(a, AttributionClaim)
        and a.article == quote.article
        and a.sent_start == quote.sent_start
        and a.speaker == quote.speaker
    ]
