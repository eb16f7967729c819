#!/usr/bin/python3
"""Time against size: every function that reads text must stay linear on any input.

    /usr/bin/python3 tests/complexity.py [dist/textfacts.so] [--max-mb 10] [--table]

For each family of adversarial input (below), texts of 1 KB, 10 KB, ... up to --max-mb
(default 1; 10 for the full table), each function is timed (the best of 3 runs) and the
slope of log(time) against log(size) is fitted over the sizes from 100 KB on (the smaller
ones mostly time the call itself), after taking off the cost of binding the text (SELECT
typeof(?) on it). A slope near 1 is linear; the check fails above 1.25 (time that grows
faster than the text) unless a run costs under 2 ms per MB (too little to fit), or when a
run costs more than 1 s per MB. A slope over the bar is measured again, up to twice,
before it fails (timings of a few milliseconds jump on a shared machine; a function that
grows faster than its text fails every time). --table prints the times (ms) and slopes.

Families:
  dense_amounts     "$1 $1 $1 ..." in one sentence
  dense_french      "5 M€, 3 milliards d'euros et " repeated, one sentence
  digit_storm       "1 2,3 4.5 6 000 7'8 ..." digits and separators, no currency
  long_word         one word of letters, no space
  no_sentence_end   ordinary words, no full stop, no line break
  invalid_utf8      random bytes with invalid sequences
  many_capitals     "Alpha Beta Gamma Delta ..." capitalised words
  dense_names       "Huawei, Tencent, Apple, ..." known names, one sentence
  names_amounts     "Huawei a payé $1 à Tencent, " repeated: names and amounts, one sentence
  distinct_names    "La société Kbaa a payé $3, " with a new name each time, one sentence
  years_amounts     "en 2025 $1 contre 2024 " repeated: years and amounts, one sentence
  ranges            "entre 3 et 5 milliards de dollars, " repeated

Then the cost of keeping a textfacts table current must not grow with textfacts_dictionary:
articles are written (autocommit, each through the triggers) with a dictionary of 100 and of
100,000 rows; the time per article may differ by at most 3x (complexity.dictionary_size;
before the dictionary was watched by triggers it was 300x).
"""
import math
import os
import random
import sqlite3
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

FUNCTIONS = [
    ('extract_money', 'SELECT count(*) FROM extract_money(?)'),
    ('extract_entities', 'SELECT count(*) FROM extract_entities(?)'),
    ('extract_facts', 'SELECT count(*) FROM extract_facts(?)'),
    ('extract_sentences', 'SELECT count(*) FROM extract_sentences(?)'),
    ('money_json', 'SELECT length(money_json(?))'),
    ('first_date', 'SELECT first_date(?)'),
    ('parse_amount', 'SELECT parse_amount(?)'),
]


def repeat(unit, size):
    return (unit * (size // len(unit) + 1))[:size]


def family(name, size):
    rnd = random.Random(size)
    if name == 'dense_amounts':
        return repeat('$1 ', size)
    if name == 'dense_french':
        return repeat("5 M€, 3 milliards d'euros et ", size)
    if name == 'digit_storm':
        return repeat("1 2,3 4.5 6 000 7'8 90 12,345.6 ", size)
    if name == 'long_word':
        return 'a' * size
    if name == 'no_sentence_end':
        words = ['le', 'groupe', 'investit', 'dans', 'les', 'centres', 'de', 'données', 'and',
                 'the', 'company', 'said']
        out, n = [], 0
        while n < size:
            w = rnd.choice(words)
            out.append(w)
            n += len(w) + 1
        return ' '.join(out)[:size]
    if name == 'invalid_utf8':
        return bytes(rnd.randrange(256) for _ in range(size))
    if name == 'many_capitals':
        return repeat('Alpha Beta Gamma Delta Epsilon Zeta Kestrel Orvane ', size)
    if name == 'dense_names':
        return repeat('Huawei, Tencent, Apple, ByteDance, Nvidia, Reuters, France, ', size)
    if name == 'names_amounts':
        return repeat('Huawei a payé $1 à Tencent, ', size)
    if name == 'distinct_names':
        out, n, i = [], 0, 0
        while n < size:
            w = 'La société %s%s a payé $%d, ' % (chr(65 + i % 26), ''.join(
                chr(97 + (i // 26 ** k) % 26) for k in range(1, 5)), i % 97 + 1)
            out.append(w)
            n += len(w)
            i += 1
        return ''.join(out)[:size]
    if name == 'years_amounts':
        return repeat('en 2025 $1 contre 2024 ', size)
    if name == 'ranges':
        return repeat('entre 3 et 5 milliards de dollars, ', size)
    raise ValueError(name)


FAMILIES = ['dense_amounts', 'dense_french', 'digit_storm', 'long_word', 'no_sentence_end',
            'invalid_utf8', 'many_capitals', 'dense_names', 'names_amounts', 'distinct_names',
            'years_amounts',
            'ranges']


def best_time(db, sql, text, runs=3):
    best = None
    for _ in range(runs):
        t0 = time.perf_counter()
        db.execute(sql, (text,)).fetchall()
        t = time.perf_counter() - t0
        best = t if best is None else min(best, t)
    return best


def slope(points):
    xs = [math.log(s) for s, _ in points]
    ys = [math.log(max(t, 1e-6)) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else 0.0


def main(argv):
    so = next((a for a in argv if a.endswith('.so')), os.path.join(tflib.REPO, 'dist', 'textfacts.so'))
    max_mb = float(argv[argv.index('--max-mb') + 1]) if '--max-mb' in argv else 1.0
    table = '--table' in argv
    db = tflib.connect(so)
    # 1 KB, 10 KB, then half-decades from 100 KB (100 KB, 300 KB, 1 MB, 3 MB, ...): the slope
    # is fitted over at least three sizes, so one noisy timing cannot fail the check
    sizes = [1000, 10000]
    while sizes[-1] * 3 <= max_mb * 1e6 * 1.0001:
        sizes.append(sizes[-1] * 3 if str(sizes[-1])[0] == '1' else sizes[-1] * 10 // 3)
    passed = failed = 0
    if table:
        print('%-17s %-17s %s  slope' % ('family', 'function', '  '.join('%8s' % (
            '%dKB' % (s // 1000) if s < 1e6 else '%dMB' % round(s / 1e6)) for s in sizes)))
    for fam in FAMILIES:
        texts = {s: family(fam, s) for s in sizes}
        bind = {s: best_time(db, 'SELECT typeof(?)', texts[s], 3) for s in sizes}
        for name, sql in FUNCTIONS:
            # the cost of handing the text to SQLite (a 10 MB bind allocates and copies,
            # page faults included) is not the function's: taken off each time
            # Timings on this kind of machine jump by half for a few milliseconds; a
            # slope over the bar is measured again (up to twice) before it fails: a
            # function that grows faster than the text fails every time, noise does not.
            for attempt in range(3):
                points = [(s, max(best_time(db, sql, texts[s], 5 if s <= 1e6 else 2) -
                                  bind[s], 1e-6)) for s in sizes]
                fit = [p for p in points if p[0] >= 100000]
                k = slope(fit) if len(fit) >= 2 else 1.0
                per_mb = points[-1][1] / (points[-1][0] / 1e6)
                # under 2 ms per MB at the largest size there is nothing left to fit a slope to
                ok = (k <= 1.25 or per_mb < 0.002) and per_mb <= 1.0
                if ok:
                    break
            label = 'complexity.%s.%s' % (fam, name)
            if table:
                print('%-17s %-17s %s  %.2f%s' % (fam, name, '  '.join(
                    '%8.1f' % (t * 1000) for _, t in points), k, '' if ok else '  <-- '))
            if ok:
                passed += 1
                if not table:
                    print('ok   %s (slope %.2f, %.0f ms/MB)' % (label, k, per_mb * 1000))
            else:
                failed += 1
                print('FAIL %s: slope %.2f over %s bytes, %.2f s per MB' % (
                    label, k, '/'.join(str(s) for s, _ in fit), per_mb))
    ok, line = dictionary_size(so)
    print(line)
    passed, failed = passed + ok, failed + (not ok)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


def per_article_ms(so, dictionary_rows, articles=400):
    """Milliseconds per article written (autocommit) with a dictionary of that many rows."""
    db = sqlite3.connect(':memory:', isolation_level=None)
    db.enable_load_extension(True)
    db.load_extension(so)
    db.execute('CREATE TABLE textfacts_dictionary(name TEXT, alias TEXT, kind TEXT, lang TEXT)')
    db.executemany('INSERT INTO textfacts_dictionary VALUES (?, ?, ?, NULL)', (
        ('Velorix %d Corp' % i, 'Velorix %d' % i, 'org') for i in range(dictionary_rows)))
    db.execute('CREATE TABLE a(id INTEGER PRIMARY KEY, body TEXT)')
    db.execute('CREATE VIRTUAL TABLE f USING textfacts(content = a, column = body)')
    body = "Velorix 12 a levé 5 millions d'euros auprès de Velorix 99 en 2026."
    db.execute('INSERT INTO a(body) VALUES (?)', (body,))  # the dictionary is read once here
    best = None
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(articles):
            db.execute('INSERT INTO a(body) VALUES (?)', (body,))
        t = (time.perf_counter() - t0) / articles * 1000
        best = t if best is None else min(best, t)
    found = db.execute("SELECT count(*) FROM f WHERE name = 'Velorix 12 Corp'").fetchone()[0]
    db.close()
    return best, found


def dictionary_size(so):
    small, found_small = per_article_ms(so, 100)
    large, found_large = per_article_ms(so, 100000)
    ratio = large / small
    ok = ratio <= 3.0 and found_small > 0 and found_large > 0
    label = 'complexity.dictionary_size'
    if ok:
        return True, 'ok   %s (%.3f ms per article with 100 rows, %.3f with 100,000: %.2fx)' % (
            label, small, large, ratio)
    return False, 'FAIL %s: %.3f ms per article with 100 rows, %.3f with 100,000 (%.2fx); ' \
        'dictionary names found: %d, %d' % (label, small, large, ratio, found_small, found_large)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
