# scm -- build, test, bench, install.
#
#   make            build build/scm/core.so with strict warnings
#   make test       install missing Debian packages, build, run the busted specs
#   make asan       the whole test suite against an ASan + UBSan build
#   make valgrind   the whole test suite under valgrind (plain build)
#   make bench      throughput and peak memory figures
#   make demo       parse the sample communiqués and print what scm sees
#   make eval       precision and recall of the extractors against tests/gold
#   make install    luarocks make into the system tree (or TREE=dir)

LUA_VERSION ?= 5.4
LUA ?= lua$(LUA_VERSION)
PKGS = lua$(LUA_VERSION) libpcre2-8 sqlite3 libxxhash yaml-0.1 libxml-2.0
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs libpcre2-8 sqlite3 libxxhash yaml-0.1 libxml-2.0 2>/dev/null)

CC ?= cc
WARN = -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes \
       -Wpointer-arith -Wcast-qual -Wwrite-strings -Wundef -Wvla \
       -Wformat=2 -Wno-unused-parameter
OPT ?= -O2 -g
CFLAGS += -std=c11 -D_POSIX_C_SOURCE=200809L -fPIC $(OPT) $(WARN) \
          -DPCRE2_CODE_UNIT_WIDTH=8 $(PKG_CFLAGS)
LDFLAGS += -shared
LIBS = $(PKG_LIBS) -lm

BUILD ?= build
CORE_SRC := $(sort $(wildcard core/*.c core/extract/*.c))
CORE_LIB_SRC := $(filter-out core/lua_scm.c,$(CORE_SRC))
OBJ := $(CORE_SRC:%.c=$(BUILD)/obj/%.o)
SO := $(BUILD)/scm/core.so

# Debian packages each target needs on a fresh machine.
DEB_BUILD = build-essential pkg-config lua$(LUA_VERSION) liblua$(LUA_VERSION)-dev \
            libpcre2-dev libsqlite3-dev libxxhash-dev libyaml-dev libxml2-dev
DEB_TEST = lua-busted lua-cjson lua-argparse luarocks lua-check valgrind sqlite3 lua-system poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BUSTED = $(LUA) /usr/bin/busted
TEST_ENV = LUA_PATH="$(CURDIR)/lua/?.lua;$(CURDIR)/lua/?/init.lua;$(CURDIR)/$(BUILD)/lua/?.lua;;" \
           LUA_CPATH="$(CURDIR)/$(BUILD)/?.so;;" SCM_TEST_ROOT="$(CURDIR)" \
           SCM_BUILD="$(CURDIR)/$(BUILD)"

.PHONY: all test asan valgrind bench demo eval install deps deps-test lint \
        format clean check-deps lexicon

all: $(SO)

$(BUILD)/obj/%.o: %.c $(wildcard core/*.h core/extract/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(SO): $(OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $(OBJ) $(LIBS)

# The word lists are data; the C table is generated from them and committed
# so that `luarocks make` needs no generator.
core/lexicon_data.c: core/lexicon/genlexicon.lua $(wildcard core/lexicon/*.tsv)
	$(LUA) core/lexicon/genlexicon.lua core/lexicon > $@.tmp && mv $@.tmp $@
lexicon: core/lexicon_data.c

# Install what is missing, quietly; with sudo when not root.
deps:
	@missing=""; for p in $(DEB_BUILD) $(DEB_EXTRA); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

deps-test:
	@$(MAKE) -s deps DEB_EXTRA="$(DEB_TEST)"

test: deps-test
	@$(MAKE) -s all
	$(TEST_ENV) $(BUSTED) $(BUSTED_ARGS)

# ASan + UBSan: the module is loaded into an uninstrumented lua, so the
# runtime is preloaded.  Leak checking is on: every test must free what it
# allocates once its objects are collected.
ASAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
asan: deps-test
	@$(MAKE) -s all BUILD=build-asan OPT="-O1 -g $(ASAN_FLAGS)" LDFLAGS="-shared $(ASAN_FLAGS)"
	$(MAKE) -s test-asan

test-asan:
	LD_PRELOAD="$$($(CC) -print-file-name=libasan.so) $$($(CC) -print-file-name=libubsan.so)" \
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	$(MAKE) -s run-tests BUILD=build-asan

run-tests:
	$(TEST_ENV) $(BUSTED) $(BUSTED_ARGS)

valgrind: deps-test
	@$(MAKE) -s all
	$(TEST_ENV) SCM_REGEX_JIT=0 valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
	  --suppressions=$(CURDIR)/tests/valgrind.supp $(BUSTED) $(BUSTED_ARGS)

$(BUILD)/bench_parse: tests/bench/bench_parse.c $(filter-out $(BUILD)/obj/core/lua_%,$(OBJ))
	$(CC) $(filter-out -fPIC,$(CFLAGS)) -o $@ $^ $(LIBS)

bench: deps-test
	@$(MAKE) -s all $(BUILD)/bench_parse
	$(TEST_ENV) $(LUA) tests/bench/run.lua

demo: deps-test
	@$(MAKE) -s all
	$(TEST_ENV) $(LUA) tests/demo.lua

eval: deps-test
	@$(MAKE) -s all
	$(TEST_ENV) $(LUA) tests/eval.lua

install: deps
	luarocks --lua-version=$(LUA_VERSION) make --deps-mode=none $(if $(TREE),--tree=$(TREE)) scm-dev-1.rockspec

lint:
	luacheck -q lua plugins bin tests core/lexicon

format:
	clang-format -i core/*.c core/*.h core/extract/*.c core/extract/*.h 2>/dev/null || true

clean:
	rm -rf build build-asan

# ---------------------------------------------------------------------------
# Hardening (docs/hardening.md): fuzzing and fault injection.
#
#   make fuzz [FUZZ_SECONDS=60] [FUZZ_TARGETS="normalise regex"]
#       builds build-fuzz/ with clang -fsanitize=fuzzer,address,undefined,
#       replays tests/fuzz/regressions/, then runs each harness for
#       FUZZ_SECONDS on its seed corpus (build-fuzz/corpus/HARNESS, kept
#       between runs) and prints executions and coverage per harness.
#   make fault
#       the allocation-failure sweep (malloc/calloc/realloc/strdup and
#       SQLite's allocator fail at the Nth call, for every N on the
#       parse + extract + ingest path) plus SQLITE_FULL and SQLITE_BUSY
#       during ingest.
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_DIR = build-fuzz
FUZZ_TARGETS ?= normalise segment extract regex ingest pdf html
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=undefined \
           -fno-omit-frame-pointer
FUZZ_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -O1 -g $(FUZZ_SAN) \
              -DPCRE2_CODE_UNIT_WIDTH=8 $(PKG_CFLAGS)
FUZZ_SRC := $(filter-out core/lua_%,$(CORE_SRC))
FUZZ_OBJ := $(FUZZ_SRC:%.c=$(FUZZ_DIR)/obj/%.o)
FUZZ_BINS := $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)
# libFuzzer flags (tests/fuzz/run.sh): -max_len=65536 -timeout=20
# -rss_limit_mb=2048 and the dictionary tests/fuzz/scm.dict; FUZZ_FLAGS adds
# more, FUZZ_JOBS=N runs N harnesses at a time.

.PHONY: fuzz fuzz-build fault

$(FUZZ_DIR)/obj/%.o: %.c $(wildcard core/*.h core/extract/*.h)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(FUZZ_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJ) $(LIBS)

fuzz-build: $(FUZZ_BINS)

fuzz: deps
	@command -v $(FUZZ_CC) >/dev/null || $(SUDO) apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev
	@$(MAKE) -s fuzz-build
	@tests/fuzz/seeds.sh $(FUZZ_DIR)/corpus
	@tests/fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

FAULT_WRAP = -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,--wrap=strndup,--wrap=free
$(FUZZ_DIR)/fault: tests/fault/fault.c $(FUZZ_SRC) $(wildcard core/*.h core/extract/*.h)
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -D_POSIX_C_SOURCE=200809L -O1 -g -fsanitize=address,undefined \
	  -fno-sanitize-recover=undefined -DPCRE2_CODE_UNIT_WIDTH=8 $(PKG_CFLAGS) \
	  -o $@ tests/fault/fault.c $(FUZZ_SRC) $(FAULT_WRAP) $(LIBS)

# second run: a real communiqué and page (plus pdftotext's XHTML of a
# fixture PDF when pdftotext is installed)
FAULT_FILES ?= --text tests/fixtures/unseen/nato-style-summit-declaration-2033.txt \
               --html tests/fixtures/html/statement-layout.html
fault: deps
	@$(MAKE) -s $(FUZZ_DIR)/fault
	ASAN_OPTIONS=detect_leaks=1 $(FUZZ_DIR)/fault $(FAULT_ARGS)
	@pdf=""; if command -v pdftotext >/dev/null && \
	  pdftotext -q -bbox-layout tests/fixtures/pdf/nordavia-dcm7.pdf $(FUZZ_DIR)/fault-pdf.xhtml; then \
	  pdf="--pdf $(FUZZ_DIR)/fault-pdf.xhtml"; fi; \
	echo "ASAN_OPTIONS=detect_leaks=1 $(FUZZ_DIR)/fault $(FAULT_FILES) $$pdf $(FAULT_ARGS)"; \
	ASAN_OPTIONS=detect_leaks=1 $(FUZZ_DIR)/fault $(FAULT_FILES) $$pdf $(FAULT_ARGS)
