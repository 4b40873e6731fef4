"""Background scope: a sentence about another, earlier event is not the main event's."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.analysis.document import analyse
from checker.analysis.scope import is_background, latest_year_named
from checker.models import Article


def _doc(text: str, published: dt.date | None = dt.date(2010, 12, 1)):  # type: ignore[no-untyped-def]
    return analyse(Article(id="a", path="a.txt", text=text, published=published))


@pytest.mark.parametrize(
    ("sentence", "background"),
    [
        ("He was convicted in June 1998 of assault out of Brazos County.", True),
        ("Six years ago, a fire injured three workers at the plant.", True),
        ("Earlier this year, a gunman killed three professors.", True),
        ("Last year's floods killed 40 people.", True),
        ("The inmate escaped on Monday near Baytown.", False),
        ("The escape in June 2010 shocked the state.", False),  # the article's own year
        ("He scored 1998 points in his career.", False),  # a figure, not a date
    ],
)
def test_background_sentences(sentence: str, background: bool) -> None:
    doc = _doc(sentence)
    assert is_background(doc, 0, len(sentence)) is background


def test_an_undated_article_takes_the_clusters_year() -> None:
    sentence = "He was convicted in June 1998 of assault out of Brazos County."
    doc = _doc(sentence, published=None)
    assert not is_background(doc, 0, len(sentence))  # no year to compare with
    assert is_background(doc, 0, len(sentence), year=2010)


def test_latest_year_named_as_a_date() -> None:
    assert latest_year_named(_doc("Convicted in 1998, he was moved in May 2010 after 1,999 days.", None)) == 2010
    assert latest_year_named(_doc("No year here.", None)) is None


def test_a_comparison_with_an_earlier_year_is_not_background() -> None:
    sentence = "A magnitude 6.1 earthquake, the strongest in the region since 2004, struck Aceh on Tuesday."
    assert not is_background(_doc(sentence), 0, len(sentence))


def test_a_zero_toll_of_an_earlier_event_is_no_claim() -> None:
    from checker.claims.count.zero import extract_zero_counts

    day = dt.date(2024, 5, 21)
    earlier = _doc("A similar blast at the plant in 2019, when no one was killed, led to new rules.", day)
    now = _doc("No one was killed in the blast at the plant on Tuesday, officials said.", day)
    assert extract_zero_counts(earlier) == []
    assert [c.outcome for c in extract_zero_counts(now)] == ["killed"]
