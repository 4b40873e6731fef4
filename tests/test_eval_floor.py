"""No fixture cluster may fall below the figures it has reached (fixtures/eval_floor.json).

Raise a floor when a change improves a cluster; lowering one needs a reason in the commit message.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, SHARED

FLOOR = json.loads((ROOT / "fixtures" / "eval_floor.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def result() -> dict:  # type: ignore[type-arg]
    from evaluation.dev import evaluate

    clusters = sorted(p for p in (ROOT / "fixtures").iterdir() if p.is_dir())
    return evaluate(clusters)


pytestmark = pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="the scorer is in ../shared")


@pytest.mark.parametrize("cluster", sorted(FLOOR["clusters"]))
def test_cluster_keeps_its_recall_and_precision(result: dict, cluster: str) -> None:  # type: ignore[type-arg]
    got, floor = result["clusters"][cluster], FLOOR["clusters"][cluster]
    assert got["recall"] >= floor["recall"], f"{cluster} recall fell: missed {got['missed']}"
    assert got["precision"] >= floor["precision"], f"{cluster} precision fell"


def test_no_false_alarm_on_consistent_facts(result: dict) -> None:  # type: ignore[type-arg]
    assert result["overall"]["false_alarms"] == 0


@pytest.mark.parametrize("kind", ["count", "date"])
def test_extraction_value_accuracy_holds(result: dict, kind: str) -> None:  # type: ignore[type-arg]
    assert result["extraction_overall"][kind]["value_accuracy"] >= FLOOR["extraction_value_accuracy"][kind]
