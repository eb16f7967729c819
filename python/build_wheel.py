#!/usr/bin/python3
"""Builds the textfacts wheel with the standard library alone (PyPI is not needed).

usage: /usr/bin/python3 python/build_wheel.py dist/textfacts.so VERSION OUTDIR

Writes OUTDIR/textfacts-VERSION-py3-none-PLATFORM.whl and prints its path. The wheel holds
the package python/textfacts with the module as textfacts/textfacts.so, and the
dist-info: METADATA (2.1), WHEEL (Root-Is-Purelib: false), RECORD (sha256 of every file).

The tags: the module is no Python extension -- SQLite loads it, whatever the Python -- so
py3-none. The platform is what the binary needs: manylinux_2_N_<arch> when it depends on
glibc alone (libc, libm, the loader; N the newest GLIBC_2.N symbol version it uses),
otherwise linux_<arch> (a binary that needs other libraries, such as ICU, promises
nothing about other Linux systems).
"""
import base64
import hashlib
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
GLIBC_ONLY = {'libc.so.6', 'libm.so.6', 'libpthread.so.0', 'libdl.so.2', 'librt.so.1',
              'ld-linux-x86-64.so.2', 'ld-linux-aarch64.so.1'}
ARCHES = {'Advanced Micro Devices X86-64': 'x86_64', 'AArch64': 'aarch64'}


def readelf(*args):
    return subprocess.run(['readelf', '-W'] + list(args), check=True, stdout=subprocess.PIPE,
                          encoding='utf-8').stdout


def platform_tag(so):
    machine = re.search(r'^\s*Machine:\s*(.+?)\s*$', readelf('-h', so), re.M).group(1)
    arch = ARCHES.get(machine)
    if not arch:
        sys.exit('build_wheel.py: %s: unknown machine %r' % (so, machine))
    needed = set(re.findall(r'\(NEEDED\).*\[(.+)\]', readelf('-d', so)))
    if not needed <= GLIBC_ONLY:
        return 'linux_' + arch
    versions = [tuple(map(int, v.split('.'))) for v in
                re.findall(r'GLIBC_(\d+\.\d+(?:\.\d+)?)', readelf('--version-info', so))]
    newest = max(versions) if versions else (2, 17)
    return 'manylinux_%d_%d_%s' % (newest[0], newest[1], arch)


def record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()
    return '%s,sha256=%s,%d' % (name, digest, len(data))


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__.split('\n\n')[1])
    so, version, outdir = argv
    tag = 'py3-none-' + platform_tag(so)
    info = 'textfacts-%s.dist-info' % version
    with open(os.path.join(HERE, 'textfacts', '__init__.py'), encoding='utf-8') as f:
        init = f.read().replace('@VERSION@', version)
    with open(so, 'rb') as f:
        module = f.read()
    metadata = '\n'.join([
        'Metadata-Version: 2.1',
        'Name: textfacts',
        'Version: ' + version,
        'Summary: SQLite extension: money amounts, currencies, entities and facts from '
        'article text',
        'Requires-Python: >=3.7',
        'Classifier: Programming Language :: C',
        'Classifier: Topic :: Database',
        'Classifier: Operating System :: POSIX :: Linux',
        'Description-Content-Type: text/plain',
        '',
        'textfacts.load(conn) loads the textfacts SQLite extension into a sqlite3 (or apsw)',
        'connection; textfacts.loadable_path() is the path of the module in this package.',
        '']).encode()
    wheel = '\n'.join(['Wheel-Version: 1.0', 'Generator: textfacts build_wheel.py',
                       'Root-Is-Purelib: false', 'Tag: ' + tag, '']).encode()
    files = [('textfacts/__init__.py', init.encode(), 0o644),
             ('textfacts/textfacts.so', module, 0o755),
             (info + '/METADATA', metadata, 0o644),
             (info + '/WHEEL', wheel, 0o644),
             (info + '/top_level.txt', b'textfacts\n', 0o644)]
    record = ''.join(record_line(n, d) + '\n' for n, d, _ in files) + info + '/RECORD,,\n'
    files.append((info + '/RECORD', record.encode(), 0o644))
    os.makedirs(outdir, exist_ok=True)
    path = os.path.join(outdir, 'textfacts-%s-%s.whl' % (version, tag))
    for old in os.listdir(outdir):   # one wheel in OUTDIR: an older tag's would be picked too
        if old.startswith('textfacts-') and old.endswith('.whl'):
            os.remove(os.path.join(outdir, old))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data, mode in files:
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            entry.external_attr = (0o100000 | mode) << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(entry, data)
    print(path)


if __name__ == '__main__':
    main(sys.argv[1:])
