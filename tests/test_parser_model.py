"""The shipped parser loads and reads news sentences the way the owner of a figure is found."""

from __future__ import annotations

import pytest

from checker import lang
from checker.analysis.clauses import moments_at
from checker.analysis.dated import date_heads
from checker.analysis.parse import MODEL, figure_owners, frequency_verb, owner_of, parsed_sentences, parser

pytestmark = pytest.mark.skipif(not (MODEL / "config.cfg").exists(), reason="no trained parser in the package")


def test_the_model_carries_its_licence_and_attribution() -> None:
    readme = (MODEL / "README.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in readme and "English Web Treebank" in readme


@pytest.mark.parametrize(
    ("sentence", "number", "head"),
    [
        ("Police arrested 46 people on Wednesday.", "46", "people"),
        ("The quake killed seven soldiers in the north.", "seven", "soldiers"),
        ("Twelve people were killed when the bus crashed.", "Twelve", "people"),
    ],
)
def test_a_number_hangs_off_the_noun_it_counts(sentence: str, number: str, head: str) -> None:
    nlp = parser()
    assert nlp is not None
    token = next(t for t in nlp(sentence) if t.text == number)
    assert token.dep_ == "nummod" and token.head.text == head


@pytest.mark.parametrize(
    ("sentence", "number", "owner"),
    [
        ("Garrard completed 28 passes for 260 yards on Sunday.", "28", "Garrard"),  # the subject of its verb
        ("Smith's 53 catches lead the team.", "53", "Smith"),  # the possessor of its noun
    ],
)
def test_the_owner_of_a_figure(sentence: str, number: str, owner: str) -> None:
    nlp = parser()
    assert nlp is not None
    found = owner_of(next(t for t in nlp(sentence) if t.text == number))
    assert found is not None and found.text == owner


@pytest.mark.skipif(parser() is None, reason="no trained parser in checker/data/parser (run `make model`)")
@pytest.mark.parametrize(
    ("sentence", "number", "verb", "window"),
    [
        ("Kimani Gray was shot 11 times by police.", "11", "shot", ""),
        ("He had been arrested three times since October.", "three", "arrested", "since october"),
        ("He has been arrested five times this year.", "five", "arrested", "this year"),
    ],
)
def test_the_verb_a_count_of_times_counts(sentence: str, number: str, verb: str, window: str) -> None:
    nlp = parser()
    assert nlp is not None
    token = next(t for t in nlp(sentence) if t.text == number)
    windows = frozenset(lang.load().counting.frequency_windows)
    assert frequency_verb(token, frozenset(lang.load().counting.frequency_nouns), windows) == (verb, window)


@pytest.mark.skipif(parser() is None, reason="no trained parser in checker/data/parser (run `make model`)")
@pytest.mark.parametrize(
    ("sentence", "figure", "deed"),
    [
        # the verb whose argument the counted noun is, through "the records of", past the figure's hedge
        ("Hackers may have stolen the records of up to 12,000 patients.", "up to 12,000", ("stolen", "hackers")),
        ("PKP Intercity will pay 50,000 zlotys to each family.", "50,000", ("pay", "intercity")),
        # a verb hung on the noun itself, with no subject of its own
        ("An estimated 1,800 tonnes of crude oil spilled into the sea.", "An estimated 1,800", ("spilled", None)),
        # a verb joined to another shares its subject: here a pronoun, which the keys then leave unkeyed
        ("He ran for 269 yards and caught 29 passes for 201 yards.", "201", ("caught", "he")),
    ],
)
def test_the_deed_a_figure_counts(sentence: str, figure: str, deed: tuple[str, str | None]) -> None:
    at = sentence.index(figure)
    found = figure_owners([(sentence, [(at, at + len(figure))])])[0][at]
    assert (found.predicate, found.agent) == deed


@pytest.mark.skipif(parser() is None, reason="no trained parser in checker/data/parser (run `make model`)")
@pytest.mark.parametrize(
    ("sentence", "time", "moment"),
    [
        # the verb far back, with its doer and particle
        ("The Airbus took off from Pampulha Airport in Belo Horizonte at 9:47 p.m.", "9:47", "Airbus took off"),
        ("The rocket lifted off from the launch pad at 5:42 p.m. local time.", "5:42", "rocket lifted off"),
        ("A large explosion at about 2:40 a.m. at the plant shook the city.", "2:40", "large explosion"),
        # a prepositional verb keeps its preposition: "broke into" is a break-in, "broke" alone is not
        (
            "A three-man gang broke into the museum, a private foundation in the Neustadt district, shortly after 4am.",
            "4am",
            "gang broke into museum",
        ),
        # a complement's verb ("forced OPEN a window") times the verb it completes, with that verb's doer
        ("The thieves forced open a barred window on the courtyard side at 4:12 a.m.", "4:12", "thieves forced open"),
    ],
)
def test_the_happening_a_time_of_day_times(sentence: str, time: str, moment: str) -> None:
    at = sentence.index(time)
    assert moment in moments_at([(sentence, [(at, at + len(time))])])[0][at]


@pytest.mark.skipif(parser() is None, reason="no trained parser in checker/data/parser (run `make model`)")
@pytest.mark.parametrize(
    ("sentence", "year", "head"),
    [
        ("Page inspired the 2005 film The Notorious Bettie Page.", "2005", "film"),
        ("The Utah Supreme Court tossed out a 2008 conviction in state court.", "2008", "conviction"),
        ("Jeffs was convicted in 2007 in Utah.", "2007", None),  # a verb with no object is not keyed
        ("That conviction was overturned in 2007.", "2007", "overturned conviction"),  # verb and its thing
        ("In July, the Utah Supreme overturned the convictions.", "July", "overturned convictions"),
        ("Page suddenly disappeared from the scene in 1958.", "1958", "disappeared"),  # done once in a life
        ("In September 2007 a Utah jury found him guilty.", "2007", None),  # "him" says nothing of the thing
        ("Page ended her modelling career after 1957.", "1957", None),  # "after": a bound, not the date
        ("On June 27, 1973, he pleaded guilty to one charge.", "1973", "pleaded"),  # the year of a day, "on"
        # a day hung on the verb's thing dates what was done to it
        ("The Centre for Volcanology (PVMBG) raised the alert to Level IV on Thursday, after its instruments picked up"
         " a surge in volcanic tremor.", "Thursday", "raised alert"),
        ("The council closed the bridge on Friday evening.", "Friday", "closed bridge"),  # a part of a day climbed
        ("The council closed the bridge this morning.", "this", "closed bridge"),  # a day opened by "this"
        # a day the parse hangs on the last noun of a long phrase dates the verb the phrase is an argument of
        ("The agency had raised the volcano's alert status to Level IV, the highest on Indonesia's four-tier scale, on"
         " Friday after a swarm of volcanic earthquakes.", "Friday", "raised status"),
        ("The Centre for Volcanology (PVMBG) raised the alert for Lewotobi Laki-laki to Level IV, the highest, on"
         " Friday evening, after recording hundreds of volcanic earthquakes in two days.", "Friday", "raised alert"),
    ],
)
def test_the_noun_a_year_dates(sentence: str, year: str, head: str | None) -> None:
    [found] = date_heads([(sentence, [sentence.index(year)])])
    assert found[sentence.index(year)] == head


def test_a_sentence_is_parsed_as_one_sentence() -> None:
    """The checker splits the sentences itself: the parser may not break one in two ("Police: 46 people
    arrested ..." alone would be cut after the colon, leaving the figure's verb in another tree)."""
    nlp = parser()
    assert nlp is not None
    text = "Police: 46 people arrested in Athens on Wednesday"
    (doc,) = parsed_sentences(nlp, [text])
    assert len(list(doc.sents)) == 1
