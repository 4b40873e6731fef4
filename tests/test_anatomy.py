"""Article anatomy: posting stamps and bylines are furniture, and yield no claims."""

from __future__ import annotations

import pytest

from checker import lang
from checker.analysis.anatomy import furniture_spans, is_furniture, vocabulary
from checker.engine import check

from .conftest import write_cluster


def test_language_data_examples_read_as_documented() -> None:
    vocabulary()  # raises if an example in lang/en/anatomy.yaml is read the wrong way
    examples = lang.load().anatomy.examples
    assert all(is_furniture(x) for x in examples.furniture)
    assert not any(is_furniture(x) for x in examples.prose)


@pytest.mark.parametrize(
    "line",
    ["Last Updated: Jul 07, 2012 8:44 PM ET", "12/16/08 1:30 AM EST", "By Maria Lopez, Staff Writer"],
)
def test_stamps_and_bylines(line: str) -> None:
    assert is_furniture(line)


def test_spans_cover_whole_lines_only() -> None:
    text = "Quake kills 12\nPosted: May 24, 2005\nTwelve people died on Sunday.\n"
    (span,) = furniture_spans(text)
    assert text[span[0] : span[1]] == "Posted: May 24, 2005"


def test_stamps_give_no_date_or_time_claims(tmp_path) -> None:  # type: ignore[no-untyped-def]
    body = "Twelve people were killed when the bridge collapsed on Sunday, officials said.\n"
    folder = write_cluster(
        tmp_path / "c",
        [
            {"id": "a", "text": "Bridge collapse kills 12\nUpdated: May 24, 2005, 3:23 PM ET\n" + body},
            {"id": "b", "text": "Bridge collapse kills 12\nPosted: May 16, 2005 6:03 PM ET\n" + body},
        ],
    )
    outcome = check([str(folder)])
    dated = [c for x in outcome.extractions for c in x.claims if c.kind == "date"]
    assert not [c for c in dated if "2005" in c.text or ":" in c.text]
    assert not [f for f in outcome.report.findings if f.rule in ("FC201", "FC202")]


def test_a_posting_stamp_dates_an_undated_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Bridge collapse kills 12\nPosted: May 24, 2005\nTwelve people were killed when the bridge fell on Monday.\n",
        encoding="utf-8",
    )
    outcome = check([str(folder)])
    (monday,) = [c for x in outcome.extractions for c in x.claims if c.kind == "date" and c.text == "Monday"]
    assert monday.value is not None and monday.value.start.isoformat() == "2005-05-23"


@pytest.mark.parametrize("text", ['"March 3"', 'Posted: "May 24, 2005"\nSeven people died, police said.\n'])
def test_quotation_marks_in_furniture_hold_no_remark(text: str) -> None:
    import datetime as dt

    from checker.claims import extract_cluster
    from checker.models import Article

    (x,) = extract_cluster([Article(id="t", path="t.txt", text=text, published=dt.date(2024, 5, 21))])
    assert not [c for c in x.claims if c.kind == "quote"]
