#!/usr/bin/python3
"""Money on real press: extract_money() scored on shared/corpus/press by its own scorer.

usage: /usr/bin/python3 tests/accuracy_press.py [dist/textfacts.so] [-v]

Runs $TEXTFACTS_SHARED (default ../shared beside the repository)/corpus/press/score.py, the
scorer that comes with the real French and English press excerpts and their gold money
mentions (span, amount, currency, qualifier, and low/high for a range; GUIDE.md there), and
reads its summary lines "money LANG: F/G exact (P%), E extra".

Test cases:
  press/money-fr, press/money-en   at least MIN_EXACT[lang] of the gold mentions exact, and
                                   at most MAX_EXTRA_PER_100[lang] extra mentions per 100
                                   gold mentions
The other languages of the corpus (de, es, it, pt, zh) are printed, not tested: the issues
that add them set their bars. -v passes -v to the scorer (every miss and extra).
Without ../shared the group prints "SKIP: ../shared not found" and counts one skip.
"""
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

# Issue 14's bar is 97 % exact and at most 1 extra per 100 gold mentions; the thresholds
# are what the code reaches (only ever tighten them).
MIN_EXACT = {'fr': 0.983, 'en': 0.990}
MAX_EXTRA_PER_100 = {'fr': 0.0, 'en': 0.0}

SUMMARY = re.compile(r'^money (\w+): (\d+)/(\d+) exact \(([\d.]+)%\), (\d+) extra$')


def main(argv):
    report = tflib.Report()
    scorer = os.path.join(tflib.shared_dir(), 'corpus', 'press', 'score.py')
    if not os.path.exists(scorer):
        print('SKIP: ../shared not found (%s)' % scorer)
        report.skip('press', '../shared not found')
        return report.finish()
    so_path = tflib.extension_path(argv)
    if tflib.connect_or_fail(report, 'press', so_path) is None:
        return report.finish()
    env = dict(os.environ, TEXTFACTS_SO=so_path)
    args = ['/usr/bin/python3', scorer] + (['-v'] if '-v' in argv else [])
    run = subprocess.run(args, cwd=tflib.REPO, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        report.fail('press', 'score.py exited with status %d: %s'
                    % (run.returncode, run.stderr.strip()[-500:]))
        return report.finish()
    scores = {}
    for line in run.stdout.splitlines():
        m = SUMMARY.match(line)
        if m:
            scores[m.group(1)] = tuple(int(m.group(i)) for i in (2, 3, 5))
            print(line)
        elif '-v' in argv and line.startswith('   '):
            tflib.detail(line.strip())
    for lang in sorted(MIN_EXACT):
        name = 'press/money-%s' % lang
        if lang not in scores:
            report.fail(name, 'no "money %s" line in the scorer output' % lang)
            continue
        exact, gold, extra = scores[lang]
        per_100 = 100.0 * extra / gold if gold else 0.0
        why = []
        if exact < MIN_EXACT[lang] * gold:
            why.append('%d/%d exact, need %.1f%%' % (exact, gold, 100 * MIN_EXACT[lang]))
        if per_100 > MAX_EXTRA_PER_100[lang]:
            why.append('%d extra = %.2f per 100 gold, allowed %.2f'
                       % (extra, per_100, MAX_EXTRA_PER_100[lang]))
        report.check(name, not why, '; '.join(why))
    return report.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
