.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- Layer 2: the user's textfacts_dictionary adds to and overrides the built-ins, from the
-- next statement on, without reloading anything.

SELECT "match", name, kind, source FROM extract_entities('Kestrel Avionics et Quest rachètent Huawei.');
.read sql/dictionary.sql
-- an empty dictionary changes nothing
SELECT "match", name, kind, source FROM extract_entities('Kestrel Avionics et Quest rachètent Huawei.');
INSERT INTO textfacts_dictionary VALUES
  ('Kestrel Avionics', 'Kestrel', 'org'),
  ('Kestrel', 'Kestrel', 'org'),
  ('Huawei', 'Huawei Technologies Co.', 'org'),
  ('Quest', NULL, 'ignore'),
  ('Hexagone', 'France', 'place');
-- added, overridden, ignored; a place named like a country gets its code
SELECT "match", name, kind, code, source FROM extract_entities('Kestrel Avionics et Quest rachètent Huawei dans l''Hexagone. Kestrel confirme.');
-- inside a transaction the change is seen by the next statement, and rolled back with it
BEGIN;
UPDATE textfacts_dictionary SET kind = 'product' WHERE alias = 'Kestrel';
SELECT "match", name, kind FROM extract_entities('Kestrel confirme.');
ROLLBACK;
SELECT "match", name, kind FROM extract_entities('Kestrel confirme.');
-- entity_name() sees the dictionary too
SELECT entity_name('kestrel avionics'), entity_name('Quest'), entity_name('Hexagone');
-- dropping the table brings the built-ins back
DROP TABLE textfacts_dictionary;
SELECT "match", name, kind, source FROM extract_entities('Kestrel Avionics et Quest rachètent Huawei.');

-- Malformed rows are errors that name the table, the row and the column.
CREATE TABLE textfacts_dictionary(alias, name, kind);
INSERT INTO textfacts_dictionary VALUES ('Good', 'Good', 'org'), (NULL, 'Nobody', 'org');
SELECT * FROM extract_entities('Good');
DELETE FROM textfacts_dictionary WHERE alias IS NULL;
INSERT INTO textfacts_dictionary VALUES ('Widget', 'Widget', 'company');
SELECT * FROM extract_entities('Good');
UPDATE textfacts_dictionary SET kind = NULL WHERE alias = 'Widget';
SELECT * FROM extract_entities('Good');
UPDATE textfacts_dictionary SET kind = 'org', name = NULL WHERE alias = 'Widget';
SELECT * FROM extract_entities('Good');
UPDATE textfacts_dictionary SET name = 'Widget', alias = '   ' WHERE alias = 'Widget';
SELECT * FROM extract_entities('Good');
UPDATE textfacts_dictionary SET alias = x'ff' WHERE name = 'Widget';
SELECT * FROM extract_entities('Good');
-- fixed: works again
DELETE FROM textfacts_dictionary WHERE name = 'Widget';
SELECT "match", name, source FROM extract_entities('Good');
-- a table without the expected columns
DROP TABLE textfacts_dictionary;
CREATE TABLE textfacts_dictionary(word TEXT);
SELECT * FROM extract_entities('Good');
DROP TABLE textfacts_dictionary;
SELECT "match", name, source FROM extract_entities('Huawei');

-- Freshness without reading the whole table each time: TEMP triggers on the dictionary
-- (this connection's, never in the file) count its changes; only a change (or a
-- transaction that made one) makes the next statements read it again.
CREATE TABLE textfacts_dictionary(alias TEXT, name TEXT, kind TEXT);
INSERT INTO textfacts_dictionary VALUES ('Zorblax', 'Zorblax Corp', 'org');
SELECT name FROM extract_entities('Zorblax et Velorix.');
SELECT type, name FROM temp.sqlite_schema WHERE name LIKE 'textfacts%' ORDER BY name;
-- a change rolled back, then another one: each statement sees the table as it is
BEGIN;
INSERT INTO textfacts_dictionary VALUES ('Velorix', 'Velorix SA', 'org');
SELECT name FROM extract_entities('Zorblax et Velorix.');
ROLLBACK;
SELECT name FROM extract_entities('Zorblax et Velorix.');
BEGIN;
INSERT INTO textfacts_dictionary VALUES ('Velorix', 'Velorix Group', 'org');
SELECT name FROM extract_entities('Zorblax et Velorix.');
COMMIT;
SELECT name FROM extract_entities('Zorblax et Velorix.');
-- a savepoint rolled back
BEGIN;
SAVEPOINT s1;
UPDATE textfacts_dictionary SET name = 'Zorblax Holdings' WHERE alias = 'Zorblax';
SELECT entity_name('Zorblax');
ROLLBACK TO s1;
SELECT entity_name('Zorblax');
COMMIT;
-- the TEMP triggers dropped by hand: made again, and changes still seen
DROP TRIGGER temp.textfacts_dictionary_watch_au;
SELECT entity_name('Zorblax');
UPDATE textfacts_dictionary SET name = 'Zorblax Inc' WHERE alias = 'Zorblax';
SELECT entity_name('Zorblax');
SELECT count(*) AS temp_objects FROM temp.sqlite_schema WHERE name LIKE 'textfacts%';
DROP TABLE textfacts_dictionary;
SELECT entity_name('Zorblax');
-- a user's Chinese alias is found at any character, as the built-in ones are
.read sql/dictionary.sql
INSERT INTO textfacts_dictionary VALUES ('鹏程万里科技', 'Pengcheng Tech', 'org');
SELECT "match", name, kind, source FROM extract_entities('据悉，鹏程万里科技与万托拉集团签约。', 'zh');
DROP TABLE textfacts_dictionary;
