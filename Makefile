# tcost: build, test, benchmark and install.
# `make` builds ./tcost; `make help` lists every target; `make test` runs every test.
# Lua 5.4 comes from the system (pkg-config); scripts/install-deps installs it when missing,
# but only for goals that build: `make clean`, `make help` and `make uninstall` never install.

CC      ?= cc
PREFIX  ?= /usr/local
DESTDIR ?=
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -Wpedantic
BUILD   := build
# -MMD -MP: every object gets a build/*.d of the headers it includes (generated ones too),
# so a changed header rebuilds exactly what uses it.
DEPFLAGS = -MMD -MP

NO_BUILD_GOALS := clean help uninstall
BUILD_GOALS    := $(filter-out $(NO_BUILD_GOALS),$(or $(MAKECMDGOALS),all))

ifneq ($(BUILD_GOALS),)
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
# The system's own static Lua, when its package ships one (Debian's liblua5.4-dev does): calls
# into a shared, position-independent liblua made a point run ~4% slower (rent_vs_buy 7.0 ms
# against 6.7 ms, medians of 400 alternating runs) and its dynamic linking ~0.07 ms of every start.
# `make LUA_STATIC=` links the shared library instead.
LUA_STATIC ?= $(wildcard $(shell pkg-config --variable=libdir $(LUA_PC))/lib$(patsubst -l%,%,$(firstword \
	$(shell pkg-config --libs-only-l $(LUA_PC)))).a)
ifneq ($(LUA_STATIC),)
LUA_LIBS   := $(shell pkg-config --libs-only-L $(LUA_PC)) $(LUA_STATIC) \
	$(filter-out $(shell pkg-config --libs-only-l $(LUA_PC)),$(shell pkg-config --static --libs-only-l $(LUA_PC)))
endif
endif

ALL_CFLAGS  = $(WARN) $(CFLAGS) $(LUA_CFLAGS) -Isrc -I$(BUILD) -D_DEFAULT_SOURCE
ALL_LDFLAGS = $(LDFLAGS)
LIBS        = $(LUA_LIBS) -lm -pthread

LIB_LUA  := $(sort $(shell find lib-lua -name '*.lua' -not -path 'lib-lua/meta/*'))
SRC      := $(sort $(filter-out src/main.c,$(wildcard src/*.c)))
OBJ      := $(SRC:src/%.c=$(BUILD)/%.o) $(BUILD)/lib_embed.o
TEST_SRC := $(sort $(wildcard tests/c/test_*.c))

TEST_OBJ := $(TEST_SRC:tests/c/%.c=$(BUILD)/tests/%.o) $(BUILD)/tests/main.o

.PHONY: generated readme all demo test sanitize tsan bench install uninstall clean valgrind fuzz fuzz-smoke browser-test \
	update-golden help check-style FORCE
all: tcost ## build ./tcost (the default)

# Everything compiled depends on this file, rewritten only when the compiler or a flag changes,
# so `make CFLAGS=...` after a plain `make` rebuilds everything and a repeated one rebuilds nothing.
$(BUILD)/flags: FORCE | $(BUILD)
	@printf '%s\n' '$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) $(LIBS)' | cmp -s - $@ || \
		printf '%s\n' '$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) $(LIBS)' > $@

tcost: $(OBJ) $(BUILD)/main.o
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(OBJ) $(BUILD)/main.o $(LIBS)

# The test build: the same objects plus the `selftest` command that runs Lua test files.
$(BUILD)/tcost-test: $(OBJ) $(BUILD)/main_test.o
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(OBJ) $(BUILD)/main_test.o $(LIBS)

$(BUILD)/%.o: src/%.c $(BUILD)/flags | $(BUILD)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

$(BUILD)/main_test.o: src/main.c $(BUILD)/flags | $(BUILD)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -DTCOST_SELFTEST -c -o $@ $<

# lib-lua/ is compiled into the binary so an installed tcost needs no files beside it.
$(BUILD)/embed: scripts/embed.c $(BUILD)/flags | $(BUILD)
	$(CC) $(WARN) $(CFLAGS) $(LUA_CFLAGS) $(LDFLAGS) -o $@ $< $(LUA_LIBS)
$(BUILD)/lib_embed.c: $(BUILD)/embed $(LIB_LUA)
	$(BUILD)/embed $(LIB_LUA) > $@.tmp && mv $@.tmp $@
$(BUILD)/lib_embed.o: $(BUILD)/lib_embed.c $(BUILD)/flags
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

# C unit tests: one object per file, header dependencies as above; main.c includes the
# generated list of suites, rewritten only when it changes.
$(BUILD)/suites.h: $(TEST_SRC) | $(BUILD)
	grep -ho 'const tc_suite suite_[a-z0-9_]*' $(TEST_SRC) | sed 's/const tc_suite \(.*\)/SUITE(\1)/' > $@.tmp
	cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@
$(BUILD)/tests/main.o: $(BUILD)/suites.h
$(BUILD)/tests/%.o: tests/c/%.c $(BUILD)/flags | $(BUILD)/tests
	$(CC) $(ALL_CFLAGS) -Itests/c $(DEPFLAGS) -c -o $@ $<
$(BUILD)/test_c: $(TEST_OBJ) $(OBJ)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(TEST_OBJ) $(OBJ) $(LIBS)

$(BUILD) $(BUILD)/tests:
	mkdir -p $@

-include $(wildcard $(BUILD)/*.d $(BUILD)/tests/*.d)

demo: tcost ## run the flagship example
	./tcost run examples/deepseek_r1_reported.lua

# `make test T=NAME` runs one test or suite: a name as printed (c/prim, lua/test_units,
# cli/commands, cli/set/unknown_name) or its first part; see tests/run.
test: tcost $(BUILD)/tcost-test $(BUILD)/test_c $(BUILD)/sigblock ## run every test (T=NAME: one test or suite)
	@TCOST_ONLY='$(T)' tests/run

# runs a command with every signal blocked (an inherited mask), for tests/cli
$(BUILD)/sigblock: tests/helpers/sigblock.c | $(BUILD)
	$(CC) $(WARN) $(CFLAGS) -D_DEFAULT_SOURCE -o $@ $<

# ASan + UBSan: a separate tree so the normal build is not disturbed.
sanitize: $(BUILD)/sigblock ## the tests under ASan + UBSan
	$(MAKE) BUILD=build/san CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
		LDFLAGS="-fsanitize=address,undefined" build/san/tcost-test build/san/test_c build/san/tcost-bin
	ASAN_OPTIONS=detect_leaks=1 TCOST_BIN=build/san/tcost-bin TCOST_TEST_BIN=build/san/tcost-test TCOST_C_TESTS=build/san/test_c tests/run

# ThreadSanitizer: the engine's C tests (1 and 3 threads) and an uncertain run
# at 8 threads; any data race is a failure (halt_on_error).
tsan: ## the engine tests and 1, 2 and 8-thread runs under ThreadSanitizer
	$(MAKE) BUILD=build/tsan CFLAGS="-O1 -g -fsanitize=thread -fno-omit-frame-pointer" \
		LDFLAGS="-fsanitize=thread" build/tsan/test_c build/tsan/tcost-bin
	TSAN_OPTIONS="halt_on_error=1 exitcode=66" scripts/tsan-run build/tsan

$(BUILD)/tcost-bin: $(OBJ) $(BUILD)/main.o
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

valgrind: tcost ## the CLI tests under valgrind
	tests/valgrind

# The README's example outputs come from the real tool, so they never drift.
readme: tcost ## regenerate the README's example outputs
	scripts/update-readme

browser-test: tcost ## check the HTML report in a browser at 1280 and 420 px
	tests/browser

# Regenerates the golden reports of every example in every format; review the diff.
update-golden: tcost ## regenerate the golden reports (review the diff)
	tests/golden/update

# lib-lua/meta/tcost.lua, the completions' help topics and option lists and the man page's
# section on quantities, currencies and multipliers come from the language's declaration.
generated: $(BUILD)/tcost-test ## regenerate the files derived from the language's declaration
	$(BUILD)/tcost-test selftest scripts/generate.lua
	for f in lib-lua/meta/tcost.lua scripts/completion.bash scripts/_tcost src/tcost.1; do \
		cp build/generated/$$(echo $$f | sed 's|/|__|g') $$f; done

bench: tcost ## speed benchmarks (never part of make test)
	tests/bench/run

DOC = $(DESTDIR)$(PREFIX)/share/doc/tcost
install: tcost ## install tcost, its man page, examples and completions under PREFIX
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DOC)/examples/shared_assumptions $(DOC)/examples/runs $(DOC)/examples/epoch \
		$(DOC)/meta $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions
	install -m 755 tcost $(DESTDIR)$(PREFIX)/bin/tcost
	install -m 644 src/tcost.1 $(DESTDIR)$(PREFIX)/share/man/man1/tcost.1
	install -m 644 examples/*.lua $(DOC)/examples/
	install -m 644 examples/shared_assumptions/*.lua $(DOC)/examples/shared_assumptions/
	install -m 644 examples/runs/*.lua $(DOC)/examples/runs/
	install -m 644 examples/epoch/*.lua $(DOC)/examples/epoch/
	install -m 644 lib-lua/meta/tcost.lua $(DOC)/meta/tcost.lua
	install -m 644 scripts/completion.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/tcost
	install -m 644 scripts/_tcost $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_tcost

uninstall: ## remove what install installed
	rm -f $(DESTDIR)$(PREFIX)/bin/tcost $(DESTDIR)$(PREFIX)/share/man/man1/tcost.1
	rm -f $(DESTDIR)$(PREFIX)/share/bash-completion/completions/tcost $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_tcost
	rm -rf $(DOC)

# libFuzzer harnesses (clang): `make fuzz` runs each for 10 minutes, fuzz-smoke for 20 s.
fuzz: $(BUILD)/lib_embed.c ## run each libFuzzer harness for 10 minutes
	tests/fuzz/run 600
fuzz-smoke: $(BUILD)/lib_embed.c ## run each libFuzzer harness for 20 seconds
	tests/fuzz/run 20

clean: ## remove build/ and ./tcost
	rm -rf $(BUILD) tcost

# Static analysis before a commit (CI runs it): cppcheck, clang-tidy and clang -Weverything,
# each with the noise it leaves out named and explained in scripts/check-style.
check-style: $(BUILD)/lib_embed.c ## cppcheck, clang-tidy and clang -Weverything, all clean
	scripts/check-style $(LUA_CFLAGS)

help: ## list the targets
	@echo "make [TARGET] [CFLAGS=...] [T=NAME] [PREFIX=...]"
	@grep -E '^[a-z][a-z-]*:.*## ' $(firstword $(MAKEFILE_LIST)) | sed 's/^\([a-z-]*\):.*## \(.*\)/\1|\2/' | \
		awk -F'|' '{ printf "  %-15s %s\n", $$1, $$2 }'
