# Two commands do all the set-up on a fresh machine with Python 3.11+:
#   make run    the desktop app on a synthetic demo vault
#   make test   the whole test suite
# Each creates .venv on first use and reinstalls when pyproject.toml or
# constraints.txt change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench translations clean-venv

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/hostdesk gui --demo

test: $(STAMP)
	$(BIN)/ruff check hostdesk tests scripts
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check hostdesk tests scripts
	$(BIN)/ruff format --check hostdesk tests scripts
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python scripts/benchmark.py --families 25000 --out bench-out

clean-venv:
	rm -rf $(VENV)
