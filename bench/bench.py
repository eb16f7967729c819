#!/usr/bin/python3
"""Throughput of textfacts queries over the benchmark corpus (run by bench/run.sh).

    /usr/bin/python3 bench/bench.py [--db build/bench/corpus.db] [--ext dist/textfacts]
                                    [--runs 5] [--warmup 1] [--mmap BYTES] [--only NAME]

Opens the database once, loads the extension, warms the page cache, then runs each
query in QUERIES `--runs` times and reports the median wall time and MB/s, where
MB = sum(length(CAST(body AS BLOB))) / 1e6 over the whole articles table, i.e. the
UTF-8 bytes of text scanned.

After the headline summary, two groups of lines that keep every language in sight:
- "bench lang LANG": per language of the corpus, extract_money(body) ('auto'),
  extract_money(body, lang), extract_entities(body) and extract_facts(body) over that
  language's articles (read through the index articles_lang), each in MB/s and as its
  time over sum(length(body)) of the same rows in the same run; then the slowest
  language of each query. --only per-lang runs these alone.
- "bench press all" and "bench press LANG": the same over the real press excerpts of
  ../shared/corpus/press (all seven languages), repeated to BENCH_PRESS_MB (default 50)
  MB in an in-memory table; per language, extract_money only. --only press runs these
  alone; without ../shared they are skipped with a line saying so.

Use /usr/bin/python3: its sqlite3 module can load extensions (a pyenv python
usually cannot).

PRAGMA mmap_size: off by default (what a plain connection gets). --mmap 1000000000
(or BENCH_MMAP=1000000000) maps the file instead, which removes most of the cost of
reading each row (about 2.4 µs -> 0.8 µs per row on these machines) and so shows the
extension's own cost more sharply.
"""
import argparse
import os
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass


@dataclass
class Query:
    name: str          # short label for the table
    sql: str           # must scan the whole articles table
    ext: bool = True   # needs the extension loaded
    show: str = ''     # how to print the result row: names for its columns
    baseline: bool = False  # the reference for the "× baseline" column (exactly one)
    setup: object = None    # callable(db) run before the query's runs (returns a note)
    teardown: object = None  # callable(db) run after them


USER_ALIASES = 100_000


def user_aliases(n, seed=7):
    """n distinct made-up organisation names, reproducible: 'Velorix Dynamics', ..."""
    import random
    rnd = random.Random(seed)
    onsets = ['b', 'br', 'c', 'cl', 'd', 'dr', 'f', 'g', 'gr', 'k', 'l', 'm', 'n', 'p', 'pr',
              'r', 's', 'st', 't', 'tr', 'v', 'z', 'x', 'qu']
    vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ei']
    codas = ['', 'n', 'r', 'x', 's', 'l', 'm', 'th']
    suffixes = ['', '', ' Dynamics', ' Systems', ' Labs', ' Capital', ' Robotics', ' Foods',
                ' Bio', ' Energy', ' Media', ' Motors']
    seen = set()
    while len(seen) < n:
        word = ''.join(rnd.choice(onsets) + rnd.choice(vowels) + rnd.choice(codas)
                       for _ in range(rnd.randint(2, 3)))
        seen.add(word.capitalize() + rnd.choice(suffixes))
    return sorted(seen)


def with_user_dictionary(db):
    """Creates textfacts_dictionary with USER_ALIASES rows inside a transaction that
    teardown rolls back (the corpus file is left as it was), and times the first
    statement, which compiles them."""
    db.execute('BEGIN')
    db.execute('CREATE TABLE textfacts_dictionary(alias TEXT, name TEXT, kind TEXT)')
    db.executemany('INSERT INTO textfacts_dictionary VALUES (?, ?, ?)',
                   ((a, a, 'org') for a in user_aliases(USER_ALIASES)))
    t0 = time.perf_counter()
    db.execute("SELECT count(*) FROM extract_entities('x')").fetchone()
    return f'{USER_ALIASES:,} user aliases compiled in {time.perf_counter() - t0:.3f} s'


def rollback(db):
    db.execute('ROLLBACK')


# Add queries here. A query that fails (unknown function, ...) is reported as
# skipped; the others still run.
QUERIES = [
    Query('baseline: sum(length(body))',
          'SELECT sum(length(body)) FROM articles',
          ext=False, show='chars', baseline=True),
    Query('baseline: instr(body, absent)',
          "SELECT count(*) FROM articles WHERE instr(body, 'zzzzqqq') > 0",
          ext=False, show='rows'),
    Query('extract_money(body)',
          'SELECT count(*), sum(amount) FROM articles, extract_money(articles.body)',
          show='mentions,sum'),
    Query("extract_money(body, lang)",
          'SELECT count(*), sum(amount) FROM articles, extract_money(articles.body, articles.lang)',
          show='mentions,sum'),
    Query('extract_entities(body)',
          'SELECT count(*), count(DISTINCT name) FROM articles, extract_entities(articles.body)',
          show='mentions,names'),
    Query('extract_entities(body, lang)',
          'SELECT count(*), count(DISTINCT name) FROM articles, '
          'extract_entities(articles.body, articles.lang)',
          show='mentions,names'),
    Query('extract_entities + 100k aliases',
          'SELECT count(*), count(DISTINCT name) FROM articles, extract_entities(articles.body)',
          show='mentions,names', setup=with_user_dictionary, teardown=rollback),
    # The counts of non-NULL entity/year/grp are read by the "bench facts:" line below.
    Query('extract_facts(body)',
          'SELECT count(*), count(entity), count(year), count(grp) '
          'FROM articles, extract_facts(articles.body)',
          show='facts,entity,year,grp'),
    Query('extract_facts(body, lang)',
          'SELECT count(*), count(entity), count(year), count(grp) '
          'FROM articles, extract_facts(articles.body, articles.lang)',
          show='facts'),
    Query('extract_sentences(body)',
          'SELECT count(*), max(sentence) FROM articles, extract_sentences(articles.body)',
          show='sentences,max_index'),
    Query('extract_sentences(body, lang)',
          'SELECT count(*), max(sentence) FROM articles, '
          'extract_sentences(articles.body, articles.lang)',
          show='sentences'),
    # Offsets are counted only for the rows a query asks them of: this one asks all.
    Query('extract_sentences(body) + offsets',
          'SELECT count(*), sum("end" - start) FROM articles, extract_sentences(articles.body)',
          show='sentences,chars'),
]

# The queries named in the summary lines.
HEADLINES = ['extract_money(body)', 'extract_entities(body)', 'extract_entities + 100k aliases',
             'extract_facts(body)', 'extract_facts(body, lang)', 'extract_sentences(body)',
             'extract_sentences(body) + offsets']
# extract_facts does what these two do and more: its time against the sum of theirs.
FACTS_PARTS = ['extract_money(body)', 'extract_entities(body)']


def fmt_value(v):
    if isinstance(v, float):
        return f'{v:.4g}'
    if isinstance(v, int):
        return f'{v:,}'
    return str(v)


def describe(query, row):
    if row is None:
        return ''
    names = query.show.split(',') if query.show else [f'c{i}' for i in range(len(row))]
    return ' '.join(f'{n}={fmt_value(v)}' for n, v in zip(names, row))


def facts_summary(by_name):
    """The "bench facts:" lines: how much of extract_facts' output is filled in, and its
    time against extract_money + extract_entities measured in the same run."""
    times, row = by_name.get('extract_facts(body)', (None, None))
    if not times or not row:
        return
    n, entity, year, grp = row
    pct = (lambda k: f'{100 * k / n:.1f}%') if n else (lambda k: '-')
    money_times, money_row = by_name.get('extract_money(body)', (None, None))
    same = ''
    if money_row:
        same = (f' (= extract_money\'s {money_row[0]:,})' if money_row[0] == n else
                f'  WARNING: extract_money gives {money_row[0]:,} rows')
    print(f'bench facts: {n:,} rows{same}; entity set on {entity:,} ({pct(entity)}), '
          f'year on {year:,} ({pct(year)}), grp on {grp:,} ({pct(grp)})')
    parts = [by_name.get(name, (None, None))[0] for name in FACTS_PARTS]
    if all(parts):
        facts_med = statistics.median(times)
        parts_med = [statistics.median(t) for t in parts]
        print(f'bench facts: extract_facts(body) {facts_med:.3f} s = '
              f'{facts_med / sum(parts_med):.2f}× the time of ' +
              ' + '.join(f'{name} {med:.3f} s' for name, med in zip(FACTS_PARTS, parts_med)) +
              f' = {sum(parts_med):.3f} s')


LANGS = ('fr', 'en', 'de', 'es', 'it', 'pt', 'zh')
PRESS_LANGS = LANGS

# The per-language rows: each query over the articles of one language (`?`), read through
# the corpus's index articles_lang; the first is the baseline the others are divided by.
LANG_QUERIES = [
    ('sum(length(body))', 'SELECT sum(length(body)) FROM {t} WHERE lang = ?'),
    ('extract_money(body)', 'SELECT count(*) FROM {t} a, extract_money(a.body) WHERE a.lang = ?'),
    ('extract_money(body, lang)',
     'SELECT count(*) FROM {t} a, extract_money(a.body, a.lang) WHERE a.lang = ?'),
    ('extract_entities(body)',
     'SELECT count(*) FROM {t} a, extract_entities(a.body) WHERE a.lang = ?'),
    ('extract_facts(body)', 'SELECT count(*) FROM {t} a, extract_facts(a.body) WHERE a.lang = ?'),
]
# The same over every row of a table (the "bench press all" line).
ALL_QUERIES = [(name, sql.replace(' WHERE lang = ?', '').replace(' WHERE a.lang = ?', ''))
               for name, sql in LANG_QUERIES]


def timed(db, sql, params, runs, warmup=1):
    """Median CPU seconds (user + sys of this process) of `runs` runs after `warmup`
    untimed ones, and the result row. CPU time, not wall time: the per-language
    baselines take a few milliseconds, and on a shared machine one lost time slice
    would triple their wall time (and deflate every ratio of that language); the
    queries run in this one thread, so CPU time is their own cost."""
    row = None
    for _ in range(warmup):
        row = db.execute(sql, params).fetchone()
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        row = db.execute(sql, params).fetchone()
        times.append(time.process_time() - t0)
    return statistics.median(times), row


def measure_rows(db, table, lang, runs, warmup, queries=None):
    """{query name: (median s, result row)} for LANG_QUERIES over table's rows of `lang`
    (every row when lang is None); None when the extension's functions fail."""
    out = {}
    for name, sql in (queries or (LANG_QUERIES if lang else ALL_QUERIES)):
        out[name] = timed(db, sql.format(t=table), (lang,) if lang else (), runs, warmup)
    return out


def ratio_line(res, mb):
    """'extract_money(body) X MB/s (R×), ...' against res['sum(length(body))']."""
    base = res['sum(length(body))'][0]
    parts = []
    for name, _ in LANG_QUERIES[1:]:
        if name not in res:
            continue
        med = res[name][0]
        label = 'with lang' if name == 'extract_money(body, lang)' else name
        parts.append(f'{label} {mb / med:.1f} MB/s ({med / base:.2f}×)')
    return ', '.join(parts) + f'; sum(length(body)) {mb / base:.0f} MB/s over {mb:.1f} MB'


def lang_rows(db, runs, warmup, written):
    """The "bench lang" lines: per language of the corpus, extract_money ('auto' and the
    article's lang), extract_entities and extract_facts over that language's articles,
    each as MB/s and as its time over sum(length(body)) of the same rows (same run)."""
    langs = [r[0] for r in db.execute('SELECT DISTINCT lang FROM articles ORDER BY lang')]
    langs = [lang for lang in LANGS if lang in langs] + [lang for lang in langs if lang not in LANGS]
    has_index = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' "
                           "AND name = 'articles_lang'").fetchone()
    print(f'bench lang: per language, over its articles ({"index articles_lang" if has_index else "no index on lang: each query scans the table"}); '
          f'CPU time of this process, median of {runs} runs after {warmup}; (R×) = time / the '
          'time of sum(length(body)) over the same rows')
    worst = {}
    for lang in langs:
        n, n_bytes = db.execute('SELECT count(*), sum(length(CAST(body AS BLOB))) FROM articles '
                                'WHERE lang = ?', (lang,)).fetchone()
        mb = n_bytes / 1e6
        try:
            res = measure_rows(db, 'articles', lang, runs, warmup)
        except sqlite3.Error as e:
            print(f'bench lang {lang}: skipped: {e}')
            continue
        mentions = res['extract_money(body)'][1][0]
        given = res['extract_money(body, lang)'][1][0]
        of = f' (the generator wrote {written[lang]:,})' if written.get(lang) else ''
        diff = '' if given == mentions else f', {given:,} with lang'
        warn = '  WARNING: no mentions found' if not mentions else ''
        print(f'bench lang {lang}: {ratio_line(res, mb)} ({n:,} articles); '
              f'{mentions:,} mentions{diff}{of}{warn}')
        base = res['sum(length(body))'][0]
        for name, _ in LANG_QUERIES[1:]:
            r = res[name][0] / base
            if name not in worst or r > worst[name][0]:
                worst[name] = (r, lang)
    if worst:
        print('bench lang: slowest language per query: ' +
              ', '.join(f'{name} {lang} {r:.2f}×' for name, (r, lang) in worst.items()))


def press_rows(db, ext_loaded, runs):
    """The real press excerpts of ../shared/corpus/press (all seven languages: the texts of
    press-money.jsonl and press-intl-money.jsonl), the whole set repeated in order until it
    holds BENCH_PRESS_MB (default 50) MB, in an in-memory table: one "bench press all" line
    (extract_money with 'auto' and with lang, extract_entities, extract_facts against
    sum(length(body)) over the same rows), then one "bench press LANG" line per language
    (extract_money over that language's rows of the same table). Skipped, with a line
    saying so, without ../shared."""
    import json
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.environ.get('TEXTFACTS_SHARED', os.path.join(os.path.dirname(here), '..', 'shared'))
    press = os.path.join(shared, 'corpus', 'press')
    files = [os.path.join(press, f) for f in ('press-money.jsonl', 'press-intl-money.jsonl')]
    if not ext_loaded or not all(os.path.exists(f) for f in files):
        print('bench press: skipped (../shared/corpus/press or the extension not found)')
        return
    docs = []
    for path in files:
        with open(path, encoding='utf-8') as f:
            for line in f:
                doc = json.loads(line)
                docs.append((doc['lang'], doc['text']))
    target = float(os.environ.get('BENCH_PRESS_MB', 50)) * 1e6
    db.execute('ATTACH DATABASE ":memory:" AS press')
    db.execute('CREATE TABLE press.articles(lang TEXT, body TEXT)')
    size, copies = 0, 0
    db.execute('BEGIN')
    while docs and size < target:
        db.executemany('INSERT INTO press.articles VALUES (?, ?)', docs)
        size += sum(len(body.encode('utf-8')) for _, body in docs)
        copies += 1
    db.execute('CREATE INDEX press.articles_lang ON articles(lang)')
    db.execute('COMMIT')
    print(f'bench press: the {len(docs)} press excerpts of {press} ({", ".join(sorted(set(l for l, _ in docs)))}) '
          f'repeated {copies} times: {size / 1e6:.1f} MB; CPU time, median of {runs} runs')
    try:
        res = measure_rows(db, 'press.articles', None, runs, 1)
        print(f'bench press all: {ratio_line(res, size / 1e6)}; '
              f'{res["extract_money(body)"][1][0]:,} mentions')
    except sqlite3.Error as e:
        print(f'bench press all: skipped: {e}')

    for lang in PRESS_LANGS:
        n_bytes = db.execute('SELECT sum(length(CAST(body AS BLOB))) FROM press.articles '
                             'WHERE lang = ?', (lang,)).fetchone()[0]
        if not n_bytes:
            continue
        mb = n_bytes / 1e6
        r = measure_rows(db, 'press.articles', lang, runs, 1, LANG_QUERIES[:3])
        base, (auto, row), (given, _) = (r['sum(length(body))'][0], r['extract_money(body)'],
                                         r['extract_money(body, lang)'])
        print(f'bench press {lang}: extract_money(body) {mb / auto:.1f} MB/s ({auto / base:.2f}× '
              f'sum(length(body)) {mb / base:.0f} MB/s), with lang {mb / given:.1f} MB/s '
              f'({given / base:.2f}×); {row[0]:,} mentions in {mb:.1f} MB')
    db.execute('DETACH DATABASE press')


def warm_page_cache(path):
    """Read the database file once so that the first timed run does not pay for disk."""
    with open(path, 'rb') as f:
        while f.read(1 << 20):
            pass


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--db', default='build/bench/corpus.db')
    ap.add_argument('--ext', default='dist/textfacts',
                    help='extension to load (path with or without .so)')
    ap.add_argument('--runs', type=int, default=int(os.environ.get('BENCH_RUNS', 5)))
    ap.add_argument('--warmup', type=int, default=int(os.environ.get('BENCH_WARMUP', 1)),
                    help='untimed runs of each query before the timed ones')
    ap.add_argument('--mmap', type=int, default=int(float(os.environ.get('BENCH_MMAP', 0))),
                    help='PRAGMA mmap_size in bytes (0 = off)')
    ap.add_argument('--only', action='append', default=[],
                    help='run only queries whose name contains this (repeatable)')
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error('--runs must be at least 1')

    if not os.path.exists(args.db):
        print(f'bench: {args.db} not found (make it with bench/make_corpus.py)', file=sys.stderr)
        return 2
    warm_page_cache(args.db)
    db = sqlite3.connect(args.db, isolation_level=None)  # transactions are explicit
    db.execute(f'PRAGMA mmap_size = {args.mmap}')

    ext_version = None
    ext_path = args.ext if os.path.splitext(args.ext)[1] else args.ext + '.so'
    if os.path.exists(ext_path):
        try:
            db.enable_load_extension(True)
            db.load_extension(args.ext if args.ext.startswith(('/', '.')) else './' + args.ext)
            db.enable_load_extension(False)
            ext_version = db.execute('SELECT textfacts_version()').fetchone()[0]
        except (sqlite3.Error, AttributeError) as e:
            print(f'bench: cannot load {args.ext}: {e}', file=sys.stderr)
    else:
        print(f'bench: {ext_path} not found: running the baselines only', file=sys.stderr)

    n_articles, n_bytes = db.execute(
        'SELECT count(*), sum(length(CAST(body AS BLOB))) FROM articles').fetchone()
    mb = n_bytes / 1e6
    try:
        meta = dict(db.execute('SELECT key, value FROM corpus_meta'))
    except sqlite3.Error:
        meta = {}
    try:
        written = int(meta['money_mentions'])
    except (KeyError, ValueError):
        written = None
    written_by_lang = {k[len('money_mentions_'):]: int(v) for k, v in meta.items()
                       if k.startswith('money_mentions_')}
    print(f'corpus {args.db}: {n_articles:,} articles, {mb:.1f} MB of UTF-8 text; '
          f'SQLite {sqlite3.sqlite_version}; textfacts {ext_version or "(not loaded)"}')
    if written:
        print(f'the generator wrote {written:,} money mentions into it')
    by_lang = db.execute('SELECT lang, count(*), sum(length(CAST(body AS BLOB))) FROM articles '
                         'GROUP BY lang').fetchall()
    order = {lang: i for i, lang in enumerate(LANGS)}
    by_lang.sort(key=lambda r: (order.get(r[0], len(LANGS)), r[0]))
    print('languages: ' + ', '.join(f'{lang} {n:,} articles {b / 1e6:.1f} MB ({100 * b / n_bytes:.0f}%)'
                                    for lang, n, b in by_lang))
    print(f'{args.runs} timed runs per query after {args.warmup} untimed; median reported; '
          f'PRAGMA mmap_size={args.mmap}; {os.cpu_count()} CPUs')
    print()

    queries = [q for q in QUERIES
               if not args.only or any(s in q.name for s in args.only)]
    results = []  # (query, times or None, result row, note)
    for q in queries:
        if q.ext and ext_version is None:
            results.append((q, None, None, 'skipped: extension not loaded'))
            continue
        note = ''
        try:
            row = None
            if q.setup:
                note = q.setup(db) or ''
            for _ in range(args.warmup):
                row = db.execute(q.sql).fetchone()
            times = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                row = db.execute(q.sql).fetchone()
                times.append(time.perf_counter() - t0)
            results.append((q, times, row, note))
        except sqlite3.Error as e:
            results.append((q, None, None, f'skipped: {e}'))
        finally:
            if q.teardown and q.setup:
                try:
                    q.teardown(db)
                except sqlite3.Error:
                    pass

    base = next((statistics.median(t) for q, t, _, _ in results if q.baseline and t), None)
    header = f'{"query":<34} {"median s":>9} {"min s":>8} {"MB/s":>8} {"runs":>4} {"× base":>7}  result'
    print(header)
    print('-' * len(header))
    for q, times, row, note in results:
        if times is None:
            print(f'{q.name:<34} {"-":>9} {"-":>8} {"-":>8} {0:>4} {"-":>7}  {note}')
            continue
        med = statistics.median(times)
        ratio = f'{med / base:.2f}' if base else '-'
        print(f'{q.name:<34} {med:>9.3f} {min(times):>8.3f} {mb / med:>8.1f} {len(times):>4} '
              f'{ratio:>7}  {describe(q, row)}')
        if note:
            print(f'{"":<34} {note}')
    print()

    by_name = {q.name: (times, row) for q, times, row, _ in results}
    base_name = next((q.name for q in QUERIES if q.baseline), '?')
    base_txt = f'{mb / base:.0f} MB/s' if base else 'n/a'
    for headline in HEADLINES:
        head_times, head_row = by_name.get(headline, (None, None))
        if not head_times:
            print(f'bench summary: {headline} not measured (extension not loaded?)')
            continue
        med = statistics.median(head_times)
        mentions = head_row[0] if head_row else 0
        unit = 'sentences' if 'sentences' in headline else 'mentions'
        warn = f'  WARNING: no {unit} found' if not mentions else ''
        of = f' (the generator wrote {written:,})' if written and 'money' in headline else ''
        ratio = f'{med / base:.2f}× the time of {base_name} ({base_txt})' if base else ''
        print(f'bench summary: {headline} {mb / med:.1f} MB/s (median of {len(head_times)}, '
              f'{med:.3f} s for {mb:.1f} MB), {ratio}; {mentions:,} {unit}{of}{warn}')
    facts_summary(by_name)
    if ext_version is not None and (not args.only or any('per-lang' in o for o in args.only)):
        print()
        lang_rows(db, args.runs, args.warmup, written_by_lang)
    if not args.only or any('press' in o for o in args.only):
        print()
        press_rows(db, ext_version is not None, max(3, min(args.runs, 5)))
    db.close()
    return 0


if __name__ == '__main__':
    sys.exit(main())
