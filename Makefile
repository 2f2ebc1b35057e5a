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
SUDO := $(shell [ "$$(id -u)" -ne 0 ] && command -v sudo)

.PHONY: run test bundle translations clean system-packages

run: $(STAMP)
	$(VENV)/bin/tankapp

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 $(VENV)/bin/pytest

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

# pip only runs when pyproject.toml changed since the last install (or .venv is new).
$(STAMP): pyproject.toml | system-packages
	[ -x $(VENV)/bin/python ] || python3 -m venv $(VENV)
	$(VENV)/bin/python -m pip install -e '.[test]'
	touch $@
