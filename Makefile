# Two commands do all set-up on a fresh Debian machine with the Swift toolchain:
#   make run    install what is missing, build, build the site from content/ and watch it
#   make test   install what is missing, run every test
SHELL := /bin/bash
CONTENT ?= content
OUTPUT ?= site
# What running needs, and what the tests need on top (a real browser with a CJK font, nginx, git).
RUN_APT := libinotifytools0-dev inotify-tools
TEST_APT := git curl chromium fonts-wqy-microhei nginx shellcheck
PIP_PACKAGES := websocket-client jsonschema pyyaml

.PHONY: deps test-deps apt-install bench build run test check bench clean

deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(RUN_APT)"

test-deps: deps
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(TEST_APT)"
	@python3 -c "import websocket, jsonschema, yaml" 2>/dev/null || python3 -m pip install -q $(PIP_PACKAGES)

apt-install:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	swift build -c release --product jixiao

run: build
	.build/release/jixiao watch --content $(CONTENT) --output $(OUTPUT)

check: build
	.build/release/jixiao check $(CONTENT)

test: test-deps
	swift build --build-tests
	swift test --skip-build 2>&1 | tee .build/test.log; exit $${PIPESTATUS[0]}

# Benchmarks against Hugo and the machine's floor (minutes; not part of make test). BENCH_ARGS=--sizes 13,1000
bench: deps
	@$(MAKE) --no-print-directory apt-install PACKAGES="hugo gcc valgrind"
	@python3 -c "import yaml" 2>/dev/null || python3 -m pip install -q pyyaml
	bench/run $(BENCH_ARGS)

clean:
	rm -rf .build site/*
