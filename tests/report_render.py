#!/usr/bin/python3
"""report.html (sql/report_html.sql) rendered by headless Chromium.

usage: /usr/bin/python3 tests/report_render.py [dist/textfacts.so] [-v] [--update-docs]

The sample corpus (sql/sample_articles.sql, its textfacts table article_facts) in a
database file, twice: without exchange rates, and with the ECB fixture
(tests/fixtures/rates/eurofxref-hist-sample.csv) loaded by sql/import_ecb_rates.sql. For
each, the report is written by `make report` (with EXT= the extension under test, so
nothing is built) and loaded by Chromium (--dump-dom, console logged to stderr):

  build-*    make report succeeds, the file is one page with no script, no external
             resource (src=/href= other than #anchors), and every section; the
             commitments (chart and tables) say they sum investments only, and the other
             kinds of amount have tables of their own (funding and revenue apart)
  load-*     Chromium loads it without a console message or a load error, the DOM has
             the page's end and both charts
  bars-*     each chart (svg#svg-commitments, svg#svg-months) has bars (rect.bar) with
             positive sizes
  screenshot the report with rates, 1200x2000, saved to build/report.png (and, with
             --update-docs, to docs/report.png, the README's picture: a test run leaves
             the tracked files alone)

One line per check (`ok NAME` / `FAIL NAME: why`), then `N passed, N failed`; exit 1 on a
failure. Chromium missing (Debian package chromium, `make deps`): the checks are skipped.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in tests/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

CHROMIUM = shutil.which('chromium') or '/usr/bin/chromium'
CREATE = ("CREATE VIRTUAL TABLE article_facts USING textfacts(content='articles', column='body', "
          "content_rowid='id', lang_column='lang')")
SECTIONS = ['chart-commitments', 'chart-months', 'report_commitments_converted',
            'report_commitments', 'report_what', 'what-revenue', 'what-funding',
            'report_largest_amounts', 'report_entities_together', 'report_repeated_facts',
            'report_implied_rates']


def run(args, **kw):
    return subprocess.run(args, cwd=tflib.REPO, capture_output=True, text=True, timeout=180, **kw)


def chromium(args, profile):
    # A fresh profile per run; no GPU, no sandbox (root in a container), no network needed.
    return run([CHROMIUM, '--headless', '--disable-gpu', '--no-sandbox', '--no-first-run',
                '--user-data-dir=' + profile, '--enable-logging=stderr', '--v=0'] + args)


def console_errors(stderr):
    """Messages of the page itself (console, failed loads), not Chromium's own noise
    (dbus, GPU, ...)."""
    return [line for line in stderr.splitlines()
            if re.search(r':CONSOLE[:(]|Uncaught|Failed to load resource|net::ERR_', line)]


def build(report, name, so, db, html):
    ext = so[:-3] if so.endswith('.so') else so
    r = run(['make', '--no-print-directory', 'report', 'DB=' + db, 'EXT=' + ext, 'REPORT=' + html])
    if r.returncode != 0 or not os.path.exists(html):
        report.fail('build-' + name, 'make report failed (%d): %s' % (r.returncode,
                                                                      (r.stderr + r.stdout)[-800:]))
        return None
    text = open(html, encoding='utf-8').read()
    problems = []
    if not text.startswith('<!DOCTYPE html>') or not text.rstrip().endswith('</html>'):
        problems.append('not one whole page')
    if re.search(r'<script|javascript:|\son[a-z]+=', text, re.I):
        problems.append('script in the page')
    external = [m for m in re.findall(r'(?:src|href)="([^"]*)"', text) if not m.startswith('#')]
    if external:
        problems.append('external resources: %s' % external[:3])
    missing = [s for s in SECTIONS if 'id="%s"' % s not in text]
    if missing:
        problems.append('sections missing: %s' % missing)
    # the commitments sum investments alone, and say so; no kind has a table of investments
    # beside them
    for marker in ('<h2 id="chart-commitments">Investment commitments',
                   "calls an investment: what = 'investment'",
                   '<h2 id="report_commitments_converted">Investment commitments'):
        if marker not in text:
            problems.append('no %r' % marker)
    if 'id="what-investment"' in text:
        problems.append('a table of investments beside the commitments')
    report.check('build-' + name, not problems, '; '.join(problems))
    return text


def check_dom(report, name, html, profile):
    r = chromium(['--dump-dom', 'file://' + html], profile)
    dom = r.stdout
    errors = console_errors(r.stderr)
    good = r.returncode == 0 and '</html>' in dom and 'textfacts report' in dom and not errors
    report.check('load-' + name, good, 'exit %d, %d bytes of DOM, errors: %s'
                 % (r.returncode, len(dom), errors[:3]))
    for chart in ('svg-commitments', 'svg-months'):
        m = re.search(r'<svg id="%s".*?</svg>' % chart, dom, re.S)
        bars = re.findall(r'<rect class="bar"[^>]*\swidth="([0-9.]+)"[^>]*\sheight="([0-9.]+)"',
                          m.group(0)) if m else []
        sized = [b for b in bars if float(b[0]) > 0 and float(b[1]) > 0]
        report.check('bars-%s-%s' % (name, chart), len(sized) >= 3,
                     'chart %s: %s, %d bars with a size' % (chart, 'found' if m else 'missing',
                                                            len(sized)))
        if m:
            tflib.detail('%s %s: %d bars' % (name, chart, len(sized)))


def main(argv):
    update_docs = '--update-docs' in argv
    argv = [a for a in argv if a != '--update-docs']
    report = tflib.Report()
    so = tflib.extension_path(argv)
    if not os.path.exists(so):
        report.fail('report', 'extension %s not found (run make)' % so)
        return report.finish()
    if not os.path.exists(CHROMIUM):
        report.skip('report', 'chromium not installed (make deps)')
        return report.finish()
    work = tempfile.mkdtemp(prefix='textfacts-report-')
    try:
        load = ".load '%s'" % so[:-3]
        for name, with_rates in (('norates', False), ('rates', True)):
            db = os.path.join(work, name + '.db')
            html = os.path.join(work, name + '.html')
            script = '.read sql/sample_articles.sql\n%s;\n' % CREATE
            if with_rates:
                script += ('.parameter set :ecb_file tests/fixtures/rates/eurofxref-hist-sample.csv\n'
                           '.read sql/import_ecb_rates.sql\n')
            r = run(['sqlite3', '-bail', '-cmd', load, db], input=script)
            if r.returncode != 0:
                report.fail('build-' + name, 'cannot make the database: ' + r.stderr[-500:])
                continue
            if build(report, name, so, db, html) is None:
                continue
            check_dom(report, name, html, os.path.join(work, 'profile-' + name))
            if with_rates:
                png = os.path.join(tflib.REPO, 'build', 'report.png')
                os.makedirs(os.path.dirname(png), exist_ok=True)
                r = chromium(['--hide-scrollbars', '--screenshot=' + png, '--window-size=1200,2000',
                              'file://' + html], os.path.join(work, 'profile-shot'))
                good = r.returncode == 0 and os.path.exists(png) and os.path.getsize(png) > 10000
                if good and update_docs:
                    shutil.copyfile(png, os.path.join(tflib.REPO, 'docs', 'report.png'))
                report.check('screenshot', good, 'exit %d: %s' % (r.returncode, r.stderr[-500:]))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
