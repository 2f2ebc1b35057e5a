# tankapp: `make run` opens the app, `make test` runs every test (headless).
# Both set up what they need on a fresh Debian 12 machine: system packages, then .venv.

SHELL := /bin/bash
VENV  := .venv
STAMP := $(VENV)/.installed
# What Qt needs (headless too), Xvfb for real windows, pdftotext for the PDF tests.
APT_PACKAGES := libgl1 libegl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 \
	libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1 xvfb xauth poppler-utils \
	fonts-dejavu-core python3-venv
# `make test` also runs the service-level suite against a throwaway PostgreSQL (pg_virtualenv).
PG_PACKAGES := postgresql
SUDO := $(shell [ "$$(id -u)" -ne 0 ] && command -v sudo)
# The throwaway cluster lives in memory when it can: a new database per test is copied in ~15 ms there.
PG_TMP := $(shell [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo "$${TMPDIR:-/tmp}")

.PHONY: run test test-postgres bundle translations clean system-packages pg-packages

run: $(STAMP)
	$(VENV)/bin/tankapp

# The PostgreSQL run goes alongside the SQLite one (pytest keeps one core busy; the machine has two);
# its report follows the SQLite run's, and either failing fails `make test`.
test: $(STAMP) | pg-packages
	@log=$$(mktemp); $(MAKE) --no-print-directory test-postgres > "$$log" 2>&1 & pg=$$!; \
	QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 $(VENV)/bin/pytest; sqlite=$$?; \
	wait $$pg; postgres=$$?; echo; echo "---- the service-level suite on PostgreSQL ----"; cat "$$log"; rm -f "$$log"; \
	[ $$sqlite -eq 0 ] && [ $$postgres -eq 0 ]

# The service-level tests again, each on a database of its own on a PostgreSQL cluster that
# pg_virtualenv makes for this run (as the postgres user) and drops afterwards; the tests that
# need Qt or make their own SQLite files are left to the run above (tests/pg_backend.py).
test-postgres: $(STAMP) | pg-packages
	@start=$$(date +%s); outer_tmp="$${TMPDIR-}"; \
	TMPDIR="$(PG_TMP)" pg_virtualenv -t -o synchronous_commit=off -o full_page_writes=off \
		env TMPDIR="$$outer_tmp" TANKAPP_TEST_PG_URL=postgresql+psycopg:///postgres \
		QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 $(CURDIR)/$(VENV)/bin/pytest -p no:cacheprovider; \
	status=$$?; echo "PostgreSQL run took $$(( $$(date +%s) - start )) s"; exit $$status

bundle: $(STAMP)
	$(VENV)/bin/pyinstaller --noconfirm tankapp.spec

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(shell find tankapp/ui -name "*.py" | sort) tankapp/domain/vocabulary.py -ts resources/i18n/tankapp_da.ts -no-obsolete
	$(VENV)/bin/pyside6-lrelease resources/i18n/tankapp_da.ts -qm resources/i18n/tankapp_da.qm

clean:
	rm -rf build dist .pytest_cache *.egg-info
	find tankapp tests -name __pycache__ -type d -prune -exec rm -rf {} +

# apt only runs when a package is missing, so a set-up machine needs no network.
system-packages:
	@missing=$$(for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${db:Status-Abbrev}' $$p 2>/dev/null | grep -q '^ii' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:" $$missing; \
		$(SUDO) apt-get update && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 $$missing; \
	fi

pg-packages:
	@dpkg-query -W -f='$${db:Status-Abbrev}' $(PG_PACKAGES) 2>/dev/null | grep -q '^ii' || { \
		echo "Installing system packages:" $(PG_PACKAGES); \
		$(SUDO) apt-get update && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 $(PG_PACKAGES); }

# pip only runs when pyproject.toml changed since the last install (or .venv is new).
$(STAMP): pyproject.toml | system-packages
	[ -x $(VENV)/bin/python ] || python3 -m venv $(VENV)
	$(VENV)/bin/python -m pip install -e '.[test,postgres]'
	touch $@
