.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- The textfacts virtual table: every error says which option, table or column, and leaves
-- nothing behind; integrity-check names the first differing article, rebuild repairs.
CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, title TEXT UNIQUE, body TEXT);
INSERT INTO articles VALUES
  (1, 'fr', 'Orvane', 'La start-up Orvane a levé 12 millions d''euros en 2025 auprès de Bpifrance.'),
  (2, 'en', 'Nvidia', 'Nvidia will invest $5 billion in Intel in 2026.'),
  (3, 'fr', 'Kestrel', 'Kestrel Avionics a signé un contrat de 40 millions d''euros avec Airbus.');
CREATE VIEW v_articles AS SELECT * FROM articles;
CREATE VIRTUAL TABLE fts_articles USING fts5(body);
CREATE TABLE keyed(k TEXT PRIMARY KEY, body TEXT) WITHOUT ROWID;
CREATE TABLE text_key(k TEXT PRIMARY KEY, body TEXT);
CREATE TABLE int_key(k INT PRIMARY KEY, body TEXT);
CREATE TABLE two_keys(a INTEGER, b INTEGER, body TEXT, PRIMARY KEY(a, b));

-- 1. Options.
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', colour='blue');
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', column='title');
CREATE VIRTUAL TABLE f USING textfacts(content='articles', content='articles', column='body');
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', LANG='fr', lang='en');
CREATE VIRTUAL TABLE f USING textfacts(column='body');
CREATE VIRTUAL TABLE f USING textfacts(content='articles');
CREATE VIRTUAL TABLE f USING textfacts;
CREATE VIRTUAL TABLE f USING textfacts();
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', lang);
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', 'lang fr');
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='');
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', lang='nl');
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', lang='fr', lang_column='lang');

-- 2. The content table and its columns.
CREATE VIRTUAL TABLE f USING textfacts(content='missing', column='body');
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='text');
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', content_rowid='uid');
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', content_rowid='title');
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', lang_column='language');
CREATE VIRTUAL TABLE f USING textfacts(content='text_key', column='body', content_rowid='k');
CREATE VIRTUAL TABLE f USING textfacts(content='int_key', column='body', content_rowid='k');
CREATE VIRTUAL TABLE f USING textfacts(content='two_keys', column='body', content_rowid='a');
CREATE VIRTUAL TABLE f USING textfacts(content='keyed', column='body');
CREATE VIRTUAL TABLE f USING textfacts(content='keyed', column='body', content_rowid='k');
CREATE VIRTUAL TABLE f USING textfacts(content='v_articles', column='body');
CREATE VIRTUAL TABLE f USING textfacts(content='fts_articles', column='body');
CREATE VIRTUAL TABLE f USING textfacts(content='sqlite_schema', column='sql');
-- recursive: the table itself (any case), its shadow tables, another textfacts table
CREATE VIRTUAL TABLE f USING textfacts(content='f', column='body');
CREATE VIRTUAL TABLE f USING textfacts(content='F', column='doc');
CREATE VIRTUAL TABLE f USING textfacts(content='f_data', column='match');
CREATE VIRTUAL TABLE f USING textfacts(content='f_config', column='v');
CREATE VIRTUAL TABLE g USING textfacts(content='articles', column='body');
CREATE VIRTUAL TABLE f USING textfacts(content='g', column='match');
DROP TABLE g;
-- a name that would clash with a column of the table
CREATE VIRTUAL TABLE doc USING textfacts(content='articles', column='body');
CREATE VIRTUAL TABLE counterparty USING textfacts(content='articles', column='body');
CREATE VIRTUAL TABLE "Amount" USING textfacts(content='articles', column='body');
CREATE VIRTUAL TABLE rowid USING textfacts(content='articles', column='body');
-- a shadow table's name already taken
CREATE TABLE h_data(x);
CREATE VIRTUAL TABLE h USING textfacts(content='articles', column='body');
DROP TABLE h_data;
-- an existing article the table cannot extract: CREATE fails naming it (also inside a
-- transaction, which goes on)
INSERT INTO articles VALUES (4, 'nl', 'Siemens', 'Siemens investeert 2 miljard euro.');
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', content_rowid='id', lang_column='lang');
BEGIN;
CREATE VIRTUAL TABLE f USING textfacts(content='articles', column='body', content_rowid='id', lang_column='lang');
SELECT count(*) AS objects FROM sqlite_schema WHERE name = 'f' OR name GLOB 'f_*';
COMMIT;
DELETE FROM articles WHERE id = 4;
-- no failed CREATE left anything behind, and the content table takes writes
SELECT type, name FROM sqlite_schema ORDER BY type, name;
INSERT INTO articles VALUES (4, 'en', 'Plain', 'Nothing here.');
DELETE FROM articles WHERE id = 4;
-- the options' names and values may be quoted in any way SQL quotes, case-insensitively
CREATE VIRTUAL TABLE f USING textfacts("CONTENT" = [Articles], `Column` = "BODY", content_rowid = ID, lang_column = 'Lang');
SELECT k, v FROM f_config ORDER BY k;
SELECT count(*) AS rows FROM f;
DROP TABLE f;

-- 3. Writing to the table directly is an error; commands other than rebuild and
-- integrity-check too.
CREATE VIRTUAL TABLE article_facts USING textfacts(content='articles', column='body', content_rowid='id', lang_column='lang');
SELECT count(*) AS rows FROM article_facts;
INSERT INTO article_facts(doc, kind, "match") VALUES (1, 'money', '1 €');
INSERT INTO article_facts SELECT * FROM article_facts LIMIT 1;
UPDATE article_facts SET amount = 0 WHERE doc = 1;
DELETE FROM article_facts WHERE doc = 1;
DELETE FROM article_facts;
INSERT INTO article_facts(article_facts) VALUES('optimize');
INSERT INTO article_facts(article_facts) VALUES('REBUILD');
INSERT INTO article_facts(article_facts) VALUES('');
INSERT INTO article_facts(article_facts) VALUES(1);
-- the trigger's internal commands are not for users: a command with a non-integer doc fails
INSERT INTO article_facts(kind, doc) VALUES('textfacts:delete', 'x');
INSERT INTO article_facts(kind, doc, "match") VALUES('textfacts:index', NULL, 'Airbus');
-- nothing changed
SELECT count(*) AS rows FROM article_facts;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');

-- 4. integrity-check fails on a hand-corrupted shadow table, naming the article; rebuild
-- repairs.
UPDATE article_facts_data SET amount = 13000000 WHERE doc = 1 AND kind = 'money';
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
SELECT doc, "match", amount FROM article_facts WHERE kind = 'money' ORDER BY doc;
-- a text column changed
UPDATE article_facts_data SET name = 'NVIDIA' WHERE doc = 2 AND "match" = 'Nvidia';
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
-- a type changed (the integer year 2026 replaced by a text)
UPDATE article_facts_data SET year = '2026x' WHERE doc = 2 AND kind = 'money';
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
-- the columns of format 3: what, counterparty (and its kind), year_source
UPDATE article_facts_data SET what = 'fine' WHERE doc = 2 AND kind = 'money';
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
UPDATE article_facts_data SET counterparty = 'Intel', counterparty_kind = 'org' WHERE doc = 2 AND kind = 'money' AND counterparty IS NULL;
UPDATE article_facts_data SET counterparty_kind = 'person' WHERE doc = 2 AND kind = 'money' AND counterparty IS NOT NULL;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
UPDATE article_facts_data SET year_source = 'heading' WHERE doc = 2 AND kind = 'money';
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
UPDATE article_facts_data SET what = 'investment' WHERE kind = 'entity' AND doc = 2;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
-- a row missing
DELETE FROM article_facts_data WHERE doc = 3 AND kind = 'entity' AND "match" = 'Airbus';
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
-- a row too many
INSERT INTO article_facts_data(doc, kind, "match", start, "end", sentence) VALUES (2, 'entity', 'x', 99, 100, 0);
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
-- rows of an article that is not in the content table
INSERT INTO article_facts_data(doc, kind, "match", start, "end", sentence) VALUES (99, 'entity', 'x', 0, 1, 0);
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
-- what the triggers cannot see: REPLACE through another UNIQUE column deletes article 2
-- without a delete trigger (recursive_triggers is off)
INSERT OR REPLACE INTO articles VALUES (5, 'en', 'Nvidia', 'Nvidia will invest $7 billion in 2027.');
SELECT id, title FROM articles ORDER BY id;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
SELECT DISTINCT doc FROM article_facts ORDER BY doc;
-- with recursive_triggers on, the delete trigger fires and the table stays current
PRAGMA recursive_triggers = ON;
INSERT OR REPLACE INTO articles VALUES (6, 'en', 'Nvidia', 'Nvidia will invest $8 billion in 2028.');
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
SELECT DISTINCT doc FROM article_facts ORDER BY doc;
PRAGMA recursive_triggers = OFF;
-- integrity-check and rebuild inside a transaction, rolled back
BEGIN;
DELETE FROM article_facts_data;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
ROLLBACK;
SELECT count(*) AS rows FROM article_facts;

-- 5. The dictionary changes the entities already stored: integrity-check sees it, rebuild
-- applies it.
SELECT doc, "match", name, entity_kind, source FROM article_facts WHERE kind = 'entity' AND doc = 3 ORDER BY rowid;
.read sql/dictionary.sql
INSERT INTO textfacts_dictionary VALUES ('Kestrel Avionics', 'Kestrel', 'org');
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
SELECT doc, "match", name, entity_kind, source FROM article_facts WHERE kind = 'entity' AND doc = 3 ORDER BY rowid;
SELECT doc, "match", entity FROM article_facts WHERE kind = 'money' AND doc = 3;
-- a new article is indexed with the dictionary
INSERT INTO articles VALUES (7, 'fr', 'Kestrel 2', 'Kestrel Avionics recrute à Toulouse.');
SELECT "match", name, source FROM article_facts WHERE doc = 7 AND kind = 'entity' ORDER BY rowid;
-- back to the built-ins
DROP TABLE textfacts_dictionary;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
-- a malformed dictionary row (a table without sql/dictionary.sql's CHECKs): writing an
-- article fails, naming the row, and nothing is written; the commands fail alike
CREATE TABLE textfacts_dictionary(alias TEXT, name TEXT, kind TEXT);
INSERT INTO textfacts_dictionary VALUES ('Acme', 'Acme', 'company');
INSERT INTO articles VALUES (8, 'en', 'Acme', 'Acme raised $1 million.');
UPDATE articles SET body = 'Acme raised $2 million.' WHERE id = 1;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
SELECT count(*) AS article_8 FROM articles WHERE id = 8;
SELECT body FROM articles WHERE id = 1;
DROP TABLE textfacts_dictionary;
SELECT count(*) AS rows FROM article_facts;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');

-- 6. The text column renamed: the triggers follow it (SQLite rewrites them), and so do
-- rebuild and integrity-check (they read the names from the trigger); dropping the text or lang column is refused (the
-- triggers name it).
ALTER TABLE articles RENAME COLUMN body TO texte;
INSERT INTO articles VALUES (9, 'en', 'Renamed', 'Intel will cut $3 billion in costs.');
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
INSERT INTO article_facts(article_facts) VALUES('rebuild');
SELECT count(*) AS rows_of_9 FROM article_facts WHERE doc = 9;
SELECT sql FROM sqlite_schema WHERE name = 'article_facts_ai';
ALTER TABLE articles DROP COLUMN texte;
ALTER TABLE articles DROP COLUMN lang;
SELECT name FROM pragma_table_info('articles') ORDER BY cid;
-- another column comes and goes
ALTER TABLE articles ADD COLUMN note TEXT;
INSERT INTO articles(id, lang, title, texte, note) VALUES (10, 'fr', 'Note', 'Thales investit 1 milliard d''euros.', 'n');
ALTER TABLE articles DROP COLUMN note;
SELECT name FROM pragma_table_info('articles') ORDER BY cid;
SELECT count(*) AS rows_of_10 FROM article_facts WHERE doc = 10;
DROP TABLE article_facts;
SELECT type, name FROM sqlite_schema WHERE name LIKE 'article_facts%' ORDER BY name;
ALTER TABLE articles DROP COLUMN texte;
SELECT name FROM pragma_table_info('articles') ORDER BY cid;

-- 9. Fixed after the first run of these transcripts: a shadow table of another textfacts
-- table is not a content table (dropping that table would take the triggers with it).
CREATE TABLE posts(id INTEGER PRIMARY KEY, body TEXT);
CREATE VIRTUAL TABLE post_facts USING textfacts(content = 'posts', column = 'body');
CREATE VIRTUAL TABLE meta_facts USING textfacts(content = 'post_facts_data', column = 'match');
CREATE VIRTUAL TABLE meta_facts USING textfacts(content = 'POST_FACTS_CONFIG', column = 'v');
-- commands are not case-sensitive
INSERT INTO post_facts(post_facts) VALUES ('REBUILD');
INSERT INTO post_facts(post_facts) VALUES ('Integrity-Check');
DROP TABLE post_facts;
DROP TABLE posts;

-- 10. Only the table's own triggers index and delete: the commands they send through the
-- kind column are checked against the content table, so no other SQL (a user's, a trigger
-- of a hostile database file, even under trusted_schema = OFF) stores rows an article does
-- not hold or removes true ones; anything else gets the read-only error.
CREATE TABLE stories(id INTEGER PRIMARY KEY, lang TEXT, body TEXT);
INSERT INTO stories VALUES (1, 'fr', 'Safran a levé 500 millions d''euros.'), (2, 'en', 'Intel will cut $3 billion.');
CREATE VIRTUAL TABLE story_facts USING textfacts(content = stories, column = body, lang_column = lang);
CREATE TEMP TABLE truth AS SELECT * FROM story_facts;
-- an index command with another text, another lang, or for no article
INSERT INTO story_facts(kind, doc, "match", qualifier) VALUES ('textfacts:index', 1, 'Safran a levé 900 millions d''euros.', 'fr');
INSERT INTO story_facts(kind, doc, "match", qualifier) VALUES ('textfacts:index', 1, 'Safran a levé 500 millions d''euros.', 'en');
INSERT INTO story_facts(kind, doc, "match", qualifier) VALUES ('textfacts:index', 1, CAST('Safran a levé 500 millions d''euros.' AS BLOB), 'fr');
INSERT INTO story_facts(kind, doc, "match", qualifier) VALUES ('textfacts:index', 3, 'Airbus a levé 2 milliards d''euros.', 'fr');
-- a delete command for an article still there
INSERT INTO story_facts(kind, doc) VALUES ('textfacts:delete', 2);
-- from a trigger, under trusted_schema = OFF
PRAGMA trusted_schema = OFF;
CREATE TABLE hostile(x);
CREATE TRIGGER hostile_ai AFTER INSERT ON hostile BEGIN
  INSERT INTO story_facts(kind, doc, "match", qualifier) VALUES ('textfacts:index', 2, new.x, 'en');
END;
INSERT INTO hostile VALUES ('Intel will cut $300 billion.');
PRAGMA trusted_schema = ON;
-- nothing changed
SELECT count(*) AS changed FROM (SELECT * FROM story_facts EXCEPT SELECT * FROM truth);
SELECT count(*) AS lost FROM (SELECT * FROM truth EXCEPT SELECT * FROM story_facts);
-- what agrees with the content table is harmless: the same rows again
INSERT INTO story_facts(kind, doc, "match", qualifier) VALUES ('textfacts:index', 1, 'Safran a levé 500 millions d''euros.', 'fr');
INSERT INTO story_facts(kind, doc) VALUES ('textfacts:delete', 7);
SELECT count(*) AS changed FROM (SELECT doc, kind, "match", amount FROM story_facts EXCEPT SELECT doc, kind, "match", amount FROM truth);
INSERT INTO story_facts(story_facts) VALUES('integrity-check');
-- and the triggers still work: an update that keeps the id, one that changes it
UPDATE stories SET body = 'Safran a levé 600 millions d''euros.' WHERE id = 1;
UPDATE stories SET id = 5 WHERE id = 2;
SELECT doc, "match" FROM story_facts WHERE kind = 'money' ORDER BY doc;
INSERT INTO story_facts(story_facts) VALUES('integrity-check');
DROP TABLE hostile;
DROP TABLE story_facts;
DROP TABLE stories;
