# Two commands on a fresh machine: `make run` serves the chat, `make test` passes the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench pythons clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/anonchat serve

test: $(VENV)/.installed-test
	$(BIN)/pytest

# ruff (bugs, imports, line length) and mypy (the typed extension surface: hookspecs, decisions).
$(VENV)/.installed-lint: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,lint]'
	touch $@ $(VENV)/.installed-test $(VENV)/.installed

lint: $(VENV)/.installed-lint
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(VENV)/.installed-test
	$(BIN)/python bench/moderation.py
	$(BIN)/python bench/chat_load.py

# `make run`'s install and an embedded database serving /healthz, on each Python of PYTHONS.
PYTHONS ?= 3.10 3.11 3.13
pythons:
	.ci/embedded-smoke $(PYTHONS)

clean:
	rm -rf $(VENV) var .pytest_cache
