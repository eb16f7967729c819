#!/usr/bin/python3
"""The binaries depend on libc and libm only (issue 19): PCRE2 linked in and hidden, ICU
used at build time only.

usage: /usr/bin/python3 tests/selfcontained.py [dist/textfacts.so] [dist/libtextfacts.a]

  so.needed         `readelf -d`: the shared object NEEDS libc.so.6, and at most libm.so.6
                    and the loader besides; no RPATH or RUNPATH
  so.exports        its dynamic symbol table defines the entry point only
                    (sqlite3_textfacts_init): no PCRE2 symbol a host could meet
  so.imports        every symbol it takes from elsewhere is glibc's (versioned GLIBC_*),
                    bar the weak hooks of the toolchain
  so.extracts       loaded by /usr/bin/python3's sqlite3: money, an ICU currency name, ICU
                    region names
  so.debug          textfacts_debug() names the PCRE2 linked in (pkg-config's libpcre2-8
                    version) with its JIT in use, and the ICU and CLDR of the tables (the
                    icu-uc version pkg-config gives here)
  so.host_pcre2     in a process that loaded the system's libpcre2-8.so first (RTLD_GLOBAL),
                    the extension still extracts with its own PCRE2, JIT in use, and its
                    handle has no pcre2 symbol
  static.exports    `nm` on the static library: one global definition, the entry point
  static.imports    its undefined symbols are SQLite's (sqlite3_*) or defined by libc, libm
                    or the loader: linking it needs only -lm and an SQLite

One line per check (`ok NAME` / `FAIL NAME: why`), then `N passed, N failed`.
"""
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in tests/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tflib  # noqa: E402

ALLOWED_NEEDED = {'libc.so.6', 'libm.so.6', 'ld-linux-x86-64.so.2'}
ENTRY = 'sqlite3_textfacts_init'
# weak, unversioned references every GCC-built shared object carries (never required)
TOOLCHAIN_WEAK = {'_ITM_deregisterTMCloneTable', '_ITM_registerTMCloneTable', '__gmon_start__'}


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def pkg_version(name):
    return run('pkg-config', '--modversion', name).strip()


def dynamic_symbols(path):
    """(name, version, bind, ndx) of every entry of .dynsym."""
    out = []
    for line in run('readelf', '--dyn-syms', '-W', path).splitlines():
        f = line.split()
        if len(f) < 8 or not f[0].rstrip(':').isdigit():
            continue
        name = f[7]
        version = ''
        if '@' in name:
            name, version = re.split('@+', name, maxsplit=1)
        out.append((name, version, f[4], f[6]))
    return out


def check_so(report, so):
    dyn = run('readelf', '-d', so)
    needed = set(re.findall(r'\(NEEDED\)\s+Shared library: \[([^\]]+)\]', dyn))
    report.check('so.needed', 'libc.so.6' in needed and needed <= ALLOWED_NEEDED and
                 not re.search(r'\((RPATH|RUNPATH)\)', dyn),
                 'NEEDED %s (allowed: %s); %s' % (sorted(needed), sorted(ALLOWED_NEEDED),
                                                 'has a run path' if 'RUNPATH' in dyn or
                                                 'RPATH' in dyn else 'no run path'))
    syms = dynamic_symbols(so)
    defined = sorted(n for n, v, b, ndx in syms if ndx != 'UND' and b in ('GLOBAL', 'WEAK') and n)
    report.check('so.exports', defined == [ENTRY],
                 'defined dynamic symbols: %s' % ', '.join(defined[:20]))
    foreign = sorted(n for n, v, b, ndx in syms if ndx == 'UND' and n and
                     not v.startswith('GLIBC_') and not (b == 'WEAK' and n in TOOLCHAIN_WEAK))
    report.check('so.imports', bool(syms) and not foreign,
                 'undefined symbols not from glibc: %s' % ', '.join(foreign[:20]))


def check_load(report, so):
    conn = tflib.connect_or_fail(report, 'so.extracts', so)
    if conn is None:
        return
    money = conn.execute("SELECT amount, currency FROM extract_money("
                         "'Il a levé 5,6 milliards de dollars.')").fetchall()
    # ICU's German name of the Swiss franc, and ICU's region names in French and German
    code = conn.execute("SELECT currency_code('Schweizer Franken')").fetchone()[0]
    places = conn.execute("SELECT group_concat(name || '=' || code, ';') FROM extract_entities("
                          "'La Corée du Sud, Deutschland und Österreich.')").fetchone()[0]
    report.check('so.extracts', money == [(5600000000.0, 'USD')] and code == 'CHF' and
                 places == 'South Korea=KR;Germany=DE;Austria=AT',
                 'money %r, currency_code %r, places %r' % (money, code, places))
    debug = conn.execute('SELECT textfacts_debug()').fetchone()[0]
    want_pcre2 = 'pcre2 %s ' % pkg_version('libpcre2-8')
    icu = pkg_version('icu-uc')
    m = re.search(r'^icu (\S+), cldr (\S+), unicode (\S+) \(tables made at build time\)$',
                  debug, re.M)
    report.check('so.debug', want_pcre2 in debug and '(linked in)' in debug and
                 'pcre2 jit: in use' in debug and m is not None and m.group(1) == icu and
                 re.fullmatch(r'[0-9]+\.[0-9]+', m.group(2)) is not None,
                 'textfacts_debug() = %r (want %r, icu %s and a CLDR version)'
                 % (debug, want_pcre2, icu))
    conn.close()


HOST_SCRIPT = r'''
import ctypes, sqlite3, sys
host = ctypes.CDLL('libpcre2-8.so.0', mode=ctypes.RTLD_GLOBAL)
buf = ctypes.create_string_buffer(64)
host.pcre2_config_8(11, buf)  # PCRE2_CONFIG_VERSION: the host's PCRE2 answers
conn = sqlite3.connect(':memory:')
conn.enable_load_extension(True)
conn.load_extension(sys.argv[1])
rows = conn.execute("SELECT match, qualifier FROM extract_money("
                    "'It raised about $3 billion, at least 40 million euros.')").fetchall()
debug = conn.execute('SELECT textfacts_debug()').fetchone()[0]
ext = ctypes.CDLL(sys.argv[1])
leaked = [n for n in ('pcre2_compile_8', 'pcre2_match_8', 'pcre2_config_8', 'pcre2_jit_compile_8')
          if hasattr(ext, n)]
print(buf.value.decode(), rows, 'pcre2 jit: in use' in debug, leaked, sep='|')
'''


def check_host_pcre2(report, so):
    p = subprocess.run([sys.executable, '-c', HOST_SCRIPT, so], capture_output=True, text=True)
    out = p.stdout.strip()
    want = "[('$3 billion', 'approx'), ('40 million euros', 'min')]|True|[]"
    report.check('so.host_pcre2', p.returncode == 0 and out.split('|', 1)[-1] == want and
                 out.split('|', 1)[0].startswith(pkg_version('libpcre2-8')),
                 'exit %d, output %r (want HOSTVERSION|%s), stderr %s'
                 % (p.returncode, out, want, p.stderr.strip()[-300:]))


def library_symbols(path):
    names = set()
    for lib in ('libc.so.6', 'libm.so.6', 'ld-linux-x86-64.so.2'):
        f = run('cc', '-print-file-name=' + lib).strip()
        if not os.path.isabs(f):
            f = os.path.join('/lib/x86_64-linux-gnu', lib)
        names.update(line.split()[-1].split('@')[0]
                     for line in run('nm', '-D', '--defined-only', f).splitlines() if line.strip())
    return names


def check_static(report, lib):
    if not os.path.exists(lib):
        report.fail('static.exports', '%s not found (make static)' % lib)
        return
    defined = sorted(line.split()[-1] for line in
                     run('nm', '-g', '--defined-only', lib).splitlines()
                     if len(line.split()) == 3)
    report.check('static.exports', defined == [ENTRY], 'global definitions: %s'
                 % ', '.join(defined[:20]))
    undefined = {line.split()[-1] for line in run('nm', '-u', lib).splitlines()
                 if len(line.split()) == 2}
    system = library_symbols(lib)
    foreign = sorted(n for n in undefined if not n.startswith('sqlite3_') and n not in system and
                     n != '_GLOBAL_OFFSET_TABLE_')
    report.check('static.imports', bool(undefined) and not foreign,
                 'undefined symbols neither SQLite\'s nor libc/libm\'s: %s' % ', '.join(foreign[:20]))


def main(argv):
    report = tflib.Report()
    args = [a for a in argv if not a.startswith('-')]
    so = tflib.extension_path(args[:1])
    lib = args[1] if len(args) > 1 else os.path.join(tflib.REPO, 'dist', 'libtextfacts.a')
    for name, test in (('so', lambda: check_so(report, so)), ('load', lambda: check_load(report, so)),
                       ('host', lambda: check_host_pcre2(report, so)),
                       ('static', lambda: check_static(report, lib))):
        try:
            test()
        except Exception as e:  # noqa: BLE001 -- report it and go on with the next check
            report.fail(name, 'raised %s: %s' % (type(e).__name__, e))
    return report.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
