"""Paths to articles: files, cluster folders and their ``manifest.json``.

Nothing is dropped silently: every input that fails becomes an ``Article`` with status "error" and
an ``InputError`` naming the file and the problem, while the readable ones load normally.

Inputs are hostile until read: a symlink or manifest path that leads out of its cluster folder is refused
here, and each file is read in ``files.py``, which opens only regular files and enforces the size limit while
reading.
"""

from __future__ import annotations

import json
import os
from typing import Any

from pydantic import ValidationError

from checker.display import has_surrogates
from checker.inputs.errors import InputError
from checker.inputs.files import DEFAULT_MAX_BYTES, STDIN, LoadResult, ManifestEntry, load_file, load_stdin, read_bytes
from checker.inputs.plaintext import decode
from checker.models import Article

ARTICLE_SUFFIXES = (".txt", ".md", ".json", ".xml", ".html", ".htm")
NOT_ARTICLES = ("gold.json", "claims.gold.json", "expected.json", "manifest.json")


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
