# bizcenter — GNU make. Every target is idempotent: run it again and it does only what is missing.
#
#   make install   Debian packages (as root, only the missing ones) + .venv + pip install -e ".[test]"
#   make test      install, then import contracts (lint-imports) and pytest on SQLite AND PostgreSQL
#   make run       install, `bizcenter init`, `bizcenter demo`, then the counter app
#   make bench     install, then `bizcenter bench`
#   make bench-ui  install, then the counter app's cold start and event-loop stall figures
#   make clean     build output and caches (keeps .venv and every database); distclean also drops .venv
#   make golden    redraw every slip to tests/golden/ (and the samples in docs/print/), list what changed
#   make screenshots  every main screen in both languages to docs/screenshots/ (Xvfb + openbox, 1366×768)
#   make installer the one-folder app bundle dist/bizcenter/ (PyInstaller; installer/README.md)
#   make installer-test  build it, then start the bundled app offscreen (tests/integration/test_installer.py)
#
# Variables: PYTHON (interpreter for the venv), PYTEST_ARGS (e.g. PYTEST_ARGS="-x tests/core"),
# BIZCENTER_REQUIRE_PG=0 (let `make test` skip PostgreSQL when its binaries are missing),
# BIZCENTER_TEST_BACKENDS=sqlite|postgresql (one backend only), BIZCENTER_DB (database for run; bench always uses a temporary one).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

VENV  := .venv
BIN   := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3 2>/dev/null || echo python3)

# postgresql: server binaries for the throw-away test cluster (the tests start their own; no service).
# fonts-wqy-microhei: CJK glyphs for Qt and the PDFs. poppler-utils/-data: pdftotext/pdftoppm checks.
# The rest: shared libraries the PySide6-Essentials wheels link against (QtGui/QtWidgets + offscreen
# platform plugin), read off `ldd` on Debian 12; usually present already.
APT_PACKAGES := postgresql fonts-wqy-microhei poppler-utils poppler-data \
                libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 \
                libglib2.0-0 libx11-6 libgssapi-krb5-2

# `make screenshots` only: a virtual X display, a real window manager (title bars, placement, focus) and the
# xcb libraries Qt's X11 platform plugin links against (read off `ldd libqxcb.so` on Debian 12).
SCREENSHOT_PACKAGES := xvfb xauth openbox fonts-wqy-microhei libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
                       libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-sync1 \
                       libxcb-xfixes0 libxcb-shm0 libxcb-util1 libx11-xcb1 libxkbcommon-x11-0

BIZCENTER_REQUIRE_PG ?= 1

export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PIP_ROOT_USER_ACTION := ignore

.PHONY: help install system-deps venv translations ts test lint pytest run bench bench-ui clean distclean \
        installer installer-test golden screenshots

help:
	@sed -n '2,18s/^# \{0,1\}//p' $(firstword $(MAKEFILE_LIST))

install: system-deps venv translations

# --- translations: the .ts files are source (Qt Linguist); the .qm files the app loads are built --------
TS := $(wildcard ui/translations/*.ts)
QM := $(TS:.ts=.qm)
translations: $(QM)
ui/translations/%.qm: ui/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts from the sources after adding strings, then seed new ones from the glossary.
ts: | $(STAMP)
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts ui/translations/bizcenter_zh_CN.ts
	$(BIN)/python tools/fill_ts.py ui/translations/bizcenter_zh_CN.ts ui/translations/zh_CN*.json

# --- Debian packages ---------------------------------------------------------------------------------
# As root: apt-get only what dpkg says is missing; `apt-get update` only if something is. Package
# scripts must not start services (postgresql-common would start a `main` cluster, and fails the
# install where no init system runs): a temporary policy-rc.d that says "no" unless one exists.
system-deps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
	  echo "install: not a Debian-based system; install PostgreSQL server binaries and a CJK font yourself"; \
	  exit 0; \
	fi; \
	missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q ' installed$$' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "install: Debian packages present"; exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then \
	  echo "install: not root, skipping apt. Missing Debian packages:$$missing"; \
	  echo "         install them with: sudo apt-get install -y --no-install-recommends$$missing"; \
	  exit 0; \
	fi; \
	echo "install: apt-get install$$missing"; \
	policy=/usr/sbin/policy-rc.d; \
	if [ ! -e "$$policy" ]; then \
	  printf '#!/bin/sh\nexit 101\n' > "$$policy"; chmod 755 "$$policy"; \
	  trap 'rm -f "$$policy"' EXIT; \
	fi; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get update -q; \
	apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 \
	  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold $$missing </dev/null

# --- Python environment ------------------------------------------------------------------------------
venv: $(STAMP)

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "bizcenter needs Python >= 3.11, $(PYTHON) is " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)

# Re-install only when pyproject.toml changed since the last install (or the venv is new).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test]"
	@touch $@

# --- checks ------------------------------------------------------------------------------------------
# The slowest tests are named at the end of the run: a slow machine's log then says where the time went.
DURATIONS := --durations=20 --durations-min=2
test: export QT_QPA_PLATFORM := offscreen
test: export BIZCENTER_REQUIRE_PG := $(BIZCENTER_REQUIRE_PG)
# Both checks always run (a broken contract does not hide test results); either failing fails the target.
test: install
	@status=0; \
	echo "$(BIN)/lint-imports"; $(BIN)/lint-imports || status=1; \
	echo "$(BIN)/pytest $(DURATIONS) $(PYTEST_ARGS)"; $(BIN)/pytest $(DURATIONS) $(PYTEST_ARGS) || status=1; \
	if [ $$status != 0 ]; then echo "make test: FAILED (see lint-imports and/or pytest above)" >&2; fi; \
	exit $$status

lint: install
	$(BIN)/lint-imports

pytest: export QT_QPA_PLATFORM := offscreen
pytest: install
	$(BIN)/pytest $(PYTEST_ARGS)

# Slips drawn from the printer's bytes (tests/core/escpos_png.py) into tests/golden/, which
# tests/core/test_golden_slips.py compares against: run after a reviewed change, look at what it lists.
golden: export QT_QPA_PLATFORM := offscreen
golden: install
	BIZCENTER_GOLDEN=refresh BIZCENTER_TEST_BACKENDS=sqlite $(BIN)/pytest -q -s -p no:cacheprovider \
	  tests/core/test_golden_slips.py

# --- the application ---------------------------------------------------------------------------------
# The database is $BIZCENTER_DB if set, else bizcenter.sqlite3 in the user data directory.
run: install
	$(BIN)/bizcenter init
	$(BIN)/bizcenter demo
	$(BIN)/bizcenter-app

bench: install
	$(BIN)/bizcenter bench

# Cold start to the sign-in screen and event-loop gaps while selling (figures in the README).
bench-ui: export QT_QPA_PLATFORM := offscreen
bench-ui: install
	$(BIN)/python -m ui.bench

# Every main screen in English and Chinese (tools/screenshots.py on a throw-away demo database), shot in a
# 1366×768 Xvfb display with openbox as the window manager; replaces docs/screenshots/en and /zh.
screenshots: install
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="$(SCREENSHOT_PACKAGES)"
	rm -rf docs/screenshots/en docs/screenshots/zh
	env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1366x768x24" \
	  bash -c 'openbox >/dev/null 2>&1 & sleep 1; QT_QPA_PLATFORM=xcb $(BIN)/python tools/screenshots.py --out docs/screenshots'

# --- the installable bundle -------------------------------------------------------------------------------
# PyInstaller lives in the optional extra [installer], installed here only, never for `make test`.
INSTALLER_STAMP := $(VENV)/.installer-installed
$(INSTALLER_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install -q -e ".[test,installer]"
	@touch $@

installer: install $(INSTALLER_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
	  installer/bizcenter.spec
	@echo "installer: dist/bizcenter/bizcenter-app (and dist/bizcenter/bizcenter, the command line)"

installer-test: export QT_QPA_PLATFORM := offscreen
installer-test: installer
	BIZCENTER_BUNDLE=dist/bizcenter $(BIN)/pytest -q tests/integration/test_installer.py

# --- housekeeping ------------------------------------------------------------------------------------
# Never deletes a database: not the user data directory, not a *.sqlite3 in the tree.
clean:
	rm -rf build dist reports .pytest_cache .import_linter_cache .coverage .coverage.* htmlcov \
	       ./*.egg-info
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) .hypothesis
