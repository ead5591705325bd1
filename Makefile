# All set-up lives here: `make run` and `make test` work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench soak venv clean smoke dist

$(STAMP): pyproject.toml
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	    { echo "Zorgmap heeft Python 3.11 of nieuwer nodig (nu: $$($(PY) --version 2>&1))."; exit 1; }
	@$(PY) -c 'import ensurepip, venv' 2>/dev/null || \
	    { echo "Python kan geen virtuele omgeving maken. Installeer: sudo apt-get install python3-venv"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/zorgmap

lint: $(STAMP)
	$(BIN)/ruff check .

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

# Start the window, wait until it is on screen, quit (CI runs this under Xvfb).
smoke: $(STAMP)
	$(BIN)/zorgmap --smoke

# The one-folder bundle in dist/zorgmap (slow: not part of `make test`); then check it with
# packaging/check_bundle.sh dist/zorgmap.
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	    --distpath dist --workpath build/pyinstaller packaging/zorgmap.spec

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

# A long seeded random walk over the real window (tests/ui/walk.py); last line:
# "soak: N steps, M failures". SEED=S picks another walk.
STEPS ?= 2000
SEED ?= 20261126
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.ui.soak $(STEPS) --seed $(SEED)

clean:
	rm -rf $(VENV) build dist *.egg-info
