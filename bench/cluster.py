#!/usr/bin/python3
"""Articles/s into a three-node dqlite cluster on loopback, and what it costs in memory
(docs/cluster.md).

    /usr/bin/python3 bench/cluster.py [--articles 5000] [--batch 500]
                                      [--corpus build/bench/scale_corpus.db]

Needs `make cluster` and the corpus of bench/scale.py (made by it, or by this script on
first use). Starts three textfacts-node processes (default timings: dqlite's own), creates
articles and the textfacts table (sql/schema.sql's definitions, without the view), sends the
first `--articles` articles of the corpus through textfacts-client, `--batch` per
transaction (one INSERT per article inside BEGIN ... COMMIT), and prints the articles/s,
the resident memory of each node (VmRSS) and the size of each data directory, then the
database's page count as the leader reports it. Then checks the stored rows against the
table's integrity-check, and stops the nodes (SIGTERM).
"""
import argparse
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import store  # noqa: E402

NODE = os.path.join(ROOT, 'dist', 'textfacts-node')
CLIENT = os.path.join(ROOT, 'dist', 'textfacts-client')
SCHEMA = """CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY, url TEXT UNIQUE, title TEXT, published TEXT, lang TEXT,
  source TEXT, body TEXT NOT NULL, body_hash TEXT UNIQUE);
CREATE VIRTUAL TABLE IF NOT EXISTS article_facts USING textfacts(
  content = 'articles', column = 'body', content_rowid = 'id', lang_column = 'lang');
"""


def rss_mb(pid):
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) / 1024
    return 0.0


def du_mb(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs) / 1e6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--articles', type=int, default=5000)
    ap.add_argument('--batch', type=int, default=500)
    ap.add_argument('--corpus', default=os.path.join(ROOT, 'build', 'bench', 'scale_corpus.db'))
    a = ap.parse_args()
    if not (os.access(NODE, os.X_OK) and os.access(CLIENT, os.X_OK)):
        sys.exit('bench/cluster.py: make cluster first')
    store.make_store_corpus(a.corpus, 50000, 20240601)
    ports = []
    for _ in range(3):
        s = socket.socket()
        s.bind(('127.0.0.1', 0))
        ports.append(s.getsockname()[1])
        s.close()
    addrs = [f'127.0.0.1:{p}' for p in ports]
    servers = ','.join(addrs)
    tmp = tempfile.mkdtemp(prefix='textfacts-bench-cluster-')
    procs = []
    try:
        for i, addr in enumerate(addrs):
            args = [NODE, '--address', addr, '--dir', os.path.join(tmp, f'n{i + 1}')]
            if i:
                args += ['--join', addrs[0]]
            log = open(os.path.join(tmp, f'n{i + 1}.log'), 'w')
            procs.append(subprocess.Popen(args, stderr=log, stdout=log))
            if i == 0:
                time.sleep(1)
        end = time.time() + 60
        while time.time() < end:
            r = subprocess.run([CLIENT, '-s', servers, '--cluster'], capture_output=True, text=True)
            if r.stdout.count('|voter') == 3:
                break
            time.sleep(0.2)
        else:
            sys.exit('bench/cluster.py: the three nodes did not form a cluster')
        subprocess.run([CLIENT, '-s', servers], input=SCHEMA, text=True, check=True)

        corpus = sqlite3.connect(a.corpus)
        rows = corpus.execute('SELECT lang, body FROM articles ORDER BY id LIMIT ?',
                              (a.articles,)).fetchall()
        mb = sum(len(b.encode('utf-8')) for _, b in rows) / 1e6
        parts = []
        for i in range(0, len(rows), a.batch):
            parts.append('BEGIN;\n')
            for lang, body in rows[i:i + a.batch]:
                q = corpus.execute('SELECT quote(?), quote(?)', (lang, body)).fetchone()
                parts.append(f'INSERT INTO articles(lang, body) VALUES ({q[0]}, {q[1]});\n')
            parts.append('COMMIT;\n')
        script = ''.join(parts)
        t0 = time.perf_counter()
        subprocess.run([CLIENT, '-s', servers], input=script, text=True, check=True)
        wall = time.perf_counter() - t0
        print(f'cluster: {len(rows)} articles ({mb:.1f} MB) in {wall:.1f} s = '
              f'{len(rows) / wall:.0f} articles/s, {mb / wall:.1f} MB/s, {a.batch} a transaction, '
              f'three nodes on loopback')
        r = subprocess.run([CLIENT, '-s', servers, 'SELECT count(*), (SELECT page_count * '
                            'page_size FROM pragma_page_count, pragma_page_size) FROM article_facts'],
                           capture_output=True, text=True, check=True)
        n, size = r.stdout.strip().split('|')
        print(f'cluster: {n} rows in article_facts; database {int(size) / 1e6:.1f} MB (pages, '
              f'as the leader sees it)')
        for i, p in enumerate(procs):
            print(f'cluster: node {i + 1}: resident {rss_mb(p.pid):.0f} MB, data directory '
                  f'{du_mb(os.path.join(tmp, f"n{i + 1}")):.0f} MB')
        r = subprocess.run([CLIENT, '-s', servers,
                            "INSERT INTO article_facts(article_facts) VALUES('integrity-check')"],
                           capture_output=True, text=True)
        print(f'cluster: integrity-check {"ok" if r.returncode == 0 else r.stderr.strip()}')
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
