# newskg: `make run` sets up and serves; `make test` sets up and runs the suite.
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
STORE   ?= ./data/store
HOST    ?= 127.0.0.1
PORT    ?= 5000
BASE    ?= http://localhost:$(PORT)/

.PHONY: help run test setup web ingest-examples serve lint bench clean gazetteer

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python requirements.txt requirements-dev.txt pyproject.toml
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $@

setup: $(VENV)/.installed web  ## create .venv and install the pinned dependencies and the project

web:  ## install the query page's editor (YASGUI) from npm as package-lock.json pins it; without npm the page keeps its plain editor
	@if ! command -v npm >/dev/null; then echo "no npm: the query page uses its plain editor"; \
	elif [ ! -f node_modules/@zazuko/yasgui/build/yasgui.min.js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  npm ci --omit=dev --no-audit --no-fund --loglevel=error || echo "npm ci failed: the query page uses its plain editor"; fi

ingest-examples: setup  ## ingest the example articles in examples/ into the store, under BASE
	$(BIN)/kg rebase $(BASE) --store $(STORE)
	$(BIN)/kg ingest examples/ --store $(STORE)

run: ingest-examples  ## set up, load the examples, and serve on http://localhost:PORT (IRIs under BASE)
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: setup  ## set up and run the whole test suite
	bash scripts/test-deps.sh
	$(BIN)/python -m pytest --durations=15

GAZETTEER_SRC ?= ../shared/data/gazetteer

gazetteer: $(BIN)/python  ## rebuild kg/data/gazetteer/ from the gazetteer TSVs (GAZETTEER_SRC)
	$(BIN)/python scripts/build_gazetteer.py $(GAZETTEER_SRC) kg/data/gazetteer

lint: setup  ## ruff over the code (style report; not part of make test)
	$(BIN)/ruff check kg server tests bench scripts

bench: setup  ## run the benchmarks in bench/
	$(BIN)/python bench/pipeline_speed.py

clean:  ## remove the virtualenv and the local store
	rm -rf $(VENV) data
