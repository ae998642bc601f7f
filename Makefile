# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := resources/translations/caseworker_ru.ts
QM := resources/translations/caseworker_ru.qm

.PHONY: run test test-encrypted test-postgres lint translations update-translations clean

# First check the system libraries Qt's xcb plugin needs (names the apt-get line if any lack).
# Where Python writes no compiled modules itself (PYTHONDONTWRITEBYTECODE), compile them here:
# compiling them again at every start costs a third of a second on a slow machine.
run: $(STAMP) $(QM)
	@$(PY) -m ui.system_libraries
	$(if $(PYTHONDONTWRITEBYTECODE),@$(PY) -m compileall -q caseworker ui > /dev/null || true)
	$(PY) main.py

# pytest exits 5 when it collected no test: that is a failure here, not a pass.
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; exit $$status

# The whole suite again with every test's database encrypted (SQLCipher, its keys file beside
# it, the evidence vault sealed): tests/conftest.py reads $CASEWORKER_TESTS_ENCRYPTED. CI runs
# both passes (.ci/run); `make test` stays one.
test-encrypted:
	CASEWORKER_TESTS_ENCRYPTED=1 $(MAKE) test

# The service and command-line suites again on PostgreSQL (issue 15): tests/conftest.py reads
# $CASEWORKER_TESTS_BACKEND and gives each test a fresh database copied from a migrated
# template on a throwaway server (tests/postgres_fixtures.py); the tests about SQLite files
# only (marked sqlite_only) are deselected and counted in the summary. Without the server's
# binaries the run skips, or fails where $CI is set.
POSTGRES_TESTS := tests/services tests/inquiries tests/lists tests/matching tests/letters \
	tests/timeline tests/xlsx tests/test_demo.py tests/test_integrity.py \
	$(sort $(wildcard tests/test_cli*.py tests/test_synth*.py tests/test_worklist_export*.py))
test-postgres:
	CASEWORKER_TESTS_BACKEND=postgresql $(MAKE) test PYTEST_ARGS="$(POSTGRES_TESTS) $(PYTEST_ARGS)"

# The same three checks run before each commit (.pre-commit-config.yaml) and in CI (.ci/run).
# mypy is strict over caseworker/, ui/ and tests/ (the packages in pyproject.toml).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

translations: $(QM)

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml Makefile | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	# compat: a plain path in a .pth, not an import hook that costs every start 9 ms
	$(PY) -m pip install --quiet -e '.[dev]' --config-settings editable_mode=compat
	touch $(STAMP)

$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

# Collect new strings from the sources into the .ts file (then translate them).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(git ls-files 'ui/*.py' 'caseworker/*.py') -ts $(TS)

clean:
	rm -rf $(VENV) $(QM)
