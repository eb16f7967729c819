.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- The registered SQL surface: every scalar function (with its argument count and flags) and
-- every module the extension registers, the table-valued functions' columns, and the query
-- plan they give. "Every": pragma_function_list and pragma_module_list minus what the same
-- sqlite3 shell has without the extension (SQLite's built-ins and the shell's own functions),
-- which tests/run_all.sh writes to build/test-output/ before the transcripts run.
CREATE TEMP TABLE builtin_functions(name TEXT, builtin INTEGER, type TEXT, enc TEXT,
                                    narg INTEGER, flags INTEGER);
CREATE TEMP TABLE builtin_modules(name TEXT);
.import --csv --skip 1 --schema temp build/test-output/sqlite_builtin_functions.csv builtin_functions
.import --csv --skip 1 --schema temp build/test-output/sqlite_builtin_modules.csv builtin_modules
-- (the baseline was read: without it, all of SQLite's functions would be listed below)
SELECT (SELECT count(*) > 100 FROM builtin_functions) AS has_builtin_functions,
       (SELECT count(*) > 5 FROM builtin_modules) AS has_builtin_modules;
SELECT name, narg, type,
       (flags & 0x800) != 0 AS deterministic,
       (flags & 0x200000) != 0 AS innocuous,
       (flags & 0x80000) != 0 AS directonly
  FROM (SELECT name, builtin, type, enc, narg, flags FROM pragma_function_list
        EXCEPT
        SELECT name, builtin, type, enc, narg, flags FROM builtin_functions)
 ORDER BY 1, 2;
SELECT name FROM pragma_module_list
EXCEPT
SELECT name FROM builtin_modules
 ORDER BY 1;
SELECT cid, name, type, hidden FROM pragma_table_xinfo('extract_money');
SELECT cid, name, type, hidden FROM pragma_table_xinfo('extract_facts');
SELECT cid, name, type, hidden FROM pragma_table_xinfo('extract_sentences');

-- textfacts_version() is the VERSION file (run from the repository root)
SELECT typeof(textfacts_version()) AS type,
       textfacts_version() = trim(CAST(readfile('VERSION') AS TEXT), ' ' || char(10)) AS matches_version_file;
-- textfacts_debug(): the version and the SQLite, PCRE2 and ICU versions, and the JIT state
SELECT typeof(textfacts_debug()) AS type,
       instr(textfacts_debug(), textfacts_version()) > 0 AS has_version,
       instr(textfacts_debug(), sqlite_version()) > 0 AS has_sqlite_version,
       instr(lower(textfacts_debug()), 'pcre2') > 0 AS has_pcre2,
       instr(lower(textfacts_debug()), 'icu') > 0 AS has_icu,
       instr(lower(textfacts_debug()), 'jit') > 0 AS has_jit;

-- query plans: the text argument is used as a constraint; a join passes it per row
EXPLAIN QUERY PLAN SELECT * FROM extract_money('5 €');
EXPLAIN QUERY PLAN SELECT * FROM extract_money('5 €', 'fr');
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
EXPLAIN QUERY PLAN SELECT d.id, m.amount FROM docs AS d, extract_money(d.body) AS m;

-- innocuous: usable in a view and a generated column under trusted_schema=OFF
PRAGMA trusted_schema = OFF;
CREATE TABLE notes(body TEXT, amount REAL AS (parse_amount(body)));
INSERT INTO notes(body) VALUES ('5,6 milliards'), ('Il a levé 5,6 milliards de dollars.');
SELECT body, amount = 5.6e9 AS ok FROM notes;
CREATE VIEW note_money AS SELECT n.body, m.currency FROM notes AS n, extract_money(n.body) AS m;
SELECT * FROM note_money;
