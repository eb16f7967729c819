#!/usr/bin/python3
"""The include graph of ext/, and the layering rules it must keep.

    /usr/bin/python3 tests/include_graph.py            # check; print ok/FAIL lines
    /usr/bin/python3 tests/include_graph.py --graph    # print the graph: file -> its includes
    /usr/bin/python3 tests/include_graph.py --dot      # the same, for Graphviz

Reads every #include "…" line of ext/**/*.[ch] (system headers <…> aside) and checks:
  - one direction: entry (ext/textfacts.c, .h) -> functions/ and store/ -> core/;
    functions/ never includes store/; core/ includes only core/;
  - core/ has no SQLite types: no file there includes sqlite3.h or sqlite3ext.h, nor
    names an sqlite3 type;
  - no circle of includes between files;
  - every quoted include names a file that exists.
The last line is "N passed, N failed" like the other test drivers.
"""
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXT = os.path.join(REPO, 'ext')
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
LAYERS = {'entry': 0, 'store': 1, 'functions': 2, 'core': 3}
# who may include whom (by layer)
ALLOWED = {'entry': {'entry', 'functions', 'store', 'core'}, 'store': {'store', 'functions', 'core'},
           'functions': {'functions', 'core'}, 'core': {'core'}}


def layer(rel):
    top = rel.split('/')[0]
    return top if top in LAYERS else 'entry'


def files():
    out = []
    for root, _, names in os.walk(EXT):
        for n in sorted(names):
            if n.endswith(('.c', '.h')):
                out.append(os.path.relpath(os.path.join(root, n), EXT))
    return sorted(out)


def resolve(rel, target):
    """The file a quoted include names: beside the includer, else from ext/."""
    here = os.path.normpath(os.path.join(os.path.dirname(rel), target))
    if os.path.exists(os.path.join(EXT, here)):
        return here
    if os.path.exists(os.path.join(EXT, target)):
        return os.path.normpath(target)
    return None


def main():
    graph, problems, system = {}, [], {}
    for rel in files():
        text = open(os.path.join(EXT, rel), encoding='utf-8').read()
        graph[rel] = []
        system[rel] = []
        for kind, target in INCLUDE.findall(text):
            if kind == '<':
                system[rel].append(target)
                continue
            found = resolve(rel, target)
            if not found:
                problems.append(('include-exists', '%s includes "%s", which does not exist' % (rel, target)))
                continue
            graph[rel].append(found)
    if '--graph' in sys.argv:
        for rel in sorted(graph):
            print('%-28s -> %s' % (rel, ' '.join(graph[rel]) or '-'))
        return 0
    if '--dot' in sys.argv:
        print('digraph includes {')
        for rel in sorted(graph):
            for t in graph[rel]:
                print('  "%s" -> "%s";' % (rel, t))
        print('}')
        return 0
    checks = []
    # layering
    bad = ['%s (%s) includes %s (%s)' % (r, layer(r), t, layer(t))
           for r in graph for t in graph[r] if layer(t) not in ALLOWED[layer(r)]]
    checks.append(('layers', bad))
    # core has no SQLite
    sql = [r for r in graph if layer(r) == 'core' and
           (any('sqlite3' in s for s in system[r]) or
            re.search(r'\bsqlite3\w*\b', re.sub(r'/\*.*?\*/', '', open(os.path.join(EXT, r), encoding='utf-8').read(), flags=re.S)))]
    checks.append(('core-without-sqlite', sql))
    # cycles (DFS)
    state, cycles = {}, []

    def visit(n, stack):
        state[n] = 1
        stack.append(n)
        for t in graph.get(n, []):
            if state.get(t) == 1:
                cycles.append(' -> '.join(stack[stack.index(t):] + [t]))
            elif not state.get(t):
                visit(t, stack)
        stack.pop()
        state[n] = 2

    for n in sorted(graph):
        if not state.get(n):
            visit(n, [])
    checks.append(('no-cycle', cycles))
    checks.append(('include-exists', [p for k, p in problems if k == 'include-exists']))
    passed = failed = 0
    for name, bad in checks:
        if bad:
            failed += 1
            print('FAIL layout.%s: %s' % (name, '; '.join(bad[:5])))
        else:
            passed += 1
            print('ok   layout.%s' % name)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
