# Behoudplein: `make run` (demo site on SQLite) and `make test` (the whole suite) set up a
# fresh machine by themselves. See README.md.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
PYTHON ?= python3.11
BENCH ?=
PYTEST_ARGS ?=
export DJANGO_ALLOW_ASYNC_UNSAFE := true

.PHONY: run test test-pg test-e2e lint format bench venv chromium clean

$(VENV)/.installed: pyproject.toml
	@set -e; \
	if command -v uv >/dev/null 2>&1; then UV=uv; \
	elif $(PYTHON) -m uv --version >/dev/null 2>&1; then UV="$(PYTHON) -m uv"; \
	elif $(PYTHON) -m pip install --quiet uv >/dev/null 2>&1 \
	  || $(PYTHON) -m pip install --quiet --break-system-packages uv >/dev/null 2>&1; then UV="$(PYTHON) -m uv"; \
	else UV=""; fi; \
	if [ -n "$$UV" ]; then \
	  $$UV venv --quiet --allow-existing --python $(PYTHON) $(VENV); \
	  $$UV pip install --quiet --python $(PY) -e '.[dev]'; \
	else \
	  $(PYTHON) -m venv $(VENV); \
	  $(PY) -m pip install --quiet -e '.[dev]'; \
	fi
	@touch $@

venv: $(VENV)/.installed

chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null) \
	      || echo "chromium could not be installed: browser tests will be skipped"; \
	  else echo "Install Debian's chromium (sudo apt-get install chromium) for the browser tests"; fi; \
	fi

run: venv
	$(BIN)/behoudplein migrate --no-input
	$(BIN)/behoudplein demo
	@if [ -d ../shared/seeds ] && $(BIN)/behoudplein help import >/dev/null 2>&1; then \
	  $(BIN)/behoudplein import ../shared/seeds/evaluatie-dwsra-bijlagen-6-7-8.txt >/dev/null || true; fi
	$(BIN)/behoudplein runserver 127.0.0.1:8000

test: venv chromium
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

# The unit and integration tests again on PostgreSQL (DATABASE_URL must point at it).
test-pg: venv
	@test -n "$$DATABASE_URL" || (echo "set DATABASE_URL=postgres://..." && exit 2)
	$(BIN)/python -m pytest -n 2 -m "not e2e" $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(find behoudplein -name '*.html' -path '*templates*')
	$(BIN)/mypy $$(find behoudplein \( -name services.py -o -name selectors.py -o -name permissions.py \) -not -path '*/tests/*' -not -path 'behoudplein/importer/*' -not -path 'behoudplein/search/*') $$(ls -d behoudplein/search behoudplein/importer 2>/dev/null)
	DJANGO_SETTINGS_MODULE=behoudplein.settings.test $(BIN)/behoudplein makemigrations --check --dry-run

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(find behoudplein -name '*.html' -path '*templates*')

bench: venv
	$(BIN)/python -m bench $(BENCH)

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
