"""Datelines: furniture that yields no claims, the outlet they name, and the day they may date an article by."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from checker import lang
from checker.analysis.dateline import Dateline, find_dateline, match_line, patterns
from checker.claims import extract_cluster
from checker.engine import check
from checker.models import Article
from checker.normalise.text import fold
from checker.provenance import dateline_date

LEAD = "Kenyan police said on Monday they had arrested two men in Mombasa."
SHAPES = [
    ("NAIROBI, March 12 (Reuters) - ", "Reuters", (3, 12)),
    ("KABUL, Afghanistan (AP) \u2014 ", "Associated Press", None),
    ("WASHINGTON (CNN) -- ", "CNN", None),
]


def test_outlets_yaml_examples_read_as_documented() -> None:
    patterns()  # raises if an example in lang/en/outlets.yaml is read the wrong way
    assert all(find_dateline(fold(x.text)) for x in lang.load().outlets.examples.datelines)


def test_a_dateline_gives_no_place_or_date_claim() -> None:
    text = f"Police arrest two\nNAIROBI, March 12 (Reuters) - {LEAD}\n"
    (x,) = extract_cluster([Article(id="a", path="a.txt", text=text, published=dt.date(2013, 3, 12))])
    said = [(c.kind, c.text) for c in x.claims]
    assert ("place", "Mombasa") in said and ("date", "Monday") in said  # the story's own place and day
    assert not [c for c in x.claims if c.start < text.index("Kenyan")], said
    assert x.doc.sentences[1].text.startswith("Kenyan police")


def test_dateline_cities_are_no_place_conflict(tmp_path: Path) -> None:
    lead = "Twelve people were killed when a bus crashed in Mombasa on Monday, police said."
    (tmp_path / "a.txt").write_text(f"Bus crash kills 12\n\nNAIROBI (Reuters) - {lead}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Bus crash kills 12\n\nKAMPALA, Uganda (AP) - {lead}\n", encoding="utf-8")
    outcome = check([str(tmp_path)], published=dt.date(2013, 3, 12))
    assert not [c for x in outcome.extractions for c in x.claims if c.text in ("NAIROBI", "KAMPALA", "Uganda")]
    assert not [f for f in outcome.report.findings if f.kind == "place"]


@pytest.mark.parametrize(
    "line",
    ["VELLMARK PROFIT JUMPS - BUT 3,500 WORKERS GET THE CHOP", "The US - China talks resumed.", "(Photo) - a view"],
)
def test_prose_and_shouted_headlines_are_no_dateline(line: str) -> None:
    assert match_line(line, 0, patterns()) is None


def test_the_dateline_is_looked_for_at_the_story_start_only() -> None:
    text = "Police arrest two\nBy Jane Doe, Staff Writer\nWASHINGTON (CNN) -- Two men were held.\n"
    found = find_dateline(text, 0, lambda line: line.startswith("By "), title="Police arrest two")
    assert found is not None and text[found.start : found.end] == "WASHINGTON (CNN) --"
    later = "Two men were held in Mombasa.\nWASHINGTON (CNN) -- Another story.\n"
    assert find_dateline(later) is None  # a line of prose comes first: a later "dateline" is quoted copy


# What a dateline tells the provenance step (the outlet, and the day in the cluster's year), after which an
# article is dated by its stamp, its dateline or --published, in that order.


@pytest.mark.parametrize(("dateline", "outlet", "day"), SHAPES)
def test_each_dateline_shape_names_the_outlet(tmp_path: Path, dateline: str, outlet: str, day: Any) -> None:
    (tmp_path / "a.txt").write_text(f"Police arrest two\n\n{dateline}{LEAD}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f" date 2013-03-13 {LEAD}\n", encoding="utf-8")
    articles = {a.id: a for a in check([str(tmp_path)]).report.articles}
    assert articles["a"].source == outlet and articles["b"].source is None
    # the day a dateline prints dates an undated article, in the year of the cluster's dates
    assert articles["a"].published == ("2013-03-12" if day else None)
    assert articles["a"].undated is (day is None)


def test_a_dateline_overrides_neither_the_manifest_date_nor_its_outlet(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"NAIROBI, March 12 (Reuters) - {LEAD}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"NAIROBI, March 12 (Reuters) - {LEAD}\n", encoding="utf-8")
    entries = [
        {"file": "a.txt", "id": "a", "published": "2013-03-14", "source": "Daily Nation"},
        {"file": "b.txt", "id": "b", "published": "2013-03-14", "source": None},
    ]
    (tmp_path / "manifest.json").write_text(json.dumps({"cluster": "c", "articles": entries}), encoding="utf-8")
    articles = {a.id: a for a in check([str(tmp_path)]).report.articles}
    assert (articles["a"].published, articles["a"].source) == ("2013-03-14", "Daily Nation")
    assert (articles["b"].published, articles["b"].source) == ("2013-03-14", "Reuters")


def day(month: int, date: int, year: int | None = None) -> Dateline:
    return Dateline(0, 0, "NAIROBI", "Reuters", month, date, year)


@pytest.mark.parametrize(
    ("dateline", "references", "expected"),
    [
        (day(3, 12), [dt.date(2013, 3, 14)], dt.date(2013, 3, 12)),
        (day(12, 31), [dt.date(2013, 1, 2)], dt.date(2012, 12, 31)),  # the year before, across New Year
        (day(3, 12), [], None),  # no date in the cluster: the year is not guessed
        (day(3, 12), [dt.date(2013, 9, 1)], None),  # too far from the cluster's dates
        (day(3, 12), [dt.date(2013, 3, 1), dt.date(2014, 3, 1)], None),  # two years fit: ambiguous
        (day(2, 29), [dt.date(2013, 3, 1)], None),  # no such day near
        (day(3, 12, 2009), [dt.date(2013, 3, 1)], dt.date(2009, 3, 12)),  # a printed year is the year
        (Dateline(0, 0, "NAIROBI", "Reuters"), [dt.date(2013, 3, 1)], None),  # no day printed
    ],
)
def test_dateline_day_takes_the_one_year_near_the_cluster(
    dateline: Dateline, references: list[dt.date], expected: dt.date | None
) -> None:
    assert dateline_date(dateline, references) == expected


def test_a_stamp_dates_before_published_and_published_dates_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Arrests\nPosted: May 24, 2005\n{LEAD}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Arrests\n\n{LEAD}\n", encoding="utf-8")
    articles = {a.id: a for a in check([str(tmp_path)], published=dt.date(2005, 5, 25)).report.articles}
    assert articles["a"].published == "2005-05-24" and articles["b"].published == "2005-05-25"
    assert not articles["a"].undated and not articles["b"].undated
