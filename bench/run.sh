#!/usr/bin/env bash
# Throughput benchmark, run by `make bench` from the repository root.
#
#   bash bench/run.sh
#
# Builds the generated corpus (build/bench/corpus.db, ~60 MB of news prose in French,
# English, German, Spanish, Italian, Portuguese and Chinese; reused when it is up to
# date), then times each query of bench/bench.py over it with the extension
# dist/textfacts.so loaded, and prints median MB/s: over the whole corpus, per language
# ("bench lang"), and over the real press texts of ../shared/corpus/press ("bench press").
#
# Environment:
#   BENCH_RUNS=5        timed runs per query (the median is reported)
#   BENCH_WARMUP=1      untimed runs per query before them
#   BENCH_MB=60         corpus size in MB (at least 50 for figures comparable
#                       with docs; smaller for a quick check)
#   BENCH_CORPUS=...    corpus database path (default build/bench/corpus.db)
#   BENCH_MMAP=0        PRAGMA mmap_size in bytes; 1000000000 maps the file
#   BENCH_EXT=...       extension to load (default dist/textfacts)
#   BENCH_ONLY=...      run only the queries whose name contains this text
#                       ("per-lang": the per-language rows; "press": the press rows)
#   BENCH_PRESS_MB=50   size the press texts are repeated to (all languages together)
#
# Then bench/store.py times the textfacts virtual table (build and queries) over its
# own corpus (build/bench/store_corpus.db, BENCH_STORE_ARTICLES ~5 KB articles):
#   BENCH_STORE=1       0: skip it; only: run it alone (not bench.py)
#   BENCH_STORE_ARTICLES=100000   articles in its corpus (~520 MB at 100,000)
#   BENCH_STORE_LANGS=fr,en       languages of its corpus (fr,en,de,es,it,pt,zh: all)
#   BENCH_STORE_RUNS=3  timed builds (CREATE VIRTUAL TABLE on a fresh copy each)
#   BENCH_STORE_THREADS=2   thread counts (comma-separated) to build in after one thread
#   BENCH_STORE_QUERY_RUNS=21, BENCH_STORE_TVF_RUNS=3   runs per query: virtual
#                       table, table-valued functions (these scan every article)
#   BENCH_STORE_CORPUS=..., BENCH_STORE_WORK=...  corpus and working-copy paths
#   BENCH_STORE_KEEP=1  keep the working copy with the table built
#   (BENCH_EXT and BENCH_MMAP apply to it too)
set -euo pipefail
cd "$(dirname "$0")/.."

# The python first on PATH may lack extension loading (pyenv builds); the
# system one has it.
PY=/usr/bin/python3
if ! "$PY" -c 'import sqlite3; sqlite3.connect(":memory:").enable_load_extension' 2>/dev/null; then
  echo "bench: $PY with a sqlite3 module that can load extensions is required" >&2
  exit 1
fi

STORE=${BENCH_STORE:-1}
if [ "$STORE" != only ]; then
  CORPUS=${BENCH_CORPUS:-build/bench/corpus.db}
  "$PY" bench/make_corpus.py "$CORPUS" --mb "${BENCH_MB:-60}"

  args=(--db "$CORPUS" --ext "${BENCH_EXT:-dist/textfacts}" --runs "${BENCH_RUNS:-5}")
  if [ -n "${BENCH_ONLY:-}" ]; then args+=(--only "$BENCH_ONLY"); fi
  "$PY" bench/bench.py "${args[@]}"
fi

if [ "$STORE" != 0 ]; then
  exec "$PY" bench/store.py --ext "${BENCH_EXT:-dist/textfacts}"
fi
