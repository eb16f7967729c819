#!/usr/bin/python3
"""The packages, installed as a user would: make install, the wheel, the npm package,
sqlite-utils -- and README.md's install lines, each run as written.

usage: /usr/bin/python3 tests/packaging.py [-v]

The install lines are the ```sh block after `<!-- install-lines -->` in README.md; each
line must print 2500000 and EUR. They run in a temporary directory (dist/ there is a link
to the repository's), with `make` meaning `make -s -C <repository>` and without `sudo`:
  - make install goes to a temporary DESTDIR (the environment's DESTDIR); the module is
    found by name there through LD_LIBRARY_PATH=DESTDIR+MODULEDIR, standing in for the
    system directory that `LD_DEBUG=libs` shows glibc searching (checked below), and
    pkg-config reads the DESTDIR's textfacts.pc (PKG_CONFIG_PATH, PKG_CONFIG_SYSROOT_DIR);
  - app.c is the ```c block of README.md's install section;
  - pip and python3 are those of a fresh venv of /usr/bin/python3 (PIP_NO_INDEX=1);
  - npm installs better-sqlite3@12 from the npm registry beside the packed tarball.
Then: the installed files and their modes, the pc file, a static link, make uninstall
leaving no file; the wheel's RECORD hashes, tags and METADATA, queries in the venv
(money, entities, facts, the textfacts table), pip uninstall, apsw (Debian's
python3-apsw); better-sqlite3's own SQLite (its version is printed) with the same
queries; and tests/sqlite_host.c linked with the SQLite 3.33.0 and 3.32.0 amalgamations
of better-sqlite3 7.1.1 and 7.1.0 (npm pack): everything works on 3.33.0, 3.32.0 gets the
refusal. About 2 minutes, most of it npm building better-sqlite3 12 when no prebuilt
binary can be downloaded, and the two amalgamations.
"""
import base64
import csv
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

REPO = tflib.REPO
with open(os.path.join(REPO, 'VERSION'), encoding='utf-8') as f:
    VERSION = f.read().strip()
SENTENCE = 'Kelvora raised \u20ac2.5 million.'
report = tflib.Report()


def check(name, ok, why=''):
    if ok:
        report.ok(name)
    else:
        report.fail(name, why)
    return ok


def run(cmd, cwd, env=None, timeout=600):
    """(status, stdout+stderr) of CMD (a list, or a bash line)."""
    if isinstance(cmd, str):
        cmd = ['bash', '-c', cmd]
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       encoding='utf-8', errors='replace', timeout=timeout)
    return p.returncode, p.stdout


def tail(text, n=12):
    return '\n'.join(text.rstrip('\n').split('\n')[-n:])


def readme_install():
    """The install lines (ecosystem -> line) and app.c, from README.md."""
    with open(os.path.join(REPO, 'README.md'), encoding='utf-8') as f:
        text = f.read()
    block = re.search(r'<!-- install-lines -->\n```sh\n(.*?)\n```', text, re.S)
    lines = [l for l in block.group(1).split('\n') if l.strip()] if block else []
    app = re.search(r'\n\s*```c\n(.*?)\n\s*```', text[block.end():] if block else '', re.S)
    app_c = '\n'.join(l[2:] if l.startswith('  ') else l for l in app.group(1).split('\n')) \
        if app else None
    kinds = {}
    for line in lines:
        kind = ('sqlite3' if 'make install' in line else 'c' if 'pkg-config' in line else
                'python' if 'make wheel' in line else 'node' if 'make npm' in line else
                'sqlite-utils' if line.startswith('sqlite-utils') else 'unknown')
        kinds[kind] = line
    return kinds, app_c


def as_test(line):
    """The line as the test runs it: no sudo, make in the repository."""
    line = re.sub(r'^sudo ', '', line)
    return re.sub(r'(^|&& )make ', r'\1make -s -C %s ' % REPO, line)


def install_line(kinds, kind, cwd, env):
    name = 'readme_install/' + kind
    line = kinds.get(kind)
    if not check(name + '_present', line is not None, 'no %s line in the install block' % kind):
        return False
    rc, out = run(as_test(line), cwd, env)
    return check(name, rc == 0 and '2500000' in out and 'EUR' in out,
                 'exit %d, no "2500000 … EUR" in the output:\n%s' % (rc, tail(out)))


def system_search_path():
    """The directories glibc's loader searches by itself, from `ld.so --help`."""
    rc, out = run(['readelf', '-l', '/bin/sh'], REPO)
    m = re.search(r'interpreter: (\S+?)\]', out)
    if not m:
        return []
    rc, out = run([m.group(1), '--help'], REPO)
    return re.findall(r'^\s+(\S+) \(system search path\)', out, re.M)


def files_under(root):
    found = []
    for d, _, names in os.walk(root):
        found += [os.path.relpath(os.path.join(d, n), root) for n in names]
    return sorted(found)


def test_install(tmp, kinds, app_c):
    root = os.path.join(tmp, 'root')
    env = dict(os.environ, DESTDIR=root)
    env.pop('MAKEFLAGS', None)
    env.pop('MAKELEVEL', None)
    rc, out = run(['make', '-s', '--no-print-directory', '-C', REPO, 'install', 'DESTDIR=' + root],
                  REPO, env)
    if not check('install/make_install', rc == 0, tail(out)):
        return
    sql = sorted(n for n in os.listdir(os.path.join(REPO, 'sql')) if n.endswith('.sql'))
    reports = sorted(os.listdir(os.path.join(REPO, 'sql', 'reports')))
    got = files_under(root)
    modules = [f for f in got if f.endswith('/textfacts.so')]
    moduledir = '/' + os.path.dirname(modules[0]) if len(modules) == 1 else None
    want = sorted([moduledir[1:] + '/textfacts.so' if moduledir else 'textfacts.so',
                   'usr/local/lib/libtextfacts.a', 'usr/local/include/textfacts.h',
                   'usr/local/lib/pkgconfig/textfacts.pc', 'usr/local/share/textfacts/README.md']
                  + ['usr/local/share/textfacts/' + n for n in sql]
                  + ['usr/local/share/textfacts/reports/' + n for n in reports])
    check('install/files', got == want, 'installed:\n    %s\n  expected:\n    %s'
          % ('\n    '.join(got), '\n    '.join(want)))
    if not moduledir:
        return
    mod = os.path.join(root, moduledir[1:], 'textfacts.so')
    check('install/module_mode', os.stat(mod).st_mode & 0o777 == 0o755, oct(os.stat(mod).st_mode))
    same = all(open(os.path.join(REPO, 'sql', n), 'rb').read() ==
               open(os.path.join(root, 'usr/local/share/textfacts', n), 'rb').read() for n in sql)
    check('install/sql_scripts', same, 'share/textfacts/*.sql differ from sql/')
    # The directory is one glibc searches for a bare name, and it does search it.
    search = system_search_path()
    check('install/module_in_system_search_path', moduledir in search,
          '%s is not among ld.so --help\'s system search path %s' % (moduledir, search))
    denv = dict(os.environ, LD_DEBUG='libs')
    denv.pop('LD_LIBRARY_PATH', None)
    rc, out = run(['sqlite3', ':memory:', '.load textfacts'], tmp, denv)
    tried = re.findall(r'trying file=(\S+)', out)
    check('install/dlopen_tries_module_dir', moduledir + '/textfacts.so' in tried,
          '.load textfacts made glibc try %s' % tried)

    # The pc file.
    penv = dict(os.environ, PKG_CONFIG_PATH=os.path.join(root, 'usr/local/lib/pkgconfig'),
                PKG_CONFIG_SYSROOT_DIR=root, LD_LIBRARY_PATH=os.path.join(root, moduledir[1:]),
                DESTDIR=root)
    penv.pop('MAKEFLAGS', None)
    rc, out = run(['pkg-config', '--modversion', 'textfacts'], tmp, penv)
    check('install/pc_version', rc == 0 and out.strip() == VERSION, out)
    rc, out = run(['pkg-config', '--variable=moduledir', 'textfacts'], tmp, penv)
    check('install/pc_moduledir', out.strip() == moduledir, out)

    # README's lines: the sqlite3 shell (make install again: the same files), C, sqlite-utils.
    install_line(kinds, 'sqlite3', tmp, penv)
    if check('install/readme_app_c', app_c is not None, 'no ```c block after the install lines'):
        with open(os.path.join(tmp, 'app.c'), 'w', encoding='utf-8') as f:
            f.write(app_c + '\n')
        if install_line(kinds, 'c', tmp, penv):
            rc, out = run(['readelf', '-d', os.path.join(tmp, 'app')], tmp)
            check('install/c_links_the_archive', rc == 0 and 'textfacts' not in out,
                  'the program needs a textfacts shared object:\n' + out)
        rc, out = run('cc -Wall -Wextra -Werror app.c $(pkg-config --cflags --libs --static textfacts)'
                      ' -o app_static && ./app_static', tmp, penv)
        check('install/c_static', rc == 0 and '2500000.0 EUR' in out, tail(out))
    install_line(kinds, 'sqlite-utils', tmp, penv)
    rc, out = run(['sqlite-utils', 'memory', "SELECT amount, currency FROM extract_money('%s')"
                   % SENTENCE, '--load-extension', os.path.join(REPO, 'dist', 'textfacts.so')],
                  tmp)
    check('sqlite_utils/by_path', rc == 0 and '"amount": 2500000.0' in out
          and '"currency": "EUR"' in out, tail(out))

    rc, out = run(['make', '-s', '--no-print-directory', '-C', REPO, 'uninstall',
                   'DESTDIR=' + root], REPO, penv)
    left = files_under(root)
    check('install/uninstall_leaves_nothing', rc == 0 and not left and not os.path.exists(
        os.path.join(root, 'usr/local/share/textfacts')), 'left: %s\n%s' % (left, tail(out)))


def record_ok(whl):
    """'' when every file of the wheel has its right sha256 and size in RECORD."""
    with zipfile.ZipFile(whl) as z:
        names = z.namelist()
        rec = [n for n in names if n.endswith('.dist-info/RECORD')]
        if len(rec) != 1:
            return 'no single RECORD: %s' % names
        rows = {r[0]: r[1:] for r in csv.reader(io.StringIO(z.read(rec[0]).decode()))}
        if set(rows) != set(names):
            return 'RECORD lists %s, the wheel holds %s' % (sorted(rows), sorted(names))
        for n in names:
            if n == rec[0]:
                if rows[n] != ['', '']:
                    return 'RECORD has a hash for itself'
                continue
            data = z.read(n)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=')
            if rows[n] != ['sha256=' + digest.decode(), str(len(data))]:
                return '%s: RECORD says %s' % (n, rows[n])
    return ''


VENV_QUERIES = r'''
import sqlite3, sys, os, textfacts
assert textfacts.__version__ == sys.argv[1], textfacts.__version__
path = textfacts.loadable_path()
assert path.startswith(sys.prefix) and os.path.isfile(path), path
db = sqlite3.connect(':memory:')
textfacts.load(db)
print('money', db.execute("SELECT amount, currency FROM extract_money(?)", [sys.argv[2]]).fetchall())
print('entities', db.execute("SELECT name, kind FROM extract_entities("
      "'Kelvora Systems chief Talvex Orvane met Vantora in Paris.')").fetchall())
print('facts', db.execute("SELECT entity, what, amount FROM extract_facts("
      "'Vantora will invest $3 billion in 2027.')").fetchall())
db.executescript("""
  CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT);
  CREATE VIRTUAL TABLE f USING textfacts(content = 'articles', column = 'body');
  INSERT INTO articles(body) VALUES ('Orvane raised $40 million from Talvex.');
""")
print('table', db.execute("SELECT doc, amount, currency FROM f WHERE kind = 'money'").fetchall())
db.execute("INSERT INTO f(f) VALUES ('integrity-check')")
try:
    db.execute("SELECT load_extension(?)", [path])
    print('sql load_extension left on')
except sqlite3.OperationalError as e:
    print('sql load_extension off:', e)
class NoExtensions:
    pass
try:
    textfacts.load(NoExtensions())
except RuntimeError as e:
    print('no extension loading:', e)
'''


def test_wheel(tmp, kinds):
    venv = os.path.join(tmp, 'venv')
    rc, out = run(['/usr/bin/python3', '-m', 'venv', venv], tmp)
    if not check('wheel/venv', rc == 0, 'python3 -m venv (Debian\'s python3-venv): ' + tail(out)):
        return
    env = dict(os.environ, PATH=os.path.join(venv, 'bin') + ':' + os.environ['PATH'],
               PIP_NO_INDEX='1', PIP_DISABLE_PIP_VERSION_CHECK='1', VIRTUAL_ENV=venv)
    env.pop('PYTHONPATH', None)
    env.pop('MAKEFLAGS', None)
    if not install_line(kinds, 'python', tmp, env):
        return
    wheels = [n for n in os.listdir(os.path.join(REPO, 'dist')) if n.endswith('.whl')]
    if not check('wheel/one_wheel', len(wheels) == 1, 'dist/ holds %s' % wheels):
        return
    whl = os.path.join(REPO, 'dist', wheels[0])
    m = re.match(r'textfacts-(.+?)-py3-none-(.+)\.whl$', wheels[0])
    check('wheel/name', m and m.group(1) == VERSION, wheels[0])
    sys.path.insert(0, os.path.join(REPO, 'python'))
    import build_wheel
    tag = build_wheel.platform_tag(os.path.join(REPO, 'dist', 'textfacts.so'))
    check('wheel/platform_tag', m and m.group(2) == tag and tag.endswith('_x86_64')
          if os.uname().machine == 'x86_64' else True, '%s, expected %s' % (wheels[0], tag))
    # A module that needs glibc alone is tagged manylinux_2_N (one that needs more: linux_).
    small = os.path.join(tmp, 'small.so')
    with open(os.path.join(tmp, 'small.c'), 'w') as f:
        f.write('#include <string.h>\nsize_t f(const char *s) { return strlen(s); }\n')
    rc, out = run(['cc', '-shared', '-fPIC', '-o', small, 'small.c'], tmp)
    small_tag = build_wheel.platform_tag(small) if rc == 0 else out
    check('wheel/manylinux_tag_for_glibc_only', re.match(r'manylinux_2_\d+_', small_tag), small_tag)
    check('wheel/record', record_ok(whl) == '', record_ok(whl))
    with zipfile.ZipFile(whl) as z:
        info = 'textfacts-%s.dist-info/' % VERSION
        wheel = z.read(info + 'WHEEL').decode()
        meta = z.read(info + 'METADATA').decode()
        so_inside = z.read('textfacts/textfacts.so') == open(
            os.path.join(REPO, 'dist', 'textfacts.so'), 'rb').read()
    check('wheel/WHEEL', 'Root-Is-Purelib: false' in wheel and 'Tag: py3-none-%s\n' % tag in wheel,
          wheel)
    check('wheel/METADATA', meta.startswith('Metadata-Version: 2.1\nName: textfacts\nVersion: %s\n'
                                            % VERSION), meta)
    check('wheel/module_inside', so_inside, 'textfacts/textfacts.so differs from dist/textfacts.so')
    rc, out = run(['python3', '-c', VENV_QUERIES, VERSION, SENTENCE], tmp, env)
    check('wheel/money', "money [(2500000.0, 'EUR')]" in out, out)
    check('wheel/entities', "entities [('Kelvora Systems', 'org'), ('Talvex Orvane', 'person'), "
          "('Vantora', 'org'), ('Paris', 'place')]" in out, out)
    check('wheel/facts', "facts [('Vantora', 'investment', 3000000000.0)]" in out, out)
    check('wheel/virtual_table', "table [(1, 40000000.0, 'USD')]" in out, out)
    check('wheel/load_extension_off_after_load', 'sql load_extension off: not authorized' in out,
          out)
    check('wheel/no_extension_loading_message',
          re.search(r'no extension loading: textfacts\.load\(conn\): .* cannot load extensions', out)
          is not None, out)
    # apsw (Debian's python3-apsw, for /usr/bin/python3): the same load() works.
    site = [d for d, _, files in os.walk(venv) if d.endswith('site-packages/textfacts')]
    rc, out = run(['/usr/bin/python3', '-c',
                   'import sys; sys.path.insert(0, sys.argv[1]); import apsw, textfacts; '
                   'db = apsw.Connection(":memory:"); textfacts.load(db); '
                   'print(list(db.execute("SELECT amount, currency FROM extract_money(?)", '
                   '(sys.argv[2],))))', os.path.dirname(site[0]) if site else '', SENTENCE], tmp)
    check('wheel/apsw', "[(2500000.0, 'EUR')]" in out, tail(out))
    rc, out = run(['pip', 'uninstall', '-y', 'textfacts'], tmp, env)
    left = [d for d, _, _ in os.walk(venv) if os.path.basename(d) in ('textfacts',)
            or 'textfacts-' in os.path.basename(d)]
    check('wheel/pip_uninstall', rc == 0 and not left, 'left %s\n%s' % (left, tail(out)))


NODE_QUERIES = r'''
const Database = require('better-sqlite3');
const textfacts = require('textfacts');
const db = new Database(':memory:');
textfacts.load(db);
const out = {};
out.sqlite = db.prepare('SELECT sqlite_version() AS v').get().v;
out.bsq = require('better-sqlite3/package.json').version;
out.path = textfacts.getLoadablePath();
out.money = db.prepare('SELECT amount, currency FROM extract_money(?)').all(process.argv[1]);
out.entities = db.prepare("SELECT name, kind FROM extract_entities('Kelvora Systems chief Talvex Orvane met Vantora in Paris.')").all();
out.facts = db.prepare("SELECT entity, what, amount FROM extract_facts('Vantora will invest $3 billion in 2027.')").all();
db.exec(`CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT);
  CREATE VIRTUAL TABLE f USING textfacts(content = 'articles', column = 'body');
  INSERT INTO articles(body) VALUES ('Orvane raised $40 million from Talvex.');
  INSERT INTO articles(body) VALUES ('Le groupe Vantora investit 2 milliards d''euros.');`);
out.table = db.prepare("SELECT doc, amount, currency FROM f WHERE kind = 'money' ORDER BY doc").all();
db.exec("DELETE FROM articles WHERE id = 1; INSERT INTO f(f) VALUES ('integrity-check')");
out.after_delete = db.prepare("SELECT count(*) AS n FROM f WHERE doc = 1").get().n;
try { textfacts.load({}); out.bad = 'no error'; } catch (e) { out.bad = e.name + ': ' + e.message; }
console.log(JSON.stringify(out));
'''


def test_npm(tmp, kinds):
    rc, out = run(['node', '--version'], tmp)
    major = int(re.match(r'v(\d+)', out).group(1)) if rc == 0 and out.startswith('v') else 0
    if not check('npm/node_20_or_later', major >= 20,
                 'node %s: better-sqlite3 12 needs Node 20 or later (make deps-test)'
                 % (out.strip() or 'missing')):
        return
    work = os.path.join(tmp, 'node')
    os.makedirs(work)
    os.symlink(os.path.join(REPO, 'dist'), os.path.join(work, 'dist'))
    # better-sqlite3 is compiled when no prebuilt binary can be fetched (CI reaches the npm
    # registry only): -O0 takes that from about 55 to 20 s of CPU, the same SQLite.
    env = dict(os.environ, npm_config_audit='false', npm_config_fund='false', JOBS='2',
               CFLAGS='-O0', CXXFLAGS='-O0',
               npm_config_update_notifier='false', npm_config_loglevel='error')
    env.pop('MAKEFLAGS', None)
    if not install_line(kinds, 'node', work, env):
        return
    rc, out = run(['node', '-e', NODE_QUERIES, SENTENCE], work, env)
    try:
        import json
        got = json.loads(out.strip().split('\n')[-1])
    except ValueError:
        check('npm/queries', False, tail(out))
        return
    print('better-sqlite3 %s, SQLite %s' % (got['bsq'], got['sqlite']))
    check('npm/newer_sqlite', tuple(map(int, got['sqlite'].split('.'))) > (3, 40, 1),
          'better-sqlite3 %s has SQLite %s' % (got['bsq'], got['sqlite']))
    check('npm/path_in_node_modules', got['path'].startswith(work + '/node_modules/textfacts/'),
          got['path'])
    check('npm/money', got['money'] == [{'amount': 2500000, 'currency': 'EUR'}], got['money'])
    check('npm/entities', [e['name'] for e in got['entities']] ==
          ['Kelvora Systems', 'Talvex Orvane', 'Vantora', 'Paris'], got['entities'])
    check('npm/facts', got['facts'] == [{'entity': 'Vantora', 'what': 'investment',
                                         'amount': 3000000000}], got['facts'])
    check('npm/virtual_table', got['table'] == [
        {'doc': 1, 'amount': 40000000, 'currency': 'USD'},
        {'doc': 2, 'amount': 2000000000, 'currency': 'EUR'}] and got['after_delete'] == 0,
          '%s, after delete %s' % (got['table'], got['after_delete']))
    check('npm/load_error', got['bad'].startswith('TypeError: textfacts.load(db)'), got['bad'])


# The oldest SQLite supported and the one before it, from the amalgamations that
# better-sqlite3 7.1.1 and 7.1.0 ship (npm registry): tests/sqlite_host.c linked with each.
OLD_SQLITE = [('7.1.0', '3.32.0'), ('7.1.1', '3.33.0')]
HOST_EXPECTED = """sqlite 3.33.0
load: rc=0 
amount=2500000.0 currency=EUR
name=Kelvora Systems kind=org
name=Talvex Orvane kind=person
name=Vantora kind=org
name=Paris kind=place
entity=Vantora what=investment amount=3000000000.0 year=2027
doc=1 match=$40 million amount=40000000.0 currency=USD entity=Orvane Holdings year=NULL
doc=2 match=2 milliards d'euros amount=2000000000.0 currency=EUR entity=Vantora year=2026
doc=1 match=$7 million amount=7000000.0
renamed_rows=2
left_over=0
"""


def test_sqlite_versions(tmp):
    work = os.path.join(tmp, 'sqlite')
    os.makedirs(work)
    env = dict(os.environ, npm_config_loglevel='error', npm_config_update_notifier='false')
    builds = []
    for pkg, version in OLD_SQLITE:
        name = 'sqlite_versions/amalgamation_%s' % version
        rc, out = run(['npm', 'pack', '--silent', 'better-sqlite3@' + pkg], work, env)
        tgz = os.path.join(work, 'better-sqlite3-%s.tgz' % pkg)
        src = os.path.join(work, pkg)
        os.makedirs(src)
        if not check(name + '_fetched', rc == 0 and os.path.exists(tgz),
                     'npm pack better-sqlite3@%s: %s' % (pkg, tail(out))):
            continue
        rc, out = run('tar xzf %s -C %s && tar xzf %s/package/deps/sqlite3.tar.gz -C %s'
                      % (tgz, src, src, src), work)
        header = os.path.join(src, 'sqlite3.h')
        got = re.search(r'#define SQLITE_VERSION\s+"([\d.]+)"', open(header).read()).group(1) \
            if os.path.exists(header) else out
        if not check(name, got == version, 'better-sqlite3@%s holds SQLite %s' % (pkg, got)):
            continue
        with open(os.path.join(src, 'package', 'deps', 'defines.gypi')) as f:
            defines = ['-D' + d for d in re.findall(r"'(SQLITE_[A-Z0-9_]+(?:=\w+)?)'", f.read())]
        obj = os.path.join(src, 'sqlite3.o')
        proc = subprocess.Popen(['cc', '-O0', '-w'] + defines + ['-c', '-o', obj,
                                os.path.join(src, 'sqlite3.c')], cwd=work,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        builds.append((version, src, obj, proc))
    for version, src, obj, proc in builds:
        out = proc.communicate()[0].decode(errors='replace')
        host = os.path.join(src, 'host')
        if proc.returncode == 0:
            rc, out = run(['cc', '-std=c11', '-Wall', '-Wextra', '-Werror', '-I', src,
                           '-o', host,
                           os.path.join(REPO, 'tests', 'sqlite_host.c'), obj, '-lpthread', '-ldl',
                           '-lm'], work)
        if not check('sqlite_versions/host_%s' % version, os.path.exists(host), tail(out)):
            continue
        rc, out = run([host, os.path.join(REPO, 'dist', 'textfacts.so')], work)
        if version == '3.33.0':
            check('sqlite_versions/works_on_3.33.0', rc == 0 and out == HOST_EXPECTED,
                  'exit %d; output:\n%s' % (rc, out))
        else:
            check('sqlite_versions/refused_by_%s' % version, rc == 1 and out == (
                'sqlite %s\nload: rc=1 error during initialization: textfacts: needs SQLite '
                '3.33.0 or later; this is SQLite %s\n' % (version, version)), out)


def main():
    kinds, app_c = readme_install()
    check('readme_install/five_lines', sorted(kinds) ==
          ['c', 'node', 'python', 'sqlite-utils', 'sqlite3'], sorted(kinds))
    tmp = tempfile.mkdtemp(prefix='textfacts-packaging-')
    os.symlink(os.path.join(REPO, 'dist'), os.path.join(tmp, 'dist'))
    try:
        test_install(tmp, kinds, app_c)
        test_wheel(tmp, kinds)
        test_npm(tmp, kinds)
        test_sqlite_versions(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report.finish()


if __name__ == '__main__':
    sys.exit(main())
