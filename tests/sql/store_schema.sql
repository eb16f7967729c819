.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- The textfacts virtual table's schema objects: two shadow tables, seven indexes, three
-- triggers on the content table; ALTER TABLE … RENAME moves them, DROP TABLE removes them.
CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, body TEXT);
INSERT INTO articles VALUES
  (1, 'fr', 'La start-up Orvane a levé 12 millions d''euros en 2025 auprès de Bpifrance.'),
  (2, 'en', 'Nvidia will invest $5 billion in Intel in 2026.');
CREATE VIEW schema_objects AS
  SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' AND name <> 'schema_objects'
   ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'trigger' THEN 2 ELSE 3 END, name;
CREATE VIRTUAL TABLE article_facts USING textfacts(content='articles', column='body', content_rowid='id', lang_column='lang');
SELECT * FROM schema_objects;
-- the shadow tables, as SQLite declares them
SELECT name, sql FROM sqlite_schema WHERE name IN ('article_facts', 'article_facts_data', 'article_facts_config') ORDER BY name;
SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'article_facts_data' ORDER BY name;
SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name;
-- the virtual table's columns (the last one hidden: the command column)
SELECT cid, name, type, hidden FROM pragma_table_xinfo('article_facts') ORDER BY cid;
-- the tables of the schema: the virtual table, its two shadow tables (and no other)
SELECT name, type FROM pragma_table_list WHERE schema = 'main' AND name LIKE 'article_facts%' ORDER BY name;
-- the config: the format version and the options as given
SELECT k, v, typeof(v) FROM article_facts_config ORDER BY k;
SELECT count(*) AS rows FROM article_facts;
SELECT count(*) AS data_rows FROM article_facts_data;
-- xShadowName: names ending in _data and _config are shadow tables, others are not; with
-- defensive mode on, they are read-only to SQL but the virtual table still writes them
CREATE TABLE article_facts_extra(x);
.dbconfig defensive on
INSERT INTO article_facts_extra VALUES (1);
UPDATE article_facts_data SET amount = 1;
DELETE FROM article_facts_config;
INSERT INTO articles VALUES (3, 'fr', 'Vinci a remporté 450 millions d''euros à Lyon.');
SELECT count(*) AS rows_of_3 FROM article_facts WHERE doc = 3;
INSERT INTO article_facts(article_facts) VALUES('rebuild');
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
DROP TABLE article_facts_data;
.dbconfig defensive off
DROP TABLE article_facts_extra;

-- 1. ALTER TABLE … RENAME of the virtual table: shadow tables and triggers follow (the
-- indexes keep their names: SQLite cannot rename an index).
ALTER TABLE article_facts RENAME TO facts;
SELECT * FROM schema_objects;
SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name;
SELECT k, v FROM facts_config ORDER BY k;
INSERT INTO articles VALUES (4, 'en', 'Samsung invested $1 billion in Texas.');
UPDATE articles SET body = 'Vinci a remporté 500 millions d''euros à Lyon.' WHERE id = 3;
DELETE FROM articles WHERE id = 1;
SELECT doc, kind, "match" FROM facts ORDER BY doc, rowid;
INSERT INTO facts(facts) VALUES('integrity-check');
INSERT INTO facts(facts) VALUES('rebuild');
INSERT INTO facts(facts) VALUES('integrity-check');
-- the old name is free: a new table takes it, with indexes of other names
CREATE VIRTUAL TABLE article_facts USING textfacts(content='articles', column='body');
SELECT * FROM schema_objects;
INSERT INTO articles VALUES (5, 'fr', 'Thales investit 1 milliard d''euros.');
SELECT (SELECT count(*) FROM facts WHERE doc = 5) AS in_facts, (SELECT count(*) FROM article_facts WHERE doc = 5) AS in_article_facts;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO facts(facts) VALUES('integrity-check');
-- a rename to a name taken, or to a column name, fails and changes nothing
ALTER TABLE facts RENAME TO article_facts;
ALTER TABLE facts RENAME TO doc;
ALTER TABLE facts RENAME TO articles;
DROP TABLE article_facts;
-- renamed within a transaction that is rolled back: all of it comes back
BEGIN;
ALTER TABLE facts RENAME TO facts2;
SELECT name FROM sqlite_schema WHERE name LIKE 'facts%' AND type <> 'index' ORDER BY name;
ROLLBACK;
SELECT name FROM sqlite_schema WHERE name LIKE 'facts%' AND type <> 'index' ORDER BY name;
INSERT INTO articles VALUES (6, 'en', 'Airbus won a €1.5 billion order from Qantas.');
SELECT count(*) AS rows_of_6 FROM facts WHERE doc = 6;
INSERT INTO facts(facts) VALUES('integrity-check');
-- a name that needs quoting
ALTER TABLE facts RENAME TO "Faits ""2026""";
SELECT * FROM schema_objects;
INSERT INTO articles VALUES (7, 'en', 'Intel will cut $3 billion in costs.');
SELECT count(*) AS rows_of_7 FROM "Faits ""2026""" WHERE doc = 7;
INSERT INTO "Faits ""2026"""("Faits ""2026""") VALUES('integrity-check');
ALTER TABLE "Faits ""2026""" RENAME TO facts;

-- 2. ALTER TABLE … RENAME of the content table and of its columns: the triggers follow
-- (SQLite rewrites them); rebuild and integrity-check follow the table.
ALTER TABLE articles RENAME TO stories;
SELECT * FROM schema_objects;
INSERT INTO stories VALUES (8, 'fr', 'Safran a levé 500 millions d''euros.');
UPDATE stories SET body = 'Safran a levé 600 millions d''euros.' WHERE id = 8;
DELETE FROM stories WHERE id = 2;
SELECT doc, kind, "match" FROM facts ORDER BY doc, rowid;
INSERT INTO facts(facts) VALUES('integrity-check');
INSERT INTO facts(facts) VALUES('rebuild');
INSERT INTO facts(facts) VALUES('integrity-check');
-- the virtual table renamed after its content table was: the new triggers are on it
ALTER TABLE facts RENAME TO story_facts;
SELECT * FROM schema_objects;
SELECT k, v FROM story_facts_config ORDER BY k;
INSERT INTO stories VALUES (9, 'fr', 'Orange a investi 300 millions d''euros en Afrique.');
SELECT doc, kind, "match" FROM story_facts WHERE doc = 9 ORDER BY rowid;
INSERT INTO story_facts(story_facts) VALUES('integrity-check');
-- the id, lang and text columns renamed: the triggers follow
ALTER TABLE stories RENAME COLUMN lang TO language;
ALTER TABLE stories RENAME COLUMN id TO story_id;
ALTER TABLE stories RENAME COLUMN body TO texte;
SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name;
UPDATE stories SET language = 'en' WHERE story_id = 9;
SELECT doc, kind, "match" FROM story_facts WHERE doc = 9 ORDER BY rowid;
UPDATE stories SET story_id = 19 WHERE story_id = 9;
SELECT doc, count(*) AS n FROM story_facts WHERE doc IN (9, 19) GROUP BY doc;
INSERT INTO stories VALUES (10, 'fr', 'Renault investit 2 milliards d''euros à Douai.');
UPDATE stories SET texte = 'Renault investit 3 milliards d''euros à Douai.' WHERE story_id = 10;
SELECT doc, kind, "match" FROM story_facts WHERE doc = 10 ORDER BY rowid;
DELETE FROM stories WHERE story_id = 8;
SELECT count(*) AS rows_of_8 FROM story_facts WHERE doc = 8;
-- what the triggers wrote is what the functions give (money rows, then entity rows)
SELECT (SELECT count(*) FROM story_facts WHERE kind = 'money') AS money_rows,
       (SELECT count(*) FROM (SELECT doc, "match", start, amount, currency, entity, year FROM story_facts WHERE kind = 'money'
                              INTERSECT
                              SELECT s.story_id, f."match", f.start, f.amount, f.currency, f.entity, f.year
                                FROM stories AS s, extract_facts(s.texte, s.language) AS f)) AS same_in_functions,
       (SELECT count(*) FROM stories AS s, extract_facts(s.texte, s.language)) AS function_rows;
SELECT (SELECT count(*) FROM story_facts WHERE kind = 'entity') AS entity_rows,
       (SELECT count(*) FROM (SELECT doc, "match", start, name, entity_kind, code, source FROM story_facts WHERE kind = 'entity'
                              INTERSECT
                              SELECT s.story_id, e."match", e.start, e.name, e.kind, e.code, e.source
                                FROM stories AS s, extract_entities(s.texte, s.language) AS e)) AS same_in_functions,
       (SELECT count(*) FROM stories AS s, extract_entities(s.texte, s.language)) AS function_rows;

-- 3. DROP TABLE: no shadow table, no index, no trigger left; the content table takes
-- writes again, and a table can be created again under the name.
DROP TABLE story_facts;
SELECT * FROM schema_objects;
SELECT count(*) AS objects FROM sqlite_schema WHERE name LIKE '%facts%';
INSERT INTO stories VALUES (12, 'fr', 'Vinci a remporté 450 millions d''euros à Lyon.');
UPDATE stories SET texte = 'x' WHERE story_id = 12;
DELETE FROM stories WHERE story_id = 12;
SELECT count(*) AS stories FROM stories;
CREATE VIRTUAL TABLE story_facts USING textfacts(content='stories', column='texte', content_rowid='story_id', lang_column='language');
SELECT * FROM schema_objects;
SELECT doc, kind, "match" FROM story_facts ORDER BY doc, rowid;
INSERT INTO story_facts(story_facts) VALUES('integrity-check');
-- DROP TABLE in a transaction rolled back: everything is back and current
BEGIN;
DROP TABLE story_facts;
SELECT count(*) AS objects FROM sqlite_schema WHERE name LIKE 'story_facts%';
INSERT INTO stories VALUES (13, 'en', 'Samsung invested $1 billion in Texas.');
ROLLBACK;
SELECT count(*) AS objects FROM sqlite_schema WHERE name LIKE 'story_facts%';
INSERT INTO stories VALUES (13, 'en', 'Samsung invested $1 billion in Texas.');
SELECT count(*) AS rows_of_13 FROM story_facts WHERE doc = 13;
INSERT INTO story_facts(story_facts) VALUES('integrity-check');
-- dropping the content table drops the triggers with it; the virtual table stays, and its
-- commands fail naming the missing table; DROP TABLE still removes everything
DROP TABLE stories;
SELECT * FROM schema_objects;
SELECT count(*) AS rows FROM story_facts;
INSERT INTO story_facts(story_facts) VALUES('integrity-check');
INSERT INTO story_facts(story_facts) VALUES('rebuild');
DROP TABLE story_facts;
SELECT * FROM schema_objects;

-- 4. In an attached database: the shadow tables and triggers live in that schema.
ATTACH ':memory:' AS aux;
CREATE TABLE aux.notes(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO aux.notes(body) VALUES ('Le groupe Alstom a gagné 900 millions d''euros en Inde.');
CREATE VIRTUAL TABLE aux.note_facts USING textfacts(content='notes', column='body', lang='fr');
SELECT type, name, tbl_name FROM aux.sqlite_schema ORDER BY type, name;
INSERT INTO aux.notes(body) VALUES ('Alstom a gagné 1 milliard d''euros.');
SELECT doc, kind, "match" FROM aux.note_facts ORDER BY doc, rowid;
INSERT INTO aux.note_facts(note_facts) VALUES('integrity-check');
ALTER TABLE aux.note_facts RENAME TO nf;
SELECT type, name, tbl_name FROM aux.sqlite_schema WHERE type <> 'index' ORDER BY type, name;
DROP TABLE aux.nf;
SELECT type, name, tbl_name FROM aux.sqlite_schema ORDER BY type, name;
-- a content table in another schema is not found (the content table is in the same schema)
CREATE VIRTUAL TABLE aux.cross USING textfacts(content='stories', column='body');
DETACH aux;
-- the temp schema
CREATE TEMP TABLE drafts(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO drafts(body) VALUES ('Nvidia will invest $5 billion in Intel in 2026.');
CREATE VIRTUAL TABLE temp.draft_facts USING textfacts(content='drafts', column='body');
SELECT type, name, tbl_name FROM temp.sqlite_schema WHERE type <> 'index' ORDER BY type, name;
SELECT count(*) AS rows FROM draft_facts;
DROP TABLE draft_facts;
SELECT type, name, tbl_name FROM temp.sqlite_schema ORDER BY type, name;

-- Fixed after the first run of these transcripts: renaming the table after a column of
-- the content table was renamed (the new triggers take the names the old ones had), and
-- writes under PRAGMA trusted_schema = OFF (the table is innocuous: it writes only its
-- shadow tables).
CREATE TABLE memos(id INTEGER PRIMARY KEY, body TEXT, lg TEXT);
INSERT INTO memos VALUES (1, 'Apple paid €13bn to Ireland.', 'en');
CREATE VIRTUAL TABLE memo_facts USING textfacts(content = 'memos', column = 'body', lang_column = 'lg');
ALTER TABLE memos RENAME COLUMN body TO texte;
ALTER TABLE memos RENAME COLUMN lg TO "la ""langue""";
ALTER TABLE memos RENAME COLUMN id TO ident;
ALTER TABLE memos RENAME TO memoranda;
ALTER TABLE memo_facts RENAME TO memo_rows;
SELECT sql FROM sqlite_schema WHERE name = 'memo_rows_ai';
INSERT INTO memoranda VALUES (2, 'Google paid $2bn.', 'en');
SELECT doc, kind, "match" FROM memo_rows ORDER BY doc, rowid;
INSERT INTO memo_rows(memo_rows) VALUES ('integrity-check');
INSERT INTO memo_rows(memo_rows) VALUES ('rebuild');
PRAGMA trusted_schema = OFF;
INSERT INTO memoranda VALUES (3, 'Meta paid $1bn.', 'en');
SELECT count(*) AS rows_of_3 FROM memo_rows WHERE doc = 3;
PRAGMA trusted_schema = ON;
DROP TABLE memo_rows;
DROP TABLE memoranda;
