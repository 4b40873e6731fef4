"""Hostile and broken input (issue 13), end to end through the command line in every output format.

Each case builds a cluster folder beside the seed article and asserts the contract's promise: the
expected exit code, exactly one stderr line per bad file naming it, never a traceback or an internal
error, the good article still checked, and a report that parses. Cases that could hang (a FIFO, a
link to ``/dev/zero``) run under an alarm. Then hypothesis builds random folders and checks the same.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.cli import main
from checker.display import one_line

from .conftest import SEED

GOOD = SEED / "000_9067536681121135.txt"
SEED_TEXT = GOOD.read_text(encoding="utf-8")
FORMATS = ["text", "json", "markdown", "html", "sarif", "github", "junit", "rdjson"]


def json_values_for_files() -> st.SearchStrategy[bytes]:
    """JSON documents shaped a little like a baseline or config: objects, lists, findings entries."""
    leaf = st.none() | st.booleans() | st.integers() | st.text(max_size=10)
    tree = st.recursive(leaf, lambda inner: st.lists(inner, max_size=3)
                        | st.dictionaries(st.sampled_from(["findings", "id", "select", "version"]), inner, max_size=3),
                        max_leaves=10)
    return tree.map(lambda v: json.dumps(v).encode())


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def alarm() -> Iterator[None]:
    """A case that hangs (a FIFO opened for reading, a read of /dev/zero) fails instead of blocking CI."""

    def timeout(signum: int, frame: object) -> None:
        raise TimeoutError("the check hung on hostile input")

    old = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(120)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def assert_parses(fmt: str, out: str) -> None:
    if fmt in ("json", "sarif", "rdjson"):
        json.loads(out)
    elif fmt == "junit":
        ET.fromstring(out.encode("utf-8"))
    elif fmt == "html":
        assert out.lstrip().lower().startswith("<!doctype html")
    out.encode("utf-8")  # no lone surrogate survives to the output
    assert "\x1b" not in out and "\x00" not in out
    if fmt != "github":  # a name with a newline must not start a line a CI runner obeys (runners split on LF)
        assert not any(line.startswith("::") for line in out.split("\n"))


@dataclass
class Case:
    """A folder builder's result: what to run, which files must fail, and what exit codes are right."""

    args: list[str]
    bad: list[str] = field(default_factory=list)  # names each stderr line must show (one line each)
    problem: str = ""  # words every bad file's line must contain
    codes: tuple[int, ...] = (2,)
    good_ids: list[str] = field(default_factory=lambda: ["good"])


def check_case(case: Case, fmt: str) -> dict[str, Any] | None:
    code, out, err = run("check", "--format", fmt, *case.args)
    assert "Traceback" not in err and "internal error" not in err, err
    assert code in case.codes, (code, err)
    lines = err.splitlines()
    assert len(lines) == len(case.bad), lines
    for name in case.bad:
        hits = [ln for ln in lines if one_line(name) in ln]
        assert len(hits) == 1, (name, lines)
        assert case.problem.lower() in hits[0].lower(), hits[0]
    assert all(ln.startswith("checker: ") for ln in lines)
    assert_parses(fmt, out)
    if fmt != "json":
        return None
    rep = json.loads(out)
    status = {a["id"]: a for a in rep["articles"]}
    for good in case.good_ids:
        assert status[good]["status"] == "ok" and status[good]["claims"] > 0, status[good]
    assert sum(a["status"] == "error" for a in rep["articles"]) >= len(case.bad)
    return rep


def cluster(tmp_path: Path) -> Path:
    folder = tmp_path / "cluster"
    folder.mkdir()
    shutil.copy(GOOD, folder / "good.txt")
    return folder


def manifest(folder: Path, entries: list[Any], good: bool = True) -> None:
    listed = ([{"file": "good.txt", "id": "good"}] if good else []) + entries
    (folder / "manifest.json").write_text(json.dumps({"cluster": folder.name, "articles": listed}))


# --- the folder builders: one per case of the issue, and more of the same families -------------------


def fifo(tmp: Path) -> Case:
    folder = cluster(tmp)
    os.mkfifo(folder / "pipe.txt")
    return Case([str(folder)], ["pipe.txt"], "not a regular file")


def fifo_in_manifest(tmp: Path) -> Case:
    folder = cluster(tmp)
    os.mkfifo(folder / "pipe.json")
    manifest(folder, [{"file": "pipe.json", "id": "pipe"}])
    return Case([str(folder)], ["pipe.json"], "not a regular file")


def device_link(tmp: Path) -> Case:
    folder = cluster(tmp)
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink("/dev/urandom", folder / "random.md")
    return Case([str(folder)], ["zero.txt", "random.md"], "outside its folder")


def device_path(tmp: Path) -> Case:
    link = tmp / "zero.txt"  # named on the command line: no folder to leave, so the read must refuse it
    os.symlink("/dev/zero", link)
    return Case([str(cluster(tmp)), str(link)], ["zero.txt"], "not a regular file")


def folder_named_like_article(tmp: Path) -> Case:
    folder = cluster(tmp)
    (folder / "sub.txt").mkdir()
    return Case([str(folder)], ["sub.txt"], "not a regular file")


def marked_section_html(tmp: Path) -> Case:
    folder = cluster(tmp)
    body = "".join(f"<p>{p}</p>" for p in SEED_TEXT.split("\n\n"))
    (folder / "page.html").write_text(f"<html><body><article><![foo]>{body}<![ ]></article></body></html>")
    return Case([str(folder)], codes=(0, 1), good_ids=["good", "page"])


def marked_section_ninjs(tmp: Path) -> Case:
    folder = cluster(tmp)
    html = "<![if !IE]>" + "".join(f"<p>{p}</p>" for p in SEED_TEXT.split("\n\n")) + "<![ ]><![endif]>"
    (folder / "wire.json").write_text(json.dumps({"headline": "Attack", "body_html": html}))
    return Case([str(folder)], codes=(0, 1), good_ids=["good", "wire"])


def impossible_front_matter_date(tmp: Path) -> Case:
    folder = cluster(tmp)
    (folder / "fm.md").write_text(f"---\ntitle: Attack\ndate: 2020-02-30\n---\n{SEED_TEXT}")
    return Case([str(folder)], ["fm.md"], "front matter")


def calendar_edges(tmp: Path) -> Case:
    folder = cluster(tmp)
    text = "Attack\n\nOn Tuesday 12 people were killed. Yesterday and last week, and this weekend, 9 died.\n"
    for name in ("first", "last", "moment"):
        (folder / f"{name}.txt").write_text(text)
    manifest(folder, [{"file": "first.txt", "id": "first", "published": "0001-01-01"},
                      {"file": "last.txt", "id": "last", "published": "9999-12-31"},
                      {"file": "moment.txt", "id": "moment", "published": "9999-12-31T23:59:59+00:00"}])
    return Case([str(folder)], codes=(0, 1), good_ids=["good", "first", "last", "moment"])


def lone_surrogate_in_ninjs(tmp: Path) -> Case:
    folder = cluster(tmp)
    body = json.dumps(SEED_TEXT + " \ud800 end", ensure_ascii=True)  # JSON may spell a lone surrogate
    (folder / "wire.json").write_text('{"headline": "Attack \\ud800", "body_text": ' + body + "}")
    return Case([str(folder)], codes=(0, 1), good_ids=["good", "wire"])


def lone_surrogate_in_manifest(tmp: Path) -> Case:
    folder = cluster(tmp)
    shutil.copy(GOOD, folder / "other.txt")
    raw = '{"articles": [{"file": "good.txt", "id": "good"}, {"file": "other.txt", "id": "x\\ud800"}]}'
    (folder / "manifest.json").write_text(raw)
    return Case([str(folder)], ["other.txt"], "lone surrogate")


def non_utf8_file_name(tmp: Path) -> Case:
    folder = cluster(tmp)
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as fh:
        fh.write(SEED_TEXT.replace("Sonny", "Sunny").encode("utf-8"))
    return Case([str(folder)], codes=(0, 1), good_ids=["good", "caf\\xe9"])


def non_utf8_bad_file_name(tmp: Path) -> Case:
    folder = cluster(tmp)
    with open(os.path.join(os.fsencode(folder), b"bad\xff.txt"), "wb") as fh:
        fh.write(b"")
    return Case([str(folder)], ["bad\\xff.txt"], "empty file")


def manifest_deep(tmp: Path) -> Case:
    folder = cluster(tmp)
    (folder / "manifest.json").write_text("[" * 100_000 + "]" * 100_000)
    return Case([str(folder)], ["manifest.json"], "nested too deeply", good_ids=["good"])


def manifest_huge_integer(tmp: Path) -> Case:
    folder = cluster(tmp)
    (folder / "manifest.json").write_text('{"articles": [{"file": "good.txt", "id": ' + "9" * 5000 + "}]}")
    return Case([str(folder)], ["manifest.json"], "number too long")


def manifest_nul_in_file(tmp: Path) -> Case:
    folder = cluster(tmp)
    manifest(folder, [{"file": "oth\x00er.txt", "id": "other"}])
    return Case([str(folder)], ["manifest.json (articles[1])"], "NUL")


def manifest_wrong_type(tmp: Path) -> Case:
    folder = cluster(tmp)
    shutil.copy(GOOD, folder / "other.txt")
    manifest(folder, [{"file": "other.txt", "id": "other", "published": 20200304}])
    return Case([str(folder)], ["other.txt"], "published")


def manifest_entry_not_object(tmp: Path) -> Case:
    folder = cluster(tmp)
    manifest(folder, [["other.txt"], None])
    return Case([str(folder)], ["articles[1]", "articles[2]"], "not an object")


def manifest_not_object(tmp: Path) -> Case:
    folder = cluster(tmp)
    (folder / "manifest.json").write_text('["good.txt"]')
    return Case([str(folder)], ["manifest.json"], "bad manifest")


def manifest_fifo(tmp: Path) -> Case:
    folder = cluster(tmp)
    os.mkfifo(folder / "manifest.json")
    return Case([str(folder)], ["manifest.json"], "not a regular file")


def unlisted_file(tmp: Path) -> Case:
    folder = cluster(tmp)
    shutil.copy(GOOD, folder / "forgotten.txt")
    manifest(folder, [])
    return Case([str(folder)], codes=(0, 1), good_ids=["good", "forgotten"])


def missing_entry_frees_its_id(tmp: Path) -> Case:
    folder = cluster(tmp)
    shutil.copy(GOOD, folder / "later.txt")
    manifest(folder, [{"file": "gone.txt", "id": "x"}, {"file": "later.txt", "id": "x"}])
    return Case([str(folder)], ["gone.txt"], "missing", good_ids=["good"])


def link_outside(tmp: Path) -> Case:
    folder = cluster(tmp)
    os.symlink("/etc/passwd", folder / "passwd.txt")
    secret = tmp / "secret.txt"
    secret.write_text(SEED_TEXT)
    os.symlink(secret, folder / "secret.txt")
    return Case([str(folder)], ["passwd.txt", "secret.txt"], "outside its folder")


def link_inside(tmp: Path) -> Case:
    folder = cluster(tmp)
    (folder / "sub").mkdir()
    (folder / "sub" / "copy.txt").write_text(SEED_TEXT.replace("Sonny", "Sunny"))
    os.symlink(folder / "sub" / "copy.txt", folder / "alias.txt")
    return Case([str(folder)], codes=(0, 1), good_ids=["good", "alias"])


def newline_in_name(tmp: Path) -> Case:
    folder = cluster(tmp)
    (folder / "a\n::error file=x::pwned.txt").write_text(SEED_TEXT.replace("Sonny", "Sunny"))
    return Case([str(folder)], codes=(0, 1), good_ids=["good", "a\n::error file=x::pwned"])


def newline_in_bad_name(tmp: Path) -> Case:
    folder = cluster(tmp)
    (folder / "b\n::error::x\x1b[31m.txt").write_bytes(b"")
    return Case([str(folder)], ["b\n::error::x\x1b[31m.txt"], "empty file")


def newline_in_manifest_id(tmp: Path) -> Case:
    folder = cluster(tmp)
    manifest(folder, [{"file": "gone.txt", "id": "y\n::error::z"}])
    return Case([str(folder)], ["gone.txt"], "missing")


def escape_sequences_in_text(tmp: Path) -> Case:
    folder = cluster(tmp)
    (folder / "ansi.txt").write_text(SEED_TEXT.replace("killed", "\x1b[31mkilled\x1b[0m\x07", 2))
    return Case([str(folder)], codes=(0, 1), good_ids=["good", "ansi"])


def utf32(tmp: Path) -> Case:
    folder = cluster(tmp)
    (folder / "le.txt").write_bytes(SEED_TEXT.encode("utf-32"))  # little-endian BOM here
    (folder / "be.txt").write_bytes(b"\x00\x00\xfe\xff" + SEED_TEXT.encode("utf-32-be"))
    return Case([str(folder)], codes=(0, 1), good_ids=["good", "le", "be"])


def grows_past_limit(tmp: Path) -> Case:
    folder = cluster(tmp)
    (folder / "big.txt").write_text(SEED_TEXT * (60_000 // len(SEED_TEXT) + 1))
    return Case(["--max-bytes", "50000", str(folder)], ["big.txt"], "limit")


def deep_front_matter(tmp: Path) -> Case:
    folder = cluster(tmp)
    (folder / "deep.md").write_text("---\nx: " + "[" * 50_000 + "]" * 50_000 + "\n---\nBody text.\n")
    return Case([str(folder)], ["deep.md"], "front matter")


def ninjs_deep_and_huge(tmp: Path) -> Case:
    folder = cluster(tmp)
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "huge.json").write_text('{"headline": ' + "9" * 5000 + "}")
    return Case([str(folder)], ["deep.json", "huge.json"], "malformed JSON")


def manifest_link_outside(tmp: Path) -> Case:
    folder = cluster(tmp)
    (tmp / "elsewhere.json").write_text(json.dumps({"articles": [{"file": "good.txt", "id": "good"}]}))
    os.symlink(tmp / "elsewhere.json", folder / "manifest.json")
    return Case([str(folder)], ["manifest.json"], "outside its folder")


def fifo_on_command_line(tmp: Path) -> Case:
    pipe = tmp / "pipe.txt"
    os.mkfifo(pipe)
    return Case([str(cluster(tmp)), str(pipe)], ["pipe.txt"], "not a regular file")


def subfolder_link_loop(tmp: Path) -> Case:
    folder = cluster(tmp)
    os.symlink(folder / "loop.txt", folder / "loop.txt")  # a link to itself: ELOOP, not a hang
    return Case([str(folder)], ["loop.txt"], "")


CASES: dict[str, Callable[[Path], Case]] = {
    f.__name__: f
    for f in [
        fifo, fifo_in_manifest, device_link, device_path, folder_named_like_article, marked_section_html,
        marked_section_ninjs, impossible_front_matter_date, calendar_edges, lone_surrogate_in_ninjs,
        lone_surrogate_in_manifest, non_utf8_file_name, non_utf8_bad_file_name, manifest_deep,
        manifest_huge_integer, manifest_nul_in_file, manifest_wrong_type, manifest_entry_not_object,
        manifest_not_object, manifest_fifo, unlisted_file, missing_entry_frees_its_id, link_outside, link_inside,
        newline_in_name, newline_in_bad_name, newline_in_manifest_id, escape_sequences_in_text, utf32,
        grows_past_limit, deep_front_matter, ninjs_deep_and_huge, manifest_link_outside, fifo_on_command_line,
        subfolder_link_loop,
    ]
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_folder_in_every_format(name: str, tmp_path: Path) -> None:
    case = CASES[name](tmp_path)
    for fmt in FORMATS:
        check_case(case, fmt)


def test_wrong_typed_entry_drops_only_itself(tmp_path: Path) -> None:
    rep = check_case(manifest_wrong_type(tmp_path), "json")
    assert rep is not None and {a["id"]: a["status"] for a in rep["articles"]} == {"good": "ok", "other": "error"}


def test_missing_entry_leaves_its_id_to_the_readable_article(tmp_path: Path) -> None:
    rep = check_case(missing_entry_frees_its_id(tmp_path), "json")
    assert rep is not None
    assert [(a["id"], a["status"]) for a in rep["articles"]] == [("good", "ok"), ("x", "error"), ("x", "ok")]


def test_surrogates_become_one_replacement_character_each(tmp_path: Path) -> None:
    rep = check_case(lone_surrogate_in_ninjs(tmp_path), "json")
    assert rep is not None
    for f in rep["findings"]:
        assert all("\ud800" not in e["text"] for e in f["evidence"])


def test_escape_sequences_never_reach_the_text_report(tmp_path: Path) -> None:
    case = escape_sequences_in_text(tmp_path)
    code, out, _ = run("check", *case.args)
    assert "\x1b" not in out and "\x07" not in out


def test_text_and_stderr_never_start_a_workflow_command(tmp_path: Path) -> None:
    folder = cluster(tmp_path)
    (folder / "c\n::error file=x::pwned.txt").write_bytes(b"")
    code, out, err = run("check", str(folder))
    assert code == 2
    assert not any(ln.startswith("::") for ln in (out + err).splitlines())
    assert "c\\n::error file=x::pwned.txt" in err


@pytest.mark.parametrize("name", ["fifo", "device_link", "manifest_wrong_type", "newline_in_bad_name"])
def test_claims_command_keeps_the_promise_too(name: str, tmp_path: Path) -> None:
    case = CASES[name](tmp_path)
    code, out, err = run("claims", "--format", "json", *case.args)
    assert code == 2 and "Traceback" not in err and "internal error" not in err
    assert len(err.splitlines()) == len(case.bad) and json.loads(out)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=200) | json_values_for_files(), as_config=st.booleans())
def test_random_config_and_baseline_files_are_usage_errors_or_fine(
    raw: bytes, as_config: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("opts") / ("checker.toml" if as_config else "baseline.json")
    path.write_bytes(raw)
    code, out, err = run("check", "--config" if as_config else "--baseline", str(path), "--format", "json", str(GOOD))
    assert "Traceback" not in err and "internal error" not in err, err
    if code == 2:
        assert err.startswith(f"checker: usage error: {path}: ") and err.count("\n") == 1 and not out
    else:
        assert json.loads(out)["articles"][0]["status"] == "ok"


# --- a long article is checked in pieces, not refused ---------------------------------------------


def test_article_over_a_million_characters_is_checked(tmp_path: Path) -> None:
    folder = cluster(tmp_path)
    other = (SEED / "001_86b4eb2e457cab79.txt").read_text(encoding="utf-8")
    text = "\n\n".join([other] * (1_100_000 // len(other) + 1))
    assert len(text) > 1_000_000
    (folder / "long.txt").write_text(text)
    rep = check_case(Case([str(folder)], codes=(0, 1), good_ids=["good", "long"]), "json")
    assert rep is not None


def test_long_article_pieces_keep_every_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.analysis import document
    from checker.normalise.text import fold

    folded = fold(SEED_TEXT * 3)

    def stripped(text: str) -> list[str]:
        return [text[s:e].strip() for s, e in document.sentence_spans(text) if text[s:e].strip()]

    whole = stripped(folded)
    monkeypatch.setattr(document, "TOKENIZE_CHUNK", 500)
    assert stripped(folded) == whole  # cut at line breaks: the same sentences
    runon = fold("A line with no break. " * 400)  # no line break at all: cut after a sentence end
    assert stripped(runon) == ["A line with no break."] * 400


@pytest.mark.parametrize("fmt", FORMATS)
def test_long_article_every_format(fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.analysis import document

    monkeypatch.setattr(document, "TOKENIZE_CHUNK", 700)  # the seed article itself goes in pieces
    folder = cluster(tmp_path)
    check_case(Case([str(folder)], codes=(0, 1)), fmt)


# --- one article's defect does not lose the run ---------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_article_that_breaks_extraction_is_one_error(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checker import claims

    original = claims.EXTRACTORS["date"]

    def broken(analysis: Any) -> Any:
        if analysis.doc.article.id == "cursed":
            raise KeyError("defect\nin extraction")
        return original(analysis)

    monkeypatch.setitem(claims.EXTRACTORS, "date", broken)
    folder = cluster(tmp_path)
    (folder / "cursed.txt").write_text(SEED_TEXT)
    rep = check_case(Case([str(folder)], ["cursed.txt"], "could not be analysed: KeyError"), fmt)
    if rep is not None:
        assert [a["status"] for a in rep["articles"]] == ["error", "ok"]


def test_a_rule_that_raises_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.rules import RULES

    def broken(self: Any, ctx: Any) -> Any:
        raise ValueError("rule defect")

    monkeypatch.setattr(RULES["FC601"], "check", broken)
    code, out, err = run("check", "--format", "json", str(cluster(tmp_path)))
    assert code == 2 and err.count("\n") == 1 and "FC601" in err and "internal error" not in err
    assert json.loads(out)["articles"][0]["claims"] > 0


# --- the gazetteer cache --------------------------------------------------------------------------


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    from checker.normalise import places

    folder = tmp_path / "cache"
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(folder))
    places.gazetteer.cache_clear()
    yield folder
    places.gazetteer.cache_clear()  # the next test reads the usual cache again


def _cache_path() -> Path:
    from checker.normalise import places

    return places._cache_file()


def _fresh_lookup() -> list[Any]:
    from checker.normalise import places

    places.gazetteer.cache_clear()
    return places.gazetteer().lookup("Kunduz")


def test_cache_holds_no_pickle_and_a_pickled_one_runs_nothing(cache_dir: Path, tmp_path: Path) -> None:
    import pickle

    expected = _fresh_lookup()
    path = _cache_path()
    with sqlite3.connect(path) as conn:
        (small,) = conn.execute("SELECT v FROM meta WHERE k = 'small'").fetchone()
    assert isinstance(small, str) and json.loads(small)  # plain JSON
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self) -> tuple[Any, ...]:
            return (os.system, (f"touch {marker}",))

    path.unlink()
    with sqlite3.connect(path) as conn:  # the old layout, as an attacker would write it
        conn.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v BLOB)")
        conn.execute("CREATE TABLE rows (key TEXT, name TEXT, admin1 TEXT, admin2 TEXT, cc TEXT)")
        conn.execute("INSERT INTO meta VALUES ('small', ?)", (pickle.dumps(Exploit()),))
    assert _fresh_lookup() == expected
    assert not marker.exists()


@pytest.mark.parametrize("damage", ["truncated", "garbage", "bad-json", "wrong-version", "rows-deleted"])
def test_damaged_cache_is_rebuilt(damage: str, cache_dir: Path) -> None:
    expected = _fresh_lookup()
    path = _cache_path()
    if damage == "truncated":
        path.write_bytes(path.read_bytes()[:200_000])
    elif damage == "garbage":
        path.write_bytes(os.urandom(4096))
    else:
        with sqlite3.connect(path) as conn:
            if damage == "bad-json":
                conn.execute("UPDATE meta SET v = '{\"countries\": [1]}' WHERE k = 'small'")
            elif damage == "wrong-version":
                conn.execute("UPDATE meta SET v = 'pickle-3' WHERE k = 'version'")
            else:
                conn.execute("DELETE FROM rows WHERE rowid % 2 = 0")
    assert _fresh_lookup() == expected
    assert _fresh_lookup() == expected  # and the rebuilt file is good
    assert [p.name for p in cache_dir.iterdir()] == [path.name]


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_cache_path_that_is_no_file_neither_hangs_nor_litters(kind: str, cache_dir: Path) -> None:
    _fresh_lookup()
    path = _cache_path()
    path.unlink()
    if kind == "folder":
        (path / "inside").mkdir(parents=True)
    else:
        os.mkfifo(path)
    assert _fresh_lookup()
    code, out, err = run("check", "--format", "json", str(GOOD))
    assert code in (0, 1) and not err
    leftovers = [p.name for p in cache_dir.iterdir() if p.name != path.name]
    assert leftovers == []


# --- configuration, baseline, options, --output ---------------------------------------------------

HOSTILE_FILES: dict[str, bytes] = {
    "not-utf8": b"\xff\xfeselect = []\n",
    "deep": b"x = " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
    "huge-int": b"quote-cutoff = " + b"9" * 5000 + b"\n",
    "utf32": "select = []\n".encode("utf-32"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
def test_hostile_config_is_a_usage_error_naming_it(case: str, tmp_path: Path) -> None:
    cfg = tmp_path / "checker.toml"
    cfg.write_bytes(HOSTILE_FILES[case])
    code, _, err = run("check", "--config", str(cfg), str(GOOD))
    assert code == 2 and err.startswith(f"checker: usage error: {cfg}: ") and err.count("\n") == 1, err


@pytest.mark.parametrize("case", ["not-utf8", "deep", "huge-int", "fifo", "folder"])
def test_hostile_baseline_is_a_usage_error_naming_it(case: str, tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    content = {"not-utf8": b"\xff\xfe{}", "deep": b"[" * 100_000 + b"]" * 100_000,
               "huge-int": b'{"findings": [' + b"9" * 5000 + b"]}"}
    if case == "fifo":
        os.mkfifo(base)
    elif case == "folder":
        base.mkdir()
    else:
        base.write_bytes(content[case])
    code, _, err = run("check", "--baseline", str(base), str(GOOD))
    assert code == 2 and err.startswith(f"checker: usage error: {base}: ") and err.count("\n") == 1, err


@pytest.mark.parametrize("value", ["0", "-5", "ten", "1e3"])
def test_max_bytes_must_be_positive(value: str) -> None:
    code, out, err = run("check", "--max-bytes", value, str(GOOD))
    assert code == 2 and "usage error" in err and "--max-bytes" in err and not out


def test_output_is_never_left_empty_or_half_written(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text("previous report\n")
    bad_base = tmp_path / "baseline.json"
    bad_base.write_text("[" * 100_000)
    code, _, _ = run("check", "--output", str(report), "--baseline", str(bad_base), str(GOOD))
    assert code == 2 and report.read_text() == "previous report\n"
    code, _, _ = run("check", "--format", "json", "--output", str(report), str(GOOD))
    assert code in (0, 1) and json.loads(report.read_text())["articles"][0]["status"] == "ok"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baseline.json", "report.json"]


def test_output_into_a_missing_folder_is_one_error(tmp_path: Path) -> None:
    code, _, err = run("check", "--output", str(tmp_path / "no" / "report.txt"), str(GOOD))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err and "internal error" not in err


# --- hypothesis: random cluster folders ----------------------------------------------------------

NAME_CHARS = st.sampled_from(list("abcXYZ019-_ .é\n\t\x1b:%,") + ["\u202e", "\u2028"])
names = st.builds(lambda stem, ext: stem + ext, st.text(NAME_CHARS, min_size=1, max_size=12).filter(
    lambda s: s.strip(". ") and "/" not in s), st.sampled_from([".txt", ".md", ".json", ".xml", ".html", ".htm"]))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.sampled_from(["good.txt", "2020-03-04"]),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["file", "id", "published", "source", "articles", "headline", "body_text",
                                       "body_html", "bodies", "value"]), inner, max_size=4),
    max_leaves=15,
)
xml_snippets = st.sampled_from([
    "<newsItem><contentSet><inlineXML><p>Ten killed</p></inlineXML></contentSet></newsItem>",
    "<newsItem><contentSet>", '<!DOCTYPE x [<!ENTITY e "x">]><x>&e;</x>', "<html><p>x<![foo]>y</p></html>",
    "<rss><item>x</item></rss>", "\x00<x/>",
])
contents = st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    xml_snippets.map(str.encode),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.just(SEED_TEXT.encode("utf-16")),
)
manifests = st.one_of(
    st.none(),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.lists(st.fixed_dictionaries({"file": names | st.text(max_size=10), "id": st.text(max_size=6) | st.none(),
                                    "published": st.sampled_from([None, "2020-03-04", "0001-01-01", "9999-12-31",
                                                                  "2020-02-30", 20200304])}),
             max_size=4).map(lambda es: json.dumps({"articles": [{"file": "good.txt", "id": "good"}, *es]}).encode()),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(files=st.dictionaries(names, contents, max_size=5), manifest_doc=manifests, fmt=st.sampled_from(FORMATS))
def test_random_cluster_folders_keep_the_promise(
    files: dict[str, bytes], manifest_doc: bytes | None, fmt: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("random") / "cluster"
    folder.mkdir()
    shutil.copy(GOOD, folder / "good.txt")
    for name, content in files.items():
        if name != "good.txt":
            (folder / name).write_bytes(content)
    if manifest_doc is not None:
        (folder / "manifest.json").write_bytes(manifest_doc)
    code, out, err = run("check", "--format", fmt, str(folder))
    assert "Traceback" not in err and "internal error" not in err, err
    lines = err.splitlines()
    assert all(ln.startswith("checker: error: ") for ln in lines), lines
    assert code == (2 if lines else code) and code in (0, 1, 2)
    assert_parses(fmt, out)
    code, out, err = run("check", "--format", "json", str(folder))
    rep = json.loads(out)
    errors = [a for a in rep["articles"] if a["status"] == "error"]
    assert len(err.splitlines()) == len(errors) and (code == 2) == bool(errors)
    good = [a for a in rep["articles"] if a["path"].endswith("good.txt") and a["status"] == "ok"]
    assert good and good[0]["claims"] > 0
