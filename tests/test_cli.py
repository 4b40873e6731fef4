"""The command line contract: exit codes, rules, explain."""

from __future__ import annotations

import io
import json

from checker.cli import main
from checker.rules import RULES
from tests.conftest import SEED


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_check_exits_1_on_errors_and_0_with_fail_on_never() -> None:
    assert run("check", str(SEED))[0] == 1
    assert run("check", "--fail-on", "never", str(SEED))[0] == 0


def test_json_report_lists_every_article() -> None:
    code, out, _ = run("check", "--format", "json", str(SEED))
    report = json.loads(out)
    assert code == 1
    assert [a["id"] for a in report["articles"]] == ["000", "001", "002", "003", "004"]
    assert report["summary"]["findings"]["error"] >= 2


def test_missing_path_is_one_stderr_line_and_exit_2() -> None:
    code, out, err = run("check", "--format", "json", "no/such/folder")
    assert code == 2
    assert err.count("\n") == 1 and "no/such/folder" in err and "Traceback" not in err
    assert json.loads(out)["articles"][0]["status"] == "error"


def test_unknown_option_is_a_usage_error() -> None:
    code, _out, err = run("check", "--format", "pdf", str(SEED))
    assert code == 2 and "usage error" in err


def test_rules_lists_every_rule() -> None:
    _code, out, _err = run("rules")
    for code in RULES:
        assert code in out


def test_every_rule_documents_a_disagreeing_and_a_consistent_example() -> None:
    for code, rule in RULES.items():
        doc = rule.doc()
        assert "Disagreeing" in doc and "Consistent" in doc, code
        assert run("explain", code)[0] == 0


def test_claims_prints_a_table() -> None:
    code, out, _ = run("claims", "--format", "csv", "--kind", "count", str(SEED))
    assert code == 0
    assert out.splitlines()[0].startswith("article,kind,start,end,text")
    assert "at least 10 soldiers and four police" in out


def test_claims_refuses_an_unknown_kind() -> None:
    import io

    from checker.cli import main

    err = io.StringIO()
    from tests.conftest import SEED

    assert main(["claims", "--kind", "bogus", str(SEED)], stdout=io.StringIO(), stderr=err) == 2
    assert "bogus" in err.getvalue() and "count" in err.getvalue()


def test_rules_as_json_lists_every_rule() -> None:
    import io
    import json

    from checker.cli import main
    from checker.rules import RULES

    out = io.StringIO()
    assert main(["rules", "--format", "json"], stdout=out, stderr=io.StringIO()) == 0
    rows = json.loads(out.getvalue())
    assert [r["code"] for r in rows] == sorted(RULES) and all(r["summary"] for r in rows)


def test_claims_table_leaves_a_missing_speaker_blank() -> None:
    import io

    from checker.cli import main
    from tests.conftest import SEED

    out = io.StringIO()
    main(["claims", "--kind", "count", str(SEED)], stdout=out, stderr=io.StringIO())
    assert "nan" not in out.getvalue().lower().split()


def test_standard_input_is_one_article(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io
    import json
    import sys

    from checker.cli import main
    from tests.conftest import SEED

    text = (SEED / "000_9067536681121135.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    out = io.StringIO()
    main(["check", "--format", "json", "--fail-on", "never", "-", str(SEED / "001_86b4eb2e457cab79.txt")],
         stdout=out, stderr=io.StringIO())
    articles = {a["id"]: a for a in json.loads(out.getvalue())["articles"]}
    assert articles["stdin"]["status"] == "ok" and articles["stdin"]["claims"] > 0


def test_quiet_prints_no_report_and_keeps_the_exit_code() -> None:
    import io

    from checker.cli import main
    from tests.conftest import SEED

    out = io.StringIO()
    assert main(["check", "--quiet", str(SEED)], stdout=out, stderr=io.StringIO()) == 1
    assert out.getvalue() == ""


def test_statistics_counts_findings_per_rule() -> None:
    import io

    from checker.cli import main
    from tests.conftest import SEED

    out, full = io.StringIO(), io.StringIO()
    main(["check", "--statistics", str(SEED)], stdout=out, stderr=io.StringIO())
    main(["check", "--format", "json", str(SEED)], stdout=full, stderr=io.StringIO())
    import json

    findings = json.loads(full.getvalue())["findings"]
    assert sum(int(line.split()[0]) for line in out.getvalue().splitlines()) == len(findings)


def test_published_dates_an_undated_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import io
    import json

    from checker.cli import main

    lone = tmp_path / "lone.txt"
    lone.write_text("Quake kills 12\n\nTwelve people were killed on Tuesday.\n", encoding="utf-8")
    out = io.StringIO()
    main(["check", "--format", "json", "--published", "2020-03-05", str(lone)], stdout=out, stderr=io.StringIO())
    assert json.loads(out.getvalue())["articles"][0]["published"] == "2020-03-05"
    err = io.StringIO()
    assert main(["check", "--published", "2020-02-30", str(lone)], stdout=io.StringIO(), stderr=err) == 2
    assert "YYYY-MM-DD" in err.getvalue()
