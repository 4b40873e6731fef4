"""An article with no publication date is marked so in every report format, saying what that disables."""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from checker.models import Article, Report
from checker.report import UNDATED_EFFECT, renderers

DATA = Path(__file__).parent / "data"
Outcome = tuple[Report, dict[str, Article]]


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    from checker.engine import check

    folder = tmp_path_factory.mktemp("undated")
    (folder / "dated.txt").write_text(" date 2020-03-04 Twelve people were killed on Tuesday.\n", encoding="utf-8")
    (folder / "nodate.txt").write_text("Quake kills 12\n\nTwelve people were killed yesterday.\n", encoding="utf-8")
    result = check([str(folder)])
    return result.report, {a.id: a for a in result.loaded.articles}


def render(fmt: str, outcome: Outcome) -> str:
    return renderers()[fmt](*outcome)


def test_json_marks_the_undated_article_only(outcome: Outcome) -> None:
    articles = {a["id"]: a for a in json.loads(render("json", outcome))["articles"]}
    assert articles["nodate"]["undated"] is True and articles["nodate"]["published"] is None
    assert articles["dated"]["undated"] is False and articles["dated"]["published"] == "2020-03-04"


def test_text_says_what_no_date_disables(outcome: Outcome) -> None:
    lines = render("text", outcome).splitlines()
    (note,) = [line for line in lines if line.strip().startswith("(no date) ")]
    assert "(no date) nodate:" in note and "'yesterday'" in note and "--published" in note
    assert "dated" not in note.replace("nodate", "")


def test_markdown_says_what_no_date_disables(outcome: Outcome) -> None:
    (note,) = [line for line in render("markdown", outcome).splitlines() if "No publication date" in line]
    assert note.startswith("> ") and "nodate" in note and "--published" in note


def test_html_marks_the_undated_article(outcome: Outcome) -> None:
    page = render("html", outcome)
    assert page.count('class="undated"') == 1
    assert html.escape(UNDATED_EFFECT) in page


def test_sarif_gives_a_note_that_still_validates(outcome: Outcome) -> None:
    import jsonschema

    log = json.loads(render("sarif", outcome))
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    invocation = log["runs"][0]["invocations"][0]
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "note" and note["descriptor"]["id"] == "undated"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("nodate.txt")
    assert invocation["executionSuccessful"] is True  # the article was checked: a note, not an error


def test_junit_gives_the_suite_a_property(outcome: Outcome) -> None:
    root = ET.fromstring(render("junit", outcome).split("\n", 1)[1])
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    (prop,) = suites["nodate"].iter("property")
    assert prop.get("name") == "undated" and "--published" in (prop.get("value") or "")
    assert list(suites["nodate"])[0].tag == "properties"  # before the testcases, as the schema has it
    assert not list(suites["dated"].iter("property"))


def test_github_gives_a_notice_on_the_file(outcome: Outcome) -> None:
    notices = [line for line in render("github", outcome).splitlines() if line.startswith("::notice ")]
    (notice,) = [line for line in notices if "no publication date" in line]
    assert "file=" in notice and "nodate.txt" in notice and "--published" in notice


def test_rdjson_gives_an_info_diagnostic(outcome: Outcome) -> None:
    diagnostics = json.loads(render("rdjson", outcome))["diagnostics"]
    (note,) = [d for d in diagnostics if d["code"]["value"] == "undated"]
    assert note["severity"] == "INFO" and note["location"]["path"].endswith("nodate.txt")
    assert "--published" in note["message"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "sarif", "github", "junit", "rdjson"])
def test_no_marker_when_every_article_is_dated(fmt: str, tmp_path: Path) -> None:
    from checker.engine import check

    (tmp_path / "a.txt").write_text(" date 2020-03-04 Twelve people were killed on Tuesday.\n", encoding="utf-8")
    result = check([str(tmp_path)])
    assert "no publication date" not in renderers()[fmt](result.report, {a.id: a for a in result.loaded.articles})
