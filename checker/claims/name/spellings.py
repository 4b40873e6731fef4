"""Proper nouns one outlet spells one letter off from the rest: "Nvdidia", "Schnectady", "Mahnefeh".

A cluster step: every capitalised word of six letters or more that the cluster never writes in lower
case (a name, not "Through" opening a sentence) is counted by the articles that write it. A form that
few articles write, one edit away (a letter dropped, added, changed or two swapped) from a form that
more than twice as many articles write, is a slip of the few; two forms each written once or twice, by
different articles, beside the same other word of their names ("Armando Ianucci", "Armando Iannucci"), are one
name spelled two ways. The edit may not be at the end ("Kenya", "Kenyan"; "Israel", "Israeli": a demonym is
another word). Both forms become name claims keyed by the
common spelling, one per article and form, for the rule to compare.

Candidates meet through their one-letter deletions (each form is indexed under the forms it gives
with one letter dropped), so the work grows with the words of the cluster, not with their pairs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from rapidfuzz.distance import OSA, Levenshtein

from checker.analysis.document import Document
from checker.analysis.mentions import PersonMention, capitalised_runs
from checker.models import ClaimBase, NameClaim
from checker.normalise.names import outnumbers
from checker.normalise.spelling import canonical

MIN_LETTERS = 6  # shorter names differ by a letter too often to be one name ("Sepe", "Sepy"; "Mark", "Marc")
MAX_RARE_USES = 2  # a slip is written once or twice in the cluster, not throughout an article
PROPER = re.compile(r"[A-Z][a-z]*[A-Z]?[a-z]+")
WORD = re.compile(r"[a-z]+")
TITLE_CASE_SHARE = 0.6


class HasClaims(Protocol):
    doc: Document
    people: list[PersonMention]
    claims: list[ClaimBase]


@dataclass
class _Form:
    uses: int = 0
    first: dict[str, tuple[int, int]] = field(default_factory=dict)  # article -> span of its first use
    in_person: bool = False  # some use is inside a person's name: FC601 compares those
    companions: set[str] = field(default_factory=set)  # the other words of its capitalised runs ("Armando")
    cited: int = 0  # uses that are the word alone in quotation marks: 'addressed him as "Cincenzo,"'

    def add(self, article: str, span: tuple[int, int], in_person: bool, companions: set[str], cited: bool) -> None:
        self.uses += 1
        self.in_person = self.in_person or in_person
        self.first.setdefault(article, span)
        self.companions |= companions
        self.cited += cited


def title_case_lines(doc: Document) -> frozenset[int]:
    """The starts of the headline's and of every sentence whose words are mostly capitalised ("Nissan Regains
    Title"): their capitals do not mark names. Found once per article and asked of every run in it."""
    starts = set()
    for sent in doc.sentences:
        words = [w for w in sent.text.split() if w[:1].isalpha()]
        if doc.in_title(sent.start) or sum(w[0].isupper() for w in words) > TITLE_CASE_SHARE * len(words):
            starts.add(sent.start)
    return frozenset(starts)


def title_case(doc: Document, offset: int, lines: frozenset[int]) -> bool:
    """The offset lies in a headline or title-case line (``lines`` from ``title_case_lines``), or in no sentence."""
    sent = doc.sentence_at(offset)
    return sent is None or doc.in_title(offset) or sent.start in lines


def _forms(results: Sequence[HasClaims]) -> dict[str, _Form]:
    """Each capitalised word of the cluster's capitalised runs, with where each article first writes it."""
    lower: set[str] = set()
    forms: dict[str, _Form] = {}
    for r in results:
        doc = r.doc
        lower.update(WORD.findall(doc.folded))
        names = [(p.start, p.end) for p in r.people]
        lines = title_case_lines(doc)
        for start, end in capitalised_runs(doc):
            if title_case(doc, start, lines):
                continue
            run_words = set(WORD.findall(doc.folded[start:end].lower()))
            for m in PROPER.finditer(doc.folded, start, end):
                word = m.group(0)
                if len(word) >= MIN_LETTERS:
                    at_edge = m.end() == end or not doc.folded[m.end()].isalpha()
                    if at_edge and (m.start() == start or not doc.folded[m.start() - 1].isalpha()):
                        in_person = any(lo <= m.start() < hi for lo, hi in names)
                        companions = run_words - {word.lower()}
                        cited = _cited(doc.folded, m.start(), m.end())
                        form = forms.setdefault(word, _Form())
                        form.add(doc.article.id, (m.start(), m.end()), in_person, companions, cited)
    return {w: f for w, f in forms.items() if w.lower() not in lower}


QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"
CITED_AFTER = re.compile(rf"[,.]?[{QUOTE_MARKS}]")


def _cited(text: str, start: int, end: int) -> bool:
    """The word alone between quotation marks ('called him "Cincenzo,"'): a form cited as such, a pet name
    or a word spelled as someone said it, not a slip."""
    return start > 0 and text[start - 1] in QUOTE_MARKS and bool(CITED_AFTER.match(text, end))


def _slips(forms: dict[str, _Form]) -> list[tuple[str, str]]:
    """(rare form, common form) pairs one edit apart, not at the word's end."""
    index: dict[str, set[str]] = {}
    for word in forms:
        for i in range(len(word)):
            index.setdefault(word[:i] + word[i + 1 :], set()).add(word)
        index.setdefault(word, set()).add(word)
    pairs: set[tuple[str, str]] = set()
    for group in index.values():
        if len(group) < 2:
            continue
        for rare in group:
            fr = forms[rare]
            arts_rare = set(fr.first)
            if fr.uses > MAX_RARE_USES or fr.cited == fr.uses:
                continue
            for common in group - {rare}:
                arts_common = set(forms[common].first)
                if not _outnumbers(forms[common], fr, common, rare):
                    continue
                if arts_rare & arts_common and fr.uses > 1:
                    continue  # an article writing both, and the rare one more than once: two names
                if fr.in_person and forms[common].in_person:
                    continue  # a person's name: FC601 compares it with the given names beside it
                if OSA.distance(rare, common) == 1 and not _at_end(rare, common) and not _spelling(rare, common):
                    pairs.add((rare, common))
    return sorted(pairs)


def _outnumbers(common: _Form, rare: _Form, common_word: str, rare_word: str) -> bool:
    """The common form is written by more than twice as many articles as the rare one, three of which do not
    write the rare one. Or neither form is common (each written once or twice, by other articles) and both
    stand beside the same word ("Armando Ianucci", "Armando Iannucci"): one name spelled two ways, keyed
    by the form more articles write (or the first in order). Without that word beside both, two rare forms
    are as likely two names ("Twitter", "Titter")."""
    arts_common, arts_rare = set(common.first), set(rare.first)
    if outnumbers(arts_common, arts_rare):
        return True
    if common.uses > MAX_RARE_USES or arts_common & arts_rare or not common.companions & rare.companions:
        return False
    return (len(arts_common), common_word) > (len(arts_rare), rare_word)


def _spelling(a: str, b: str) -> bool:
    """A British and an American spelling of one word ("Recognised", "Recognized"): no slip."""
    return canonical(a) == canonical(b)


def _at_end(a: str, b: str) -> bool:
    """The one edit falls on the last letter ("Kenya" / "Kenyan"), or changes only a capital."""
    if a.lower() == b.lower():
        return True
    ops = Levenshtein.editops(a, b)
    return bool(ops) and all(op.src_pos >= len(a) - 1 or op.dest_pos >= len(b) - 1 for op in ops)


def assign_spellings(results: Sequence[HasClaims]) -> None:
    """Add a name claim for each article's first use of a slip and of the spelling it slips from."""
    docs = {r.doc.article.id: r for r in results}
    forms = _forms(results)
    for rare, common in _slips(forms):
        for word in (rare, common):
            for article, (start, end) in sorted(forms[word].first.items()):
                r = docs[article]
                sent = r.doc.sentence_at(start)
                if sent is None:
                    continue
                claim = NameClaim(**r.doc.located(start, end, sent), name=word, entity="word", key=common.lower())
                r.claims.append(claim)
    for r in results:
        r.claims.sort(key=lambda c: (c.start, c.end, c.__class__.__name__))
