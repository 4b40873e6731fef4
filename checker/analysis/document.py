"""One spaCy pass per article: tokens and sentences over the folded text (same offsets as the original).

spaCy's blank English tokenizer gives the tokens; its sentencizer's rule, applied to the token arrays,
gives the sentences, with the boundaries news copy marks with line breaks (headlines, paragraphs
without a final stop).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from checker import lang
from checker.analysis.anatomy import furniture_spans
from checker.models import Article
from checker.normalise.patterns import alternation
from checker.normalise.text import fold


@lru_cache(maxsize=1)
def abbreviation_end() -> re.Pattern[str]:
    """A text ending in an abbreviation ("Col.", "Feb.", "U.S."), after which no sentence ends: the words of
    ``lang/en/anatomy.yaml`` and calendar.yaml's short month names, capitalised; its examples checked once."""
    data = lang.load()
    months = [short.capitalize() for shorts in data.calendar.months.values() for short in shorts]
    words = alternation([*data.anatomy.sentence_abbreviations, *months], fold_case=False)
    pattern = re.compile(rf"(?:\b{words}\.|\b(?:[A-Z]\.){{2,}})$")
    examples = data.anatomy.examples
    wrong = [x for x in examples.abbreviation_ends if not pattern.search(x)]
    wrong += [x for x in examples.sentence_ends if pattern.search(x)]
    if wrong:
        raise ValueError(f"lang/en/anatomy.yaml: abbreviation examples read the wrong way: {wrong}")
    return pattern


# over line breaks, as in claims/quote.py
QUOTED = re.compile(r'"[^"\r\n]{2,1200}?(?:(?:\r?\n[^"\r\n]{1,1200}?){1,4}(?="(?![A-Za-z0-9])))??"')


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # folded
    paragraph: int


@dataclass
class ArticleCache:
    """Work several extractors of one article share, each computed once when first asked for (typed, so a
    reader knows what is kept and who fills it)."""

    runs: list[tuple[int, int]] | None = None  # capitalised runs (mentions.capitalised_runs)
    place_candidates: list[tuple[int, int]] | None = None  # runs and sub-runs that may be places (place_candidates)
    place_facts: dict[tuple[int, int], Any] = field(default_factory=dict)  # what the words around a candidate say
    bases: dict[int, str] | None = None  # place start -> organisation based there (bases.organisation_bases)


@dataclass
class Document:
    article: Article
    text: str  # original
    folded: str  # same length, quotes/spaces/dashes folded
    sentences: list[Sentence]
    title_end: int  # end offset of the headline line, or body start when none
    tokens: list[tuple[int, int, str]] = field(default_factory=list)
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    cache: ArticleCache = field(default_factory=ArticleCache)  # per-article work several extractors share
    furniture: list[tuple[int, int]] = field(default_factory=list)  # stamp and byline lines: no claims
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end + 1:
            return self.sentences[i]
        return None

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def located(self, start: int, end: int, sent: Sentence) -> dict[str, Any]:
        """The fields every claim shares: its article, its span, the exact words and its sentence."""
        return {
            "article": self.article.id,
            "start": start,
            "end": end,
            "text": self.text[start:end],
            "sent_start": sent.start,
            "sent_end": sent.end,
        }

    def in_quote(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.quote_spans)

    def in_title(self, offset: int) -> bool:
        return offset < self.title_end


@dataclass(frozen=True)
class Tokenizing:
    """spaCy's English tokenizer and its vocabulary: all the checker runs of spaCy besides its own parser."""

    vocab: Any
    tokenizer: Any

    def make_doc(self, text: str) -> Any:
        return self.tokenizer(text)


@lru_cache(maxsize=1)
def pipeline() -> Tokenizing:
    """spaCy's English tokenizer, built from the language's rules alone; sentence boundaries are computed
    from its token arrays. No ``Language`` object is made (``spacy.blank("en")`` cost twice as long at
    every start-up), and the vocabulary computes the one lexical attribute the boundaries read: computing
    the other twenty for every new word was a third of the time spent on unseen text."""
    from spacy.attrs import IS_PUNCT
    from spacy.lang.en import English
    from spacy.lang.lex_attrs import LEX_ATTRS
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
    from spacy.vocab import Vocab

    rules: Any = English.Defaults  # its affix lists are typed optional; English sets every one
    vocab = Vocab(lex_attr_getters={IS_PUNCT: LEX_ATTRS[IS_PUNCT]})
    tokenizer = Tokenizer(
        vocab,
        rules=rules.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(rules.prefixes).search,
        suffix_search=compile_suffix_regex(rules.suffixes).search,
        infix_finditer=compile_infix_regex(rules.infixes).finditer,
        token_match=rules.token_match,
        url_match=rules.url_match,
    )
    return Tokenizing(vocab, tokenizer)


@lru_cache(maxsize=1)
def _stop_hashes() -> Any:
    """The hashes of spaCy's sentence-final characters ("." "!" "?" and their kin in other scripts)."""
    import numpy as np
    from spacy.pipeline.sentencizer import Sentencizer

    strings = pipeline().vocab.strings
    return np.array(sorted(strings.add(c) for c in Sentencizer.default_punct_chars), dtype=np.uint64)


# spaCy refuses a text over its max_length (1,000,000 characters); a longer article is tokenized in
# pieces cut at line breaks (already sentence boundaries), so long articles are checked, not refused.
TOKENIZE_CHUNK = 200_000


def _cut(text: str, start: int, size: int) -> int:
    """Where to end the piece that starts at ``start``: a line break, else a sentence end, else a space."""
    lo, hi = start + size // 2, start + size
    cut = text.rfind("\n", lo, hi)
    if cut < 0:
        ends = [text.rfind(p, lo, hi - 1) for p in (". ", "! ", "? ")]
        cut = max(ends) + 1 if max(ends) >= 0 else text.rfind(" ", lo, hi)
    return cut + 1 if cut >= 0 else hi


def sentence_spans(folded: str) -> list[tuple[int, int]]:
    """Sentence spans of a text of any length: pieces of at most ``TOKENIZE_CHUNK`` characters, offsets merged."""
    if len(folded) <= TOKENIZE_CHUNK:
        return _piece_spans(folded)
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(folded):
        end = len(folded) if len(folded) - start <= TOKENIZE_CHUNK else _cut(folded, start, TOKENIZE_CHUNK)
        spans.extend((s + start, e + start) for s, e in _piece_spans(folded[start:end]))
        start = end
    return spans


def _piece_spans(folded: str) -> list[tuple[int, int]]:
    """Character spans of the sentences: spaCy's sentencizer rule, plus a boundary at every line break.

    The rule, as spaCy's ``Sentencizer`` applies it: a token that is not punctuation starts a sentence
    when a sentence-final character ("." "!" "?") came since the last such token. The same rule over
    whole token arrays (numpy) instead of token objects (a Python loop) is most of the spaCy time saved.
    """
    import numpy as np
    from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH

    doc = pipeline().make_doc(folded)
    n = len(doc)
    if not n:
        return []
    arr = doc.to_array([ORTH, IS_PUNCT, IDX, LENGTH])
    stop = np.isin(arr[:, 0], _stop_hashes())
    regular = ~stop & (arr[:, 1] == 0)
    idx = arr[:, 2].astype(np.int64)
    # stops seen up to each token; a regular token starts a sentence if a stop fell after the last regular one
    seen = np.cumsum(stop)
    reg_at = np.flatnonzero(regular)
    starts = np.zeros(n, dtype=bool)
    starts[0] = True
    if len(reg_at) > 1:
        starts[reg_at[1:][seen[reg_at[1:] - 1] > seen[reg_at[:-1]]]] = True
    first = reg_at[0] if len(reg_at) else n
    if first > 0 and first < n and seen[first - 1] > 0:
        starts[first] = True
    # news copy marks headlines and unpunctuated paragraphs with line breaks: the token after one starts anew
    breaks = [m.start() for m in re.finditer("\n", folded)]
    if breaks:
        after = np.searchsorted(idx, np.array(breaks), side="right")
        starts[after[(after >= 1) & (after < n)]] = True
    begin = np.flatnonzero(starts)
    last = np.append(begin[1:], n) - 1
    ends = idx[last] + arr[last, 3].astype(np.int64)
    return list(zip(idx[begin].tolist(), ends.tolist(), strict=True))


def analyse(article: Article) -> Document:
    folded = fold(article.text)
    sentences: list[Sentence] = []
    paragraph = 0
    furniture = furniture_spans(folded, article.body_start, article.title)
    for start, end in sentence_spans(folded):
        # trim whitespace, count paragraphs on blank lines
        raw = folded[start:end]
        if "\n" in folded[max(0, start - 2) : start + 1] and sentences:
            paragraph += 1
        stripped = raw.strip()
        if not stripped:
            continue
        start += len(raw) - len(raw.lstrip())
        end = start + len(stripped)
        if end <= article.body_start or any(lo <= start and end <= hi for lo, hi in furniture):
            continue  # before the body, or a posting stamp or a byline: no fact of the story
        start = max(start, article.body_start)
        # a dateline opens the lead's line ("NAIROBI, March 12 (Reuters) - Police said"): the sentence starts after it
        cut = next((hi for lo, hi in furniture if lo <= start < hi), None)
        if cut is not None:
            start = cut + len(folded[cut:end]) - len(folded[cut:end].lstrip())
        # no boundary after an abbreviation ("Col.", "Feb.", "U.S.") followed by a capitalised word
        if (
            sentences
            and sentences[-1].text.endswith(".")
            and abbreviation_end().search(sentences[-1].text, max(0, len(sentences[-1].text) - 20))
            and sentences[-1].paragraph == paragraph
            and (folded[start : start + 1].isupper() or folded[start : start + 1].isdigit())  # "Rs. 1,500"
        ):
            prev = sentences.pop()
            start = prev.start
        # an opening quote left at the end of the previous sentence belongs to this one
        if (
            sentences
            and folded[sentences[-1].end - 1 : sentences[-1].end] == '"'
            and folded[sentences[-1].end - 2 : sentences[-1].end - 1] == " "
        ):
            prev = sentences[-1]
            trimmed = folded[prev.start : prev.end - 1].rstrip()
            sentences[-1] = Sentence(prev.start, prev.start + len(trimmed), trimmed, prev.paragraph)
            start = folded.rfind('"', 0, start)
        sentences.append(Sentence(start, end, folded[start:end], paragraph))
    title_end = article.body_start
    if article.title and sentences:
        first = sentences[0]
        if folded[first.start : first.end].strip() == fold(article.title).strip():
            title_end = first.end
    quotes = [(m.start() + 1, m.end() - 1) for m in QUOTED.finditer(folded)]
    return Document(article, article.text, folded, sentences, title_end, [], quotes, furniture=furniture)
