#!/usr/bin/python3
"""Conformance accuracy: extract_money() on the shared Recognizers-Text and Duckling suites,
scored by ../shared/conformance/score.py --all --resolved-only (strict F1).

usage: /usr/bin/python3 tests/accuracy_conformance.py [dist/textfacts.so]
           [--suite recognizers/en ...] [-v|--verbose]

  --suite NAME   score only this suite (repeatable; e.g. recognizers/en, duckling/fr, de)
  -v             pass -v to score.py: list every case that is not fully correct

For each suite, each case's `text` goes through extract_money(text, LANG) (LANG = the
suite's language); the rows are written as predictions
to build/conformance/<family>-<lang>.jsonl, one line per case:
  {"id", "found": [{"text", "start", "end", "amount", "currency", "min", "max"}]}
with min = low and max = high (a range gives min/max and a null amount), and scored.
One test case per suite in THRESHOLDS (pass when strict F1 >= its threshold); the suites in
REPORT_ONLY are scored and printed but are not test cases.
"""
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in tests/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

# Strict F1 floors (score.py --all --resolved-only). The targets; raise them to what
# the code reaches so that a drop fails the build, never lower them to hide one.
# What the extractor reached (issue #2 asked for >= 0.95 / 0.90); a drop fails the build.
THRESHOLDS = {
    'recognizers/fr': 0.99,
    'recognizers/en': 0.985,
    'duckling/fr': 1.0,
    'duckling/en': 0.951,
    # issue 17 (bar 0.90 each, met): what the code reaches
    'recognizers/de': 0.944,
    'recognizers/es': 0.951,
    'recognizers/it': 0.973,
    'recognizers/pt': 0.950,
    'duckling/es': 0.986,
    'duckling/it': 1.0,
    'duckling/pt': 0.981,
    # issue 18 (bar 0.95 each): what the code reaches so far
    # (recognizers/zh: one case left, the jackpots of '15元中大乐透1600万', which GUIDE.md reads
    # in the paragraph's yuan and the suite as no money)
    'recognizers/zh': 0.971,
    'duckling/zh': 0.962,
}
REPORT_ONLY = []

SCORE_FLAGS = ['--all', '--resolved-only']
PYTHON = '/usr/bin/python3' if os.path.exists('/usr/bin/python3') else sys.executable
ROWS_SQL = '''SELECT "match", "start", "end", amount, currency, low, high
              FROM extract_money(?1, ?2)'''
STRICT_RE = re.compile(r'^\s*strict\s+P (\S+) R (\S+) F1 (\S+)', re.M)
CORRECT_RE = re.compile(r'fully correct: (\d+)/(\d+)')


def predict(conn, suite, cases, pred_path):
    """Write the predictions file; returns the list of SQL errors met (id, message)."""
    lang = suite.split('/')[1]
    lang = lang if lang in ('fr', 'en', 'de', 'es', 'it', 'pt', 'zh') else 'auto'
    errors = []
    with open(pred_path, 'w', encoding='utf-8') as out:
        for case in cases:
            try:
                found = [dict(text=m, start=s, end=e, amount=a, currency=c, min=lo, max=hi)
                         for m, s, e, a, c, lo, hi in conn.execute(ROWS_SQL, (case['text'], lang))]
            except Exception as e:  # noqa: BLE001 -- an SQL error is reported, not fatal
                errors.append((case['id'], str(e)))
                found = []
            out.write(json.dumps({'id': case['id'], 'found': found}, ensure_ascii=False) + '\n')
    return errors


def score(suite, expected_path, pred_path, verbose):
    """Run score.py; returns (strict F1 as float or None, its whole output)."""
    cmd = [PYTHON, os.path.join(os.path.dirname(expected_path), '..', 'score.py')] + SCORE_FLAGS
    if verbose:
        cmd.append('-v')
    proc = subprocess.run(cmd + [expected_path, pred_path], capture_output=True, encoding='utf-8',
                          errors='replace', env=dict(os.environ, PYTHONIOENCODING='utf-8'))
    output = proc.stdout + proc.stderr
    m = STRICT_RE.search(output)
    f1 = None
    if m and m.group(3) != 'n/a':
        f1 = float(m.group(3))
    return f1, output


def main(argv):
    verbose = '-v' in argv or '--verbose' in argv
    wanted, rest = [], []
    it = iter(argv)
    for a in it:
        if a == '--suite':
            wanted.append(next(it, ''))
        elif a.startswith('--suite='):
            wanted.append(a.split('=', 1)[1])
        else:
            rest.append(a)
    report = tflib.Report()
    conf = os.path.join(tflib.shared_dir(), 'conformance')
    if not os.path.exists(os.path.join(conf, 'score.py')):
        print('SKIP: ../shared not found (%s)' % conf)
        report.skip('conformance', '../shared not found')
        return report.finish()

    suites = list(THRESHOLDS) + REPORT_ONLY
    if wanted:
        suites = [s for s in suites if any(s == w or s.endswith('/' + w) or s.startswith(w + '/')
                                           for w in wanted)]
        if not suites:
            print('no suite matches %s; known: %s' % (wanted, ', '.join(THRESHOLDS) + ', '
                                                        + ', '.join(REPORT_ONLY)))
            report.fail('conformance', 'unknown --suite')
            return report.finish()
    conn = tflib.connect_or_fail(report, 'conformance', tflib.extension_path(rest))
    if conn is None:
        return report.finish()

    pred_dir = os.path.join(tflib.REPO, 'build', 'conformance')
    os.makedirs(pred_dir, exist_ok=True)
    for suite in suites:
        expected_path = os.path.join(conf, suite + '.jsonl')
        name = 'conformance/' + suite
        if not os.path.exists(expected_path):
            report.skip(name, '%s not found' % expected_path)
            continue
        with open(expected_path, encoding='utf-8') as f:
            cases = [json.loads(line) for line in f if line.strip()]
        pred_path = os.path.join(pred_dir, suite.replace('/', '-') + '.jsonl')
        errors = predict(conn, suite, cases, pred_path)
        f1, output = score(suite, expected_path, pred_path, verbose)
        correct = CORRECT_RE.search(output)
        threshold = THRESHOLDS.get(suite)
        print('%s: strict F1 %s%s, fully correct %s  [threshold %s]' % (
            suite, 'n/a' if f1 is None else '%.3f' % f1,
            ' (%d SQL errors)' % len(errors) if errors else '',
            '%s/%s' % correct.groups() if correct else '?',
            'report only' if threshold is None else '%.3f' % threshold))
        for cid, msg in errors[:10]:
            tflib.detail('SQL error on %s: %s' % (cid, msg))
        for line in output.rstrip('\n').split('\n'):
            tflib.detail(line)
        if threshold is None:
            continue
        if f1 is None:
            report.fail(name, 'no strict F1 in score.py output')
        else:
            report.check(name, f1 >= threshold and not errors,
                         'strict F1 %.3f < %.3f' % (f1, threshold) if f1 < threshold
                         else '%d SQL errors' % len(errors))
    print('(predictions in %s; rerun one suite with: /usr/bin/python3 '
          'tests/accuracy_conformance.py dist/textfacts.so --suite recognizers/en -v)'
          % os.path.relpath(pred_dir, tflib.REPO))
    return report.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
