# The two commands of the README: `make site` and `make test`.
# Each creates .venv and installs Datelines into it when needed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# axe-core for the accessibility checks of the browser tests (package.json)
NODE_STAMP := node_modules/.installed

.PHONY: site test serve clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

## Build the example site from seeds/ into site/.
site: $(STAMP)
	$(BIN)/datelines extract
	$(BIN)/datelines build

## Run every test, browser tests included (they need /usr/bin/chromium and npm).
test: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest

## Preview the example site with live reload on http://127.0.0.1:8000/.
serve: $(STAMP)
	$(BIN)/datelines serve

clean:
	rm -rf site .pytest_cache
