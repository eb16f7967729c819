#!/usr/bin/env bash
# tests/run_all.sh — the single test driver (called by `make test`, `make test-asan`,
# `make test-valgrind`).
#
#   bash tests/run_all.sh [--quick] [--update] [--only GROUPS] [-v]
#
# Groups (one test case each as listed):
#   unit      C unit tests: ${TEST_CORE:-build/test_core} prints `ok NAME` / `not ok NAME: why`;
#             one case per line; a crash or non-zero exit is one more failure.
#   sql       golden transcripts: tests/sql/NAME.sql is fed on stdin to
#             `sqlite3 -cmd ".load $SO" :memory:` (stdout unbuffered, stderr merged) and the
#             output is diffed against tests/sql/NAME.expected; one case per file. The .sql
#             files do not .load; they start with `.echo on`, `.headers on`, `.mode csv`,
#             `.separator , "\n"`, `.nullvalue NULL`. (Not `.mode quote`: the sqlite3 3.40
#             shell prints REALs there with %!.20g -- 5.6e9 as 5599999999.9999999999 -- and
#             with other digits under valgrind; csv prints them with %!.15g, stably.)
#   accuracy  tests/accuracy_seeds.py, accuracy_conformance.py, accuracy_entities.py,
#             accuracy_events.py (issue 16's sentences, tests/fixtures/facts_events_gold.tsv),
#             accuracy_facts.py and accuracy_press.py (/usr/bin/python3).
#   readme    tests/readme_examples.py: the examples of README.md and docs/*.md run and compared.
#   store     tests/store_files.py (/usr/bin/python3): the textfacts virtual table in database
#             files -- reopened in a new process, WAL with a reader process, read by a sqlite3
#             without the extension, and tests/fixtures/store_format1.db (the first on-disk
#             format) opened by this build. Fast: also in --quick (under asan the python gets
#             the runtime through LD_PRELOAD like the shell; under valgrind it runs unchecked).
#             tests/hostile_files.py: database files tampered with (shadow tables, config,
#             triggers, the schema's CREATE VIRTUAL TABLE, views leading back into textfacts,
#             forged commands): no crash or hang, errors that name the table, articles never
#             changed, rebuild repairs, DROP TABLE always works.
#             tests/import_resume.py: sql/import_txt.sql over 5,000 generated articles shows
#             progress (TEXTFACTS_PROGRESS), is stopped by SIGINT and SIGKILL, keeps
#             whole committed batches, and a re-run ends with the rows of an uninterrupted
#             import; rebuild's progress, and an interrupted rebuild changes nothing (not
#             under valgrind, where it would run unchecked: make test runs it).
#   threads   ${TEST_THREADS:-build/test_threads} --seconds 4: 8 threads, connections of
#             their own, handed between threads and shared, all functions and the textfacts
#             table; the first use of textfacts in the process races (make test-tsan: the
#             same under ThreadSanitizer, linked in and loaded).
#   crash     tests/crash_kill.py: a writer process SIGKILLed 60 times at random moments (DELETE
#             journal and WAL): no commit lost, integrity_check and the table's integrity-check
#             pass, stored rows equal the functions' rows (about 20 s; not in --quick).
#   static    tests/static_link.c linked with dist/libtextfacts.a, the system SQLite and
#             ${TEXTFACTS_STATIC_LIBS:--lm} only (the Makefile's STATIC_LIBS_PRIVATE): no PCRE2, no ICU.
#   binary    tests/selfcontained.py: dist/textfacts.so NEEDS libc/libm (and the loader)
#             only, exports its entry point only, takes symbols from glibc only, loads and
#             extracts (also beside the system's own PCRE2), textfacts_debug() names PCRE2 and
#             the ICU/CLDR of the tables; dist/libtextfacts.a defines the entry point only and
#             needs only SQLite, libc and libm. ${ICU_DATA_CHECK:-build/icu_data_check}: every
#             code point's class, case, folding and upper case, and every currency and region
#             row of the tables made at build time, against ICU. Not under a sanitizer.
#   oom       ${TEST_INIT:-build/test_init}: the core's one-time initialisation with its
#             allocations failing in turn (the first 300, then every 1 + n/40th); ${TEST_OOM:-build/test_oom}: every allocation made
#             through SQLITE_CONFIG_MALLOC failing in turn, once and for good, for every
#             function, the dictionary, the textfacts table's writes, queries, rebuild and
#             integrity-check (under asan: every 7th beyond the first 200; under valgrind:
#             test_init only, test_oom is too slow there). Also in --quick.
#   layout    tests/include_graph.py: the include graph of ext/ keeps its layers (entry ->
#             functions/store -> core), has no circle, and core/ has no SQLite types. Also in
#             --quick.
#   packaging ${TEST_LOAD:-build/test_load} $SO: the module's entry point refuses an SQLite
#             older than 3.33.0 with a message naming both versions, loads on 3.33.0 and on
#             the linked one; tests/packaging.py: README.md's install lines run as written,
#             make install into a temporary DESTDIR (files, pc file, a C program linked
#             through pkg-config, glibc's search reaching the module's directory, uninstall
#             leaving nothing), the wheel in a fresh venv, the npm package with
#             better-sqlite3@12 from the npm registry (its newer SQLite), sqlite-utils,
#             apsw, and tests/sqlite_host.c on the SQLite 3.33.0 and 3.32.0 amalgamations
#             (about 2 minutes; not in --quick).
#   report    tests/report_render.py (/usr/bin/python3): `make report` on the sample corpus,
#             rendered by headless Chromium (loads without errors, the charts have cells and
#             bars, every in-page link has its target, a section per entity, the converted
#             columns only with rates, a click on a header sorts);
#             the screenshot goes to build/report.png (docs/report.png only with the script's
#             --update-docs). Not in --quick.
#   cluster   tests/cluster_dqlite.py (/usr/bin/python3): three textfacts-node processes
#             (make cluster) on loopback: the sample corpus loaded, the textfacts table's
#             rows equal to a local build's, the leader killed, a new leader writing and
#             extracting, integrity checks on each survivor, a node without textfacts
#             failing cleanly, SIGTERM (120 s limit; the programs missing is a failure:
#             make deps installs libdqlite-dev). tests/shard_attach.py: the reports of
#             sql/reports/ over three shards ATTACHed under UNION ALL views equal them over
#             one database (docs/scale.md). Not in --quick.
#
# Options:
#   --quick         groups unit, oom, layout, sql, static and store only (the sanitizer runs)
#   --update        rewrite tests/sql/*.expected from the current output (also UPDATE_GOLDEN=1);
#                   read the diff before committing it: never bless a wrong answer
#   --only GROUPS   comma-separated subset, e.g. --only sql or --only unit,static
#   -v              print the whole output of the python groups even when they pass
#
# Environment:
#   TEXTFACTS_SO      the extension to test (default dist/textfacts.so)
#   TEST_CORE         the unit-test binary (default build/test_core)
#   TEXTFACTS_LIB     the static library (default dist/libtextfacts.a)
#   TEXTFACTS_SHARED  the shared/ folder (default ../shared beside the repository)
#   TEXTFACTS_SAN     asan: the sqlite3 shell runs with libasan+libubsan preloaded;
#                     valgrind: test_core, the shell and static_link run under memcheck.
#                     Either way a sanitizer or valgrind report is a failure.
#
# Output: a line per failure (`FAIL group/name: reason`, with a diff excerpt for
# transcripts), the failures listed again at the end, and as the LAST line
# `N passed, N failed` (`, N skipped` when something was skipped). Exit status 1 when
# anything failed. Full outputs are kept in build/test-output/.
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO" || exit 2

QUICK=0
UPDATE=${UPDATE_GOLDEN:-0}
[ "$UPDATE" = 1 ] || UPDATE=0
VERBOSE=0
ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --update) UPDATE=1 ;;
    --only) shift; ONLY=${1:-} ;;
    --only=*) ONLY=${1#--only=} ;;
    -v|--verbose) VERBOSE=1 ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run_all.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

for g in ${ONLY//,/ }; do
  case "$g" in unit|sql|static|accuracy|readme|store|report|layout|oom|crash|threads|packaging|cluster|binary) ;;
    *) echo "run_all.sh: unknown group '$g' (unit, oom, sql, static, accuracy, readme, store, report, layout, crash, threads, packaging, cluster, binary)" >&2; exit 2 ;;
  esac
done

abspath() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$REPO/$1" ;; esac; }
SO=$(abspath "${TEXTFACTS_SO:-dist/textfacts.so}")
TEST_CORE=$(abspath "${TEST_CORE:-build/test_core}")
TEST_INIT=$(abspath "${TEST_INIT:-build/test_init}")
TEST_OOM=$(abspath "${TEST_OOM:-build/test_oom}")
TEST_THREADS=$(abspath "${TEST_THREADS:-build/test_threads}")
TEST_LOAD=$(abspath "${TEST_LOAD:-build/test_load}")
LIB=$(abspath "${TEXTFACTS_LIB:-dist/libtextfacts.a}")
ICU_DATA_CHECK=$(abspath "${ICU_DATA_CHECK:-build/icu_data_check}")
SAN=${TEXTFACTS_SAN:-}
PY=/usr/bin/python3          # the only python here that can load SQLite extensions
OUT="$REPO/build/test-output"
mkdir -p "$OUT/sql"

case "$SAN" in
  ''|none) SAN="" ;;
  asan|valgrind) ;;
  *) echo "run_all.sh: TEXTFACTS_SAN must be asan or valgrind, not '$SAN'" >&2; exit 2 ;;
esac
if [ -n "$SAN" ] && [ "$UPDATE" = 1 ]; then
  echo "run_all.sh: --update under TEXTFACTS_SAN=$SAN refused (would bless sanitizer output)" >&2
  exit 2
fi

PASSED=0 FAILED=0 SKIPPED=0
FAILURES=()
pass() { PASSED=$((PASSED + 1)); echo "ok   $1"; }
fail() {   # NAME REASON (a reason ending in ':' announces the excerpt printed after it)
  local short=${2%:}
  FAILED=$((FAILED + 1)); FAILURES+=("$1: ${short%; diff excerpt}"); echo "FAIL $1: $2"
}
skip() { SKIPPED=$((SKIPPED + 1)); echo "SKIP $1: $2"; }
want() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }
indent() { sed 's/^/    /'; }

# A sanitizer or valgrind report in a captured output (valgrind -q and ASan prefix their
# lines with ==PID==; UBSan writes "file:line:col: runtime error: ...").
SAN_REPORT='^==[0-9]+==|runtime error:|(Address|Leak|UndefinedBehavior|Memory)Sanitizer'
has_san_report() { grep -qE "$SAN_REPORT" "$1"; }
# What to show of a failed run: the first sanitizer/valgrind report if any, else the end.
excerpt() {
  local at
  at=$(grep -nE 'ERROR: [A-Za-z]+Sanitizer|runtime error:|^==[0-9]+== [A-Z]' "$1" | head -n 1 | cut -d: -f1)
  if [ -n "$at" ]; then sed -n "$((at > 3 ? at - 3 : 1)),$((at + 25))p" "$1"; else tail -n 15 "$1"; fi | indent
}

# --keep-debuginfo: the shell dlclose()s the extension at exit; keep its symbols for the report
VALGRIND=(valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
          --keep-debuginfo=yes -q)
ASAN_PRELOAD=""
if [ "$SAN" = asan ]; then
  ASAN_PRELOAD="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)"
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
fi

# Run a native program of ours (test_core, static_link) under the chosen checker.
run_checked() {
  case "$SAN" in
    valgrind) "${VALGRIND[@]}" "$@" ;;
    asan) ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1} "$@" ;;
    *) "$@" ;;
  esac
}

# The sqlite3 shell with the extension loaded, reading its script on stdin, stdout
# unbuffered and stderr merged so that each statement is followed by its rows or error.
# The shell's own leaks are not ours: detect_leaks=0 under ASan, definite leaks under valgrind
# are checked (the shell frees what it allocates).
run_shell() {
  local load=".load '$SO'"
  case "$SAN" in
    asan)
      LD_PRELOAD="$ASAN_PRELOAD" ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
        stdbuf -o0 -e0 sqlite3 -cmd "$load" :memory: 2>&1 ;;
    valgrind)
      stdbuf -o0 -e0 "${VALGRIND[@]}" sqlite3 -cmd "$load" :memory: 2>&1 ;;
    *)
      stdbuf -o0 -e0 sqlite3 -cmd "$load" :memory: 2>&1 ;;
  esac
}

# Exit status of the shell: 0 (fine) or 1 (a statement failed, expected in error tests);
# anything else is a crash (signal), an ASan abort or a valgrind error (99).
shell_crashed() { [ "$1" -ne 0 ] && [ "$1" -ne 1 ]; }

echo "textfacts tests: extension $SO${SAN:+, under $SAN}$( [ "$QUICK" = 1 ] && echo ', quick')"

# --- a. C unit tests --------------------------------------------------------------
# run_native GROUP BINARY ARGS...: a program of ours that prints "ok NAME" / "not ok NAME:
# why" lines; one case per line; a crash, a non-zero exit or a sanitizer report is one more
# failure.
run_native() {
  local group=$1 bin=$2; shift 2
  echo "== $group: ${bin#"$REPO"/} $*"
  if [ ! -x "$bin" ]; then
    fail "$group" "$bin not found or not executable (build it: make ${bin#"$REPO"/})"
    return
  fi
  local log="$OUT/$group-$(basename "$bin").out" rc line n=0
  { run_checked "$bin" "$@" >"$log" 2>&1 </dev/null; } 2>/dev/null
  rc=$?
  while IFS= read -r line; do
    case "$line" in
      "not ok "*) n=$((n + 1)); line=${line#not ok }; fail "$group/${line%%:*}" "${line#*: }" ;;
      "ok "*) n=$((n + 1)); pass "$group/${line#ok }" ;;
    esac
  done <"$log"
  if [ "$rc" -ne 0 ] && ! grep -q '^not ok ' "$log"; then
    fail "$group" "${bin##*/} exited with status $rc$( [ "$rc" -gt 128 ] && echo " (signal $((rc - 128)))"); output:"
    excerpt "$log"
  elif has_san_report "$log"; then
    fail "$group" "${SAN:-sanitizer} report in ${bin##*/} output:"
    excerpt "$log"
  elif [ "$n" -eq 0 ]; then
    fail "$group" "${bin##*/} printed no 'ok'/'not ok' lines"
  fi
}

group_unit() { run_native unit "$TEST_CORE"; }

group_oom() {
  run_native oom "$TEST_INIT"
  case "$SAN" in
    valgrind) ;;                               # too slow under memcheck; asan covers it
    asan) run_native oom "$TEST_OOM" --quick ;;
    *) run_native oom "$TEST_OOM" ;;
  esac
}

# Threads without a sanitizer, briefly (make test-tsan runs them under ThreadSanitizer);
# not under asan or valgrind, whose builds do not make it.
group_threads() {
  [ -n "$SAN" ] && { skip threads "make test-tsan checks threads"; return; }
  run_native threads "$TEST_THREADS" --seconds 4
}

# --- b. golden SQL transcripts ------------------------------------------------------
group_sql() {
  echo "== sql: tests/sql/*.sql"
  local f name exp act rc any=0
  # surface.sql pins everything the extension registers: pragma_function_list and
  # pragma_module_list minus what the same sqlite3 shell has WITHOUT the extension (SQLite's
  # built-ins and the shell's own functions), written here (paths relative to the repository
  # root, as surface.sql reads them) and read back with .import. pragma_function_list is
  # queried first: once used, its eponymous table counts as a module, as in the transcript.
  rm -f "$OUT/sqlite_builtin_functions.csv" "$OUT/sqlite_builtin_modules.csv"
  if ! sqlite3 -batch -bail -init /dev/null :memory: >"$OUT/sqlite_builtin.out" 2>&1 <<'EOF'
.headers on
.mode csv
.separator , "\n"
.once build/test-output/sqlite_builtin_functions.csv
SELECT name, builtin, type, enc, narg, flags FROM pragma_function_list ORDER BY 1, 5, 2, 3, 4, 6;
.once build/test-output/sqlite_builtin_modules.csv
SELECT name FROM pragma_module_list ORDER BY 1;
EOF
  then
    fail sql/builtin_baseline "sqlite3 without the extension failed (surface.sql needs its lists):"
    indent <"$OUT/sqlite_builtin.out"
  fi
  for f in tests/sql/*.sql; do
    [ -e "$f" ] || continue
    any=1
    name=$(basename "$f" .sql)
    exp="tests/sql/$name.expected"
    act="$OUT/sql/$name.out"
    if [ ! -f "$SO" ]; then
      fail "sql/$name" "extension $SO not found (run make)"
      continue
    fi
    { run_shell <"$f" >"$act"; } 2>/dev/null   # (no "Aborted" notice from bash)
    rc=$?
    if shell_crashed "$rc"; then
      fail "sql/$name" "sqlite3 exited with status $rc$( [ "$rc" -gt 128 ] && echo " (signal $((rc - 128)))") (full output: ${act#"$REPO"/}):"
      excerpt "$act"
      continue
    fi
    if [ -n "$SAN" ] && has_san_report "$act"; then
      fail "sql/$name" "$SAN report (full output: ${act#"$REPO"/}):"
      excerpt "$act"
      continue
    fi
    if [ "$UPDATE" = 1 ]; then
      if [ -f "$exp" ] && cmp -s "$act" "$exp"; then
        pass "sql/$name"
      else
        cp "$act" "$exp"
        pass "sql/$name"
        echo "     updated $exp — read it: every row must be right"
      fi
      continue
    fi
    if [ ! -f "$exp" ]; then
      fail "sql/$name" "no $exp (create it with tests/run_all.sh --update, then check it by hand)"
      continue
    fi
    if cmp -s "$exp" "$act"; then
      pass "sql/$name"
    else
      fail "sql/$name" "output differs from $exp (full output: ${act#"$REPO"/}); diff excerpt:"
      diff -u --label "$exp" --label actual "$exp" "$act" | head -n 40 | indent
    fi
  done
  [ "$any" = 1 ] || echo "   (no tests/sql/*.sql)"
}

# --- c/d. python groups: each script prints ok/FAIL/SKIP lines and, last,
#          "N passed, N failed[, N skipped]", which is added to the totals ---------------
PY_ENV=()               # VAR=value settings to run the next python group with
run_python_group() {   # NAME SCRIPT ARGS...
  local name=$1; shift
  local script=$1
  local log="$OUT/$name.out" rc last p f s
  echo "== $name: $script"
  if [ ! -f "$script" ]; then fail "$name" "$script missing"; return; fi
  if [ ! -x "$PY" ]; then fail "$name" "$PY not found (the python that can load extensions)"; return; fi
  env ${PY_ENV[@]+"${PY_ENV[@]}"} "$PY" "$@" >"$log" 2>&1 </dev/null
  rc=$?
  last=$(tail -n 1 "$log")
  if [[ "$last" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed(,\ ([0-9]+)\ skipped)?$ ]]; then
    p=${BASH_REMATCH[1]} f=${BASH_REMATCH[2]} s=${BASH_REMATCH[4]:-0}
    PASSED=$((PASSED + p)); FAILED=$((FAILED + f)); SKIPPED=$((SKIPPED + s))
    if [ "$VERBOSE" = 1 ] || [ "$f" -gt 0 ] || [ "$rc" -ne 0 ]; then
      sed '$d' "$log" | indent
    else
      # passing: the per-case lines and any report lines (scores), without the details
      grep -vE '^\s{2,}' "$log" | sed '$d' | indent
    fi
    while IFS= read -r line; do FAILURES+=("$name: ${line#FAIL }"); done < <(grep '^FAIL ' "$log")
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
      fail "$name" "$script exited with status $rc but reported no failure"
    fi
  else
    fail "$name" "$script exited with status $rc without a summary line; last lines:"
    tail -n 15 "$log" | indent
  fi
}

# --- e. static library --------------------------------------------------------------
group_static() {
  echo "== static: tests/static_link.c + ${LIB#"$REPO"/}"
  local bin="$REPO/build/static_link" log="$OUT/static_link.out" rc cflags libs
  if [ ! -f "$LIB" ]; then fail static_link "$LIB not found (run make static)"; return; fi
  # the library holds PCRE2 and needs no ICU: the application's SQLite and -lm only
  if ! cflags=$(pkg-config --cflags sqlite3 2>&1) || ! libs=$(pkg-config --libs sqlite3 2>&1); then
    fail static_link "pkg-config cannot find sqlite3: $cflags $libs (run make deps)"
    return
  fi
  mkdir -p "$REPO/build"
  # shellcheck disable=SC2086  # pkg-config output is a word list
  if ! ${CC:-cc} -std=c11 -Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes \
       -D_POSIX_C_SOURCE=200809L -Iext $cflags -o "$bin" tests/static_link.c "$LIB" $libs \
       ${TEXTFACTS_STATIC_LIBS:--lm} \
       >"$log" 2>&1; then
    fail static_link "cannot compile/link tests/static_link.c against ${LIB#"$REPO"/}:"
    head -n 20 "$log" | indent
    return
  fi
  { run_checked "$bin" >"$log" 2>&1 </dev/null; } 2>/dev/null
  rc=$?
  if [ "$rc" -ne 0 ] || ! grep -q '^ok static_link' "$log" || has_san_report "$log"; then
    fail static_link "exit status $rc; output:"
    excerpt "$log"
  else
    pass static_link
  fi
}

# The python of group store loads the extension in-process: under asan it needs the runtime
# first (python's own leaks are not ours; its sqlite3 shells inherit the setting); valgrind
# would be too slow for it, so there it runs unchecked.
group_store() {
  [ "$SAN" = asan ] && PY_ENV=("LD_PRELOAD=$ASAN_PRELOAD" ASAN_OPTIONS=detect_leaks=0:abort_on_error=1)
  run_python_group store tests/store_files.py "$SO"
  run_python_group hostile tests/hostile_files.py "$SO"
  # unchecked under valgrind (see above), it would only repeat make test's run
  [ "$SAN" = valgrind ] || run_python_group import tests/import_resume.py "$SO"
  PY_ENV=()
}

want unit && group_unit
want oom && group_oom
want threads && group_threads
want layout && run_python_group layout tests/include_graph.py
want sql && group_sql
want static && group_static
want store && group_store
# The self-contained binaries: the release build only (a sanitizer build needs its runtime).
group_binary() {
  [ -n "$SAN" ] && { skip binary "checks the release build (make test)"; return; }
  run_python_group binary tests/selfcontained.py "$SO" "$LIB"
  run_native binary "$ICU_DATA_CHECK"
}
if [ "$QUICK" = 0 ]; then
  want accuracy && run_python_group seeds tests/accuracy_seeds.py "$SO"
  want accuracy && run_python_group conformance tests/accuracy_conformance.py "$SO"
  want accuracy && run_python_group entities tests/accuracy_entities.py "$SO"
  want accuracy && run_python_group facts tests/accuracy_facts.py "$SO"
  want accuracy && run_python_group events tests/accuracy_events.py "$SO"
  want accuracy && run_python_group press tests/accuracy_press.py "$SO"
  want readme && run_python_group readme tests/readme_examples.py "$SO"
  want binary && group_binary
  want report && run_python_group report tests/report_render.py "$SO"
  want crash && run_python_group crash tests/crash_kill.py "$SO"
  want packaging && run_native packaging "$TEST_LOAD" "$SO"
  want packaging && run_python_group packaging tests/packaging.py
  want cluster && run_python_group cluster tests/cluster_dqlite.py "$SO"
  want cluster && run_python_group shards tests/shard_attach.py "$SO"
fi

if [ "${#FAILURES[@]}" -gt 0 ]; then
  echo
  echo "Failures:"
  printf '  %s\n' "${FAILURES[@]}"
fi
summary="$PASSED passed, $FAILED failed"
[ "$SKIPPED" -gt 0 ] && summary="$summary, $SKIPPED skipped"
echo "$summary"
[ "$FAILED" -eq 0 ]
