# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PORT ?= 8000
HOST ?= 127.0.0.1
PY := $(VENV)/bin/python
MANAGE := DJANGO_SETTINGS_MODULE=lms.settings.dev $(PY) manage.py
PIP := $(PY) -m pip --disable-pip-version-check

.PHONY: run test lint messages lock install-run install-test npm-install check-python

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
		{ echo "Python 3.11 or newer is needed (set PYTHON=python3.11)."; exit 1; }

$(PY): | check-python
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: requirements/base.txt | $(PY)
	$(PIP) install --quiet --require-hashes -r requirements/base.txt
	touch $@

$(VENV)/.installed-test: requirements/dev.txt | $(PY)
	$(PIP) install --quiet --require-hashes -r requirements/dev.txt
	touch $@ $(VENV)/.installed-run

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	@mkdir -p node_modules && touch $@

install-run: $(VENV)/.installed-run node_modules/.package-lock.json
install-test: $(VENV)/.installed-test node_modules/.package-lock.json

run: install-run
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) collectstatic --noinput --verbosity 0
	@echo "Serving on http://localhost:$(PORT)/ (Ctrl+C stops it); H5P activities play from http://h5p.localhost:$(PORT)/"
	@echo "A background worker runs beside it: emails, certificate PDFs, and summaries updated after a trainer's certificate changes."
	export H5P_ORIGIN=$${H5P_ORIGIN:-http://h5p.localhost:$(PORT)} \
		PLATFORM_ORIGINS=$${PLATFORM_ORIGINS:-http://localhost:$(PORT),http://127.0.0.1:$(PORT)} \
		WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://localhost:$(PORT)}; \
	$(MANAGE) db_worker --no-reload --verbosity 0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

# `make test ARGS="tests/cascade -k roster"` passes ARGS to pytest. The tests run in one process per
# core and one more (pytest-xdist): the browser tests spend much of their time waiting on Chromium
# and the live server, and the extra process uses it (on 2 cores, measured side by side: 4 min 18 s against 4 min 49 s).
# Each test file runs in one process, so that a file's shared fixtures are built once;
# TEST_WORKERS=0 runs them all in this process (for pdb, or to read one test's output).
ARGS ?=
TEST_WORKERS ?= $(shell echo $$(( $$(nproc) + 1 )))

test: install-test
	@test -x /usr/bin/chromium || echo "Browser tests are skipped: Chromium is missing. Install it with: sudo apt-get install chromium"
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile $(ARGS)

# The checks of .pre-commit-config.yaml over the whole tree, changing nothing (the suite runs them too).
lint: install-test
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/djhtml --check --tabwidth 2 */templates
	node_modules/.bin/eslint --max-warnings 0 .
	node_modules/.bin/stylelint "**/*.css"
	node_modules/.bin/prettier --check "**/*.{js,css}"

# Refresh the kk and ru catalogues from the source, then compile them.
messages: install-test
	$(MANAGE) makemessages --locale kk --locale ru --no-obsolete --ignore "$(VENV)/*" --ignore "node_modules/*" --ignore "staticfiles/*" --ignore "locale_vendor/*"
	$(MANAGE) compilemessages --locale kk --locale ru --ignore "$(VENV)/*"

# Re-pin every Python dependency (needs pip-tools: pip install pip-tools).
lock:
	cd requirements && pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -o base.txt base.in
	cd requirements && pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -o dev.txt dev.in
