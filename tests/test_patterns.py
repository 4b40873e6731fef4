"""A word list as a trie pattern matches exactly what the longest-first alternation matched."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from checker.normalise.patterns import alternation

WORDS = st.lists(st.text(alphabet="abcs .-", min_size=1, max_size=6), min_size=0, max_size=12)
TEXT = st.text(alphabet="abcs .-\nAB", max_size=60)


def _plain(words: list[str]) -> str:
    if not words:
        return "(?!x)x"
    return "(?:" + "|".join(re.escape(w) for w in sorted({w.lower() for w in words}, key=len, reverse=True)) + ")"


@given(WORDS, TEXT)
def test_trie_pattern_finds_the_same_spans_as_the_plain_alternation(words: list[str], text: str) -> None:
    trie = re.compile(rf"\b{alternation(words)}\b", re.I)
    plain = re.compile(rf"\b{_plain(words)}\b", re.I)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_longest_word_wins_at_a_position() -> None:
    pattern = re.compile(alternation(["four", "fourteen", "for"]))
    assert pattern.match("fourteen soldiers").group(0) == "fourteen"
    assert pattern.match("four soldiers").group(0) == "four"


def test_space_can_stand_for_any_run_of_whitespace() -> None:
    pattern = re.compile(alternation(["set off", "set"], space=r"\s+"), re.I)
    assert pattern.match("Set\n  off the bomb").group(0) == "Set\n  off"


def test_an_empty_list_matches_nothing() -> None:
    assert re.search(alternation([]), "anything at all") is None


DATE_TEXT = st.lists(
    st.sampled_from(["on", "Monday", "last", "week", "March", "12", "2024-03-01", "the", "day", "before", "İ", ","]),
    max_size=14,
).map(" ".join)


@given(DATE_TEXT)
def test_finditer_where_finds_what_finditer_finds(text: str) -> None:
    from checker.claims.date.dates import DATE, DATE_STARTS
    from checker.normalise.patterns import finditer_where

    fast = [(m.span(), m.groupdict()) for m in finditer_where(DATE, text, DATE_STARTS)]
    assert fast == [(m.span(), m.groupdict()) for m in DATE.finditer(text)]


def test_finditer_where_reads_dates_in_a_sentence() -> None:
    from checker.claims.date.dates import DATE, DATE_STARTS
    from checker.normalise.patterns import finditer_where

    text = "The quake struck on Tuesday night, days after the March 3 storm and last week's floods."
    assert [m.group(0) for m in finditer_where(DATE, text, DATE_STARTS)] == ["Tuesday night", "March 3", "last week"]


NUMBER_TEXT = st.lists(
    st.sampled_from(["12", "1,200", "$", "€5", "EUR 3", "US$4", "Rs. 5", "a", "an", "One", "hundred", "a dozen",
                     "several", "dozens of", "five-", "2.5m", "euros", "(", "-", ",", "and", "x"]),
    max_size=10,
).map(lambda parts: " ".join(parts).replace("( ", "("))


@given(NUMBER_TEXT)
def test_find_numbers_reads_what_the_full_scan_reads(text: str) -> None:
    from checker.normalise.numbers import find_numbers, number_pattern, parse_mention

    full = [m for m in (parse_mention(m) for m in number_pattern().finditer(text)) if m is not None]
    assert find_numbers(text) == full


def _cue_text() -> st.SearchStrategy[str]:
    from checker import lang
    from checker.claims.role import _cue_words

    cues = sorted({w for act in lang.load().acts.acts for w in _cue_words(act)})
    piece = st.tuples(st.sampled_from(cues), st.integers(1, 12), st.sampled_from(["", " ", "s ", "x"]))
    return st.lists(piece, max_size=6).map(lambda ps: "".join(w[:n] + sep for w, n, sep in ps))


@given(_cue_text())
def test_one_cue_scan_finds_the_acts_a_substring_test_finds(low: str) -> None:
    from checker import lang
    from checker.claims.role import _acts_cued, _cue_words

    acts = lang.load().acts.acts
    assert _acts_cued(low) == {a for a in acts if any(w in low for w in _cue_words(a))}
