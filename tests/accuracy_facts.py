#!/usr/bin/python3
"""Seed-article accuracy of extract_facts() against the gold facts.

usage: /usr/bin/python3 tests/accuracy_facts.py [dist/textfacts.so] [-v]

Reads $TEXTFACTS_SHARED (default ../shared beside the repository)/corpus/seeds-facts.jsonl
(one line per article: every money mention with the entity it is attributed to, null where
none is right, the year it is for, null when the article states none, and a group label
shared by the mentions that state one amount in two currencies) and the articles it names.
A gold mention is matched by the row with exactly its span (start, end). -v prints, per
gold mention, its text, the gold entity/year/group and the row's entity/year/grp.

Test cases:
  facts/<article>  the rows of extract_facts(body) are those of extract_money(body), in the
                   same order and with the same match, amount, currency, qualifier, low,
                   high, start, end; substr(body, start+1, end-start) = match (checked in
                   SQL); each row's sentence is the index of the extract_sentences(body)
                   row whose [start, end) contains the mention
  facts/matched    every gold mention matched by a row with its start and end
  facts/entity     at least MIN_ENTITY gold mentions whose row has the gold entity (gold
                   null: entity NULL)
  facts/year       at least MIN_YEAR gold mentions whose row has the gold year (gold null:
                   year NULL)
  facts/grp        the grouping is exactly the gold's: within an article two mentions share
                   a non-NULL grp iff they share a gold group label, and a mention whose
                   gold group is null has grp NULL
Without ../shared the group prints "SKIP: ../shared not found" and counts one skip.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

# The bar: 15 of the 17 entities. Set to what the code reaches; only ever tighten.
MIN_ENTITY = 17         # of 17
MIN_YEAR = 17           # of 17

MONEY_COLUMNS = ('match', 'amount', 'currency', 'qualifier', 'low', 'high', 'start', 'end')
FACT_COLUMNS = MONEY_COLUMNS + ('entity', 'entity_kind', 'year', 'grp', 'sentence')

FACTS_SQL = 'SELECT %s FROM extract_facts(?1)' % ', '.join('"%s"' % c for c in FACT_COLUMNS)
MONEY_SQL = 'SELECT %s FROM extract_money(?1)' % ', '.join('"%s"' % c for c in MONEY_COLUMNS)
SENTENCES_SQL = 'SELECT sentence, "start", "end" FROM extract_sentences(?1)'
BAD_ROWS_SQL = '''
SELECT "match", "start", "end", substr(?1, "start" + 1, "end" - "start")
FROM extract_facts(?1)
WHERE substr(?1, "start" + 1, "end" - "start") IS NOT "match"
'''


def check_article(report, conn, name, body, rows):
    """The per-article case: same rows as extract_money, offsets, sentence indexes."""
    problems = ['bad row %r [%s,%s) (substr gives %r)' % r
                for r in conn.execute(BAD_ROWS_SQL, (body,))]
    money = [tuple(r) for r in conn.execute(MONEY_SQL, (body,))]
    facts = [tuple(r[c] for c in MONEY_COLUMNS) for r in rows]
    if facts != money:
        if len(facts) != len(money):
            problems.append('%d rows, extract_money gives %d' % (len(facts), len(money)))
        for i, (f, m) in enumerate(zip(facts, money)):
            if f != m:
                problems.append('row %d is %r, extract_money gives %r' % (i, f, m))
                break
    sentences = [tuple(r) for r in conn.execute(SENTENCES_SQL, (body,))]
    for i, (index, _, _) in enumerate(sentences):
        if index != i:
            problems.append('extract_sentences row %d has sentence %r' % (i, index))
            break
    for r in rows:
        holding = [s for s, start, end in sentences if start <= r['start'] and r['end'] <= end]
        if not holding:
            problems.append('%r [%d,%d) lies in no sentence of extract_sentences (row says %r)'
                            % (r['match'], r['start'], r['end'], r['sentence']))
        elif r['sentence'] != holding[0]:
            problems.append('%r [%d,%d) has sentence %r, extract_sentences puts it in %d'
                            % (r['match'], r['start'], r['end'], r['sentence'], holding[0]))
    report.check('facts/%s' % name, not problems, '; '.join(problems))


def check_groups(name, pairs):
    """pairs: (gold mention, row or None) of one article. Returns the problems."""
    problems = []
    for g, r in pairs:
        if r is not None and g['group'] is None and r['grp'] is not None:
            problems.append('%s: %r [%d,%d) alone in the gold, got grp %r'
                            % (name, g['text'], g['start'], g['end'], r['grp']))
    for i, (g1, r1) in enumerate(pairs):
        for g2, r2 in pairs[i + 1:]:
            if r1 is None or r2 is None:
                continue
            gold_same = g1['group'] is not None and g1['group'] == g2['group']
            got_same = r1['grp'] is not None and r1['grp'] == r2['grp']
            if gold_same != got_same:
                problems.append('%s: %r [%d,%d) and %r [%d,%d) %s in the gold, grp %r and %r'
                                % (name, g1['text'], g1['start'], g1['end'], g2['text'],
                                   g2['start'], g2['end'],
                                   'grouped' if gold_same else 'not grouped',
                                   r1['grp'], r2['grp']))
    return problems


def main(argv):
    verbose = '-v' in argv
    report = tflib.Report()
    setup = tflib.open_seeds(report, 'facts', 'seeds-facts.jsonl', argv)
    if setup is None:
        return report.finish()
    conn, articles = setup

    total = matched = right_entity = right_year = 0
    unmatched, wrong_entity, wrong_year, group_problems, listing = [], [], [], [], []
    for name, body, art in articles:
        try:
            rows = [dict(zip(FACT_COLUMNS, r)) for r in conn.execute(FACTS_SQL, (body,))]
            check_article(report, conn, name, body, rows)
        except Exception as e:  # noqa: BLE001
            report.fail('facts/%s' % name, 'SQL error: %s' % e)
            rows = []
        pairs = []
        for g in art['facts']:
            total += 1
            r = next((r for r in rows if r['start'] == g['start'] and r['end'] == g['end']), None)
            pairs.append((g, r))
            where = '%s: %r [%d,%d)' % (name, g['text'], g['start'], g['end'])
            if r is None:
                unmatched.append(where)
                listing.append('%s  gold %s/%s/%s  got no row' % (
                    where, g['entity'], g['year'], g['group']))
                continue
            matched += 1
            if r['entity'] == g['entity']:
                right_entity += 1
            else:
                wrong_entity.append('%s is %s, got %s (%s)' % (
                    where, g['entity'], r['entity'], r['entity_kind']))
            if r['year'] == g['year']:
                right_year += 1
            else:
                wrong_year.append('%s is %s, got %s' % (where, g['year'], r['year']))
            listing.append('%s  gold %s/%s/%s  got %s/%s/%s' % (
                where, g['entity'], g['year'], g['group'], r['entity'], r['year'], r['grp']))
        group_problems += check_groups(name, pairs)

    print('facts: matched %d/%d; entity %d/%d (need >= %d); year %d/%d (need >= %d); '
          'grouping %s'
          % (matched, total, right_entity, total, MIN_ENTITY, right_year, total, MIN_YEAR,
             'exact' if not group_problems else '%d discrepancies' % len(group_problems)))
    for label, items in (('unmatched', unmatched), ('entity', wrong_entity),
                         ('year', wrong_year), ('group', group_problems)):
        for item in items:
            tflib.detail('%-9s %s' % (label, item))
    if verbose:
        for line in listing:
            tflib.detail(line)
    report.check('facts/matched', matched == total,
                 'matched %d of %d gold mentions' % (matched, total))
    report.check('facts/entity', right_entity >= MIN_ENTITY,
                 'right entity %d of %d, need %d' % (right_entity, total, MIN_ENTITY))
    report.check('facts/year', right_year >= MIN_YEAR,
                 'right year %d of %d, need %d' % (right_year, total, MIN_YEAR))
    report.check('facts/grp', not group_problems and matched == total,
                 '; '.join(group_problems) or 'not every gold mention matched')
    return report.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
