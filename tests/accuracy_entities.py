#!/usr/bin/python3
"""Seed-article accuracy of extract_entities() against the gold entities.

usage: /usr/bin/python3 tests/accuracy_entities.py [dist/textfacts.so] [-v]

Reads $TEXTFACTS_SHARED (default ../shared beside the repository)/corpus/seeds-entities.jsonl
(document level: each article lists the entities it names, each once, with a kind) and the
articles it names. As the corpus README defines it, a gold entity is found when some row of
the article has its name, or a match equal to it, or a name that entity_name() gives for it
(case and accents ignored). A reported name is wrong when it finds no gold entity of its
article. -v lists every distinct name reported per article, right or wrong.

Test cases:
  entities/<article>  every row satisfies substr(body, start+1, end-start) = match (checked
                      in SQL), rows come in text order without overlaps, kind is one of org,
                      person, place, product, unknown, source one of builtin, dictionary,
                      guess, and code is set only on places
  entities/found      at least MIN_FOUND of the gold entities found
  entities/kind       at least MIN_KIND_RATE of the found ones with the gold kind
  entities/wrong      at most MAX_WRONG_RATE of the distinct names reported per article wrong
Without ../shared the group prints "SKIP: ../shared not found" and counts one skip.
"""
import os
import sys
import unicodedata

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

# The bar: 95% found, 90% of those with the right kind, at most 10% of the
# reported names wrong. Set to what the code reaches; only ever tighten.
MIN_FOUND = 86          # of 86
MIN_KIND_RATE = 0.98
MAX_WRONG_RATE = 0.02

ROWS_SQL = '''SELECT "match", name, kind, code, "start", "end", source
              FROM extract_entities(?1, 'auto')'''
BAD_ROWS_SQL = '''
SELECT "match", "start", "end", kind, code, source, substr(?1, "start" + 1, "end" - "start")
FROM extract_entities(?1, 'auto')
WHERE substr(?1, "start" + 1, "end" - "start") IS NOT "match"
   OR kind NOT IN ('org', 'person', 'place', 'product', 'unknown')
   OR source NOT IN ('builtin', 'dictionary', 'guess')
   OR (code IS NOT NULL AND kind <> 'place')
   OR name IS NULL OR name = ''
'''


def fold(s):
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ' '.join(s.replace('\u2019', "'").casefold().split())


def check_article(report, conn, name, body, rows):
    problems = ['bad row %r [%s,%s) kind=%s code=%s source=%s (substr gives %r)' % r
                for r in conn.execute(BAD_ROWS_SQL, (body,))]
    previous_end = -1
    for r in rows:
        if r['start'] < previous_end:
            problems.append('row %r at %d overlaps or precedes the row before (end %d)'
                            % (r['match'], r['start'], previous_end))
        previous_end = r['end']
    report.check('entities/%s' % name, not problems, '; '.join(problems))


def main(argv):
    verbose = '-v' in argv
    report = tflib.Report()
    setup = tflib.open_seeds(report, 'entities', 'seeds-entities.jsonl', argv)
    if setup is None:
        return report.finish()
    conn, articles = setup

    total = found = right_kind = names_total = names_wrong = 0
    missing, wrong_kind, wrong_names, listing = [], [], [], []
    for name, body, art in articles:
        try:
            rows = [dict(zip(('match', 'name', 'kind', 'code', 'start', 'end', 'source'), r))
                    for r in conn.execute(ROWS_SQL, (body,))]
            check_article(report, conn, name, body, rows)
        except Exception as e:  # noqa: BLE001
            report.fail('entities/%s' % name, 'SQL error: %s' % e)
            rows = []
        # What each gold entity may be reported as.
        gold = []
        for g in art['entities']:
            canonical = conn.execute('SELECT entity_name(?)', (g['name'],)).fetchone()[0]
            gold.append((g, {fold(g['name'])}, fold(canonical) if canonical else None))
        matched_names = set()
        for g, forms, canonical in gold:
            total += 1
            hits = [r for r in rows if fold(r['name']) in forms or fold(r['match']) in forms
                    or (canonical and fold(r['name']) == canonical)]
            if not hits:
                missing.append('%s: %s (%s)' % (name, g['name'], g['kind']))
                continue
            found += 1
            matched_names.update(r['name'] for r in hits)
            if hits[0]['kind'] == g['kind']:
                right_kind += 1
            else:
                wrong_kind.append('%s: %s is %s, reported %s (%r)' % (
                    name, g['name'], g['kind'], hits[0]['kind'], hits[0]['match']))
        distinct = []
        for r in rows:
            if r['name'] not in distinct:
                distinct.append(r['name'])
        for n in distinct:
            names_total += 1
            kinds = sorted({r['kind'] for r in rows if r['name'] == n})
            sources = sorted({r['source'] for r in rows if r['name'] == n})
            ok = n in matched_names
            if not ok:
                names_wrong += 1
                wrong_names.append('%s: %s [%s, %s]' % (name, n, '/'.join(kinds), '/'.join(sources)))
            listing.append('%s: %-28s %-8s %-10s %s' % (name, n, '/'.join(kinds), '/'.join(sources),
                                                        'ok' if ok else 'WRONG'))

    kind_rate = right_kind / found if found else 0.0
    wrong_rate = names_wrong / names_total if names_total else 0.0
    print('entities: found %d/%d (need >= %d); right kind %d/%d = %.3f (need >= %.2f); '
          'wrong names %d/%d = %.3f (allowed <= %.2f)'
          % (found, total, MIN_FOUND, right_kind, found, kind_rate, MIN_KIND_RATE,
             names_wrong, names_total, wrong_rate, MAX_WRONG_RATE))
    for label, items in (('missing', missing), ('wrong kind', wrong_kind),
                         ('wrong name', wrong_names)):
        for item in items:
            tflib.detail('%-10s %s' % (label, item))
    if verbose:
        for line in listing:
            tflib.detail(line)
    report.check('entities/found', found >= MIN_FOUND,
                 'found %d of %d, need %d' % (found, total, MIN_FOUND))
    report.check('entities/kind', kind_rate >= MIN_KIND_RATE,
                 'right kind %.3f, need %.2f' % (kind_rate, MIN_KIND_RATE))
    report.check('entities/wrong', wrong_rate <= MAX_WRONG_RATE,
                 'wrong names %.3f, allowed %.2f' % (wrong_rate, MAX_WRONG_RATE))
    return report.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
