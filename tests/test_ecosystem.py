"""The pre-commit hook and the CI example run commands the checker has."""

from __future__ import annotations

import shlex

import yaml

from checker.cli import FORMATS, build_parser
from tests.conftest import ROOT


def test_pre_commit_hook_runs_the_check_command() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "checker" and hook["entry"] == "checker check" and hook["pass_filenames"]
    build_parser().parse_args([*shlex.split(hook["entry"])[1:], "a.txt"])  # the entry parses as a command line


def test_actions_example_uses_formats_the_checker_writes() -> None:
    workflow = yaml.safe_load((ROOT / "examples" / "github-actions.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["check"]["steps"]
    runs = [step["run"] for step in steps if "checker check" in step.get("run", "")]
    assert runs
    for run in runs:
        args = shlex.split(run.replace('"$CLUSTER"', "wire"))[1:]
        parsed = build_parser().parse_args(args)
        assert parsed.format in FORMATS
