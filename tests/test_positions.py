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
from hypothesis import given
from hypothesis import strategies as st

from checker.cli import main
from checker.inputs import sourcemap
from checker.models import Article, Evidence, Segment
from checker.report.positions import evidence_span, place

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
    keys = {"id", "path", "title", "published", "source", "claims", "status", "error"}
    assert all(set(a) == keys for a in report["articles"])


# The pieces, one by one.


@given(st.text(alphabet=" \t\n\r\f\u00a0\u2003ab&;", max_size=40))
def test_collapse_is_the_readers_collapse_and_maps_words_exactly(raw: str) -> None:
    text, runs = sourcemap.collapse(raw)
    assert text == re.sub(r"[ \t\n\r\f]+", " ", raw).strip()
    for r in runs:
        assert r.exact and text[r.start : r.end] == raw[r.src : r.src + r.end - r.start]


def test_align_places_entities_and_line_ends() -> None:
    source = "<p>Shops &amp; stalls,\r\nAT&T &#233;t\u00e9</p>"
    data = "Shops & stalls,\nAT&T \u00e9t\u00e9"  # as an XML parser hands it over
    runs = sourcemap.align(source, 3, data)
    for r in runs:
        if r.exact:
            assert data[r.start : r.end] == source[r.src : r.src + r.end - r.start]
    amp = next(r for r in runs if r.start == data.index("&"))
    assert not amp.exact and source.startswith("&amp;", amp.src)
    assert sourcemap.locate(runs, data.index("stalls")) == source.index("stalls")
    assert sourcemap.locate(runs, data.index("AT&T")) == source.index("AT&T")


def test_json_string_follows_escapes() -> None:
    value = 'He said \u201cno\u201d.\n\nSeven "people" \U0001f600 died.'
    document = json.dumps({"x": 1, "value": value}, indent=2)
    runs = sourcemap.json_string(document, value)
    assert runs and runs[-1].end == len(value)
    for word in ("He said", "no", "Seven", "people", "died."):
        assert document[sourcemap.locate(runs, value.index(word)) :].startswith(word)
    assert sourcemap.json_string(document, "not there") == []


def segs(*items: tuple[int, int, int, int, bool]) -> tuple[Segment, ...]:
    return tuple(Segment(start=s, end=e, offset=o, line=ln, column=o + 1, column_utf8=o + 1, exact=x)
                 for s, e, o, ln, x in items)


def test_place_never_raises_and_falls_back_to_the_stretch_start() -> None:
    text = "ab\ncd & ef"
    # "ab\ncd " one for one from line 3; "&" an entity at line 4; " ef" right after the entity
    art = Article(id="x", path="x.xml", text=text, segments=segs((0, 6, 10, 3, True), (6, 7, 20, 4, False),
                                                                 (7, 10, 29, 4, True)))
    assert place(art, 0)[:2] == (3, 11)
    assert place(art, 3)[:2] == (4, 1)  # the line break inside the stretch is the file's own
    assert place(art, 6)[:2] == (4, 21)
    assert place(art, 6, end=True)[:2] == (4, 4)  # an end belongs with the character before it
    assert place(art, 7, end=True) == place(art, 7) == (4, 30, 29)  # after the "&": where " ef" starts
    assert place(art, 8)[:2] == (4, 31)
    assert place(art, 999) == place(art, 10) and place(art, -5) == place(art, 0)
    empty = Article(id="y", path="y.txt", text="one\ntwo")
    assert evidence_span(Evidence(article="y", start=4, end=7, text="two"), {"y": empty}).start_line == 2
    late = Article(id="z", path="z.json", text="abc", segments=segs((1, 3, 50, 7, True)))
    assert place(late, 0)[:2] == (7, 51)  # before the first stretch: the field's first line


def test_hostile_markup_gets_fewer_segments_on_the_right_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.inputs.html_page import read_html

    lines = [f"<p>Line {n} has <b>bold</b> and <i>italic</i> words &amp; more.</p>" for n in range(1, 5)]
    doc = "<html><body>\n" + "\n".join(lines) + "\n</body></html>"
    monkeypatch.setattr(sourcemap, "MAX_SEGMENTS", 4)  # one a line: merged on each line, every line right
    parsed = read_html("x.html", doc.encode())
    art = Article(id="x", path="x.html", text=parsed.text, segments=parsed.segments)
    assert len(parsed.segments) == 4
    for n in range(1, 5):
        assert place(art, parsed.text.index(f"Line {n}"))[:2] == (n + 1, 4)
        assert place(art, parsed.text.index("italic", parsed.text.index(f"Line {n}")))[0] == n + 1
    monkeypatch.setattr(sourcemap, "MAX_SEGMENTS", 2)  # fewer than lines: neighbours merged, still placed
    assert len(read_html("x.html", doc.encode()).segments) == 2


def test_a_json_string_past_counting_is_placed_at_its_start(monkeypatch: pytest.MonkeyPatch) -> None:
    value = "\u0412\u0437\u0440\u044b\u0432 killed seven people"
    document = json.dumps({"body_text": value})
    monkeypatch.setattr(sourcemap, "MAX_SEGMENTS", 3)
    assert sourcemap.json_string(document, value) == [sourcemap.Run(0, len(value), document.index(":") + 3, False)]


def assert_segments_true(text: str, document: str, segments: tuple[Segment, ...]) -> None:
    """Every exact stretch is the file's own characters, and every line and column is its offset's."""
    for seg in segments:
        before = document[: seg.offset]
        assert seg.line == before.count("\n") + 1
        assert seg.column == len(before) - (before.rfind("\n") + 1) + 1
        if seg.exact:
            assert text[seg.start : seg.end] == document[seg.offset : seg.offset + seg.end - seg.start]


MARKUP = st.lists(st.sampled_from(["<p>", "</p>", "<b>", "</b>", "<br>", " ", "  ", "\n", "\r\n", "\t", "&amp;",
                                   "&#233;", "&eacute", "AT&T", "<!-- c -->", "word", "seven", "\u00e9t\u00e9"]),
                  max_size=30).map("".join)


@given(MARKUP)
def test_html_segments_are_true_to_the_page(body: str) -> None:
    from checker.inputs.html_page import html_text

    text, runs = html_text(body)
    assert_segments_true(text, body, sourcemap.segments(runs, body))


@given(MARKUP)
def test_newsml_segments_are_true_to_the_file(body: str) -> None:
    from checker.inputs.errors import InputError
    from checker.inputs.newsml import read_newsml

    body = body.replace("<br>", "<br/>").replace("&eacute", "&amp;").replace("AT&T", "AT&amp;T")
    inline = f"<inlineXML><body.content><p>{body}</p></body.content></inlineXML>"
    document = f"<newsItem><contentSet>{inline}</contentSet></newsItem>"
    try:
        parsed = read_newsml("x.xml", document.encode())
    except InputError:  # tags out of balance, or no text at all
        return
    assert_segments_true(parsed.text, document, parsed.segments)


@given(st.text(max_size=40), st.booleans())
def test_ninjs_segments_are_true_to_the_file(body: str, ascii_only: bool) -> None:
    from checker.inputs.errors import InputError
    from checker.inputs.ninjs import read_ninjs

    document = json.dumps({"headline": "H", "body_text": body + " x"}, ensure_ascii=ascii_only, indent=1)
    try:
        parsed = read_ninjs("x.json", document.encode("utf-8", "surrogatepass"))
    except InputError:  # lone surrogates written raw are not UTF-8
        return
    assert_segments_true(parsed.text, document, parsed.segments)
