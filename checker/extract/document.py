"""One spaCy pass per article: tokens and sentences over the folded text (same offsets as the original).

spaCy's blank English pipeline gives the tokenizer and a rule sentencizer; a small component adds
the boundaries news copy marks with line breaks (headlines, paragraphs without a final stop).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from checker.models import Article
from checker.normalise.text import fold

ABBREV_END = re.compile(
    r"(?:\b(?:Col|Gen|Lt|Maj|Capt|Sgt|Cpl|Brig|Adm|Cmdr|Insp|Supt|Det|Dr|Prof|Gov|Sen|Rep|"
    r"Rev|Fr|St|Mr|Mrs|Ms|Hon|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Mt|Ft|"
    r"Inc|Corp|Ltd|Co|Jr|Sr|vs|Rs|approx|est|Nos)\.|\b(?:[A-Z]\.){2,})$"
)


QUOTED = re.compile(r'"[^"\n]{2,1200}?"')


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # folded
    paragraph: int


@dataclass
class Document:
    article: Article
    text: str  # original
    folded: str  # same length, quotes/spaces/dashes folded
    sentences: list[Sentence]
    title_end: int  # end offset of the headline line, or body start when none
    tokens: list[tuple[int, int, str]] = field(default_factory=list)
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    memo: dict[str, Any] = field(default_factory=dict)  # per-article work several extractors share
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


@lru_cache(maxsize=1)
def pipeline() -> Any:
    import spacy
    from spacy.language import Language

    if "newline_boundaries" not in Language.factories:

        @Language.component("newline_boundaries")
        def newline_boundaries(doc: Any) -> Any:
            for tok in doc[1:]:
                prev = doc[tok.i - 1]
                # only set boundaries: reading is_sent_start makes spaCy rescan the doc (quadratic)
                if "\n" in prev.text or "\n" in prev.whitespace_:
                    tok.is_sent_start = True
            return doc

    from spacy.attrs import IS_PUNCT

    nlp = spacy.blank("en")
    # Only the tokenizer and the sentencizer run, and the sentencizer reads one lexical attribute:
    # computing the other twenty for every new word was a third of the time spent on unseen text.
    vocab: Any = nlp.vocab  # lex_attr_getters is a Cython attribute the type stubs do not list
    vocab.lex_attr_getters = {k: v for k, v in vocab.lex_attr_getters.items() if k == IS_PUNCT}
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newline_boundaries")
    return nlp


def analyse(article: Article) -> Document:
    folded = fold(article.text)
    doc = pipeline()(folded)
    sentences: list[Sentence] = []
    paragraph = 0
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        # trim whitespace, count paragraphs on blank lines
        raw = folded[start:end]
        if "\n" in folded[max(0, start - 2) : start + 1] and sentences:
            paragraph += 1
        stripped = raw.strip()
        if not stripped:
            continue
        start += len(raw) - len(raw.lstrip())
        end = start + len(stripped)
        if end <= article.body_start:
            continue
        start = max(start, article.body_start)
        # no boundary after an abbreviation ("Col.", "Feb.", "U.S.") followed by a capitalised word
        if (
            sentences
            and ABBREV_END.search(sentences[-1].text)
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
    return Document(article, article.text, folded, sentences, title_end, [], quotes)
