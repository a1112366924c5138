# Build and install fu with its man page and shell completions.
#
#   make                      release build, fu.1 and the completion scripts
#   make install              copy them under $(DESTDIR)$(PREFIX) (builds nothing)
#   make install PREFIX=/usr DESTDIR=/tmp/stage SCRATCH=.build-install
#
# SCRATCH selects SwiftPM's build folder (default: .build). Generated files
# go under $(SCRATCH_DIR)/man and $(SCRATCH_DIR)/completions; none are tracked.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
SCRATCH ?=
BUILD_FLAGS ?= -c release
INSTALL ?= install

SCRATCH_DIR := $(if $(SCRATCH),$(SCRATCH),.build)
SWIFT_FLAGS := $(if $(SCRATCH),--scratch-path $(SCRATCH))

# The man page date is the last commit's (UTC) so the page does not change on
# every build; SOURCE_DATE_EPOCH wins when set, today's date outside git.
MAN_DATE ?= $(or \
  $(if $(SOURCE_DATE_EPOCH),$(shell date -u -d @$(SOURCE_DATE_EPOCH) +%Y-%m-%d 2>/dev/null)),\
  $(shell TZ=UTC git log -1 --date=format-local:%Y-%m-%d --format=%cd 2>/dev/null),\
  $(shell date -u +%Y-%m-%d))

# Asked of SwiftPM once, and only by the targets that need it.
BIN_DIR = $(eval BIN_DIR := $(shell $(SWIFT) build $(SWIFT_FLAGS) $(BUILD_FLAGS) --show-bin-path))$(BIN_DIR)
FU = $(BIN_DIR)/fu

MAN_DIR := $(SCRATCH_DIR)/man
COMPLETIONS_DIR := $(SCRATCH_DIR)/completions
# Where swift-argument-parser's GenerateManual plugin writes its output.
PLUGIN_MAN_DIR := $(SCRATCH_DIR)/plugins/GenerateManual/outputs/fu

BINDIR := $(DESTDIR)$(PREFIX)/bin
MAN1DIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build man completions install uninstall test clean

all: build man completions

build:
	$(SWIFT) build $(SWIFT_FLAGS) $(BUILD_FLAGS) --product fu

# The plugin builds the package in release mode itself, then runs
# `generate-manual` (which reads `fu --experimental-dump-help`).
man: build
	rm -rf $(PLUGIN_MAN_DIR)
	$(SWIFT) package $(SWIFT_FLAGS) plugin generate-manual --date $(MAN_DATE) --section 1
	mkdir -p $(MAN_DIR)
	# The help text's blank lines become paragraph breaks, and its indented lines
	# (examples, the environment, the files) literal blocks, which mdoc wants spelled
	# out: else man fills them into running text.
	awk '/^  / && !literal { print ".Bd -literal -offset indent"; literal = 1 } \
	  !/^  / && literal { print ".Ed"; literal = 0 } \
	  /^$$/ { print ".Pp"; next } \
	  literal { sub(/^  /, ""); print "\\&" $$0; next } \
	  { print } \
	  END { if (literal) print ".Ed" }' $(PLUGIN_MAN_DIR)/fu.1 > $(MAN_DIR)/fu.1

# fu's own scripts (completions/), which ask `fu __complete` and quote what they insert.
completions:
	mkdir -p $(COMPLETIONS_DIR)
	cp completions/fu.bash $(COMPLETIONS_DIR)/fu
	cp completions/_fu $(COMPLETIONS_DIR)/_fu
	cp completions/fu.fish $(COMPLETIONS_DIR)/fu.fish

# Copies what `make` built and builds nothing, so `sudo make install` needs neither
# swift on root's PATH nor root-owned files in the build folder.
install:
	@test -x $(SCRATCH_DIR)/release/fu -a -f $(MAN_DIR)/fu.1 -a -f $(COMPLETIONS_DIR)/fu || \
	  { echo "make: run \`make\` first (as yourself), then \`make install\`" >&2; exit 1; }
	$(INSTALL) -Dm755 $(SCRATCH_DIR)/release/fu $(BINDIR)/fu
	$(INSTALL) -Dm644 $(MAN_DIR)/fu.1 $(MAN1DIR)/fu.1
	$(INSTALL) -Dm644 $(COMPLETIONS_DIR)/fu $(BASHDIR)/fu
	$(INSTALL) -Dm644 $(COMPLETIONS_DIR)/_fu $(ZSHDIR)/_fu
	$(INSTALL) -Dm644 $(COMPLETIONS_DIR)/fu.fish $(FISHDIR)/fu.fish

uninstall:
	rm -f $(BINDIR)/fu $(MAN1DIR)/fu.1 $(BASHDIR)/fu $(ZSHDIR)/_fu $(FISHDIR)/fu.fish

test:
	$(SWIFT) test $(SWIFT_FLAGS)

clean:
	$(SWIFT) package $(SWIFT_FLAGS) clean
	rm -rf $(MAN_DIR) $(COMPLETIONS_DIR)
