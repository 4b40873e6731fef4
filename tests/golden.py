"""Golden JSON reports of the fixture clusters: `make golden` rewrites them, on purpose only."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from checker.engine import check
from checker.report import render

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_CLUSTERS = sorted(p.name for p in (ROOT / "fixtures").iterdir() if (p / "manifest.json").exists())


def report_json(cluster: str) -> str:
    cwd = os.getcwd()
    os.chdir(ROOT)  # paths in the report are relative to the project root
    try:
        outcome = check([f"fixtures/{cluster}"])
        return render("json", outcome.report, {a.id: a for a in outcome.loaded.articles})
    finally:
        os.chdir(cwd)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("clusters", nargs="*", help="only these clusters (default: every fixture cluster)")
    args = ap.parse_args()
    for cluster in args.clusters or GOLDEN_CLUSTERS:
        path = ROOT / "fixtures" / cluster / "expected.json"
        if args.write:
            path.write_text(report_json(cluster), encoding="utf-8")
            print(f"wrote {path}")


if __name__ == "__main__":
    main()
