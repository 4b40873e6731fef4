"""Extractors on data cases (tests/cases/extract.yaml), and never raising on arbitrary text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.claims import extract_cluster
from checker.models import Article, CountClaim, DateClaim, PlaceClaim, QuoteClaim

CASES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "extract.yaml").read_text(encoding="utf-8")
)


def claims_of(text: str, published: str | None = "2024-05-21") -> list[Any]:
    art = Article(id="t", path="t.txt", text=text, published=dt.date.fromisoformat(published) if published else None)
    return extract_cluster([art])[0].claims


@pytest.mark.parametrize("case", CASES["counts"], ids=lambda c: c["text"][:40])
def test_count_case(case: dict[str, Any]) -> None:
    counts = [c for c in claims_of(case["text"]) if isinstance(c, CountClaim)]
    assert counts, "no count found"
    first = counts[0]
    assert first.value.as_value()["low"] == case["value"]["low"]
    assert first.value.as_value()["high"] == case["value"]["high"]
    if "outcome" in case:
        assert first.outcome == case["outcome"]
    if "category" in case:
        assert first.category == case["category"]
    if "noun" in case:
        assert first.noun == case["noun"]
    if "unit" in case:
        assert first.unit == case["unit"]
    if "direction" in case:
        assert first.direction == case["direction"]
    if "measure" in case:
        assert first.measure == case["measure"]


@pytest.mark.parametrize("case", CASES["dates"], ids=lambda c: c["text"][:40])
def test_date_case(case: dict[str, Any]) -> None:
    dates = [c for c in claims_of(case["text"], case["published"]) if isinstance(c, DateClaim)]
    assert dates and dates[0].value is not None
    assert dates[0].value.start.isoformat() == case["value"]


@pytest.mark.parametrize("case", CASES["quotes"], ids=lambda c: c["text"][:40])
def test_quote_case(case: dict[str, Any]) -> None:
    quotes = [c for c in claims_of(case["text"]) if isinstance(c, QuoteClaim)]
    assert quotes, "no quote found"
    # "quote": which quotation of the text is checked (the first unless said; -1 the last)
    assert quotes[case.get("quote", 0)].speaker == case["speaker"]


def test_relative_dates_stay_unresolved_without_a_publication_date() -> None:
    dates = [c for c in claims_of("Insurgents attacked on Tuesday.", None) if isinstance(c, DateClaim)]
    assert dates and dates[0].value is None


def test_a_figure_without_its_noun_takes_the_one_before_and_its_own_place() -> None:
    text = "About 950,000 people in Odisha and 110,000 in West Bengal were moved to shelters on Thursday."
    counts = [c for c in claims_of(text, "2025-10-24") if isinstance(c, CountClaim)]
    second = next(c for c in counts if c.text == "110,000")
    assert (second.noun, second.category, second.region) == ("people", "people", "west bengal")


def test_a_city_named_for_its_time_zone_is_no_place() -> None:
    text = "The volcano erupted at 10.12pm Jakarta time on Saturday, officials in Maumere said."
    places = [c.text for c in claims_of(text, "2025-11-16") if c.kind == "place"]
    assert "Jakarta" not in places


def test_of_those_takes_the_previous_noun_as_a_part_of_it() -> None:
    text = "Officials have recorded 2,480 suspected cases. Of those, 318 have been confirmed."
    counts = [c for c in claims_of(text, "2025-09-15") if isinstance(c, CountClaim)]
    part = next(c for c in counts if c.text == "318")
    assert part.noun == "suspected cases" and part.subset


def test_the_start_of_a_span_and_a_change_are_not_claims() -> None:
    text = "At least nine people have died since the weekend. Temperatures should drop by four or five degrees."
    claims = claims_of(text, "2025-06-18")
    assert not [c for c in claims if isinstance(c, DateClaim) and "weekend" in c.text]
    assert not [c for c in claims if isinstance(c, CountClaim) and "degrees" in c.text]


def test_those_still_in_hospital_are_part_of_the_injured() -> None:
    text = "Another 47 people were injured and 12 remained hospitalized, the coroner said."
    counts = {c.text: c for c in claims_of(text, "2025-05-14") if isinstance(c, CountClaim)}
    assert not counts["47 people"].subset and counts["12"].subset


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("given by Apple's vice president of worldwide marketing Phil Schiller.", "vice president of worldwide"),
        ("taken over by vice-president of worldwide product marketing Phil Schiller.", "vice-president of worldwide"),
    ],
)
def test_a_post_s_portfolio_in_lower_case_is_read_back_to_its_role_noun(text: str, role: str) -> None:
    roles = [c.role for c in claims_of("Keynote\n\nThe keynote was " + text) if c.kind == "attribution" and c.role]
    assert any(role in r for r in roles), roles


def test_a_title_left_alone_at_a_line_end_is_no_person() -> None:
    # found by the 1,000-article benchmark: an edit left "Dr." at the end of a line
    text = 'The minister visited the ward, said Sindh Health Minister Dr.\n\n"We have enough beds for now."'
    names = [c for c in claims_of(text, "2025-09-15") if c.kind == "name"]
    assert all(c.key.strip() for c in names)


def test_race_times_model_numbers_and_fractions_are_not_misread() -> None:
    text = "Kiptanui won in 2:01:17 on the Aruna-2 course. The quarter of a million dollars bonus was paid."
    claims = claims_of(text, "2025-04-27")
    assert not [c for c in claims if isinstance(c, DateClaim) and c.clock is not None]
    assert not [c for c in claims if isinstance(c, CountClaim)]


def test_london_is_the_city_not_the_city_of_london() -> None:
    from checker.normalise.places import gazetteer

    first_gb = next(p for p in gazetteer().lookup("London") if p.country == "GB")
    assert first_gb.level == "locality"


def test_relative_days_inside_a_quote_are_not_dated() -> None:
    # the speaker's "Friday" counts from when they spoke, which the article does not say
    text = 'Forecasters had warned that the rain "will continue through Friday", officials said on Saturday.'
    dates = [c for c in claims_of(text, "2025-10-26") if isinstance(c, DateClaim)]
    assert [d.text for d in dates] == ["Saturday"]


def test_evidence_spans_slice_the_original_text() -> None:
    text = "\u201cWe had a good talk,\u201d Col.\u00a0Ahmed Khan said. At least 12\u00a0people were killed in Bannu."
    for c in claims_of(text):
        assert text[c.start : c.end] == c.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_no_extractor_raises_on_arbitrary_text(text: str) -> None:
    if not text.strip():
        return
    claims_of(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "at least",
                "12",
                "killed",
                "Mr",
                "Col.",
                '"',
                "Tuesday",
                "March 3",
                ",",
                ".",
                "in",
                "Kabul",
                "said",
                "and",
                "four",
                "soldiers",
                "\n",
                "signed",
                "the deal",
                "by",
                "who witnessed",
                "Ahmed Khan",
                "-",
                "%",
                "$3.2 billion",
                "nearly",
            ]
        ),
        max_size=40,
    )
)
def test_no_extractor_raises_on_news_like_noise(tokens: list[str]) -> None:
    text = " ".join(tokens)
    if text.strip():
        claims_of(text)


def _places_in(text: str, known: frozenset[str]) -> list[str]:
    from checker.analysis.document import analyse
    from checker.analysis.places_in_text import find_places

    doc = analyse(Article(id="a", path="a.txt", text=text, published=dt.date(2025, 11, 11)))
    return [p.text for p in find_places(doc, {"DE"}, [], known)]


def test_the_end_of_a_longer_local_name_is_not_a_town_of_that_name() -> None:
    text = "Headline\n\nThieves broke into the museum in the Innere Altstadt on Tuesday."
    assert "Altstadt" not in _places_in(text, frozenset({"altstadt"}))


def test_a_town_after_a_compass_word_is_still_the_town() -> None:
    text = "Headline\n\nFloods hit villages in Northern Bavaria on Tuesday."
    assert "Bavaria" in _places_in(text, frozenset())


@pytest.mark.parametrize(
    "text",
    [
        "The flaw affects Windows 2000 users and those of later versions.",
        "Both models have two USB 3.0 ports.",
        "The screen shows 1440 x 900 pixels.",
        "Traffic was halted on I-805 just north of the city.",
    ],
)
def test_a_number_in_a_name_is_no_count(text: str) -> None:
    counts = [c for c in claims_of(text) if isinstance(c, CountClaim)]
    assert not [c for c in counts if c.value.low in (2000, 3.0, 1440, 900, 805)]


def test_a_bare_figure_takes_people_only_from_an_outcome_right_after_it() -> None:
    """ "At least 17 were killed" counts people; "Five Oaks teen killed" (a neighbourhood's name, the outcome
    four words on) and "Unit 4 was destroyed" (an outcome of things) count no one."""
    killed = [c for c in claims_of("At least 17 were killed.") if isinstance(c, CountClaim)]
    assert [(c.value.low, c.noun, c.outcome) for c in killed] == [(17, "people", "killed")]
    named = claims_of("Hundreds gather at vigil for Five Oaks teen killed by police.")
    assert not [c for c in named if isinstance(c, CountClaim) and c.value.low == 5]
    # an outcome that befalls things, not people: no one counted
    unit = claims_of("Unit 4 was destroyed in the blast.")
    assert not [c for c in unit if isinstance(c, CountClaim) and c.value.low == 4]


def test_a_name_before_a_number_in_words_is_still_a_count() -> None:
    counts = [
        c for c in claims_of("The ministry gave Brightwater three untendered contracts.") if isinstance(c, CountClaim)
    ]
    assert [c.value.low for c in counts] == [3]


def test_a_headline_in_capitals_keeps_its_figure() -> None:
    counts = [
        c for c in claims_of("ALLIANCE STORMS TO 49 SEATS\n\nThe alliance won 47 seats.") if isinstance(c, CountClaim)
    ]
    assert 49 in [c.value.low for c in counts]


@pytest.mark.parametrize(
    "text",
    ["The Sixers made the playoffs after the addition of Elton Brand.", "She checked in at Morningside Recovery."],
)
def test_a_town_name_opening_a_longer_name_is_no_place(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "place" and c.text in ("Elton", "Morningside")]


def test_a_demonym_names_its_country() -> None:
    from checker.normalise.places import gazetteer

    assert [p.country for p in gazetteer().lookup("Canadian")] == ["CA"]


def test_a_possible_toll_is_no_toll() -> None:
    counts = [c for c in claims_of('"There might have been two people killed," he said.') if isinstance(c, CountClaim)]
    assert not [c for c in counts if c.outcome == "killed"]


def test_a_quote_paragraph_is_its_own_not_the_next_sentences() -> None:
    """A quote standing alone after a speaker's paragraph continues that speaker; the sentence after it,
    naming someone else, does not claim it (spaced quotation marks put the closing mark in that sentence)."""
    text = (
        "Report\n"
        "His barber, Julian Clark, concurred.\n"
        "\u201c They have a hard time because there is a lot of crime here, \u201d he said of the police.\n"
        "\u201c But when they play hardball, they end up going after innocent people, too. \u201d\n"
        "The police presence has left many feeling suffocated, said Shanduke McPhatter, 35, a youth worker.\n"
    )
    quotes = [c for c in claims_of(text) if isinstance(c, QuoteClaim) and "hardball" in c.text]
    assert quotes and quotes[0].speaker != "shanduke mcphatter"


def test_a_bare_surname_is_the_story_s_person_not_the_longest_namesake() -> None:
    """ "Gray" is Kimani Gray, whom the cluster names most, not his sister Mahnefah Gray (a longer name);
    a fuller name counts the mentions of the shorter ones it completes ("Raymond W. Kelly")."""
    from checker.analysis.attribution import index_people, resolve_person

    known = index_people(["kimani gray"] * 3 + ["mahnefah gray", "raymond kelly", "raymond kelly", "raymond w kelly"])
    assert resolve_person("gray", known) == "kimani gray"
    assert resolve_person("mahnefah gray", known) == "mahnefah gray"
    assert resolve_person("kelly", known) == "raymond w kelly"
    assert resolve_person("raymond kelly", known) == "raymond w kelly"


def test_pounds_are_a_weight_unless_money_is_spoken_of() -> None:
    weighed = claims_of("Report\nThe suspect is heavily tattooed, weighing 130 pounds.")
    fined = claims_of("Report\nThe club was fined 500 pounds by the league.")
    weight = [c for c in weighed if isinstance(c, CountClaim)]
    money = [c for c in fined if isinstance(c, CountClaim)]
    # a weight in pounds: the unit says it is a weight (measures.yaml named_by_units), the word adds nothing
    assert [(c.unit, c.measure) for c in weight] == [("pound", None)]
    assert [c.unit for c in money] == ["currency:gbp"]


def test_a_quote_runs_over_a_line_break_but_not_into_the_next_quoted_paragraph() -> None:
    """Copy with one sentence per line: a remark of two sentences is one quote, and its speaker is found
    after it; a paragraph that opens with a quotation mark starts a quote of its own (one left open is a
    paragraph of a remark quoted over several: it ends where the next opens)."""
    text = (
        "Report\n"
        '"I felt normal.\n'
        'It was better than pounding a typewriter eight hours a day," Bettie Page told Playboy in 1998.\n'
        '"We will not stop\n'
        '"Nor will we rest," Jane Roe said.\n'
    )
    quotes = [c for c in claims_of(text) if isinstance(c, QuoteClaim)]
    typewriter = [q for q in quotes if "typewriter" in q.text]
    assert typewriter and typewriter[0].speaker == "bettie page"
    normal = [q for q in quotes if "felt normal" in q.text]
    assert normal and normal[0].speaker == "bettie page", "the first sentence is the same quote, the same speaker's"
    stop = [q.text for q in quotes if "We will not stop" in q.text]
    assert stop == ["We will not stop"], stop


def test_an_unclosed_quotation_mark_does_not_swallow_the_narrative_after_it() -> None:
    text = (
        "Report\n"
        'Hardwicke said "we parted ways\n'
        "There have been conflicting reports about the departure, studio sources said.\n"
        'Weitz directed the teen comedy "American Pie" and the fantasy "The Golden Compass".\n'
    )
    quoted = [q.text for q in claims_of(text) if isinstance(q, QuoteClaim)]
    assert not any("reports" in q or "Weitz" in q or "the fantasy" in q for q in quoted), quoted


def test_a_quote_does_not_run_over_a_blank_line_in_crlf_copy() -> None:
    text = (
        'Report\r\n"We are heartbroken.\r\n\r\n'
        'The fire chief, Tom Hall, said the church "is a total loss," he said.\r\n'
    )
    quotes = [q.text for q in claims_of(text) if isinstance(q, QuoteClaim)]
    assert not any("\n" in q for q in quotes)


def test_a_possessor_is_not_the_speaker_and_a_statement_is_its_own_source() -> None:
    """ "Reid's rep told Us": the rep speaks, not Reid; "In a statement from her people, it was confirmed,
    '...'" names its own (unnamed) source and does not fall back on the last person named."""
    rep = '"Tara Reid has checked herself into Promises Treatment Center," Tara Reid\'s rep told Us.'
    statement = (
        "Report\nTara Reid has finally looked in a mirror.\n"
        'In a statement from her people, it was confirmed, "Tara Reid has checked herself into Promises Treatment."'
    )
    for text in (rep, statement):
        quotes = [c for c in claims_of("Report\n" + text) if isinstance(c, QuoteClaim)]
        assert quotes and quotes[0].speaker != "tara reid", text


def test_time_zones_named_in_words_are_read() -> None:
    from checker.analysis.clock import clock_times

    assert clock_times("He died at about 10.30pm British time.")[0][4] == "british time"
    assert clock_times("at 2.30pm Pacific time")[0][4] == "pacific time"
    assert clock_times("at 2:30 p.m. (5:30 p.m. Eastern)")[1][4] == "eastern"
    assert clock_times("at 3pm MONDAY")[0][4] is None
    # a two-letter zone is read when it is one ("ET"), and no other two capitals are
    assert clock_times("at around 4:30 a.m. local time (11.30 p.m. ET) the thieves")[1][4] == "et"
    assert clock_times("KICK-OFF AT 3PM IN LONDON")[0][1] == len("KICK-OFF AT 3PM")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sentenced to 2 1/2 years", 2.5),
        ("a 2-1/2 year sentence", 2.5),
        ("a 4-1/2-month prison term", 4.5),
        ("waited 2½ hours", 2.5),
        ("a .357 caliber revolver", 0.357),  # a decimal with no whole part
        ("in 3.5 seconds", 3.5),
        ("1,200 people", 1200),
    ],
)
def test_fractions_and_decimals_in_digits(text: str, value: float) -> None:
    from checker.normalise.numbers import find_numbers

    found = find_numbers(text)
    assert found and found[0].value == pytest.approx(value)


def test_a_mixed_fraction_is_one_figure_but_a_score_or_a_date_is_two() -> None:
    from checker.normalise.numbers import find_numbers

    assert [n.value for n in find_numbers("won 3-1 on Sunday")] == [3, 1]
    assert [n.value for n in find_numbers("the 9/11 attacks")] == [9, 11]


def test_of_those_counts_the_latest_whole_at_least_as_large() -> None:
    """ "Of those, 318": the part of the latest count at least as large (the cases, not the four districts named
    after them); with no count that large before it, nothing says what the figure counts."""
    text = "The department recorded 2,480 suspected cases across four districts. Of those, 318 have been confirmed."
    [part] = [c for c in claims_of(text) if isinstance(c, CountClaim) and c.text == "318"]
    assert part.noun == "suspected cases"
    alone = "Officials visited four districts on Monday. Of those, 318 have been confirmed."
    assert not [c for c in claims_of(alone) if isinstance(c, CountClaim) and c.text == "318"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('Mob boss Vincent "The Chin" Gigante died Monday in prison.', "vincent gigante"),
        ("Prosecutors said Anthony 'Fat Tony' Salerno ran the family.", "anthony salerno"),
        ('The trial of Mob Boss Vincent "The Chin" Gigante opened.', "vincent gigante"),
    ],
)
def test_a_nickname_in_quotation_marks_is_part_of_the_name_and_not_of_its_key(text: str, key: str) -> None:
    people = [c.key for c in claims_of("Report\n\n" + text, "2005-12-20") if c.kind == "name" and c.entity == "person"]
    assert people == [key]


def test_a_headline_s_quoted_words_are_no_nickname() -> None:
    text = "Ross 'Catching Fire' Negotiations Stall\n\nTalks ended on Monday."
    art = Article(id="t", path="t.txt", text=text, title=text.split("\n")[0], published=dt.date(2012, 4, 11))
    people = [c.key for c in extract_cluster([art])[0].claims if c.kind == "name"]
    assert "ross negotiations" not in people


def test_a_year_a_verdict_is_found_in_dates_the_finding_not_a_plea() -> None:
    """ "found Gigante guilty in 1997" is a verdict: the year is not keyed as the day he pleaded guilty."""
    from checker.analysis.dated import date_heads

    found = "Eventually, a jury found Gigante guilty in 1997 of conspiracy."
    pleaded = "On June 27, 1973, he pleaded guilty to one count."
    heads = date_heads([(found, [found.index("1997")]), (pleaded, [pleaded.index("1973")])])
    assert heads[0].get(found.index("1997")) != "guilty"
    assert heads[1].get(pleaded.index("1973")) == "pleaded"


def test_a_span_of_years_beside_jobs_counts_no_jobs() -> None:
    counts = [c for c in claims_of("The company will cut 1,200 jobs over two years.") if isinstance(c, CountClaim)]
    # "over two years" spans the time the cuts take: two years, not more than two
    assert [(c.text, c.measure, c.value.low, c.value.high) for c in counts] == [
        ("1,200 jobs", "jobs", 1200, 1200),
        ("two years", None, 2, 2),
    ]


@pytest.mark.parametrize(
    ("text", "role", "title"),
    [
        ("Lt. Col. James Ward, a military spokesman, said so.", "military spokesman", "lieutenant colonel"),
        ("Governor Kathy Hochul, a Democrat, declared an emergency.", "governor", "governor"),
    ],
)
def test_a_rank_before_a_name_leaves_its_post_to_the_appositive_after_it(text: str, role: str, title: str) -> None:
    said = [c for c in claims_of("Report\n\n" + text) if c.kind == "attribution"]
    assert [(c.role, c.title) for c in said] == [(role, title)]
    assert said[0].text.startswith(text.split()[0])  # the evidence keeps the rank


@pytest.mark.parametrize(
    ("text", "country", "level"),
    [
        ("The storm hit Atlanta, Georgia, on Monday, officials said.", "US", "admin1"),
        ("Protesters gathered in Tbilisi, Georgia, on Monday, officials said.", "GE", "country"),
    ],
)
def test_a_country_s_name_is_another_country_s_province_in_a_story_of_its_towns(
    text: str, country: str, level: str
) -> None:
    georgia = [c for c in claims_of("Report\n\n" + text) if c.kind == "place" and c.text.endswith("Georgia")]
    assert georgia and all((c.country, c.level) == (country, level) for c in georgia if c.text == "Georgia")


def test_letters_without_a_separable_accent_are_written_plainly_in_keys() -> None:
    from checker.normalise.names import person_key

    assert person_key("Mikkel Søndergaard") == person_key("Mikkel Sondergaard") == "mikkel sondergaard"
    assert person_key("Paweł Nowacki") == person_key("Pawel Nowacki")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a relative clause
            "Co-founder Mette Kjaergaard, who built the first version of the software with fellow engineer Soren "
            'Bjerre, said the decision had not been easy. "This is the right home for us," she said.',
            "mette kjaergaard",
        ),
        (  # a participle
            "Chairman Graham Pickersgill sacked the coach on Sunday. At a press conference, Pickersgill, flanked by "
            'chief executive Rachel Okafor, insisted the blame was shared.\n\n"I am not going to pretend we got '
            'everything right," he said.',
            "graham pickersgill",
        ),
    ],
)
def test_a_name_in_an_aside_before_the_speech_verb_is_spoken_of_not_speaking(text: str, speaker: str) -> None:
    quotes = [c for c in claims_of("Report\n\n" + text) if c.kind == "quote"]
    assert [q.speaker for q in quotes] == [speaker]


def test_two_days_joined_by_and_are_one_span_and_a_weekday_after_today_and_lies_ahead() -> None:
    text = "Storm\n\nSchools are closed today and Wednesday. Classes were canceled Monday and Tuesday."
    dates = [c for c in claims_of(text, "2026-12-15") if c.kind == "date" and c.value is not None]
    spans = [(c.text, str(c.value.start), str(c.value.end)) for c in dates]
    assert spans == [
        ("today and Wednesday", "2026-12-15", "2026-12-16"),
        ("Monday and Tuesday", "2026-12-14", "2026-12-15"),
    ]


def test_a_word_capitalised_only_where_a_sentence_starts_is_no_name() -> None:
    from checker.rules.quote_variant import _capitalised

    assert _capitalised("Officer Kotsko was sent to a call.", "kotsko")
    assert not _capitalised("Somebody hit me in my back.", "somebody")
    assert not _capitalised("He fell. Somebody hit me.", "somebody")


@pytest.mark.parametrize("text", ["based in Durham, North Carolina, said", "based in Durham, N.C., said"])
def test_a_town_placed_in_a_division_is_that_division_s_town_whatever_its_name_reads_alone(text: str) -> None:
    places = [c for c in claims_of(f"Report\n\nCorvane, {text} it would apply.") if c.kind == "place"]
    durham = [c for c in places if c.name == "Durham"]
    assert durham and all((c.country, c.admin1) == ("US", "north carolina") for c in durham)


def test_a_date_s_words_stop_at_the_dates_beside_it() -> None:
    text = "Obituary\n\nHe received the Ivor Novello award in 2009 and was appointed OBE in 2012."
    dates = {c.text: c.event for c in claims_of(text, "2026-05-04") if c.kind == "date"}
    assert "novello" not in dates["2012"] and "appointed" in dates["2012"]
    assert "novello" in dates["2009"]


@pytest.mark.parametrize(
    "text", ["Raising the price by £50 is an attempt to win buyers.", "The company lowered its forecast by 10 percent."]
)
def test_a_figure_a_verb_changes_something_by_is_a_change_not_a_level(text: str) -> None:
    assert not [c for c in claims_of("Report\n\n" + text) if isinstance(c, CountClaim)]


def test_an_appositive_role_may_name_whose_role_it_is() -> None:
    text = "Report\n\nPriya Ranganathan, Corvane's chief operating officer, said the deal would be funded from cash."
    said = [c for c in claims_of(text) if c.kind == "attribution"]
    assert [(c.name, c.role) for c in said] == [("Priya Ranganathan", "chief operating officer")]


def test_a_possessive_day_dates_the_noun_it_owns() -> None:
    text = "Trial\n\nCorvane's stock closed up 27.6% at $88.14, from Friday's close of $69.08, valuing it at $20bn."
    dates = {c.text: c.event for c in claims_of(text, "2026-04-14") if c.kind == "date"}
    assert "close" in dates["Friday's"] and "stock" not in dates["Friday's"]


@pytest.mark.parametrize(
    "text", ["The ferry ran aground on a ledge in Penobscot Bay on Friday.", "The barge sank in the Hudson River."]
)
def test_a_natural_feature_s_last_word_is_no_town_of_that_name(text: str) -> None:
    places = [c for c in claims_of(text) if isinstance(c, PlaceClaim)]
    assert not any(c.name in ("Bay", "River") for c in places), [c.name for c in places]


def test_a_year_span_written_short_is_no_vote_split() -> None:
    text = "The council voted 6-3 to adopt the budget for the fiscal year 2026-27, which begins July 1."
    counts = [c for c in claims_of(text) if isinstance(c, CountClaim)]
    assert [c.text for c in counts] == ["6", "3"]


def test_a_measure_named_by_a_unit_is_no_measure_of_another_unit() -> None:
    counts = [
        c for c in claims_of("He was described as 5 feet 7 inches tall and 135 pounds.") if isinstance(c, CountClaim)
    ]
    assert [(c.text, c.measure) for c in counts if c.text == "135 pounds"] == [("135 pounds", None)]
