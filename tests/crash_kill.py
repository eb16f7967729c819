#!/usr/bin/python3
"""The textfacts virtual table when the writing process is killed: SIGKILL at random moments
must never lose a commit, corrupt the file, or leave stored rows that differ from the
articles.

usage: /usr/bin/python3 tests/crash_kill.py [dist/textfacts.so] [--kills N] [--seed S] [-v]

  delete-journal  journal_mode = DELETE, synchronous = FULL
  wal             journal_mode = WAL, synchronous = NORMAL (a process kill, unlike a power
                  loss, must lose no commit there either), wal_autocheckpoint = 50 pages so
                  that kills also land inside checkpoints

The kills (default 60) are split between the two. In each, a database file gets a content
table articles(id INTEGER PRIMARY KEY, lang TEXT, body TEXT) and
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', content_rowid='id',
lang_column='lang'). A child process (this script with --child, the extension loaded) writes
numbered transactions in a loop: inserts, updates of the text, the id, the lang (or several
at once), upserts, INSERT OR REPLACE, deletes of one or of a range, multi-statement
transactions, a savepoint rolled back inside one, a whole transaction rolled back before one,
and now and then INSERT INTO f(f) VALUES('rebuild'). Transaction 0 creates the tables (a few
articles first, so that CREATE VIRTUAL TABLE extracts them). Only after COMMIT returns does
the child write `C n` to its stdout (one unbuffered write on a pipe the parent holds, so it
survives the kill); before that it claims nothing.

Each transaction is a pure function of (seed, number, articles before it), so the parent keeps
its own model of the articles in Python, replaying every transaction the child reported. It
kills the child with SIGKILL (a random moment: mostly after the child is ready, sometimes
during its start-up, before anything is created), then opens the file on a new connection
(the extension loaded) and checks:
  - PRAGMA integrity_check is ok, the journal mode is the group's;
  - articles equals the model: every reported commit is there; the one transaction in flight
    at the kill may have committed unreported (then its effects are all there, and the model
    takes it), nothing else;
  - INSERT INTO f(f) VALUES('integrity-check') succeeds;
  - for every article, SELECT ... FROM f WHERE doc = ? (in rowid order) equals the rows the
    table-valued functions give for the model's text and lang (extract_facts for money rows,
    extract_entities for entity rows, the sentence numbers from extract_sentences), computed
    in a separate :memory: connection; no row of f names an article that is not in articles.
Then it starts the next child on the same file. The first failure ends the group.

One line per group (`ok NAME: ...` / `FAIL NAME: why`), then `N passed, N failed`; exit 1 on a
failure. The seed is printed first (random unless --seed): the transactions and the kill
delays follow from it, the exact kill moments still depend on timing. A child that dies by
itself, or writes anything to stderr (a traceback, an ASan or UBSan report), is a failure.
"""
import os
import random
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in tests/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

SAN_RE = re.compile(r'^==[0-9]+==|runtime error:|(Address|Leak|UndefinedBehavior|Memory)Sanitizer',
                    re.M)

MODES = [
    # group name, journal mode, synchronous
    ('delete-journal', 'DELETE', 'FULL'),
    ('wal', 'WAL', 'NORMAL'),
]
CREATE_ARTICLES = 'CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, body TEXT)'
CREATE_F = ("CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', "
            "content_rowid='id', lang_column='lang')")
MAX_ID = 400            # ids are drawn from 1..MAX_ID, so deleted ids come back
FEW, MANY = 12, 70      # the article count is steered between these
READY_TIMEOUT = 20.0    # seconds a child may take to start (sanitizers are slow)
CHILD_LIFETIME = 120.0  # a child never outlives a lost parent by long

# The columns of f compared, in the order of the tuples below.
STORED_SQL = ('SELECT doc, kind, "match", start, "end", sentence, amount, currency, qualifier, '
              'low, high, entity, entity_kind, year, grp, name, code, source '
              'FROM f WHERE doc = ? ORDER BY rowid')

# ---------------------------------------------------------------------------------------
# Article texts: short news sentences in French and English, put together from a seed.

COMPANIES = ['Orvane', 'Valmont Énergie', 'Brisach Industries', 'Lumeo', 'Ternay Capital',
             'Astrelle', 'Corvix Systems', 'Halvard Robotics', 'Quillon', 'Airbus', 'Safran',
             'Renault', 'TotalEnergies', 'Nvidia', 'Microsoft', 'Samsung', 'Tencent', 'Siemens']
PLACES_FR = ['Lyon', 'Toulouse', 'Nantes', 'Bordeaux', 'Berlin', 'Singapour', 'Montréal']
PLACES_EN = ['Texas', 'Ohio', 'London', 'Singapore', 'Tokyo', 'Dublin', 'Arizona']
PEOPLE = ['Claire Dumesnil', 'Marc Ollivier', 'Sarah Kendrick', 'John Whitlow', 'Inès Barrault',
          'Peter Lindqvist']
FR_UNITS = ["millions d'euros", 'millions de dollars', "milliards d'euros", 'milliards de dollars',
            'millions de francs suisses', 'milliards de yuans', 'millions de livres']
EN_UNITS = ['million', 'billion']
EN_SIGNS = ['$', '€', '£', 'US$']

FR_TEMPLATES = [
    'La société {c} a levé {a} en {y}.',
    "{c} prévoit d'investir {a} à {p} d'ici {y}.",
    "Selon {per}, {c} a réalisé un chiffre d'affaires de {a} en {y}.",
    '{c} rachète {c2} pour {a}.',
    'Le groupe {c} annonce une perte de {a} au premier semestre {y}.',
    '{per}, PDG de {c}, table sur {a} de revenus en {y}.',
    'À {p}, {c} va supprimer 300 postes pour économiser {a}.',
    'Le budget de {c} atteint {a}, contre {a2} un an plus tôt.',
    '{c} et {c2} signent un contrat de {a} à {p}.',
    'Les marchés ont réagi calmement à {p}.',
]
EN_TEMPLATES = [
    '{c} will invest {a} in {y}.',
    '{c} raised {a} from investors in {p}.',
    '{c} agreed to buy {c2} for {a}, {per} said.',
    'Revenue at {c} rose to {a} in {y}, up from {a2}.',
    '{c} expects to spend about {a} on data centres in {p} by {y}.',
    '{per}, chief executive of {c}, announced a {a} buyback.',
    'The deal values {c} at {a}.',
    'Shares of {c} closed flat in {p} on Tuesday.',
]


def amount_fr(rng):
    whole = rng.choice([1, 2, 3, 5, 7, 12, 40, 150, 800])
    num = '%d,%d' % (whole, rng.randint(1, 9)) if rng.random() < 0.3 else str(whole)
    if rng.random() < 0.15:
        return '%d %03d euros' % (rng.randint(2, 900), rng.choice([0, 500]))
    return ('environ ' if rng.random() < 0.2 else '') + num + ' ' + rng.choice(FR_UNITS)


def amount_en(rng):
    whole = rng.choice([1, 2, 4, 5, 9, 15, 60, 250, 700])
    num = '%d.%d' % (whole, rng.randint(1, 9)) if rng.random() < 0.3 else str(whole)
    form = rng.random()
    if form < 0.6:
        return rng.choice(EN_SIGNS) + num + ' ' + rng.choice(EN_UNITS)
    if form < 0.8:
        return rng.choice(EN_SIGNS) + num + rng.choice(['m', 'bn'])
    return num + ' ' + rng.choice(EN_UNITS) + ' ' + rng.choice(['euros', 'dollars', 'yen'])


def sentence(rng, lang):
    fr = lang == 'fr'
    c, c2 = rng.sample(COMPANIES, 2)
    amount = amount_fr if fr else amount_en
    return rng.choice(FR_TEMPLATES if fr else EN_TEMPLATES).format(
        c=c, c2=c2, a=amount(rng), a2=amount(rng), y=rng.randint(2019, 2031),
        p=rng.choice(PLACES_FR if fr else PLACES_EN), per=rng.choice(PEOPLE))


def article_text(rng):
    """A body: 1 to 4 sentences (now and then 15, or none at all, or NULL), mostly in one
    language, sometimes mixed."""
    r = rng.random()
    if r < 0.02:
        return None
    if r < 0.04:
        return ''
    count = 15 if r < 0.08 else rng.randint(1, 4)
    main = rng.choice(['fr', 'en'])
    return ' '.join(sentence(rng, main if rng.random() < 0.85 else rng.choice(['fr', 'en']))
                    for _ in range(count))


def article_lang(rng):
    return rng.choice(['fr', 'en', None, 'fr', 'en'])


# ---------------------------------------------------------------------------------------
# Transactions: planned from (seed, number, articles), run by the child, replayed by the
# parent. The state is a dict id -> (lang, body); None before transaction 0.

def unused_id(rng, state):
    while True:
        i = rng.randint(1, MAX_ID)
        if i not in state:
            return i


def plan_op(rng, state):
    """One statement's operation, valid in state (which it does not change)."""
    ids = sorted(state)
    r = rng.random()
    n = len(ids)
    if n < FEW:
        r = r * 0.3  # mostly inserts
    elif n > MANY:
        r = 0.7 + r * 0.3  # mostly deletes
    if not ids or r < 0.25:
        return ('insert', unused_id(rng, state), article_lang(rng), article_text(rng))
    i = rng.choice(ids)
    if r < 0.30:
        return ('replace', i if rng.random() < 0.7 else unused_id(rng, state),
                article_lang(rng), article_text(rng))
    if r < 0.35:
        return ('upsert', i if rng.random() < 0.7 else unused_id(rng, state),
                article_lang(rng), article_text(rng))
    if r < 0.47:
        return ('body', i, article_text(rng))
    if r < 0.53:
        return ('lang', i, article_lang(rng))
    if r < 0.59:
        return ('move', i, unused_id(rng, state))
    if r < 0.63:
        return ('move_body', i, unused_id(rng, state), article_text(rng))
    if r < 0.66:
        return ('lang_body', i, article_lang(rng), article_text(rng))
    if r < 0.68:
        return ('touch', i)
    if r < 0.70:
        return ('append', rng.randint(3, 9), rng.randint(0, 2), ' ' + sentence(rng, 'en'))
    if r < 0.95:
        return ('delete', i)
    lo = rng.randint(1, MAX_ID)
    return ('delete_range', lo, lo + rng.randint(0, 15))


def plan_ops(rng, state, count):
    """count ops planned one after the other, each on what the ones before left (state is
    not changed)."""
    state = dict(state)
    ops = []
    for _ in range(count):
        op = plan_op(rng, state)
        apply_op(state, op)
        ops.append(op)
    return ops


def plan(seed, n, state):
    """Transaction n: {'setup': bool, 'decoy': ops or None, 'ops': ops}. An op is a tuple;
    ('savepoint', ops) runs ops inside a savepoint rolled back; 'decoy' ops run in a
    transaction rolled back before this one."""
    rng = random.Random('%s/%d' % (seed, n))
    if n == 0:
        ops = []
        scratch = {}
        for _ in range(rng.randint(3, 8)):
            op = ('insert', unused_id(rng, scratch), article_lang(rng), article_text(rng))
            apply_op(scratch, op)
            ops.append(op)
        return {'setup': True, 'decoy': None, 'ops': ops}
    scratch = dict(state)
    decoy = plan_ops(rng, state, rng.randint(1, 4)) if rng.random() < 0.05 else None
    r = rng.random()
    if r < 0.04:
        count = 1
        ops = [('rebuild',)]
    elif r < 0.55:
        count = 1
        ops = []
    elif r < 0.60:
        count = rng.randint(10, 25)  # a big one
        ops = []
    else:
        count = rng.randint(2, 7)
        ops = []
    while len(ops) < count:
        x = rng.random()
        if x < 0.03 and count > 1:
            op = ('rebuild',)
        elif x < 0.10 and count > 1:
            op = ('savepoint', plan_ops(rng, scratch, rng.randint(1, 3)))
        else:
            op = plan_op(rng, scratch)
        apply_op(scratch, op)
        ops.append(op)
    return {'setup': False, 'decoy': decoy, 'ops': ops}


def apply_op(state, op):
    """What op does to the articles (SQL semantics: NULL || x is NULL)."""
    kind = op[0]
    if kind in ('insert', 'replace'):
        state[op[1]] = (op[2], op[3])
    elif kind == 'upsert':
        state[op[1]] = (state[op[1]][0], op[3]) if op[1] in state else (op[2], op[3])
    elif kind == 'body':
        state[op[1]] = (state[op[1]][0], op[2])
    elif kind == 'lang':
        state[op[1]] = (op[2], state[op[1]][1])
    elif kind == 'move':
        state[op[2]] = state.pop(op[1])
    elif kind == 'move_body':
        state[op[2]] = (state.pop(op[1])[0], op[3])
    elif kind == 'lang_body':
        state[op[1]] = (op[2], op[3])
    elif kind == 'append':
        for i in state:
            if i % op[1] == op[2] and state[i][1] is not None:
                state[i] = (state[i][0], state[i][1] + op[3])
    elif kind == 'delete':
        del state[op[1]]
    elif kind == 'delete_range':
        for i in [i for i in state if op[1] <= i <= op[2]]:
            del state[i]
    elif kind in ('touch', 'rebuild', 'savepoint'):
        pass  # no change to the articles (a savepoint is rolled back)
    else:
        raise ValueError('unknown op %r' % (op,))


def apply_plan(state, p):
    state = {} if p['setup'] else dict(state)
    for op in p['ops']:
        apply_op(state, op)
    return state


def run_op(conn, op):
    """The SQL of op, on the child's connection."""
    kind = op[0]
    if kind == 'insert':
        conn.execute('INSERT INTO articles(id, lang, body) VALUES (?, ?, ?)', op[1:])
    elif kind == 'replace':
        conn.execute('INSERT OR REPLACE INTO articles(id, lang, body) VALUES (?, ?, ?)', op[1:])
    elif kind == 'upsert':
        conn.execute('INSERT INTO articles(id, lang, body) VALUES (?, ?, ?) '
                     'ON CONFLICT(id) DO UPDATE SET body = excluded.body', op[1:])
    elif kind == 'body':
        conn.execute('UPDATE articles SET body = ? WHERE id = ?', (op[2], op[1]))
    elif kind == 'lang':
        conn.execute('UPDATE articles SET lang = ? WHERE id = ?', (op[2], op[1]))
    elif kind == 'move':
        conn.execute('UPDATE articles SET id = ? WHERE id = ?', (op[2], op[1]))
    elif kind == 'move_body':
        conn.execute('UPDATE articles SET id = ?, body = ? WHERE id = ?', (op[2], op[3], op[1]))
    elif kind == 'lang_body':
        conn.execute('UPDATE articles SET lang = ?, body = ? WHERE id = ?', (op[2], op[3], op[1]))
    elif kind == 'touch':
        conn.execute('UPDATE articles SET body = body, lang = lang WHERE id = ?', (op[1],))
    elif kind == 'append':
        conn.execute('UPDATE articles SET body = body || ? WHERE id % ? = ?', (op[3], op[1], op[2]))
    elif kind == 'delete':
        conn.execute('DELETE FROM articles WHERE id = ?', (op[1],))
    elif kind == 'delete_range':
        conn.execute('DELETE FROM articles WHERE id BETWEEN ? AND ?', (op[1], op[2]))
    elif kind == 'rebuild':
        conn.execute("INSERT INTO f(f) VALUES('rebuild')")
    elif kind == 'savepoint':
        conn.execute('SAVEPOINT sp')
        for inner in op[1]:
            run_op(conn, inner)
        conn.execute('ROLLBACK TO sp')
        conn.execute('RELEASE sp')
    else:
        raise ValueError('unknown op %r' % (op,))


def open_db(so_path, path):
    """A connection to a file, autocommit (explicit BEGIN/COMMIT), the extension loaded."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    conn.enable_load_extension(True)
    conn.load_extension(so_path)
    conn.enable_load_extension(False)
    return conn


def read_articles(conn):
    return {i: (lang, body) for i, lang, body in conn.execute('SELECT id, lang, body FROM articles')}


def has_schema(conn):
    return conn.execute("SELECT count(*) FROM sqlite_schema WHERE name IN ('articles', 'f')"
                        ).fetchone()[0]


# ---------------------------------------------------------------------------------------
# The child: writes transactions next, next + 1, ... until it is killed.

def child(argv):
    so_path, path, journal, synchronous, seed, first = argv[:6]
    n = int(first)
    deadline = time.monotonic() + CHILD_LIFETIME
    parent = os.getppid()
    conn = open_db(so_path, path)
    conn.execute('PRAGMA synchronous = %s' % synchronous)
    if journal == 'WAL':
        conn.execute('PRAGMA journal_mode = WAL')
        conn.execute('PRAGMA wal_autocheckpoint = 50')
    state = read_articles(conn) if n > 0 else None
    os.write(1, b'ready\n')
    while time.monotonic() < deadline and os.getppid() == parent:
        p = plan(seed, n, state)
        if p['decoy']:
            conn.execute('BEGIN')
            for op in p['decoy']:
                run_op(conn, op)
            conn.execute('ROLLBACK')
        conn.execute('BEGIN IMMEDIATE')
        if p['setup']:
            conn.execute(CREATE_ARTICLES)
        for op in p['ops']:
            run_op(conn, op)
        if p['setup']:
            conn.execute(CREATE_F)
        conn.execute('COMMIT')
        os.write(1, b'C %d\n' % n)  # only now: committed for sure
        state = apply_plan(state, p)
        n += 1
    return 0


# ---------------------------------------------------------------------------------------
# The parent.

class Expected:
    """The rows the table must hold for a text and lang, from the table-valued functions
    in a :memory: connection of their own (cached: the texts repeat)."""

    def __init__(self, so_path):
        self.conn = tflib.connect(so_path)
        self.cache = {}

    def rows(self, doc, lang, body):
        key = (lang, body)
        if key not in self.cache:
            self.cache[key] = self.compute(lang, body)
        return [(doc,) + r for r in self.cache[key]]

    def compute(self, lang, body):
        if body is None:
            return []
        lang = lang if lang is not None else 'auto'
        c = self.conn
        sentences = c.execute('SELECT sentence, start FROM extract_sentences(?, ?) ORDER BY start',
                              (body, lang)).fetchall()
        rows = []
        for r in c.execute('SELECT "match", start, "end", sentence, amount, currency, qualifier, '
                           'low, high, entity, entity_kind, year, grp FROM extract_facts(?, ?)',
                           (body, lang)):
            rows.append(('money',) + r + (None, None, None))
        for match, name, kind, code, start, end, source in c.execute(
                'SELECT "match", name, kind, code, start, "end", source FROM extract_entities(?, ?)',
                (body, lang)):
            sent = None
            for number, s_start in sentences:
                if s_start <= start:
                    sent = number
            rows.append(('entity', match, start, end, sent, None, None, None, None, None, None,
                         kind, None, None, name, code, source))
        # text order: by start, money before entity (a stable sort keeps the rest)
        rows.sort(key=lambda r: (r[2], r[0] != 'money'))
        return rows


def describe_difference(got, want):
    """A short account of how the articles got differ from the articles wanted."""
    missing = sorted(set(want) - set(got))
    extra = sorted(set(got) - set(want))
    changed = sorted(i for i in set(got) & set(want) if got[i] != want[i])
    parts = []
    if missing:
        parts.append('missing ids %s' % missing[:8])
    if extra:
        parts.append('unexpected ids %s' % extra[:8])
    if changed:
        i = changed[0]
        parts.append('changed ids %s (id %d is %r, want %r)' % (changed[:8], i, got[i], want[i]))
    return '; '.join(parts) or 'no difference'


class Group:
    """One journal mode: a database file, its model, and the kills."""

    def __init__(self, so_path, tmp, name, journal, synchronous, seed, verbose):
        self.so_path = so_path
        self.name = name
        self.journal = journal
        self.synchronous = synchronous
        self.seed = '%s/%s' % (seed, name)
        self.rng = random.Random('%s/kills' % self.seed)
        self.verbose = verbose
        self.dir = os.path.join(tmp, name)
        os.mkdir(self.dir)
        self.path = os.path.join(self.dir, 'crash.db')
        self.errors = os.path.join(self.dir, 'child-stderr.txt')
        self.expected = Expected(so_path)
        self.state = None      # the model: None before transaction 0 committed
        self.history = []      # the states before the last few transactions, for messages
        self.last = -1         # the last transaction known committed
        self.unreported = 0    # commits found in the file that the killed child did not report
        self.hot = 0           # kills that left a journal (or WAL frames) behind
        self.early = 0         # kills before the child was ready
        self.bare = 0          # kills that left a file without the tables
        self.checked_rows = 0

    def take(self, n):
        """Transaction n committed: the model replays it."""
        self.history = (self.history + [(self.last, self.state)])[-3:]
        self.state = apply_plan(self.state, plan(self.seed, n, self.state))
        self.last = n

    def run_child(self, kill):
        """Starts a child, kills it at a random moment; the transactions it reported, or
        raises with what went wrong."""
        # the first child is killed during its start-up, mostly before it has created anything
        early = self.rng.random() < 0.08 or kill == 1
        delay = self.rng.uniform(0.0, 0.1 if kill == 1 else 0.15) if early else \
            self.rng.uniform(0.005, 0.35)
        with open(self.errors, 'wb') as err:
            proc = subprocess.Popen(
                [sys.executable, os.path.abspath(__file__), '--child', self.so_path, self.path,
                 self.journal, self.synchronous, self.seed, str(self.last + 1)],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err)
        fd = proc.stdout.fileno()
        start = time.monotonic()
        kill_at = start + delay if early else None
        data = b''
        try:
            while True:
                now = time.monotonic()
                limit = kill_at if kill_at is not None else start + READY_TIMEOUT
                if now >= limit:
                    break
                readable, _, _ = select.select([fd], [], [], limit - now)
                if not readable:
                    continue
                chunk = os.read(fd, 65536)
                if not chunk:
                    break  # it exited
                data += chunk
                if kill_at is None and b'ready\n' in data:
                    kill_at = time.monotonic() + delay
        finally:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
        data += proc.stdout.read()
        proc.stdout.close()
        proc.wait()
        with open(self.errors, encoding='utf-8', errors='replace') as f:
            stderr = f.read()
        # the last lines of what it wrote, on one line (a traceback ends with the error)
        excerpt = ' | '.join(line.strip() for line in stderr.strip().splitlines()[-8:])[-800:]
        if SAN_RE.search(stderr):
            raise AssertionError('sanitizer report in the child: %s' % excerpt)
        if proc.returncode != -signal.SIGKILL or stderr.strip():
            raise AssertionError('the child ended by itself (status %s): %s'
                                 % (proc.returncode, excerpt))
        if b'ready\n' not in data and not early:
            raise AssertionError('the child was not ready after %ds' % READY_TIMEOUT)
        self.early += b'ready\n' not in data
        commits = []
        for line in data.split(b'\n')[:-1]:  # a line without its newline was never written
            if line.startswith(b'C '):
                commits.append(int(line[2:]))
        return commits

    def journal_left(self):
        suffix = '-wal' if self.journal == 'WAL' else '-journal'
        try:
            return os.path.getsize(self.path + suffix) > 0
        except OSError:
            return False

    def check(self, kill):
        """The file after a kill, on a new connection; raises AssertionError with the
        problems."""
        conn = open_db(self.so_path, self.path)
        try:
            return self.check_conn(conn, kill)
        finally:
            conn.close()

    def check_conn(self, conn, kill):
        ic = [r[0] for r in conn.execute('PRAGMA integrity_check')]
        if ic != ['ok']:
            raise AssertionError('PRAGMA integrity_check: %s' % '; '.join(ic[:5]))
        schema = has_schema(conn)
        if schema == 0:
            if self.last >= 0:
                raise AssertionError('transaction 0 (the tables) was reported committed, and '
                                     'the file has no tables')
            self.bare += 1
            return
        if schema != 2:
            raise AssertionError('the file has only one of articles and f (transaction 0 half '
                                 'done)')
        mode = conn.execute('PRAGMA journal_mode').fetchone()[0]
        if mode.upper() != self.journal:
            raise AssertionError('journal mode %s, want %s' % (mode, self.journal))
        got = read_articles(conn)
        if self.state is None or got != self.state:
            # the transaction in flight at the kill may have committed unreported
            n = self.last + 1
            after = apply_plan(self.state, plan(self.seed, n, self.state))
            if got == after:
                self.take(n)
                self.unreported += 1
                if self.verbose:
                    tflib.detail('%s: kill %d: transaction %d committed, unreported'
                                 % (self.name, kill, n))
            else:
                for last, before in self.history:
                    if got == before:
                        raise AssertionError(
                            'transaction %d, reported committed, is lost: the articles are as '
                            'after transaction %d' % (self.last, last))
                raise AssertionError(
                    'the articles are neither as after transaction %d (the last reported) nor '
                    'as after %d: %s' % (self.last, n, describe_difference(got, self.state or {})))
        problems = []
        try:
            conn.execute("INSERT INTO f(f) VALUES('integrity-check')")
        except sqlite3.Error as e:
            problems.append('integrity-check: %s' % e)
        count = 0
        for doc in sorted(self.state):
            lang, body = self.state[doc]
            want = self.expected.rows(doc, lang, body)
            stored = conn.execute(STORED_SQL, (doc,)).fetchall()
            count += len(want)
            if stored != want:
                why = ('%d stored rows, %d from the functions' % (len(stored), len(want))
                       if len(stored) != len(want) else
                       'first difference %r, want %r' % next((s, w) for s, w in zip(stored, want)
                                                            if s != w))
                problems.append('article %d (lang %r, %r): %s' % (doc, lang, (body or '')[:60], why))
                if len(problems) > 3:
                    break
        orphans = [r[0] for r in conn.execute('SELECT DISTINCT doc FROM f ORDER BY doc')
                   if r[0] not in self.state]
        if orphans:
            problems.append('rows in f for articles not in articles: %s' % orphans[:8])
        total = conn.execute('SELECT count(*) FROM f').fetchone()[0]
        if not problems and total != count:
            problems.append('f holds %d rows, the functions give %d' % (total, count))
        if problems:
            raise AssertionError('; '.join(problems))
        self.checked_rows += count

    def run(self, kills):
        for kill in range(1, kills + 1):
            try:
                commits = self.run_child(kill)
            except AssertionError as e:
                return 'kill %d: %s' % (kill, e)
            hot = self.journal_left()
            self.hot += hot
            for n in commits:
                if n != self.last + 1:
                    return ('kill %d: the child reported transaction %d after %d'
                            % (kill, n, self.last))
                self.take(n)
            try:
                self.check(kill)
            except AssertionError as e:
                return 'kill %d: %s' % (kill, e)
            except sqlite3.Error as e:
                return 'kill %d: %s: %s' % (kill, type(e).__name__, e)
            if self.verbose:
                tflib.detail('%s: kill %d: %d commits reported, %s, %d articles, last '
                             'transaction %d' % (self.name, kill, len(commits),
                                                 'journal left' if hot else 'no journal',
                                                 len(self.state or {}), self.last))
        return None

    def summary(self, kills):
        left = 'leaving a hot journal' if self.journal == 'DELETE' else 'leaving WAL frames'
        return ('%d kills (%d during start-up, %d before the tables existed, %d %s), %d commits '
                '(%d found committed but unreported), %d articles, integrity ok, rows equal '
                '(%d rows compared)'
                % (kills, self.early, self.bare, self.hot, left, self.last + 1, self.unreported,
                   len(self.state or {}), self.checked_rows))


def parse_args(argv):
    """(extension path, kills, seed, verbose, the path as given or None) from the command
    line."""
    kills, seed, verbose, rest = 60, None, False, []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ('--kills', '--seed') and i + 1 < len(argv):
            value = argv[i + 1]
            i += 1
        elif a.startswith(('--kills=', '--seed=')):
            a, value = a.split('=', 1)
        elif a in ('-v', '--verbose'):
            verbose = True
            i += 1
            continue
        elif a.startswith('-'):
            raise SystemExit('crash_kill.py: unknown option %r (usage: crash_kill.py '
                             '[dist/textfacts.so] [--kills N] [--seed S] [-v])' % a)
        else:
            rest.append(a)
            i += 1
            continue
        if a == '--kills':
            kills = int(value)
        else:
            seed = int(value)
        i += 1
    if seed is None:
        seed = random.SystemRandom().randrange(1, 1 << 31)
    return tflib.extension_path(rest), kills, seed, verbose, (rest or [None])[0]


def main(argv):
    if argv[:1] == ['--child']:
        return child(argv[1:])
    so_path, kills, seed, verbose, so_arg = parse_args(argv)
    report = tflib.Report()
    again = ([so_arg] if so_arg else []) + ['--seed', str(seed), '--kills', str(kills)]
    print('crash_kill: seed %d, %d kills (again: /usr/bin/python3 tests/crash_kill.py %s)'
          % (seed, kills, ' '.join(again)), flush=True)
    conn = tflib.connect_or_fail(report, 'crash', so_path)
    if conn is None:
        return report.finish()
    conn.close()
    tmp = tempfile.mkdtemp(prefix='textfacts-crash-')
    started = time.monotonic()
    try:
        for index, (name, journal, synchronous) in enumerate(MODES):
            count = kills // len(MODES) + (index < kills % len(MODES))
            group = Group(so_path, tmp, name, journal, synchronous, seed, verbose)
            try:
                problem = group.run(count)
            except Exception as e:  # noqa: BLE001 -- report it and go on with the next group
                problem = 'raised %s: %s' % (type(e).__name__, e)
            if problem is None and count >= 10 and (group.last < 1 or group.hot == 0):
                problem = ('the kills never landed inside a transaction: %s'
                           % group.summary(count))
            if problem is None:
                report.ok('%s: %s' % (name, group.summary(count)))
            else:
                report.fail(name, '%s (seed %d)' % (problem, seed))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    tflib.detail('%.1f s' % (time.monotonic() - started))
    return report.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
