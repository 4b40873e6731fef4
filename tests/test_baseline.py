"""Baselines: `baseline write` then `check --baseline` accepts today's findings; stale entries show up."""
from __future__ import annotations

import io
import json
from pathlib import Path

from tests.conftest import SEED


def test_baseline_write_then_check_exits_0_and_lists_stale(tmp_path: Path) -> None:
    from checker.cli import main

    base = tmp_path / "baseline.json"
    out, err = io.StringIO(), io.StringIO()
    assert main(["baseline", "write", str(base), str(SEED)], stdout=out, stderr=err) == 0, err.getvalue()
    recorded = json.loads(base.read_text(encoding="utf-8"))["findings"]
    assert recorded and all(set(r) >= {"id", "rule"} for r in recorded)

    out, err = io.StringIO(), io.StringIO()
    assert main(["check", "--baseline", str(base), "--format", "json", str(SEED)], stdout=out, stderr=err) == 0
    assert json.loads(out.getvalue())["findings"] == []
    assert "stale" not in err.getvalue()

    # an accepted finding that no longer occurs is reported, and does not fail the run by itself
    doc = json.loads(base.read_text(encoding="utf-8"))
    doc["findings"].append({"id": "0000000000000000", "rule": "FC101", "subject": "gone"})
    base.write_text(json.dumps(doc), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", "--baseline", str(base), str(SEED)], stdout=out, stderr=err) == 0
    assert "stale entry 0000000000000000 FC101 gone" in err.getvalue()


def test_baseline_bad_file_is_a_usage_error(tmp_path: Path) -> None:
    from checker.cli import main

    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    err = io.StringIO()
    assert main(["check", "--baseline", str(bad), str(SEED)], stdout=io.StringIO(), stderr=err) == 2
    assert "bad.json" in err.getvalue() and "Traceback" not in err.getvalue()
    err = io.StringIO()
    missing = str(tmp_path / "missing.json")
    assert main(["check", "--baseline", missing, str(SEED)], stdout=io.StringIO(), stderr=err) == 2
