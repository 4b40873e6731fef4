# Two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEED := fixtures/afghanistan-2020-03
SHARED := ../shared

.PHONY: install browser demo test lint score eval eval-real bench golden model clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/checker check --fail-on never $(SEED)

# Headless Chromium for tests/test_html_browser.py (Debian packages; needs root or sudo).
# Without root or off Debian the install fails: `make test` goes on and the browser test is skipped, saying why.
browser:
	@test -x /usr/bin/chromium && test -x /usr/bin/chromedriver || \
	  { apt-get update -qq && apt-get install -y -qq chromium chromium-driver; } || \
	  echo "make browser: could not install Debian's chromium and chromium-driver (needs root and apt-get): the browser test is skipped"

test: install browser
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check checker tests evaluation
	$(BIN)/mypy checker evaluation

score: install
	$(PY) $(SHARED)/tools/score.py --min-severity warning --cluster $(SEED) \
	  --gold $(SHARED)/gold/afghanistan-2020-03.json -- $(BIN)/checker check --format json $(SEED)

eval: install
	$(BIN)/python -m evaluation.dev --out build/eval.json
	@echo "Held-out clusters (never used to develop the rules):"
	$(BIN)/python -m evaluation.dev fixtures-heldout/* --out build/eval-heldout.json

# Real news (../shared/realnews): precision over labelled findings, recall on the blind gold clusters.
eval-real: install
	$(BIN)/python -m evaluation.real --out build/eval-real.json

# Byte-compile first, as a non-editable pip install does: with PYTHONDONTWRITEBYTECODE set (as here)
# every cold start would otherwise recompile the checker's own modules from source.
bench: install
	$(BIN)/python -m compileall -q checker
	$(BIN)/python bench/run.py --out build/bench.json

# The checker's own English parser, from UD English EWT in ../shared/corpora (about two hours on two cores).
# `make test` never trains: the weights ship in checker/data/parser.
EWT := $(SHARED)/corpora/ud-english-ewt
model: install
	mkdir -p build/corpus
	for split in train dev test; do \
	  $(BIN)/python -m spacy convert $(EWT)/en_ewt-ud-$$split.conllu build/corpus --converter conllu -n 1 || exit 1; \
	done
	$(BIN)/python -m spacy train model/config.cfg --output build/model-train
	$(BIN)/python model/package.py build/model-train/model-best checker/data/parser --test build/corpus/en_ewt-ud-test.spacy

golden: install
	$(BIN)/python -m tests.golden --write

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
