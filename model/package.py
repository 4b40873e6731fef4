"""Ship a trained pipeline inside the package: copy it to checker/data/parser, with its licence and scores.

`make model` trains on the UD English Web Treebank and runs this. The weights are derived from the
treebank (CC BY-SA 4.0), so the attribution and licence travel with them, in meta.json and README.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

ATTRIBUTION = (
    "Universal Dependencies English Web Treebank © 2013-2021 The Board of Trustees of The Leland Stanford "
    "Junior University (Silveira et al., LREC 2014), CC BY-SA 4.0"
)


def evaluate(model: Path, test: Path) -> dict[str, float]:
    """UAS, LAS, UPOS and XPOS accuracy on the treebank's test split, each sentence parsed as the checker
    parses it: tokenized from its raw text by the pipeline's own tokenizer, and parsed as one sentence (the
    checker splits an article into sentences itself; ``checker/analysis/parse.py``). Words per second too."""
    import time

    import spacy
    from spacy.scorer import Scorer
    from spacy.tokens import DocBin
    from spacy.training import Example

    nlp = spacy.load(model)
    gold = list(DocBin().from_disk(test).get_docs(nlp.vocab))
    docs = [nlp.make_doc(g.text) for g in gold]
    for doc in docs:
        for token in doc[1:]:
            token.is_sent_start = False
    began = time.perf_counter()
    parsed = list(nlp.pipe(docs))
    seconds = time.perf_counter() - began
    scores = Scorer(nlp).score([Example(p, g) for p, g in zip(parsed, gold, strict=True)])
    out = {k: round(float(scores[k]), 4) for k in ("dep_uas", "dep_las", "pos_acc", "tag_acc")}
    out["words_per_second"] = round(sum(len(d) for d in parsed) / seconds)
    return out


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
    # the weights' own licence file travels with them (CC BY-SA 4.0, a derived work of the treebank)
    shutil.copy(Path(__file__).resolve().parent / "PARSER_LICENSE", args.target / "LICENSE")
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
        f"Test split (each sentence tokenized from its text and parsed as one sentence, as the checker parses):\n"
        f"UAS {scores['dep_uas']:.3f}, LAS {scores['dep_las']:.3f}, UPOS {scores['pos_acc']:.3f}, "
        f"XPOS {scores['tag_acc']:.3f}; {size / 1e6:.1f} MB. Rebuild with `make model` (model/config.cfg).\n",
        encoding="utf-8",
    )
    print(json.dumps({**scores, "megabytes": round(size / 1e6, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
