# Fordeling: `make` builds (release) and runs the whole batch Inputs/ → Outputs/; `make test` runs every test.
SWIFT ?= swift
FORDEL := .build/release/fordel

.PHONY: all build run test fuzz bench clean

all: run

# Swift's runtime and Foundation are linked into the binary: a process starts in 4 ms instead of 10.
build:
	$(SWIFT) build -c release --static-swift-stdlib --product fordel

run: build
	$(FORDEL) run --inputs Inputs --outputs Outputs

# The tests also use real programs (python3, LibreOffice, Chromium, pdftotext): installed from Debian when missing.
test:
	Tests/Tools/install-test-programs.sh
	$(SWIFT) test

# Every parser under libFuzzer for FUZZ_SECONDS seconds each (default 60). Not part of `make test`.
fuzz:
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60) Tests/Fuzz/fuzz.sh

# Fordeling against its peers (Python packages from PyPI into .build/bench-venv, and cat). Not part of `make test`.
bench: build
	python3 Tests/Bench/bench.py $(BENCH_CASES)

clean:
	rm -rf .build
