# newsindex: the two commands of the quick start are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOME_DIR ?= data

.PHONY: demo test lint format install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when pyproject.toml changes; one stamp per set of extras.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test,dev]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/newsindex ingest examples/articles --home $(HOME_DIR)
	$(BIN)/newsindex search 바이오 --home $(HOME_DIR) --limit 3
	$(BIN)/newsindex search partnership --home $(HOME_DIR) --limit 3

# Some tests index a generated corpus, which reads Korean text from the konlpy wheel.
# One worker per core; a file's tests stay on one worker, so a module's fixtures are built once.
TEST_WORKERS ?= auto
test: $(VENV)/.installed-bench
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) $(HOME_DIR) .pytest_cache .ruff_cache *.egg-info

.PHONY: bench bench-quick

# The corpus generator reads real Korean text from the konlpy wheel (no Java, no import).
$(VENV)/.installed-bench: $(VENV)/.installed-test
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps "konlpy==0.6.0"
	touch $@

bench-quick: $(VENV)/.installed-bench
	$(BIN)/python -m bench.run --count 2000

bench: $(VENV)/.installed-bench
	$(BIN)/python -m bench.run --count 10000 --count 100000

.PHONY: bench-scale bench-1m bench-web bench-collapse eval-stories
# What collapsing a story's copies costs a search, grouped and listed in one run (bench/collapse.py).
bench-collapse: $(VENV)/.installed-bench
	$(BIN)/python -m bench.collapse --count 100000

# Story grouping's precision and recall on real copies and editions (tests/data/stories).
eval-stories: $(VENV)/.installed-bench
	$(BIN)/python -m bench.stories

# The search page's latency from a client on 127.0.0.1, beside direct search (bench/web.py).
bench-web: $(VENV)/.installed-bench
	$(BIN)/python -m bench.web --count 10000

# Dask workers and month shards against raw Kiwi and one index, in the same run (bench/scale.py).
bench-scale: $(VENV)/.installed-bench
	$(BIN)/python -m bench.scale --count 10000

# The 100,000 / 1,000,000 growth curve: hours of machine time (see bench/RESULTS.md).
bench-1m: $(VENV)/.installed-bench
	$(BIN)/python -m bench.scale --count 100000 --count 1000000

.PHONY: eval-extract
# Per-field accuracy and false fills on the real-data development set (tests/data/extraction),
# and translation-pair recall on the sample's real translations in real page layouts.
eval-extract: $(VENV)/.installed
	$(BIN)/python -m bench.extraction --show-misses
	$(BIN)/python -m bench.pairing

.PHONY: eval-quality
# nDCG@10, MRR@10 and Recall@100 of newsindex and three plain BM25 baselines, in one run, on
# every relevance collection in the repository, the headline -> article set and the news
# questions over articles and over paragraphs (bench/QUALITY.md says what each one is).
eval-quality: $(VENV)/.installed
	$(BIN)/python -m bench.quality $(wildcard tests/relevance/*/) tests/relevance
	$(BIN)/python -m bench.headlines
	$(BIN)/python -m bench.questions
	$(BIN)/python -m bench.paragraphs

.PHONY: readme
readme: $(VENV)/.installed
	$(BIN)/python docs/render_readme.py
