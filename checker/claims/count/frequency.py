"""How often something happened, told by an adverb: "Page married twice" is a count of two times, which meets
"Page was married three times" once the parse has keyed both by the verb they count (``keys.py``). The
adverbs and the words that make one a comparison instead ("twice AS many", "twice THE size") are language
data (``lang/en/counting.yaml``)."""

from __future__ import annotations

import re
from functools import lru_cache

from checker import lang
from checker.analysis.document import Document
from checker.claims.count.counts import raw_category, sentence_context
from checker.models import CountClaim, Interval
from checker.normalise.patterns import alternation


@lru_cache(maxsize=1)
def _adverb() -> re.Pattern[str]:
    data = lang.load().counting
    adverbs, comparisons = alternation(data.frequency_adverbs), alternation(data.frequency_comparisons)
    return re.compile(rf"\b(?:{adverbs})\b(?![\s-]+(?:{comparisons})\b)", re.I)


@lru_cache(maxsize=1)
def check_examples() -> None:
    """Each example sentence of the language data gives the count of times it names, or none."""
    data = lang.load().counting
    wrong = []
    for sentence, times in data.examples.frequency_adverbs:
        found = [data.frequency_adverbs[m.group(0).lower()] for m in _adverb().finditer(sentence)]
        if found != ([times] if times is not None else []):
            wrong.append(sentence)
    if wrong:
        raise ValueError(f"lang/en/counting.yaml: frequency adverbs read the wrong way: {wrong}")


def is_frequency_adverb(c: CountClaim) -> bool:
    return c.text.lower() in lang.load().counting.frequency_adverbs


def extract_frequency_adverbs(doc: Document) -> list[CountClaim]:
    """Each adverb counting times in the article's own words (not in quotes or the headline); kept only if
    the parse finds the verb it counts (``keys.assign_owners``)."""
    check_examples()
    data = lang.load().counting
    noun = data.frequency_nouns[0]
    out = []
    for sent in doc.sentences:
        for m in _adverb().finditer(doc.folded, sent.start, sent.end):
            if doc.in_quote(m.start()) or doc.in_title(m.start()):
                continue
            value = data.frequency_adverbs[m.group(0).lower()]
            out.append(
                CountClaim(
                    **doc.located(m.start(), m.end(), sent),
                    value=Interval(low=value, high=value),
                    noun=noun,
                    category=raw_category(noun),
                    context=sentence_context(doc.folded, sent, m.start(), m.end()),
                )
            )
    return out
