"""The built gazetteer kept on disk between runs, as one SQLite file.

Building the gazetteer from its sources takes about a second; unpickling all 144k GeoNames rows took
0.4 s, a third of a cold ``checker check``. So the rows stay on disk in an indexed table and each
name is read when an article asks for it (a cluster asks for a few hundred), while the small part
(countries and divisions, about 0.5 MB) is one JSON document read at open.

The cache directory may be shared (a CI cache) and so written by others: nothing in the file can run
code (JSON and plain rows, never pickle), every part is checked on open (format version, tables, row
count) and any doubt means a rebuild, and a path that is not a regular file is never opened (a FIFO
would block sqlite for ever).
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Row = tuple[str, str, str, str]  # (name, admin1, admin2, country code) as GeoNames spells them


class PlaceRows:
    """GeoNames rows by place key: a dict while building, the SQLite table once cached."""

    def __init__(self, rows: dict[str, list[Row]] | None = None, conn: sqlite3.Connection | None = None) -> None:
        self._rows: dict[str, tuple[Row, ...]] = {k: tuple(v) for k, v in (rows or {}).items()}
        self._conn = conn
        self._known: set[str] = set(self._rows) if conn is None else set()

    def get(self, key: str, default: Iterable[Row] = ()) -> tuple[Row, ...]:
        if key not in self._rows and self._conn is not None:
            found = self._conn.execute("SELECT name, admin1, admin2, cc FROM rows WHERE key = ?", (key,)).fetchall()
            self._rows[key] = tuple(found)  # absent names are remembered too: a cluster repeats its names
            if found:
                self._known.add(key)
        return self._rows.get(key) or tuple(default)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        if key not in self._rows:
            self.get(key)
        return key in self._known

    def items(self) -> Iterable[tuple[str, tuple[Row, ...]]]:
        """Every row; only for building, when the rows are in memory."""
        return self._rows.items()

    def __getstate__(self) -> dict[str, Any]:
        raise TypeError("PlaceRows is stored with save(), not pickled")


STORE_VERSION = "json-1"


class CacheError(ValueError):
    """The file is not a usable cache: rebuild it."""


def _write(conn: sqlite3.Connection, small: dict[str, Any], rows: PlaceRows) -> None:
    flat = [(k, *row) for k, found in rows.items() for row in found]
    conn.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT)")
    conn.execute("CREATE TABLE rows (key TEXT, name TEXT, admin1 TEXT, admin2 TEXT, cc TEXT)")
    meta = {"version": STORE_VERSION, "small": json.dumps(small, ensure_ascii=False), "rows": str(len(flat))}
    conn.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
    conn.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?)", flat)
    conn.execute("CREATE INDEX rows_key ON rows (key)")
    conn.commit()


def save(path: Path, small: dict[str, Any], rows: PlaceRows) -> None:
    """Write the cache atomically: a reader sees the old file or the whole new one, and a failed write
    (a full disk, a cache path that is a folder) leaves no temporary file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(name)
        try:
            _write(conn, small, rows)
        finally:
            conn.close()
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"meta", "rows"} <= tables:
        raise CacheError("tables missing")
    meta = {k: v for k, v in conn.execute("SELECT k, v FROM meta") if isinstance(k, str) and isinstance(v, str)}
    if meta.get("version") != STORE_VERSION:
        raise CacheError("another format version")
    (count,) = conn.execute("SELECT COUNT(*) FROM rows").fetchone()
    if str(count) != meta.get("rows"):  # a truncated or damaged file would fail later, mid-look-up
        raise CacheError("row count does not match")
    return meta


def load(path: Path) -> tuple[dict[str, Any], PlaceRows]:
    """The small part (JSON, for the caller to validate) and the on-disk rows; raises if not a good cache."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise CacheError(f"{path}: not a regular file")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        small = json.loads(_meta(conn)["small"])
        if not isinstance(small, dict):
            raise CacheError("small part is not an object")
    except Exception:
        conn.close()
        raise
    return small, PlaceRows(conn=conn)
