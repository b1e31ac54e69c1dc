# Flashpoint: the two quick-start commands are `make demo` and `make test`; both set themselves up.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= flashpoint.db
SHARED ?= ../shared
PORT ?= 8000

.PHONY: setup demo test lint typecheck bench gate clean

$(BIN)/flashpoint: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/flashpoint

## Front-end libraries for the web UI (Leaflet, marker clustering, country outlines) from the npm registry;
## reinstalled only when node_modules is missing or the lock file is newer.
frontend/node_modules/.package-lock.json: frontend/package-lock.json
	npm ci --prefix frontend --no-audit --no-fund --loglevel=error
	touch $@

setup: $(BIN)/flashpoint frontend/node_modules/.package-lock.json

## Set up, code the sample corpus into ./flashpoint.db, show what was stored, then serve the web map on it.
demo: setup
	rm -f $(DB)
	$(BIN)/flashpoint ingest examples/ --db $(DB)
	$(BIN)/flashpoint events --db $(DB) --limit 50
	$(BIN)/flashpoint serve --db $(DB) --port $(PORT)

## Set up, then run the linters, the type checker, the tests, and the quality gate (when ../shared is there).
test: setup lint typecheck
	$(BIN)/pytest -q -p no:cacheprovider; status=$$?; \
	  if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$status
	$(MAKE) gate

## The accuracy gate: floors in quality/floors.toml, checked whenever the evaluation data is present.
gate: setup
	$(BIN)/python tools/check_floors.py
	@if [ -d "$(SHARED)/eval" ]; then $(BIN)/flashpoint eval gate --jobs 2 --shared $(SHARED); \
	  else echo "gate skipped: $(SHARED)/eval is absent"; fi

lint: setup
	$(BIN)/ruff check src tests tools
	$(BIN)/ruff format --check src tests tools
	$(BIN)/lint-imports

typecheck: setup
	$(BIN)/mypy

bench: setup
	$(BIN)/flashpoint bench --n 2000

clean:
	rm -rf $(VENV) build dist src/*.egg-info $(DB)
