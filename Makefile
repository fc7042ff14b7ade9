# Fordeling: `make` builds (release) and runs the whole batch Inputs/ → Outputs/; `make test` runs every test.
SWIFT ?= swift
FORDEL := .build/release/fordel

.PHONY: all build run test clean

all: run

build:
	$(SWIFT) build -c release --product fordel

run: build
	$(FORDEL) run --inputs Inputs --outputs Outputs

test:
	$(SWIFT) test

clean:
	rm -rf .build
