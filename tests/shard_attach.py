#!/usr/bin/python3
"""The shard-and-ATTACH recipe (docs/scale.md): the reports over shards equal the reports
over one database.

usage: /usr/bin/python3 tests/shard_attach.py [dist/textfacts.so]

One database holds the sample corpus (sql/sample_articles.sql) and 300 generated articles
(bench/make_corpus.py's generator, fixed seed) with its textfacts table. Three shard files
hold the same articles split by id (id % 3), each with its own textfacts table, the ids
kept (so they are distinct across shards, as the recipe asks). A session attaches the
shards and defines the recipe's temp views `articles` and `article_facts` (UNION ALL of
the shards); every report of sql/reports/ is run by the sqlite3 shell over the single
database and over the shards, and their outputs must be equal, byte for byte (in the
session, sql/implied_rates.sql's view is made TEMP, as the recipe says). Also: a
query on the view keeps each shard's index (EXPLAIN QUERY PLAN), and a write to one shard
is seen through the view with its facts.

Prints ok/FAIL lines and, last, "N passed, N failed"; 120 s at most.
"""
import glob
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SO = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, 'dist', 'textfacts.so')
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(ROOT, 'bench'))
import make_corpus  # noqa: E402

SHARDS = 3
CREATE = ("CREATE VIRTUAL TABLE article_facts USING textfacts(content = 'articles', "
          "column = 'body', content_rowid = 'id', lang_column = 'lang')")

passed = failed = 0


def check(name, cond, why=''):
    global passed, failed
    if cond:
        passed += 1
        print(f'ok   {name}', flush=True)
    else:
        failed += 1
        print(f'FAIL {name}: {why}', flush=True)
    return cond


def connect(path):
    db = sqlite3.connect(path, isolation_level=None)
    db.enable_load_extension(True)
    db.load_extension(SO)
    return db


def session_sql(tmp):
    """The recipe: attach the shards, one temp view per table (docs/scale.md)."""
    lines = [f"ATTACH '{tmp}/shard{k}.db' AS shard{k};" for k in range(SHARDS)]
    for table in ('articles', 'article_facts'):
        union = '\n  UNION ALL '.join(f'SELECT * FROM shard{k}.{table}' for k in range(SHARDS))
        lines.append(f'CREATE TEMP VIEW {table} AS\n  {union};')
    return '\n'.join(lines) + '\n'


def shell(db, script):
    r = subprocess.run(['sqlite3', '-batch', db, '-cmd', f".load '{SO}'"], input=script,
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    return r.returncode, r.stdout + r.stderr


def build(tmp):
    single = os.path.join(tmp, 'single.db')
    db = connect(single)
    with open(os.path.join(ROOT, 'sql', 'sample_articles.sql'), encoding='utf-8') as f:
        db.executescript(f.read())
    gen = make_corpus.Generator(20240601)
    for i in range(300):
        lang = 'fr' if i % 2 else 'en'
        db.execute('INSERT INTO articles(title, published, lang, body) VALUES (?, ?, ?, ?)',
                   (f'generated {i}', f'2025-{1 + i % 12:02d}-{1 + i % 28:02d}', lang,
                    gen.article(lang, 1500)))
    db.execute(CREATE)
    schema = db.execute("SELECT sql FROM sqlite_schema WHERE name = 'articles'").fetchone()[0]
    db.close()
    for k in range(SHARDS):
        s = connect(os.path.join(tmp, f'shard{k}.db'))
        s.execute(schema)
        s.execute('ATTACH ? AS single', (single,))
        s.execute('INSERT INTO main.articles SELECT * FROM single.articles WHERE id % ? = ?',
                  (SHARDS, k))
        s.execute('DETACH single')
        s.execute(CREATE)
        s.close()
    return single


def main():
    def alarm(*_):
        raise TimeoutError('over 120 s')
    signal.signal(signal.SIGALRM, alarm)
    signal.alarm(120)
    t0 = time.time()
    with tempfile.TemporaryDirectory(prefix='textfacts-shards-') as tmp:
        single = build(tmp)
        recipe = session_sql(tmp)
        temp_rates = os.path.join(tmp, 'implied_rates_temp.sql')
        with open(os.path.join(ROOT, 'sql', 'implied_rates.sql'), encoding='utf-8') as f:
            text = f.read()
        with open(temp_rates, 'w', encoding='utf-8') as f:
            f.write(text.replace('CREATE VIEW IF NOT EXISTS', 'CREATE TEMP VIEW IF NOT EXISTS'))
        counts = [connect(os.path.join(tmp, f'shard{k}.db')).execute(
            'SELECT count(*) FROM article_facts').fetchone()[0] for k in range(SHARDS)]
        total = connect(single).execute('SELECT count(*) FROM article_facts').fetchone()[0]
        check(f'the shards hold the single database\'s {total} rows ({counts})',
              sum(counts) == total and min(counts) > 0, f'{sum(counts)} against {total}')

        reports = sorted(glob.glob(os.path.join(ROOT, 'sql', 'reports', '*.sql')))
        check('sql/reports/ has reports', len(reports) >= 5, str(reports))
        for path in reports:
            name = os.path.relpath(path, ROOT)
            with open(path, encoding='utf-8') as f:
                report = f.read()
            rc1, one = shell(single, report)
            # sql/implied_rates.sql makes a view in main, which cannot read the shards:
            # the recipe makes it TEMP (docs/scale.md)
            rc2, many = shell(':memory:', recipe + report.replace(
                '.read sql/implied_rates.sql', f'.read {temp_rates}'))
            rows = one.count('\n│')
            check(f'{name} over {SHARDS} shards equals it over one database ({rows} rows)',
                  rc1 == 0 and rc2 == 0 and one == many and rows > 1,
                  f'exit {rc1}/{rc2}; single:\n{one[-1500:]}\nshards:\n{many[-1500:]}')

        q = ("SELECT count(*), sum(amount) FROM article_facts "
             "WHERE currency = 'USD' AND amount > 1e9")
        rc, plan = shell(':memory:', recipe + 'EXPLAIN QUERY PLAN ' + q + ';\n')
        check('a query through the view reaches each shard\'s textfacts index',
              rc == 0 and plan.count('VIRTUAL TABLE INDEX') == SHARDS, plan)
        rc1, one = shell(single, q + ';\n')
        rc2, many = shell(':memory:', recipe + q + ';\n')
        check('the same sum over the shards and the single database', rc1 == rc2 == 0 and one == many,
              one + many)

        write = ("INSERT INTO shard1.articles(id, title, lang, body) VALUES (1000001, 't', 'en', "
                 "'Corvane Systems raised $40 million from Harlow Capital in 2026.');\n"
                 "SELECT doc, match, amount, entity, what FROM article_facts "
                 "WHERE doc = 1000001 AND kind = 'money';\n")
        rc, out = shell(':memory:', recipe + write)
        check('a write to one shard is seen through the view with its facts',
              rc == 0 and out.strip() == '1000001|$40 million|40000000.0|Corvane Systems|funding', out)
    print(f'     (shard test {time.time() - t0:.1f} s)')
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
