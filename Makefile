# Chiffres: the numbers in the news, as clean data.
# `make run` sets everything up and extracts the figures of the shipped articles; `make test` runs every test.

SWIFT        ?= swift
APT_PACKAGES := libopenblas-dev liblapacke-dev zlib1g-dev libdeflate-dev unzip libxlsxwriter-dev
# The bench also decompresses the corpus (xz) and counts instructions (valgrind).
BENCH_PACKAGES := xz-utils valgrind
RELEASE_BIN  := .build/release/chiffres
RUNNER_BIN   := .build/release/NotebookRunner

.PHONY: setup build run test bench eval clean notebooks notebooks-update install uninstall fuzz

setup:
	@missing=""; \
	for p in $(APT_PACKAGES) $(EXTRA_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "setup: installing$$missing"; \
	  sudo=""; [ "$$(id -u)" -ne 0 ] && sudo=sudo; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "setup: Swift 6 is needed (swift.org/install)"; exit 1; }

## build: release build of the chiffres command
build: setup
	$(SWIFT) build -c release --product chiffres

## run: extract the figures of the shipped articles to out/figures.csv and summarize them
run: build
	@mkdir -p out
	$(RELEASE_BIN) extract datasets/articles/seeds.jsonl --output out/figures.csv --summary

## test: every test (unit, data-driven, CLI), then the notebooks' commands against their recorded output
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory notebooks

## notebooks: run every `sh run` command of notebooks-md/ and README.md; fail with a diff where the output is not the recorded one
notebooks: build
	$(SWIFT) build -c release --product NotebookRunner
	$(RUNNER_BIN) notebooks-md README.md

## notebooks-update: after an intended change, record what the notebooks' commands print now (then review git diff)
notebooks-update: build
	$(SWIFT) build -c release --product NotebookRunner
	$(RUNNER_BIN) --update notebooks-md README.md

## bench: throughput and ratios, release build, one run
bench:
	@$(MAKE) --no-print-directory setup EXTRA_PACKAGES="$(BENCH_PACKAGES)"
	$(SWIFT) build -c release --product ChiffresBench
	$(SWIFT) build -c release --product chiffres
	.build/release/ChiffresBench

## eval: accuracy on the real data of ../shared/eval (or CHIFFRES_EVAL), each section against the best public tool
eval: build
	scripts/eval/run.sh

## install: the release chiffres in $(PREFIX)/bin, its data (rates, CPI, NATO table) in $(PREFIX)/share/chiffres/datasets,
## shell completions (bash, zsh, fish) and the man page; PREFIX=/usr/local by default, DESTDIR for packaging
PREFIX       ?= /usr/local
INSTALL_ROOT  = $(DESTDIR)$(PREFIX)
INSTALL_DATA := rates/eurofxref-hist.zip rates/PROVENANCE.md cpi/us-cpi-u-annual.csv cpi/PROVENANCE.md \
                nato/nato_defence_expenditure_2014_2024_tidy.csv nato/PROVENANCE.md
INSTALLED    := bin/chiffres $(addprefix share/chiffres/datasets/,$(INSTALL_DATA)) \
                share/bash-completion/completions/chiffres share/zsh/site-functions/_chiffres \
                share/fish/vendor_completions.d/chiffres.fish share/man/man1/chiffres.1
install: build
	install -d "$(INSTALL_ROOT)/bin" "$(INSTALL_ROOT)/share/bash-completion/completions" \
	  "$(INSTALL_ROOT)/share/zsh/site-functions" "$(INSTALL_ROOT)/share/fish/vendor_completions.d" "$(INSTALL_ROOT)/share/man/man1"
	install -m 755 $(RELEASE_BIN) "$(INSTALL_ROOT)/bin/chiffres"
	for f in $(INSTALL_DATA); do install -D -m 644 "datasets/$$f" "$(INSTALL_ROOT)/share/chiffres/datasets/$$f"; done
	$(RELEASE_BIN) --generate-completion-script bash > "$(INSTALL_ROOT)/share/bash-completion/completions/chiffres"
	$(RELEASE_BIN) --generate-completion-script zsh > "$(INSTALL_ROOT)/share/zsh/site-functions/_chiffres"
	$(RELEASE_BIN) --generate-completion-script fish > "$(INSTALL_ROOT)/share/fish/vendor_completions.d/chiffres.fish"
	install -m 644 docs/chiffres.1 "$(INSTALL_ROOT)/share/man/man1/chiffres.1"
	@echo "installed chiffres in $(INSTALL_ROOT)/bin, its data in $(INSTALL_ROOT)/share/chiffres/datasets"

## uninstall: removes every file install put in $(PREFIX), and the folders it leaves empty
uninstall:
	@[ -d "$(INSTALL_ROOT)" ] || { echo "uninstall: nothing at $(INSTALL_ROOT)"; exit 0; }; \
	  cd "$(INSTALL_ROOT)" && rm -f $(INSTALLED)
	for d in share/chiffres/datasets/rates share/chiffres/datasets/cpi share/chiffres/datasets/nato share/chiffres/datasets \
	  share/chiffres share/bash-completion/completions share/bash-completion share/zsh/site-functions share/zsh \
	  share/fish/vendor_completions.d share/fish share/man/man1 share/man share bin; do \
	  rmdir "$(INSTALL_ROOT)/$$d" 2>/dev/null || true; done
	@echo "removed chiffres from $(INSTALL_ROOT)"

## fuzz: libFuzzer targets (extractor, JSON Lines, CSV, rates file, HTML, series) with ASan, SECONDS each (default 30)
SECONDS ?= 30
fuzz: setup
	scripts/fuzz.sh $(SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf .build out

## Spark (scale/spark/, docs/spark.md): the same commands on a cluster, one chiffres child per task.
## make spark-extract INPUT=corpus.jsonl OUTPUT=out/spark [MASTER=local[2]] [ARGS="--to EUR"]
SPARK_VENV   := .venv-spark
SPARK_MASTER := $(if $(MASTER),$(MASTER),local[2])
SPARK_BIN    ?= $(RELEASE_BIN)
STATIC_BIN   := .build-static/release/chiffres

.PHONY: spark-setup spark-extract spark-trend spark-project spark-validate spark-test spark-bench static

## spark-setup: a JRE (and Python's venv) from Debian when missing, pyspark in .venv-spark/
spark-setup:
	@missing=""; command -v java >/dev/null || missing="default-jre-headless"; \
	python3 -c 'import ensurepip' 2>/dev/null || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then $(MAKE) --no-print-directory setup EXTRA_PACKAGES="$$missing"; fi
	@scale/spark/setup.sh $(SPARK_VENV)

spark-extract spark-trend spark-project spark-validate: spark-setup build
	@test -n "$(INPUT)" -a -n "$(OUTPUT)" || { echo "usage: make $@ INPUT=path OUTPUT=folder [MASTER=local[2]] [ARGS=...]"; exit 2; }
	SPARK_VENV=$(SPARK_VENV) scale/spark/submit.sh --master '$(SPARK_MASTER)' scale/spark/chiffres_spark.py $(@:spark-%=%) \
	    '$(INPUT)' '$(OUTPUT)' --chiffres $(SPARK_BIN) $(SPARK_OPTIONS) -- $(ARGS)

## spark-test: 20,000 generated documents through Spark local[2], compared with the single process
spark-test: spark-setup build
	scale/spark/test.sh $(SPARK_BIN)

## spark-bench: throughput of local[1] and local[2] against the single process (20,000 documents and 1 GB)
spark-bench: spark-setup build
	scale/spark/bench.sh $(SPARK_BIN)

## static: a chiffres with the Swift runtime linked in, for executors without Swift (ldd lists what remains)
static: setup
	$(SWIFT) build -c release --product chiffres --static-swift-stdlib --scratch-path .build-static
	@ldd $(STATIC_BIN) || true
