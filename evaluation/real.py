"""`make eval-real`: the checker on real multi-outlet news (ECB+ clusters in ``../shared/realnews``).

Two measures, both from people who read the articles and never the code:

- **Precision over labelled findings.** ``realnews/labels/<cluster>.json`` labels each warning/error
  finding ``true`` / ``false`` / ``unclear`` with a cause. A label is keyed by the finding's rule and
  its evidence (article and words), so after a change only new findings need labels; findings with no
  label are listed and counted as ``unlabelled``. Precision is true / (true + false).
- **Recall and false alarms on gold clusters.** ``realnews/gold/<cluster>.json`` (the format of
  ``../shared/gold``), written blind, scored with the client's scorer at warning and above.
  ``realnews/first_contact.json`` keeps each gold cluster's first score, recorded once before any
  change was made for it (``--record-first-contact`` adds the clusters that have none yet).

``--packets DIR`` writes each cluster's unlabelled findings as a labelling packet for a helper.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from checker.engine import check
from checker.report import render
from evaluation.dev import load_scorer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REALNEWS = SHARED / "realnews"
LABELS = ROOT / "realnews" / "labels"
GOLD = ROOT / "realnews" / "gold"
FIRST_CONTACT = ROOT / "realnews" / "first_contact.json"
COUNTED = ("warning", "error")


def finding_key(finding: dict[str, Any]) -> str:
    """The label key: the rule and the evidence words per article, white space folded, order-free."""
    parts = sorted({f"{ev['article']}:{' '.join(str(ev['text']).split())}" for ev in finding["evidence"]})
    raw = finding["rule"] + "|" + "|".join(parts)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def load_labels(cluster: str) -> dict[str, dict[str, Any]]:
    path = LABELS / f"{cluster}.json"
    if not path.exists():
        return {}
    return {entry["key"]: entry for entry in json.loads(path.read_text(encoding="utf-8"))["labels"]}


def cluster_report(cluster: Path) -> dict[str, Any]:
    outcome = check([str(cluster)])
    return json.loads(render("json", outcome.report, {a.id: a for a in outcome.loaded.articles}))


def label_findings(cluster: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    labels = load_labels(cluster)
    rows = []
    for f in findings:
        key = finding_key(f)
        entry = labels.get(key, {})
        rows.append(
            {
                "cluster": cluster,
                "key": key,
                "rule": f["rule"],
                "severity": f["severity"],
                "label": entry.get("label"),
                "cause": entry.get("cause"),
                "message": f["message"],
                "evidence": [[ev["article"], ev["text"]] for ev in f["evidence"]],
            }
        )
    return rows


def precision_of(rows: list[dict[str, Any]]) -> dict[str, Any]:
    tally = Counter(r["label"] or "unlabelled" for r in rows)
    judged = tally["true"] + tally["false"]
    return {
        "findings": len(rows),
        "true": tally["true"],
        "false": tally["false"],
        "unclear": tally["unclear"],
        "unlabelled": tally["unlabelled"],
        "precision": round(tally["true"] / judged, 3) if judged else None,
    }


def gold_score(scorer: ModuleType, cluster: Path, report: dict[str, Any]) -> dict[str, Any] | None:
    path = GOLD / f"{cluster.name}.json"
    if not path.exists():
        return None
    gold = json.loads(path.read_text(encoding="utf-8"))
    result = scorer.score(report, gold, scorer.load_articles(str(cluster)), "warning")
    row = {k: result[k] for k in ("recall", "precision", "findings", "missed")}
    row["false_alarms"] = sum(result["false_alarms_on_consistent"].values())
    row["conflicts"] = len(gold.get("conflicts", []))
    return row


def mean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(sum(present) / len(present), 3) if present else None


def evaluate(clusters: list[Path]) -> dict[str, Any]:
    scorer = load_scorer()
    rows: list[dict[str, Any]] = []
    gold_rows: dict[str, Any] = {}
    for cluster in clusters:
        report = cluster_report(cluster)
        counted = [f for f in report["findings"] if f["severity"] in COUNTED]
        rows += label_findings(cluster.name, counted)
        scored = gold_score(scorer, cluster, report)
        if scored is not None:
            gold_rows[cluster.name] = scored
    by_rule = {rule: precision_of([r for r in rows if r["rule"] == rule]) for rule in sorted({r["rule"] for r in rows})}
    causes = Counter(r["cause"] or "?" for r in rows if r["label"] == "false")
    overall = precision_of(rows)
    overall.update(
        {
            "clusters": len(clusters),
            "gold_clusters": len(gold_rows),
            "recall": mean([g["recall"] for g in gold_rows.values()]),
            "gold_precision": mean([g["precision"] for g in gold_rows.values()]),
            "false_alarms": sum(g["false_alarms"] for g in gold_rows.values()),
            "false_alarms_per_gold_cluster": (
                round(sum(g["false_alarms"] for g in gold_rows.values()) / len(gold_rows), 3) if gold_rows else None
            ),
        }
    )
    return {
        "overall": overall,
        "by_rule": by_rule,
        "false_causes": dict(causes.most_common()),
        "gold": gold_rows,
        "unlabelled": [r for r in rows if r["label"] is None],
        "findings": rows,
    }


def record_first_contact(result: dict[str, Any]) -> list[str]:
    """Add the gold clusters scored for the first time; an existing entry is never overwritten."""
    known = json.loads(FIRST_CONTACT.read_text(encoding="utf-8")) if FIRST_CONTACT.exists() else {}
    added = []
    for name, row in result["gold"].items():
        if name not in known:
            known[name] = {k: row[k] for k in ("recall", "precision", "false_alarms", "findings")}
            added.append(name)
    FIRST_CONTACT.write_text(json.dumps(dict(sorted(known.items())), indent=2) + "\n", encoding="utf-8")
    return added


def write_packets(result: dict[str, Any], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    by_cluster: dict[str, list[dict[str, Any]]] = {}
    for row in result["unlabelled"]:
        by_cluster.setdefault(row["cluster"], []).append(row)
    for cluster, rows in by_cluster.items():
        packet = [{k: r[k] for k in ("key", "rule", "severity", "message", "evidence")} for r in rows]
        (folder / f"{cluster}.json").write_text(json.dumps(packet, indent=2, ensure_ascii=False) + "\n", "utf-8")


def table(result: dict[str, Any]) -> str:
    o = result["overall"]
    lines = [
        f"Real news: {o['clusters']} clusters, {o['findings']} findings at warning and above",
        f"  precision {o['precision']} (true {o['true']}, false {o['false']}, unclear {o['unclear']}), "
        f"unlabelled {o['unlabelled']}",
        f"  gold clusters {o['gold_clusters']}: recall {o['recall']}, precision {o['gold_precision']}, "
        f"false alarms {o['false_alarms']} ({o['false_alarms_per_gold_cluster']} per cluster)",
        "  by rule: " + ", ".join(f"{r} {v['precision']} ({v['findings']})" for r, v in result["by_rule"].items()),
        "  false-alarm causes: " + ", ".join(f"{c} {n}" for c, n in result["false_causes"].items()),
    ]
    first = json.loads(FIRST_CONTACT.read_text(encoding="utf-8")) if FIRST_CONTACT.exists() else {}
    for name, row in sorted(result["gold"].items()):
        then = first.get(name, {})
        lines.append(
            f"  {name:14} recall {row['recall']} precision {row['precision']} false alarms {row['false_alarms']}"
            f"   (first contact: {then.get('recall')} / {then.get('precision')} / {then.get('false_alarms')})"
        )
    for row in result["unlabelled"]:
        lines.append(f"  UNLABELLED {row['cluster']} {row['rule']} {row['key']}: {row['message'][:100]}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("clusters", nargs="*", help="cluster folders (default: every cluster in ../shared/realnews)")
    ap.add_argument("--out", default="build/eval-real.json")
    ap.add_argument("--packets", help="write labelling packets of unlabelled findings into this folder")
    ap.add_argument("--record-first-contact", action="store_true", help="record gold clusters scored the first time")
    args = ap.parse_args(argv)
    clusters = [Path(c) for c in args.clusters] or sorted(p for p in REALNEWS.iterdir() if p.is_dir())
    result = evaluate(clusters)
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.record_first_contact:
        added = record_first_contact(result)
        sys.stdout.write(f"first contact recorded for: {', '.join(added) or 'none new'}\n")
    if args.packets:
        write_packets(result, Path(args.packets))
    sys.stdout.write(table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
