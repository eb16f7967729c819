"""textfacts: money amounts, currencies, entities and facts from article text, in SQLite.

    import sqlite3, textfacts
    db = sqlite3.connect(':memory:')
    textfacts.load(db)
    db.execute("SELECT amount, currency FROM extract_money('Kelvora raised €2.5 million.')")

The wheel holds the SQLite extension itself (textfacts.so); textfacts.loadable_path() is
its path, for any other way of loading it (apsw, sqlite-utils --load-extension, ...).
"""
import os

__version__ = '@VERSION@'
__all__ = ['load', 'loadable_path']


def loadable_path():
    """The path of the extension in this package (for load_extension())."""
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), 'textfacts.so')


def load(conn):
    """Loads textfacts into CONN: a sqlite3.Connection or an apsw.Connection.

    Extension loading is switched on only for the load itself. A Python whose sqlite3
    module was built without it (Connection has no enable_load_extension) raises
    RuntimeError: use apsw, or a Python built with --enable-loadable-sqlite-extensions
    (Debian's /usr/bin/python3 is).
    """
    # apsw before 3.41 spells them enableloadextension and loadextension.
    enable = getattr(conn, 'enable_load_extension', None) or getattr(conn, 'enableloadextension',
                                                                     None)
    load_extension = getattr(conn, 'load_extension', None) or getattr(conn, 'loadextension', None)
    if enable is None or load_extension is None:
        raise RuntimeError(
            'textfacts.load(conn): %r cannot load extensions: this Python\'s sqlite3 module '
            'was built without --enable-loadable-sqlite-extensions (as pyenv\'s builds are '
            'by default); use a Python built with it (Debian\'s '
            '/usr/bin/python3) or apsw (textfacts.load(apsw.Connection(...)))' % (conn,))
    enable(True)
    try:
        load_extension(loadable_path())
    finally:
        enable(False)
