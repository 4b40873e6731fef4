"""Ship a trained pipeline inside the package: copy it to checker/data/parser, with its licence and scores.

`make model` trains on the UD English Web Treebank and runs this. The weights are derived from the
treebank (CC BY-SA 4.0), so the attribution and licence travel with them, in meta.json and README.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

ATTRIBUTION = (
    "Universal Dependencies English Web Treebank © 2013-2021 The Board of Trustees of The Leland Stanford "
    "Junior University (Silveira et al., LREC 2014), CC BY-SA 4.0"
)


def evaluate(model: Path, test: Path) -> dict[str, float]:
    """UAS, LAS, UPOS and XPOS accuracy on the treebank's test split, as spaCy's evaluate reports them."""
    out = model.parent / "test-scores.json"
    subprocess.run(
        [sys.executable, "-m", "spacy", "evaluate", str(model), str(test), "--output", str(out)],
        check=True,
        capture_output=True,
    )
    scores = json.loads(out.read_text(encoding="utf-8"))
    return {k: round(float(scores[k]), 4) for k in ("dep_uas", "dep_las", "pos_acc", "tag_acc", "speed")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("model", type=Path)
    ap.add_argument("target", type=Path)
    ap.add_argument("--test", type=Path, required=True, help="the test split in spaCy's binary format")
    args = ap.parse_args()
    scores = evaluate(args.model, args.test)
    if args.target.exists():
        shutil.rmtree(args.target)
    shutil.copytree(args.model, args.target)
    meta_path = args.target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="checker_parser",
        description="Tagger, morphologizer and dependency parser for the checker, trained on UD English EWT",
        license="CC BY-SA 4.0",
        sources=[{"name": "UD English EWT", "url": "https://universaldependencies.org/", "license": "CC BY-SA 4.0",
                  "author": ATTRIBUTION}],
        test_scores=scores,
    )
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    size = sum(f.stat().st_size for f in args.target.rglob("*") if f.is_file())
    (args.target / "README.md").write_text(
        "# checker's English parser\n\n"
        f"Trained with spaCy from {ATTRIBUTION}. These weights are a derived work of the treebank and are\n"
        "licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).\n\n"
        f"Test split: UAS {scores['dep_uas']:.3f}, LAS {scores['dep_las']:.3f}, UPOS {scores['pos_acc']:.3f}, "
        f"XPOS {scores['tag_acc']:.3f}; {size / 1e6:.1f} MB. Rebuild with `make model` (model/config.cfg).\n",
        encoding="utf-8",
    )
    print(json.dumps({**scores, "megabytes": round(size / 1e6, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
