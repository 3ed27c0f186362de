# Two commands: `make run` serves the site, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
FLASK := $(BIN)/flask --app navigator
# Path only: query strings and referrers can carry what a person typed.
ACCESS_LOG := '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'

.PHONY: run test lint setup test-setup translations db catalog bench clean constraints

run: setup db
	$(BIN)/gunicorn --workers 2 --worker-class gthread --threads 4 \
	  --bind 127.0.0.1:$(PORT) --access-logfile - --access-logformat $(ACCESS_LOG) \
	  'navigator:create_app()'

test: test-setup translations lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Lint and types, with the settings in pyproject.toml (mypy is strict for the domain).
lint: test-setup
	$(BIN)/ruff check .
	$(BIN)/mypy

setup: $(VENV)/.installed translations

test-setup: $(VENV)/.installed-test

# Every install takes the versions pinned in constraints.txt: the ones the tests passed with.
PIP_INSTALL := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) --upgrade pip
	$(PIP_INSTALL) -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP_INSTALL) -e '.[test]'
	touch $@

# After changing a dependency in pyproject.toml: install the newest allowed versions, run
# `make test`, and keep the pins only if it passes (git diff constraints.txt shows them).
constraints:
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade -e '.[test]'
	$(BIN)/python -m pip freeze --exclude-editable --all | grep -v '^navigator' > constraints.txt

# Compile the Spanish catalog; *.mo files are build output and not committed.
translations: $(VENV)/.installed
	$(BIN)/pybabel --quiet compile --directory translations

db: $(VENV)/.installed
	$(FLASK) db upgrade


# Re-extract messages after changing user-facing text, then translate the new entries.
catalog: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -k N_ -c TRANSLATORS: --no-location --sort-output \
	  --project Navigator --msgid-bugs-address "" -o translations/messages.pot .
	$(BIN)/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching --ignore-obsolete

bench: $(VENV)/.installed
	$(BIN)/python bench/glossary_search.py
	$(BIN)/python bench/estimate.py
	$(BIN)/python bench/x12_parse.py
	$(BIN)/python bench/lookup.py
	$(BIN)/python bench/ingest.py --size-mb 200
	$(BIN)/python bench/batch.py

clean:
	rm -rf $(VENV) .pytest_cache
