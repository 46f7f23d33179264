# crm_desktop — the two commands of the README are `make run` and `make test`.
# Everything a fresh Debian machine needs is set up here; nothing has to be installed by hand.

SHELL := /bin/bash
.DEFAULT_GOAL := help

# The first Python >= 3.11 on the PATH (override with `make PYTHON=/path/to/python3.12 ...`).
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
PIP_ENV := PIP_CONSTRAINT=$(CURDIR)/constraints.txt PIP_DISABLE_PIP_VERSION_CHECK=1
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: help run test lint bench stress translations system-deps lock revision golden clean

help:
	@echo "make run    - set up .venv if needed and start crm_desktop"
	@echo "make test   - set up .venv (with test tools) and run the whole test suite, offscreen"
	@echo "make lint   - ruff, mypy and the import-linter layer contracts"
	@echo "make bench  - speed and memory benchmarks (ratios against raw SQLite / bare Qt); QUICK=1: at 10k customers"
	@echo "make translations - extract the words into resources/translations and compile the catalogues"
	@echo "make stress - long safety runs: 500 kills, a two-writer soak, a 100 MB import (not in make test)"

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "crm_desktop needs Python 3.11 or newer: none found on the PATH." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP_ENV) $(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(PIP_ENV) $(BIN)/python -m pip install --quiet -e .
	@touch $@

$(TEST_STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(PIP_ENV) $(BIN)/python -m pip install --quiet -e ".[test,dev]"
	@touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	@bash .ci/system-deps run
	$(BIN)/crm-desktop $(ARGS)

test: system-deps $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(TEST_STAMP)
	$(BIN)/ruff check crm_desktop migrations tests
	$(BIN)/ruff format --check crm_desktop migrations tests
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(TEST_STAMP)
	QUICK=$(QUICK) QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

stress: $(TEST_STAMP)
	$(BIN)/python -m tests.stress $(ARGS)

# System packages the tests use (Qt's runtime libraries, poppler for reading PDFs back, PostgreSQL for the
# multi-workstation tests). Installed only when missing, and only as root on Debian; otherwise the tests
# that need them skip and say why.
system-deps:
	@bash .ci/system-deps test

lock: | $(BIN)/python
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv && .lock-venv/bin/pip install --quiet -e ".[test,dev]" hatchling
	{ echo "# Pinned versions for reproducible installs (pip -c / PIP_CONSTRAINT). Regenerate with: make lock"; \
	  .lock-venv/bin/pip freeze --exclude-editable | grep -v '^crm'; } > constraints.txt
	rm -rf .lock-venv

revision: $(TEST_STAMP)
	$(BIN)/python -m tests.tools.revision "$(MESSAGE)"

translations: $(TEST_STAMP)
	$(BIN)/python -m tests.tools.translations $(ARGS)

golden: $(TEST_STAMP)
	$(BIN)/python -m tests.tools.make_golden

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
