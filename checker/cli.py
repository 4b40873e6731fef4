"""Command line: check, claims, rules, explain (see ../shared/CONTRACT.md).

Exit codes: 0 ran with no finding at or above --fail-on; 1 ran with at least one; 2 usage or
configuration error, or an input that could not be read (the report is still written).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

from checker import __version__
from checker.display import one_line
from checker.models import SEVERITY_RANK
from checker.output import write_atomic

if TYPE_CHECKING:
    from checker.config import Config

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
CLAIM_KINDS = [
    "count", "date", "place", "residence", "street", "quality", "score", "ordinal", "age", "quote", "attribution",
    "role", "name",
]
FORMATS = ["text", "json", "markdown", "html", "sarif", "github", "junit", "rdjson"]


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def positive_int(text: str) -> int:
    """``--max-bytes``: 0 used to mean the default and -5 refused every file; both are mistakes."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"want a positive integer, not {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"want a positive integer, not {value}")
    return value


def build_parser() -> Parser:
    p = Parser(prog="checker", description="Cross-source fact-consistency checker for news.")
    p.add_argument("--version", action="version", version=f"checker {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=Parser)
    c = sub.add_parser("check", help="check articles and cluster folders against each other")
    c.add_argument("paths", nargs="+", metavar="PATH")
    c.add_argument("--format", default="text", choices=FORMATS)
    c.add_argument("--output", metavar="FILE")
    c.add_argument(
        "--fail-on", default=None, choices=["error", "warning", "info", "never"], help="default: error, or the config's"
    )
    c.add_argument("--select", help="comma-separated rule codes to run (replaces the config's select)")
    c.add_argument("--ignore", help="comma-separated rule codes to skip (replaces the config's ignore)")
    c.add_argument("--config", metavar="PATH", help="a checker.toml or pyproject.toml (default: found in the cwd)")
    c.add_argument("--max-bytes", type=positive_int, default=None, help="largest article file accepted")
    c.add_argument("--baseline", metavar="FILE", help="hide findings recorded by `checker baseline write`")
    c.add_argument("--published", metavar="YYYY-MM-DD", type=_date, help="publication date of articles that give none")
    c.add_argument(
        "--draft",
        action="append",
        default=[],
        metavar="FILE",
        help="your own story, checked against the PATHs: only its disagreements are reported (repeatable)",
    )
    c.add_argument("--quiet", action="store_true", help="no report on standard output (the exit code says it)")
    c.add_argument("--statistics", action="store_true", help="instead of the report, how many findings each rule gave")
    b = sub.add_parser("baseline", help="record today's findings as accepted")
    bsub = b.add_subparsers(dest="action", required=True, parser_class=Parser)
    w = bsub.add_parser("write", help="write the fingerprints of the current findings to FILE")
    w.add_argument("file", metavar="FILE")
    w.add_argument("paths", nargs="+", metavar="PATH")
    w.add_argument("--select", help="comma-separated rule codes to run")
    w.add_argument("--ignore", help="comma-separated rule codes to skip")
    w.add_argument("--config", metavar="PATH", help="a checker.toml or pyproject.toml (default: found in the cwd)")
    w.add_argument("--max-bytes", type=positive_int, default=None, help="largest article file accepted")
    k = sub.add_parser("claims", help="print the typed claim records, one row each")
    k.add_argument("paths", nargs="+", metavar="PATH")
    k.add_argument("--format", default="markdown", choices=["csv", "json", "markdown", "parquet"])
    k.add_argument("--output", metavar="FILE")
    k.add_argument("--kind", choices=CLAIM_KINDS, help="only claims of this kind")
    k.add_argument("--published", metavar="YYYY-MM-DD", type=_date, help="publication date of articles that give none")
    r = sub.add_parser("rules", help="list every rule")
    r.add_argument("--format", default="text", choices=["text", "json"])
    e = sub.add_parser("explain", help="a rule's documentation")
    e.add_argument("code")
    return p


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"want a date as YYYY-MM-DD, not {text!r}") from None


def _codes(text: str | None) -> set[str]:
    from checker.rules import RULES

    if not text:
        return set()
    codes = {c.strip().upper() for c in text.split(",") if c.strip()}
    unknown = sorted(codes - set(RULES))
    if unknown:
        raise UsageError(f"unknown rule code(s): {', '.join(unknown)}")
    return codes


def _write(text: str, output: str | None, stdout: TextIO) -> None:
    if output:
        write_atomic(output, text)
    else:
        stdout.write(text)


def _config(args: argparse.Namespace) -> Config:
    from checker.config import ConfigError, resolve

    try:
        return resolve(args.config)
    except ConfigError as exc:
        raise UsageError(str(exc)) from exc


def _selection(args: argparse.Namespace, cfg: Config) -> set[str]:
    """Rules to run: each of --select / --ignore given on the command line replaces the config's."""
    from checker.rules import RULES

    chosen = _codes(args.select) if args.select else set(cfg.select if cfg.select is not None else RULES)
    return chosen - (_codes(args.ignore) if args.ignore else set(cfg.ignore))


def _run(args: argparse.Namespace, stderr: TextIO) -> tuple[Any, Any]:
    """Load the configuration and check the paths; report unreadable inputs on stderr, one line each."""
    from checker.engine import check

    cfg = _config(args)
    outcome = check(
        args.paths,
        settings=cfg.settings(),
        select=_selection(args, cfg),
        max_bytes=args.max_bytes,
        severity=cfg.severity,
        progress_stream=stderr,
        published=getattr(args, "published", None),
        drafts=getattr(args, "draft", None),
    )
    for err in outcome.loaded.errors:
        print(f"checker: error: {one_line(str(err))}", file=stderr)
    return cfg, outcome


def cmd_check(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from checker import baseline
    from checker.report import furniture_of, render

    try:  # read before the check: a bad baseline is a usage error found in a moment, not after the run
        accepted = baseline.read(args.baseline) if args.baseline else None
    except baseline.BaselineError as exc:
        raise UsageError(str(exc)) from exc
    cfg, outcome = _run(args, stderr)
    articles = {a.id: a for a in outcome.loaded.articles}
    report = outcome.report
    if accepted is not None:
        applied = baseline.apply(report, accepted)
        report = applied.report
        for entry in applied.stale:  # an acceptance that no longer matches anything should be removed
            line = one_line(f"stale entry {entry.id} {entry.rule} {entry.subject}".rstrip())
            print(f"checker: baseline: {line}", file=stderr)
    if args.statistics:
        _write(statistics(report), args.output, stdout)
    elif args.output or not args.quiet:
        _write(render(args.format, report, articles, furniture_of(outcome.extractions)), args.output, stdout)
    if outcome.loaded.errors:
        return EXIT_ERROR
    fail_on = args.fail_on or cfg.fail_on or "error"
    if fail_on == "never":
        return EXIT_CLEAN
    floor = SEVERITY_RANK[fail_on]
    return EXIT_FINDINGS if any(SEVERITY_RANK[f.severity] >= floor for f in report.findings) else EXIT_CLEAN


def statistics(report: Any) -> str:
    """One line per rule that found something: how many findings, the code, the name; most first."""
    from collections import Counter

    counts = Counter((f.rule, f.name) for f in report.findings)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return "".join(f"{n:>5}  {code}  {name}\n" for (code, name), n in rows) or "no findings\n"


def cmd_baseline(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from checker import baseline

    _cfg, outcome = _run(args, stderr)
    count = baseline.write(args.file, outcome.report)
    stdout.write(f"checker: baseline: {count} findings recorded in {one_line(args.file)}\n")
    return EXIT_ERROR if outcome.loaded.errors else EXIT_CLEAN


def cmd_claims(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from checker import provenance
    from checker.engine import extract_guarded
    from checker.inputs import load_paths
    from checker.match import claims_table

    loaded = provenance.complete(load_paths(args.paths), args.published)
    extractions = extract_guarded(loaded)  # may add "could not be analysed" errors: print after it
    for err in loaded.errors:
        print(f"checker: error: {one_line(str(err))}", file=stderr)
    claims = [c for x in extractions for c in x.claims]
    if args.kind:
        claims = [c for c in claims if c.kind == args.kind]  # type: ignore[attr-defined]
    table = claims_table(claims)
    if args.format == "parquet":
        if not args.output:
            raise UsageError("--format parquet needs --output FILE")
        try:
            table.assign(detail=table["detail"].astype(str)).to_parquet(args.output)
        except ImportError:
            hint = "install the 'parquet' extra: pip install '.[parquet]'"
            raise UsageError(f"--format parquet needs pyarrow; {hint}") from None
    elif args.format == "csv":
        _write(table.to_csv(index=False), args.output, stdout)
    elif args.format == "json":
        _write(table.to_json(orient="records", force_ascii=False, indent=2) + "\n", args.output, stdout)
    else:
        _write(table.drop(columns=["detail"]).to_markdown(index=False) + "\n", args.output, stdout)
    return EXIT_ERROR if loaded.errors else EXIT_CLEAN


def cmd_rules(stdout: TextIO, fmt: str = "text") -> int:
    from checker.rules import RULES

    if fmt == "json":
        import json

        rows = [
            {"code": code, "name": rule.name, "kind": rule.kind, "severity": rule.severity, "summary": rule.summary}
            for code, rule in sorted(RULES.items())
        ]
        stdout.write(json.dumps(rows, indent=2) + "\n")
        return EXIT_CLEAN
    for code, rule in sorted(RULES.items()):
        stdout.write(f"{code}  {rule.name:<26} {rule.kind:<12} {rule.severity:<8} {rule.summary}\n")
    return EXIT_CLEAN


def cmd_explain(code: str, stdout: TextIO) -> int:
    from checker.rules import RULES

    rule = RULES.get(code.upper())
    if rule is None:
        raise UsageError(f"unknown rule {code!r}; `checker rules` lists them")
    stdout.write(f"{rule.code} {rule.name} ({rule.kind}, default severity {rule.severity})\n\n{rule.doc()}\n")
    return EXIT_CLEAN


def main(argv: list[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        args = build_parser().parse_args(argv)
        if args.command == "check":
            return cmd_check(args, stdout, stderr)
        if args.command == "claims":
            return cmd_claims(args, stdout, stderr)
        if args.command == "baseline":
            return cmd_baseline(args, stdout, stderr)
        if args.command == "rules":
            return cmd_rules(stdout, args.format)
        return cmd_explain(args.code, stdout)
    except UsageError as exc:
        print(f"checker: usage error: {one_line(str(exc))}", file=stderr)
        return EXIT_ERROR
    except OSError as exc:
        where = one_line(str(getattr(exc, "filename", None) or ""))
        print(f"checker: error: {where}: {one_line(str(exc.strerror or exc))}", file=stderr)
        return EXIT_ERROR
    except Exception as exc:  # a defect of ours: one line, not a traceback, unless asked for
        if os.environ.get("CHECKER_DEBUG"):
            raise
        hint = "(CHECKER_DEBUG=1 shows the traceback)"
        print(f"checker: internal error: {type(exc).__name__}: {one_line(str(exc))} {hint}", file=stderr)
        return EXIT_ERROR
