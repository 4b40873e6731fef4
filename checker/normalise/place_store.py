"""The built gazetteer kept on disk between runs, as one SQLite file.

Building the gazetteer from its sources takes about a second; unpickling all 144k GeoNames rows took
0.4 s, a third of a cold ``checker check``. So the rows stay on disk in an indexed table and each
name is read when an article asks for it (a cluster asks for a few hundred), while the small part
(countries and divisions, about 0.5 MB) is one pickled blob read at open.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
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


def save(path: Path, small: dict[str, Any], rows: PlaceRows) -> None:
    """Write the cache atomically: a reader sees the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v BLOB)")
        conn.execute("CREATE TABLE rows (key TEXT, name TEXT, admin1 TEXT, admin2 TEXT, cc TEXT)")
        conn.execute("INSERT INTO meta VALUES ('small', ?)", (pickle.dumps(small, protocol=pickle.HIGHEST_PROTOCOL),))
        conn.executemany(
            "INSERT INTO rows VALUES (?, ?, ?, ?, ?)", ((k, *row) for k, found in rows.items() for row in found)
        )
        conn.execute("CREATE INDEX rows_key ON rows (key)")
        conn.commit()
    finally:
        conn.close()
    os.replace(tmp, path)


def load(path: Path) -> tuple[dict[str, Any], PlaceRows]:
    """The small part and the on-disk rows; raises if the file is missing or not a cache."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        (blob,) = conn.execute("SELECT v FROM meta WHERE k = 'small'").fetchone()
        conn.execute("SELECT 1 FROM rows LIMIT 1").fetchall()
        small = pickle.loads(blob)
    except Exception:
        conn.close()
        raise
    if not isinstance(small, dict):
        conn.close()
        raise ValueError(f"{path}: not a gazetteer cache")
    return small, PlaceRows(conn=conn)
