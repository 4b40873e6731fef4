"""Shared helpers: write a small cluster from data and run the checker on it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "afghanistan-2020-03"
SHARED = ROOT.parent / "shared"


def write_cluster(folder: Path, articles: list[dict[str, Any]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for art in articles:
        name = f"{art['id']}.txt"
        (folder / name).write_text(art["text"], encoding="utf-8")
        entries.append({"file": name, "id": art["id"], "published": art.get("published"), "source": None})
    (folder / "manifest.json").write_text(json.dumps({"cluster": folder.name, "articles": entries}), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def seed_outcome():  # type: ignore[no-untyped-def]
    from checker.engine import check

    return check([str(SEED)])
