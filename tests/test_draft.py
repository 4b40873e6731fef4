"""The editor's draft check (``--draft``) and the sides every finding names (who says what)."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from checker.cli import main
from checker.draft import for_drafts
from checker.models import Article, Evidence, Finding
from checker.sides import describe_sides, sides_of, with_sides
from tests.conftest import SEED

DRAFT = SEED / "004_929897891dabc3aa.txt"  # Fox News: 15 killed where the others say at least 20


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def report(*argv: str) -> dict[str, Any]:
    code, out, err = run("check", "--format", "json", "--fail-on", "never", *argv)
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def test_seed_with_one_article_as_draft_reports_only_that_article() -> None:
    whole = report(str(SEED))
    drafted = report("--draft", str(DRAFT), str(SEED))
    involving = [f for f in whole["findings"] if any(e["article"] == "004" for e in f["evidence"])]
    assert involving and len(involving) < len(whole["findings"])
    assert {f["id"] for f in drafted["findings"]} == {f["id"] for f in involving}
    assert [a["id"] for a in drafted["articles"] if a["draft"]] == ["004"]
    assert len(drafted["articles"]) == 5  # the draft is the folder's own 004, not loaded a second time
    for f in drafted["findings"]:
        assert f["message"].startswith("Your draft 004 says")


def test_draft_message_gives_the_sources_counts_outlets_and_latest() -> None:
    drafted = report("--draft", str(DRAFT), str(SEED))
    toll = next(f for f in drafted["findings"] if f["rule"] == "FC101")
    message = toll["message"]
    assert message.startswith("Your draft 004 says 15; all 4 sources that give it say at least 20")
    assert "001 [AFP (via a newspaper reprint)]" in message and "003 [AFP (rewritten)]" in message
    assert "the latest 001 [AFP (via a newspaper reprint)] of 2020-03-05" in message
    draft_side = next(s for s in toll["sides"] if s["draft"])
    assert draft_side["articles"] == ["004"] and draft_side["value"] == "15"


def test_a_draft_outside_the_folder_is_checked_against_it(tmp_path: Path) -> None:
    story = tmp_path / "my-story.txt"
    shutil.copy(DRAFT, story)
    drafted = report("--draft", str(story), str(SEED))
    assert [a["id"] for a in drafted["articles"] if a["draft"]] == ["my-story"]
    assert drafted["findings"]
    for f in drafted["findings"]:
        assert any(e["article"] == "my-story" for e in f["evidence"])
        assert f["message"].startswith("Your draft my-story")
    # its copy in the folder agrees with it word for word: no finding pits the two
    assert not any({e["article"] for e in f["evidence"]} == {"my-story", "004"} for f in drafted["findings"])


def test_a_draft_named_like_a_source_keeps_both_apart(tmp_path: Path) -> None:
    folder = tmp_path / "wires"
    folder.mkdir()
    (folder / "story.txt").write_text("Officials said 12 people were killed in the blast in Kunduz on Tuesday.\n")
    (folder / "other.txt").write_text("Officials said 12 people were killed in the blast in Kunduz on Tuesday.\n")
    draft = tmp_path / "story.txt"
    draft.write_text("Officials said 30 people were killed in the blast in Kunduz on Tuesday.\n")
    drafted = report("--published", "2024-05-07", "--draft", str(draft), str(folder))
    ids = sorted(a["id"] for a in drafted["articles"])
    assert ids == ["draft:story", "other", "story"]
    assert drafted["findings"], "the draft's 30 against the sources' 12"
    message = drafted["findings"][0]["message"]
    assert message.startswith("Your draft draft:story says 30; both sources that give it say 12")


def test_two_drafts_are_not_checked_against_each_other(tmp_path: Path) -> None:
    folder = tmp_path / "wires"
    folder.mkdir()
    (folder / "wire.txt").write_text("Officials said 12 people were killed in the blast in Kunduz on Tuesday.\n")
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("Officials said 12 people were killed in the blast in Kunduz on Tuesday.\n")
    two.write_text("Officials said 30 people were killed in the blast in Kunduz on Tuesday.\n")
    drafted = report("--published", "2024-05-07", "--draft", str(one), "--draft", str(two), str(folder))
    messages = [f["message"] for f in drafted["findings"]]
    assert messages and all(m.startswith("Your draft two says 30") for m in messages)
    assert any("1 agrees with the draft" not in m for m in messages)


@pytest.mark.parametrize("fmt", ["text", "markdown", "sarif", "github", "junit", "rdjson", "html"])
def test_every_format_and_the_exit_code_honour_the_draft(fmt: str) -> None:
    code, out, _ = run("check", "--format", fmt, "--fail-on", "warning", "--draft", str(DRAFT), str(SEED))
    assert code == 1  # warnings about the draft remain
    assert "Your draft 004" in out
    # the errors about Kunduz and Imam Sahib (000, 001, 002) do not involve the draft
    assert "Imam Sahib" not in out or fmt == "html"  # the page also shows every article in full
    code, _, _ = run("check", "--fail-on", "error", "--draft", str(DRAFT), str(SEED))
    assert code == 0  # the seed's errors are not about 004


def _finding(*evidence: tuple[str, Any], kind: str = "count") -> Finding:
    evs = tuple(Evidence(article=a, start=0, end=1, text=f"text {a}", value=v) for a, v in evidence)
    return Finding(
        id="f", rule="FC101", name="count-mismatch", kind=kind, severity="warning",  # type: ignore[arg-type]
        confidence=0.9, subject="people killed", message="m", evidence=evs,
    )


def _articles(**dates: str) -> dict[str, Article]:
    return {
        aid: Article(id=aid, path=f"{aid}.txt", published=dt.date.fromisoformat(day), source=aid.upper() + " News")
        for aid, day in dates.items()
    }


def test_overlapping_figures_stand_together_and_the_odd_one_out_is_named() -> None:
    f = _finding(
        ("a", {"low": 20, "high": None}), ("b", {"low": 20, "high": None}), ("c", {"low": 21, "high": 21}),
        ("d", {"low": 15, "high": 15}),
    )
    arts = _articles(a="2024-05-01", b="2024-05-01", c="2024-05-02", d="2024-05-01")
    sides = sides_of(f, arts)
    assert [(s.value, s.articles, s.standing) for s in sides] == [
        ("at least 20", ("a", "b", "c"), "majority"),
        ("15", ("d",), "minority"),
    ]
    assert sides[0].latest == "c" and sides[0].sources == ("A News", "B News", "C News")
    sentence = describe_sides(with_sides([f], arts)[0], arts)
    assert "3 sources say at least 20 (a [A News], b [B News], c [C News])" in sentence
    assert "the odd one out is d [D News]" in sentence
    assert "the latest, c [C News] of 2024-05-02, says at least 20" in sentence


def test_an_even_split_names_no_odd_one_out_and_a_tie_no_latest() -> None:
    f = _finding(("a", "kunduz"), ("b", "Kunduz"), ("c", "helmand"), ("d", "helmand"), kind="place")
    arts = _articles(a="2024-05-01", b="2024-05-02", c="2024-05-02", d="2024-05-01")
    sides = sides_of(f, arts)
    assert [s.standing for s in sides] == ["even", "even"]
    sentence = describe_sides(with_sides([f], arts)[0], arts)
    assert "odd one out" not in sentence and "latest" not in sentence


def test_a_finding_about_one_article_has_no_sides() -> None:
    f = _finding(("a", "kunduz"), ("a", "helmand"), kind="attribution")
    assert sides_of(f, _articles(a="2024-05-01")) == ()


def test_draft_sides_never_decide_the_majority() -> None:
    f = _finding(("draft", {"low": 9, "high": 9}), ("x", {"low": 9, "high": 9}), ("y", {"low": 4, "high": 4}),
                 ("z", {"low": 4, "high": 4}))
    arts = _articles(draft="2024-05-03", x="2024-05-01", y="2024-05-01", z="2024-05-02")
    arts["draft"] = arts["draft"].model_copy(update={"draft": True})
    [view] = for_drafts(with_sides([f], arts), arts)
    assert view.message == (
        "Your draft draft says 9; 2 of the 3 sources that give it say 4 (y [Y News], z [Z News], "
        "the latest z [Z News] of 2024-05-02); 1 agrees with the draft (x [X News])."
    )
    assert [s.standing for s in view.sides] == ["majority", "minority"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "sarif", "github", "junit", "rdjson", "html"])
def test_every_format_names_the_odd_source_out(fmt: str) -> None:
    """The seed's tolls: four sources say at least 20, Fox News alone 15."""
    _, out, _ = run("check", "--format", fmt, "--fail-on", "never", str(SEED))
    out = out.replace("\\[", "[").replace("\\]", "]")  # Markdown escapes its brackets
    assert "the odd one out is 004 [Fox News]" in out
    assert "4 sources say at least 20" in out


def test_an_unreadable_draft_is_one_error_line_and_exit_2(tmp_path: Path) -> None:
    code, out, err = run("check", "--format", "json", "--draft", str(tmp_path / "missing.md"), str(SEED))
    assert code == 2
    assert err.count("\n") == 1 and "missing.md" in err
    report = json.loads(out)
    assert [a["status"] for a in report["articles"]].count("error") == 1
    assert report["findings"] == []  # no draft to check: nothing reported against the sources alone


def test_a_folder_of_drafts_is_each_checked_against_the_sources(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    shutil.copy(DRAFT, drafts / "mine.txt")
    shutil.copy(SEED / "002_7c20df6ad283cd8e.txt", drafts / "theirs.txt")
    drafted = report("--draft", str(drafts), str(SEED))
    assert sorted(a["id"] for a in drafted["articles"] if a["draft"]) == ["mine", "theirs"]
    for f in drafted["findings"]:
        ids = {e["article"] for e in f["evidence"]}
        assert ids & {"mine", "theirs"} and ids - {"mine", "theirs"}, "never two drafts alone"


def test_sides_never_chain_two_figures_through_an_open_one() -> None:
    """10, "at least 10" and 20: "at least 10" agrees with both, but 10 and 20 never stand together."""
    f = _finding(("a", {"low": 10, "high": 10}), ("b", {"low": 10, "high": None}), ("c", {"low": 20, "high": 20}))
    sides = sides_of(f, _articles(a="2024-05-01", b="2024-05-01", c="2024-05-01"))
    assert not any({"a", "c"} <= set(s.articles) for s in sides)


def test_fewer_than_is_not_the_figure_it_bounds() -> None:
    f = _finding(("a", {"low": None, "high": 20, "high_open": True}), ("b", {"low": 20, "high": 20}))
    sides = sides_of(f, _articles(a="2024-05-01", b="2024-05-01"))
    assert [s.value for s in sides] in (["fewer than 20", "20"], ["20", "fewer than 20"])


def test_two_drafts_named_alike_keep_apart(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    for d in (one, two):
        d.mkdir()
        shutil.copy(DRAFT, d / "story.txt")
    (one / "story.txt").write_text(DRAFT.read_text(encoding="utf-8").replace("four civilians", "nine civilians"))
    drafted = report("--draft", str(one / "story.txt"), "--draft", str(two / "story.txt"), str(SEED))
    ids = [a["id"] for a in drafted["articles"] if a["draft"]]
    assert len(ids) == len(set(ids)) == 2


def test_an_undated_draft_meets_dated_sources_on_the_weekday(tmp_path: Path) -> None:
    """Editors' drafts are usually undated: "on Tuesday" in the draft is the sources' Tuesday."""
    folder = tmp_path / "wires"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(
            " date 2024-08-07\nTwenty people were killed when floods hit Larkana on Tuesday, officials said.\n"
        )
    draft = tmp_path / "undated.txt"
    draft.write_text("Fifteen people were killed when floods hit Larkana on Tuesday, officials said.\n")
    drafted = report("--draft", str(draft), str(folder))
    assert [f["rule"] for f in drafted["findings"]] == ["FC101"]
    assert drafted["findings"][0]["message"].startswith("Your draft undated says 15; both sources that give it say 20")
