# sitrep: the two commands of the README are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint unit clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

## set up, read the example article and print what sitrep found; then store three reports
## of one night in sitrep.db (SQLite) and print the incident they make
demo: setup
	$(BIN)/sitrep extract examples/overnight_attack.txt --published 2025-09-03T10:30 --format table
	$(BIN)/sitrep ingest examples/night_of_2025-09-03.jsonl --db sitrep.db
	$(BIN)/sitrep incidents --db sitrep.db
	@echo "Browse it: $(BIN)/sitrep serve --db sitrep.db  (then open http://127.0.0.1:8000/)"

## lint, type-check and run the test suite (no ../shared needed)
test: setup lint unit

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
