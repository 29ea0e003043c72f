# openai-realtime: every install step lives here, so a fresh clone needs only Python 3.11 and make.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help setup demo test lint format typecheck check-generated subset regenerate pytest clean bench contract wheel-check soak

help:
	@echo "make demo        set up, then transcribe the sample recording through the local server"
	@echo "make test        set up, then lint, type-check, check generated code and run the tests"
	@echo "make wheel-check build the wheel, install it in a fresh venv outside the repo, use it"
	@echo "make soak        slow adversarial soaks (slowloris, 300 MiB of audio, ping floods)"
	@echo "make regenerate  regenerate generated/ from openapi.yaml (byte for byte)"
	@echo "make subset      re-cut openapi.yaml from the vendored upstream spec"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python >= 3.11 is required (found $(PYTHON))"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/openai-realtime transcribe samples/speech.wav --local --speed 4

subset: $(STAMP)
	$(PY) generator/cut_subset.py

regenerate: $(STAMP)
	$(PY) generator/regenerate.py

check-generated: $(STAMP)
	$(PY) generator/cut_subset.py --check
	$(PY) generator/regenerate.py --check

lint: $(STAMP)
	$(BIN)/ruff check handwritten tests generator bench
	$(BIN)/ruff format --check handwritten tests generator bench

format: $(STAMP)
	$(BIN)/ruff check --fix handwritten tests generator bench
	$(BIN)/ruff format handwritten tests generator bench

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

contract: $(STAMP)
	$(PY) tests/contract/schemathesis_contract.py

# The package as users install it: sdist + wheel, the wheel with [all] in a fresh venv outside the
# repository, used from another directory (tests/wheel_check.py says what it checks).
wheel-check: $(STAMP)
	$(PY) tests/wheel_check.py

test: lint typecheck check-generated contract pytest wheel-check

# Slow adversarial soaks (issue 11): the bounds at their defaults and at scale (a few minutes).
soak: $(STAMP)
	$(BIN)/pytest -q tests/soak_adversarial.py

# Benchmarks against the official SDK (issue 6): the SDK gets its own venv (its pins differ).
BENCH_VENV := bench/.venv-openai

$(BENCH_VENV)/.installed:
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install --quiet 'openai[realtime]'
	touch $@

bench: $(STAMP) $(BENCH_VENV)/.installed
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
