# Lotrace: `make run` runs the main job on data/, `make test` runs the tests, `make install`
# installs lotrace into PREFIX (DESTDIR honoured), `make uninstall` removes it again.
# They install the Debian packages the build needs when they are missing (as root).

APT_PACKAGES := libxml2-dev libzint-dev zlib1g-dev pkg-config
# The barcode round-trip tests read printed symbols back with these decoders.
TEST_PACKAGES := zbar-tools dmtx-utils librsvg2-bin
# Only the browser check (scripts/browser-check.sh, run by CI) needs these.
BROWSER_PACKAGES := chromium poppler-utils python3
DATA ?= data

# Installation: the executable in $(PREFIX)/bin, the templates and schemas it finds relative to
# itself in $(PREFIX)/share/lotrace, the man page and the shell completions (written by the
# executable: swift-argument-parser). LOTRACE names an executable built elsewhere (no build).
PREFIX ?= /usr/local
DESTDIR ?=
LOTRACE ?= .build/release/lotrace
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share/lotrace
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: deps build run test fuzz bench browser-check clean install uninstall FORCE

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	swift build -c release

.build/release/lotrace: FORCE
	@$(MAKE) --no-print-directory build

FORCE:

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

install: $(LOTRACE)
	install -d "$(BINDIR)" "$(SHAREDIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 755 "$(LOTRACE)" "$(BINDIR)/lotrace"
	rm -rf "$(SHAREDIR)/templates" "$(SHAREDIR)/schemas"
	cp -R templates schemas "$(SHAREDIR)/"
	chmod -R u=rwX,go=rX "$(SHAREDIR)"
	install -m 644 docs/lotrace.1 "$(MANDIR)/lotrace.1"
	"$(LOTRACE)" --generate-completion-script bash > "$(BASHDIR)/lotrace"
	"$(LOTRACE)" --generate-completion-script zsh > "$(ZSHDIR)/_lotrace"
	"$(LOTRACE)" --generate-completion-script fish > "$(FISHDIR)/lotrace.fish"
	@echo "installed lotrace in $(DESTDIR)$(PREFIX)"

uninstall:
	rm -f "$(BINDIR)/lotrace" "$(MANDIR)/lotrace.1" "$(BASHDIR)/lotrace" "$(ZSHDIR)/_lotrace" "$(FISHDIR)/lotrace.fish"
	rm -rf "$(SHAREDIR)"

clean:
	rm -rf .build
