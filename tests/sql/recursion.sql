.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- Tables the functions read (textfacts_dictionary, textfacts_rates) can be views, in a
-- database file anyone can hand over. A view that calls the function reading it would
-- recurse until the stack overflows (SIGSEGV on textfacts 0.1): each gives an error that
-- names the table instead, and the connection goes on working.

-- 1. textfacts_dictionary as a view that calls entity_name, extract_entities,
--    extract_facts, or the textfacts table (whose writes read the dictionary)
CREATE TABLE aliases(a TEXT, n TEXT, k TEXT);
INSERT INTO aliases VALUES ('Zorg', 'Zorg Corp', 'org');
CREATE VIEW textfacts_dictionary(alias, name, kind) AS
  SELECT a, coalesce(entity_name(a), n), k FROM aliases;
SELECT name FROM extract_entities('Zorg a levé 5 M€.');
SELECT entity_name('Zorg');
DROP VIEW textfacts_dictionary;
CREATE VIEW textfacts_dictionary(alias, name, kind) AS
  SELECT name, name, 'org' FROM extract_entities('Huawei et Zorg');
SELECT entity FROM extract_facts('Huawei a levé 5 M€.');
DROP VIEW textfacts_dictionary;
CREATE VIEW textfacts_dictionary(alias, name, kind) AS
  SELECT 'Zorg', entity, 'org' FROM extract_facts('Huawei a levé 5 M€.');
SELECT name FROM extract_entities('Zorg a levé 5 M€.');
DROP VIEW textfacts_dictionary;
CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);
CREATE VIRTUAL TABLE note_facts USING textfacts(content = notes, column = body);
CREATE VIEW textfacts_dictionary(alias, name, kind) AS
  SELECT 'Zorg', n.body, 'org' FROM notes AS n, extract_entities(n.body) AS e;
INSERT INTO notes VALUES (1, 'Zorg a levé 5 M€.');
SELECT count(*) FROM note_facts;
-- the connection still works once the view is gone
DROP VIEW textfacts_dictionary;
INSERT INTO notes VALUES (1, 'Zorg a levé 5 M€.');
SELECT kind, "match" FROM note_facts ORDER BY rowid;
SELECT name FROM extract_entities('Huawei a levé 5 M€.');

-- 2. textfacts_rates as a view that calls money_convert
CREATE VIEW textfacts_rates(day, currency, per_eur) AS
  SELECT '2025-01-01', 'USD', money_convert(1, 'USD', 'EUR');
SELECT money_convert(10, 'EUR', 'USD');
DROP VIEW textfacts_rates;
CREATE TABLE textfacts_rates(day TEXT, currency TEXT, per_eur REAL);
INSERT INTO textfacts_rates VALUES ('2025-01-01', 'USD', 1.25);
SELECT money_convert(10, 'EUR', 'USD');
-- a nested call that is no recursion: the arguments are computed first
SELECT money_convert(money_convert(10, 'EUR', 'USD'), 'USD', 'EUR');
