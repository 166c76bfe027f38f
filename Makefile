# tcost: build, test, benchmark and install.
# `make` builds ./tcost; `make demo` runs the flagship example; `make test` runs every test.
# Lua 5.4 comes from the system (pkg-config); scripts/install-deps installs it when missing.

CC      ?= cc
PREFIX  ?= /usr/local
DESTDIR ?=
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -Wpedantic
BUILD   := build

# Ask pkg-config for Lua 5.4 under each name distributions use; install it when missing.
LUA_PC := $(shell scripts/find-lua)
ifeq ($(LUA_PC),)
LUA_PC := $(shell scripts/install-deps >&2; scripts/find-lua)
endif
ifeq ($(LUA_PC),)
$(error Lua 5.4 not found; see the message of scripts/install-deps above)
endif
LUA_CFLAGS := $(shell pkg-config --cflags $(LUA_PC))
LUA_LIBS   := $(shell pkg-config --libs $(LUA_PC))

ALL_CFLAGS  = $(WARN) $(CFLAGS) $(LUA_CFLAGS) -Isrc -I$(BUILD) -D_DEFAULT_SOURCE
ALL_LDFLAGS = $(LDFLAGS)
LIBS        = $(LUA_LIBS) -lm -pthread

LIB_LUA  := $(sort $(shell find lib-lua -name '*.lua' -not -path 'lib-lua/meta/*'))
SRC      := $(sort $(filter-out src/main.c,$(wildcard src/*.c)))
OBJ      := $(SRC:src/%.c=$(BUILD)/%.o) $(BUILD)/lib_embed.o
TEST_SRC := $(sort $(wildcard tests/c/test_*.c))

.PHONY: readme all demo test sanitize bench install uninstall clean valgrind fuzz fuzz-smoke browser-test update-golden
all: tcost

tcost: $(OBJ) $(BUILD)/main.o
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

# The test build: the same objects plus the `selftest` command that runs Lua test files.
$(BUILD)/tcost-test: $(OBJ) $(BUILD)/main_test.o
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/%.o: src/%.c $(wildcard src/*.h) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/main_test.o: src/main.c $(wildcard src/*.h) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -DTCOST_SELFTEST -c -o $@ $<

# lib-lua/ is compiled into the binary so an installed tcost needs no files beside it.
$(BUILD)/embed: scripts/embed.c | $(BUILD)
	$(CC) $(WARN) $(CFLAGS) $(LUA_CFLAGS) $(LDFLAGS) -o $@ $< $(LUA_LIBS)
$(BUILD)/lib_embed.c: $(BUILD)/embed $(LIB_LUA)
	$(BUILD)/embed $(LIB_LUA) > $@.tmp && mv $@.tmp $@
$(BUILD)/lib_embed.o: $(BUILD)/lib_embed.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/suites.h: $(TEST_SRC) | $(BUILD)
	grep -ho 'const tc_suite suite_[a-z0-9_]*' $(TEST_SRC) | sed 's/const tc_suite \(.*\)/SUITE(\1)/' > $@
$(BUILD)/test_c: tests/c/main.c $(TEST_SRC) $(BUILD)/suites.h $(OBJ)
	$(CC) $(ALL_CFLAGS) -Itests/c $(ALL_LDFLAGS) -o $@ tests/c/main.c $(TEST_SRC) $(OBJ) $(LIBS)

$(BUILD):
	mkdir -p $(BUILD)

demo: tcost
	./tcost run examples/deepseek_r1_reported.lua

test: tcost $(BUILD)/tcost-test $(BUILD)/test_c $(BUILD)/sigblock
	@tests/run

# runs a command with every signal blocked (an inherited mask), for tests/cli
$(BUILD)/sigblock: tests/helpers/sigblock.c | $(BUILD)
	$(CC) $(WARN) $(CFLAGS) -D_DEFAULT_SOURCE -o $@ $<

# ASan + UBSan: a separate tree so the normal build is not disturbed.
sanitize: $(BUILD)/sigblock
	$(MAKE) BUILD=build/san CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
		LDFLAGS="-fsanitize=address,undefined" build/san/tcost-test build/san/test_c build/san/tcost-bin
	ASAN_OPTIONS=detect_leaks=1 TCOST_BIN=build/san/tcost-bin TCOST_TEST_BIN=build/san/tcost-test TCOST_C_TESTS=build/san/test_c tests/run

$(BUILD)/tcost-bin: $(OBJ) $(BUILD)/main.o
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

valgrind: tcost
	tests/valgrind

# The README's example outputs come from the real tool, so they never drift.
readme: tcost
	scripts/update-readme

browser-test: tcost
	tests/browser

# Regenerates the golden reports of every example in every format; review the diff.
update-golden: tcost
	tests/golden/update

bench: tcost
	tests/bench/run

DOC = $(DESTDIR)$(PREFIX)/share/doc/tcost
install: tcost
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DOC)/examples/shared_assumptions $(DOC)/examples/runs \
		$(DOC)/meta $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions
	install -m 755 tcost $(DESTDIR)$(PREFIX)/bin/tcost
	install -m 644 src/tcost.1 $(DESTDIR)$(PREFIX)/share/man/man1/tcost.1
	install -m 644 examples/*.lua $(DOC)/examples/
	install -m 644 examples/shared_assumptions/*.lua $(DOC)/examples/shared_assumptions/
	install -m 644 examples/runs/*.lua $(DOC)/examples/runs/
	install -m 644 lib-lua/meta/tcost.lua $(DOC)/meta/tcost.lua
	install -m 644 scripts/completion.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/tcost
	install -m 644 scripts/_tcost $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_tcost

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/tcost $(DESTDIR)$(PREFIX)/share/man/man1/tcost.1
	rm -f $(DESTDIR)$(PREFIX)/share/bash-completion/completions/tcost $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_tcost
	rm -rf $(DOC)

# libFuzzer harnesses (clang): `make fuzz` runs each for 10 minutes, fuzz-smoke for 20 s.
fuzz: $(BUILD)/lib_embed.c
	tests/fuzz/run 600
fuzz-smoke: $(BUILD)/lib_embed.c
	tests/fuzz/run 20

clean:
	rm -rf $(BUILD) tcost
