"""Paths to articles: files, cluster folders and their ``manifest.json``.

Nothing is dropped silently: every input that fails becomes an ``Article`` with status "error" and
an ``InputError`` naming the file and the problem, while the readable ones load normally.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, ValidationError

from checker.inputs.errors import InputError
from checker.inputs.html_page import read_html, read_markdown
from checker.inputs.newsml import read_newsml
from checker.inputs.ninjs import read_ninjs
from checker.inputs.plaintext import Parsed, decode, parse_text
from checker.models import Article

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

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


class ManifestEntry(BaseModel):
    model_config = ConfigDict(extra="allow")
    file: str
    id: str | None = None
    published: str | None = None
    source: str | None = None


class Manifest(BaseModel):
    model_config = ConfigDict(extra="allow")
    cluster: str | None = None
    articles: list[ManifestEntry]


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    def fail(self, article_id: str, path: str, problem: str) -> None:
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
        raise ValueError(f"bad publication date {value!r} (want YYYY-MM-DD or ISO datetime)") from None


def load_file(result: LoadResult, path: str, article_id: str, meta: ManifestEntry | None, max_bytes: int) -> None:
    suffix = os.path.splitext(path)[1].lower()
    reader = READERS.get(suffix)
    try:
        if reader is None:
            raise InputError(path, f"unsupported file type {suffix or '(none)'}")
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(path, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")
        with open(path, "rb") as fh:
            parsed = reader(path, fh.read())
        published, published_at = parsed.published, None
        if meta is not None and meta.published:
            try:
                published, published_at = parse_published(meta.published)
            except ValueError as exc:
                raise InputError(path, f"manifest: {exc}") from None
    except InputError as exc:
        result.fail(article_id, path, exc.problem)
        return
    except OSError as exc:
        result.fail(article_id, path, exc.strerror or str(exc))
        return
    result.articles.append(
        Article(
            id=article_id,
            path=path,
            title=parsed.title,
            published=published,
            published_at=published_at,
            source=meta.source if meta else None,
            text=parsed.text,
            body_start=parsed.body_start,
        )
    )


def load_manifest(result: LoadResult, folder: str, manifest_path: str, max_bytes: int) -> None:
    try:
        with open(manifest_path, "rb") as fh:
            manifest = Manifest.model_validate(json.loads(decode(manifest_path, fh.read())))
    except (json.JSONDecodeError, ValidationError) as exc:
        first = (
            str(exc).splitlines()[0]
            if isinstance(exc, json.JSONDecodeError)
            else (f"{'.'.join(str(p) for p in exc.errors()[0]['loc'])}: {exc.errors()[0]['msg']}")
        )
        result.fail(os.path.basename(folder), manifest_path, f"bad manifest: {first}")
        return
    except InputError as exc:
        result.fail(os.path.basename(folder), manifest_path, f"bad manifest: {exc.problem}")
        return
    root = os.path.realpath(folder)
    for entry in manifest.articles:
        path = os.path.join(folder, entry.file)
        article_id = entry.id or os.path.splitext(os.path.basename(entry.file))[0]
        if os.path.isabs(entry.file) or not os.path.realpath(path).startswith(root + os.sep):
            result.fail(article_id, path, "manifest names a path outside its folder; refused")
        elif not os.path.isfile(path):
            result.fail(article_id, path, "named in manifest.json but missing")
        else:
            load_file(result, path, article_id, entry, max_bytes)


def load_folder(result: LoadResult, folder: str, max_bytes: int) -> None:
    manifest_path = os.path.join(folder, "manifest.json")
    if os.path.isfile(manifest_path):
        load_manifest(result, folder, manifest_path, max_bytes)
        return
    names = sorted(
        n
        for n in os.listdir(folder)
        if n.lower().endswith(ARTICLE_SUFFIXES)
        and not n.startswith(".")
        and n not in ("gold.json", "claims.gold.json", "expected.json")
    )
    if not names:
        result.fail(os.path.basename(os.path.normpath(folder)), folder, "folder holds no articles")
    for name in names:
        load_file(result, os.path.join(folder, name), os.path.splitext(name)[0], None, max_bytes)


def load_paths(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
    """Load every path (file or cluster folder). Duplicate ids are refused after the first."""
    result = LoadResult()
    for path in paths:
        if os.path.isdir(path):
            load_folder(result, path, max_bytes)
        elif os.path.isfile(path):
            load_file(result, path, os.path.splitext(os.path.basename(path))[0], None, max_bytes)
        else:
            result.fail(os.path.basename(path) or path, path, "no such file or folder")
    seen: set[str] = set()
    for i, art in enumerate(result.articles):
        if art.id in seen and art.status == "ok":
            problem = f"duplicate article id {art.id!r}; only the first is checked"
            result.errors.append(InputError(art.path, problem))
            result.articles[i] = Article(id=art.id, path=art.path, status="error", error=problem)
        seen.add(art.id)
    return result
