#!/usr/bin/python3
"""Fingerprint every function's rows over the corpora, to prove a refactor changed no output.

    /usr/bin/python3 tests/fingerprint.py [--ext dist/textfacts] [--corpus NAME ...] > before.txt
    ... change the code, rebuild ...
    /usr/bin/python3 tests/fingerprint.py > after.txt && diff before.txt after.txt

(`make fingerprint` runs it on the current build.) One line per corpus and function:
the md5 of every row the function returns over every text of the corpus, in order, with
SQLite's types (an integer 3 and a real 3.0 differ), and the row count. Two builds that
print the same lines return the same rows, byte for byte, on those corpora.

Corpora (each skipped with a note on stderr when absent):
  sample   the articles of sql/sample_articles.sql (make demo's corpus)
  bench    build/bench/corpus.db (make bench's corpus; bench/make_corpus.py builds it)
  fuzz     tests/fuzz/seeds and build/fuzz/corpus_* (what make fuzz kept), as BLOBs
  shared   ../shared: the press excerpts, the seed articles, the conformance inputs

Functions: extract_money, money_json, extract_entities, extract_facts, extract_sentences
(each with lang auto, fr and en), first_date, valid_utf8, parse_amount (over every money
match and every conformance input), currency_code (over every word), entity_name (over
every entity match), and the textfacts virtual table built over the corpus.
"""
import argparse
import glob
import hashlib
import json
import os
import sqlite3
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('TEXTFACTS_SHARED', os.path.join(os.path.dirname(REPO), 'shared'))
LANGS = (None, 'fr', 'en')


def note(msg):
    print('fingerprint: ' + msg, file=sys.stderr)


def load_sample():
    db = sqlite3.connect(':memory:')
    with open(os.path.join(REPO, 'sql', 'sample_articles.sql'), encoding='utf-8') as f:
        db.executescript(f.read())
    return [r[0] for r in db.execute('SELECT body FROM articles ORDER BY id')]


def load_bench():
    path = os.path.join(REPO, 'build', 'bench', 'corpus.db')
    if not os.path.exists(path):
        note('bench: no %s (run make bench, or bench/make_corpus.py); skipped' % path)
        return None
    db = sqlite3.connect(path)
    return [r[0] for r in db.execute('SELECT body FROM articles ORDER BY id')]


def load_fuzz():
    files = sorted(glob.glob(os.path.join(REPO, 'tests', 'fuzz', 'seeds', '*')))
    for d in sorted(glob.glob(os.path.join(REPO, 'build', 'fuzz', 'corpus_*'))):
        files += sorted(glob.glob(os.path.join(d, '*')))
    texts = []
    for name in files:
        with open(name, 'rb') as f:
            texts.append(f.read())
    return texts


def load_shared():
    if not os.path.isdir(SHARED):
        note('shared: no %s; skipped' % SHARED)
        return None
    texts = []
    for name in sorted(glob.glob(os.path.join(SHARED, 'corpus', 'seeds', '*.txt'))):
        with open(name, encoding='utf-8') as f:
            texts.append(f.read())
    for name in sorted(glob.glob(os.path.join(SHARED, 'corpus', 'press', '*-money.jsonl')) +
                       glob.glob(os.path.join(SHARED, 'conformance', '*', '*.jsonl'))):
        with open(name, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                obj = json.loads(line)
                text = obj.get('text') or obj.get('input') or obj.get('sentence')
                if isinstance(text, str):
                    texts.append(text)
    return texts


LOADERS = {'sample': load_sample, 'bench': load_bench, 'fuzz': load_fuzz, 'shared': load_shared}


class Digest:
    def __init__(self):
        self.h = hashlib.md5()
        self.rows = 0

    def add(self, row):
        self.rows += 1
        for v in row:
            if isinstance(v, bytes):
                self.h.update(b'B' + str(len(v)).encode() + b':' + v)
            elif isinstance(v, str):
                b = v.encode('utf-8', 'surrogateescape')
                self.h.update(b'T' + str(len(b)).encode() + b':' + b)
            elif isinstance(v, float):
                self.h.update(b'R' + repr(v).encode())
            elif isinstance(v, int):
                self.h.update(b'I' + str(v).encode())
            else:
                self.h.update(b'N')
        self.h.update(b'|')

    def line(self, corpus, name):
        return '%-7s %-40s %s %d' % (corpus, name, self.h.hexdigest(), self.rows)


def connect(ext):
    db = sqlite3.connect(':memory:')
    db.text_factory = lambda b: b.decode('utf-8', 'surrogateescape')
    db.enable_load_extension(True)
    db.load_extension(ext)
    return db


def run(db, corpus, texts, out):
    digests = {}

    def feed(name, sql, args):
        d = digests.setdefault(name, Digest())
        for row in db.execute(sql, args):
            d.add(row)

    for t in texts:
        for lang in LANGS:
            tag = lang or 'auto'
            feed('extract_money/' + tag, 'SELECT * FROM extract_money(?, ?)', (t, lang))
            feed('money_json/' + tag, 'SELECT money_json(?, ?)', (t, lang))
            feed('extract_entities/' + tag, 'SELECT * FROM extract_entities(?, ?)', (t, lang))
            feed('extract_facts/' + tag, 'SELECT * FROM extract_facts(?, ?)', (t, lang))
            feed('extract_sentences/' + tag, 'SELECT * FROM extract_sentences(?, ?)', (t, lang))
        feed('first_date', 'SELECT first_date(?)', (t,))
        feed('valid_utf8', 'SELECT valid_utf8(?)', (t,))
        for lang in LANGS:
            feed('parse_amount/' + (lang or 'auto'),
                 'SELECT parse_amount(match, ?) FROM extract_money(?)', (lang, t))
            feed('parse_amount/input/' + (lang or 'auto'), 'SELECT parse_amount(?, ?)', (t, lang))
        feed('entity_name', 'SELECT entity_name(match) FROM extract_entities(?)', (t,))
        feed('currency_code',
             "WITH RECURSIVE w(rest, word) AS (SELECT CAST(? AS TEXT) || ' ', NULL UNION ALL "
             "SELECT substr(rest, instr(rest, ' ') + 1), substr(rest, 1, instr(rest, ' ') - 1) "
             "FROM w WHERE instr(rest, ' ') > 0 AND length(rest) > 0) "
             "SELECT currency_code(word) FROM w WHERE word IS NOT NULL LIMIT 2000", (t,))
    # The stored form: the textfacts table over the corpus.
    db.execute('CREATE TABLE articles(id INTEGER PRIMARY KEY, body)')
    db.executemany('INSERT INTO articles(body) VALUES(?)', ((t,) for t in texts))
    db.execute("CREATE VIRTUAL TABLE article_facts USING textfacts(content = 'articles', "
               "column = 'body')")
    feed('textfacts_table', 'SELECT rowid, * FROM article_facts ORDER BY rowid', ())
    db.execute('DROP TABLE article_facts')
    db.execute('DROP TABLE articles')
    for name in sorted(digests):
        out.append(digests[name].line(corpus, name))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--ext', default=os.path.join(REPO, 'dist', 'textfacts'))
    ap.add_argument('--corpus', action='append', choices=sorted(LOADERS))
    args = ap.parse_args()
    out = []
    for corpus in args.corpus or ['sample', 'fuzz', 'shared', 'bench']:
        texts = LOADERS[corpus]()
        if texts is None:
            continue
        note('%s: %d texts' % (corpus, len(texts)))
        db = connect(args.ext)
        run(db, corpus, texts, out)
        db.close()
    print('\n'.join(out))


if __name__ == '__main__':
    main()
