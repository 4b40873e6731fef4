"""The seed cluster: its golden report, and its score against the client's gold file."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEED, SHARED
from tests.golden import GOLDEN_CLUSTERS, report_json


@pytest.mark.parametrize("cluster", GOLDEN_CLUSTERS)
def test_report_matches_golden_file(cluster: str) -> None:
    expected = (ROOT / "fixtures" / cluster / "expected.json").read_text(encoding="utf-8")
    assert report_json(cluster) == expected, "report changed: run `make golden` if the change is intended"


def test_same_input_gives_same_bytes() -> None:
    assert report_json("afghanistan-2020-03") == report_json("afghanistan-2020-03")


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="../shared not beside the checkout")
def test_seed_cluster_scores_full_recall_and_no_false_alarm(tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "report.json"
    report.write_text(report_json("afghanistan-2020-03"), encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score.py"),
            "--min-severity",
            "warning",
            "--cluster",
            str(SEED),
            "--gold",
            str(SHARED / "gold" / "afghanistan-2020-03.json"),
            "--report",
            str(report),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    result = json.loads(out.stdout[: out.stdout.rindex("}") + 1])
    assert result["recall"] == 1.0, result["missed"]
    assert not result["false_alarms_on_consistent"]
    assert result["precision"] >= 0.8


def test_seed_toll_and_jurisdiction_findings_are_errors(seed_outcome) -> None:  # type: ignore[no-untyped-def]
    errors = {f.rule for f in seed_outcome.report.findings if f.severity == "error"}
    assert {"FC101", "FC401"} <= errors


def test_evidence_text_is_the_article_slice(seed_outcome) -> None:  # type: ignore[no-untyped-def]
    texts = {a.id: a.text for a in seed_outcome.loaded.articles}
    for f in seed_outcome.report.findings:
        for ev in f.evidence:
            assert texts[ev.article][ev.start : ev.end] == ev.text
