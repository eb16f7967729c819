#!/usr/bin/python3
"""Hostile database files: a file anyone can hand a user, with the textfacts table's shadow
tables, triggers, config or schema tampered with, views that lead back into textfacts, and
triggers that try to forge stored facts.

usage: /usr/bin/python3 tests/hostile_files.py [dist/textfacts.so]

Each case copies a clean file (the articles of tests/store_files.py and their textfacts
table), tampers with it through Python's own sqlite3 (no extension; PRAGMA writable_schema
where the schema itself is edited), then runs statements in a new sqlite3 shell process with
the extension loaded, one statement per line, and checks:

  - the process ends by itself (no crash, no hang: 60 s), with no sanitizer report;
  - each statement succeeds (printing what is expected) or fails with an error that names
    what is wrong: the table, the shadow table or the view;
  - the articles are never changed by anything but the case's own writes (a digest of the
    content table before and after);
  - where the case says so, 'rebuild' repairs: integrity-check passes and the stored rows
    equal the table-valued functions' rows again.

Regressions: ids at the 64-bit limits (a signed overflow in the row estimate under UBSan on
the builds before 77e0fa9); DROP TABLE of a table this build cannot use (it failed:
the table could not be removed at all); integrity-check that did not see missing or foreign
triggers, or a content table turned into a view; rebuild's "SQL logic error".

One line per check (`ok CASE/what` / `FAIL CASE/what: why`), then `N passed, N failed`.
"""
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in tests/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import store_files  # noqa: E402
import tflib  # noqa: E402

T = 'article_facts'
TIMEOUT = 60
SAN_RE = store_files.SAN_RE
ERROR_RE = re.compile(r'^(?:Parse|Runtime) error near line (\d+): (.*)$')
FORGED = "Forged SA a levé 999 milliards d''euros en 2026."
INT64_MAX = 9223372036854775807
INT64_MIN = -9223372036854775808
REAL_INSERT = ("INSERT INTO articles(id, lang, title, body) VALUES (50, 'en', 't', "
               "'Acme Corp raised $3 million in 2024.');")
EXPECTED_ROWS = 0  # how many rows the clean file holds (set by main)
ROWS_SQL = store_files.EXPECTED_SQL  # what the functions give for the articles
STORED_SQL = store_files.STORED_SQL


def content_digest(path, table='articles'):
    """A digest of the content table, read without the extension."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute('SELECT * FROM "%s" ORDER BY 1' % table).fetchall()
    finally:
        conn.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def tamper(path, script, schema=False):
    """Runs script on the file without the extension (writable_schema when asked)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if schema:
            conn.execute('PRAGMA writable_schema = ON')
        conn.executescript(script)
        if schema:
            conn.execute('PRAGMA writable_schema = OFF')
    finally:
        conn.close()


def run_shell(so_path, path, statements, setup=''):
    """Runs the statements (one per line) in a new sqlite3 shell with the extension.
    Returns (status, stdout lines, {line number: error message}, raw output); status is
    the exit code, or 'timeout'."""
    for s in statements:
        assert '\n' not in s, s
    script = '\n'.join(statements) + '\n'
    head = setup.count('\n')
    args = ['sqlite3', '-batch', '-list', '-nullvalue', 'NULL', '-cmd', ".load '%s'" % so_path,
            path]
    try:
        proc = subprocess.run(args, input=setup + script, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, encoding='utf-8', errors='replace',
                              timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return 'timeout', [], {}, ''
    errors = {}
    for line in proc.stderr.splitlines():
        m = ERROR_RE.match(line)
        if m:
            errors[int(m.group(1)) - head] = m.group(2)
    return proc.returncode, proc.stdout.splitlines(), errors, proc.stdout + proc.stderr


class Case:
    """A tampered file and what must happen on it."""

    def __init__(self, report, so_path, tmp, base, name):
        self.report, self.so_path, self.name = report, so_path, name
        self.path = os.path.join(tmp, name + '.db')
        shutil.copy(base, self.path)
        self.digest = content_digest(self.path)

    def check(self, what, good, why):
        self.report.check('%s/%s' % (self.name, what), good, why)
        return good

    def run(self, steps, setup='', articles_change=False):
        """steps: (sql, want) with want None (must succeed), 'out:TEXT' (must succeed and
        print TEXT) or an error substring ('!' + substring: must fail with it)."""
        status, out, errors, raw = run_shell(self.so_path, self.path, [s for s, _ in steps],
                                             setup)
        if status == 'timeout':
            return self.check('ends', False, 'no answer in %d s' % TIMEOUT)
        if SAN_RE.search(raw):
            return self.check('ends', False, 'sanitizer report: %s' % raw[-1500:])
        if status not in (0, 1):
            return self.check('ends', False, 'exit status %s: %s' % (status, raw[-800:]))
        good, why = True, []
        printed = list(out)
        for i, (sql, want) in enumerate(steps, 1):
            err = errors.get(i)
            if want is not None and want.startswith('!'):
                if err is None or want[1:] not in err:
                    good = False
                    why.append('line %d %r: error %r, want one with %r' % (i, sql, err, want[1:]))
            elif err is not None:
                good = False
                why.append('line %d %r: error %r' % (i, sql, err))
            elif want is not None and want.startswith('out:'):
                if want[4:] not in printed:
                    good = False
                    why.append('line %d %r: printed %r, want %r' % (i, sql, out, want[4:]))
        self.check('statements', good, '; '.join(why))
        if not articles_change:
            self.check('articles unchanged', content_digest(self.path) == self.digest,
                       'the content table changed')
        return good

    def repaired(self):
        """rebuild, then integrity-check passes and the rows are the functions' rows."""
        status, out, errors, raw = run_shell(self.so_path, self.path, [
            "INSERT INTO %s(%s) VALUES('rebuild');" % (T, T),
            "INSERT INTO %s(%s) VALUES('integrity-check');" % (T, T)])
        if not self.check('rebuild repairs', status == 0 and not errors and not SAN_RE.search(raw),
                          'exit %s, errors %r' % (status, errors)):
            return
        conn = store_files.open_db(self.so_path, self.path)
        try:
            want = conn.execute(ROWS_SQL).fetchall()
            got = conn.execute(STORED_SQL).fetchall()
        finally:
            conn.close()
        self.check('rows after rebuild', got == want,
                   '%d stored rows, %d computed; first differing: %r'
                   % (len(got), len(want), next((g for g, w in zip(got, want) if g != w), None)))


def ic(want=None):
    return ("INSERT INTO %s(%s) VALUES('integrity-check');" % (T, T), want)


def rebuild(want=None):
    return ("INSERT INTO %s(%s) VALUES('rebuild');" % (T, T), want)


def drop_works():
    """DROP TABLE removes the table, its shadow tables and triggers, and nothing else."""
    return [('DROP TABLE %s;' % T, None),
            ("SELECT 'left', group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema "
             "WHERE name LIKE '%s%%' ORDER BY name);" % T, 'out:left|NULL'),
            ("SELECT 'articles', count(*) FROM articles;", 'out:articles|%d' % len(
                store_files.ARTICLES))]


READS = [("SELECT 'count', count(*) FROM %s;" % T, None),
         ("SELECT 'money', count(*) FROM %s WHERE kind = 'money';" % T, None),
         ("SELECT 'doc', count(*) FROM %s WHERE doc = 2 AND amount > 0;" % T, None)]


def unusable(message):
    """Every use fails with the reason; DROP TABLE still works."""
    hint = '(DROP TABLE %s removes the table)' % T
    return ([(s, '!' + message) for s, _ in READS] +
            [ic('!' + message), rebuild('!' + message),
             (REAL_INSERT, '!' + hint)] + drop_works())


# --- the cases ------------------------------------------------------------------------

def shadow_cases(c):
    # ids at the limits of 64 bits: the row estimate at connect must not overflow
    case = c('ids_at_limits')
    tamper(case.path, "UPDATE %s_data SET id = %d WHERE id = (SELECT max(id) FROM %s_data);"
           "UPDATE %s_data SET id = %d WHERE id = (SELECT min(id) FROM %s_data);"
           % (T, INT64_MAX, T, T, INT64_MIN, T))
    n = EXPECTED_ROWS
    case.run([("SELECT 'count', count(*) FROM %s;" % T, 'out:count|%d' % n),
              ("SELECT 'max', max(rowid) = %d FROM %s;" % (INT64_MAX, T), 'out:max|1'),
              ("SELECT 'plan', count(*) FROM %s WHERE doc = 2 AND kind = 'money';" % T, None),
              ic(), (REAL_INSERT, None), ("DELETE FROM articles WHERE id = 50;", None), ic()],
             articles_change=True)
    case.check('articles after', content_digest(case.path) == case.digest, 'changed')
    case.repaired()

    # stored values of the wrong type, offsets out of range, rows of no article, many rows
    for name, script, message in (
            ('data_types', "UPDATE {t}_data SET doc = 'abc', start = 'x', \"end\" = NULL, "
             "kind = 'weird', \"match\" = x'ff00', amount = 'lots' WHERE id IN "
             "(SELECT id FROM {t}_data WHERE doc = 1 LIMIT 2);", 'article 1'),
            ('data_offsets', "UPDATE {t}_data SET start = -5, \"end\" = 9223372036854775807 "
             "WHERE id IN (SELECT id FROM {t}_data WHERE doc = 1 LIMIT 1);", 'start is -5'),
            ('data_orphans', "INSERT INTO {t}_data(doc, kind, \"match\", start, \"end\") "
             "VALUES (999, 'money', 'x', 0, 1);", 'article 999 has rows'),
            ('data_many', "INSERT INTO {t}_data(doc, kind, \"match\", start, \"end\") "
             "WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < 100000) "
             "SELECT 3, 'money', 'x', i, i + 1 FROM g;", 'article 3')):
        case = c(name)
        tamper(case.path, script.format(t=T))
        case.run(READS + [("SELECT 'rows', count(*) > 0 FROM %s ORDER BY amount;" % T,
                           'out:rows|1'), ic('!integrity-check of %s failed: ' % T), ic('!' + message)])
        case.repaired()

    # the data table gone, a view, or another table: reads give what is there or an error
    # naming it; integrity-check and rebuild fail naming it; DROP TABLE works
    for name, script in (
            ('data_gone', 'DROP TABLE {t}_data;'),
            ('data_view', 'DROP TABLE {t}_data; CREATE VIEW {t}_data AS SELECT 1 AS id;'),
            ('data_narrow', 'DROP TABLE {t}_data; CREATE TABLE {t}_data(id INTEGER PRIMARY KEY, '
             'doc);')):
        case = c(name)
        tamper(case.path, script.format(t=T))
        reads = [] if name != 'data_gone' else [
            ("SELECT 'count', count(*) FROM %s;" % T, '!%s: no such table: main.%s_data' % (T, T))]
        case.run(reads + [ic('!integrity-check of %s' % T), rebuild('!%s: rebuild' % T),
                          (REAL_INSERT, '!%s: ' % T)] + drop_works())

    # the config: an unknown version, none, a text, a bad lang, no content: every use
    # fails with the reason, DROP TABLE still works
    for name, script, message in (
            ('config_future', "UPDATE {t}_config SET v = 999 WHERE k = 'version';",
             'has format 999'),
            ('config_version_text', "UPDATE {t}_config SET v = '2' WHERE k = 'version';",
             'holds no format version'),
            ('config_lang', "INSERT INTO {t}_config VALUES ('lang', 'xx');", "unknown lang 'xx'"),
            ('config_no_content', "DELETE FROM {t}_config WHERE k = 'content';",
             'lacks the content table'),
            ('config_gone', 'DROP TABLE {t}_config;', 'cannot read {t}_config'),
            ('config_view', "DROP TABLE {t}_config; CREATE VIEW {t}_config(k, v) AS "
             "SELECT 'version', 999;", 'has format 999')):
        case = c(name)
        tamper(case.path, script.format(t=T))
        case.run(unusable(message.format(t=T)))

    # config values a hostile file chose (quotes, SQL, a huge or binary value): the
    # triggers name the content table, so nothing is read from them
    case = c('config_values')
    tamper(case.path, "UPDATE {t}_config SET v = 'articles\"; DROP TABLE articles; --' "
           "WHERE k = 'content'; UPDATE {t}_config SET v = x'00ff' WHERE k = 'column'; "
           "UPDATE {t}_config SET v = replace(hex(zeroblob(1000000)), '0', 'a') "
           "WHERE k = 'lang_column';".format(t=T))
    case.run(READS + [ic(), rebuild(), ic()])
    case.repaired()
    # the same without the triggers: the config is all there is; names that are not the
    # content table's are an error naming them, never SQL
    case = c('config_values_no_triggers')
    tamper(case.path, "DROP TRIGGER {t}_ai; DROP TRIGGER {t}_ad; DROP TRIGGER {t}_au;"
           "UPDATE {t}_config SET v = 'articles\"; DROP TABLE articles; --' "
           "WHERE k = 'content';".format(t=T))
    case.run(READS + [ic("!content table 'articles\"; DROP TABLE articles; --' does not exist"),
                      rebuild("!content table 'articles\"; DROP TABLE articles; --' does not")])
    for name, setting, message in (('config_column_rowid', "v = 'rowid' WHERE k = 'column'",
                                    "column 'rowid' is not a column"),
                                   ('config_content_self', "v = '%s' WHERE k = 'content'" % T,
                                    'is this table itself'),
                                   ('config_content_shadow', "v = '%s_data' WHERE k = 'content'"
                                    % T, 'is a shadow table of')):
        case = c(name)
        tamper(case.path, "DROP TRIGGER {t}_ai; DROP TRIGGER {t}_ad; DROP TRIGGER {t}_au;"
               "UPDATE {t}_config SET {s};".format(t=T, s=setting))
        case.run(READS + [ic('!' + message), rebuild('!' + message)])


def trigger_cases(c):
    # the triggers gone: integrity-check says so, rebuild makes them again, and new articles
    # are followed again
    case = c('triggers_gone')
    tamper(case.path, 'DROP TRIGGER {t}_ai; DROP TRIGGER {t}_ad; DROP TRIGGER {t}_au;'
           .format(t=T))
    case.run([ic('!trigger %s_ai is missing' % T), rebuild(), ic(), (REAL_INSERT, None),
              ("SELECT 'new', count(*) FROM %s WHERE doc = 50 AND kind = 'money';" % T,
               'out:new|1'), ('DELETE FROM articles WHERE id = 50;', None), ic()],
             articles_change=True)
    case.check('articles after', content_digest(case.path) == case.digest, 'changed')
    case.repaired()

    # an insert trigger replaced by one that sends another text: the forged command is
    # refused (read-only), so the insert fails and nothing is stored; integrity-check names
    # the trigger; rebuild puts back textfacts' own
    case = c('trigger_forges')
    tamper(case.path, "DROP TRIGGER {t}_ai; CREATE TRIGGER {t}_ai AFTER INSERT ON articles "
           "BEGIN INSERT INTO \"{t}\"(kind, doc, \"match\", qualifier) VALUES('textfacts:index', "
           "new.id, '{f}', 'fr'); END;".format(t=T, f=FORGED))
    case.run([(REAL_INSERT, '!%s is read-only' % T),
              ("SELECT 'forged', count(*) FROM %s WHERE \"match\" LIKE '%%999%%';" % T,
               'out:forged|0'),
              ic('!trigger %s_ai is not the one textfacts made' % T), rebuild(), ic()])
    case.repaired()

    # a trigger of the file on another table, forging through the command column, from the
    # schema (trusted_schema OFF and ON), with SQLITE_DBCONFIG_DEFENSIVE: refused
    for name, setup in (('forge_command_untrusted', 'PRAGMA trusted_schema = OFF;\n'),
                        ('forge_command_trusted', 'PRAGMA trusted_schema = ON;\n'),
                        ('forge_command_defensive', '.dbconfig defensive on\n')):
        case = c(name)
        tamper(case.path, "CREATE TABLE notes(x); CREATE TRIGGER notes_forge AFTER INSERT ON "
               "notes BEGIN INSERT INTO \"{t}\"(kind, doc, \"match\", qualifier) "
               "VALUES('textfacts:index', 1, '{f}', 'fr'); INSERT INTO \"{t}\"(kind, doc) "
               "VALUES('textfacts:delete', 2); END;".format(t=T, f=FORGED))
        case.run([("INSERT INTO notes VALUES (1);", '!%s is read-only' % T),
                  ("SELECT 'forged', count(*) FROM %s WHERE \"match\" LIKE '%%999%%';" % T,
                   'out:forged|0'),
                  ("SELECT 'kept', count(*) > 0 FROM %s WHERE doc = 2;" % T, 'out:kept|1'),
                  ic()], setup=setup)

    # a trigger writing to the shadow table itself: SQLITE_DBCONFIG_DEFENSIVE refuses it;
    # without it SQLite lets the file write there (as into any table), and integrity-check
    # finds the row, rebuild removes it
    sql = ("CREATE TABLE notes(x); CREATE TRIGGER notes_forge AFTER INSERT ON notes BEGIN "
           "INSERT INTO \"{t}_data\"(doc, kind, \"match\", start, \"end\", amount, currency) "
           "VALUES (1, 'money', '999 milliards', 0, 13, 999e9, 'EUR'); END;").format(t=T)
    case = c('forge_data_defensive')
    tamper(case.path, sql)
    case.run([("INSERT INTO notes VALUES (1);", '!may not be modified'), ic()],
             setup='.dbconfig defensive on\n')
    case = c('forge_data_plain')
    tamper(case.path, sql)
    case.run([("INSERT INTO notes VALUES (1);", None),
              ic('!integrity-check of %s failed: article 1' % T)])
    case.repaired()


def content_cases(c):
    # the content table replaced by a view that reads the textfacts table or its data:
    # rebuild and integrity-check refuse it by name, nothing recurses
    for name, select in (('content_view_self', 'SELECT doc AS id, \'fr\' AS lang, \'\' AS title, '
                          '"match" AS body FROM %s' % T),
                         ('content_view_data', 'SELECT id, \'fr\' AS lang, \'\' AS title, '
                          '"match" AS body FROM %s_data' % T),
                         ('content_view_functions', 'SELECT a.id, a.lang, a.title, '
                          '(SELECT group_concat("match") FROM extract_facts(a.body)) AS body '
                          'FROM articles_real AS a')):
        case = c(name)
        tamper(case.path, "DROP TRIGGER {t}_ai; DROP TRIGGER {t}_ad; DROP TRIGGER {t}_au; "
               "ALTER TABLE articles RENAME TO articles_real; CREATE VIEW articles AS {s};"
               .format(t=T, s=select))
        case.digest = content_digest(case.path, 'articles_real')
        case.run(READS + [ic("!content table 'articles' is a view"),
                          rebuild("!rebuild of %s: content table 'articles' is a view" % T),
                          ("SELECT 'count', count(*) > 0 FROM %s;" % T, 'out:count|1')],
                 articles_change=True)
        case.check('articles unchanged', content_digest(case.path, 'articles_real') ==
                   case.digest, 'changed')

    # a dictionary or rates view that calls back into textfacts: an error naming it
    case = c('dictionary_view_recursive')
    tamper(case.path, "CREATE VIEW textfacts_dictionary(name, alias, kind, lang) AS SELECT "
           "e.name, e.\"match\", 'org', NULL FROM articles AS a, extract_entities(a.body) AS e;")
    case.run([(REAL_INSERT, '!textfacts_dictionary'), ic('!textfacts_dictionary'),
              ("SELECT 'entities', count(*) FROM extract_entities('Orvane a levé 5 M€.');",
               '!textfacts_dictionary'),
              ('DROP VIEW textfacts_dictionary;', None), ic()])
    case = c('rates_view_recursive')
    tamper(case.path, "CREATE VIEW textfacts_rates(currency, day, rate) AS SELECT 'EUR', "
           "'2026-01-01', money_convert(1, 'EUR', 'USD', '2026-01-01');")
    case.run([("SELECT money_convert(5, 'EUR', 'USD', '2026-01-01');", '!textfacts_rates'),
              ic()])
    # a dictionary view over the stored entities: no recursion (the table reads its rows)
    case = c('dictionary_view_store')
    tamper(case.path, "CREATE VIEW textfacts_dictionary(name, alias, kind, lang) AS SELECT "
           "DISTINCT name, \"match\", 'org', NULL FROM %s WHERE kind = 'entity';" % T)
    case.run([rebuild(), ("SELECT 'count', count(*) > 0 FROM %s;" % T, 'out:count|1')])


def schema_cases(c):
    # the CREATE VIRTUAL TABLE statement in the schema edited: its arguments are not read
    # once the table exists (the config holds the options), so none, many, huge or other
    # ones change nothing; unparsable ones are SQLite's own error, naming the table
    args = {
        'args_none': "'CREATE VIRTUAL TABLE %s USING textfacts'" % T,
        'args_other': "'CREATE VIRTUAL TABLE %s USING textfacts(content=sqlite_schema, "
                      "column=sql, lang=xx, nonsense)'" % T,
        'args_huge': "'CREATE VIRTUAL TABLE %s USING textfacts(content=' || "
                     "replace(hex(zeroblob(1000000)), '0', 'a') || ', column=body)'" % T,
        'args_many': "'CREATE VIRTUAL TABLE %s USING textfacts(' || (WITH RECURSIVE g(i) AS "
                     "(SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < 500) SELECT "
                     "group_concat('o' || i || ' = ''' || i || '''') FROM g) || ')'" % T,
    }
    for name, sql in args.items():
        case = c(name)
        tamper(case.path, "UPDATE sqlite_schema SET sql = %s WHERE name = '%s';" % (sql, T),
               schema=True)
        case.run(READS + [ic(), rebuild(), ic()])
        case.repaired()
    case = c('args_unparsable')
    tamper(case.path, "UPDATE sqlite_schema SET sql = 'CREATE VIRTUAL TABLE %s USING "
           "textfacts(''''\"\"[[, ==, ,,)' WHERE name = '%s';" % (T, T), schema=True)
    # (no reader gets past the schema: the articles are out of reach, not changed)
    case.run([(s, '!malformed database schema (%s)' % T) for s, _ in READS], articles_change=True)

    # hostile arguments to CREATE VIRTUAL TABLE itself: an error naming the option, and
    # nothing left behind
    huge = 'x' * 1000000
    for name, options, message in (
            ('create_huge_content', "content = '%s', column = body" % huge, 'does not exist'),
            ('create_many_options', ', '.join('o%d = 1' % i for i in range(300)),
             "unknown option 'o0'"),
            ('create_quotes', "content = 'articles'' --', column = \"body\"\"\"",
             "content table 'articles' --' does not exist"),
            ('create_no_value', 'content = , column = body', "option 'content' is empty"),
            ('create_content_schema', 'content = sqlite_schema, column = sql',
             "content table 'sqlite_schema' does not exist"),
            ('create_content_shadow', 'content = %s_data, column = match' % T,
             'is a shadow table of')):
        case = c(name)
        case.run([('CREATE VIRTUAL TABLE t2 USING textfacts(%s);' % options, '!' + message),
                  ("SELECT 'left', count(*) FROM sqlite_schema WHERE name LIKE 't2%';",
                   'out:left|0'), ic()])


def main(argv):
    report = tflib.Report()
    so_path = tflib.extension_path(argv)
    conn = tflib.connect_or_fail(report, 'hostile', so_path)
    if conn is None:
        return report.finish()
    conn.close()
    tmp = tempfile.mkdtemp(prefix='textfacts-hostile-')
    try:
        base = os.path.join(tmp, 'base.db')
        global EXPECTED_ROWS
        EXPECTED_ROWS = len(store_files.make_db(so_path, base))

        def c(name):
            return Case(report, so_path, tmp, base, name)

        for group in (shadow_cases, trigger_cases, content_cases, schema_cases):
            try:
                group(c)
            except Exception as e:  # noqa: BLE001 -- report it and go on with the next group
                report.fail(group.__name__, 'raised %s: %s' % (type(e).__name__, e))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
