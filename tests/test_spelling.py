"""Quotes compared after contractions and British/American spellings are brought to one form."""

from __future__ import annotations

import pytest

from checker import lang
from checker.claims.quote import is_title, quote_key
from checker.normalise.spelling import canonical, check_examples


def test_language_data_examples_agree() -> None:
    check_examples()
    assert lang.load().spelling.examples


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("We organised the defence", "we organized the defence"),
        ("They aren't here", "they are not here"),
        ("It ’ s over", "It's over"),
    ],
)
def test_same_remark_same_key(a: str, b: str) -> None:
    assert quote_key(a) == quote_key(b)


@pytest.mark.parametrize(("a", "b"), [("I am at peace", "I am peace"), ("a sad day", "a sad time")])
def test_different_words_stay_different(a: str, b: str) -> None:
    assert canonical(a) != canonical(b)


def test_short_words_are_not_respelled() -> None:
    assert canonical("four tours rise") == "four tours rise"


@pytest.mark.parametrize("text", ["The Notorious Bettie Page", "In Search of Lost Time"])
def test_titles_are_not_remarks(text: str) -> None:
    assert is_title(text)


@pytest.mark.parametrize(
    "text", ["We are thrilled to have her host the show", "Did you feel it?", "Mommy, Mommy, I got hit."]
)
def test_remarks_are_not_titles(text: str) -> None:
    assert not is_title(text)
