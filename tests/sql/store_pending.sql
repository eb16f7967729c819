.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- The triggers in more than one thread (store_build.c, "The triggers' articles"): an
-- INSERT of many articles hands them to worker threads and stores their rows when the
-- statement ends. Every step below runs twice, on `a1` (kept current in one thread) and
-- on `a2` (in two): their rows must be the same, ids included, after each step, and
-- what SQL sees during a transaction (changes(), last_insert_rowid(), the table) too.
.read tests/fixtures/seven_lines.sql
CREATE TABLE a1(id INTEGER PRIMARY KEY, lang TEXT, body TEXT, url TEXT UNIQUE);
CREATE TABLE a2(id INTEGER PRIMARY KEY, lang TEXT, body TEXT, url TEXT UNIQUE);
CREATE VIRTUAL TABLE f1 USING textfacts(content='a1', column='body', lang_column='lang');
CREATE VIRTUAL TABLE f2 USING textfacts(content='a2', column='body', lang_column='lang');
CREATE VIEW same AS SELECT
  (SELECT count(*) FROM f1_data) AS rows,
  (SELECT count(*) FROM (SELECT * FROM f1_data EXCEPT SELECT * FROM f2_data)) +
  (SELECT count(*) FROM (SELECT * FROM f2_data EXCEPT SELECT * FROM f1_data)) AS differ;
-- Articles first..last: 900 of them are more than the batches two threads keep (6 of 64).
CREATE TABLE span(first INTEGER, last INTEGER);
CREATE VIEW new_articles AS
WITH RECURSIVE n(i) AS (SELECT first FROM span UNION ALL SELECT i + 1 FROM n, span WHERE i < last)
SELECT i AS id, lang, body || CASE WHEN body IS NULL THEN '' ELSE ' #' || i END AS body,
       'https://example.org/' || i AS url
FROM n JOIN lines ON k = i % 9;

-- One statement outside a transaction.
INSERT INTO span VALUES(1, 900);
SELECT textfacts_threads(1);
INSERT INTO a1 SELECT * FROM new_articles;
SELECT changes(), last_insert_rowid();
SELECT textfacts_threads(2);
INSERT INTO a2 SELECT * FROM new_articles;
SELECT changes(), last_insert_rowid();
SELECT * FROM same;

-- In a transaction: the table read before COMMIT holds the new articles' rows; changes()
-- and last_insert_rowid() are the INSERT's, in the next statement and after COMMIT.
UPDATE span SET first = 901, last = 1500;
SELECT textfacts_threads(1);
BEGIN;
INSERT INTO a1 SELECT * FROM new_articles;
SELECT changes(), last_insert_rowid(), (SELECT count(*) FROM f1 WHERE doc > 900) AS new_rows;
COMMIT;
SELECT changes(), last_insert_rowid();
SELECT textfacts_threads(2);
BEGIN;
INSERT INTO a2 SELECT * FROM new_articles;
SELECT changes(), last_insert_rowid(), (SELECT count(*) FROM f2 WHERE doc > 900) AS new_rows;
COMMIT;
SELECT changes(), last_insert_rowid();
SELECT * FROM same;

-- A statement that fails on its 400th article (a url already there) leaves nothing of
-- itself; the statement before it in the same transaction keeps its rows.
UPDATE span SET first = 1501, last = 2300;
SELECT textfacts_threads(1);
BEGIN;
INSERT INTO a1 SELECT * FROM new_articles WHERE id <= 1900;
INSERT INTO a1 SELECT id, lang, body, CASE id WHEN 2300 THEN 'https://example.org/7' ELSE url END
FROM new_articles WHERE id > 1900;
COMMIT;
SELECT textfacts_threads(2);
BEGIN;
INSERT INTO a2 SELECT * FROM new_articles WHERE id <= 1900;
INSERT INTO a2 SELECT id, lang, body, CASE id WHEN 2300 THEN 'https://example.org/7' ELSE url END
FROM new_articles WHERE id > 1900;
COMMIT;
SELECT * FROM same;
SELECT count(*) AS articles_of_the_failed_statement FROM f2 WHERE doc > 1900;

-- ROLLBACK TO a savepoint, and ROLLBACK, forget what they undo.
UPDATE span SET first = 2301, last = 2800;
SELECT textfacts_threads(1);
BEGIN;
SAVEPOINT s;
INSERT INTO a1 SELECT * FROM new_articles WHERE id <= 2500;
ROLLBACK TO s;
INSERT INTO a1 SELECT * FROM new_articles WHERE id > 2500;
RELEASE s;
COMMIT;
BEGIN;
INSERT INTO a1 SELECT id + 1000, lang, body, url || '/x' FROM new_articles;
ROLLBACK;
SELECT textfacts_threads(2);
BEGIN;
SAVEPOINT s;
INSERT INTO a2 SELECT * FROM new_articles WHERE id <= 2500;
ROLLBACK TO s;
INSERT INTO a2 SELECT * FROM new_articles WHERE id > 2500;
RELEASE s;
COMMIT;
BEGIN;
INSERT INTO a2 SELECT id + 1000, lang, body, url || '/x' FROM new_articles;
ROLLBACK;
SELECT * FROM same;

-- The table dropped in a transaction that is rolled back is whole again.
SELECT textfacts_threads(2);
UPDATE span SET first = 5001, last = 5400;
BEGIN;
INSERT INTO a2 SELECT * FROM new_articles;
DROP TABLE f2;
ROLLBACK;
SELECT count(*) AS rows_after_rollback FROM f2_data;
INSERT INTO f1(f1) VALUES('integrity-check');
INSERT INTO f2(f2) VALUES('integrity-check');

-- A command sent by hand (the triggers' own, for an article with exactly its text) is one
-- statement without a savepoint: its article is stored when the table is next read.
SELECT textfacts_threads(1);
BEGIN;
DELETE FROM f1_data WHERE doc = 10;
INSERT INTO f1(kind, doc, "match", qualifier)
VALUES('textfacts:index', 10, (SELECT body FROM a1 WHERE id = 10), (SELECT lang FROM a1 WHERE id = 10));
SELECT count(*) AS rows_of_10 FROM f1 WHERE doc = 10;
COMMIT;
SELECT textfacts_threads(2);
BEGIN;
DELETE FROM f2_data WHERE doc = 10;
INSERT INTO f2(kind, doc, "match", qualifier)
VALUES('textfacts:index', 10, (SELECT body FROM a2 WHERE id = 10), (SELECT lang FROM a2 WHERE id = 10));
SELECT count(*) AS rows_of_10 FROM f2 WHERE doc = 10;
COMMIT;
SELECT * FROM same;

-- Updates and deletes of many articles, and a dictionary changed between two inserts of
-- one transaction: each article is read with the names of its statement's time.
CREATE TABLE textfacts_dictionary(alias TEXT, name TEXT, kind TEXT);
SELECT textfacts_threads(1);
BEGIN;
UPDATE a1 SET body = replace(body, 'Kelvora', 'Zorblax Labs') WHERE id % 3 = 0;
DELETE FROM a1 WHERE id % 7 = 0;
INSERT INTO textfacts_dictionary VALUES('Zorblax Labs', 'Zorblax Laboratories', 'org');
UPDATE a1 SET body = body || ' Zorblax Labs.' WHERE id % 5 = 0;
COMMIT;
DELETE FROM textfacts_dictionary;
SELECT textfacts_threads(2);
BEGIN;
UPDATE a2 SET body = replace(body, 'Kelvora', 'Zorblax Labs') WHERE id % 3 = 0;
DELETE FROM a2 WHERE id % 7 = 0;
INSERT INTO textfacts_dictionary VALUES('Zorblax Labs', 'Zorblax Laboratories', 'org');
UPDATE a2 SET body = body || ' Zorblax Labs.' WHERE id % 5 = 0;
COMMIT;
SELECT * FROM same;
SELECT count(*) > 0 AS dictionary_names FROM f2 WHERE name = 'Zorblax Laboratories';
-- (the rows stored before the dictionary changed are stale, the same in both tables)
INSERT INTO f1(f1) VALUES('integrity-check');
INSERT INTO f2(f2) VALUES('integrity-check');
