"""`make eval`: findings and extraction measured against every fixture cluster's gold files.

Findings are scored with the client's scorer (``../shared/tools/score.py``) at warning and above;
extraction is scored against ``claims.gold.json`` where a cluster has one: a gold claim is found when
an extracted claim of its kind overlaps its span, and its value is right when the normalised values
agree (counts: both bounds, 10% tolerance for approximate figures; dates: the start day).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from checker.engine import check
from checker.models import ClaimBase, CountClaim, DateClaim, QuoteClaim
from checker.normalise.names import person_key
from checker.report import render

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_scorer() -> ModuleType:
    path = SHARED / "tools" / "score.py"
    if not path.exists():
        raise SystemExit(f"checker eval: {path} not found: the scorer lives in ../shared beside the project")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_file(cluster: Path) -> Path | None:
    own = cluster / "gold.json"
    if own.exists():
        return own
    shared = SHARED / "gold" / f"{cluster.name}.json"
    return shared if shared.exists() else None


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 0.1 * max(abs(a), abs(b), 1)


def value_right(claim: ClaimBase, gold: dict[str, Any]) -> bool:
    value = gold.get("value") or {}
    if isinstance(claim, CountClaim):
        got = claim.value.as_value()
        return _close(got["low"], value.get("low")) and _close(got["high"], value.get("high"))
    if isinstance(claim, DateClaim):
        if claim.clock is not None and value.get("time"):
            hours, minutes = (int(x) for x in str(value["time"]).split(":")[:2])
            return abs(claim.clock - (hours * 60 + minutes)) <= claim.clock_tolerance
        return claim.value is not None and claim.value.start.isoformat() == str(value.get("start", ""))[:10]
    if isinstance(claim, QuoteClaim):
        speaker = person_key(value.get("speaker") or "")
        return bool(claim.speaker) and speaker.split()[-1:] == person_key(claim.speaker or "").split()[-1:]
    return True


def extraction_scores(claims: list[ClaimBase], gold: list[dict[str, Any]], texts: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind in sorted({g["kind"] for g in gold}):
        golds = [g for g in gold if g["kind"] == kind]
        mine = [c for c in claims if getattr(c, "kind", None) == kind]
        found = right = 0
        used: set[int] = set()
        for g in golds:
            text = texts.get(g["article"], "")
            at = text.find(g["text"])
            if at < 0:
                continue
            span = (at, at + len(g["text"]))
            hits = [c for c in mine if c.article == g["article"] and c.start < span[1] and span[0] < c.end]
            if hits:
                found += 1
                used.update(id(h) for h in hits)
                right += any(value_right(h, g) for h in hits)
        out[kind] = {
            "gold": len(golds),
            "extracted": len(mine),
            "recall": _ratio(found, len(golds)),
            "precision": _ratio(len(used), len(mine)),
            "value_accuracy": _ratio(right, found),
        }
    return out


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def evaluate(clusters: list[Path]) -> dict[str, Any]:
    scorer = load_scorer()
    rows: dict[str, Any] = {}
    extraction: dict[str, Any] = {}
    for cluster in clusters:
        gold_path = gold_file(cluster)
        if gold_path is None:
            continue
        outcome = check([str(cluster)])
        report = json.loads(render("json", outcome.report, {a.id: a for a in outcome.loaded.articles}))
        texts = scorer.load_articles(str(cluster))
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        result = scorer.score(report, gold, texts, "warning")
        rows[cluster.name] = {k: result[k] for k in ("recall", "precision", "findings", "missed")}
        rows[cluster.name]["false_alarms"] = sum(result["false_alarms_on_consistent"].values())
        claims_gold = cluster / "claims.gold.json"
        if claims_gold.exists():
            claims = [c for x in outcome.extractions for c in x.claims]
            originals = {a.id: a.text for a in outcome.loaded.articles}
            extraction[cluster.name] = extraction_scores(
                claims, json.loads(claims_gold.read_text(encoding="utf-8"))["claims"], originals
            )
    return {
        "clusters": rows,
        "overall": overall(rows),
        "extraction": extraction,
        "extraction_overall": extraction_overall(extraction),
    }


def overall(rows: dict[str, Any]) -> dict[str, float | None]:
    recalls = [r["recall"] for r in rows.values() if r["recall"] is not None]
    precisions = [r["precision"] for r in rows.values() if r["precision"] is not None]
    return {
        "recall": round(sum(recalls) / len(recalls), 3) if recalls else None,
        "precision": round(sum(precisions) / len(precisions), 3) if precisions else None,
        "false_alarms": sum(r["false_alarms"] for r in rows.values()),
    }


def extraction_overall(extraction: dict[str, Any]) -> dict[str, Any]:
    totals: dict[str, dict[str, float]] = {}
    for kinds in extraction.values():
        for kind, s in kinds.items():
            t = totals.setdefault(kind, {"gold": 0, "found": 0, "right": 0})
            t["gold"] += s["gold"]
            found = round((s["recall"] or 0) * s["gold"])
            t["found"] += found
            t["right"] += round((s["value_accuracy"] or 0) * found)
    return {
        k: {
            "recall": _ratio(int(v["found"]), int(v["gold"])),
            "value_accuracy": _ratio(int(v["right"]), int(v["found"])),
        }
        for k, v in sorted(totals.items())
    }


def table(result: dict[str, Any]) -> str:
    import pandas as pd

    findings = pd.DataFrame(result["clusters"]).T[["recall", "precision", "false_alarms", "findings"]]
    findings.loc["OVERALL"] = [
        result["overall"]["recall"],
        result["overall"]["precision"],
        result["overall"]["false_alarms"],
        findings["findings"].sum(),
    ]
    lines = ["Findings at warning and above", findings.to_markdown(), ""]
    rows = [{"cluster": c, "kind": k, **v} for c, kinds in result["extraction"].items() for k, v in kinds.items()]
    if rows:
        lines += [
            "Extraction",
            pd.DataFrame(rows).to_markdown(index=False),
            "",
            "Extraction overall",
            pd.DataFrame(result["extraction_overall"]).T.to_markdown(),
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("clusters", nargs="*", help="cluster folders (default: every fixture cluster)")
    ap.add_argument("--out", default="build/eval.json")
    args = ap.parse_args(argv)
    clusters = [Path(c) for c in args.clusters] or sorted(p for p in (ROOT / "fixtures").iterdir() if p.is_dir())
    result = evaluate(clusters)
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
