"""Sentence spans from token arrays are exactly spaCy's sentencizer plus a boundary after each line break."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.analysis.document import sentence_spans

PIECES = [".", "!", "?", ",", '"', "word", "Word", "\n", "\n\n", " ", "...", "-", "(", ")", "U.S.", "3.5", "'", "Col."]


@lru_cache(maxsize=1)
def _reference() -> Any:
    import spacy
    from spacy.language import Language

    if "test_newline_starts" not in Language.factories:

        @Language.component("test_newline_starts")
        def newline_starts(doc: Any) -> Any:
            for tok in doc[1:]:
                prev = doc[tok.i - 1]
                if "\n" in prev.text or "\n" in prev.whitespace_:
                    tok.is_sent_start = True
            return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_newline_starts")
    return nlp


def _spacy_spans(text: str) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in _reference()(text).sents]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(["", " "])), max_size=20))
def test_sentence_spans_equal_spacy_sentencizer_with_line_breaks(pieces: list[tuple[str, str]]) -> None:
    text = "".join(p + sep for p, sep in pieces)
    assert sentence_spans(text) == _spacy_spans(text)


def test_sentence_spans_split_news_copy() -> None:
    text = 'Storm hits coast\n\nThe storm hit at 3 p.m. on Monday. "It was loud!" she said. Roads closed'
    assert sentence_spans(text) == _spacy_spans(text)
    spans = [text[s:e].strip() for s, e in sentence_spans(text)]
    # the opening quote left on the previous sentence is spaCy's rule; ``analyse`` moves it over
    expected = [
        "Storm hits coast",
        'The storm hit at 3 p.m. on Monday. "',
        'It was loud!"',
        "she said.",
        "Roads closed",
    ]
    assert spans == expected


def test_sentence_spans_of_empty_text_are_empty() -> None:
    assert sentence_spans("") == []
