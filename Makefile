# Two commands do all the set-up on a fresh machine with Python 3.11+:
#   make run    the desktop app on a synthetic demo vault
#   make test   the whole test suite
# Each creates .venv on first use and reinstalls when pyproject.toml or
# constraints.txt change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

TS := resources/translations/hostdesk_pt_PT.ts
QM := resources/translations/hostdesk_pt_PT.qm

.PHONY: run test lint bench translations screenshots guide clean-venv

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# The compiled catalogue is built from the .ts kept in git.
$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

run: $(STAMP) $(QM)
	$(BIN)/hostdesk gui --demo

test: $(STAMP) $(QM)
	$(BIN)/ruff check hostdesk tests scripts
	bash scripts/test-services.sh
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check hostdesk tests scripts
	$(BIN)/ruff format --check hostdesk tests scripts
	$(BIN)/lint-imports

# After changing user-visible strings: collect them into the .ts, translate there.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none $(wildcard hostdesk/ui/*.py) \
		$(wildcard hostdesk/ui/*/*.py) $(wildcard hostdesk/cli/*.py) -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

screenshots: $(STAMP) $(QM)
	$(BIN)/python scripts/screenshots.py --out screenshots

# The user guide's pictures (Ajuda › Guia), from the synthetic demo vault, in Portuguese.
guide: $(STAMP) $(QM)
	$(BIN)/python scripts/screenshots.py --out screenshots --guide resources/guide/images

bench: $(STAMP)
	$(BIN)/python scripts/benchmark.py --families 25000 --out bench-out

clean-venv:
	rm -rf $(VENV)
