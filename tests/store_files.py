#!/usr/bin/python3
"""The textfacts virtual table in database files: what the golden transcripts (which run in
:memory:) cannot show.

usage: /usr/bin/python3 tests/store_files.py [dist/textfacts.so] [-v]

  reopen     created in a file, closed, reopened in a new process (the sqlite3 shell with
             .load): the rows, integrity-check, new articles; an unknown format version or a
             config without its options is an error naming the table
  wal        WAL mode: a writer inserts articles while a reader in another process reads;
             every snapshot the reader sees is consistent (each committed article has its
             rows, no uncommitted one has any), and it sees everything after the commit
  noext      a sqlite3 without the extension reads the articles and the shadow tables,
             PRAGMA integrity_check is ok, the virtual table and any write to the content
             table fail with "no such module: textfacts", and nothing changes; .dump without
             the extension, restored with it, gives a working table
  format1    tests/fixtures/store_format1.db, written by the first released format (see
             tests/fixtures/README.md), opened (a copy) with this build: version 1, its rows,
             integrity-check, writes, a rename (format 2: the triggers only), 'rebuild' (the
             upgrade to format 3), rename and drop
  format2    tests/fixtures/store_format2.db, written by the last build of format 2: its rows
             and writes as format 2 stores them; a query that reads a column format 3 added
             (what, counterparty, counterparty_kind, year_source) fails naming 'rebuild',
             also read-only; an upgrade that fails or is rolled back leaves format 2 whole;
             'rebuild' upgrades (rows equal to extract_facts', new indexes, the user's own
             index, view and table kept), also seen by a connection opened before it

  threads    the build's thread count: TEXTFACTS_THREADS from the environment (a number
             from 1 to 64; anything else means the CPUs this process may use), and
             textfacts_threads(n) over it; a table built in 2 threads in a file, reopened in a
             new process: integrity-check; a rebuild in 2 threads rolled back leaves the rows
  inserts    articles of 0, 2 to over 100 rows stored through the triggers (in 1 and 2 threads)
             in INSERTs of several rows each: the same rows and ids as a rebuild's, whole
             (integrity-check), also where the connection's limits (SQL variables, SQL length)
             allow only the smaller INSERTs

One line per check (`ok NAME` / `FAIL NAME: why`), then `N passed, N failed`; exit 1 on a
failure. Every sqlite3 shell run here is a new process; an ASan or UBSan report in its
output is a failure.
"""
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in tests/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

FIXTURE = os.path.join(tflib.REPO, 'tests', 'fixtures', 'store_format1.db')
FIXTURE2 = os.path.join(tflib.REPO, 'tests', 'fixtures', 'store_format2.db')
# The fixtures must never be regenerated (tests/fixtures/README.md): their bytes are pinned.
FIXTURE_SHA256 = '7421a5fb861483253f669335228df7b9279e33982a161dab6946f52a2ac9106d'
FIXTURE2_SHA256 = '1baad584121c8829775465aedc4cd4f270ef0723315daa379ab2ade1ddbc53ca'
# The columns format 3 added, and the error a query reading one of them gets before.
NEW_COLUMNS = ['what', 'counterparty', 'counterparty_kind', 'year_source']
OLD_FORMAT_ERROR = ("textfacts: %s has format %d, whose rows do not hold column %s: "
                    "INSERT INTO %s(%s) VALUES('rebuild') upgrades it to format 3")

SAN_RE = re.compile(r'^==[0-9]+==|runtime error:|(Address|Leak|UndefinedBehavior|Memory)Sanitizer',
                    re.M)

ARTICLES = [
    (1, 'fr', 'Orvane', "La start-up Orvane a levé 12 millions d'euros en 2025 auprès de Bpifrance."),
    (2, 'en', 'Nvidia', 'Nvidia will invest $5 billion in Intel in 2026.'),
    (3, 'fr', 'Tencent', 'Tencent prévoit 70 milliards de yuans, soit environ 9,7 milliards de '
                         'dollars, pour 2025.'),
    (4, None, 'Airbus', "Airbus a levé 2 milliards d'euros à Toulouse."),
]
CREATE = ("CREATE VIRTUAL TABLE article_facts USING textfacts(content='articles', column='body', "
          "content_rowid='id', lang_column='lang')")
# The rows the table must hold, from the table-valued functions (NULL lang: 'auto').
EXPECTED_SQL = """
SELECT a.id, 'money', f."match", f.start, f."end", f.amount, f.currency, f.entity, f.year, NULL,
       f.what, f.counterparty, f.counterparty_kind, f.year_source
  FROM articles AS a, extract_facts(a.body, coalesce(a.lang, 'auto')) AS f
UNION ALL
SELECT a.id, 'entity', e."match", e.start, e."end", NULL, NULL, NULL, NULL, e.name,
       NULL, NULL, NULL, NULL
  FROM articles AS a, extract_entities(a.body, coalesce(a.lang, 'auto')) AS e
ORDER BY 1, 4, 2 DESC"""
STORED_SQL = """
SELECT doc, kind, "match", start, "end", amount, currency, entity, year, name,
       what, counterparty, counterparty_kind, year_source
  FROM article_facts ORDER BY doc, start, kind DESC"""


def stale_articles(c, group, so_path, path):
    """integrity-check of a fixture written by an older build. Two articles changed with
    issue 16. Article 2 ("Nvidia will invest $5 billion in Intel in 2026."): money put
    into another company is that company's funding (GUIDE.md), so its owner is now Intel.
    Article 6 ("Samsung invested $1 billion in Texas."): a fact names its owner as the
    text does (GUIDE.md), "Samsung", no longer the dictionary's "Samsung Electronics". The
    check must name article 2 and that difference, then, once article 2 is renewed,
    article 6 and its difference; note_facts and the other articles pass."""
    rc, _, err = shell(so_path, path, "INSERT INTO article_facts(article_facts) VALUES('integrity-check');")
    c.check('%s/integrity-check names the article an extractor change made stale' % group,
            rc != 0 and 'article 2: row 2' in err and 'entity is Nvidia, recomputed Intel' in err,
            'exit %d, stderr %r' % (rc, err))
    copy = path + '.stale'
    shutil.copy(path, copy)
    rc, _, err = shell(so_path, copy, """
        UPDATE articles SET body = 'Nvidia will invest $6 billion in Intel in 2027.' WHERE id = 2;
        INSERT INTO article_facts(article_facts) VALUES('integrity-check');""")
    os.remove(copy)
    c.check('%s/integrity-check names the next stale article' % group,
            rc != 0 and 'article 6: row 2' in err and 'entity is Samsung Electronics, recomputed Samsung' in err,
            'exit %d, stderr %r' % (rc, err))
    c.shell_ok('%s/integrity-check of the other table' % group, shell(so_path, path, """
        INSERT INTO note_facts(note_facts) VALUES('integrity-check');"""))


def open_db(so_path, path, load=True):
    """A connection to a file, autocommit (explicit BEGIN/COMMIT), the extension loaded."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=10)
    if load:
        conn.enable_load_extension(True)
        conn.load_extension(so_path)
        conn.enable_load_extension(False)
    return conn


def shell(so_path, path, sql, load=True):
    """Runs sql in a new sqlite3 shell process on path: (exit status, stdout, stderr)."""
    args = ['sqlite3', '-bail', '-batch', '-list', '-nullvalue', 'NULL']
    if load:
        args += ['-cmd', ".load '%s'" % so_path]
    proc = subprocess.run(args + [path], input=sql, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, encoding='utf-8', errors='replace')
    return proc.returncode, proc.stdout, proc.stderr


class Checks:
    def __init__(self, report):
        self.report = report

    def check(self, name, good, why):
        self.report.check(name, good, why)
        return good

    def equal(self, name, got, want):
        return self.check(name, got == want, 'got %r, want %r' % (got, want))

    def shell_ok(self, name, result, want_out=None):
        """A shell run that must succeed (and print want_out when given)."""
        rc, out, err = result
        if SAN_RE.search(out + err):
            return self.check(name, False, 'sanitizer report: %s' % (out + err)[-800:])
        if rc != 0 or err.strip():
            return self.check(name, False, 'exit %d, stderr %r' % (rc, err.strip()[-400:]))
        if want_out is not None and out != want_out:
            return self.check(name, False, 'printed %r, want %r' % (out, want_out))
        return self.check(name, True, '')

    def shell_fails(self, name, result, message):
        """A shell run that must fail with message in its error output."""
        rc, out, err = result
        if SAN_RE.search(out + err):
            return self.check(name, False, 'sanitizer report: %s' % (out + err)[-800:])
        return self.check(name, rc != 0 and message in err,
                          'exit %d, stderr %r, want an error with %r' % (rc, err.strip(), message))

    def raises(self, name, fn, message):
        try:
            fn()
        except sqlite3.Error as e:
            return self.check(name, message in str(e), 'error %r, want one with %r' % (str(e), message))
        return self.check(name, False, 'no error, want one with %r' % message)


def make_db(so_path, path, journal='DELETE'):
    """A file with the articles and the table; returns the expected rows."""
    conn = open_db(so_path, path)
    conn.execute('PRAGMA journal_mode = %s' % journal)
    conn.execute('CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, title TEXT, body TEXT)')
    conn.executemany('INSERT INTO articles VALUES (?, ?, ?, ?)', ARTICLES)
    conn.execute(CREATE)
    rows = conn.execute(EXPECTED_SQL).fetchall()
    conn.close()
    return rows


def test_reopen(c, so_path, tmp):
    path = os.path.join(tmp, 'reopen.db')
    expected = make_db(so_path, path)
    c.check('reopen/expected rows', len(expected) > 10, 'only %d rows from the functions' % len(expected))
    # a new process: the shell
    c.shell_ok('reopen/shell count', shell(so_path, path, 'SELECT count(*) FROM article_facts;'),
               '%d\n' % len(expected))
    c.shell_ok('reopen/shell integrity-check',
               shell(so_path, path, "INSERT INTO article_facts(article_facts) VALUES('integrity-check');"))
    c.shell_ok('reopen/shell version',
               shell(so_path, path, "SELECT v, typeof(v) FROM article_facts_config WHERE k = 'version';"),
               '3|integer\n')
    c.shell_ok('reopen/shell query plan', shell(
        so_path, path, "EXPLAIN QUERY PLAN SELECT count(*) FROM article_facts WHERE currency = 'USD';"),
        'QUERY PLAN\n`--SCAN article_facts VIRTUAL TABLE INDEX 0:SELECT id, "currency" FROM '
        '"main"."article_facts_data" WHERE "currency" = ?1\n')
    c.shell_ok('reopen/shell writes', shell(so_path, path, """
        INSERT INTO articles VALUES (5, 'en', 'Samsung', 'Samsung invested $1 billion in Texas.');
        UPDATE articles SET body = 'Nvidia will invest $6 billion in Intel in 2027.' WHERE id = 2;
        DELETE FROM articles WHERE id = 4;
        INSERT INTO article_facts(article_facts) VALUES('integrity-check');"""))
    # and back in this process, on a new connection: what the shell wrote, nothing else
    conn = open_db(so_path, path)
    stored = conn.execute(STORED_SQL).fetchall()
    want = conn.execute(EXPECTED_SQL).fetchall()
    c.equal('reopen/rows after the shell wrote', stored, want)
    c.equal('reopen/articles after the shell wrote',
            [r[0] for r in conn.execute('SELECT DISTINCT doc FROM article_facts ORDER BY doc')],
            [1, 2, 3, 5])
    c.equal('reopen/new amount', conn.execute(
        "SELECT \"match\", amount, year FROM article_facts WHERE doc = 2 AND kind = 'money'").fetchall(),
        [('$6 billion', 6e9, 2027)])
    conn.close()
    # VACUUM (articles has an INTEGER PRIMARY KEY: its ids are kept), then a new process
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute('VACUUM')
    conn.close()
    c.shell_ok('reopen/after VACUUM', shell(
        so_path, path, "INSERT INTO article_facts(article_facts) VALUES('integrity-check');"
        "SELECT count(*) FROM article_facts_data;"), '%d\n' % len(stored))
    # the same file under other formats: a copy for each, opened in a new process
    cases = [
        ('unknown version', "UPDATE article_facts_config SET v = 99 WHERE k = 'version';",
         'textfacts: article_facts has format 99; this build (textfacts '),
        ('no version', "DELETE FROM article_facts_config WHERE k = 'version';",
         'textfacts: article_facts_config holds no format version'),
        ('version as text', "UPDATE article_facts_config SET v = 'one' WHERE k = 'version';",
         'textfacts: article_facts_config holds no format version'),
        ('no content option', "DELETE FROM article_facts_config WHERE k = 'content';",
         'textfacts: article_facts_config lacks the content table or column'),
        ('no config table', 'DROP TABLE article_facts_config;',
         'textfacts: article_facts: cannot read article_facts_config'),
    ]
    for name, change, message in cases:
        copy = os.path.join(tmp, 'format-%s.db' % name.replace(' ', '_'))
        shutil.copy(path, copy)
        conn = sqlite3.connect(copy)
        conn.execute(change)
        conn.commit()
        conn.close()
        c.shell_fails('reopen/%s: select fails' % name,
                      shell(so_path, copy, 'SELECT count(*) FROM article_facts;'), message)
        c.shell_fails('reopen/%s: content writes fail' % name, shell(
            so_path, copy, "INSERT INTO articles VALUES (9, 'en', 'x', 'Intel will cut $3 billion.');"),
            message)
    # the version of a future format names the formats this build reads
    copy = os.path.join(tmp, 'format-unknown_version.db')
    rc, out, err = shell(so_path, copy, 'SELECT count(*) FROM article_facts;')
    c.check('reopen/unknown version: names the formats read', 'reads formats 1 to 3' in err,
            'stderr %r' % err)
    # a table this build cannot use can still be dropped (it connects for that alone), and
    # dropping it takes its shadow tables and triggers, not the articles; likewise without
    # its config table
    for name in ('unknown_version', 'no_config_table'):
        copy = os.path.join(tmp, 'format-%s.db' % name)
        c.shell_ok('reopen/%s: drop works' % name, shell(
            so_path, copy, "DROP TABLE article_facts;\n"
            "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema ORDER BY name);\n"
            "SELECT count(*) FROM articles;\n"), 'articles\n%d\n' % len(ARTICLES))

READER = r'''
import sqlite3, sys, time
so, path, target = sys.argv[1], sys.argv[2], int(sys.argv[3])
conn = sqlite3.connect(path, isolation_level=None, timeout=10)
conn.enable_load_extension(True)
conn.load_extension(so)
bad = seen = 0
sizes = set()
deadline = time.time() + 30
while time.time() < deadline:
    conn.execute('BEGIN')
    ids = [r[0] for r in conn.execute('SELECT id FROM articles ORDER BY id')]
    docs = [r[0] for r in conn.execute("SELECT DISTINCT doc FROM article_facts WHERE kind = 'money' ORDER BY doc")]
    data = conn.execute("SELECT count(*) FROM article_facts_data WHERE kind = 'money'").fetchone()[0]
    vtab = conn.execute("SELECT count(*) FROM article_facts WHERE kind = 'money'").fetchone()[0]
    conn.execute('COMMIT')
    seen += 1
    sizes.add(len(ids))
    if ids != docs or data != vtab:
        bad += 1
        print('inconsistent: %d articles, money rows for %d, %d vs %d rows' % (len(ids), len(docs), vtab, data))
    if len(ids) >= target:
        break
print('rounds %d bad %d distinct %d' % (seen, bad, len(sizes)))
'''


def test_wal(c, so_path, tmp):
    path = os.path.join(tmp, 'wal.db')
    make_db(so_path, path, journal='WAL')
    c.shell_ok('wal/journal mode', shell(so_path, path, 'PRAGMA journal_mode;'), 'wal\n')
    writer = open_db(so_path, path)
    reader = open_db(so_path, path)
    base = reader.execute('SELECT count(*) FROM article_facts').fetchone()[0]
    # a read transaction keeps its snapshot while the writer commits
    reader.execute('BEGIN')
    c.equal('wal/reader snapshot before', reader.execute('SELECT count(*) FROM article_facts').fetchone()[0], base)
    writer.execute('BEGIN')
    writer.execute("INSERT INTO articles VALUES (10, 'en', 'Samsung', 'Samsung invested $1 billion in Texas.')")
    added = writer.execute('SELECT count(*) FROM article_facts WHERE doc = 10').fetchone()[0]
    c.equal('wal/writer sees its own rows', added, 3)
    # another process, while the writer's transaction is open: nothing of article 10
    c.shell_ok('wal/other process before commit', shell(
        so_path, path, 'SELECT count(*) FROM article_facts WHERE doc = 10; SELECT count(*) FROM article_facts;'),
        '0\n%d\n' % base)
    writer.execute('COMMIT')
    c.equal('wal/reader snapshot after commit',
            reader.execute('SELECT count(*) FROM article_facts WHERE doc = 10').fetchone()[0], 0)
    reader.execute('COMMIT')
    c.equal('wal/reader after its transaction',
            reader.execute('SELECT count(*) FROM article_facts').fetchone()[0], base + added)
    c.shell_ok('wal/other process after commit', shell(
        so_path, path, "SELECT count(*) FROM article_facts WHERE doc = 10;"
        "INSERT INTO article_facts(article_facts) VALUES('integrity-check');"), '3\n')
    # a rollback in the writer is never seen
    writer.execute('BEGIN')
    writer.execute("DELETE FROM articles WHERE id = 10")
    writer.execute('ROLLBACK')
    c.equal('wal/rollback not seen', reader.execute(
        'SELECT count(*) FROM article_facts WHERE doc = 10').fetchone()[0], 3)
    # a reader process looping while the writer inserts articles one transaction at a time
    # (and rewrites some): each snapshot must hold money rows for exactly its articles
    target = len(ARTICLES) + 1 + 40  # the reader stops when it sees them all
    proc = subprocess.Popen([sys.executable, '-c', READER, so_path, path, str(target)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding='utf-8')
    for i in range(40):
        writer.execute('BEGIN')
        writer.execute('INSERT INTO articles VALUES (?, ?, ?, ?)',
                       (100 + i, 'fr', 'T%d' % i, "Thales investit %d millions d'euros en %d." % (i + 1, 2020 + i % 7)))
        if i % 5 == 4:
            writer.execute('UPDATE articles SET body = ? WHERE id = ?',
                           ("Thales a levé %d millions d'euros." % (i + 50), 100 + i - 2))
        writer.execute('COMMIT')
        time.sleep(0.005)
    out, err = proc.communicate(timeout=60)
    m = re.search(r'rounds (\d+) bad (\d+) distinct (\d+)', out)
    if c.check('wal/reader process ran', proc.returncode == 0 and m is not None,
               'exit %d, out %r, err %r' % (proc.returncode, out[-400:], err[-400:])):
        tflib.detail('reader: %s snapshots, %s inconsistent, %s different article counts'
                     % (m.group(1), m.group(2), m.group(3)))
        c.check('wal/reader process saw consistent snapshots', m.group(2) == '0', out.strip()[-600:])
        c.check('wal/reader process saw the writer progress', int(m.group(3)) > 1,
                'only %s distinct article counts in %s rounds' % (m.group(3), m.group(1)))
    c.raises('wal/integrity-check after the writes', lambda: writer.execute(
        "INSERT INTO article_facts(article_facts) VALUES('integrity-check')") and
        writer.execute("UPDATE article_facts_data SET amount = 0 WHERE doc = 100") and
        writer.execute("INSERT INTO article_facts(article_facts) VALUES('integrity-check')"),
        'integrity-check of article_facts failed: article 100')
    writer.execute("INSERT INTO article_facts(article_facts) VALUES('rebuild')")
    writer.close()
    reader.close()
    c.shell_ok('wal/final integrity-check in a new process', shell(
        so_path, path, "INSERT INTO article_facts(article_facts) VALUES('integrity-check');"
        "SELECT count(*) FROM articles;"), '%d\n' % (len(ARTICLES) + 1 + 40))


def test_noext(c, so_path, tmp):
    path = os.path.join(tmp, 'noext.db')
    expected = make_db(so_path, path)
    conn = sqlite3.connect(path)
    articles = conn.execute('SELECT * FROM articles ORDER BY id').fetchall()
    data = conn.execute('SELECT * FROM article_facts_data ORDER BY id').fetchall()
    conn.close()
    c.equal('noext/stdlib python reads the shadow table', len(data), len(expected))
    c.shell_ok('noext/articles', shell(so_path, path, 'SELECT count(*) FROM articles;', load=False),
               '%d\n' % len(ARTICLES))
    c.shell_ok('noext/shadow data', shell(
        so_path, path, "SELECT count(*), sum(kind = 'money') FROM article_facts_data;", load=False),
        '%d|%d\n' % (len(expected), sum(1 for r in expected if r[1] == 'money')))
    c.shell_ok('noext/shadow config', shell(
        so_path, path, "SELECT k, v FROM article_facts_config ORDER BY k;", load=False),
        'column|body\ncontent|articles\ncontent_rowid|id\nlang_column|lang\nversion|3\n')
    c.shell_ok('noext/integrity_check', shell(so_path, path, 'PRAGMA integrity_check;', load=False), 'ok\n')
    c.shell_ok('noext/schema', shell(
        so_path, path, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'article_facts%';", load=False),
        '15\n')
    c.shell_fails('noext/select on the table', shell(
        so_path, path, 'SELECT count(*) FROM article_facts;', load=False), 'no such module: textfacts')
    for name, sql in [
            ('insert', "INSERT INTO articles VALUES (9, 'en', 'x', 'Intel will cut $3 billion.');"),
            ('update', "UPDATE articles SET body = 'changed' WHERE id = 1;"),
            ('update of another column', "UPDATE articles SET title = 'changed' WHERE id = 1;"),
            ('delete', 'DELETE FROM articles WHERE id = 1;'),
            ('command', "INSERT INTO article_facts(article_facts) VALUES('rebuild');")]:
        c.shell_fails('noext/%s fails' % name, shell(so_path, path, sql, load=False),
                      'no such module: textfacts')
    conn = sqlite3.connect(path)
    c.equal('noext/articles unchanged', conn.execute('SELECT * FROM articles ORDER BY id').fetchall(), articles)
    c.equal('noext/shadow table unchanged',
            conn.execute('SELECT * FROM article_facts_data ORDER BY id').fetchall(), data)
    conn.close()
    # with the extension again, all is current
    c.shell_ok('noext/integrity-check with the extension', shell(
        so_path, path, "INSERT INTO article_facts(article_facts) VALUES('integrity-check');"))
    # .dump without the extension, restored with it
    rc, dump, err = shell(so_path, path, '.dump', load=False)
    c.check('noext/.dump', rc == 0 and 'CREATE VIRTUAL TABLE article_facts' in dump and not err.strip(),
            'exit %d, stderr %r' % (rc, err))
    restored = os.path.join(tmp, 'restored.db')
    c.shell_ok('noext/.dump restored with the extension', shell(so_path, restored, dump))
    # (a new process: the dump writes the virtual table into sqlite_schema directly, which the
    # connection that ran it does not reload)
    c.shell_ok('noext/restored database works', shell(
        so_path, restored, "INSERT INTO article_facts(article_facts) VALUES('integrity-check');"
        "INSERT INTO articles VALUES (9, 'en', 'x', 'Intel will cut $3 billion in costs.');"
        "SELECT count(*) FROM article_facts WHERE doc = 9;"
        "INSERT INTO article_facts(article_facts) VALUES('integrity-check');"), '2\n')


# The rows format 1 wrote into the fixture, as the virtual table must still read them.
FIXTURE_ROWS = [
    (1, 'entity', 'Thales', 0, 6, None, None, None, None, 'Thales'),
    (1, 'money', "12 millions d'euros", 14, 33, 12e6, 'EUR', 'Thales', 2025, None),
    (1, 'entity', 'Bpifrance', 52, 61, None, None, None, None, 'Bpifrance'),
    (2, 'entity', 'Nvidia', 0, 6, None, None, None, None, 'Nvidia'),
    (2, 'money', '$5 billion', 19, 29, 5e9, 'USD', 'Nvidia', 2026, None),
    (2, 'entity', 'Intel', 33, 38, None, None, None, None, 'Intel'),
    (3, 'entity', 'Tencent', 0, 7, None, None, None, None, 'Tencent'),
    (3, 'money', '70 milliards de yuans', 16, 37, 70e9, 'CNY', 'Tencent', 2025, None),
    (3, 'money', '9,7 milliards de dollars', 52, 76, 9.7e9, 'USD', 'Tencent', 2025, None),
    (6, 'entity', 'Samsung', 0, 7, None, None, None, None, 'Samsung Electronics'),
    (6, 'money', '$1 billion', 17, 27, 1e9, 'USD', 'Samsung Electronics', None, None),
    (6, 'entity', 'Texas', 31, 36, None, None, None, None, 'Texas'),
    # article 5 was updated after article 6 was written: its rows come last
    (5, 'entity', 'Airbus', 0, 6, None, None, None, None, 'Airbus'),
    (5, 'money', "3 milliards d'euros", 14, 33, 3e9, 'EUR', 'Airbus', None, None),
    (5, 'entity', 'Toulouse', 36, 44, None, None, None, None, 'Toulouse'),
]


def copy_fixture(c, group, fixture, sha256, version, so_path, tmp):
    """A copy of a fixture file written by an older build, after checking that it is there,
    never regenerated, and of its format; None when it is missing."""
    if not c.check('%s/fixture present' % group, os.path.exists(fixture), '%s missing' % fixture):
        return None
    with open(fixture, 'rb') as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    c.equal('%s/fixture never regenerated (sha256)' % group, digest, sha256)
    path = os.path.join(tmp, '%s.db' % group)
    shutil.copy(fixture, path)
    c.shell_ok('%s/versions' % group, shell(so_path, path, """
        SELECT v, typeof(v) FROM article_facts_config WHERE k = 'version';
        SELECT v, typeof(v) FROM note_facts_config WHERE k = 'version';"""),
        '%d|integer\n%d|integer\n' % (version, version))
    return path


def test_format1(c, so_path, tmp):
    path = copy_fixture(c, 'format1', FIXTURE, FIXTURE_SHA256, 1, so_path, tmp)
    if path is None:
        return
    conn = open_db(so_path, path)
    c.equal('format1/rows read through the table', conn.execute(
        'SELECT doc, kind, "match", start, "end", amount, currency, entity, year, name '
        'FROM article_facts ORDER BY rowid').fetchall(), FIXTURE_ROWS)
    c.equal('format1/indexed query', conn.execute(
        "SELECT doc, amount FROM article_facts WHERE currency = 'USD' AND amount > 2e9 ORDER BY amount").fetchall(),
        [(2, 5e9), (3, 9.7e9)])
    c.equal('format1/second table', conn.execute(
        'SELECT doc, kind, "match", amount FROM note_facts ORDER BY rowid').fetchall(),
        [(1, 'entity', 'Alstom', None), (1, 'money', "900 millions d'euros", 9e8), (1, 'entity', 'Inde', None)])
    conn.close()
    # integrity-check recomputes with this build's extractor (the texts are plain ones, chosen
    # so that extraction changes leave them alone; if one does not, the message names the
    # article -- then check the change, and never regenerate the fixture)
    stale_articles(c, 'format1', so_path, path)
    c.shell_ok('format1/new article', shell(so_path, path, """
        INSERT INTO articles VALUES (8, 'fr', 'Safran', 'Safran a levé 500 millions d''euros.');
        INSERT INTO notes(rowid, body) VALUES (9, 'Thales investit 1 milliard d''euros.');
        SELECT count(*) FROM article_facts WHERE doc = 8;
        SELECT count(*) FROM note_facts WHERE doc = 9;
        UPDATE articles SET body = 'Nvidia will invest $6 billion in Intel in 2027.' WHERE id = 2;
        UPDATE articles SET body = 'Samsung invested $2 billion in Texas.' WHERE id = 6;
        DELETE FROM articles WHERE id = 3;
        INSERT INTO article_facts(article_facts) VALUES('integrity-check');
        INSERT INTO note_facts(note_facts) VALUES('integrity-check');
        SELECT group_concat(doc) FROM (SELECT DISTINCT doc FROM article_facts ORDER BY doc);"""),
        '2\n2\n1,2,5,6,8\n')
    # format 1's update trigger sends a delete for an article still there: a no-op, so a
    # delete command for an existing article changes nothing (format 2 refuses it)
    c.shell_ok('format1/delete of an existing article is a no-op', shell(so_path, path, """
        CREATE TEMP TABLE before AS SELECT count(*) AS n FROM article_facts WHERE doc = 1;
        INSERT INTO article_facts(kind, doc) VALUES('textfacts:delete', 1);
        SELECT n > 0 AND n = (SELECT count(*) FROM article_facts WHERE doc = 1) FROM before;
        SELECT v FROM article_facts_config WHERE k = 'version';"""), '1\n1\n')
    # the columns of format 3 are not there: reading one fails, naming the command
    for column in NEW_COLUMNS:
        c.shell_fails('format1/reading %s fails' % column, shell(
            so_path, path, 'SELECT count(%s) FROM article_facts;' % column),
            OLD_FORMAT_ERROR % ('article_facts', 1, column, 'article_facts', 'article_facts'))
    # a rename alone makes the triggers anew: format 2, the rows as they were
    copy = os.path.join(tmp, 'format1-rename.db')
    shutil.copy(path, copy)
    c.shell_ok('format1/rename alone: format 2', shell(so_path, copy, """
        ALTER TABLE article_facts RENAME TO renamed;
        SELECT v FROM renamed_config WHERE k = 'version';
        INSERT INTO renamed(renamed) VALUES('integrity-check');"""), '2\n')
    c.shell_fails('format1/rename alone: what still missing', shell(
        so_path, copy, 'SELECT what FROM renamed;'),
        OLD_FORMAT_ERROR % ('renamed', 2, 'what', 'renamed', 'renamed'))
    # rebuild gives the table today's triggers, and upgrades it to format 3 (note_facts,
    # not rebuilt, stays at format 1)
    c.shell_ok('format1/rebuild', shell(so_path, path, """
        INSERT INTO article_facts(article_facts) VALUES('rebuild');
        INSERT INTO article_facts(article_facts) VALUES('integrity-check');
        SELECT count(*) FROM article_facts;
        SELECT v FROM article_facts_config WHERE k = 'version';
        SELECT v FROM note_facts_config WHERE k = 'version';
        UPDATE articles SET body = 'Nvidia will invest $7 billion in Intel in 2028.' WHERE id = 2;
        INSERT INTO article_facts(article_facts) VALUES('integrity-check');"""), '14\n3\n1\n')
    conn = open_db(so_path, path)
    c.equal('format1/rows after the upgrade', conn.execute(STORED_SQL).fetchall(),
            conn.execute(EXPECTED_SQL).fetchall())
    c.equal('format1/what after the upgrade', conn.execute(
        "SELECT doc, what FROM article_facts WHERE kind = 'money' AND doc = 2").fetchall(),
        [(2, 'funding')])
    conn.close()
    rc, _, err = shell(so_path, path, """
        INSERT INTO article_facts(kind, doc) VALUES('textfacts:delete', 1);""")
    c.check('format1/after rebuild, a delete of an existing article is refused',
            rc != 0 and 'is read-only' in err, repr(err))
    c.shell_ok('format1/rename', shell(so_path, path, """
        ALTER TABLE article_facts RENAME TO facts;
        INSERT INTO articles VALUES (10, 'en', 'Intel', 'Intel will cut $3 billion in costs.');
        INSERT INTO facts(facts) VALUES('integrity-check');
        SELECT name FROM sqlite_schema WHERE type IN ('table', 'trigger') AND name LIKE '%facts%' ORDER BY name;"""),
        'facts\nfacts_ad\nfacts_ai\nfacts_au\nfacts_config\nfacts_data\n'
        'note_facts\nnote_facts_ad\nnote_facts_ai\nnote_facts_au\nnote_facts_config\nnote_facts_data\n')
    c.shell_ok('format1/drop', shell(so_path, path, """
        DROP TABLE facts;
        DROP TABLE note_facts;
        SELECT count(*) FROM sqlite_schema WHERE name LIKE '%facts%';
        INSERT INTO articles VALUES (11, 'en', 'x', 'y');
        PRAGMA integrity_check;"""), '0\nok\n')
    path = os.path.join(tmp, 'format1-noext.db')
    shutil.copy(FIXTURE, path)
    c.shell_ok('format1/readable without the extension', shell(
        so_path, path, 'PRAGMA integrity_check; SELECT count(*) FROM article_facts_data;', load=False),
        'ok\n15\n')


# The rows format 2 wrote into its fixture, as the virtual table must still read them.
FIXTURE2_ROWS = [
    (1, 'entity', 'Thales', 0, 6, None, None, None, None, None, 'Thales'),
    (1, 'money', "12 millions d'euros", 14, 33, 12e6, 'EUR', 'Thales', 2025, None, None),
    (1, 'entity', 'Bpifrance', 52, 61, None, None, None, None, None, 'Bpifrance'),
    (2, 'entity', 'Nvidia', 0, 6, None, None, None, None, None, 'Nvidia'),
    (2, 'money', '$5 billion', 19, 29, 5e9, 'USD', 'Nvidia', 2026, None, None),
    (2, 'entity', 'Intel', 33, 38, None, None, None, None, None, 'Intel'),
    (3, 'entity', 'Tencent', 0, 7, None, None, None, None, None, 'Tencent'),
    (3, 'money', '70 milliards de yuans', 16, 37, 70e9, 'CNY', 'Tencent', 2025, 1, None),
    (3, 'money', '9,7 milliards de dollars', 52, 76, 9.7e9, 'USD', 'Tencent', 2025, 1, None),
    (4, 'entity', 'European Commission', 4, 23, None, None, None, None, None, 'European Commission'),
    (4, 'entity', 'Google', 30, 36, None, None, None, None, None, 'Google'),
    (4, 'money', '€2.4 billion', 37, 49, 2.4e9, 'EUR', 'Google', 2017, None, None),
    (6, 'entity', 'Samsung', 0, 7, None, None, None, None, None, 'Samsung Electronics'),
    (6, 'money', '$1 billion', 17, 27, 1e9, 'USD', 'Samsung Electronics', None, None, None),
    (6, 'entity', 'Texas', 31, 36, None, None, None, None, None, 'Texas'),
    # article 5 was updated after article 6 was written: its rows come last
    (5, 'entity', 'Airbus', 0, 6, None, None, None, None, None, 'Airbus'),
    (5, 'money', "69 milliards d'euros", 42, 62, 69e9, 'EUR', 'Airbus', 2024, None, None),
]
FIXTURE2_SQL = ('SELECT doc, kind, "match", start, "end", amount, currency, entity, year, grp, name '
                'FROM article_facts ORDER BY rowid')


def columns_of(conn, table):
    return [r[1] for r in conn.execute('SELECT * FROM pragma_table_xinfo(?)', (table,))]


def test_format2(c, so_path, tmp):
    path = copy_fixture(c, 'format2', FIXTURE2, FIXTURE2_SHA256, 2, so_path, tmp)
    if path is None:
        return
    # read as format 2 stored it; a column of format 3 is an error naming the command, never
    # a NULL (which would read as "nothing says what this amount is")
    conn = open_db(so_path, path)
    c.equal('format2/rows read through the table', conn.execute(FIXTURE2_SQL).fetchall(), FIXTURE2_ROWS)
    c.equal('format2/indexed query', conn.execute(
        "SELECT doc, amount FROM article_facts WHERE currency = 'USD' AND amount > 2e9 ORDER BY amount").fetchall(),
        [(2, 5e9), (3, 9.7e9)])
    c.equal('format2/the user\'s view', conn.execute('SELECT count(*) FROM large_amounts').fetchone()[0], 6)
    for column in NEW_COLUMNS:
        for where, sql in (('select', 'SELECT %s FROM article_facts' % column),
                           ('where', "SELECT count(*) FROM article_facts WHERE %s = 'x'" % column),
                           ('order by', 'SELECT doc FROM article_facts ORDER BY %s' % column)):
            c.raises('format2/%s in %s fails' % (column, where), lambda: conn.execute(sql).fetchall(),
                     OLD_FORMAT_ERROR % ('article_facts', 2, column, 'article_facts', 'article_facts'))
    c.raises('format2/SELECT * fails', lambda: conn.execute('SELECT * FROM article_facts').fetchall(),
             OLD_FORMAT_ERROR % ('article_facts', 2, 'what', 'article_facts', 'article_facts'))
    conn.close()
    stale_articles(c, 'format2', so_path, path)
    # the triggers write as format 2 does: the rows of a new article, no new column
    c.shell_ok('format2/writes', shell(so_path, path, """
        INSERT INTO articles VALUES (7, 'en', 'Apple', 'Apple was fined €13 billion by the European Commission.');
        UPDATE articles SET body = 'Nvidia will invest $6 billion in Intel in 2027.' WHERE id = 2;
        UPDATE articles SET body = 'Samsung invested $2 billion in Texas.' WHERE id = 6;
        SELECT "match", amount FROM article_facts WHERE doc IN (2, 7) AND kind = 'money' ORDER BY doc;
        INSERT INTO article_facts(article_facts) VALUES('integrity-check');
        SELECT v FROM article_facts_config WHERE k = 'version';"""),
        '$6 billion|6000000000.0\n€13 billion|13000000000.0\n2\n')
    # read-only: the stored columns read, the new ones fail the same way, rebuild cannot write
    uri = 'file:%s?mode=ro' % path
    ro = sqlite3.connect(uri, uri=True, isolation_level=None)
    ro.enable_load_extension(True)
    ro.load_extension(so_path)
    c.equal('format2/read-only: rows', ro.execute(
        "SELECT count(*) FROM article_facts WHERE kind = 'money'").fetchone()[0], 8)
    c.raises('format2/read-only: what fails', lambda: ro.execute('SELECT what FROM article_facts').fetchall(),
             OLD_FORMAT_ERROR % ('article_facts', 2, 'what', 'article_facts', 'article_facts'))
    c.raises('format2/read-only: rebuild fails', lambda: ro.execute(
        "INSERT INTO article_facts(article_facts) VALUES('rebuild')"), 'readonly')
    ro.close()
    # an upgrade rolled back, and one that fails half-way (an article whose lang cannot be
    # read, written while a trigger was missing): format 2, whole, either way
    before = os.path.join(tmp, 'format2-before.db')
    shutil.copy(path, before)
    c.shell_ok('format2/upgrade rolled back', shell(so_path, path, """
        BEGIN;
        INSERT INTO article_facts(article_facts) VALUES('rebuild');
        SELECT v FROM article_facts_config WHERE k = 'version';
        SELECT count(what) > 0 FROM article_facts;
        ROLLBACK;
        SELECT v FROM article_facts_config WHERE k = 'version';
        SELECT count(*) FROM pragma_table_xinfo('article_facts_data') WHERE name = 'what';
        INSERT INTO article_facts(article_facts) VALUES('integrity-check');"""), '3\n1\n2\n0\n')
    c.shell_fails('format2/upgrade rolled back: what still fails', shell(
        so_path, path, 'SELECT what FROM article_facts;'),
        OLD_FORMAT_ERROR % ('article_facts', 2, 'what', 'article_facts', 'article_facts'))
    failing = os.path.join(tmp, 'format2-failing.db')
    shutil.copy(path, failing)
    plain = sqlite3.connect(failing)
    plain.executescript("DROP TRIGGER article_facts_au; UPDATE articles SET lang = 'xx' WHERE id = 4;")
    plain.close()
    rc, _, err = shell(so_path, failing, "INSERT INTO article_facts(article_facts) VALUES('rebuild');")
    c.check('format2/failing upgrade: an error naming the table and article',
            rc != 0 and 'article_facts: article 4: unknown lang' in err, repr(err))
    c.shell_ok('format2/failing upgrade: still format 2', shell(so_path, failing, """
        SELECT v FROM article_facts_config WHERE k = 'version';
        SELECT count(*) FROM pragma_table_xinfo('article_facts_data') WHERE name IN ('what', 'year_source');
        SELECT count(*) FROM sqlite_schema WHERE name IN ('article_facts_what', 'article_facts_au');
        SELECT count(*) FROM article_facts;"""), '2\n0\n0\n20\n')
    # the upgrade: a connection opened before it, on format 2, sees format 3 after it
    early = open_db(so_path, path)
    c.equal('format2/early connection: rows', early.execute('SELECT count(*) FROM article_facts').fetchone()[0], 20)
    c.shell_ok('format2/rebuild upgrades', shell(so_path, path, """
        INSERT INTO article_facts(article_facts) VALUES('rebuild');
        SELECT v FROM article_facts_config WHERE k = 'version';
        SELECT v FROM note_facts_config WHERE k = 'version';
        INSERT INTO article_facts(article_facts) VALUES('integrity-check');
        PRAGMA integrity_check;"""), '3\n2\nok\n')
    c.equal('format2/early connection sees the new columns', early.execute(
        "SELECT what FROM article_facts WHERE doc = 7 AND kind = 'money'").fetchall(), [('fine',)])
    early.execute("INSERT INTO articles VALUES (8, 'en', 'Meta', 'Meta raised $2 billion in 2025.')")
    early.close()
    conn = open_db(so_path, path)
    c.equal('format2/rows after the upgrade: those of extract_facts', conn.execute(STORED_SQL).fetchall(),
            conn.execute(EXPECTED_SQL).fetchall())
    c.equal('format2/what after the upgrade', conn.execute(
        "SELECT doc, what FROM article_facts WHERE kind = 'money' AND what IS NOT NULL ORDER BY doc").fetchall(),
        [(1, 'funding'), (2, 'funding'), (4, 'fine'), (5, 'revenue'), (6, 'investment'), (7, 'fine'),
         (8, 'funding')])
    c.equal('format2/year_source after the upgrade', conn.execute(
        "SELECT count(*) FROM article_facts WHERE year IS NOT NULL AND year_source IS NULL").fetchone()[0], 0)
    data = columns_of(conn, 'article_facts_data')
    c.equal('format2/the new columns come last in article_facts_data', data[-4:], NEW_COLUMNS)
    c.equal('format2/indexes: the new ones, the user\'s kept', [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'article_facts_data' "
        "AND name NOT IN ('article_facts_doc', 'article_facts_kind', 'article_facts_currency', "
        "'article_facts_amount', 'article_facts_name', 'article_facts_entity', 'article_facts_year') "
        "ORDER BY name")], ['article_facts_counterparty', 'article_facts_what', 'my_article_facts_by_kind'])
    c.equal('format2/the user\'s table and view kept', (
        conn.execute('SELECT * FROM reading_notes').fetchall(),
        conn.execute('SELECT count(*) FROM large_amounts').fetchone()[0]),
        ([(2, 'check the stake in Intel')], 8))
    plan = conn.execute("EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE \"what\" = ?1 "
                        "ORDER BY \"entity\", \"year\"", ('investment',)).fetchall()
    c.check('format2/what = ? reads the (what, entity, year) index', any(
        'article_facts_what' in r[-1] for r in plan), repr(plan))
    # the other table is still format 2 until its own rebuild
    c.raises('format2/note_facts still format 2', lambda: conn.execute('SELECT what FROM note_facts').fetchall(),
             OLD_FORMAT_ERROR % ('note_facts', 2, 'what', 'note_facts', 'note_facts'))
    conn.execute("INSERT INTO note_facts(note_facts) VALUES('rebuild')")
    c.equal('format2/note_facts after its rebuild', conn.execute(
        "SELECT v FROM note_facts_config WHERE k = 'version'").fetchone()[0], 3)
    conn.close()
    c.shell_ok('format2/after the upgrade: writes, rename, drop', shell(so_path, path, """
        INSERT INTO articles VALUES (9, 'en', 'Intel', 'Intel will cut $3 billion in costs.');
        ALTER TABLE article_facts RENAME TO facts;
        SELECT v FROM facts_config WHERE k = 'version';
        INSERT INTO facts(facts) VALUES('integrity-check');
        DROP TABLE facts;
        DROP TABLE note_facts;
        SELECT count(*) FROM sqlite_schema WHERE name LIKE '%facts%';
        DROP VIEW large_amounts;
        PRAGMA integrity_check;"""), '3\n0\nok\n')
    c.shell_ok('format2/readable without the extension', shell(
        so_path, before, 'PRAGMA integrity_check; SELECT count(*) FROM article_facts_data;', load=False),
        'ok\n20\n')


def test_threads(c, so_path, tmp):
    cpus = min(len(os.sched_getaffinity(0)), 64)
    for value, want in (('3', 3), ('1', 1), ('64', 64), ('0', cpus), ('65', cpus), ('two', cpus),
                        ('', cpus), (None, cpus)):
        env = dict(os.environ)
        env.pop('TEXTFACTS_THREADS', None)
        if value is not None:
            env['TEXTFACTS_THREADS'] = value
        proc = subprocess.run(['sqlite3', '-batch', '-cmd', ".load '%s'" % so_path, ':memory:'],
                              input='SELECT textfacts_threads(); SELECT textfacts_threads(2); '
                                    'SELECT textfacts_threads(0);\n',
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding='utf-8',
                              env=env)
        c.equal('threads/TEXTFACTS_THREADS=%r: the default, then 2, then the default again'
                % value, proc.stdout.split(), [str(want), '2', str(want)])
    path = os.path.join(tmp, 'threads.db')
    make_db(so_path, path)
    conn = open_db(so_path, path)
    conn.execute('SELECT textfacts_threads(2)')
    conn.execute("CREATE VIRTUAL TABLE af USING textfacts(content='articles', column='body')")
    rows = conn.execute('SELECT * FROM af_data ORDER BY id').fetchall()
    conn.execute('BEGIN')
    conn.execute("UPDATE articles SET body = 'Kelvora a levé 3 millions d''euros.' "
                 "WHERE id = (SELECT min(id) FROM articles)")
    conn.execute("INSERT INTO af(af) VALUES('rebuild')")
    changed = conn.execute('SELECT * FROM af_data ORDER BY id').fetchall()
    conn.execute('ROLLBACK')
    c.check('threads/a rebuild in 2 threads changed the rows', changed != rows, 'no change')
    c.equal('threads/rolled back: the rows as before',
            conn.execute('SELECT * FROM af_data ORDER BY id').fetchall(), rows)
    conn.close()
    c.shell_ok('threads/reopened: integrity-check',
               shell(so_path, path, "INSERT INTO af(af) VALUES('integrity-check'); "
                                    "SELECT count(*) > 10 FROM af;\n"), '1\n')


def test_dictionary_absent(c, so_path, tmp):
    """Without textfacts_dictionary, a connection does not look for it again at every
    article the triggers index, only when the schema moves: a dictionary made and rolled
    back in a transaction, or made by another connection, is seen as it is."""
    path = os.path.join(tmp, 'dictionary.db')
    make_db(so_path, path)
    a = open_db(so_path, path)
    b = open_db(so_path, path)
    a.execute("CREATE VIRTUAL TABLE af USING textfacts(content='articles', column='body')")
    text = "Zorblax a levé 3 millions d'euros auprès de Velorix."

    def names(conn):
        return conn.execute("SELECT group_concat(name, '|') FROM (SELECT name FROM "
                            "extract_entities(?) ORDER BY start)", (text,)).fetchone()[0]

    def named(label, conn, name):
        got = names(conn)
        c.check('dictionary/' + label, name in (got or ''), got)

    def make_dictionary(conn, alias, name):
        conn.execute('CREATE TABLE textfacts_dictionary(alias TEXT, name TEXT, kind TEXT)')
        conn.execute("INSERT INTO textfacts_dictionary VALUES (?, ?, 'org')", (alias, name))

    def indexed(label, name, want):
        a.execute('INSERT INTO articles(body) VALUES (?)', (text,))
        c.equal('dictionary/' + label,
                a.execute('SELECT count(*) FROM af WHERE name = ?', (name,)).fetchone()[0], want)

    before = names(a)
    a.execute('INSERT INTO articles(body) VALUES (?)', (text,))
    a.execute('BEGIN')
    make_dictionary(a, 'Velorix', 'Velorix SA')
    inside = names(a)
    a.execute('INSERT INTO articles(body) VALUES (?)', (text,))
    a.execute('ROLLBACK')
    c.check('dictionary/made in a transaction: seen in it', 'Velorix SA' in (inside or ''), inside)
    c.equal('dictionary/rolled back: the built-ins again', names(a), before)
    indexed('rolled back: the triggers index without it', 'Velorix SA', 0)
    make_dictionary(b, 'Zorblax', 'Zorblax Corp')
    named('made by another connection: seen by the next statement', a, 'Zorblax Corp')
    indexed('made by another connection: the triggers index with it', 'Zorblax Corp', 1)
    b.execute('DROP TABLE textfacts_dictionary')
    c.equal('dictionary/dropped by another connection: the built-ins again', names(a), before)
    # This connection's TEMP triggers on the table another connection dropped stay behind
    # in its temp schema, where DROP TRIGGER does not find them, and SQLite (3.40) finds
    # its temp schema malformed ("... already exists") if triggers of the same names are
    # made once this connection makes the table anew: the next ones get other names.
    a.execute('BEGIN')
    make_dictionary(a, 'Velorix', 'Velorix SA')
    try:
        got, error = names(a), ''
    except sqlite3.Error as e:
        got, error = None, str(e)
    c.check('dictionary/made again after another connection dropped it: read',
            'Velorix SA' in (got or ''), 'got %r, error %r' % (got, error))
    a.execute("UPDATE textfacts_dictionary SET name = 'Velorix Group'")
    named('made again: its changes seen', a, 'Velorix Group')
    indexed('made again: the triggers index with it', 'Velorix Group', 1)
    a.execute('COMMIT')
    b.execute("UPDATE textfacts_dictionary SET name = 'Velorix NV'")
    named('made again: another connection\'s change seen', a, 'Velorix NV')
    a.execute("INSERT INTO articles(body) VALUES ('Kelvora a levé 2 millions d''euros.')")
    a.execute("UPDATE textfacts_dictionary SET name = 'Velorix AG'")
    named('made again: this connection\'s change, after an article, seen', a, 'Velorix AG')
    c.equal('dictionary/made again: one set of watch triggers',
            a.execute("SELECT count(*) FROM temp.sqlite_schema WHERE type = 'trigger' AND "
                      "tbl_name = 'textfacts_dictionary' AND name GLOB '*_[0-9]'").fetchone()[0], 3)
    a.execute('DROP TABLE textfacts_dictionary')
    a.close()
    a = open_db(so_path, path)
    c.equal('dictionary/reopened: the built-ins', names(a), before)
    a.close()
    b.close()


def test_interrupted(c, so_path, tmp):
    """An INSERT of many articles interrupted anywhere (a progress handler that stops it
    after N steps: inside a trigger, while a batch is stored at the statement's end, at
    COMMIT) leaves the table whole, in one thread and in two (the triggers' articles
    extracted in threads, store_build.c)."""
    first = ("INSERT INTO articles(lang, body) SELECT 'en', 'Kelvora raised $' || i || "
             "' million from Vantora in 2025.' FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION "
             "ALL SELECT i + 1 FROM n WHERE i < 50) SELECT i FROM n)")
    more = ("INSERT INTO articles(lang, body) SELECT 'fr', 'Orvane a levé ' || i || "
            "' millions d''euros en 2026.' FROM (WITH RECURSIVE n(i) AS (SELECT 100 UNION "
            "ALL SELECT i + 1 FROM n WHERE i < 399) SELECT i FROM n)")
    outcomes = {}
    for threads in (1, 2):
        for steps in (2000, 5000, 20000, 50000, 80000, 10 ** 7):
            conn = open_db(so_path, ':memory:')
            conn.execute('CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, body TEXT)')
            conn.execute("CREATE VIRTUAL TABLE af USING textfacts(content='articles', "
                         "column='body', lang_column='lang')")
            conn.execute('SELECT textfacts_threads(%d)' % threads)
            conn.execute(first)
            calls = [0]

            def stop():
                calls[0] += 1
                return calls[0] * 100 >= steps
            conn.set_progress_handler(stop, 100)
            failed = None
            try:
                conn.execute('BEGIN')
                conn.execute(more)
                conn.execute('COMMIT')
            except sqlite3.Error as e:
                failed = str(e)
            conn.set_progress_handler(None, 0)
            if conn.in_transaction:
                conn.execute('ROLLBACK')
            articles = conn.execute('SELECT count(*) FROM articles').fetchone()[0]
            label = 'interrupted/%d thread%s, stopped after %d steps' % (
                threads, 's' if threads > 1 else '', steps)
            try:
                conn.execute("INSERT INTO af(af) VALUES('integrity-check')")
                whole = None
            except sqlite3.Error as e:
                whole = str(e)
            c.check(label + ': integrity-check passes (%s)' % (failed or 'not interrupted'),
                    whole is None, whole)
            c.check(label + ': all the articles or none of the statement\'s',
                    articles in (50, 350), '%d articles' % articles)
            outcomes.setdefault(threads, set()).add(articles)
            conn.close()
    for threads, seen in sorted(outcomes.items()):
        c.equal('interrupted/%d thread(s): some runs interrupted, one not' % threads,
                sorted(seen), [50, 350])


def test_inserts(c, so_path, tmp):
    """The triggers' articles stored in INSERTs of 1, 2, 4, ... 32 rows (store_write.c):
    articles of every number of rows from 0 to over 100 give the rows and ids a rebuild
    gives, in connections whose limits leave only the smaller INSERTs too."""
    # k sentences of 3 rows (money, Kelvora, Vantora), then one of 2 rows when odd is set.
    bodies = [' '.join(['Kelvora raised $%d million from Vantora in 20%02d.' % (i + 1, i % 30)
                        for i in range(k)] + ['Kelvora raised $1 million in 2024.'] * odd)
              for k in list(range(0, 20)) + [45] for odd in (0, 1)]
    limits = {'default': {}, 'variables': {sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 100},
              'sql length': {sqlite3.SQLITE_LIMIT_SQL_LENGTH: 2500}}
    expected = None
    for threads in (1, 2):
        for label, limit in limits.items():
            conn = open_db(so_path, ':memory:')
            conn.execute('CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, body TEXT)')
            conn.execute("CREATE VIRTUAL TABLE af USING textfacts(content='articles', "
                         "column='body', lang_column='lang')")
            conn.execute('SELECT textfacts_threads(%d)' % threads)
            for which, value in limit.items():
                conn.setlimit(which, value)
            name = 'inserts/%d thread%s, %s limits' % (threads, 's' if threads > 1 else '', label)
            try:
                conn.execute('BEGIN')
                conn.executemany("INSERT INTO articles(lang, body) VALUES ('en', ?)",
                                 [(b,) for b in bodies])
                conn.execute('COMMIT')
                conn.execute("INSERT INTO af(af) VALUES('integrity-check')")
                rows = conn.execute('SELECT * FROM af_data ORDER BY id').fetchall()
                if expected is None:
                    counts = conn.execute('SELECT count(*) FROM af_data GROUP BY doc').fetchall()
                    c.check('inserts/articles of 2 to over 100 rows, of 0 rows too',
                            min(counts)[0] == 2 and max(counts)[0] > 100 and
                            len(set(counts)) == len(bodies) - 1 and
                            conn.execute('SELECT count(*) FROM articles').fetchone()[0] ==
                            len(bodies), counts)
                    conn.execute("INSERT INTO af(af) VALUES('rebuild')")
                    expected = conn.execute('SELECT * FROM af_data ORDER BY id').fetchall()
                c.equal(name + ': the rows and ids of a rebuild', rows, expected)
            except sqlite3.Error as e:
                c.check(name, False, str(e))
            conn.close()


def main(argv):
    report = tflib.Report()
    so_path = tflib.extension_path(argv)
    conn = tflib.connect_or_fail(report, 'store', so_path)
    if conn is None:
        return report.finish()
    conn.close()
    c = Checks(report)
    tmp = tempfile.mkdtemp(prefix='textfacts-store-')
    try:
        for test in (test_reopen, test_wal, test_noext, test_format1, test_format2, test_threads,
                     test_dictionary_absent, test_interrupted, test_inserts):
            try:
                test(c, so_path, tmp)
            except Exception as e:  # noqa: BLE001 -- report it and go on with the next group
                report.fail(test.__name__[5:], 'raised %s: %s' % (type(e).__name__, e))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
