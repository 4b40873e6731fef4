"""Reports point at the line of the file the evidence is on, for every input format (issue 12, item 3).

Each case writes the same two disagreeing articles ("seven people" and "12 people" killed in Peshawar)
in one input format, runs ``checker check`` through the command line in the CI and editor formats, and
reads the reported line back from the file: the evidence words must be on it, at the reported column.
"""

from __future__ import annotations

import html
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.cli import main

TITLES = {"a": "Market bomb in Peshawar", "b": "Blast in Peshawar market"}
PARAS = {
    "a": [
        "\u201cIt was terrible,\u201d a shopkeeper said. Shops & stalls closed early.",
        "A bomb at a market in Peshawar killed seven people on Tuesday, police said.",
        "Hospitals asked residents to give blood.",
    ],
    "b": [
        "Rescue workers searched the rubble & the lanes nearby.",
        "Officials said the blast in Peshawar on Tuesday killed 12 people.",
        "The market was crowded with shoppers.",
    ],
}
EVIDENCE = {"a": "seven people", "b": "12 people"}
SOURCES = {"a": "AFP", "b": "Reuters"}
DAY = "2024-05-21"


def plain(art: str) -> str:
    return f"{TITLES[art]}\n\n" + "\n".join(PARAS[art]) + "\n"


def dated(art: str) -> str:
    return f" date {DAY}\n{plain(art)}"


def markdown(art: str) -> str:
    return f"---\ntitle: {TITLES[art]}\ndate: {DAY}\ntags:\n  - bomb\n---\n\n" + "\n\n".join(PARAS[art]) + "\n"


def ninjs_text(art: str) -> str:
    # JSON's default escapes: every paragraph break is "\n" and each curly quote "\u201c", all on one line
    body = {"role": "main", "contenttype": "text/plain", "value": "\n\n".join(PARAS[art])}
    doc = {"uri": f"urn:test:{art}", "headlines": [{"role": "main", "value": TITLES[art]}], "bodies": [body],
           "versioncreated": f"{DAY}T12:00:00Z"}
    return json.dumps(doc, indent=2) + "\n"


def ninjs_html(art: str) -> str:
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in PARAS[art])
    doc = {"headline": TITLES[art], "body_html": body, "versioncreated": f"{DAY}T12:00:00Z"}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def newsml(art: str) -> str:
    paras = "\n".join(f"      <p>{html.escape(p, quote=False)}</p>" for p in PARAS[art])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:{art}" version="1" standard="NewsML-G2">
  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>{DAY}T12:00:00Z</versionCreated></itemMeta>
  <contentMeta><headline>{TITLES[art]}</headline></contentMeta>
  <contentSet>
    <inlineXML contenttype="application/nitf+xml">
     <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content>
{paras}
     </body.content></body></nitf>
    </inlineXML>
  </contentSet>
</newsItem>
"""


def page(art: str) -> str:
    # the evidence paragraph wraps: its words are on the line after the <p> tag
    first, second, third = (html.escape(p, quote=False) for p in PARAS[art])
    head, tail = second.split(" killed ")
    return f"""<!doctype html>
<html><head><title>{TITLES[art]} | News</title></head>
<body><nav><p>Home</p></nav>
<article>
  <h1>{TITLES[art]}</h1>
  <p>{first}</p>
  <p>{head}
     killed {tail}</p>
  <p>{third}</p>
</article>
</body></html>
"""


WRITERS: dict[str, tuple[str, Callable[[str], str]]] = {
    "txt": (".txt", plain),
    "txt-dated": (".txt", dated),
    "md": (".md", markdown),
    "ninjs": (".json", ninjs_text),
    "ninjs-html": (".json", ninjs_html),
    "newsml": (".xml", newsml),
    "html": (".html", page),
}


def cluster(folder: Path, fmt: str) -> Path:
    suffix, write = WRITERS[fmt]
    folder.mkdir()
    entries = []
    for art in ("a", "b"):
        (folder / f"{art}{suffix}").write_text(write(art), encoding="utf-8")
        entries.append({"file": f"{art}{suffix}", "id": art, "published": DAY, "source": SOURCES[art]})
    (folder / "manifest.json").write_text(json.dumps({"cluster": fmt, "articles": entries}), encoding="utf-8")
    return folder


def run(fmt: str, folder: Path) -> str:
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--format", fmt, str(folder)], stdout=out, stderr=err)
    assert code == 1 and not err.getvalue(), err.getvalue()
    return out.getvalue()


def file_line(path: str, line: int) -> str:
    return Path(path).read_text(encoding="utf-8").split("\n")[line - 1]


def assert_points_at(path: str, line: int, column: int, words: str, utf8: bool = False) -> str:
    """The file's ``line`` holds ``words`` at ``column`` (1-based; in UTF-8 bytes for reviewdog)."""
    text = file_line(path, line)
    assert words in text, f"{path}:{line} is {text!r}, not the line with {words!r}"
    rest = text.encode("utf-8")[column - 1 :].decode("utf-8") if utf8 else text[column - 1 :]
    assert rest.startswith(words), f"{path}:{line}:{column} is at {rest[:30]!r}, not {words!r}"
    return text


@pytest.fixture(params=sorted(WRITERS))
def folder(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return cluster(tmp_path / request.param, request.param)


def test_github_points_at_the_evidence_line(folder: Path) -> None:
    seen = set()
    for line in run("github", folder).splitlines():
        m = re.match(r"^::error ([^:]*)::.*%0AThis article: \"([^\"]*)\"", line)
        if not m:
            continue
        props = dict(p.split("=", 1) for p in m.group(1).split(","))
        path, words = props["file"].replace("%3A", ":").replace("%2C", ","), m.group(2)
        text = assert_points_at(path, int(props["line"]), int(props["col"]), words)
        assert props["endLine"] == props["line"]
        assert text[int(props["col"]) - 1 : int(props["endColumn"]) - 1] == words
        if path.endswith(".json"):  # a JSON body is one string on one line: the field's
            assert '"value":' in text or '"body_html":' in text
        seen.add(Path(path).stem)
    assert seen == {"a", "b"}


def test_sarif_regions_point_at_the_evidence_line(folder: Path) -> None:
    log = json.loads(run("sarif", folder))
    located = [loc["physicalLocation"] for res in log["runs"][0]["results"] for loc in res["locations"]]
    assert {Path(p["artifactLocation"]["uri"]).stem for p in located} == {"a", "b"}
    for phys in located:
        path, region = phys["artifactLocation"]["uri"], phys["region"]
        words = region["snippet"]["text"]
        assert_points_at(path, region["startLine"], region["startColumn"], words)
        whole = Path(path).read_text(encoding="utf-8")
        assert whole[region["charOffset"] : region["charOffset"] + region["charLength"]] == words


def test_text_report_names_outlet_and_file_position(folder: Path) -> None:
    found = re.findall(r"^  ([ab]) \((AFP|Reuters)\) (\S+):(\d+):(\d+): (.*)$", run("text", folder), re.M)
    assert {(art, outlet) for art, outlet, *_ in found} == {("a", "AFP"), ("b", "Reuters")}
    for art, _, path, line, column, sentence in found:
        assert f"[[{EVIDENCE[art]}]]" in sentence
        assert_points_at(path, int(line), int(column), EVIDENCE[art])


@pytest.mark.parametrize("fmt", ["newsml", "ninjs", "html"])
def test_rdjson_and_junit_point_at_the_evidence_line(fmt: str, tmp_path: Path) -> None:
    folder = cluster(tmp_path / fmt, fmt)
    for d in json.loads(run("rdjson", folder))["diagnostics"]:
        loc = d["location"]
        art = Path(loc["path"]).stem
        start = loc["range"]["start"]
        assert_points_at(loc["path"], start["line"], start["column"], EVIDENCE[art], utf8=True)
    failures = ET.fromstring(run("junit", folder)).findall(".//failure")
    assert failures
    for failure in failures:
        places = re.findall(r"^(\S+):(\d+):(\d+): ([ab]): (.*)$", failure.text or "", re.M)
        assert {art for *_, art, _ in places} == {"a", "b"}
        for path, line, column, _, words in places:
            assert_points_at(path, int(line), int(column), words)


def test_markdown_report_gives_outlet_and_file_position(tmp_path: Path) -> None:
    folder = cluster(tmp_path / "md", "md")
    found = re.findall(r"^\*\*([ab])\*\* \((AFP|Reuters)\) (\S+):(\d+):(\d+):$", run("markdown", folder), re.M)
    assert {art for art, *_ in found} == {"a", "b"}
    for art, _, path, line, column in found:
        assert_points_at(path.replace("\\_", "_"), int(line), int(column), EVIDENCE[art])


def test_json_report_articles_keep_the_contract_fields(tmp_path: Path) -> None:
    report = json.loads(run("json", cluster(tmp_path / "ninjs", "ninjs")))
    contract = {"id", "path", "title", "published", "source", "claims", "status", "error"}
    added = {"draft", "undated"}  # added since (README changelog); the file map is not
    assert all(contract <= set(a) <= contract | added for a in report["articles"])
