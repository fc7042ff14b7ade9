# Fordeling: `make` builds (release) and runs the whole batch Inputs/ → Outputs/; `make test` runs every test.
SWIFT ?= swift
FORDEL := .build/release/fordel

.PHONY: all build run test fuzz clean

all: run

build:
	$(SWIFT) build -c release --product fordel

run: build
	$(FORDEL) run --inputs Inputs --outputs Outputs

test:
	$(SWIFT) test

# Every parser under libFuzzer for FUZZ_SECONDS seconds each (default 60). Not part of `make test`.
fuzz:
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60) Tests/Fuzz/fuzz.sh

clean:
	rm -rf .build
