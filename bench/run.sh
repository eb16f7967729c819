#!/usr/bin/env bash
# Throughput benchmark, run by `make bench` from the repository root.
#
#   bash bench/run.sh
#
# Builds the generated corpus (build/bench/corpus.db, ~60 MB of French and English
# news prose; reused when it is up to date), then times each query of bench/bench.py
# over it with the extension dist/textfacts.so loaded, and prints median MB/s.
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
set -euo pipefail
cd "$(dirname "$0")/.."

# The python first on PATH may lack extension loading (pyenv builds); the
# system one has it.
PY=/usr/bin/python3
if ! "$PY" -c 'import sqlite3; sqlite3.connect(":memory:").enable_load_extension' 2>/dev/null; then
  echo "bench: $PY with a sqlite3 module that can load extensions is required" >&2
  exit 1
fi

CORPUS=${BENCH_CORPUS:-build/bench/corpus.db}
"$PY" bench/make_corpus.py "$CORPUS" --mb "${BENCH_MB:-60}"

args=(--db "$CORPUS" --ext "${BENCH_EXT:-dist/textfacts}" --runs "${BENCH_RUNS:-5}")
if [ -n "${BENCH_ONLY:-}" ]; then args+=(--only "$BENCH_ONLY"); fi
exec "$PY" bench/bench.py "${args[@]}"
