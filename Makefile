# Two commands do all the set-up on a fresh machine with Python 3.11+:
#   make run    the desktop app on a synthetic demo vault
#   make test   the whole test suite
# Each creates .venv on first use and reinstalls when pyproject.toml, setup.py or
# constraints.txt change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

TS := resources/translations/hostdesk_pt_PT.ts
QM := resources/translations/hostdesk_pt_PT.qm

.PHONY: run test installed-check bundle bundle-check lint bench translations screenshots guide \
	clean-venv

$(STAMP): pyproject.toml setup.py constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# The app compiles the .ts in memory when it starts (hostdesk/qm.py, byte for byte
# lrelease's output): nothing needs the .qm. This rule stays for Qt Linguist users.
$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

run: $(STAMP)
	$(BIN)/hostdesk gui --demo

test: $(STAMP)
	$(BIN)/ruff check hostdesk tests scripts
	bash scripts/test-services.sh
	$(BIN)/python -m pytest
	$(BIN)/python scripts/installed_check.py

# The wheel as users get it: built, installed into a fresh venv outside the repository,
# and run from another folder (reports, the NAIR on loopback, the window offscreen).
installed-check: $(STAMP)
	$(BIN)/python scripts/installed_check.py

# The standalone desktop app (PyInstaller, packaging/hostdesk.spec) in dist/hostdesk/,
# and its archive; bundle-check also smoke-tests it (see README for the times).
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,bundle]'
	$(BIN)/python scripts/bundle.py

bundle-check: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,bundle]'
	$(BIN)/python scripts/bundle.py --check

lint: $(STAMP)
	$(BIN)/ruff check hostdesk tests scripts
	$(BIN)/ruff format --check hostdesk tests scripts
	$(BIN)/lint-imports

# After changing user-visible strings: collect them into the .ts, translate there.
# The window, the command line, the shared Qt-free texts (hostdesk/*.py: argparse's
# words, the errors' sentences) and the services' command lines (tests/test_translations.py
# reads the same list).
LUPDATE_SOURCES = $(wildcard hostdesk/*.py) $(wildcard hostdesk/ui/*.py) \
	$(wildcard hostdesk/ui/*/*.py) $(wildcard hostdesk/cli/*.py) \
	$(wildcard hostdesk/nair/cli*.py) $(wildcard hostdesk/hub/cli*.py)

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none $(LUPDATE_SOURCES) -ts $(TS)

screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py --out screenshots

# The user guide's pictures (Ajuda › Guia), from the synthetic demo vault, in Portuguese.
guide: $(STAMP)
	$(BIN)/python scripts/screenshots.py --out screenshots --guide resources/guide/images

bench: $(STAMP)
	$(BIN)/python scripts/benchmark.py --families 25000 --out bench-out

clean-venv:
	rm -rf $(VENV)
