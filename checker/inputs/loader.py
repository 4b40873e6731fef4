"""Paths to articles: files, cluster folders and their ``manifest.json``.

Nothing is dropped silently: every input that fails becomes an ``Article`` with status "error" and
an ``InputError`` naming the file and the problem, while the readable ones load normally.

Inputs are hostile until read: only regular files are opened (a FIFO would block for ever, a link to
``/dev/zero`` never ends), the size limit is enforced while reading rather than trusted from ``stat``,
and a symlink or manifest path that leads out of its cluster folder is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from checker.display import displayable, has_surrogates, replace_surrogates
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
ARTICLE_SUFFIXES = (".txt", ".md", ".json", ".xml", ".html", ".htm")
NOT_ARTICLES = ("gold.json", "claims.gold.json", "expected.json", "manifest.json")


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


def _inside(root: str, path: str) -> bool:
    """Whether ``path``, links followed, is inside the folder whose real path is ``root``."""
    return os.path.realpath(path).startswith(root.rstrip(os.sep) + os.sep)


def _stem(name: str) -> str:
    return os.path.splitext(os.path.basename(name))[0]


def _read_manifest(result: LoadResult, folder: str, manifest_path: str, max_bytes: int) -> list[Any] | None:
    """The manifest's ``articles`` list, or None after one error line naming the manifest."""
    name = os.path.basename(os.path.normpath(folder))
    try:
        if not _inside(os.path.realpath(folder), manifest_path):
            raise InputError(manifest_path, "leads outside its folder; refused")
        doc = json.loads(decode(manifest_path, read_bytes(manifest_path, max_bytes)))
    except InputError as exc:
        problem = exc.problem
    except json.JSONDecodeError as exc:
        problem = f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    except RecursionError:
        problem = "nested too deeply"
    except ValueError:  # an integer over Python's 4,300-digit conversion limit
        problem = "a number too long to read"
    else:
        if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
            return doc["articles"]
        problem = "want an object with an 'articles' list"
    result.fail(name, manifest_path, f"bad manifest: {problem}")
    return None


def _entry_problem(raw: object) -> str | None:
    """Why one manifest entry cannot be used, or None: each entry stands or falls on its own."""
    if not isinstance(raw, dict):
        return f"manifest entry is a JSON {type(raw).__name__}, not an object"
    try:
        ManifestEntry.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        return f"manifest: {'.'.join(str(p) for p in first['loc']) or 'entry'}: {first['msg']}"
    for key in ("file", "id", "source", "published"):
        value = raw.get(key)
        if isinstance(value, str) and ("\x00" in value or has_surrogates(value)):
            return f"manifest: {key} holds a NUL character or a lone surrogate; refused"
    return None


def _plain(value: object) -> str | None:
    """A manifest string safe to use as a name: no NUL, no lone surrogate."""
    if isinstance(value, str) and value and "\x00" not in value and not has_surrogates(value):
        return value
    return None


def _entry_names(folder: str, raw: object, i: int, manifest_path: str) -> tuple[str, str]:
    """The id and path to name a manifest entry by, even a broken one."""
    entry = raw if isinstance(raw, dict) else {}
    file, given = _plain(entry.get("file")), _plain(entry.get("id"))
    path = os.path.join(folder, file) if file else f"{manifest_path} (articles[{i}])"
    return given or (_stem(file) if file else f"articles[{i}]"), path


def load_manifest(result: LoadResult, folder: str, manifest_path: str, max_bytes: int) -> None:
    entries = _read_manifest(result, folder, manifest_path, max_bytes)
    if entries is None:  # the files are still checked, by their own names
        load_listing(result, folder, max_bytes, set())
        return
    root = os.path.realpath(folder)
    listed: set[str] = set()
    for i, raw in enumerate(entries):
        article_id, path = _entry_names(folder, raw, i, manifest_path)
        listed.add(os.path.normpath(path))  # named, even by a broken entry: reported once, not loaded again
        problem = _entry_problem(raw)
        if problem is not None:
            result.fail(article_id, path, problem)
            continue
        entry = ManifestEntry.model_validate(raw)
        if os.path.isabs(entry.file) or not _inside(root, path):
            result.fail(article_id, path, "manifest names a path outside its folder; refused")
        elif not os.path.lexists(path):
            result.fail(article_id, path, "named in manifest.json but missing")
        else:
            load_file(result, path, article_id, entry, max_bytes)
    # an article file the manifest forgot is still an article: checked under its own name
    load_listing(result, folder, max_bytes, listed)


def article_names(folder: str) -> list[str]:
    return sorted(
        n
        for n in os.listdir(folder)
        if n.lower().endswith(ARTICLE_SUFFIXES) and not n.startswith(".") and n not in NOT_ARTICLES
    )


def load_listing(result: LoadResult, folder: str, max_bytes: int, listed: set[str]) -> int:
    """Every article file in ``folder`` not in ``listed``; a link that leads out of the folder is refused."""
    root = os.path.realpath(folder)
    count = 0
    for name in article_names(folder):
        path = os.path.join(folder, name)
        if os.path.normpath(path) in listed:
            continue
        count += 1
        if not _inside(root, path):
            result.fail(_stem(name), path, "a link to a path outside its folder; refused")
        else:
            load_file(result, path, _stem(name), None, max_bytes)
    return count


def load_folder(result: LoadResult, folder: str, max_bytes: int) -> None:
    manifest_path = os.path.join(folder, "manifest.json")
    if os.path.lexists(manifest_path):
        load_manifest(result, folder, manifest_path, max_bytes)
    elif not load_listing(result, folder, max_bytes, set()):
        result.fail(os.path.basename(os.path.normpath(folder)), folder, "folder holds no articles")


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


def load_paths(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
    """Load every path (file or cluster folder). Duplicate ids are refused after the first."""
    result = LoadResult()
    for path in paths:
        try:
            if path == STDIN:
                load_stdin(result, max_bytes)
            elif os.path.isdir(path):
                load_folder(result, path, max_bytes)
            elif os.path.lexists(path):
                load_file(result, path, _stem(path), None, max_bytes)
            else:
                result.fail(os.path.basename(path) or path, path, "no such file or folder")
        except OSError as exc:  # a folder that cannot be listed
            result.fail(os.path.basename(os.path.normpath(path)) or path, path, exc.strerror or str(exc))
        except ValueError:  # a NUL in a path given on the command line
            result.fail("(bad path)", path.replace("\x00", "\\0"), "path holds a NUL character; refused")
    seen: set[str] = set()
    for i, art in enumerate(result.articles):
        if art.status != "ok":
            continue  # only an article that loaded claims its id: a missing file leaves it free
        if art.id in seen:
            problem = f"duplicate article id {art.id!r}; only the first is checked"
            result.errors.append(InputError(art.path, problem))
            result.articles[i] = Article(id=art.id, path=art.path, status="error", error=problem)
        seen.add(art.id)
    return result
