# Chiffres: the numbers in the news, as clean data.
# `make run` sets everything up and extracts the figures of the shipped articles; `make test` runs every test.

SWIFT        ?= swift
APT_PACKAGES := libopenblas-dev liblapacke-dev zlib1g-dev libdeflate-dev
RELEASE_BIN  := .build/release/chiffres

.PHONY: setup build run test bench clean

## setup: install the system libraries (OpenBLAS, LAPACKE, libdeflate) when they are missing
setup:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
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

## test: every test (unit, data-driven, CLI)
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## bench: throughput and ratios, release build, one run
bench: setup
	$(SWIFT) build -c release --product ChiffresBench
	$(SWIFT) build -c release --product chiffres
	.build/release/ChiffresBench

clean:
	rm -rf .build out
