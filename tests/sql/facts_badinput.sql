.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- Bad input for extract_facts: NULL, empty, no money, BLOB, invalid UTF-8, NUL, bad
-- arguments; over a table; the user's dictionary.

-- NULL and empty text, text without money: no rows
SELECT * FROM extract_facts(NULL);
SELECT * FROM extract_facts(NULL, 'fr');
SELECT * FROM extract_facts('');
SELECT * FROM extract_facts('   ' || char(10) || '  ');
SELECT * FROM extract_facts('ByteDance et Tencent investissent en 2026, selon Reuters.');
SELECT count(*) FROM extract_facts('No money here: ByteDance, 2026, 42 people.');
-- numbers are read as their text (a bare number is not money)
SELECT count(*) FROM extract_facts(42);
SELECT count(*) FROM extract_facts(4.5);

-- a BLOB holding UTF-8 text is read as that text
SELECT "match", entity, year, start, "end" FROM extract_facts(CAST('ByteDance dépensera 5 milliards de dollars en 2026.' AS BLOB));
-- invalid UTF-8: never inside a match; offsets still agree with substr() on the text
WITH t(b) AS (VALUES (x'ff' || CAST('ByteDance a lev' AS BLOB) || x'e9' || CAST(' 5 milliards de dollars en 2026. ' AS BLOB)
                      || x'c3' || CAST('Tencent ' AS BLOB) || x'e282' || CAST(' investira 3 milliards d''euros.' AS BLOB)))
SELECT f."match", f.entity, f.year, f.sentence, f.start, f."end",
       substr(CAST(t.b AS TEXT), f.start + 1, f."end" - f.start) = f."match" AS substr_ok,
       instr(CAST(f."match" AS BLOB), x'ff') + instr(CAST(f."match" AS BLOB), x'e282') AS bad_bytes_in_match
  FROM t, extract_facts(t.b) AS f;
SELECT "match", hex(CAST("match" AS BLOB)) FROM extract_facts(CAST(x'41ff2e2035206575726f73' AS TEXT));
-- an embedded NUL ends the text
SELECT "match", entity FROM extract_facts('ByteDance dépensera 5 milliards de dollars' || char(0) || ' et 3 milliards d''euros.');
-- characters outside the BMP before a match: offsets are code points
SELECT "match", start, "end", substr('𝕏 😀 ByteDance: 5 milliards de dollars', start + 1, "end" - start) = "match" AS substr_ok
  FROM extract_facts('𝕏 😀 ByteDance: 5 milliards de dollars');

-- lang: NULL is auto, capitals accepted; an unknown value is an error naming extract_facts
SELECT "match", lang FROM extract_facts('Il a payé 5 euros.', NULL);
SELECT "match", lang FROM extract_facts('Il a payé 5 euros.', 'FR');
SELECT "match", lang FROM extract_facts('He paid 5 euros.', 'en');
SELECT * FROM extract_facts('5 millions d''euros', 'nl');
SELECT * FROM extract_facts('5 millions d''euros', 'xx');
SELECT * FROM extract_facts('5 millions d''euros', 1);
-- missing and extra arguments
SELECT * FROM extract_facts();
SELECT * FROM extract_facts;
SELECT * FROM extract_facts('5 €', 'fr', 'x');
-- hidden columns
SELECT "match", text, lang FROM extract_facts('Il a payé 5 euros.', 'fr');
SELECT "match" FROM extract_facts WHERE text = 'Il a payé 5 euros.';

-- over a table: one row per mention, a NULL body or a body without money gives none
CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT, lang TEXT);
INSERT INTO t(body, lang) VALUES
  ('Alibaba dépensera 5 milliards de dollars en 2026.', 'fr'),
  (NULL, 'fr'),
  ('Rien à signaler.', NULL),
  ('Tencent will raise $2 billion in FY2026, while ByteDance plans 160 billion yuan ($23 billion).', 'en'),
  (CAST('Selon Reuters, Baidu investira 1 milliard d''euros.' AS BLOB), NULL);
SELECT t.id, f."match", f.entity, f.year, f.grp, f.sentence FROM t, extract_facts(t.body) f ORDER BY t.id, f.start;
SELECT t.id, f."match", f.entity, f.year, f.lang FROM t, extract_facts(t.body, t.lang) f ORDER BY t.id, f.start;
SELECT t.id, count(f."match") AS facts FROM t LEFT JOIN extract_facts(t.body) f GROUP BY t.id ORDER BY t.id;
SELECT f.entity, f.currency, sum(f.amount) AS total FROM t, extract_facts(t.body) f GROUP BY f.entity, f.currency ORDER BY f.entity, f.currency;
-- the language from another table than the text
WITH l(lang) AS (VALUES ('fr'), ('en'))
SELECT l.lang, f."match" FROM l, extract_facts('Il a payé 5 euros.', l.lang) f ORDER BY l.lang;
DROP TABLE t;

-- the user's dictionary (sql/dictionary.sql) names the owner, from the next statement on
-- (before it, the guessed name "Zorvex"; after it, the user's "Zorvex Dynamics")
SELECT "match", entity, entity_kind FROM extract_facts('Zorvex investira 2 milliards d''euros en 2026.');
CREATE TABLE textfacts_dictionary(alias TEXT NOT NULL, name TEXT, kind TEXT NOT NULL);
INSERT INTO textfacts_dictionary VALUES
  ('Zorvex', 'Zorvex Dynamics', 'org'),
  ('ZVX', 'Zorvex Dynamics', 'org'),
  ('Marlow Grey', 'Marlow Grey', 'person');
SELECT "match", entity, entity_kind, year FROM extract_facts('Zorvex investira 2 milliards d''euros en 2026.');
SELECT "match", entity, entity_kind, sentence FROM extract_facts('ZVX a levé 300 millions de dollars. Le groupe dépensera 50 millions d''euros.');
SELECT "match", entity, entity_kind FROM extract_facts('Selon Reuters, Zorvex paiera 40 millions de dollars à Nvidia.');
SELECT "match", entity, entity_kind FROM extract_facts('La fortune de Marlow Grey atteint 10 millions de dollars.');
SELECT "match", entity, entity_kind FROM extract_facts('Orvane a été rachetée par Marlow Grey pour 10 millions de dollars.');
-- a built-in name overridden, an alias ignored
INSERT INTO textfacts_dictionary VALUES ('Tencent', 'Tencent Holdings', 'org'), ('Baidu', NULL, 'ignore');
SELECT "match", entity, entity_kind FROM extract_facts('Tencent lèvera 2 milliards de dollars. Baidu dépensera 1 milliard de dollars.');
-- a malformed row is an error naming extract_facts and the row
DROP TABLE textfacts_dictionary;
CREATE TABLE textfacts_dictionary(alias, name, kind);
INSERT INTO textfacts_dictionary VALUES ('Zorvex', 'Zorvex Dynamics', 'org'), (NULL, 'Nobody', 'org');
SELECT * FROM extract_facts('Zorvex paiera 5 euros.');
UPDATE textfacts_dictionary SET alias = 'Nobody', kind = 'company' WHERE alias IS NULL;
SELECT * FROM extract_facts('Zorvex paiera 5 euros.');
-- the same dictionary, a text without money
SELECT count(*) FROM extract_facts('Zorvex, sans montant.');
DROP TABLE textfacts_dictionary;
-- dropped: the built-ins again ("ZVX" is then a guessed name of its own)
SELECT "match", entity, entity_kind FROM extract_facts('ZVX a levé 300 millions de dollars. Tencent lèvera 2 milliards de dollars.');
