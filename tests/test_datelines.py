"""Datelines: furniture that yields no claims, the outlet they name, and the day they may date an article by."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker import lang
from checker.engine import check
from checker.extract import extract_cluster
from checker.extract.dateline import find_dateline, match_line, patterns
from checker.models import Article
from checker.normalise.text import fold

LEAD = "Kenyan police said on Monday they had arrested two men in Mombasa."


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
