"""bench/run.py's scaled-cluster builder: N distinct articles plus a manifest. No timing is asserted."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_bench() -> ModuleType:
    name = "bench_run"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_build_scaled_cluster_writes_distinct_articles(tmp_path: Path) -> None:
    bench = load_bench()
    n = 120  # more than the fixture pool, so edited copies are needed
    folder = bench.build_scaled_cluster(tmp_path / "scaled", n)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    entries = manifest["articles"]
    assert len(entries) == n
    assert len({e["id"] for e in entries}) == n
    texts = [(folder / e["file"]).read_text(encoding="utf-8") for e in entries]
    assert all(t.strip() for t in texts)
    assert len(set(texts)) == n
    assert sorted(p.name for p in folder.glob("*.txt")) == sorted(e["file"] for e in entries)


def test_scaled_cluster_loads_cleanly(tmp_path: Path) -> None:
    from checker.inputs import load_paths

    bench = load_bench()
    folder = bench.build_scaled_cluster(tmp_path / "scaled", 7)
    loaded = load_paths([str(folder)])
    assert len(loaded.articles) == 7
    assert not loaded.errors
