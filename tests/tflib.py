"""Helpers shared by the python test scripts (stdlib only; run them with /usr/bin/python3,
the only python here whose sqlite3 module can load extensions).

Each script reports one line per test case -- `ok NAME`, `FAIL NAME: why`, `SKIP NAME: why`
-- and, as its last line, `N passed, N failed[, N skipped]`, which tests/run_all.sh adds to
its totals. Detail lines are indented by at least two spaces.
"""
import json
import os
import sqlite3
import sys

# Reports name non-ASCII text; never die on a C locale.
sys.stdout.reconfigure(encoding='utf-8', errors='backslashreplace')

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def shared_dir():
    """The shared/ folder: $TEXTFACTS_SHARED, else ../shared beside the repository."""
    return os.environ.get('TEXTFACTS_SHARED') or os.path.join(os.path.dirname(REPO), 'shared')


def extension_path(argv):
    """The extension from the first positional argument (default dist/textfacts.so)."""
    args = [a for a in argv if not a.startswith('-')]
    path = args[0] if args else os.path.join('dist', 'textfacts.so')
    return path if os.path.isabs(path) else os.path.join(REPO, path)


def connect(so_path):
    """An in-memory connection with the extension loaded; raises with a clear message."""
    if not os.path.exists(so_path):
        raise RuntimeError('extension %s not found (run make)' % so_path)
    conn = sqlite3.connect(':memory:')
    if not hasattr(conn, 'enable_load_extension'):
        raise RuntimeError('%s cannot load extensions: run this with /usr/bin/python3'
                           % sys.executable)
    conn.enable_load_extension(True)
    # load_extension() finds the entry point from the file name (sqlite3_textfacts_init).
    conn.load_extension(so_path)
    conn.enable_load_extension(False)
    return conn


def connect_or_fail(report, group, so_path):
    """connect(so_path), or None after reporting the one failure (under GROUP) that a load
    failure is: the scripts' first step."""
    try:
        return connect(so_path)
    except Exception as e:  # noqa: BLE001 -- any load failure is the one failure to report
        report.fail(group, 'cannot load the extension: %s' % e)
        return None


class Report:
    """Counts test cases and prints the summary line run_all.sh reads."""

    def __init__(self):
        self.passed = self.failed = self.skipped = 0

    def ok(self, name):
        self.passed += 1
        print('ok   %s' % name, flush=True)

    def fail(self, name, why):
        self.failed += 1
        print('FAIL %s: %s' % (name, why), flush=True)

    def skip(self, name, why):
        self.skipped += 1
        print('SKIP %s: %s' % (name, why), flush=True)

    def check(self, name, good, why):
        (self.ok(name) if good else self.fail(name, why))

    def finish(self):
        """Print the summary as the last line; the exit status for sys.exit()."""
        line = '%d passed, %d failed' % (self.passed, self.failed)
        if self.skipped:
            line += ', %d skipped' % self.skipped
        print(line, flush=True)
        return 1 if self.failed else 0


def detail(text):
    """Print an indented detail line (hidden by run_all.sh when the group passes)."""
    print('    ' + text, flush=True)


def open_seeds(report, group, gold_name, argv):
    """The set-up every seed-article scorer shares: the gold file
    shared/corpus/GOLD_NAME, the extension and the articles. Returns (conn, articles), with
    articles a list of (name, body, gold line as a dict); or None after reporting the one
    skip (no ../shared) or failure (the extension does not load) under GROUP."""
    corpus = os.path.join(shared_dir(), 'corpus')
    gold_path = os.path.join(corpus, gold_name)
    if not os.path.exists(gold_path):
        print('SKIP: ../shared not found (%s)' % gold_path)
        report.skip(group, '../shared not found')
        return None
    conn = connect_or_fail(report, group, extension_path(argv))
    if conn is None:
        return None
    articles = []
    with open(gold_path, encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            art = json.loads(line)
            path = art.get('file') or os.path.join('seeds', art['id'])
            with open(os.path.join(corpus, path), encoding='utf-8') as body:
                articles.append((os.path.splitext(os.path.basename(path))[0], body.read(), art))
    return conn, articles
