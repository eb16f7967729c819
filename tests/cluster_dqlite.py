#!/usr/bin/python3
"""textfacts in a dqlite cluster (docs/cluster.md), on loopback, bounded in time.

usage: /usr/bin/python3 tests/cluster_dqlite.py [dist/textfacts.so]

Three textfacts-node processes (dist/, `make cluster`) form a cluster; textfacts-client
loads sql/sample_articles.sql and creates the textfacts table; its rows must equal those
of a local single-file build (this python, the extension loaded, the same statements),
and the dqlite shell of go-dqlite must read the same sums. docs/cluster.md's way in for a
user's articles (a staging file of sql/schema.sql through sql/cluster_insert.sql, into a
second database of the cluster, twice) must give the staging file's rows. Three transactions of 3 MB
each must commit (dqlite 1.11.1's bug with transactions larger than the page cache, which
textfacts-node works around, would fail the second with "disk I/O error"). Then the leader is killed (SIGKILL); a new leader must be elected, take a write and
extract the new article exactly as the local build does; PRAGMA integrity_check and the
table's integrity-check must pass on each survivor (leadership is transferred to each in
turn: dqlite serves every query from the leader's own copy), and each survivor's own
copy, dumped with the go-dqlite shell's .dump and opened as a file, must pass both checks
and hold the local build's rows. The killed node restarts
from its data directory and, made leader, holds everything. A node without textfacts
(build/cluster/dqlite-node-bare) joins and is made leader: reading the table and writing
an article must fail with "no such module: textfacts", the node must stay up and nothing
must be written; leadership goes back and the cluster is intact. Bad arguments, an address
in use, no cluster and a bad statement give clear errors and exit statuses. Last, SIGTERM
(SIGINT for one) stops every node cleanly (exit status 0).

The programs missing (no libdqlite-dev or go-dqlite: `make deps`, then `make cluster`) is a failure,
never a skip. Everything runs under a 120 s alarm. Prints ok/FAIL lines and, last,
"N passed, N failed".
"""
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SO = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, 'dist', 'textfacts.so')
NODE = os.path.join(ROOT, 'dist', 'textfacts-node')
CLIENT = os.path.join(ROOT, 'dist', 'textfacts-client')
BARE = os.path.join(ROOT, 'build', 'cluster', 'dqlite-node-bare')
LIMIT = 120
# election timeout 1.5 s: fast failover, yet no spurious elections on a busy 2-core machine
LATENCY_MS = '100'

CREATE = ("CREATE VIRTUAL TABLE article_facts USING textfacts(content = 'articles', "
          "column = 'body', content_rowid = 'id', lang_column = 'lang')")
# written for this test, not press text
NEW_ARTICLE = ("INSERT INTO articles(title, lang, body) VALUES ('Vantorel lève 40 millions', "
               "'fr', 'La société Vantorel, basée à Nantes, a levé 40 millions d’euros auprès de "
               "Bpifrance en 2026. Son rival Quelmar prévoit 15 millions de dollars de dépenses.')")
ROWS = 'SELECT * FROM article_facts ORDER BY rowid'

passed = failed = 0


def ok(name):
    global passed
    passed += 1
    print(f'ok   {name}', flush=True)


def fail(name, why):
    global failed
    failed += 1
    print(f'FAIL {name}: {why}', flush=True)


def check(name, cond, why=''):
    (ok(name) if cond else fail(name, why))
    return cond


def free_ports(n):
    socks, ports = [], []
    for _ in range(n):
        s = socket.socket()
        s.bind(('127.0.0.1', 0))
        socks.append(s)
        ports.append(s.getsockname()[1])
    for s in socks:
        s.close()
    return ports


class Cluster:
    def __init__(self, tmp):
        self.tmp = tmp
        self.nodes = {}  # address -> dict(proc, log, dir, id)

    def start(self, name, address, join=None, binary=NODE):
        d = os.path.join(self.tmp, name)
        log = open(os.path.join(self.tmp, name + '.log'), 'w+')
        args = [binary, '--address', address, '--dir', d, '--latency-ms', LATENCY_MS]
        if join:
            args += ['--join', join]
        p = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.nodes[address] = {'proc': p, 'log': log, 'dir': d, 'name': name}
        return p

    def log(self, address):
        n = self.nodes[address]
        n['log'].flush()
        with open(n['log'].name) as f:
            return f.read()

    def wait_ready(self, address, seconds=30):
        end = time.time() + seconds
        while time.time() < end:
            if 'ready' in self.log(address):
                with open(os.path.join(self.nodes[address]['dir'], 'textfacts-node.id')) as f:
                    self.nodes[address]['id'] = int(f.read())
                return True
            if self.nodes[address]['proc'].poll() is not None:
                return False
            time.sleep(0.05)
        return False

    def alive(self):
        return [a for a, n in self.nodes.items() if n['proc'].poll() is None]

    def client(self, *args, sql=None, stdin=None):
        servers = ','.join(self.alive())
        r = subprocess.run([CLIENT, '-s', servers, *args] + ([sql] if sql else []),
                           input=stdin, capture_output=True, text=True, timeout=60)
        return r.returncode, r.stdout, r.stderr

    def query(self, sql):
        rc, out, err = self.client('--json', sql=sql)
        if rc != 0:
            raise RuntimeError(f'{sql}: {err.strip()}')
        return [json.loads(line) for line in out.splitlines()]

    def leader(self):
        rc, out, _ = self.client('--leader')
        if rc != 0 or '|' not in out:
            return None
        return out.strip().split('|', 1)[1] or None

    def wait_leader(self, not_this=None, seconds=20):
        end = time.time() + seconds
        while time.time() < end:
            a = self.leader()
            if a and a != not_this and a in self.alive():
                return a
            time.sleep(0.1)
        return None

    def transfer(self, address, seconds=20):
        """Leadership to the node at `address`; retried while it catches up (Raft hands
        leadership only to a node whose log is current)."""
        end, why = time.time() + seconds, ''
        while time.time() < end:
            if self.leader() == address:
                return None
            rc, _, err = self.client('--transfer', str(self.nodes[address]['id']))
            if rc == 0 and self.wait_leader_is(address, 5):
                return None
            why = err.strip() or 'leadership did not move'
            time.sleep(0.3)
        return why

    def wait_leader_is(self, address, seconds=15):
        end = time.time() + seconds
        while time.time() < end:
            if self.leader() == address:
                return True
            time.sleep(0.1)
        return False

    def stop_all(self):
        for n in self.nodes.values():
            if n['proc'].poll() is None:
                n['proc'].kill()
            n['proc'].wait()
            n['log'].close()


def local_db():
    db = sqlite3.connect(':memory:')
    db.enable_load_extension(True)
    db.load_extension(SO)
    with open(os.path.join(ROOT, 'sql', 'sample_articles.sql'), encoding='utf-8') as f:
        db.executescript(f.read())
    db.execute(CREATE)
    return db


def same_rows(a, b):
    """Rows equal value for value (JSON numbers read back as int or float: compared as
    numbers; the cluster's REALs come with 17 digits, so exactly)."""
    if len(a) != len(b):
        return f'{len(a)} rows against {len(b)}'
    for i, (x, y) in enumerate(zip(a, b)):
        if len(x) != len(y) or any(u != v for u, v in zip(x, y)):
            return f'row {i + 1} differs: {x} against {y}'
    return None


def run(tmp):
    for path in (NODE, CLIENT, BARE, '/usr/bin/dqlite'):
        if not os.access(path, os.X_OK):
            fail('binaries', f'{os.path.relpath(path, ROOT)} not built: `make deps` (libdqlite-dev, '
                 'go-dqlite), then `make cluster`')
            return
    ok('binaries')
    c = Cluster(tmp)
    try:
        scenario(c)
    finally:
        c.stop_all()


def scenario(c):
    p1, p2, p3, p4 = free_ports(4)
    a1, a2, a3, a4 = (f'127.0.0.1:{p}' for p in (p1, p2, p3, p4))
    c.start('n1', a1)
    if not check('node 1 bootstraps', c.wait_ready(a1), c.log(a1)):
        return
    c.start('n2', a2, join=a1)
    c.start('n3', a3, join=a1)
    if not check('nodes 2 and 3 join', c.wait_ready(a2) and c.wait_ready(a3),
                 c.log(a2) + c.log(a3)):
        return
    rc, out, err = c.client('--cluster')
    voters = sorted(line.split('|')[1] for line in out.splitlines() if line.endswith('|voter'))
    if not check('three voters', rc == 0 and voters == sorted([a1, a2, a3]), out + err):
        return

    with open(os.path.join(ROOT, 'sql', 'sample_articles.sql'), encoding='utf-8') as f:
        script = f.read()
    rc, out, err = c.client(stdin=script)
    if not check('sample corpus loaded', rc == 0 and c.query('SELECT count(*) FROM articles') == [[36]],
                 err):
        return
    rc, out, err = c.client(sql=CREATE)
    if not check('textfacts table created on the cluster', rc == 0, err):
        return
    local = local_db()
    want = [list(r) for r in local.execute(ROWS)]
    got = c.query(ROWS)
    why = same_rows(got, want)
    check(f'the table\'s {len(got)} rows equal the local build\'s', why is None and len(want) > 400,
          why or f'only {len(want)} rows')
    # the dqlite shell of go-dqlite (Debian: go-dqlite) reads the same cluster
    servers = ','.join(c.alive())
    r = subprocess.run(['dqlite', '-s', servers, 'textfacts',
                        "SELECT count(*), sum(amount) FROM article_facts WHERE currency = 'USD'"],
                       capture_output=True, text=True, timeout=60)
    want_usd = list(local.execute(
        "SELECT count(*), sum(amount) FROM article_facts WHERE currency = 'USD'").fetchone())
    try:  # Go prints the shortest form that reads back to the same double
        got_usd = [int(r.stdout.split('|')[0]), float(r.stdout.split('|')[1])]
    except (ValueError, IndexError):
        got_usd = None
    check('the dqlite shell (go-dqlite) reads the table', r.returncode == 0 and got_usd == want_usd,
          f'exit {r.returncode}: {r.stdout}{r.stderr} (want {want_usd})')
    # docs/cluster.md's way for a user's own articles: a local staging database with the
    # tables of sql/schema.sql, piped through sql/cluster_insert.sql into a second database
    # of the cluster; twice (the second run adds nothing)
    staging = os.path.join(c.tmp, 'staging.db')
    with open(os.path.join(ROOT, 'sql', 'schema.sql'), encoding='utf-8') as f:
        schema = f.read()
    with open(os.path.join(ROOT, 'sql', 'implied_rates.sql'), encoding='utf-8') as f:
        rates = f.read()
    sample = os.path.join(c.tmp, 'sample.db')
    subprocess.run(['sqlite3', sample], input=script, text=True, check=True)
    r = subprocess.run(['sqlite3', '-bail', staging, '-cmd', f".load '{SO}'"], cwd=ROOT, text=True,
                       capture_output=True, input=schema + f"ATTACH '{sample}' AS sample;\n"
                       "INSERT INTO articles(url, title, published, lang, source, body, body_hash) "
                       "SELECT url, title, published, lang, "
                       "source, body, lower(hex(sha3(body))) FROM sample.articles ORDER BY id;\n")
    inserts = subprocess.run(['sqlite3', staging], stdin=open(os.path.join(ROOT, 'sql', 'cluster_insert.sql')),
                             capture_output=True, text=True, cwd=ROOT).stdout
    cluster_schema = ''.join(line + '\n' for line in schema.splitlines() if not line.startswith('.read'))
    rc1, _, err1 = c.client('-d', 'corpus', stdin=cluster_schema + rates)
    rc2, _, err2 = c.client('-d', 'corpus', stdin=inserts)
    rc3, _, err3 = c.client('-d', 'corpus', stdin=inserts)
    sdb = sqlite3.connect(staging)
    sdb.enable_load_extension(True)
    sdb.load_extension(SO)
    rc, out, err = c.client('-d', 'corpus', '--json', sql=ROWS)
    got = [json.loads(line) for line in out.splitlines()] if rc == 0 else []
    why = same_rows(got, [list(x) for x in sdb.execute(ROWS)])
    rc4, out4, _ = c.client('-d', 'corpus', sql='SELECT count(*) FROM articles')
    check('a staging database through sql/cluster_insert.sql: the same rows, twice = once',
          r.returncode == 0 and rc1 == rc2 == rc3 == 0 and why is None and out4.strip() == '36'
          and len(got) > 400, (why or '') + r.stderr + err1 + err2 + err3 + err + out4)
    q = 'SELECT base, quote, round(rate, 4) FROM textfacts_implied_rates ORDER BY 1, 2, 3'
    rc, out, err = c.client('-d', 'corpus', '--json', sql=q)
    check('the implied rates view on the cluster equals the staging database\'s',
          rc == 0 and [json.loads(x) for x in out.splitlines()] == [list(x) for x in sdb.execute(q)]
          and out.count('\n') > 3, out + err)

    # Transactions larger than the page cache after dqlite's checkpoint (every 1,000
    # frames): Debian's dqlite 1.11.1 fails them with "disk I/O error" (522) unless the node
    # turns the cache spill off (textfacts_node.c, no_cache_spill).
    big = ('CREATE TABLE spill(id INTEGER PRIMARY KEY, x);\nCREATE INDEX spill_x ON spill(x);\n' +
           'BEGIN;\nWITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) '
           'INSERT INTO spill(x) SELECT randomblob(3000) FROM n;\nCOMMIT;\n' * 3 +
           'SELECT count(*) FROM spill;\nDROP TABLE spill;\n')
    rc, out, err = c.client(stdin=big)
    check('transactions larger than the page cache, after checkpoints', rc == 0 and out.strip() == '3000',
          f'exit {rc}: {out}{err}')
    q = ("SELECT a.id, f.match, f.amount, f.currency, f.entity, f.what, f.year "
         "FROM articles a, extract_facts(a.body, a.lang) f ORDER BY a.id, f.start")
    why = same_rows(c.query(q), [list(r) for r in local.execute(q)])
    check('extract_facts on the cluster equals the local build', why is None, why)

    old = c.leader()
    if not check('a leader', old in (a1, a2, a3), str(old)):
        return
    c.nodes[old]['proc'].send_signal(signal.SIGKILL)
    c.nodes[old]['proc'].wait()
    t0 = time.time()
    new = c.wait_leader(not_this=old)
    if not check('a new leader after the leader is killed', new is not None, 'none in 20 s'):
        return
    print(f'     (new leader {new} after {time.time() - t0:.1f} s)')
    rc, _, err = c.client(sql=NEW_ARTICLE)
    check('the new leader takes a write', rc == 0, err)
    local.execute(NEW_ARTICLE)
    last = 'SELECT * FROM article_facts WHERE doc = (SELECT max(id) FROM articles) ORDER BY rowid'
    want = [list(r) for r in local.execute(last)]
    got = c.query(last)
    why = same_rows(got, want)
    check(f'the new article is extracted ({len(got)} rows, as locally)',
          why is None and any(r[1] == 'money' for r in got), why or 'no money row')
    why = same_rows(c.query(ROWS), [list(r) for r in local.execute(ROWS)])
    check('all rows still equal the local build\'s', why is None, why)

    survivors = [a for a in (a1, a2, a3) if a != old]
    # Each survivor's own copy (dqlite answers DUMP on any node, leader or not), through the
    # go-dqlite shell's .dump, opened here as a file: SQLite's and the table's integrity
    # checks, and the same rows as the local build.
    want = [list(r) for r in local.execute(ROWS)]

    def dumped(a, d):
        """The node's copy as a file in `d`: None if it checks and equals `want`, else why."""
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        r = subprocess.run(['dqlite', '-s', a, 'textfacts', f'.dump {a} textfacts'], cwd=d,
                           capture_output=True, text=True, timeout=60)
        if r.returncode != 0 or not os.path.exists(os.path.join(d, 'textfacts')):
            return f'.dump: exit {r.returncode} {r.stdout}{r.stderr}'
        copy = sqlite3.connect(os.path.join(d, 'textfacts'))
        try:
            copy.enable_load_extension(True)
            copy.load_extension(SO)
            ic = copy.execute('PRAGMA integrity_check').fetchall()
            copy.execute("INSERT INTO article_facts(article_facts) VALUES('integrity-check')")
            why = same_rows([list(x) for x in copy.execute(ROWS)], want)
            return why if ic == [('ok',)] else f'integrity_check: {ic}'
        except sqlite3.Error as e:
            return f'{type(e).__name__}: {e}'
        finally:
            copy.close()

    for a in survivors:
        name = c.nodes[a]['name']
        d = os.path.join(c.tmp, 'dump-' + name)
        os.makedirs(d)
        # a follower applies a commit when the leader's next message says it is committed:
        # its copy may be a heartbeat behind
        end = time.time() + 10
        why = dumped(a, d)
        while why is not None and time.time() < end:
            time.sleep(0.3)
            why = dumped(a, d)
        check(f'the copy on survivor {name} (dumped): integrity checks pass, rows as local',
              why is None, why)
    for a in survivors:
        name = c.nodes[a]['name']
        why = None if c.leader() == a else c.transfer(a)
        if why:
            fail(f'{name} leads (transfer)', why)
            continue
        rc1, out1, err1 = c.client(sql='PRAGMA integrity_check')
        rc2, _, err2 = c.client(sql="INSERT INTO article_facts(article_facts) VALUES('integrity-check')")
        check(f'integrity_check and integrity-check pass on survivor {name}',
              rc1 == 0 and out1.strip() == 'ok' and rc2 == 0, out1 + err1 + err2)

    # The killed node restarts from its data directory (its id is kept there: no --join),
    # catches up and, leading, holds every article with its facts.
    name = c.nodes[old]['name']
    c.start(name, old)
    if check(f'{name} restarts from its data directory', c.wait_ready(old), c.log(old)):
        why = c.transfer(old)
        rc, _, err = c.client(sql="INSERT INTO article_facts(article_facts) VALUES('integrity-check')")
        n = c.query('SELECT count(*) FROM articles') if why is None else None
        check(f'{name} caught up: 37 articles, integrity-check passes',
              why is None and rc == 0 and n == [[37]], f'{why} {err} {n}')
    survivors = [a for a in (a1, a2, a3)]

    # A node without textfacts joins and leads.
    c.start('bare', a4, join=','.join(survivors), binary=BARE)
    if not check('a node without textfacts joins', c.wait_ready(a4), c.log(a4)):
        return
    why = c.transfer(a4)
    if check('the node without textfacts leads', why is None, why):
        n = c.query('SELECT count(*) FROM articles')
        rc1, _, err1 = c.client(sql='SELECT count(*) FROM article_facts')
        rc2, _, err2 = c.client(sql=NEW_ARTICLE)
        check('without textfacts, reading the table fails clearly',
              rc1 == 1 and 'no such module: textfacts' in err1, f'rc {rc1}: {err1}')
        check('without textfacts, writing an article fails clearly (the triggers need it)',
              rc2 == 1 and 'no such module: textfacts' in err2, f'rc {rc2}: {err2}')
        check('the node without textfacts stays up and wrote nothing',
              c.nodes[a4]['proc'].poll() is None and c.query('SELECT count(*) FROM articles') == n,
              c.log(a4))
        why = c.transfer(survivors[0])
        rc, _, err = c.client(sql="INSERT INTO article_facts(article_facts) VALUES('integrity-check')")
        check('leadership back to a textfacts node: integrity-check passes',
              why is None and rc == 0, (why or '') + err)

    # Bad input: clear errors, no crash.
    r = subprocess.run([NODE, '--address', 'nowhere', '--dir', os.path.join(c.tmp, 'x')],
                       capture_output=True, text=True, timeout=30)
    check('a node with a bad address: exit 2, says why', r.returncode == 2 and
          'not HOST:PORT' in r.stderr, f'exit {r.returncode}: {r.stderr}')
    r = subprocess.run([NODE, '--address', survivors[0], '--dir', os.path.join(c.tmp, 'y')],
                       capture_output=True, text=True, timeout=30)
    check('a node on an address in use: exit 1, says why', r.returncode == 1 and
          'cannot start the node' in r.stderr, f'exit {r.returncode}: {r.stderr}')
    r = subprocess.run([CLIENT, '-s', f'127.0.0.1:{free_ports(1)[0]}', 'SELECT 1'],
                       capture_output=True, text=True, timeout=30)
    check('the client without a cluster: exit 2, says why', r.returncode == 2 and
          'no leader found' in r.stderr, f'exit {r.returncode}: {r.stderr}')
    rc, out, err = c.client(stdin='SELECT 1;\nSELEC nothing;\nSELECT 2;\n')
    check('a bad statement: exit 1, its line and message, nothing after it',
          rc == 1 and out.strip() == '1' and 'statement at line 2' in err and 'syntax error' in err,
          f'exit {rc}: {out} {err}')

    # SIGINT stops a node as SIGTERM does.
    for a in c.alive():
        c.nodes[a]['proc'].send_signal(signal.SIGINT if a == a4 else signal.SIGTERM)
    for a in list(c.nodes):
        p = c.nodes[a]['proc']
        try:
            rc = p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            rc = None
        name = c.nodes[a]['name']
        how = 'SIGINT' if a == a4 else 'SIGTERM'
        check(f'{name} stops on {how} (exit 0)', rc == 0 and f'{how}: stopping' in c.log(a)
              and 'stopped' in c.log(a),
              f'exit {rc}: {c.log(a)[-300:]}')


def main():
    def alarm(*_):
        raise TimeoutError(f'over {LIMIT} s')
    signal.signal(signal.SIGALRM, alarm)
    signal.alarm(LIMIT)
    t0 = time.time()
    try:
        with tempfile.TemporaryDirectory(prefix='textfacts-cluster-') as tmp:
            run(tmp)
    except Exception as e:  # a timeout or a client error ends the run as one failure
        fail('cluster', f'{type(e).__name__}: {e}')
    signal.alarm(0)
    print(f'     (cluster test {time.time() - t0:.1f} s)')
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
