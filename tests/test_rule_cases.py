"""One generic runner for every rule's pass/fail cases in tests/cases/rules.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.engine import check
from checker.rules import RULES
from tests.conftest import write_cluster

CASES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "rules.yaml").read_text(encoding="utf-8")
)
PARAMS = [pytest.param(code, case, id=f"{code}-{case['name']}") for code, cases in CASES.items() for case in cases]


def test_cases_name_only_known_rules() -> None:
    assert set(CASES) <= set(RULES)


@pytest.mark.parametrize(("code", "case"), PARAMS)
def test_rule_case(code: str, case: dict[str, Any], tmp_path: Path) -> None:
    folder = write_cluster(tmp_path / "cluster", case["articles"])
    # the rule alone (as `--select CODE` runs it): rules never depend on each other
    found = [f for f in check([str(folder)], select=[code]).report.findings if f.rule == code]
    if case["fires"]:
        assert found, f"{code} should report: {case['name']}"
        if "severity" in case:  # how loudly: a weak match is a note, not a warning
            assert {f.severity for f in found} == {case["severity"]}, [f.message for f in found]
        if "says" in case:  # what the editor reads: each side told once, in plain words
            assert any(case["says"] in f.message for f in found), [f.message for f in found]
        if "cites" in case:  # the evidence: each of these words stands among the finding's cited words
            cited = [e.text for f in found for e in f.evidence]
            assert all(any(words in text for text in cited) for words in case["cites"]), cited
    else:
        assert not found, f"{code} should stay silent: {[f.message for f in found]}"


def test_every_rule_reports_alone_what_it_reports_among_all() -> None:
    """`--select FC102` gives the updates FC101's comparison finds: no rule's findings come from another."""
    from tests.conftest import ROOT

    cluster = str(ROOT / "fixtures" / "plant-explosion-2025-07")
    every = check([cluster]).report.findings
    assert any(f.rule == "FC102" for f in every)
    for code in sorted({f.rule for f in every}):
        alone = check([cluster], select=[code]).report.findings
        assert [f.id for f in alone] == [f.id for f in every if f.rule == code], code
