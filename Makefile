# `make run` sets everything up and starts the kiosk on the bundled demo database.
# `make test` sets everything up and runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

QM := $(patsubst %.ts,%.qm,$(wildcard assets/i18n/*.ts))
QML := $(shell find kiosk/ui/qml -name '*.qml' | sort)

.PHONY: setup system-deps bytecode run test bench bench-hour soak translations-update clean

setup: system-deps $(STAMP) $(QM) bytecode

system-deps:
	@scripts/system-deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# The kiosk's modules compiled to bytecode ahead: a start reads it instead of compiling every module (about 75 ms
# of a cold start wherever Python does not write it itself: PYTHONDONTWRITEBYTECODE, a read-only install). As with
# the bytecode Python writes itself, a module whose file's time or size changed is compiled again at import.
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q kiosk

assets/i18n/%.qm: assets/i18n/%.ts $(STAMP)
	$(BIN)/python scripts/compile-catalogue.py $< $@

# After changing user-visible strings: refresh the catalogues, then translate what is new.
translations-update: $(STAMP)
	for ts in assets/i18n/*.ts; do $(BIN)/pyside6-lupdate -locations relative -no-obsolete $(QML) -ts $$ts; done

run: setup
	$(BIN)/kiosk run

test: setup
	@scripts/system-deps.sh --test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: setup
	$(BIN)/python -m tests.bench

# Memory through an hour of hard use, the kiosk beside the microsite in Chromium (both on Xvfb); read by `make bench`.
HOUR ?= 60
bench-hour: setup
	$(BIN)/python -m tests.bench.hour --minutes $(HOUR)

# A seeded random visitor taps every visitor screen for MINUTES; fails on any Qt warning, Python exception or memory
# growth beyond 5 % after warm-up. The memory curve goes to .cache/soak/last.json, every action to last.log.
MINUTES ?= 10
SEED ?= 1
soak: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.soak --minutes $(MINUTES) --seed $(SEED)

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info .cache
