"""Integrity of the language data files (checker/lang/en/*.yaml)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from checker import lang

if TYPE_CHECKING:
    from checker.models import Claim, CountClaim, DateClaim


def test_language_data_validates() -> None:
    data = lang.load()
    assert data.numbers.multipliers["million"] == 1_000_000


def test_numbers_read_their_examples_as_documented() -> None:
    """lang/en/numbers.yaml: the first number of each example has the value given."""
    from checker.normalise.numbers import check_examples

    check_examples()  # raises ValueError naming the example that no longer reads as documented


def test_sentence_abbreviations_read_their_examples_as_documented() -> None:
    """lang/en/anatomy.yaml: no sentence ends after an abbreviation, and a full stop elsewhere ends one."""
    from checker.analysis.document import abbreviation_end

    assert abbreviation_end().search("said Col.")  # the examples are checked when the pattern is built


def test_breakdowns_read_their_examples_as_documented() -> None:
    """lang/en/counting.yaml: the breakdown after a total gives the parts listed."""
    from checker.rules.breakdown_sum import check_examples

    check_examples()  # raises ValueError naming the example that no longer reads as documented


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
    from checker.claims.count.counts import check_examples

    check_examples()  # raises ValueError naming the example that no longer reads as documented


def test_zero_tolls_read_their_examples_as_documented() -> None:
    """lang/en/outcomes.yaml's zero tolls ("no one was hurt") read as the outcome each example names."""
    from checker.claims.count.zero import check_examples

    check_examples()


def test_frequency_adverbs_read_their_examples_as_documented() -> None:
    """lang/en/counting.yaml's adverbs of times ("married twice") count what each example says, and no comparison
    ("twice as famous") is read as one."""
    from checker.claims.count.frequency import check_examples

    check_examples()


def test_vehicle_colours_read_their_examples_as_documented() -> None:
    """lang/en/qualities.yaml's examples: the vehicle (make and model) and the colours each text gives it."""
    from checker.claims.quality import check_examples

    check_examples()


def test_ordinals_read_their_examples_as_documented() -> None:
    """lang/en/ordinals.yaml's examples: the person, place and noun each text gives, and no record or time."""
    from checker.claims.ordinal import check_examples

    check_examples()


def test_scores_read_their_examples_as_documented() -> None:
    """lang/en/scores.yaml's examples: the teams and final score each text gives, and no run, lead or record."""
    from checker.claims.score import check_examples

    check_examples()


def _claims_of(sentence: str) -> tuple[str, list[Claim]]:
    """The claims read from a one-sentence article published on Thursday 14 March 2013, and its text."""
    from checker.claims import extract_cluster
    from checker.models import Article

    text = "Report\n" + sentence  # a headline, then the sentence as the body
    article = Article(id="a", path="a.txt", published=dt.date(2013, 3, 14), text=text)
    (result,) = extract_cluster([article])
    return text, list(result.claims)


def _count_at(sentence: str, figure: str) -> CountClaim | None:
    """The count claim read at ``figure`` in the sentence, if any."""
    from checker.models import CountClaim

    text, claims = _claims_of(sentence)
    at = text.index(figure)
    found = [c for c in claims if isinstance(c, CountClaim) and c.start <= at < c.end]
    return found[0] if found else None


def _outcome_of(sentence: str, figure: str) -> str | None:
    count = _count_at(sentence, figure)
    assert count is not None, f"no figure read at {figure!r} in {sentence!r}"
    return count.outcome


def test_scope_examples_read_as_documented() -> None:
    """lang/en/scope.yaml: a figure of another, earlier event has no outcome of the story's; one of the
    story's own keeps it ("The attack, which killed five people, comes two days after a bombing")."""
    examples = lang.load().scope.examples
    wrong = [s for s, figure in examples.background if _outcome_of(s, figure) is not None]
    wrong += [s for s, figure in examples.main if _outcome_of(s, figure) is None]
    assert not wrong, f"lang/en/scope.yaml: examples read the wrong way: {wrong}"


def test_parts_of_a_whole_read_as_documented() -> None:
    """lang/en/scope.yaml: a figure that counts a part of a whole told elsewhere is marked a subset
    ("eight of them", "Of those, 318", "12 remained hospitalized"); a whole ("14 of the 189") is not."""
    examples = lang.load().scope.examples
    wrong = [s for s, figure in examples.parts if not getattr(_count_at(s, figure), "subset", False)]
    wrong += [s for s, figure in examples.wholes if getattr(_count_at(s, figure), "subset", True)]
    assert not wrong, f"lang/en/scope.yaml: examples read the wrong way: {wrong}"


def test_history_reads_its_examples_as_documented() -> None:
    from checker.claims.count.scope import check_examples

    check_examples()


def test_a_relative_clause_takes_no_outcome_from_before_it() -> None:
    sentence = "Dorothy Brown said she was heartbroken over the death of her granddaughter, who had four children."
    assert _outcome_of(sentence, "four children") is None
    assert _outcome_of("Police said the gunman, who killed three people, fled on foot.", "three people") == "killed"


def test_bases_read_their_examples_as_documented() -> None:
    """lang/en/bases.yaml: each sentence says where its organisation is based."""
    from checker.analysis.bases import check_examples

    check_examples()


def _dates_at(sentence: str) -> tuple[str, list[DateClaim]]:
    from checker.models import DateClaim

    text, claims = _claims_of(sentence)
    return text, [c for c in claims if isinstance(c, DateClaim)]


def test_dates_read_their_examples_as_documented() -> None:
    """lang/en/dates.yaml: each date example is read as the days it names, counted from the publication
    date; each word of the `not_dates` starts no date."""
    examples = lang.load().dates.examples
    wrong = []
    for ex in examples.dates:
        found = [c.value for c in _dates_at(ex.text)[1] if c.expression == ex.expression]
        if not found or found[0] is None or (found[0].start, found[0].end) != (ex.start, ex.end or ex.start):
            wrong.append(ex.text)
    for sentence, word in examples.not_dates:
        text, dates = _dates_at(sentence)
        if any(c.start <= text.index(word) < c.end for c in dates):
            wrong.append(sentence)
    assert not wrong, f"lang/en/dates.yaml: examples read the wrong way: {wrong}"


def test_times_of_day_read_their_examples_as_documented() -> None:
    """lang/en/dates.yaml: each time example is read as its minutes after midnight, give or take its
    tolerance, in its zone; a pace or a game clock is no time of day; the words around a date that say
    nothing of its moment are left out of the event it dates."""
    examples = lang.load().dates.examples
    wrong = []
    for ex in examples.times:
        times = [(c.clock, c.clock_tolerance, c.timezone) for c in _dates_at(ex.text)[1] if c.expression == "time"]
        if times != [(ex.clock, ex.tolerance, ex.zone)]:
            wrong.append(ex.text)
    wrong += [s for s in examples.not_times if any(c.expression == "time" for c in _dates_at(s)[1])]
    wrong += [s for s, event in examples.events if [c.event for c in _dates_at(s)[1]] != [event]]
    assert not wrong, f"lang/en/dates.yaml: examples read the wrong way: {wrong}"


def test_figures_read_their_examples_as_documented() -> None:
    """lang/en/counting.yaml: each figure example is no count, or is read with the noun, unit, range,
    measure and direction it gives (dates, times, names, ages, rates, ranges, vote splits, changes)."""
    wrong = []
    for ex in lang.load().counting.examples.figures:
        count = _count_at(ex.text, ex.figure)
        if count is None or not ex.count:
            if (count is None) == ex.count:
                wrong.append(ex.text)
            continue
        read = {"noun": count.noun, "unit": count.unit, "low": count.value.low, "high": count.value.high,
                "measure": count.measure, "direction": count.direction}
        if any(getattr(ex, k) is not None and getattr(ex, k) != v for k, v in read.items()):
            wrong.append(ex.text)
    assert not wrong, f"lang/en/counting.yaml: examples read the wrong way: {wrong}"


def test_event_places_read_their_examples_as_documented() -> None:
    """lang/en/places.yaml's event_place: a distance makes a reference point, a where-word ranks a place
    first and a route's word last, a comma adds a province, "Name of" a person's town."""
    from checker.analysis.event import check_examples

    check_examples()


def test_quotes_key_their_examples_alike() -> None:
    """lang/en/speech.yaml's quote_examples: a clock time written two ways, a web address with and without
    its suffix, an abbreviation and its word key alike."""
    from checker.claims.quote import check_quote_examples

    check_quote_examples()


def test_years_read_their_examples_as_documented() -> None:
    """lang/en/scope.yaml's year_date: "since June 2004" is a date, "convicted in June 1998" the date of the
    sentence's own happening, "the strongest since 2004" not."""
    from checker.analysis.scope import check_examples

    check_examples()


def test_speakers_read_their_examples_as_documented() -> None:
    """lang/en/speech.yaml's attribution (and roles.yaml's role words): each sentence gives its speaker the
    role documented; each quote is attributed to the speaker documented ("she said", "according to her")."""
    from checker.models import AttributionClaim, QuoteClaim

    examples = lang.load().speech.attribution.examples
    wrong = []
    for sentence, name, role in examples.roles:
        claims = _claims_of(sentence)[1]
        if [c.role for c in claims if isinstance(c, AttributionClaim) and c.name == name] != [role]:
            wrong.append(sentence)
    for sentence, quote, speaker in examples.quotes:
        claims = _claims_of(sentence)[1]
        if [c.speaker for c in claims if isinstance(c, QuoteClaim) and c.text.startswith(quote)] != [speaker]:
            wrong.append(sentence)
    assert not wrong, f"lang/en/speech.yaml: speakers read the wrong way: {wrong}"


def test_acts_read_their_examples_as_documented() -> None:
    """lang/en/acts.yaml: each sentence gives the act's agent (or witness) with its object, through the passive,
    a relative clause or an appositive; each match minute reads as the minute given."""
    from checker.claims.role import check_examples
    from checker.models import RoleClaim

    check_examples()
    wrong = []
    for ex in lang.load().acts.examples.roles:
        claims = [c for c in _claims_of(ex.text)[1] if isinstance(c, RoleClaim)]
        if [(c.act, c.agent, c.agent_key, c.obj, c.relation) for c in claims] != [tuple(ex)[1:]]:
            wrong.append(ex.text)
    assert not wrong, f"lang/en/acts.yaml: roles read the wrong way: {wrong}"


def test_people_and_places_read_their_examples_as_documented() -> None:
    """lang/en/names.yaml and places.yaml's in_text: each sentence names the people documented ("Osama bin
    Laden", "Mayor Wilson Sambrano of Pedernales", "said Okafor"); the words around a place read as documented."""
    from checker.analysis.places_in_text import check_examples
    from checker.models import AttributionClaim

    check_examples()
    wrong = []
    for sentence, people in lang.load().names.examples.people:
        if [c.name for c in _claims_of(sentence)[1] if isinstance(c, AttributionClaim)] != people:
            wrong.append(sentence)
    assert not wrong, f"lang/en/names.yaml: people read the wrong way: {wrong}"


def test_negations_deny_an_outcome_and_joiners_join_parts() -> None:
    """lang/en/outcomes.yaml negations and counting.yaml part_joiners read their examples."""
    assert _outcome_of("All 200 passengers, who were not hurt, left the plane.", "200 passengers") != "wounded"
    import datetime as dt

    from checker.claims import extract_cluster
    from checker.models import Article, CountClaim

    text = "Report\nSeven soldiers and four police were killed in the attack, officials said."
    (result,) = extract_cluster([Article(id="a", path="a.txt", published=dt.date(2020, 3, 4), text=text)])
    counts = [c for c in result.claims if isinstance(c, CountClaim) and c.parts]
    assert counts and len(counts[0].parts) == 2


def test_dimensions_and_generic_words_are_language_data() -> None:
    data = lang.load()
    assert "wide" in data.measures.dimensions and "the" in data.events.generic_words


def test_streets_read_their_examples_as_documented() -> None:
    """lang/en/places.yaml streets: each example gives its street's key, kind and block, or no street (a
    newspaper's name, a saint's)."""
    from checker.claims.street import check_examples

    check_examples()


def test_residences_read_their_examples_as_documented() -> None:
    """lang/en/places.yaml residence: each example sentence gives its person the place written after the name,
    or none (a workplace, a club)."""
    from checker.models import ResidenceClaim

    wrong = []
    for ex in lang.load().places.residence.examples:
        _text, claims = _claims_of(ex.text)
        places = [c.place for c in claims if isinstance(c, ResidenceClaim)]
        if places != ([ex.place] if ex.place else []):
            wrong.append(f"{ex.text} -> {places}")
    assert not wrong, f"lang/en/places.yaml residence: examples read the wrong way: {wrong}"


def test_every_division_abbreviation_names_a_division_of_its_country() -> None:
    from checker.normalise.places import gazetteer

    for country, table in lang.load().places.division_abbreviations.items():
        for abbreviation, name in table.items():
            divisions = [p for p in gazetteer().lookup(name) if p.level == "admin1" and p.country == country]
            assert divisions, f"{abbreviation}: {name} is no division of {country}"
