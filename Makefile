# Lotrace: `make run` runs the main job on data/, `make test` runs the tests.
# Both install the Debian packages the build needs when they are missing (as root).

APT_PACKAGES := libxml2-dev libzint-dev zlib1g-dev pkg-config
# The barcode round-trip tests read printed symbols back with these decoders.
TEST_PACKAGES := zbar-tools dmtx-utils librsvg2-bin
# Only the browser check (scripts/browser-check.sh, run by CI) needs these.
BROWSER_PACKAGES := chromium poppler-utils python3
DATA ?= data

.PHONY: deps build run test fuzz bench browser-check clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	swift build -c release

run: build
	.build/release/lotrace build --data $(DATA) --out output

test: deps
	@$(MAKE) --no-print-directory deps APT_PACKAGES="$(TEST_PACKAGES)"
	swift test

# Every libFuzzer harness for FUZZ_SECONDS each (scripts/fuzz.sh; docs/faults.md).
FUZZ_SECONDS ?= 20
fuzz: deps
	scripts/fuzz.sh all $(FUZZ_SECONDS)

browser-check: deps
	@$(MAKE) --no-print-directory deps APT_PACKAGES="$(BROWSER_PACKAGES)"
	scripts/browser-check.sh

bench: deps
	scripts/bench.sh

clean:
	rm -rf .build
