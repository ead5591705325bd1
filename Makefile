# All set-up lives here: `make run` and `make test` work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench soak venv clean

$(STAMP): pyproject.toml
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

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

# A long seeded random walk over the real window (tests/ui/walk.py); last line:
# "soak: N steps, M failures". SEED=S picks another walk.
STEPS ?= 2000
SEED ?= 20261126
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.ui.soak $(STEPS) --seed $(SEED)

clean:
	rm -rf $(VENV) build *.egg-info
