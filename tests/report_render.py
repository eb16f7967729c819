#!/usr/bin/python3
"""report.html (sql/report_html.sql) rendered by headless Chromium.

usage: /usr/bin/python3 tests/report_render.py [dist/textfacts.so] [-v] [--update-docs]

The sample corpus (sql/sample_articles.sql, its textfacts table article_facts) in a
database file, twice: without exchange rates, and with the ECB fixture
(tests/fixtures/rates/eurofxref-hist-sample.csv) loaded by sql/import_ecb_rates.sql. For
each, the report is written by `make report` (with EXT= the extension under test, so
nothing is built) and loaded by Chromium (--dump-dom, console logged to stderr):

  build-*    make report succeeds, the file is one page, its one script inline, nothing
             fetched (no src=, <link>, url(), @import; every href= an in-page #anchor or an
             article's http(s) URL), every section; the commitments (chart and tables) say
             they sum investments only, and the other kinds of amount have tables of their
             own (funding and revenue apart)
  links-*    every in-page link has its target (href="#x" and id="x"); a section per entity
             (ent-*, with OpenAI's, its amounts and articles), each linked from the tables;
             the largest amounts link to their article's URL and show their sentence; the
             articles the page links to are listed (art-*)
  rates-*    without rates: no converted, target, ecb or gap_percent column, and the tables
             say why (the converted commitments: that they need rates); with rates: the
             converted columns are there
  load-*     Chromium loads it without a console message or a load error, the DOM has
             the page's end, both charts, and the filter boxes the script adds
  cells-*    the commitments heatmap (svg#svg-commitments) has cells (rect.cell), the
             months chart (svg#svg-months) bars (rect.bar), with positive sizes; no two
             years share a colour in the heatmap's sense: years are columns, not colours
  sort-*     a click on the header of the largest amounts' amount column sorts the rows
             by amount, a second click the other way; a click on entity sorts by name
  screenshot the report with rates, 1200x2000, saved to build/report.png (and, with
             --update-docs, to docs/report.png, the README's picture: a test run leaves
             the tracked files alone)

One line per check (`ok NAME` / `FAIL NAME: why`), then `N passed, N failed`; exit 1 on a
failure. Chromium missing (Debian package chromium, `make deps`): the checks are skipped.
"""
import os
import re
import html as htmllib
import json
import shutil
import subprocess
import sys
import tempfile
import unicodedata

sys.dont_write_bytecode = True  # no __pycache__ in tests/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

CHROMIUM = shutil.which('chromium') or '/usr/bin/chromium'
CREATE = ("CREATE VIRTUAL TABLE article_facts USING textfacts(content='articles', column='body', "
          "content_rowid='id', lang_column='lang')")
SECTIONS = ['chart-commitments', 'chart-months', 'report_commitments_converted',
            'report_commitments', 'report_what', 'what-revenue', 'what-funding',
            'report_largest_amounts', 'report_entities_together', 'report_repeated_facts',
            'report_implied_rates', 'entities', 'articles']
# A click on a column's header, as a person would (the page's own handler sorts): the
# texts of the column after one click, then after a second, kept in data attributes.
CLICKS = '''<script>
(function () {
  var h = document.getElementById("report_largest_amounts"), t = h;
  while (t && t.tagName !== "TABLE") t = t.nextElementSibling;
  var heads = Array.prototype.map.call(t.tHead.rows[0].cells, function (c) { return c.textContent; });
  function column(name) {
    var c = heads.indexOf(name);
    return Array.prototype.map.call(t.tBodies[0].rows, function (r) { return r.cells[c].textContent; });
  }
  function click(name) { t.tHead.rows[0].cells[heads.indexOf(name)].click(); }
  click("amount"); document.body.setAttribute("data-asc", JSON.stringify(column("amount")));
  click("amount"); document.body.setAttribute("data-desc", JSON.stringify(column("amount")));
  click("entity"); document.body.setAttribute("data-entity", JSON.stringify(column("entity")));
})();
</script>'''


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
    scripts = re.findall(r'<script[^>]*>', text, re.I)
    if scripts != ['<script>']:
        problems.append('scripts: %s (want one, inline)' % scripts[:3])
    if re.search(r'javascript:|\son[a-z]+=|\ssrc=|<link|url\(|@import', text, re.I):
        problems.append('an inline handler, javascript: or something fetched')
    external = [m for m in re.findall(r'href="([^"]*)"', text)
                if not m.startswith('#') and not re.match(r'https?://', m)]
    if external:
        problems.append('links that are neither in-page nor http(s): %s' % external[:3])
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
    check_links(report, name, text)
    check_rates(report, name, text, name == 'rates')
    return text


def section(text, anchor):
    """The HTML from the heading with id anchor to the next h2."""
    m = re.search(r'<h2 id="%s">.*?(?=<h2 |</body>)' % re.escape(anchor), text, re.S)
    return m.group(0) if m else ''


def check_links(report, name, text):
    problems = []
    ids = set(re.findall(r'\sid="([^"]+)"', text))
    targets = re.findall(r'href="#([^"]*)"', text)
    missing = sorted(set(t for t in targets if t not in ids))
    if missing:
        problems.append('%d links without a target: %s' % (len(missing), missing[:5]))
    entities = re.findall(r'<section class="entity" id="(ent-[0-9a-f]+)">', text)
    if len(entities) < 10:
        problems.append('%d entity sections' % len(entities))
    openai = 'ent-' + 'OpenAI'.encode().hex()
    m = re.search(r'<section class="entity" id="%s">(.*?)</section>' % openai, text, re.S)
    if not m or 'Latest articles' not in m.group(1) or '<table class="t">' not in m.group(1) \
            or 'Named with' not in m.group(1):
        problems.append("OpenAI's section missing or without amounts, articles, names")
    for anchor in ('report_commitments', 'report_largest_amounts', 'report_entities_together',
                   'report_repeated_facts', 'what-funding'):
        if 'href="#ent-' not in section(text, anchor):
            problems.append('%s links to no entity section' % anchor)
    largest = section(text, 'report_largest_amounts')
    rows = [r for r in re.findall(r'<tr>(.*?)</tr>', largest, re.S) if '<th>' not in r]
    linked = [r for r in rows if re.search(r'<td><a href="https://[^"]+">[^<]+</a></td>', r)]
    if not rows or len(linked) < len(rows) // 2:
        problems.append('largest amounts: %d of %d rows link to their article\'s URL'
                        % (len(linked), len(rows)))
    if rows and not all(re.search(r'<td>[^<]{20,}</td></tr>$', r + '</tr>') for r in rows):
        problems.append('largest amounts: a row without its sentence')
    docs = set(re.findall(r'href="#(art-\d+)"', text))
    listed = set(re.findall(r'<tr id="(art-\d+)">', text))
    if not docs or not docs <= listed:
        problems.append('articles linked but not listed: %s' % sorted(docs - listed)[:5])
    report.check('links-' + name, not problems, '; '.join(problems))
    tflib.detail('%s: %d in-page links, %d entity sections, %d articles listed'
                 % (name, len(targets), len(entities), len(listed)))


def check_rates(report, name, text, with_rates):
    heads = set(re.findall(r'<th>([a-z_]+)</th>', text))
    rate_columns = {'converted', 'target', 'ecb', 'gap_percent'}
    problems = []
    if with_rates:
        if not {'converted', 'ecb'} <= heads:
            problems.append('converted columns missing: %s' % sorted(heads))
        if 'This table needs exchange rates' in text:
            problems.append('says rates are missing')
    else:
        if heads & rate_columns:
            problems.append('columns without rates: %s' % sorted(heads & rate_columns))
        converted = section(text, 'report_commitments_converted')
        if 'This table needs exchange rates' not in converted or '<table' in converted:
            problems.append('the converted commitments do not say they need rates')
        for anchor in ('report_commitments', 'report_largest_amounts', 'report_implied_rates'):
            if 'No exchange rates loaded: the column' not in section(text, anchor):
                problems.append('%s does not say why its converted columns are gone' % anchor)
    report.check('rates-' + name, not problems, '; '.join(problems))


def check_dom(report, name, html, profile):
    r = chromium(['--dump-dom', 'file://' + html], profile)
    dom = r.stdout
    errors = console_errors(r.stderr)
    good = (r.returncode == 0 and '</html>' in dom and 'textfacts report' in dom and not errors
            and 'class="filter"' in dom)
    report.check('load-' + name, good, 'exit %d, %d bytes of DOM, filters %s, errors: %s'
                 % (r.returncode, len(dom), 'class="filter"' in dom, errors[:3]))
    for chart, shape in (('svg-commitments', 'cell'), ('svg-months', 'bar')):
        m = re.search(r'<svg id="%s".*?</svg>' % chart, dom, re.S)
        shapes = re.findall(r'<rect class="%s"[^>]*\swidth="([0-9.]+)"[^>]*\sheight="([0-9.]+)"'
                            % shape, m.group(0)) if m else []
        sized = [b for b in shapes if float(b[0]) > 0 and float(b[1]) > 0]
        report.check('cells-%s-%s' % (name, chart), len(sized) >= 3,
                     'chart %s: %s, %d %ss with a size' % (chart, 'found' if m else 'missing',
                                                           len(sized), shape))
        if m:
            tflib.detail('%s %s: %d %ss' % (name, chart, len(sized), shape))


def name_key(name):
    """Roughly the order of localeCompare: accents and case set aside."""
    return ''.join(c for c in unicodedata.normalize('NFD', name)
                   if not unicodedata.combining(c)).casefold()


def amount(cell):
    return float(cell.replace(',', '')) if cell else None


def check_sort(report, name, html, work):
    """The page with CLICKS before </body>, loaded: the orders it recorded."""
    page = os.path.join(work, name + '-clicks.html')
    text = open(html, encoding='utf-8').read()
    with open(page, 'w', encoding='utf-8') as f:
        f.write(text.replace('</body>', CLICKS + '\n</body>'))
    r = chromium(['--dump-dom', 'file://' + page], os.path.join(work, 'profile-sort-' + name))
    got = {}
    for key in ('asc', 'desc', 'entity'):
        m = re.search(r'data-%s="([^"]*)"' % key, r.stdout)
        got[key] = json.loads(htmllib.unescape(m.group(1))) if m else None
    problems = []
    if not all(got.values()):
        problems.append('the clicks recorded nothing: %s' % console_errors(r.stderr)[:3])
    else:
        asc = [amount(c) for c in got['asc']]
        desc = [amount(c) for c in got['desc']]
        unsorted = [amount(c) for c in re.findall(
            r'<tr><td>[^<]*</td><td class="n">[^<]*</td><td class="n">([^<]*)</td>',
            section(text, 'report_largest_amounts'))]
        if len(asc) < 5 or asc != sorted(asc) or asc == unsorted:
            problems.append('one click: not ascending by amount (or already so): %s' % asc[:6])
        if desc != sorted(asc, reverse=True):
            problems.append('two clicks: not descending by amount: %s' % desc[:6])
        names = [n for n in got['entity'] if n]
        if names != sorted(names, key=name_key) or '' in got['entity'][:len(names)]:
            problems.append('entity: not by name, empty last: %s' % got['entity'])
    report.check('sort-' + name, not problems, '; '.join(problems))


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
            check_sort(report, name, html, work)
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
