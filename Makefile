# Bildungsallianz — the two commands are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PG_URL ?= postgres://bildungsallianz:bildungsallianz@127.0.0.1:5432/bildungsallianz
# Development defaults; production sets these in the environment (see .env.example).
DEV_ENV := DEBUG=1
TEST_ENV := ALLOW_INSECURE_DEV_KEY=1 MANIFEST_STATIC=0 DATABASE_URL=
PYTEST := $(PY) -m pytest
XDIST := -n 2

.PHONY: messages mutation run install test test-sqlite test-postgres test-browser lint format migrations-check bench lighthouse ops-check postgres chromium gettext clean

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed node_modules/.installed

run: install
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py createcachetable
	$(DEV_ENV) $(PY) manage.py seed_demo
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:8000

test: install lint migrations-check test-sqlite test-postgres test-browser

gettext:
	bash scripts/ensure_gettext.sh

test-sqlite: install gettext
	$(TEST_ENV) $(PYTEST) $(XDIST) -m "not browser" -q

postgres:
	bash scripts/ensure_postgres.sh

test-postgres: install gettext postgres
	ALLOW_INSECURE_DEV_KEY=1 MANIFEST_STATIC=0 DATABASE_URL=$(PG_URL) $(PYTEST) $(XDIST) -m "not browser" -q

chromium:
	bash scripts/ensure_chromium.sh

test-browser: install chromium
	$(TEST_ENV) $(PYTEST) -m browser -q -p no:randomly tests/browser

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint --check templates bildungsallianz --quiet
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djlint --reformat templates bildungsallianz --quiet || true

migrations-check: install
	DEBUG=1 $(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run

# UI catalogues: extract new strings into every language's catalogue, compile the .mo files
# (both are committed; translate in between — docs/translations.md).
messages: install
	$(DEV_ENV) $(PY) manage.py translations make
	$(DEV_ENV) $(PY) manage.py translations status
	$(DEV_ENV) $(PY) manage.py translations compile

# Mutation testing of permissions, back office, review life cycle, parser collector and folding (pyproject [tool.mutmut]); kill rate in docs/mutation-testing.md.
mutation: install
	rm -rf mutants
	$(TEST_ENV) $(VENV)/bin/mutmut run
	$(VENV)/bin/mutmut results

bench: install
	$(TEST_ENV) $(PY) bench/run.py

bench/lighthouse/node_modules/.installed: bench/lighthouse/package.json bench/lighthouse/package-lock.json
	cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Lighthouse (mobile) and page weight of /, /angebote/ and an indicator page under gunicorn.
lighthouse: install chromium bench/lighthouse/node_modules/.installed
	CHROME_PATH=/usr/bin/chromium $(PY) bench/lighthouse.py

# Production checks: check --deploy, backup round trip and load test with a database
# restart, both on a throw-away PostgreSQL cluster (docs/operations.md). Not in `make test`.
ops-check: install postgres
	$(PY) bench/ops_check.py

clean:
	rm -rf $(VENV) node_modules staticfiles
