"""The editor and CI formats, each checked on the seed cluster's real findings.

Positions are checked against the article text itself (a region must point at the evidence words),
SARIF against the SARIF 2.1.0 schema, and the HTML report against hostile article text.
"""
from __future__ import annotations

import html
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from checker.models import Article, Report
from checker.report import renderers
from tests.conftest import SEED, write_cluster

DATA = Path(__file__).parent / "data"
Seed = tuple[Report, dict[str, Article]]


@pytest.fixture(scope="module")
def seed() -> Seed:
    from checker.engine import check

    outcome = check([str(SEED)])
    assert outcome.report.findings, "the seed cluster must give findings for these tests to mean anything"
    return outcome.report, {a.id: a for a in outcome.loaded.articles}


def render(fmt: str, seed: Seed) -> str:
    return renderers()[fmt](*seed)


def offset_of(text: str, line: int, column: int, unit: str = "codepoint") -> int:
    """Invert a 1-based (line, column) back to a string offset, independently of positions.py."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    start = starts[line - 1]
    if unit == "utf8":
        rest = text[start:].encode("utf-8")[: column - 1]
        return start + len(rest.decode("utf-8"))
    return start + column - 1


def cited_pairs(report: Report) -> int:
    """How many (finding, cited article) pairs there are: per-file formats emit one per pair."""
    return sum(len({ev.article for ev in f.evidence}) for f in report.findings)


def by_path(articles: dict[str, Article]) -> dict[str, Article]:
    return {a.path.replace("\\", "/"): a for a in articles.values()}


def test_positions_lines_and_columns() -> None:
    from checker.report.positions import line_col, span

    text = "ab\ncé d\n"
    assert line_col(text, 0) == (1, 1)
    assert line_col(text, 3) == (2, 1)
    assert line_col(text, 6) == (2, 4)
    assert line_col(text, 6, "utf8") == (2, 5)  # é is two bytes
    assert line_col(text, 999) == (3, 1)  # clamped, not raised
    assert span(text, 3, 5) == span(text, 3, 5, "codepoint")
    assert (span(text, 3, 5).end_line, span(text, 3, 5).end_column) == (2, 3)


def test_sarif_validates_and_points_at_evidence(seed: Seed) -> None:
    import jsonschema

    report, articles = seed
    log = json.loads(render("sarif", seed))
    # the official OASIS schema (oasis-tcs/sarif-spec Schemata/sarif-schema-2.1.0.json, errata01), draft-04
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    validator.validate(log)
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["level"] = "info"  # not a SARIF level: the schema must catch it
    assert not validator.is_valid(broken)

    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    from checker.rules import RULES

    assert [r["id"] for r in rules] == sorted(RULES)
    for r in rules:
        assert r["name"] and r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"]
    assert len(run["results"]) == len(report.findings)
    paths = by_path(articles)
    level = {"error": "error", "warning": "warning", "info": "note"}
    for res, f in zip(run["results"], report.findings, strict=True):
        assert res["ruleId"] == f.rule and rules[res["ruleIndex"]]["id"] == f.rule
        assert res["level"] == level[f.severity]
        assert res["partialFingerprints"] == {"checkerFindingId/v1": f.id}
        assert len(res["locations"]) == len(f.evidence)
        for loc, ev in zip(res["locations"], f.evidence, strict=True):
            phys = loc["physicalLocation"]
            art = paths[phys["artifactLocation"]["uri"]]
            assert " " not in phys["artifactLocation"]["uri"]
            reg = phys["region"]
            start = offset_of(art.text, reg["startLine"], reg["startColumn"])
            end = offset_of(art.text, reg["endLine"], reg["endColumn"])
            assert (start, end) == (ev.start, ev.end)
            assert art.text[start:end] == ev.text


GITHUB = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def unescape_property(value: str) -> str:
    return value.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def test_github_annotations_point_at_evidence(seed: Seed) -> None:
    report, articles = seed
    lines = render("github", seed).splitlines()
    annotations = [GITHUB.match(line) for line in lines if line.startswith("::")]
    assert all(annotations) and len(annotations) == cited_pairs(report)
    paths = by_path(articles)
    evidence = {(ev.article, ev.start, ev.end) for f in report.findings for ev in f.evidence}
    kinds = {"error": "error", "warning": "warning", "info": "notice"}
    assert sorted(m.group(1) for m in annotations if m) == sorted(
        kinds[f.severity] for f in report.findings for _ in {ev.article for ev in f.evidence}
    )
    for m in annotations:
        assert m is not None
        props = dict(p.split("=", 1) for p in m.group(2).split(","))
        assert set(props) == {"file", "line", "col", "endLine", "endColumn", "title"}
        art = paths[unescape_property(props["file"])]
        start = offset_of(art.text, int(props["line"]), int(props["col"]))
        end = offset_of(art.text, int(props["endLine"]), int(props["endColumn"]))
        assert (art.id, start, end) in evidence
        assert "\n" not in m.group(3)


def test_github_escaping() -> None:
    from checker.report.github_report import command

    line = command("error", {"file": "a,b:c.txt", "title": "50% off\nx"}, "line1\r\nline2 100%")
    assert line == "::error file=a%2Cb%3Ac.txt,title=50%25 off%0Ax::line1%0D%0Aline2 100%25"
    assert "\n" not in line


def test_junit_is_valid_xml_with_a_failure_per_finding_and_article(seed: Seed) -> None:
    from checker.rules import RULES

    report, _ = seed
    root = ET.fromstring(render("junit", seed))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [a.id for a in report.articles]
    failures = root.findall(".//failure")
    assert len(failures) == cited_pairs(report) == int(root.get("failures", "-1"))
    ids = {re.match(r"finding (\w+)", x.text or "").group(1) for x in failures}  # type: ignore[union-attr]
    assert ids == {f.id for f in report.findings}
    for s in suites:
        cases = s.findall("testcase")
        assert int(s.get("tests", "-1")) == len(cases)
        assert {c.get("name", "").split()[0] for c in cases} == set(RULES)
        assert all(len(c.findall("failure")) <= 1 for c in cases)


def test_rdjson_shape_and_positions(seed: Seed) -> None:
    report, articles = seed
    doc = json.loads(render("rdjson", seed))
    assert doc["source"] == {"name": "checker"}
    assert doc["severity"] in {"ERROR", "WARNING", "INFO"}
    diags = doc["diagnostics"]
    assert len(diags) == cited_pairs(report)
    paths = by_path(articles)
    evidence = {(ev.article, ev.start, ev.end) for f in report.findings for ev in f.evidence}
    for d in diags:
        assert {"message", "location", "severity", "code"} <= set(d)
        assert d["severity"] in {"ERROR", "WARNING", "INFO"}
        assert d["code"]["value"] in {f.rule for f in report.findings}
        art = paths[d["location"]["path"]]
        rng = d["location"]["range"]
        start = offset_of(art.text, rng["start"]["line"], rng["start"]["column"], "utf8")
        end = offset_of(art.text, rng["end"]["line"], rng["end"]["column"], "utf8")
        assert (art.id, start, end) in evidence


def test_markdown_quotes_every_finding(seed: Seed) -> None:
    from checker.report.markdown_report import escape

    report, _ = seed
    md = render("markdown", seed)
    s = report.summary.findings
    assert f"{s['error']} error{'' if s['error'] == 1 else 's'}, {s['warning']} warning" in md
    assert md.count("\n### ") == len(report.findings)
    for f in report.findings:
        assert f.rule in md and f.id in md
        for ev in f.evidence:
            assert f"**{escape(ev.text)}**" in md
            assert escape(ev.article) in md


def test_html_seed_marks_every_evidence_and_keeps_text(seed: Seed) -> None:
    report, articles = seed
    page = render("html", seed)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "the report must not load anything"
    for f in report.findings:
        assert f'id="f-{f.id}"' in page
        for n, _ in enumerate(f.evidence):
            assert f'id="ev-{f.id}-{n}"' in page and f'href="#ev-{f.id}-{n}"' in page
    # each article's text survives highlighting exactly: strip our tags, unescape, compare. A leading date
    # line is metadata and a body's own first line is its heading (tests/test_html_report.py): the heading
    # and the body together are the text from body_start on, the body its exact tail
    def plain(fragment: str) -> str:
        return html.unescape(re.sub(r"<[^>]+>", "", fragment))

    sections = re.findall(r'<section class="article".*?</div></section>', page, flags=re.S)
    assert len(sections) == sum(a.status == "ok" for a in report.articles)
    for section, entry in zip(sections, [a for a in report.articles if a.status == "ok"], strict=True):
        art = articles[entry.id]
        head = re.search(r'<h3 class="headline">(.*?)</h3>', section, flags=re.S)
        body = plain(re.findall(r'<div class="text">(.*?)</div></section>', section, flags=re.S)[0])
        assert art.text.endswith(body)
        shown = (plain(head.group(1)) if head else "") + body
        assert "".join(shown.split()) == "".join(art.text[art.body_start :].split()), entry.id


def test_html_segments_handle_overlaps() -> None:
    from checker.report.html_report import segments

    parts = segments("abcdefgh", [(1, 5, "x"), (3, 7, "y")])
    assert parts == [("a", []), ("bc", ["x"]), ("de", ["x", "y"]), ("fg", ["y"]), ("h", [])]


def test_html_escapes_hostile_article(tmp_path: Path) -> None:
    from checker.engine import check

    hostile = (
        'Taliban fighters killed <script>alert(1)</script> 12 soldiers in Kunduz on Tuesday, officials said. '
        '"><img src=x onerror=alert(2)> The attack killed 12 soldiers.\n'
    )
    folder = write_cluster(
        tmp_path / "cluster",
        [
            {"id": "evil", "text": hostile, "published": "2020-03-04"},
            {"id": "calm", "text": "Taliban fighters killed 30 soldiers in Kunduz on Tuesday, officials said.\n",
             "published": "2020-03-04"},
        ],
    )
    outcome = check([str(folder)])
    articles = {a.id: a for a in outcome.loaded.articles}
    page = renderers()["html"](outcome.report, articles)
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    assert page.count("<script>") == 1  # only our own script


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html", "sarif", "github", "junit", "rdjson"])
def test_cli_every_format_exits_1_on_seed(fmt: str) -> None:
    from checker.cli import main

    out, err = io.StringIO(), io.StringIO()
    assert main(["check", "--format", fmt, str(SEED)], stdout=out, stderr=err) == 1
    assert out.getvalue().strip(), err.getvalue()


def test_sarif_lists_unreadable_article_and_still_validates(tmp_path: Path) -> None:
    import jsonschema

    from checker.cli import main

    folder = tmp_path / "cluster"  # no manifest: every file in the folder is an article
    folder.mkdir()
    (folder / "good.txt").write_text("Five people were killed in Kunduz on Tuesday.\n", encoding="utf-8")
    (folder / "broken.json").write_bytes(b"{")
    out = io.StringIO()
    assert main(["check", "--format", "sarif", str(folder)], stdout=out, stderr=io.StringIO()) == 2
    log = json.loads(out.getvalue())
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    # good.txt gives no date: a note says so; broken.json is the one error
    [note] = [n for n in invocation["toolExecutionNotifications"] if n["level"] == "error"]
    assert note["level"] == "error" and "broken.json" in note["message"]["text"]


@pytest.mark.parametrize(("count", "text"), [(0, "0 notes"), (1, "1 note"), (2, "2 notes")])
def test_counts_take_the_right_number(count: int, text: str) -> None:
    from checker.display import plural

    assert plural(count, "note") == text


def test_text_report_says_one_article_not_one_articles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from checker.cli import main

    (tmp_path / "a.txt").write_text("Quake kills 12\n\nTwelve people were killed on Sunday.\n", encoding="utf-8")
    out = io.StringIO()
    main(["check", str(tmp_path / "a.txt")], stdout=out, stderr=io.StringIO())
    assert ": 1 article," in out.getvalue() and "1 articles" not in out.getvalue()
