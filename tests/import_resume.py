#!/usr/bin/python3
"""Imports that show progress, are interrupted and resume (sql/import_txt.sql, through
sql/import_insert.sql), and the progress of the textfacts table's rebuild.

usage: /usr/bin/python3 tests/import_resume.py [dist/textfacts.so] [-v] [--articles N]

A folder of N generated articles (bench/make_corpus.py's generator, ~3 KB each, in
sub-folders; 5,000 by default: long enough for a
progress line (one per 0.25 s) before the end on a fast machine) and two bad files (an empty one, one in Latin-1), imported
by the sqlite3 shell into files made by sql/schema.sql:

  reference    an import that runs to the end, TEXTFACTS_PROGRESS=0.25: the bad files
               reported and skipped, "N imported, 0 already present, 2 skipped", progress
               lines on stderr (done/total, MB, MB/s, time left), rising, at most one per
               0.25 s, and the last line of the finished job
  again-quiet  the same import again with stderr a pipe and TEXTFACTS_PROGRESS unset:
               nothing on stderr, "0 imported, N already present, 2 skipped"
  SIGINT, SIGKILL
               an import stopped by the signal once it has said it is past 1,000
               articles: stopped early, PRAGMA integrity_check and the table's
               integrity-check pass, the articles are whole batches (a multiple of 500)
               and the reference's first ones; run again, it adds only the rest, and the
               articles and the textfacts rows equal the reference's (SIGINT: the shell
               interrupts the statement, which rolls the batch back; SIGKILL ends the
               process, as SIGTERM does, and the journal rolls it back at the next open)
  rebuild      'rebuild' of the reference, TEXTFACTS_PROGRESS=0.25: progress lines and
               the last line; interrupted by SIGINT: rolled back, integrity-check passes
  function     textfacts_progress()'s errors name the function and the argument

One line per check (`ok NAME` / `FAIL NAME: why`), then `N passed, N failed`.
"""
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in tests/ or bench/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

sys.path.insert(0, os.path.join(tflib.REPO, 'bench'))
import make_corpus  # noqa: E402

BATCH = 500  # sql/import_insert.sql's smallest batch
REBUILD = "INSERT INTO article_facts(article_facts) VALUES('rebuild');\n"
LINE = re.compile(r'^import: (\d+)/(\d+) articles \((\d+)%\), ([0-9.]+)/([0-9.]+) MB, '
                  r'([0-9.]+) MB/s, (?:[0-9.]+ s|\d+ min \d\d s|\d+ h \d\d min|\?) left$')
LAST = re.compile(r'^import: (\d+)/(\d+) articles, ([0-9.]+) MB in [0-9.]+ (?:s|min \d\d s) '
                  r'\(([0-9.]+) MB/s\)$')


def make_folder(path, n):
    gen = make_corpus.Generator(20261204)
    for i in range(n):
        sub = os.path.join(path, 'part%02d' % (i // 1000))
        os.makedirs(sub, exist_ok=True)
        lang = 'fr' if gen.rng.random() < 0.5 else 'en'
        with open(os.path.join(sub, 'a%05d.txt' % i), 'w', encoding='utf-8') as f:
            f.write('Talvex wire %d\n\n%s\n' % (i, gen.article(lang, gen.rng.randint(2500, 3500))))
    os.makedirs(os.path.join(path, 'bad'))
    open(os.path.join(path, 'bad', 'empty.txt'), 'wb').close()
    with open(os.path.join(path, 'bad', 'latin1.txt'), 'wb') as f:
        f.write('Vantora a levé 3 millions d’euros.'.replace('’', "'").encode('latin-1')
                .replace(b'lev', b'lev\xe9'))


class Run:
    """The sqlite3 shell running a script on a database, stderr read as it comes."""

    def __init__(self, so, db, script, params=(), env=None, stop_at=None, sig=None):
        cmd = ['sqlite3', db, '-cmd', ".load '%s'" % so]
        for p in params:
            cmd += ['-cmd', p]
        full_env = dict(os.environ)
        full_env.pop('TEXTFACTS_PROGRESS', None)
        full_env.update(env or {})
        self.started = time.monotonic()
        # script: a file of the repository, or the SQL itself
        path = os.path.join(tflib.REPO, script)
        text = open(path, 'rb').read() if os.path.isfile(path) else script.encode()
        self.proc = subprocess.Popen(cmd, cwd=tflib.REPO, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env)
        self.proc.stdin.write(text)
        self.proc.stdin.close()
        self.err_lines, self.signalled = [], False
        out = []
        reader = threading.Thread(target=lambda: out.append(self.proc.stdout.read()))
        reader.start()
        for raw in self.proc.stderr:
            line = raw.decode('utf-8', 'replace').rstrip('\n')
            self.err_lines.append((time.monotonic(), line))
            # the batches' lines or rebuild's, not those of the reading
            m = re.match(r'(?:import|article_facts: rebuild): (\d+)/\d+ articles \(', line)
            if stop_at is not None and not self.signalled and m and int(m.group(1)) >= stop_at:
                # stopped first, so that the signal lands where the line was printed
                # whatever the speed of the machine, then signalled and let go
                self.proc.send_signal(signal.SIGSTOP)
                self.proc.send_signal(sig)
                self.proc.send_signal(signal.SIGCONT)
                self.signalled = True
        self.rc = self.proc.wait(timeout=300)
        reader.join()
        self.elapsed = time.monotonic() - self.started
        self.out = out[0].decode('utf-8', 'replace') if out else ''
        self.err = '\n'.join(line for _, line in self.err_lines)


def shell(so, db, sql):
    return subprocess.run(['sqlite3', db, '-cmd', ".load '%s'" % so], input=sql, text=True,
                          capture_output=True, cwd=tflib.REPO, timeout=300)


def articles(db):
    con = sqlite3.connect(db)
    try:
        return con.execute('SELECT id, title, published, lang, body_hash FROM articles '
                           'ORDER BY id').fetchall()
    finally:
        con.close()


def fact_rows(db):
    """The textfacts rows, every column of article_facts_data but its own id."""
    con = sqlite3.connect(db)
    try:
        cols = [r[1] for r in con.execute("PRAGMA table_info('article_facts_data')") if r[1] != 'id']
        quoted = ', '.join('"%s"' % c for c in cols)
        return con.execute('SELECT %s FROM article_facts_data ORDER BY doc, start, kind, "match"'
                           % quoted).fetchall()
    finally:
        con.close()


def healthy(so, db):
    """'' when SQLite and the textfacts table say the file is sound, else why."""
    r = shell(so, db, "PRAGMA integrity_check;\n"
                      "INSERT INTO article_facts(article_facts) VALUES('integrity-check');\n")
    if r.returncode != 0 or r.stdout.strip() != 'ok' or r.stderr:
        return 'integrity: %r %r' % (r.stdout[-300:], r.stderr[-300:])
    return ''


def check_progress(report, name, run, total, label='import'):
    """Progress lines: well formed, rising, rate-limited, and the last line of the job."""
    # the reading of the files is a job of its own ('import: reading: …'), shown when long
    reading = re.compile(r'^import: reading: \d+/\d+ articles( \(\d+%\), [0-9.]+ s left| in [0-9.]+ s)$')
    lines = [(t, line) for t, line in run.err_lines
             if line.startswith(label + ': ') and not reading.match(line)]
    other = [line for _, line in run.err_lines
             if not line.startswith(label + ': ') and not reading.match(line)]
    line_re = LINE if label == 'import' else re.compile(
        LINE.pattern.replace('^import: ', '^' + re.escape(label) + ': ').replace(
            r', ([0-9.]+)/([0-9.]+) MB, ', r', ([0-9.]+) MB, '))
    last_re = LAST if label == 'import' else re.compile(
        LAST.pattern.replace('^import: ', '^' + re.escape(label) + ': '))
    problems = []
    if other:
        problems.append('other lines on stderr: %r' % other[:2])
    # a job of 0.5 s or more shows a line before its last (one per 0.25 s)
    job = re.search(r' in ([0-9.]+) s ', lines[-1][1]) if lines else None
    if not lines or len(lines) < (2 if job and float(job.group(1)) >= 0.5 else 1):
        problems.append('%d progress lines for a job of %s s' % (len(lines),
                                                                 job.group(1) if job else '?'))
    middle = [line_re.match(line) for _, line in lines[:-1]]
    if not all(middle):
        problems.append('malformed: %r' % [line for (_, line), m in zip(lines, middle) if not m][:2])
    else:
        done = [int(m.group(1)) for m in middle]
        if done != sorted(done) or any(int(m.group(2)) != total for m in middle):
            problems.append('done not rising or total not %d: %r' % (total, done))
    if lines and not last_re.match(lines[-1][1]):
        problems.append('last line %r' % lines[-1][1])
    elif lines and int(last_re.match(lines[-1][1]).group(1)) != total:
        problems.append('last line not at %d: %r' % (total, lines[-1][1]))
    # at most one line per 0.25 s (the last one aside), with a little slack for the pipe
    times = [t for t, _ in lines[:-1]]
    close = [b - a for a, b in zip(times, times[1:]) if b - a < 0.2]
    if close:
        problems.append('%d lines closer than 0.2 s' % len(close))
    report.check(name, not problems, '; '.join(problems))
    tflib.detail('%s: %d lines in %.1f s, last %r' % (name, len(lines), run.elapsed,
                                                      lines[-1][1] if lines else None))


def main(argv):
    n = 5000
    if '--articles' in argv:
        i = argv.index('--articles')
        n = int(argv[i + 1])
        del argv[i:i + 2]
    report = tflib.Report()
    so_path = tflib.extension_path(argv)
    if not os.path.exists(so_path):
        report.fail('import', 'extension %s not found (run make)' % so_path)
        return report.finish()
    so = so_path[:-3] if so_path.endswith('.so') else so_path
    work = tempfile.mkdtemp(prefix='textfacts-import-')
    try:
        texts = os.path.join(work, 'texts')
        make_folder(texts, n)
        params = ['.parameter set :dir "\'%s\'"' % texts]
        bad = ['%s/bad/empty.txt: empty file' % texts,
               '%s/bad/latin1.txt: invalid UTF-8 (save it as UTF-8)' % texts]

        def fresh(name):
            db = os.path.join(work, name + '.db')
            r = shell(so, db, '.read sql/schema.sql\n')
            if r.returncode != 0:
                raise RuntimeError('schema: ' + r.stderr)
            return db

        # 1. the reference: to the end, with progress lines
        ref = fresh('reference')
        run = Run(so, ref, 'sql/import_txt.sql', params, env={'TEXTFACTS_PROGRESS': '0.25'})
        want = bad + ['%d imported, 0 already present, 2 skipped' % n]
        report.check('reference', run.rc == 0 and run.out.splitlines() == want,
                     'exit %d, stdout %r' % (run.rc, run.out[-400:]))
        check_progress(report, 'reference-progress', run, n)
        tflib.detail('reference: %d articles in %.1f s' % (n, run.elapsed))
        ref_articles, ref_facts = articles(ref), fact_rows(ref)

        # 2. again, stderr a pipe and TEXTFACTS_PROGRESS unset: quiet, nothing added
        run = Run(so, ref, 'sql/import_txt.sql', params)
        want = bad + ['0 imported, %d already present, 2 skipped' % n]
        report.check('again-quiet', run.rc == 0 and run.out.splitlines() == want and not run.err,
                     'exit %d, stdout %r, stderr %r' % (run.rc, run.out[-300:], run.err[-300:]))

        # 3. interrupted by a signal, then resumed
        for sig in (signal.SIGINT, signal.SIGKILL):
            name = sig.name
            db = fresh(name)
            run = Run(so, db, 'sql/import_txt.sql', params, env={'TEXTFACTS_PROGRESS': '0.25'},
                      stop_at=2 * BATCH, sig=sig)
            kept = articles(db)
            problems = []
            if not run.signalled:
                problems.append('the import ended before it showed %d articles done (%s)'
                                % (2 * BATCH, run.err[-200:]))
            if not 0 < len(kept) < n:
                problems.append('%d articles kept (want some, not all %d)' % (len(kept), n))
            if len(kept) % BATCH:
                problems.append('%d articles kept: not whole batches of %d' % (len(kept), BATCH))
            if kept != ref_articles[:len(kept)]:
                problems.append('the articles kept are not the reference\'s first ones')
            problems.append(healthy(so, db))
            problems = [p for p in problems if p]
            report.check('interrupt-' + name, not problems,
                         'exit %d: %s' % (run.rc, '; '.join(problems)))
            tflib.detail('%s: exit %d after %.1f s, %d articles kept' % (name, run.rc, run.elapsed,
                                                                          len(kept)))
            run = Run(so, db, 'sql/import_txt.sql', params)
            want = bad + ['%d imported, %d already present, 2 skipped' % (n - len(kept), len(kept))]
            problems = []
            if run.rc != 0 or run.out.splitlines() != want:
                problems.append('exit %d, stdout %r (want %r)' % (run.rc, run.out[-300:], want[-1]))
            if articles(db) != ref_articles:
                problems.append('the articles differ from the reference\'s')
            if fact_rows(db) != ref_facts:
                problems.append('the textfacts rows differ from the reference\'s')
            report.check('resume-' + name, not problems, '; '.join(problems))

        # 4. rebuild: progress, and an interrupted rebuild changes nothing. In one thread: in
        # two, the rebuild of these 16 MB can end within the first 0.25 s, and a job that short
        # shows no line at all (fn_progress.c), leaving nothing to check or to interrupt at.
        slow = {'TEXTFACTS_PROGRESS': '0.25', 'TEXTFACTS_THREADS': '1'}
        run = Run(so, ref, REBUILD, env=slow)
        report.check('rebuild', run.rc == 0, 'exit %d: %r' % (run.rc, run.err[-300:]))
        check_progress(report, 'rebuild-progress', run, n, label='article_facts: rebuild')
        run = Run(so, ref, REBUILD, env=slow, stop_at=0, sig=signal.SIGINT)
        problems = [p for p in (healthy(so, ref),) if p]
        if fact_rows(ref) != ref_facts:
            problems.append('the textfacts rows changed')
        report.check('rebuild-interrupted', run.signalled and run.rc != 0 and not problems,
                     'signalled %s, exit %d, %s' % (run.signalled, run.rc, '; '.join(problems)))

        # 5. the function's errors
        r = shell(so, ':memory:', "SELECT textfacts_progress(1, 0, 1);\n"
                                  "SELECT textfacts_progress('x', 'a', 1);\n"
                                  "SELECT textfacts_progress('x', 2, 1);\n"
                                  "SELECT textfacts_progress('x', 0, 1, 5, 4);\n"
                                  "SELECT textfacts_progress('x', 0, 1, 0, 4);\n")
        want = ['textfacts_progress(): label must be text',
                'textfacts_progress(): done must be an integer',
                'textfacts_progress(): done must be between 0 and total',
                'textfacts_progress(): bytes_done must be between 0 and bytes_total']
        got = [line.split(': ', 1)[1] if line.startswith(('Error', 'Parse error', 'Runtime'))
               else line for line in r.stderr.splitlines()]
        report.check('function-errors', got == want and r.stdout.strip() == '1',
                     'stderr %r, stdout %r' % (r.stderr, r.stdout))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
