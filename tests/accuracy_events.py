#!/usr/bin/python3
"""Facts on the sentences written for issue 16: extract_facts() against their answers.

usage: /usr/bin/python3 tests/accuracy_events.py [dist/textfacts.so] [-v]

tests/sql/facts_events.sql holds the statements (French and English sentences written for
the project: roundups, roles, relative clauses, reported speech, totals, states, years from
headings and earlier sentences, each value of `what`); tests/fixtures/facts_events_gold.tsv
the answer to each of their money mentions (statement number, match, entity, what,
counterparty, year; '|' between equally right answers, as the press corpus's GUIDE.md
does). The transcript (tests/sql/facts_events.expected) pins today's rows; this group
measures how many are right, so that a rule that fixes one sentence and breaks another
shows.

Test cases:
  events/rows           every gold mention has a row (statement, match), no row is extra
  events/FIELD          for FIELD entity, what, counterparty, year: at least MIN[FIELD] of
                        the gold mentions right (folded equality with an alternative; NULL
                        must match NULL)
"""
import csv
import os
import sys
import unicodedata

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

# What the code reaches on the 103 mentions (only ever raise them).
MIN = {'entity': 84, 'what': 89, 'counterparty': 93, 'year': 100}

HERE = os.path.dirname(os.path.abspath(__file__))
SQL = os.path.join(HERE, 'sql', 'facts_events.sql')
GOLD = os.path.join(HERE, 'fixtures', 'facts_events_gold.tsv')


def fold(text):
    text = unicodedata.normalize('NFKD', str(text))
    return ''.join(ch for ch in text if not unicodedata.combining(ch)).casefold() \
        .replace('\u2019', "'")


def right(want, got):
    if want == 'NULL':
        return got is None
    return got is not None and fold(got) in [fold(a) for a in want.split('|')]


def statements(path):
    """The SELECT statements of the transcript's input, in order."""
    text = open(path, encoding='utf-8').read()
    out, current = [], []
    for line in text.splitlines():
        if not current and not line.startswith('SELECT'):
            continue
        current.append(line)
        if line.rstrip().endswith(';'):
            out.append('\n'.join(current))
            current = []
    return out


def main(argv):
    report = tflib.Report()
    db = tflib.connect_or_fail(report, 'events', tflib.extension_path(argv))
    if db is None:
        return report.finish()
    rows = {}
    for n, sql in enumerate(statements(SQL), 1):
        cur = db.execute(sql)
        names = [d[0] for d in cur.description]
        for r in cur.fetchall():
            r = dict(zip(names, r))
            rows.setdefault((n, r['match']), r)
    gold = list(csv.DictReader(open(GOLD, encoding='utf-8'), delimiter='\t'))
    seen = set()
    counts = {field: 0 for field in MIN}
    for g in gold:
        key = (int(g['select']), g['match'])
        seen.add(key)
        r = rows.get(key)
        if r is None:
            tflib.detail('no row for #%s %r' % key)
            continue
        for field in MIN:
            got = r[field]
            ok = right(g[field], None if got is None else str(got))
            counts[field] += ok
            if not ok and '-v' in argv:
                tflib.detail('#%d %r %s: want %s, got %s' % (key[0], key[1], field, g[field], got))
    missing = [k for k in seen if k not in rows]
    extra = [k for k in rows if k not in seen]
    report.check('events/rows', not missing and not extra,
                 '%d gold mentions without a row, %d rows not in the gold' % (len(missing), len(extra)))
    for field, need in MIN.items():
        print('events %s: %d/%d right (need %d)' % (field, counts[field], len(gold), need))
        report.check('events/%s' % field, counts[field] >= need,
                     '%s right on %d of %d, need %d' % (field, counts[field], len(gold), need))
    return report.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
