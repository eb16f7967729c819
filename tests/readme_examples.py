#!/usr/bin/python3
"""README and docs examples run as tests: what the documentation shows is what the
extension prints.

usage: /usr/bin/python3 tests/readme_examples.py [dist/textfacts.so] [-v] [--update] [FILE.md ...]

Without FILE.md arguments it reads README.md and every docs/*.md; with them, only those.
--update writes each example's actual output into its ```text block, in every file read
(then read the diff: every line must be right) instead of comparing.

The convention (for whoever writes README.md or a docs/*.md page):
  * An example is a fenced block tagged ```sql immediately followed -- blank lines only in
    between -- by a fenced block tagged ```text. Every such pair is a test case, named by
    its file (relative to the repository) and the line of its ```sql fence:
    `README.md:line42`, `docs/money.md:line17`.
  * The sql block is exactly what a user types into the sqlite3 shell, dot-commands
    included (`.mode box`, `.headers on`, ...), no `sqlite>` prompts. A `.load` line naming
    textfacts is dropped: the extension under test (dist/textfacts.so or the path given)
    is loaded with `sqlite3 -cmd ".load PATH"`.
  * It runs in a fresh `sqlite3 :memory:` started from the repository root (so
    `.read sql/...` works), stdin = the block, stderr merged into stdout.
  * The output must equal the text block exactly (trailing newlines aside); a statement
    that prints nothing has an empty ```text block.
  * To show an sql block and its output without testing it, put `<!-- no-test -->` on the
    line just before the ```sql fence.
A file without such pairs gives 0 cases, which is not a failure.
"""
import difflib
import glob
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in tests/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

FENCE_RE = re.compile(r'^(\s*)(`{3,}|~{3,})\s*([\w+-]*)\s*$')
LOAD_RE = re.compile(r'^\s*\.load\s+\S*textfacts\S*\s*$')
NO_TEST = '<!-- no-test -->'


def fenced_blocks(lines):
    """Yield (fence_line_index, tag, body_lines, close_line_index) for each fenced block."""
    i = 0
    while i < len(lines):
        m = FENCE_RE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, tag, j = m.group(2), m.group(3).lower(), i + 1
        while j < len(lines) and not (lines[j].strip().startswith(fence[0] * len(fence))
                                      and lines[j].strip().strip(fence[0]) == ''):
            j += 1
        yield i, tag, lines[i + 1:j], j
        i = j + 1


def examples(path):
    """[(line_number, sql, expected_text)] for every sql block followed by a text block."""
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    blocks = list(fenced_blocks(lines))
    out = []
    for (start, tag, body, end), nxt in zip(blocks, blocks[1:]):
        if tag != 'sql' or nxt[1] != 'text':
            continue
        if any(line.strip() for line in lines[end + 1:nxt[0]]):
            continue  # prose between the two blocks: not an example pair
        prev = next((lines[k].strip() for k in range(start - 1, -1, -1) if lines[k].strip()), '')
        if prev == NO_TEST:
            continue
        out.append((start + 1, '\n'.join(body) + '\n', '\n'.join(nxt[2])))
    return out


def run(so_path, sql):
    sql = ''.join(l for l in sql.splitlines(True) if not LOAD_RE.match(l))
    # stdout unbuffered and stderr merged: an error shows where it happens, as in a terminal.
    proc = subprocess.run(['stdbuf', '-o0', '-e0', 'sqlite3', '-cmd', ".load '%s'" % so_path,
                           ':memory:'], input=sql, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, encoding='utf-8', errors='replace',
                          cwd=tflib.REPO)
    return proc.stdout


def case_name(path, line):
    """`README.md:line42`, `docs/money.md:line17`: the file relative to the repository."""
    return '%s:line%d' % (os.path.relpath(os.path.abspath(path), tflib.REPO), line)


def update(path, so_path, report):
    """Rewrites the text block of every example in PATH with what the extension prints."""
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    blocks = list(fenced_blocks(lines))
    replacements = []  # (first, last) line index of a text block body, new body lines
    for (start, tag, body, end), nxt in zip(blocks, blocks[1:]):
        if tag != 'sql' or nxt[1] != 'text' or any(l.strip() for l in lines[end + 1:nxt[0]]):
            continue
        prev = next((lines[k].strip() for k in range(start - 1, -1, -1) if lines[k].strip()), '')
        if prev == NO_TEST:
            continue
        got = run(so_path, '\n'.join(body) + '\n').rstrip('\n')
        replacements.append((nxt[0] + 1, nxt[3], got.split('\n') if got else []))
        report.ok(case_name(path, start + 1))
    for first, close, body in reversed(replacements):
        lines[first:close] = body
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))


def default_files():
    """README.md and every docs/*.md, in that order."""
    return ([os.path.join(tflib.REPO, 'README.md')]
            + sorted(glob.glob(os.path.join(tflib.REPO, 'docs', '*.md'))))


def main(argv):
    report = tflib.Report()
    files = [a for a in argv if a.endswith('.md')] or default_files()
    so_path = tflib.extension_path([a for a in argv if not a.endswith('.md')])
    all_cases = []  # (path, line, sql, expected)
    for path in files:
        shown = os.path.relpath(os.path.abspath(path), tflib.REPO)
        if not os.path.exists(path):
            print('%s not found: no examples' % shown)
            continue
        cases = examples(path)
        print('%s: %d example(s)' % (shown, len(cases)))
        all_cases += [(path, line, sql, expected) for line, sql, expected in cases]
    if len(files) > 1:
        print('%d example(s) in %d file(s)' % (len(all_cases), len(files)))
    if all_cases and not os.path.exists(so_path):
        for path, line, _, _ in all_cases:
            report.fail(case_name(path, line), 'extension %s not found (run make)' % so_path)
        return report.finish()
    if '--update' in argv:
        for path in files:
            if os.path.exists(path):
                update(path, so_path, report)
        return report.finish()
    for path, line, sql, expected in all_cases:
        got = run(so_path, sql)
        name = case_name(path, line)
        if got.rstrip('\n') == expected.rstrip('\n'):
            report.ok(name)
            continue
        shown = os.path.relpath(os.path.abspath(path), tflib.REPO)
        report.fail(name, 'output differs from the ```text block after %s line %d' % (shown, line))
        for d in list(difflib.unified_diff(expected.rstrip('\n').split('\n'),
                                           got.rstrip('\n').split('\n'),
                                           shown, 'actual', lineterm=''))[:40]:
            tflib.detail(d)
    return report.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
