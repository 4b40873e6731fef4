"""One article read into an ``Article``: a file, by the reader its suffix names, with what a manifest entry says
of it, or standard input; ``LoadResult`` collects the articles and every failure.

Inputs are hostile until read: only regular files are opened (a FIFO would block for ever, a link to
``/dev/zero`` never ends), and the size limit is enforced while reading rather than trusted from ``stat``.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from checker.display import displayable, replace_surrogates
from checker.inputs.errors import InputError
from checker.inputs.html_page import read_html, read_markdown
from checker.inputs.newsml import read_newsml
from checker.inputs.ninjs import read_ninjs
from checker.inputs.plaintext import Parsed, decode, parse_text
from checker.models import Article

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
READ_CHUNK = 1 << 20

Reader = Callable[[str, bytes], Parsed]


def read_plain(path: str, raw: bytes) -> Parsed:
    return parse_text(path, decode(path, raw))


# Suffix -> reader. Other formats (ninjs, NewsML-G2, HTML) register here.
READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".md": read_markdown,
    ".json": read_ninjs,
    ".xml": read_newsml,
    ".html": read_html,
    ".htm": read_html,
}


class ManifestEntry(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)
    file: str
    id: str | None = None
    published: str | None = None
    source: str | None = None


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    def fail(self, article_id: str, path: str, problem: str) -> None:
        # ids and paths may hold a file name's undecodable bytes: keep them printable from here on
        path, article_id = displayable(path), displayable(article_id)
        err = InputError(path, problem)
        self.errors.append(err)
        self.articles.append(Article(id=article_id, path=path, status="error", error=problem))


def parse_published(value: str | None) -> tuple[dt.date | None, dt.datetime | None]:
    if not value:
        return None, None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value), None
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return moment.date(), moment
    except ValueError:
        raise ValueError(f"bad publication date {value[:40]!r} (want YYYY-MM-DD or ISO datetime)") from None


def _over(path: str, size: int, max_bytes: int) -> InputError:
    return InputError(path, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; anything else is an ``InputError``.

    ``stat`` first, so a FIFO or device is never even opened; then ``O_NONBLOCK`` and ``fstat`` on the
    open file, in case the name was swapped in between; then at most ``max_bytes + 1`` bytes read, as a
    file may grow (or lie about its size) after the check.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise InputError(path, "not a regular file; refused")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, "not a regular file; refused")
        if info.st_size > max_bytes:
            raise _over(path, info.st_size, max_bytes)
        chunks: list[bytes] = []
        got = 0
        while got <= max_bytes:
            chunk = os.read(fd, min(READ_CHUNK, max_bytes + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > max_bytes:
            raise _over(path, got, max_bytes)
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    finally:
        os.close(fd)


def _clean(parsed: Parsed) -> Parsed:
    # JSON may carry lone surrogates ("\ud800"); one U+FFFD for each keeps every offset where it was
    parsed.text = replace_surrogates(parsed.text)
    parsed.title = replace_surrogates(parsed.title) if parsed.title else parsed.title
    parsed.source = replace_surrogates(parsed.source) if parsed.source else parsed.source
    return parsed


def load_file(result: LoadResult, path: str, article_id: str, meta: ManifestEntry | None, max_bytes: int) -> None:
    suffix = os.path.splitext(path)[1].lower()
    reader = READERS.get(suffix)
    try:
        if reader is None:
            raise InputError(path, f"unsupported file type {displayable(suffix) or '(none)'}")
        parsed = _clean(reader(path, read_bytes(path, max_bytes)))
        published, published_at = parsed.published, None
        if meta is not None and meta.published:
            try:
                published, published_at = parse_published(meta.published)
            except ValueError as exc:
                raise InputError(path, f"manifest: {exc}") from None
    except InputError as exc:
        result.fail(article_id, path, exc.problem)
        return
    except RecursionError:  # a reader's parser defeated by nesting (front matter, markup)
        result.fail(article_id, path, "nested too deeply to parse")
        return
    result.articles.append(
        Article(
            id=displayable(article_id),
            path=displayable(path),
            title=parsed.title,
            published=published,
            published_at=published_at,
            source=meta.source if meta is not None and meta.source else parsed.source,
            text=parsed.text,
            body_start=parsed.body_start,
            segments=parsed.segments,
        )
    )


STDIN = "-"  # the path that names standard input: one plain-text article, id "stdin"


def load_stdin(result: LoadResult, max_bytes: int) -> None:
    """Standard input as one plain-text article ("cat story.txt | checker check - wire/"), size-limited."""
    raw = sys.stdin.buffer.read(max_bytes + 1) if sys.stdin is not None else b""
    try:
        if len(raw) > max_bytes:
            raise InputError(STDIN, f"standard input is over the {max_bytes:,}-byte limit (--max-bytes)")
        parsed = _clean(read_plain(STDIN, raw))
    except InputError as exc:
        result.fail("stdin", STDIN, exc.problem)
        return
    result.articles.append(
        Article(
            id="stdin",
            path=STDIN,
            title=parsed.title,
            published=parsed.published,
            text=parsed.text,
            body_start=parsed.body_start,
        )
    )
