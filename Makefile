# textfacts — a loadable SQLite extension that turns article text into rows of
# money amounts, currencies and named entities.
#
#   make            dist/textfacts.so (load with .load ./dist/textfacts)
#   make static     dist/libtextfacts.a (link it, then sqlite3_auto_extension)
#   make deps       install the Debian packages this project needs (as root),
#                   or print the exact command to run
#   make demo       deps + build + sample corpus + report
#   make report     DB=corpus.db (the default): report.html, the SQL reports and SVG charts
#                   (REPORT=, EXT=)
#   make import     DIR=path/to/texts DB=corpus.db: the .txt files of DIR into DB (EXT=)
#   make test       every test; last line "N passed, N failed"
#   make test-asan  the suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   make test-valgrind  the suite under valgrind memcheck
#   make fuzz       libFuzzer targets, briefly (FUZZ_SECONDS each)
#   make bench      throughput on a generated 50+ MB corpus (MB/s, median of runs)
#   make install    PREFIX=/usr/local DESTDIR= (make uninstall: the same variables)
#   make wheel      dist/textfacts-VERSION-py3-none-PLATFORM.whl (Python)
#   make npm        dist/textfacts-VERSION.tgz (Node, better-sqlite3)
#   make deps-test  deps + what only the tests need (make test runs it first)
#   make cluster    dist/textfacts-node and dist/textfacts-client: textfacts in a dqlite
#                   cluster (docs/cluster.md; Debian: libdqlite-dev, go-dqlite)

VERSION      := $(shell cat VERSION)
CC           ?= cc
PKG_CONFIG   ?= pkg-config
PREFIX       ?= /usr/local
PKGS         := sqlite3 libpcre2-8 icu-uc icu-i18n
# At run time the extension needs libc and libm only: PCRE2 is linked in from Debian's
# static library (PIC), and ICU is used at build time only, by the program that writes
# the tables of ext/core/tf_icu_data.h (ICU_CFLAGS, ICU_LIBS: another ICU, see
# docs/architecture.md).
DEPS_CFLAGS   = $(shell $(PKG_CONFIG) --cflags sqlite3 libpcre2-8 2>/dev/null)
PCRE2_A      ?= $(shell $(PKG_CONFIG) --variable=libdir libpcre2-8 2>/dev/null)/libpcre2-8.a
DEPS_LIBS     = $(PCRE2_A)
SQLITE_LIBS   = $(shell $(PKG_CONFIG) --libs sqlite3 2>/dev/null)
ICU_CFLAGS   ?= $(shell $(PKG_CONFIG) --cflags icu-uc icu-i18n 2>/dev/null)
ICU_LIBS     ?= $(shell $(PKG_CONFIG) --libs icu-uc icu-i18n 2>/dev/null) \
                -Wl,-rpath,$(shell $(PKG_CONFIG) --variable=libdir icu-uc 2>/dev/null)
ICU_VERSION   = $(shell $(PKG_CONFIG) --modversion icu-uc 2>/dev/null)
# The shared object exports its entry point only (ext/textfacts.map); the static PCRE2
# inside it stays hidden, so a host that loads its own PCRE2 never meets this one.
SO_LDFLAGS   := -Wl,-z,nodelete -Wl,--version-script=ext/textfacts.map -Wl,--exclude-libs,ALL
# What a program that links dist/libtextfacts.a needs besides it and its own SQLite
# (PCRE2 is inside the library, ICU nowhere).
STATIC_LIBS_PRIVATE := -lm
WARN         := -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
OPT          ?= -O2 -g
CFLAGS       ?=
ALL_CFLAGS    = $(WARN) $(OPT) -fPIC -fvisibility=hidden -D_POSIX_C_SOURCE=200809L \
                -DTEXTFACTS_VERSION='"$(VERSION)"' $(DEPS_CFLAGS) $(CFLAGS)

# The core: plain C, no SQLite types (see docs/architecture.md).
CORE_SRC := $(sort $(wildcard ext/core/*.c))
# The SQL layer: the entry point, the SQL functions, the virtual table.
SQL_SRC  := ext/textfacts.c $(sort $(wildcard ext/functions/*.c)) $(sort $(wildcard ext/store/*.c))
# The knowledge files (ext/data/*.tsv), compiled in as strings (ext/core/tf_data.h).
DATA_TSV := $(sort $(wildcard ext/data/*.tsv))
HEADERS  := $(wildcard ext/*.h ext/*/*.h)
# Core files include their neighbours by name; the SQL layer names the layer
# ("core/tf_money.h"), so that the direction of every dependency is in the line.
INCLUDES := -Iext

BUILD    ?= build
DATA_C   := $(BUILD)/tf_data_files.c
# The tables made from ICU (ext/data/icu_data.c, run at build time; core/tf_icu_data.h).
ICU_GEN    := $(BUILD)/icu_data
ICU_DATA_C := $(BUILD)/tf_icu_data.c
WORD_LISTS := $(BUILD)/lists/nouns_de.txt $(BUILD)/lists/words_de.txt $(BUILD)/lists/words_es.txt $(BUILD)/lists/words_it.txt \
              $(BUILD)/lists/words_pt.txt
CORE_OBJ := $(CORE_SRC:ext/%.c=$(BUILD)/%.o) $(BUILD)/core/tf_data_files.o $(BUILD)/core/tf_icu_data.o
SQL_OBJ  := $(SQL_SRC:ext/%.c=$(BUILD)/%.o)
STATIC_OBJ := $(CORE_SRC:ext/%.c=$(BUILD)/static/%.o) $(SQL_SRC:ext/%.c=$(BUILD)/static/%.o) \
              $(BUILD)/core/tf_data_files.o $(BUILD)/core/tf_icu_data.o

.PHONY: cluster check-dqlite
.PHONY: all static deps demo test test-unit test-asan test-valgrind fuzz bench install clean format format-check check-deps fingerprint complexity
all: dist/textfacts.so

$(BUILD)/%.o: ext/%.c $(HEADERS) VERSION | check-deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(INCLUDES) -c $< -o $@

$(DATA_C): ext/data/embed.awk ext/data/wordlist_index.awk $(DATA_TSV) $(WORD_LISTS) \
           $(BUILD)/tools/wordlist_bloom
	@mkdir -p $(@D)
	LC_ALL=C awk -f ext/data/embed.awk $(DATA_TSV) $(WORD_LISTS) > $@.tmp && \
	  LC_ALL=C awk -f ext/data/wordlist_index.awk $(WORD_LISTS) >> $@.tmp && \
	  $(BUILD)/tools/wordlist_bloom $(WORD_LISTS) >> $@.tmp && mv $@.tmp $@

# The word lists' Bloom filters are made at build time by a tool of ours (tf_bloom.h).
$(BUILD)/tools/wordlist_bloom: ext/data/wordlist_bloom.c ext/core/tf_bloom.h
	@mkdir -p $(@D)
	$(CC) $(WARN) -O2 -o $@ ext/data/wordlist_bloom.c

# Word lists from Debian's dictionaries (tf_wordlist.h): German nouns (packages
# hunspell-de-de, wngerman); the lower-case words of German and English (wngerman,
# wamerican: the English that German press borrows), Spanish, Italian and Portuguese
# (wspanish, witalian, wportuguese, wbrazilian), less the words that a list writes
# capitalised, names too (wamerican, wbritish, wfrench and those).
DICT := /usr/share/dict
NAME_DICTS := $(DICT)/american-english $(DICT)/british-english $(DICT)/french $(DICT)/italian \
              $(DICT)/portuguese $(DICT)/brazilian
$(BUILD)/lists/nouns_de.txt: DICTS := /usr/share/hunspell/de_DE.dic $(DICT)/ngerman
$(BUILD)/lists/nouns_de.txt: FILTER := ext/data/nouns_de.awk
$(BUILD)/lists/words_de.txt: DICTS := $(DICT)/ngerman $(DICT)/american-english
$(BUILD)/lists/words_es.txt: DICTS := $(DICT)/spanish
$(BUILD)/lists/words_it.txt: DICTS := $(DICT)/italian
$(BUILD)/lists/words_pt.txt: DICTS := $(DICT)/portuguese $(DICT)/brazilian
$(BUILD)/lists/words_%.txt: FILTER := ext/data/lower_words.awk
$(WORD_LISTS): ext/data/nouns_de.awk ext/data/lower_words.awk ext/data/wordlist.awk
	@mkdir -p $(@D)
	@for f in $(DICTS) $(NAME_DICTS); do [ -r $$f ] || { echo "textfacts: $$f missing; run 'make deps'" >&2; exit 1; }; done
	LC_ALL=C awk -v names="$(NAME_DICTS)" -f $(FILTER) $(DICTS) | LC_ALL=C sort -u | \
	  LC_ALL=C awk -f ext/data/wordlist.awk > $@.tmp && mv $@.tmp $@

$(BUILD)/core/tf_data_files.o: $(DATA_C) ext/core/tf_data.h | check-deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Iext/core -c $< -o $@

$(BUILD)/static/%.o: ext/%.c $(HEADERS) VERSION | check-deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(INCLUDES) -DSQLITE_CORE -c $< -o $@

# The generator of the ICU tables, linked against the build machine's ICU (a new ICU
# version, a new stamp: the tables are made again), and its output.
$(ICU_GEN): ext/data/icu_data.c ext/core/tf_icu_data.h ext/core/tf_fold.h \
            $(BUILD)/icu-$(ICU_VERSION).stamp | check-deps
	$(CC) $(WARN) -O1 -D_POSIX_C_SOURCE=200809L $(ICU_CFLAGS) $(INCLUDES) -o $@ $< $(ICU_LIBS)
$(BUILD)/icu-%.stamp:
	@mkdir -p $(@D) && touch $@
$(ICU_DATA_C): $(ICU_GEN) ext/data/entities.tsv
	$(ICU_GEN) ext/data/entities.tsv > $@.tmp && mv $@.tmp $@
$(BUILD)/core/tf_icu_data.o: $(ICU_DATA_C) ext/core/tf_icu_data.h ext/core/tf_fold.h | check-deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Iext/core -c $< -o $@

dist/textfacts.so: $(CORE_OBJ) $(SQL_OBJ) ext/textfacts.map
	@mkdir -p dist
	$(CC) -shared $(SO_LDFLAGS) $(OPT) -o $@ $(filter %.o,$^) $(DEPS_LIBS) -lm $(LDFLAGS)

# One relocatable object: the library's objects and the members of PCRE2 they use, with
# every symbol but the entry point made local (objcopy), so that the archive needs no
# PCRE2 nor ICU and never clashes with an application's own PCRE2 (STATIC_LIBS_PRIVATE).
static: dist/libtextfacts.a
dist/libtextfacts.a: $(STATIC_OBJ)
	@mkdir -p dist
	$(CC) -r -nostdlib -o $(BUILD)/static/libtextfacts.o $^ $(PCRE2_A)
	objcopy --keep-global-symbol=sqlite3_textfacts_init $(BUILD)/static/libtextfacts.o
	rm -f $@ && ar rcs $@ $(BUILD)/static/libtextfacts.o

# A build without the system packages fails with a clear line, not a wall of errors.
check-deps:
	@$(PKG_CONFIG) --exists $(PKGS) 2>/dev/null || { \
	  echo "textfacts: missing build dependencies ($(PKGS)); run 'make deps'" >&2; exit 1; }
	@test -f '$(PCRE2_A)' || { \
	  echo "textfacts: no static PCRE2 ($(PCRE2_A)); run 'make deps' (libpcre2-dev)" >&2; exit 1; }

# --- set-up -----------------------------------------------------------------
# make deps: what building, make demo, make import and make report need -- the compiler,
# make, pkg-config, the SQLite/PCRE2/ICU development packages, the sqlite3 shell, and
# the dictionaries the word lists are made from.
DEB_PACKAGES := gcc make pkg-config sqlite3 libsqlite3-dev libpcre2-dev libicu-dev \
                hunspell-de-de wngerman wspanish witalian wportuguese wbrazilian \
                wamerican wbritish wfrench
# make cluster and the cluster test (docs/cluster.md): dqlite 1.11 (libdqlite-dev) and the
# dqlite shell of go-dqlite: make deps-test installs them (make test), make deps does not.
CLUSTER_DEB_PACKAGES := libdqlite-dev go-dqlite
# make deps-test (make test and .ci/run run it first): those, and what only the tests
# use -- python3 and python3-venv (the python groups, the wheel's venv), valgrind, clang
# and its fuzzing runtime, clang-format, chromium (the report's rendering), g++ (npm
# builds better-sqlite3 when no prebuilt binary can be fetched), sqlite-utils and
# python3-apsw (the packaging tests). Node and npm come from Debian only when there is
# no node / npm command (a newer Node installed otherwise is kept: better-sqlite3 12
# needs Node 20 or later, Debian 12's is 18).
DEB_TEST_PACKAGES := python3 python3-venv valgrind clang libclang-rt-14-dev clang-format \
                     chromium g++ sqlite-utils python3-apsw $(CLUSTER_DEB_PACKAGES)
DEB_TEST_COMMANDS := node:nodejs npm:npm
# $(call install_debs,PACKAGES): installs the missing ones as root, else prints the command.
define install_debs
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "textfacts: all dependencies present"; exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "textfacts: installing$$missing"; \
	  DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
	  echo "textfacts: missing packages; run:"; echo "  sudo apt-get install -y$$missing"; exit 1; \
	fi
endef
.PHONY: deps-test
deps:
	$(call install_debs,$(DEB_PACKAGES))
deps-test:
	$(call install_debs,$(DEB_PACKAGES) $(DEB_TEST_PACKAGES) $(foreach c,$(DEB_TEST_COMMANDS),$(if $(shell command -v $(firstword $(subst :, ,$(c))) 2>/dev/null),,$(lastword $(subst :, ,$(c))))))

DEMO_DB ?= demo.db
demo: deps
	@$(MAKE) --no-print-directory all
	@rm -f $(DEMO_DB)
	@sqlite3 $(DEMO_DB) < sql/sample_articles.sql
	@sqlite3 $(DEMO_DB) -cmd '.load ./dist/textfacts' < sql/demo_report.sql
	@echo "(database: $(DEMO_DB))"
	@$(MAKE) --no-print-directory report DB=$(DEMO_DB)

# The HTML report of a database (articles + article_facts, see sql/schema.sql), written
# by the sqlite3 shell from sql/report_html.sql. EXT: the extension to load (without
# dist/, nothing is built: make report DB=x.db EXT=/path/to/textfacts).
REPORT ?= report.html
EXT    ?= ./dist/textfacts
.PHONY: report
report: $(if $(filter ./dist/textfacts,$(EXT)),dist/textfacts.so)
	@test -f '$(or $(DB),corpus.db)' || { echo "textfacts: make report DB=corpus.db (no database '$(or $(DB),corpus.db)')" >&2; exit 1; }
	@sqlite3 '$(or $(DB),corpus.db)' -cmd ".load '$(EXT)'" < sql/report_html.sql > '$(REPORT).tmp' && mv '$(REPORT).tmp' '$(REPORT)'
	@echo "report: $(abspath $(REPORT))"

# The .txt files under DIR (sub-folders too) into DB (default corpus.db): the tables of
# sql/schema.sql when missing, then sql/import_txt.sql, which prints the files it skips and
# "N imported, N already present, N skipped". Running it again adds only the new files.
# It commits in batches, so an interrupted import keeps what it finished and a re-run
# resumes; progress on stderr on a terminal (TEXTFACTS_PROGRESS=N: a line every N s).
.PHONY: import
import: $(if $(filter ./dist/textfacts,$(EXT)),dist/textfacts.so)
	@test -n "$(DIR)" && test -d "$(DIR)" || { echo "textfacts: make import DIR=path/to/texts DB=corpus.db (no folder \"$(DIR)\")" >&2; exit 1; }
	@sqlite3 "$(or $(DB),corpus.db)" -cmd ".load '$(EXT)'" < sql/schema.sql
	@sqlite3 "$(or $(DB),corpus.db)" -cmd ".load '$(EXT)'" -cmd ".parameter set :dir \"'$(subst ','',$(DIR))'\"" < sql/import_txt.sql
	@echo "database: $(or $(DB),corpus.db)"

# --- tests ------------------------------------------------------------------
TEST_BIN := $(BUILD)/test_core
$(TEST_BIN): tests/test_core.c $(CORE_OBJ) $(HEADERS) tests/test_report.h
	$(CC) $(ALL_CFLAGS) -Iext/core -o $@ tests/test_core.c $(CORE_OBJ) $(DEPS_LIBS) -lm $(LDFLAGS)

test-unit: $(TEST_BIN)
	$(TEST_BIN)

# The core's initialisation when allocations fail (tests/test_init.c), and SQLite's way of
# testing out-of-memory: every allocation made through SQLITE_CONFIG_MALLOC fails in turn
# (tests/test_oom.c, linked with the static library's objects).
$(BUILD)/test_init: tests/test_init.c $(CORE_OBJ) $(HEADERS) tests/test_report.h
	$(CC) $(ALL_CFLAGS) -Iext/core -o $@ tests/test_init.c $(CORE_OBJ) $(DEPS_LIBS) -lm $(LDFLAGS)
# The ICU tables as the runtime reads them (tf_fold, the rows), against ICU (group binary).
$(BUILD)/icu_data_check: ext/data/icu_data.c $(BUILD)/core/tf_fold.o $(BUILD)/core/tf_utf8.o \
                         $(BUILD)/core/tf_icu_data.o $(HEADERS) | check-deps
	$(CC) $(WARN) -O1 -DICU_DATA_CHECK -D_POSIX_C_SOURCE=200809L $(ICU_CFLAGS) $(INCLUDES) -Iext/core \
	  -o $@ $< $(filter %.o,$^) $(ICU_LIBS)
$(BUILD)/test_oom: tests/test_oom.c $(STATIC_OBJ) $(HEADERS) tests/test_report.h
	$(CC) $(ALL_CFLAGS) -Iext -o $@ tests/test_oom.c $(STATIC_OBJ) $(DEPS_LIBS) $(SQLITE_LIBS) \
	  -lm $(LDFLAGS)

# (the cluster's programs too: make deps-test, run first, installs dqlite)
test: all static $(TEST_BIN) $(BUILD)/test_init $(BUILD)/test_oom $(BUILD)/test_threads cluster \
      $(BUILD)/icu_data_check
	@TEXTFACTS_STATIC_LIBS='$(STATIC_LIBS_PRIVATE)' bash tests/run_all.sh
test: $(BUILD)/test_load
# make test installs the test tools first (make deps-test), before anything is built.
ifneq ($(filter test,$(MAKECMDGOALS)),)
test check-deps $(WORD_LISTS): | deps-test
endif

# The module's entry point against SQLite versions (tests/test_load.c, group packaging).
$(BUILD)/test_load: tests/test_load.c ext/textfacts.h
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) -D_POSIX_C_SOURCE=200809L -Iext $(DEPS_CFLAGS) -o $@ $< $(SQLITE_LIBS) -ldl $(LDFLAGS)

# ASan + UBSan: the extension and the unit tests are built with the sanitizers;
# the sqlite3 shell gets the runtime through LD_PRELOAD (see tests/run_all.sh).
SAN := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
test-asan:
	$(MAKE) --no-print-directory BUILD=build/asan OPT="-O1 -g $(SAN)" LDFLAGS="$(SAN)" \
	  build/asan/test_core build/asan/textfacts.so build/asan/test_init build/asan/test_oom
	TEXTFACTS_SO=build/asan/textfacts.so TEST_CORE=build/asan/test_core \
	  TEST_INIT=build/asan/test_init TEST_OOM=build/asan/test_oom TEXTFACTS_SAN=asan \
	  bash tests/run_all.sh --quick

# The sanitizer build of the extension (made by the sub-make above, BUILD=build/asan).
build/asan/textfacts.so: $(CORE_OBJ) $(SQL_OBJ) ext/textfacts.map
	$(CC) -shared $(SO_LDFLAGS) $(OPT) -o $@ $(filter %.o,$^) $(DEPS_LIBS) -lm $(LDFLAGS)

test-valgrind: all $(TEST_BIN) $(BUILD)/test_init
	TEXTFACTS_SAN=valgrind bash tests/run_all.sh --quick

# Threads (tests/test_threads.c): N threads and several connections on one WAL database
# for a bounded time, the first use of textfacts in the process racing in all of them.
# make test builds $(BUILD)/test_threads without a sanitizer, for a quick run
# (build/test_threads [--threads N] [--seconds S] [--load PATH]); make test-tsan builds
# the core, the functions, the store and the test with ThreadSanitizer into
# build/tsan/test_threads and runs it twice, TSAN_THREADS threads for TSAN_SECONDS
# seconds each: with textfacts linked in, then loading build/tsan/textfacts.so (the
# same sources as a shared library, instrumented too) into every connection, as the
# shell and most applications use it. A report stops the run.
TSAN_THREADS ?= 8
TSAN_SECONDS ?= 10
TSAN_FLAGS   := -fsanitize=thread -g -O1
TSAN_RUN      = TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 build/tsan/test_threads \
                --threads $(TSAN_THREADS) --seconds $(TSAN_SECONDS)
.PHONY: test-tsan
$(BUILD)/test_threads: tests/test_threads.c $(STATIC_OBJ) $(HEADERS) tests/test_report.h
	$(CC) $(ALL_CFLAGS) -pthread -Iext -o $@ tests/test_threads.c $(STATIC_OBJ) $(DEPS_LIBS) \
	  $(SQLITE_LIBS) -lm $(LDFLAGS)
build/tsan/test_threads: tests/test_threads.c $(CORE_SRC) $(SQL_SRC) $(DATA_C) $(ICU_DATA_C) $(HEADERS) tests/test_report.h VERSION | check-deps
	@mkdir -p $(@D)
	clang $(WARN) $(TSAN_FLAGS) -pthread -D_POSIX_C_SOURCE=200809L -DSQLITE_CORE \
	  -DTEXTFACTS_VERSION='"$(VERSION)"' $(DEPS_CFLAGS) -Iext -Iext/core -o $@ $< $(CORE_SRC) \
	  $(SQL_SRC) $(DATA_C) $(ICU_DATA_C) $(DEPS_LIBS) $(SQLITE_LIBS) -lm
build/tsan/textfacts.so: $(CORE_SRC) $(SQL_SRC) $(DATA_C) $(ICU_DATA_C) $(HEADERS) ext/textfacts.map VERSION | check-deps
	@mkdir -p $(@D)
	clang $(WARN) $(TSAN_FLAGS) -fPIC -fvisibility=hidden -shared $(SO_LDFLAGS) \
	  -D_POSIX_C_SOURCE=200809L -DTEXTFACTS_VERSION='"$(VERSION)"' $(DEPS_CFLAGS) -Iext -Iext/core \
	  -o $@ $(CORE_SRC) $(SQL_SRC) $(DATA_C) $(ICU_DATA_C) $(DEPS_LIBS) -lm
test-tsan: build/tsan/test_threads build/tsan/textfacts.so
	$(TSAN_RUN)
	$(TSAN_RUN) --load build/tsan/textfacts.so

# --- fuzzing ----------------------------------------------------------------
FUZZ_SECONDS ?= 30
FUZZ_TARGETS ?= money number entities facts store date document
FUZZ_FLAGS := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -g -O1
# Inputs longer than this are cut by libFuzzer (per target).
FUZZ_LEN_number := 256
FUZZ_LEN_date := 1024
FUZZ_LEN_facts := 8192
# make fuzz: every target for FUZZ_SECONDS each (30 s by default), one after the
# other. For a long run: make -j2 fuzz FUZZ_SECONDS=14400 (2 targets at a time,
# 4 hours each); FUZZ_TARGETS='facts store' to choose. Each target keeps its
# corpus in build/fuzz/corpus_<t> (so runs build on each other), its log in
# build/fuzz/<t>.log, and writes a crashing input to build/fuzz/crash-*.
fuzz: $(addprefix fuzz-run-,$(FUZZ_TARGETS))
fuzz-run-%: build/fuzz/fuzz_%
	@mkdir -p build/fuzz/corpus_$*
	@echo "fuzz_$*: $(FUZZ_SECONDS) s, log build/fuzz/$*.log"
	@build/fuzz/fuzz_$* -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=build/fuzz/ \
	  -max_len=$(or $(FUZZ_LEN_$*),4096) -print_final_stats=1 build/fuzz/corpus_$* \
	  $(if $(filter number,$*),,tests/fuzz/seeds) > build/fuzz/$*.log 2>&1 \
	  || { tail -40 build/fuzz/$*.log; exit 1; }
	@grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' build/fuzz/$*.log | sed 's/^/  fuzz_$*: /'

# The virtual table goes through SQL: the SQL binding linked in (SQLITE_CORE)
# with the system SQLite.
build/fuzz/fuzz_store: tests/fuzz/fuzz_store.c $(CORE_SRC) $(SQL_SRC) $(DATA_C) $(ICU_DATA_C) $(HEADERS)
	@mkdir -p $(@D)
	clang $(WARN) $(FUZZ_FLAGS) -D_POSIX_C_SOURCE=200809L -DSQLITE_CORE $(DEPS_CFLAGS) -Iext -Iext/core -o $@ \
	  $< $(CORE_SRC) $(SQL_SRC) $(DATA_C) $(ICU_DATA_C) $(DEPS_LIBS) $(SQLITE_LIBS) -lm

build/fuzz/%: tests/fuzz/%.c $(CORE_SRC) $(DATA_C) $(ICU_DATA_C) $(HEADERS) $(wildcard tests/fuzz/*.h)
	@mkdir -p $(@D)
	clang $(WARN) $(FUZZ_FLAGS) -D_POSIX_C_SOURCE=200809L $(DEPS_CFLAGS) -Iext/core -o $@ $< $(CORE_SRC) \
	  $(DATA_C) $(ICU_DATA_C) $(DEPS_LIBS) -lm

# Time against size for every function over adversarial inputs (tests/complexity.py):
# MB=10 for the full table (1 KB to 10 MB), 1 in .ci/run.
MB ?= 1
complexity: all
	@/usr/bin/python3 tests/complexity.py dist/textfacts.so --max-mb $(MB) $(if $(TABLE),--table)

# --- cluster (docs/cluster.md) ------------------------------------------------------
# textfacts-node: a dqlite node whose SQLite has textfacts (dist/libtextfacts.a registered
# with sqlite3_auto_extension before the node starts); textfacts-client: SQL scripts,
# leader, cluster, transfer over dqlite's wire protocol; build/cluster/dqlite-node-bare: the
# same node without textfacts, for the test of what such a node does (tests/cluster_dqlite.py).
DQLITE_CFLAGS = $(shell $(PKG_CONFIG) --cflags dqlite 2>/dev/null)
DQLITE_LIBS   = $(shell $(PKG_CONFIG) --libs dqlite 2>/dev/null)
CLUSTER_SRC  := cluster/dqlite_wire.c
CLUSTER_HDR  := cluster/dqlite_wire.h
CLUSTER_CFLAGS = $(WARN) $(OPT) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -pthread \
                 $(DEPS_CFLAGS) $(DQLITE_CFLAGS) -Icluster -Iext $(CFLAGS)
cluster: dist/textfacts-node dist/textfacts-client $(BUILD)/cluster/dqlite-node-bare
check-dqlite:
	@$(PKG_CONFIG) --exists dqlite 2>/dev/null || { \
	  echo "textfacts: make cluster needs dqlite ($(CLUSTER_DEB_PACKAGES)); run 'make deps-test'" >&2; exit 1; }
dist/textfacts-node: cluster/textfacts_node.c $(CLUSTER_SRC) $(CLUSTER_HDR) dist/libtextfacts.a | check-dqlite
	@mkdir -p dist
	$(CC) $(CLUSTER_CFLAGS) -o $@ cluster/textfacts_node.c $(CLUSTER_SRC) dist/libtextfacts.a \
	  $(DQLITE_LIBS) $(DEPS_LIBS) $(SQLITE_LIBS) -lm $(LDFLAGS)
dist/textfacts-client: cluster/textfacts_client.c $(CLUSTER_SRC) $(CLUSTER_HDR) | check-dqlite
	@mkdir -p dist
	$(CC) $(CLUSTER_CFLAGS) -o $@ cluster/textfacts_client.c $(CLUSTER_SRC) $(SQLITE_LIBS) $(LDFLAGS)
$(BUILD)/cluster/dqlite-node-bare: cluster/textfacts_node.c $(CLUSTER_SRC) $(CLUSTER_HDR) | check-dqlite
	@mkdir -p $(@D)
	$(CC) $(CLUSTER_CFLAGS) -DTEXTFACTS_NODE_WITHOUT_TEXTFACTS -o $@ cluster/textfacts_node.c \
	  $(CLUSTER_SRC) $(DQLITE_LIBS) $(SQLITE_LIBS) $(LDFLAGS)

# --- benchmarks ---------------------------------------------------------------
bench: all
	@bash bench/run.sh

# --- install ----------------------------------------------------------------
# make install [PREFIX=/usr/local] [DESTDIR=]: the module where `.load textfacts` finds it
# by name, the header, the static library, textfacts.pc and the SQL scripts; make
# uninstall removes exactly those files (and share/textfacts). Why MODULEDIR: SQLite's
# load_extension('textfacts') dlopen()s "textfacts", then "textfacts.so"; for a name
# without a slash glibc searches LD_LIBRARY_PATH, then /etc/ld.so.cache -- which ldconfig
# fills with lib*.so* files only -- then the system directories (ld.so --help lists them:
# /lib/$(MULTIARCH), /usr/lib/$(MULTIARCH), /lib, /usr/lib). So /usr/local/lib never
# holds a module loaded by name, and the module goes to Debian's multiarch directory,
# where Debian's own modules are (mod_spatialite.so), for PREFIX /usr and /usr/local
# alike; another PREFIX puts it in $(PREFIX)/lib (load it by path).
MULTIARCH    := $(shell gcc -print-multiarch 2>/dev/null)
LIBDIR       ?= $(PREFIX)/lib
INCLUDEDIR   ?= $(PREFIX)/include
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
DATADIR      ?= $(PREFIX)/share/textfacts
MODULEDIR    ?= $(if $(filter /usr /usr/local,$(PREFIX)),/usr/lib$(if $(MULTIARCH),/$(MULTIARCH)),$(LIBDIR))
# (STATIC_LIBS_PRIVATE, the link flags dist/libtextfacts.a needs beyond itself, is set
# with the link rules above: -lm.)
SQL_SCRIPTS  := $(wildcard sql/*.sql) sql/README.md
SQL_REPORTS  := $(wildcard sql/reports/*.sql)
INSTALLED     = $(MODULEDIR)/textfacts.so $(LIBDIR)/libtextfacts.a $(INCLUDEDIR)/textfacts.h \
                $(PKGCONFIGDIR)/textfacts.pc $(addprefix $(DATADIR)/,$(notdir $(SQL_SCRIPTS))) \
                $(addprefix $(DATADIR)/reports/,$(notdir $(SQL_REPORTS)))

# textfacts.pc for the install's paths. The static archive is the one library a program
# links (the module has no SONAME: it is for load_extension), so Libs names what the
# archive needs, and Libs.private the same for --static.
.PHONY: textfacts.pc uninstall
textfacts.pc:
	@mkdir -p $(BUILD)
	@printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(LIBDIR)' 'includedir=$(INCLUDEDIR)' \
	  'moduledir=$(MODULEDIR)' 'datadir=$(DATADIR)' '' 'Name: textfacts' \
	  'Description: SQLite extension: money amounts, currencies, entities and facts from article text' \
	  'Version: $(VERSION)' 'Requires: sqlite3' 'Cflags: -I$${includedir}' \
	  'Libs: -L$${libdir} -ltextfacts $(STATIC_LIBS_PRIVATE)' \
	  'Libs.private: $(STATIC_LIBS_PRIVATE)' > $(BUILD)/textfacts.pc

install: all static textfacts.pc
	install -d $(DESTDIR)$(MODULEDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) \
	  $(DESTDIR)$(PKGCONFIGDIR) $(DESTDIR)$(DATADIR)/reports
	install -m 0755 dist/textfacts.so $(DESTDIR)$(MODULEDIR)/textfacts.so
	install -m 0644 dist/libtextfacts.a $(DESTDIR)$(LIBDIR)/libtextfacts.a
	install -m 0644 ext/textfacts.h $(DESTDIR)$(INCLUDEDIR)/textfacts.h
	install -m 0644 $(BUILD)/textfacts.pc $(DESTDIR)$(PKGCONFIGDIR)/textfacts.pc
	install -m 0644 $(SQL_SCRIPTS) $(DESTDIR)$(DATADIR)
	install -m 0644 $(SQL_REPORTS) $(DESTDIR)$(DATADIR)/reports

uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))
	@rmdir $(DESTDIR)$(DATADIR)/reports $(DESTDIR)$(DATADIR) 2>/dev/null || true

# --- packages for Python and Node ------------------------------------------------
# make wheel: dist/textfacts-$(VERSION)-py3-none-<platform>.whl, the module inside the
# package textfacts (python/), built with the standard library (python/build_wheel.py).
# make npm: dist/textfacts-$(VERSION).tgz by npm pack (npm/), for better-sqlite3.
.PHONY: wheel npm
wheel: all
	/usr/bin/python3 python/build_wheel.py dist/textfacts.so $(VERSION) dist
NPM_CPU := $(if $(filter x86_64,$(shell uname -m)),x64,$(if $(filter aarch64,$(shell uname -m)),arm64,$(shell uname -m)))
npm: all
	@rm -rf $(BUILD)/npm && mkdir -p $(BUILD)/npm
	cp npm/index.js npm/index.d.ts npm/README.md $(BUILD)/npm/
	cp dist/textfacts.so $(BUILD)/npm/textfacts.so
	sed -e 's/@VERSION@/$(VERSION)/' -e 's/@CPU@/$(NPM_CPU)/' npm/package.json > $(BUILD)/npm/package.json
	cd $(BUILD)/npm && npm pack --silent --pack-destination $(abspath dist) >/dev/null
	@echo "dist/textfacts-$(VERSION).tgz"

format:
	clang-format -i $$(find ext tests cluster -name '*.[ch]' -not -path '*/build/*')

format-check:
	@bash tests/format_check.sh

# md5 of every function's rows over the sample, fuzz, shared and bench corpora:
# run before and after a refactor and diff the two (tests/fingerprint.py).
fingerprint: all
	@/usr/bin/python3 tests/fingerprint.py

clean:
	rm -rf build dist demo.db
