"""Bad input matrix: every broken file is one clear stderr line, exit 2, and the rest is still checked.

Also hypothesis tests: random bytes, JSON and XML into each reader raise nothing but ``InputError``.
"""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.cli import main
from checker.inputs.errors import InputError
from checker.inputs.files import read_plain
from checker.inputs.html_page import read_html, read_markdown
from checker.inputs.newsml import read_newsml
from checker.inputs.ninjs import read_ninjs

from .conftest import SEED

GOOD = SEED / "000_9067536681121135.txt"
SEED_TEXT = GOOD.read_text(encoding="utf-8")

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<newsItem><contentSet><inlineXML><p>&lol9;</p></inlineXML></contentSet></newsItem>
"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<newsItem><contentSet><inlineXML><p>&xxe;</p></inlineXML></contentSet></newsItem>
"""


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def report(*argv: str) -> tuple[int, dict[str, Any], list[str]]:
    code, out, err = run("--format", "json", *argv)
    assert "Traceback" not in err
    return code, json.loads(out), err.splitlines()


def good_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "cluster"
    folder.mkdir()
    shutil.copy(GOOD, folder / "good.txt")
    return folder


def assert_failed(code: int, rep: dict[str, Any], lines: list[str], bad: list[str], problem: str) -> None:
    """Exit 2; one stderr line per bad file naming it; every input listed; the good one still checked."""
    assert code == 2
    assert len(lines) == len(bad), lines
    for name in bad:
        (line,) = [ln for ln in lines if name in ln]
        assert problem.lower() in line.lower(), line
    status = {Path(a["path"]).name: a for a in rep["articles"]}
    for name in bad:
        assert status[name]["status"] == "error" and status[name]["error"]
    good = [a for a in rep["articles"] if a["status"] == "ok"]
    assert good and all(a["claims"] > 0 for a in good)


# file name, content, the words the one-line error must contain
BAD_FILES: dict[str, tuple[str, bytes, str]] = {
    "empty": ("empty.txt", b"", "empty file"),
    "whitespace": ("blank.txt", b"  \n\t\r\n  ", "only whitespace"),
    "binary": ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "binary"),
    "invalid-utf8": ("latin1.txt", "Caf\u00e9 owner said".encode("latin-1"), "invalid UTF-8 at byte 3"),
    "malformed-json": ("broken.json", b'{"headline": "Strike", "body_text": ', "malformed JSON"),
    "json-not-ninjs": ("other.json", b'{"name": "x", "items": [1, 2]}', "not ninjs"),
    "json-array": ("list.json", b"[1, 2, 3]", "not ninjs"),
    "ninjs-no-body": ("nobody.json", b'{"headlines": [{"value": "Strike"}], "bodies": []}', "no body text"),
    "ninjs-wrong-type": ("typed.json", b'{"headline": 5, "body_text": "x"}', "headline"),
    "xml-bomb": ("bomb.xml", BILLION_LAUGHS, "refused"),
    "xml-external-entity": ("xxe.xml", EXTERNAL_ENTITY, "refused"),
    "malformed-xml": ("broken.xml", b"<newsItem><contentSet>", "malformed XML"),
    "xml-not-newsml": ("rss.xml", b"<rss><channel><item>x</item></channel></rss>", "not NewsML-G2"),
    "html-no-text": ("empty.html", b"<html><body><script>x()</script><nav>menu</nav></body></html>", "no article"),
    "bad-front-matter": ("fm.md", b"---\ntitle: [unclosed\n---\nBody.\n", "front matter"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_one_line_and_the_rest_is_checked(case: str, tmp_path: Path) -> None:
    name, content, problem = BAD_FILES[case]
    folder = good_folder(tmp_path)
    (folder / name).write_bytes(content)
    code, rep, lines = report(str(folder))
    assert_failed(code, rep, lines, [name], problem)


def test_several_bad_files_give_one_line_each(tmp_path: Path) -> None:
    folder = good_folder(tmp_path)
    for name, content, _ in BAD_FILES.values():
        (folder / name).write_bytes(content)
    code, rep, lines = report(str(folder))
    assert code == 2 and len(lines) == len(BAD_FILES)
    assert len(rep["articles"]) == len(BAD_FILES) + 1


def test_oversized_file_has_a_clear_message(tmp_path: Path) -> None:
    folder = good_folder(tmp_path)
    (folder / "big.txt").write_bytes(b"x" * 60_000)
    code, rep, lines = report("--max-bytes", "50000", str(folder))
    assert_failed(code, rep, lines, ["big.txt"], "over the 50,000-byte limit (--max-bytes)")


def test_a_50_mb_file_is_refused_by_the_default_limit_without_reading_it(tmp_path: Path) -> None:
    folder = good_folder(tmp_path)
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: the size check must come before any read
    code, rep, lines = report(str(folder))
    assert_failed(code, rep, lines, ["huge.txt"], "byte limit")


ENCODINGS: dict[str, Callable[[str], bytes]] = {
    "utf8-bom": lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    "utf16": lambda t: t.encode("utf-16"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
}


@pytest.mark.parametrize("case", sorted(ENCODINGS))
def test_other_encodings_and_line_ends_work(case: str, tmp_path: Path) -> None:
    folder = good_folder(tmp_path)
    (folder / "other.txt").write_bytes(ENCODINGS[case](SEED_TEXT.replace("Sonny", "Sunny")))
    code, rep, lines = report(str(folder))
    assert code in (0, 1) and lines == []
    other = next(a for a in rep["articles"] if a["id"] == "other")
    assert other["status"] == "ok" and other["claims"] > 0
    for finding in rep["findings"]:
        assert all("\ufeff" not in e["text"] and "\r" not in e["text"] for e in finding["evidence"])


def test_missing_path(tmp_path: Path) -> None:
    folder = good_folder(tmp_path)
    code, rep, lines = report(str(folder), str(tmp_path / "nope.txt"))
    assert_failed(code, rep, lines, ["nope.txt"], "no such file")


def test_folder_with_no_articles(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("a,b\n")
    code, rep, lines = report(str(good_folder(tmp_path)), str(tmp_path / "empty"))
    assert_failed(code, rep, lines, ["empty"], "no articles")


def manifest(folder: Path, entries: list[dict[str, Any]]) -> None:
    (folder / "manifest.json").write_text(json.dumps({"cluster": folder.name, "articles": entries}))


def test_manifest_naming_a_missing_file(tmp_path: Path) -> None:
    folder = good_folder(tmp_path)
    manifest(folder, [{"file": "good.txt", "id": "a"}, {"file": "gone.txt", "id": "b"}])
    code, rep, lines = report(str(folder))
    assert_failed(code, rep, lines, ["gone.txt"], "missing")


@pytest.mark.parametrize("escape", ["../outside.txt", "/etc/hostname", "sub/../../outside.txt"])
def test_manifest_path_outside_its_folder_is_refused(escape: str, tmp_path: Path) -> None:
    folder = good_folder(tmp_path)
    shutil.copy(GOOD, tmp_path / "outside.txt")
    manifest(folder, [{"file": "good.txt", "id": "a"}, {"file": escape, "id": "b"}])
    code, rep, lines = report(str(folder))
    assert_failed(code, rep, lines, [Path(escape).name], "outside its folder")


def test_duplicate_ids_keep_the_first(tmp_path: Path) -> None:
    folder = good_folder(tmp_path)
    shutil.copy(GOOD, folder / "copy.txt")
    manifest(folder, [{"file": "good.txt", "id": "a"}, {"file": "copy.txt", "id": "a"}])
    code, rep, lines = report(str(folder))
    assert code == 2 and len(lines) == 1 and "copy.txt" in lines[0] and "duplicate article id" in lines[0]
    assert [a["status"] for a in rep["articles"]] == ["ok", "error"]


def test_single_article_works(tmp_path: Path) -> None:
    code, rep, lines = report(str(GOOD))
    assert code in (0, 1) and lines == []
    assert [a["status"] for a in rep["articles"]] == ["ok"] and rep["articles"][0]["claims"] > 0


def test_500_small_articles_in_one_folder(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(500):
        killed = 10 + i % 3
        (folder / f"{i:03d}.txt").write_text(
            f"Blast in Kabul\n\nAt least {killed} people were killed in a blast in Kabul on Tuesday, "
            f"police spokesman Khalid Zadran said.\n", encoding="utf-8")
    code, rep, lines = report(str(folder))
    assert code in (0, 1) and lines == []
    assert len(rep["articles"]) == 500 and all(a["status"] == "ok" for a in rep["articles"])


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "sarif", "github", "junit", "rdjson"])
def test_every_report_format_names_the_bad_file(fmt: str, tmp_path: Path) -> None:
    folder = good_folder(tmp_path)
    (folder / "broken.json").write_bytes(b"{")
    code, out, err = run("--format", fmt, str(folder))
    assert code == 2 and len(err.splitlines()) == 1 and "broken.json" in err
    # listed (by id or path) with its problem; annotation formats (github, rdjson) list only problems
    assert "broken" in out


# --- hypothesis: nothing but InputError, whatever the bytes -------------------------------------

READERS = [read_plain, read_markdown, read_ninjs, read_newsml, read_html]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def only_input_error(reader: Callable[[str, bytes], object], raw: bytes) -> None:
    try:
        reader("fuzz", raw)
    except InputError as exc:
        assert exc.problem and "\n" not in str(exc)


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(READERS))
def test_random_bytes_raise_only_input_error(raw: bytes, reader: Callable[[str, bytes], object]) -> None:
    only_input_error(reader, raw)


@FUZZ
@given(st.text(max_size=500), st.sampled_from(READERS))
def test_random_text_raises_only_input_error(text: str, reader: Callable[[str, bytes], object]) -> None:
    only_input_error(reader, text.encode("utf-8"))


NINJS_KEYS = ["headline", "body_text", "body_html", "headlines", "bodies", "versioncreated", "firstcreated",
              "versionCreated", "by", "byline", "located", "infosources", "infoSources", "role", "contenttype",
              "contentType", "value", "uri", "type"]
scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    scalars | st.sampled_from(["2020-03-04T10:00:00Z", "<p>x</p>", "text/html", "main"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(NINJS_KEYS) | st.text(max_size=8),
                                                                 inner, max_size=5),
    max_leaves=25,
)


@FUZZ
@given(json_values)
def test_random_json_raises_only_input_error(value: object) -> None:
    only_input_error(read_ninjs, json.dumps(value).encode("utf-8"))


XML_TAGS = ["newsItem", "newsMessage", "itemMeta", "versionCreated", "firstCreated", "contentMeta", "headline",
            "contentSet", "inlineXML", "inlineData", "nitf", "body", "body.content", "p", "a", "x"]
xml_text = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=20)


def xml_element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def build(tag: str, kids: list[str], text: str) -> str:
        from xml.sax.saxutils import escape

        return f"<{tag}>{escape(text)}{''.join(kids)}</{tag}>"

    return st.builds(build, st.sampled_from(XML_TAGS), st.lists(children, max_size=4), xml_text)


xml_docs = st.recursive(xml_element(st.just("")), xml_element, max_leaves=20)
xml_noise = st.sampled_from(["", "<", "&", "&amp;", "<!DOCTYPE x>", '<!ENTITY e "x">', "]]>", "<?pi?>",
                             "<!-- c -->", "\x00", "&e;"])


xml_prologs = st.sampled_from(["", '<?xml version="1.0"?>', "<!DOCTYPE newsItem>",
                               '<!DOCTYPE x [<!ENTITY e "x">]>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///x">]>',
                               '<!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd">', '<!DOCTYPE x [<!ELEMENT x ANY>]>'])


@FUZZ
@given(xml_prologs, xml_docs, xml_noise, st.integers(min_value=0, max_value=200))
def test_random_xml_raises_only_input_error(prolog: str, doc: str, noise: str, at: int) -> None:
    only_input_error(read_newsml, (prolog + doc).encode("utf-8"))
    cut = min(at, len(doc))
    only_input_error(read_newsml, (doc[:cut] + noise + doc[cut:]).encode("utf-8"))
