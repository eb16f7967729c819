#!/usr/bin/python3
"""How far one SQLite file goes: import rate with the textfacts table kept current, and
database size (docs/scale.md).

    /usr/bin/python3 bench/scale.py [--articles 50000] [--batch 1000] [--ext dist/textfacts]
                                    [--corpus build/bench/scale_corpus.db]
                                    [--db build/bench/scale.db] [--keep] [--cache-mb N]
                                    [--table-after]

1. A generated corpus of `--articles` articles (bench/make_corpus.py's generator, as
   bench/store.py makes it; ~5.2 KB each, half French, half English), reused while current.
2. A fresh database with the tables of sql/schema.sql (`articles`, and `article_facts`
   kept current by its triggers), WAL mode, then the articles inserted `--batch` per
   transaction from the attached corpus, with body_hash (SHA3-256, as the importers fill
   it, computed in Python). Prints the articles/s and
   MB/s of every tenth of the corpus, the total, the CPU seconds of the process, and the
   size of the file (after a checkpoint) with the pages of each table and index (dbstat),
   then the size per million articles, extrapolated linearly.
   --table-after: the articles inserted without the textfacts table, then its CREATE
   VIRTUAL TABLE (in textfacts_threads() threads), timed apart and together: the way of a
   first import of many articles (docs/scale.md).
"""
import argparse
import hashlib
import os
import re
import resource
import sqlite3
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import store  # noqa: E402  (make_store_corpus)


def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--articles', type=int, default=50000)
    ap.add_argument('--batch', type=int, default=1000)
    ap.add_argument('--ext', default=os.path.join(ROOT, 'dist', 'textfacts'))
    ap.add_argument('--corpus', default=os.path.join(ROOT, 'build', 'bench', 'scale_corpus.db'))
    ap.add_argument('--db', default=os.path.join(ROOT, 'build', 'bench', 'scale.db'))
    ap.add_argument('--seed', type=int, default=20240601)
    ap.add_argument('--keep', action='store_true')
    ap.add_argument('--table-after', action='store_true',
                    help='insert without the textfacts table, then create it (timed)')
    ap.add_argument('--cache-mb', type=int, default=0,
                    help="PRAGMA cache_size in MB (0: SQLite's default, 2 MB)")
    a = ap.parse_args()

    took = store.make_store_corpus(a.corpus, a.articles, a.seed)
    if took is not None:
        print(f'scale: corpus of {a.articles} articles generated in {took:.0f} s')
    for p in (a.db, a.db + '-wal', a.db + '-shm'):
        if os.path.exists(p):
            os.remove(p)
    db = sqlite3.connect(a.db, isolation_level=None)
    db.enable_load_extension(True)
    db.load_extension(a.ext)
    db.execute('PRAGMA journal_mode=WAL')
    if a.cache_mb:
        db.execute(f'PRAGMA cache_size = -{a.cache_mb * 1024}')
    # body_hash as the importers fill it (the shell's lower(hex(sha3(body)))): the UNIQUE
    # index that finds an article already there is part of an import's cost
    db.create_function('sha3_hex', 1,
                       lambda b: hashlib.sha3_256(b.encode('utf-8', 'surrogatepass')).hexdigest(),
                       deterministic=True)
    with open(os.path.join(ROOT, 'sql', 'schema.sql'), encoding='utf-8') as f:
        schema = ''.join(line for line in f if not line.startswith('.read'))
    create_table = None
    if a.table_after:
        m = re.search(r'CREATE VIRTUAL TABLE[^;]*;', schema)
        create_table = m.group(0)
        schema = schema.replace(create_table, '')
    db.executescript(schema)
    db.execute('ATTACH ? AS corpus', (a.corpus,))
    n, mb = db.execute('SELECT count(*), sum(length(CAST(body AS BLOB))) / 1e6 FROM corpus.articles').fetchone()
    print(f'scale: {n} articles, {mb:.1f} MB of text, {a.batch} a transaction, '
          f'page cache {a.cache_mb or 2} MB, sqlite {sqlite3.sqlite_version}')
    ids = [r[0] for r in db.execute('SELECT id FROM corpus.articles ORDER BY id')]
    t0, c0 = time.perf_counter(), cpu()
    tick, done, done_mb, last_t, last_n, last_mb = max(1, n // 10), 0, 0.0, t0, 0, 0.0
    for i in range(0, len(ids), a.batch):
        lo, hi = ids[i], ids[min(i + a.batch, len(ids)) - 1]
        db.execute('BEGIN')
        db.execute('INSERT INTO articles(lang, body, body_hash) '
                   'SELECT lang, body, sha3_hex(body) FROM corpus.articles '
                   'WHERE id BETWEEN ? AND ? ORDER BY id', (lo, hi))
        db.execute('COMMIT')
        k = min(i + a.batch, len(ids))
        done_mb += db.execute('SELECT sum(length(CAST(body AS BLOB))) / 1e6 FROM corpus.articles '
                              'WHERE id BETWEEN ? AND ?', (lo, hi)).fetchone()[0]
        if k // tick != done // tick or k == len(ids):
            t = time.perf_counter()
            print(f'scale: {k:>7} articles: {(k - last_n) / (t - last_t):7.0f} articles/s, '
                  f'{(done_mb - last_mb) / (t - last_t):5.1f} MB/s over the last '
                  f'{k - last_n}', flush=True)
            last_t, last_n, last_mb = t, k, done_mb
        done = k
    wall, used = time.perf_counter() - t0, cpu() - c0
    if create_table:
        t1, c1 = time.perf_counter(), cpu()
        db.execute(create_table)
        build, build_cpu = time.perf_counter() - t1, cpu() - c1
        threads = db.execute('SELECT textfacts_threads()').fetchone()[0]
        print(f'scale summary: articles inserted without the table in {wall:.1f} s, then '
              f'CREATE VIRTUAL TABLE in {threads} threads {build:.1f} s ({mb / build:.1f} MB/s, '
              f'CPU {build_cpu:.1f} s)')
        wall, used = wall + build, used + build_cpu
    rows = db.execute('SELECT count(*) FROM article_facts_data').fetchone()[0]
    print(f'scale summary: {n} articles imported in {wall:.1f} s = {n / wall:.0f} articles/s, '
          f'{mb / wall:.1f} MB/s wall; CPU {used:.1f} s = {n / used:.0f} articles/s per core; '
          f'{rows} rows in article_facts')
    db.execute('DETACH corpus')
    db.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    size = os.path.getsize(a.db)
    print(f'scale summary: database {size / 1e6:.1f} MB = {size / n / 1e3:.1f} KB an article '
          f'({mb * 1e6 / n / 1e3:.1f} KB of it text); per million articles '
          f'{size / n * 1e6 / 1e9:.1f} GB (extrapolated linearly from {n})')
    for name, pages in db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name "
                                  "ORDER BY 2 DESC LIMIT 12"):
        print(f'scale:   {name:<32} {pages / 1e6:8.1f} MB')
    db.close()
    if not a.keep:
        os.remove(a.db)


if __name__ == '__main__':
    main()
