"""The readers' source maps (``checker.inputs.sourcemap``) and ``positions.place``, piece by piece.

The end-to-end cases (every input format through the command line) are in ``test_positions.py``; here,
each step on its own, and hypothesis checks that whatever the markup, every stretch a reader calls exact
is the file's own characters at the line and column it names.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.inputs import sourcemap
from checker.models import Article, Evidence, Segment
from checker.report.positions import evidence_span, place


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
