#!/usr/bin/python3
"""The textfacts virtual table: build throughput and query latency (run by bench/run.sh).

    /usr/bin/python3 bench/store.py [--corpus build/bench/store_corpus.db] [--articles 100000]
                                    [--ext dist/textfacts] [--runs 3] [--query-runs 21]
                                    [--tvf-runs 3] [--work build/bench/store_work.db] [--keep]
                                    [--mmap BYTES]

1. Corpus: `--articles` ~5 KB articles from make_corpus.build in the languages of
   `--langs` (BENCH_STORE_LANGS; default fr,en: half French, half English, the corpus
   of before the seven languages, so that build figures stay comparable over time;
   fr,en,de,es,it,pt,zh gives bench.py's mix). With fr,en its articles are the first
   French and English articles of build/bench/corpus.db, in order (same seed). Reused
   when make_corpus.py, the templates, the seed, the languages and the count are
   unchanged (the fingerprint is make_corpus's, over the article count).
2. Build: each of `--runs` runs copies the corpus to `--work`, opens it, loads the
   extension, reads the file once (page cache), then times
       CREATE VIRTUAL TABLE article_facts USING textfacts(content='articles', column='body',
                                                          lang_column='lang')
   (its one transaction, commit and fsync included) in wall time and in CPU time of this
   process (user + sys: the build is one thread, so CPU MB/s is MB/s per core). Before it,
   in the same run on the same copy, the extraction alone:
       SELECT count(*) FROM articles a, extract_facts(a.body, a.lang)
       SELECT count(*) FROM articles a, extract_entities(a.body, a.lang)
   which compute what the table stores (its money rows are extract_facts' rows, its entity
   rows extract_entities'); build time minus their sum is roughly what storing costs.
3. Queries over the table the last run built (reopened, file read once), each `--query-runs`
   times after one untimed run, next to the same question asked of the table-valued
   functions over articles (`--tvf-runs` times: they scan every article) and of the shadow
   table article_facts_data directly (what the virtual table's inner SELECT costs):
       money:  currency = 'USD' AND amount > 1e9   -> count(*), sum(amount)
       name:   name = 'Huawei'                      -> count(*), count(DISTINCT doc)
       doc:    doc = ?  (a different random article each run) -> all its rows
   The answers must match (a WARNING otherwise), and each virtual-table median should be
   under 5 ms (a WARNING otherwise).
4. Inserts through the triggers: the first `--trigger-articles` articles of the corpus
   (BENCH_STORE_TRIGGER_ARTICLES, 20,000: about 100 MB) inserted into a fresh file (WAL)
   whose `articles` has the textfacts table already, 1,000 a transaction, each batch one
   INSERT … SELECT (as the importers write), in one thread and in each of `--threads`
   (textfacts_threads), `--trigger-runs` times each (median). The rows, ids included, must
   be the same as one thread's (a WARNING otherwise).
"""
import argparse
import hashlib
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no bench/__pycache__ from importing make_corpus
sys.path.insert(0, HERE)
import make_corpus  # noqa: E402

TABLE = 'article_facts'
CREATE = (f"CREATE VIRTUAL TABLE {TABLE} USING textfacts(content='articles', column='body', "
          f"lang_column='lang')")
EXTRACT_FACTS = 'SELECT count(*) FROM articles a, extract_facts(a.body, a.lang)'
EXTRACT_ENTITIES = 'SELECT count(*) FROM articles a, extract_entities(a.body, a.lang)'
LATENCY_LIMIT_MS = 5.0

# name, virtual-table SQL, table-valued-function SQL, shadow-table SQL (same answer)
QUERIES = [
    ("currency = 'USD' AND amount > 1e9",
     f"SELECT count(*), sum(amount) FROM {TABLE} WHERE currency = 'USD' AND amount > 1e9",
     "SELECT count(*), sum(f.amount) FROM articles a, extract_facts(a.body, a.lang) f "
     "WHERE f.currency = 'USD' AND f.amount > 1e9",
     f"SELECT count(*), sum(amount) FROM {TABLE}_data WHERE currency = 'USD' AND amount > 1e9"),
    ("name = 'Huawei'",
     f"SELECT count(*), count(DISTINCT doc) FROM {TABLE} WHERE name = 'Huawei'",
     "SELECT count(*), count(DISTINCT a.id) FROM articles a, extract_entities(a.body, a.lang) e "
     "WHERE e.name = 'Huawei'",
     f"SELECT count(*), count(DISTINCT doc) FROM {TABLE}_data WHERE name = 'Huawei'"),
]
DOC_VTAB = f'SELECT * FROM {TABLE} WHERE doc = ?'
DOC_DATA = f'SELECT * FROM {TABLE}_data WHERE doc = ?'
DOC_TVF = ['SELECT f.* FROM articles a, extract_facts(a.body, a.lang) f WHERE a.id = ?',
           'SELECT e.* FROM articles a, extract_entities(a.body, a.lang) e WHERE a.id = ?']


# --------------------------------------------------------------------------
# Corpus

STORE_LANGS = 'fr,en'


def corpus_fingerprint(seed, articles, langs=('fr', 'en')):
    return make_corpus.fingerprint(seed, f'articles={articles}', langs)


def make_store_corpus(path, articles, seed, force=False, langs=('fr', 'en')):
    """Writes `articles` articles like make_corpus.build (same generator, same order);
    returns the seconds it took, or None when the file was up to date."""
    fp = corpus_fingerprint(seed, articles, langs)
    if not force and make_corpus.existing_ok(path, fp, 0):
        return None
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    t0 = time.perf_counter()
    make_corpus.build(path, 0, seed, articles=articles, fp=fp, langs=langs, lang_index=False)
    return time.perf_counter() - t0


# --------------------------------------------------------------------------
# Timing

def cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def timed(fn):
    """(result, wall s, CPU s) of fn()."""
    c0, t0 = cpu_seconds(), time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t0, cpu_seconds() - c0


def warm_page_cache(path):
    with open(path, 'rb') as f:
        while f.read(1 << 20):
            pass


def open_db(path, ext, mmap=0):
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f'PRAGMA mmap_size = {mmap}')
    db.enable_load_extension(True)
    db.load_extension(ext if ext.startswith(('/', '.')) else './' + ext)
    db.enable_load_extension(False)
    return db


def med(xs):
    return statistics.median(xs)


def ms(s):
    return f'{s * 1e3:.3f}' if s < 1 else f'{s * 1e3:,.0f}'


# --------------------------------------------------------------------------

def rows_digest(db):
    """md5 of every row of the table's shadow table, ids included, in id order."""
    h = hashlib.md5()
    for row in db.execute(f'SELECT * FROM {TABLE}_data ORDER BY id'):
        h.update(repr(row).encode())
    return h.hexdigest()


def build_runs(args, mb):
    """Times the build `args.runs` times; returns a dict of lists and the last run's
    counts. Each run: the extraction alone, the build in one thread (on the fresh copy),
    then, the table dropped, the build in each of args.threads (the rows compared with
    the one-thread build's on the last run)."""
    t = {k: [] for k in ('build', 'build_cpu', 'facts', 'facts_cpu', 'entities',
                         'entities_cpu', 'copy')}
    for n in args.threads:
        t[f'build{n}'], t[f'build{n}_cpu'] = [], []
    counts = {}
    for run in range(args.runs):
        if os.path.exists(args.work):
            os.remove(args.work)
        _, copy_s, _ = timed(lambda: shutil.copyfile(args.corpus, args.work))
        t['copy'].append(copy_s)
        warm_page_cache(args.work)
        db = open_db(args.work, args.ext, args.mmap)
        (facts,), w, c = timed(lambda: db.execute(EXTRACT_FACTS).fetchone())
        t['facts'].append(w)
        t['facts_cpu'].append(c)
        (entities,), w, c = timed(lambda: db.execute(EXTRACT_ENTITIES).fetchone())
        t['entities'].append(w)
        t['entities_cpu'].append(c)
        db.execute('SELECT textfacts_threads(1)')
        _, w, c = timed(lambda: db.execute(CREATE))
        t['build'].append(w)
        t['build_cpu'].append(c)
        counts = {'facts': facts, 'entities': entities,
                  'kinds': dict(db.execute(f'SELECT kind, count(*) FROM {TABLE}_data GROUP BY 1'))}
        last = run == args.runs - 1
        digest = rows_digest(db) if last and args.threads else None
        line = (f'  run {run + 1}: CREATE VIRTUAL TABLE {w:.2f} s wall ({mb / w:.1f} MB/s), '
                f'{c:.2f} s CPU ({mb / c:.1f} MB/s); extract_facts {t["facts"][-1]:.2f} s, '
                f'extract_entities {t["entities"][-1]:.2f} s; copy {copy_s:.2f} s')
        for n in args.threads:
            db.execute(f'DROP TABLE {TABLE}')
            db.execute(f'SELECT textfacts_threads({n})')
            _, w, c = timed(lambda: db.execute(CREATE))
            t[f'build{n}'].append(w)
            t[f'build{n}_cpu'].append(c)
            line += f'; in {n} threads {w:.2f} s wall, {c:.2f} s CPU'
            if digest is not None:
                same = rows_digest(db) == digest
                counts[f'same{n}'] = same
                line += ' (rows identical)' if same else ' (ROWS DIFFER)'
        db.close()
        print(line, flush=True)
    return t, counts


def trigger_runs(args):
    """Times inserts through the triggers (see 4. above) in 1 and args.threads threads;
    returns ({threads: [(wall, cpu)]}, MB inserted, {threads: rows identical})."""
    times, same, digest, mb = {}, {}, None, 0.0
    path = args.work + '.triggers'
    for n in [1] + args.threads:
        times[n] = []
        for run in range(args.trigger_runs):
            for p in (path, path + '-wal', path + '-shm'):
                if os.path.exists(p):
                    os.remove(p)
            db = open_db(path, args.ext, args.mmap)
            db.execute('PRAGMA journal_mode=WAL')
            db.execute('CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, body TEXT)')
            db.execute(f"CREATE VIRTUAL TABLE {TABLE} USING textfacts(content='articles', "
                       "column='body', lang_column='lang')")
            db.execute('ATTACH ? AS corpus', (f'file:{args.corpus}?mode=ro',))
            ids = [r[0] for r in db.execute('SELECT id FROM corpus.articles ORDER BY id LIMIT ?',
                                            (args.trigger_articles,))]
            mb = db.execute('SELECT sum(length(CAST(body AS BLOB))) / 1e6 FROM corpus.articles '
                            'WHERE id <= ?', (ids[-1],)).fetchone()[0]
            db.execute(f'SELECT textfacts_threads({n})')

            def insert():
                for i in range(0, len(ids), 1000):
                    db.execute('BEGIN')
                    db.execute('INSERT INTO articles SELECT id, lang, body FROM corpus.articles '
                               'WHERE id BETWEEN ? AND ? ORDER BY id',
                               (ids[i], ids[min(i + 1000, len(ids)) - 1]))
                    db.execute('COMMIT')
            _, w, c = timed(insert)
            times[n].append((w, c))
            if run == args.trigger_runs - 1:
                d = rows_digest(db)
                if n == 1:
                    digest = d
                else:
                    same[n] = d == digest
            db.close()
            print(f'  triggers, {n} thread{"s" if n > 1 else ""}, run {run + 1}: {len(ids):,} '
                  f'articles ({mb:.1f} MB) in {w:.2f} s wall ({mb / w:.1f} MB/s), {c:.2f} s CPU '
                  f'({mb / c:.1f} MB/s)', flush=True)
    for p in (path, path + '-wal', path + '-shm'):
        if os.path.exists(p):
            os.remove(p)
    return times, mb, same


def size_report(path):
    """(file MB, {object: MB}) of the built database (dbstat when compiled in)."""
    db = sqlite3.connect(f'file:{path}?mode=ro', uri=True)
    try:
        objs = {name: size / 1e6 for name, size in db.execute(
            'SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC')}
    except sqlite3.Error:
        objs = {}
    db.close()
    return os.path.getsize(path) / 1e6, objs


def time_query(db, sql, params, runs, warmup=1):
    rows = None
    for _ in range(warmup):
        rows = db.execute(sql, params).fetchall()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        rows = db.execute(sql, params).fetchall()
        times.append(time.perf_counter() - t0)
    return times, rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--corpus', default=os.environ.get('BENCH_STORE_CORPUS',
                                                       'build/bench/store_corpus.db'))
    ap.add_argument('--articles', type=int,
                    default=int(os.environ.get('BENCH_STORE_ARTICLES', 100_000)))
    ap.add_argument('--seed', type=int, default=20251123)
    ap.add_argument('--langs', default=os.environ.get('BENCH_STORE_LANGS', STORE_LANGS),
                    help=f'languages of the corpus (default {STORE_LANGS})')
    ap.add_argument('--ext', default=os.environ.get('BENCH_EXT', 'dist/textfacts'))
    ap.add_argument('--runs', type=int, default=int(os.environ.get('BENCH_STORE_RUNS', 3)),
                    help='timed builds (median reported)')
    ap.add_argument('--query-runs', type=int,
                    default=int(os.environ.get('BENCH_STORE_QUERY_RUNS', 21)))
    ap.add_argument('--tvf-runs', type=int,
                    default=int(os.environ.get('BENCH_STORE_TVF_RUNS', 3)))
    ap.add_argument('--work', default=os.environ.get('BENCH_STORE_WORK',
                                                     'build/bench/store_work.db'),
                    help='the copy the table is built in (removed at the end unless --keep)')
    ap.add_argument('--keep', action='store_true',
                    default=os.environ.get('BENCH_STORE_KEEP', '0') not in ('', '0'))
    ap.add_argument('--mmap', type=int, default=int(float(os.environ.get('BENCH_MMAP', 0))),
                    help='PRAGMA mmap_size in bytes for the build and the queries (0 = off)')
    ap.add_argument('--threads', default=os.environ.get('BENCH_STORE_THREADS', '2'),
                    help='thread counts to build in after the one-thread build, comma-separated '
                         '(default 2; "" for none)')
    ap.add_argument('--trigger-articles', type=int,
                    default=int(os.environ.get('BENCH_STORE_TRIGGER_ARTICLES', 20_000)),
                    help='articles inserted through the triggers (0: skip that part)')
    ap.add_argument('--trigger-runs', type=int,
                    default=int(os.environ.get('BENCH_STORE_TRIGGER_RUNS', 2)))
    ap.add_argument('--force', action='store_true', help='regenerate the corpus')
    args = ap.parse_args(argv)
    try:
        args.threads = [int(x) for x in args.threads.split(',') if x.strip()]
    except ValueError:
        ap.error('--threads: comma-separated whole numbers')
    if any(n < 2 or n > 64 for n in args.threads):
        ap.error('--threads: each from 2 to 64 (the one-thread build always runs)')
    if args.runs < 1 or args.query_runs < 1 or args.tvf_runs < 1 or args.articles < 1:
        ap.error('--runs, --query-runs, --tvf-runs and --articles must be at least 1')
    try:
        langs = make_corpus.parse_langs(args.langs)
    except ValueError as e:
        ap.error(str(e))
    ext_path = args.ext if os.path.splitext(args.ext)[1] else args.ext + '.so'
    if not os.path.exists(ext_path):
        print(f'bench store: {ext_path} not found: skipped', file=sys.stderr)
        return 0

    gen_s = make_store_corpus(args.corpus, args.articles, args.seed, args.force, langs)
    gen_txt = (f'generated in {gen_s:.1f} s' if gen_s is not None else
               'reused (up to date)')
    db = sqlite3.connect(f'file:{args.corpus}?mode=ro', uri=True)
    n_articles, n_bytes = db.execute(
        'SELECT count(*), sum(length(CAST(body AS BLOB))) FROM articles').fetchone()
    db.close()
    mb = n_bytes / 1e6
    probe = open_db(':memory:', args.ext)
    version = probe.execute('SELECT textfacts_version()').fetchone()[0]
    probe.close()
    print()
    print(f'store corpus {args.corpus}: {n_articles:,} articles ({",".join(langs)}) of {n_bytes / n_articles:,.0f} '
          f'bytes on average, {mb:.1f} MB of UTF-8 text, {gen_txt}; SQLite '
          f'{sqlite3.sqlite_version}; textfacts {version}; PRAGMA mmap_size={args.mmap}; '
          f'{os.cpu_count()} CPUs; '
          f'load average {os.getloadavg()[0]:.2f}')
    if gen_s is not None:
        print(f'bench summary: store corpus generated in {gen_s:.1f} s '
              f'({mb / gen_s:.1f} MB/s, {n_articles:,} articles)')
    print(f'{CREATE}: {args.runs} runs, each on a fresh copy, after extract_facts and '
          f'extract_entities over the same copy', flush=True)

    t, counts = build_runs(args, mb)
    build, build_cpu = med(t['build']), med(t['build_cpu'])
    facts, entities = med(t['facts']), med(t['entities'])
    extract = facts + entities
    extract_cpu = med(t['facts_cpu']) + med(t['entities_cpu'])
    file_mb, objs = size_report(args.work)
    kinds = counts['kinds']
    stored = sum(kinds.values())
    print()
    print(f'{"build (median of " + str(args.runs) + ")":<44} {"wall s":>8} {"MB/s":>8} '
          f'{"CPU s":>8} {"CPU MB/s":>9}')
    for name, w, c in (('CREATE VIRTUAL TABLE', build, build_cpu),
                       ('extract_facts(body, lang) count(*)', facts, med(t['facts_cpu'])),
                       ('extract_entities(body, lang) count(*)', entities,
                        med(t['entities_cpu'])),
                       ('  the two together', extract, extract_cpu)) + tuple(
                           (f'CREATE VIRTUAL TABLE in {n} threads', med(t[f'build{n}']),
                            med(t[f'build{n}_cpu'])) for n in args.threads):
        print(f'{name:<44} {w:>8.2f} {mb / w:>8.1f} {c:>8.2f} {mb / c:>9.1f}')
    print()
    print(f'database after: {file_mb:.1f} MB ({file_mb - n_bytes / 1e6:.1f} MB more than the '
          f'text); {TABLE}_data: {stored:,} rows ({kinds.get("money", 0):,} money, '
          f'{kinds.get("entity", 0):,} entity)')
    if objs:
        print('  pages by object: ' + ', '.join(f'{k} {v:.1f} MB' for k, v in objs.items()
                                                if k.startswith(TABLE) or k == 'articles'))
    if kinds.get('money', 0) != counts['facts'] or kinds.get('entity', 0) != counts['entities']:
        print(f'WARNING: the table stores {kinds.get("money", 0):,} money and '
              f'{kinds.get("entity", 0):,} entity rows; extract_facts gives '
              f'{counts["facts"]:,}, extract_entities {counts["entities"]:,}')
    print()

    # ---------------------------------------------------------------- queries
    warm_page_cache(args.work)
    db = open_db(args.work, args.ext, args.mmap)
    results = []  # (name, vtab times, tvf times, data times, ok)
    warnings = []
    for name, vtab_sql, tvf_sql, data_sql in QUERIES:
        vt, vrows = time_query(db, vtab_sql, (), args.query_runs)
        dt, drows = time_query(db, data_sql, (), args.query_runs)
        tt, trows = time_query(db, tvf_sql, (), args.tvf_runs, warmup=0)
        ok = vrows == trows == drows
        if not ok:
            warnings.append(f'WARNING: {name}: virtual table {vrows}, table-valued functions '
                            f'{trows}, {TABLE}_data {drows}')
        if not vrows or not vrows[0][0]:
            warnings.append(f'WARNING: {name}: no rows')
        results.append((name, vt, tt, dt, f'{vrows[0][0]:,} rows' if vrows else '-'))
    rng = random.Random(args.seed)
    ids = [rng.randint(1, n_articles) for _ in range(args.query_runs + 1)]
    vt, dt, tt, doc_rows = [], [], [], []
    for i, doc in enumerate(ids):  # the first id is the untimed warm-up
        t0 = time.perf_counter()
        vrows = db.execute(DOC_VTAB, (doc,)).fetchall()
        v = time.perf_counter() - t0
        t0 = time.perf_counter()
        drows = db.execute(DOC_DATA, (doc,)).fetchall()
        d = time.perf_counter() - t0
        t0 = time.perf_counter()
        trows = [r for sql in DOC_TVF for r in db.execute(sql, (doc,)).fetchall()]
        tv = time.perf_counter() - t0
        if len(vrows) != len(trows) or len(drows) != len(vrows):
            warnings.append(f'WARNING: doc = {doc}: virtual table {len(vrows)} rows, '
                            f'table-valued functions {len(trows)}, {TABLE}_data {len(drows)}')
        if i:
            vt.append(v)
            dt.append(d)
            tt.append(tv)
            doc_rows.append(len(vrows))
    results.append(('doc = ?', vt, tt, dt, f'{statistics.mean(doc_rows):.1f} rows on average'))
    db.close()

    print(f'{"query (median ms)":<36} {"vtab":>8} {"runs":>4} {"_data":>8} {"TVFs":>9} '
          f'{"runs":>4} {"TVF/vtab":>9}  answer')
    for name, vt, tt, dt, answer in results:
        print(f'{name:<36} {ms(med(vt)):>8} {len(vt):>4} {ms(med(dt)):>8} {ms(med(tt)):>9} '
              f'{len(tt):>4} {med(tt) / med(vt):>8.0f}×  {answer}')
        if med(vt) * 1e3 >= LATENCY_LIMIT_MS:
            warnings.append(f'WARNING: {name}: virtual table median {med(vt) * 1e3:.2f} ms '
                            f'>= {LATENCY_LIMIT_MS:g} ms')
    print('(vtab: the virtual table; _data: the same SELECT on the shadow table directly; '
          'TVFs: extract_facts/extract_entities over articles; doc = ?: a random article each '
          'run, both TVFs)')
    print()

    print(f'bench summary: store build {mb / build:.1f} MB/s wall, {mb / build_cpu:.1f} MB/s '
          f'CPU (per core) (median of {args.runs}, {build:.2f} s for {mb:.1f} MB, '
          f'{n_articles:,} articles); {stored:,} rows')
    for n in args.threads:
        w, c = med(t[f'build{n}']), med(t[f'build{n}_cpu'])
        print(f'bench summary: store build in {n} threads {mb / w:.1f} MB/s wall, '
              f'{build / w:.2f}× the speed of 1 thread ({mb / build:.1f} MB/s); CPU {c:.2f} s '
              f'({mb / c:.1f} MB/s per core); rows '
              f'{"identical to" if counts.get(f"same{n}") else "DIFFERENT from"} one thread\'s')
        if not counts.get(f'same{n}'):
            warnings.append(f'WARNING: the build in {n} threads stored other rows than in one')
    print(f'bench summary: store build = {build / extract:.2f}× the time of extraction alone '
          f'(extract_facts {facts:.2f} s + extract_entities {entities:.2f} s = {extract:.2f} s, '
          f'{mb / extract:.1f} MB/s): extraction {100 * extract / build:.0f}%, storing '
          f'{100 * (build - extract) / build:.0f}% (by difference)')
    print(f'bench summary: store database {file_mb:.1f} MB after the build '
          f'(+{file_mb - n_bytes / 1e6:.1f} MB); {TABLE}_data {stored:,} rows')
    for name, vt, tt, dt, answer in results:
        print(f'bench summary: store query {name} {med(vt) * 1e3:.3f} ms median of {len(vt)} '
              f'(table-valued functions {ms(med(tt))} ms, median of {len(tt)}; '
              f'{TABLE}_data directly {med(dt) * 1e3:.3f} ms); {answer}')
    if args.trigger_articles > 0 and args.trigger_runs > 0:
        print('inserts through the triggers (1,000 articles a transaction, one INSERT … SELECT '
              'each, WAL):', flush=True)
        tt, tmb, tsame = trigger_runs(args)
        w1 = med([w for w, _ in tt[1]])
        c1 = med([c for _, c in tt[1]])
        print(f'bench summary: store inserts through the triggers {tmb / w1:.1f} MB/s wall, '
              f'{tmb / c1:.1f} MB/s CPU (median of {len(tt[1])}, {w1:.2f} s for {tmb:.1f} MB, '
              f'one thread)')
        for n in args.threads:
            w, c = med([w for w, _ in tt[n]]), med([c for _, c in tt[n]])
            print(f'bench summary: store inserts through the triggers in {n} threads '
                  f'{tmb / w:.1f} MB/s wall, {w1 / w:.2f}× the speed of 1 thread; CPU {c:.2f} s '
                  f'({tmb / c:.1f} MB/s per core); rows '
                  f'{"identical to" if tsame.get(n) else "DIFFERENT from"} one thread\'s')
            if not tsame.get(n):
                warnings.append(f'WARNING: the triggers in {n} threads stored other rows than '
                                f'in one')
    if build_cpu and mb / build_cpu < 40:
        warnings.append(f'WARNING: store build {mb / build_cpu:.1f} MB/s per core < 40 MB/s')
    for w in warnings:
        print(w)
    if not args.keep and os.path.exists(args.work):
        os.remove(args.work)
    return 0


if __name__ == '__main__':
    sys.exit(main())
