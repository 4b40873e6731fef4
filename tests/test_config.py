"""Configuration files: [tool.checker] in pyproject.toml, checker.toml, --config PATH."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from checker.cli import main
from checker.config import Config, ConfigError, discover, load
from tests.conftest import SEED

JSONReport = dict[str, Any]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def baseline_report() -> JSONReport:
    return json.loads(run("check", "--format", "json", "--fail-on", "never", str(SEED))[1])


def test_severity_override_and_fail_on_change_the_verdict(tmp_path: Path, baseline_report: JSONReport) -> None:
    errors = sorted({f["rule"] for f in baseline_report["findings"] if f["severity"] == "error"})
    assert errors, "the seed cluster should have error findings"
    table = ", ".join(f'{code} = "info"' for code in errors)
    cfg = tmp_path / "checker.toml"
    cfg.write_text(f'fail-on = "error"\nseverity = {{ {table} }}\n', encoding="utf-8")
    plain = run("check", str(SEED))
    assert plain[0] == 1
    code, out, err = run("check", "--config", str(cfg), "--format", "json", str(SEED))
    report = json.loads(out)
    assert code == 0, err  # no error left: every error rule was turned into info
    assert report["summary"]["findings"]["error"] == 0
    assert all(f["severity"] == "info" for f in report["findings"] if f["rule"] in errors)
    # the command line overrides the file
    assert run("check", "--config", str(cfg), "--fail-on", "info", str(SEED))[0] == 1


def test_select_ignore_from_pyproject_in_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, baseline_report: JSONReport
) -> None:
    rules = sorted({f["rule"] for f in baseline_report["findings"]})
    assert len(rules) >= 2
    (tmp_path / "pyproject.toml").write_text(
        f'[project]\nname = "x"\n\n[tool.checker]\nselect = {json.dumps(rules[:2])}\nignore = ["{rules[1]}"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    _code, out, _err = run("check", "--format", "json", "--fail-on", "never", str(SEED))
    assert {f["rule"] for f in json.loads(out)["findings"]} == {rules[0]}
    # --select on the command line replaces the file's select (the file's ignore still applies)
    other = rules[2 % len(rules)]
    _code, out, _err = run("check", "--format", "json", "--fail-on", "never", "--select", other, str(SEED))
    assert {f["rule"] for f in json.loads(out)["findings"]} <= {other}


def test_checker_toml_wins_over_pyproject_and_thresholds_reach_settings(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.checker]\nname-cutoff = 50\n', encoding="utf-8")
    (tmp_path / "checker.toml").write_text("quote_cutoff = 70\nnumeric-tolerance = 0.25\n", encoding="utf-8")
    cfg = discover(tmp_path)
    settings = cfg.settings()
    assert (settings.quote_cutoff, settings.numeric_tolerance, settings.name_cutoff) == (70, 0.25, 80)
    assert discover(tmp_path / "nowhere") == Config()


def test_thresholds_reach_the_rules_context(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from checker import engine

    seen = []
    real = engine.Context

    def spy(extractions, settings):  # type: ignore[no-untyped-def]
        seen.append(settings)
        return real(extractions, settings)

    monkeypatch.setattr(engine, "Context", spy)
    cfg = tmp_path / "checker.toml"
    cfg.write_text("numeric-tolerance = 0.5\ndate-event-cutoff = 90\n", encoding="utf-8")
    run("check", "--config", str(cfg), "--fail-on", "never", str(SEED))
    assert seen and (seen[0].numeric_tolerance, seen[0].date_event_cutoff, seen[0].quote_cutoff) == (0.5, 90, 85)


def test_unknown_key_is_exit_2_naming_it(tmp_path: Path) -> None:
    cfg = tmp_path / "checker.toml"
    cfg.write_text('select = ["FC101"]\nquote-cutof = 70\n', encoding="utf-8")
    code, out, err = run("check", "--config", str(cfg), str(SEED))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "quote-cutof" in err and "unknown key" in err and "Traceback" not in err


def test_unknown_key_in_pyproject_found_in_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.checker]\nfail_on = 'warning'\nfrobnicate = true\n")
    monkeypatch.chdir(tmp_path)
    code, _out, err = run("check", str(SEED))
    assert code == 2 and "frobnicate" in err and "[tool.checker]" in err


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('severity = { FC101 = "fatal" }\n', "severity.FC101"),
        ('severity = { FC999 = "info" }\n', "FC999"),
        ('fail-on = "sometimes"\n', "fail-on"),
        ("name-cutoff = 180\n", "name-cutoff"),
        ('ignore = ["XX1"]\n', "XX1"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_bad_value_is_exit_2_naming_it(tmp_path: Path, text: str, named: str) -> None:
    cfg = tmp_path / "checker.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=named.replace(".", r"\.")):
        load(cfg)
    code, _out, err = run("check", "--config", str(cfg), str(SEED))
    assert code == 2 and named in err and err.count("\n") == 1


def test_missing_config_file_is_exit_2(tmp_path: Path) -> None:
    code, _out, err = run("check", "--config", str(tmp_path / "none.toml"), str(SEED))
    assert code == 2 and "none.toml" in err


def test_the_readme_documents_every_threshold_as_declared() -> None:
    """The README's table of thresholds is the declarations' (checker/settings.py) and the rules' ``reads``."""
    from pathlib import Path

    from checker.rules import RULES
    from checker.settings import declared

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for s in declared():
        by = ", ".join(code for code, rule in sorted(RULES.items()) if s.name in rule.reads)
        row = f"| `{s.key}` | {s.default:g} | {s.low:g}-{s.high:g} | {s.doc} | {by} |"
        assert row in readme, row


def test_a_threshold_out_of_its_declared_bounds_names_the_key() -> None:
    from checker.config import parse

    with pytest.raises(ConfigError, match="numeric-tolerance"):
        parse({"numeric-tolerance": 1.5})
