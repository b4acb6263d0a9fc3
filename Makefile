# Everything from a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint typecheck imports unit bench evaluate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/infershield db upgrade
	$(BIN)/infershield serve

demo: $(STAMP)
	$(BIN)/infershield demo

test: lint typecheck imports unit

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

unit: $(STAMP)
	$(BIN)/pytest -p no:cacheprovider --cov=infershield --cov-report=term --cov-fail-under=90
	$(BIN)/coverage report --include='src/infershield/core/*' --fail-under=95 > /dev/null \
		|| { $(BIN)/coverage report --include='src/infershield/core/*'; echo 'core/ coverage below 95%'; exit 1; }

bench: $(STAMP)
	$(BIN)/python benchmarks/detect.py

evaluate: $(STAMP)
	$(BIN)/python scripts/evaluate.py --write docs/evaluation.md

clean:
	rm -rf $(VENV) .coverage .mypy_cache .ruff_cache .pytest_cache
