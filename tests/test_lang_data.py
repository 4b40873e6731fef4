"""Integrity of the language data files (checker/lang/en/*.yaml)."""

from __future__ import annotations

from checker import lang


def test_language_data_validates() -> None:
    data = lang.load()
    assert data.numbers.multipliers["million"] == 1_000_000


def test_every_category_reaches_a_root_without_cycles() -> None:
    cats = lang.load().counted.categories
    for name in cats:
        seen = {name}
        cur = cats[name].parent
        while cur is not None:
            assert cur not in seen, f"cycle at {name}"
            seen.add(cur)
            cur = cats[cur].parent


def test_no_noun_names_two_categories() -> None:
    owner: dict[str, str] = {}
    for name, cat in lang.load().counted.categories.items():
        for noun in cat.nouns:
            assert noun.lower() not in owner, f"{noun!r} in {owner.get(noun.lower())} and {name}"
            owner[noun.lower()] = name


def test_outcome_parents_exist() -> None:
    outcomes = lang.load().outcomes.outcomes
    for name, o in outcomes.items():
        assert o.parent is None or o.parent in outcomes, name


def test_titles_abbreviations_expand_to_known_words() -> None:
    titles = lang.load().titles
    assert titles.abbreviations["col"] == "colonel"


def test_counting_words_read_their_examples_as_documented() -> None:
    """lang/en/counting.yaml: each example is checked against the pattern its words build."""
    from checker.extract.counts import check_examples

    check_examples()  # raises ValueError naming the example that no longer reads as documented


def test_zero_tolls_read_their_examples_as_documented() -> None:
    """lang/en/outcomes.yaml's zero tolls ("no one was hurt") read as the outcome each example names."""
    from checker.extract.zero_counts import check_examples

    check_examples()
