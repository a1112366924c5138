# Build and install fu with its man page and shell completions.
#
#   make                      release build, fu.1 and the completion scripts
#   make install              copy them under $(DESTDIR)$(PREFIX) (builds nothing)
#   make install PREFIX=/usr DESTDIR=/tmp/stage SCRATCH=.build-install
#   make dist                 dist/fu-VERSION-linux-ARCH.tar.gz: the same files, ready to
#                             unpack anywhere (bin/, share/, README.md, LICENSE)
#
# SCRATCH selects SwiftPM's build folder (default: .build). The man page is docs/fu.1
# and the completion scripts are in completions/; both are copied as they are.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
SCRATCH ?=
INSTALL ?= install
STRIP ?= strip

SCRATCH_DIR := $(if $(SCRATCH),$(SCRATCH),.build)
SWIFT_FLAGS := $(if $(SCRATCH),--scratch-path $(SCRATCH))

# The binary needs nothing but the C library: Swift's runtime and Foundation (with its
# ICU data) are linked in, and so are cmark, libstdc++ and libgcc. The package links
# cmark as pkg-config says; a libcmark.pc of our own (PKG_CONFIG_PATH) says `-L` a
# folder that holds only the static libraries, which the linker then searches first,
# for `-lcmark` and for the runtime's `-lstdc++`. No RUNPATH: there is nothing to find.
CMARK_LIBDIR ?= $(shell pkg-config --variable=libdir libcmark 2>/dev/null || echo /usr/lib)
CMARK_INCLUDEDIR ?= $(shell pkg-config --variable=includedir libcmark 2>/dev/null || echo /usr/include)
STDCXX_A ?= $(shell clang -print-file-name=libstdc++.a 2>/dev/null)
STATIC_LIBS := $(abspath $(SCRATCH_DIR))/static-libs
export PKG_CONFIG_PATH := $(STATIC_LIBS)$(if $(PKG_CONFIG_PATH),:$(PKG_CONFIG_PATH))
#
# Not position-independent (-no-pie): a PIE of this size makes the dynamic loader apply
# ~80,000 relocations, and copy the pages they touch, before main, at every start: about
# a millisecond, a tenth of an agenda over 1,000 contacts. The cost is that fu's own code
# and data load at a fixed address (the C library, stack and heap are still randomised).
BUILD_FLAGS ?= -c release --static-swift-stdlib --disable-local-rpath \
  -Xswiftc -Xclang-linker -Xswiftc -static-libgcc -Xswiftc -Xclang-linker -Xswiftc -no-pie

# Asked of SwiftPM once, and only by the targets that need it.
BIN_DIR = $(eval BIN_DIR := $(shell $(SWIFT) build $(SWIFT_FLAGS) $(BUILD_FLAGS) --show-bin-path))$(BIN_DIR)
FU = $(BIN_DIR)/fu

# What `make` leaves for `make install` and `make dist`: the stripped binary.
STAGE := $(SCRATCH_DIR)/stage
VERSION := $(shell sed -n 's/^ *version: "\(.*\)",$$/\1/p' Sources/fu/Fu.swift)
ARCH := $(shell uname -m)
DIST_NAME := fu-$(VERSION)-linux-$(ARCH)

BINDIR := $(DESTDIR)$(PREFIX)/bin
MAN1DIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build man completions install uninstall dist lint-man test clean

all: build man completions

build: $(STATIC_LIBS)/libcmark.pc
	$(SWIFT) build $(SWIFT_FLAGS) $(BUILD_FLAGS) --product fu
	mkdir -p $(STAGE)
	$(STRIP) -o $(STAGE)/fu $(FU)

$(STATIC_LIBS)/libcmark.pc:
	mkdir -p $(STATIC_LIBS)
	ln -sf $(CMARK_LIBDIR)/libcmark.a $(STATIC_LIBS)/libcmark.a
	ln -sf $(STDCXX_A) $(STATIC_LIBS)/libstdc++.a
	printf '%s\n' 'libdir=$(CMARK_LIBDIR)' 'includedir=$(CMARK_INCLUDEDIR)' 'Name: libcmark' \
	  'Description: cmark, linked statically' 'Version: 0' 'Libs: -L$(STATIC_LIBS) -lcmark' \
	  'Cflags: -I$${includedir}' > $@

# Written by hand (docs/fu.1, mdoc): nothing to generate.
man:
	@test -f docs/fu.1

lint-man:
	mandoc -Tlint -Wwarning docs/fu.1

# Written by hand (completions/): each asks `fu __complete` for its candidates.
completions:
	@test -f completions/fu.bash -a -f completions/_fu -a -f completions/fu.fish

# Copies what `make` built and builds nothing, so `sudo make install` needs neither
# swift on root's PATH nor root-owned files in the build folder.
install:
	@test -x $(STAGE)/fu || \
	  { echo "make: run \`make\` first (as yourself), then \`make install\`" >&2; exit 1; }
	$(INSTALL) -Dm755 $(STAGE)/fu $(BINDIR)/fu
	$(INSTALL) -Dm644 docs/fu.1 $(MAN1DIR)/fu.1
	$(INSTALL) -Dm644 completions/fu.bash $(BASHDIR)/fu
	$(INSTALL) -Dm644 completions/_fu $(ZSHDIR)/_fu
	$(INSTALL) -Dm644 completions/fu.fish $(FISHDIR)/fu.fish

uninstall:
	rm -f $(BINDIR)/fu $(MAN1DIR)/fu.1 $(BASHDIR)/fu $(ZSHDIR)/_fu $(FISHDIR)/fu.fish

# The tarball: what `make install PREFIX=/` would put in place, with README.md and
# LICENSE, under one folder named after it.
dist: all
	rm -rf dist/$(DIST_NAME) dist/$(DIST_NAME).tar.gz
	$(MAKE) --no-print-directory install PREFIX= DESTDIR=dist/$(DIST_NAME) SCRATCH=$(SCRATCH)
	$(INSTALL) -m644 README.md LICENSE dist/$(DIST_NAME)/
	tar -C dist --owner=0 --group=0 --sort=name -czf dist/$(DIST_NAME).tar.gz $(DIST_NAME)
	rm -rf dist/$(DIST_NAME)
	@echo "dist/$(DIST_NAME).tar.gz"

test:
	$(SWIFT) test $(SWIFT_FLAGS)

clean:
	$(SWIFT) package $(SWIFT_FLAGS) clean
	rm -rf $(STAGE) $(STATIC_LIBS) dist
