.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- The textfacts virtual table (issue 5): created over existing articles, its rows are
-- exactly those of extract_facts / extract_entities / extract_sentences, and the triggers
-- keep it so through insert, update, delete, REPLACE, ROLLBACK and ROLLBACK TO.

-- 1. Created over existing rows (content_rowid, lang_column: NULL lang is 'auto').
CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, title TEXT, body TEXT);
INSERT INTO articles VALUES
  (1, 'fr', 'Orvane', 'La start-up Orvane a levé 12 millions d''euros en 2025 auprès de Bpifrance. Selon Les Echos, son fondateur M. Paul Darmon vise la Chine.'),
  (2, 'en', 'Nvidia', 'Nvidia will invest $5 billion in Intel in 2026. Microsoft said it would spend £22 billion ($30 billion) in the UK.'),
  (3, 'fr', 'Tencent', 'Tencent prévoit 70 milliards de yuans, soit environ 9,7 milliards de dollars, pour 2025. Le groupe de Shenzhen recrute.'),
  (4, NULL, 'Apple', 'Apple a vendu pour 3 milliards d''euros d''iPhone en France.'),
  (7, 'en', 'Quiet', 'Nothing to report today.');
CREATE VIRTUAL TABLE article_facts USING textfacts(content='articles', column='body', content_rowid='id', lang_column='lang');
-- every row, in rowid order (rows of an article in text order, money before entity)
SELECT doc, kind, "match", start, "end", sentence, amount, currency, qualifier, low, high,
       entity, entity_kind, what, counterparty, counterparty_kind, year, year_source, grp, name,
       code, source
  FROM article_facts ORDER BY rowid;

-- What the table must hold, from the table-valued functions (NULL lang = 'auto'); typeof()
-- makes 1 and 1.0 differ. The sentence of an entity is the first sentence ending after it.
CREATE VIEW expected_facts AS
  SELECT a.id AS doc, 'money' AS kind, f."match", f.start, f."end", f.sentence, f.amount,
         f.currency, f.qualifier, f.low, f.high, f.entity, f.entity_kind, f.what, f.counterparty,
         f.counterparty_kind, f.year, f.year_source, f.grp, NULL AS name, NULL AS code, NULL AS source
    FROM articles AS a, extract_facts(a.body, coalesce(a.lang, 'auto')) AS f
  UNION ALL
  SELECT a.id, 'entity', e."match", e.start, e."end",
         (SELECT coalesce(min(s.sentence), max(s.sentence)) FROM extract_sentences(a.body, coalesce(a.lang, 'auto')) AS s
           WHERE s."end" > e.start),
         NULL, NULL, NULL, NULL, NULL, NULL, e.kind, NULL, NULL, NULL, NULL, NULL, NULL, e.name,
         e.code, e.source
    FROM articles AS a, extract_entities(a.body, coalesce(a.lang, 'auto')) AS e;
CREATE VIEW typed AS
  SELECT doc, typeof(doc) AS t0, kind, "match", typeof("match") AS t1, start, typeof(start) AS t2,
         "end", typeof("end") AS t3, sentence, typeof(sentence) AS t4, amount, typeof(amount) AS t5,
         currency, qualifier, low, typeof(low) AS t6, high, typeof(high) AS t7, entity, entity_kind,
         what, counterparty, counterparty_kind, year, typeof(year) AS t8, year_source,
         grp, typeof(grp) AS t9, name, code, source
    FROM article_facts;
CREATE VIEW typed_expected AS
  SELECT doc, typeof(doc) AS t0, kind, "match", typeof("match") AS t1, start, typeof(start) AS t2,
         "end", typeof("end") AS t3, sentence, typeof(sentence) AS t4, amount, typeof(amount) AS t5,
         currency, qualifier, low, typeof(low) AS t6, high, typeof(high) AS t7, entity, entity_kind,
         what, counterparty, counterparty_kind, year, typeof(year) AS t8, year_source,
         grp, typeof(grp) AS t9, name, code, source
    FROM expected_facts;
-- rows: the table's; expected: the functions'; missing / extra: rows on one side only;
-- substr_ok: rows where substr(body, start + 1, end - start) = match (a BLOB body is read
-- as text, as the functions read it: CAST(body AS TEXT)); out_of_order: rows
-- whose rowid order is not text order within their article.
CREATE VIEW check_facts AS
  SELECT (SELECT count(*) FROM article_facts) AS rows,
         (SELECT count(*) FROM expected_facts) AS expected,
         (SELECT count(*) FROM (SELECT * FROM typed_expected EXCEPT SELECT * FROM typed)) AS missing,
         (SELECT count(*) FROM (SELECT * FROM typed EXCEPT SELECT * FROM typed_expected)) AS extra,
         (SELECT count(*) FROM article_facts AS f JOIN articles AS a ON a.id = f.doc
           WHERE substr(CAST(a.body AS TEXT), f.start + 1, f."end" - f.start) = f."match") AS substr_ok,
         (SELECT count(*) FROM (SELECT doc, start, kind, lag(start) OVER w AS pstart, lag(kind) OVER w AS pkind
                                  FROM article_facts WINDOW w AS (PARTITION BY doc ORDER BY rowid))
           WHERE pstart > start OR (pstart = start AND pkind = 'entity' AND kind = 'money')) AS out_of_order;
SELECT * FROM check_facts;
-- (the check sees a changed value, a changed type and a row in the wrong order)
BEGIN;
UPDATE article_facts_data SET amount = amount + 1 WHERE doc = 1 AND kind = 'money';
SELECT * FROM check_facts;
ROLLBACK;
BEGIN;
UPDATE article_facts_data SET "match" = CAST("match" AS BLOB) WHERE doc = 2 AND kind = 'entity';
SELECT * FROM check_facts;
ROLLBACK;
BEGIN;
UPDATE article_facts_data SET id = -id WHERE doc = 3 AND start = (SELECT max(start) FROM article_facts_data WHERE doc = 3);
SELECT * FROM check_facts;
ROLLBACK;
-- per article and kind, and both kinds against their own function
SELECT doc, kind, count(*) AS n FROM article_facts GROUP BY doc, kind ORDER BY doc, kind;
SELECT count(*) AS money_rows FROM article_facts WHERE kind = 'money';
SELECT count(*) AS facts_rows FROM articles AS a, extract_facts(a.body, coalesce(a.lang, 'auto'));
SELECT count(*) AS entity_rows FROM article_facts WHERE kind = 'entity';
SELECT count(*) AS entities_rows FROM articles AS a, extract_entities(a.body, coalesce(a.lang, 'auto'));
-- money rows against extract_facts, both ways, with the sentence column
SELECT doc, "match", start, sentence FROM article_facts WHERE kind = 'money'
EXCEPT SELECT a.id, f."match", f.start, f.sentence FROM articles AS a, extract_facts(a.body, coalesce(a.lang, 'auto')) AS f;
SELECT a.id, f."match", f.start, f.sentence FROM articles AS a, extract_facts(a.body, coalesce(a.lang, 'auto')) AS f
EXCEPT SELECT doc, "match", start, sentence FROM article_facts WHERE kind = 'money';
-- the sentence of each entity row holds it (extract_sentences)
SELECT count(*) AS entities_in_their_sentence
  FROM article_facts AS f JOIN articles AS a ON a.id = f.doc,
       extract_sentences(a.body, coalesce(a.lang, 'auto')) AS s
 WHERE f.kind = 'entity' AND s.sentence = f.sentence AND f.start >= s.start AND f."end" <= s."end";
INSERT INTO article_facts(article_facts) VALUES('integrity-check');

-- 2. Insert, update, delete on the content table.
INSERT INTO articles(id, lang, title, body) VALUES
  (10, 'fr', 'Vinci', 'Vinci a remporté un contrat de 450 millions d''euros à Lyon, selon le groupe.');
SELECT doc, kind, "match", amount, currency, entity, name FROM article_facts WHERE doc = 10;
SELECT * FROM check_facts;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
-- the text changes
UPDATE articles SET body = 'Vinci a finalement signé pour 500 millions d''euros à Marseille.' WHERE id = 10;
SELECT doc, kind, "match", amount, currency, entity, name FROM article_facts WHERE doc = 10;
SELECT * FROM check_facts;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
-- an unrelated column changes: the rows are not rewritten (same rowids)
CREATE TEMP TABLE before AS SELECT rowid AS r, * FROM article_facts;
UPDATE articles SET title = 'Vinci (mis à jour)' WHERE id = 10;
SELECT (SELECT count(*) FROM (SELECT rowid, * FROM article_facts EXCEPT SELECT * FROM before)) AS changed,
       (SELECT count(*) FROM before) AS rows;
-- the same text written again: the trigger's WHEN skips it too
UPDATE articles SET body = body WHERE id = 10;
SELECT (SELECT count(*) FROM (SELECT rowid, * FROM article_facts EXCEPT SELECT * FROM before)) AS changed;
DROP TABLE before;
-- the lang column changes: 'en' then 'fr' word lists
UPDATE articles SET lang = 'en' WHERE id = 4;
SELECT doc, kind, "match", amount, currency FROM article_facts WHERE doc = 4;
SELECT * FROM check_facts;
UPDATE articles SET lang = NULL WHERE id = 4;
SELECT * FROM check_facts;
-- the id changes: the rows move to the new doc
UPDATE articles SET id = 11 WHERE id = 10;
SELECT doc, count(*) AS n FROM article_facts WHERE doc IN (10, 11) GROUP BY doc;
SELECT * FROM check_facts;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
-- delete
DELETE FROM articles WHERE id = 11;
SELECT count(*) AS rows_of_11 FROM article_facts WHERE doc = 11;
SELECT * FROM check_facts;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
-- REPLACE on the primary key: the old article's rows go, the new one's come
INSERT OR REPLACE INTO articles(id, lang, title, body) VALUES
  (3, 'en', 'Tencent', 'Tencent plans to spend $2 billion on data centres in Singapore.');
SELECT doc, kind, "match", amount, currency, entity, name FROM article_facts WHERE doc = 3;
SELECT * FROM check_facts;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
REPLACE INTO articles(id, lang, title, body) VALUES
  (3, 'fr', 'Tencent', 'Tencent prévoit 70 milliards de yuans, soit environ 9,7 milliards de dollars, pour 2025. Le groupe de Shenzhen recrute.');
SELECT * FROM check_facts;
-- UPSERT
INSERT INTO articles(id, lang, title, body) VALUES (7, 'en', 'Quiet', 'Airbus won a €1.5 billion order from Qantas.')
  ON CONFLICT(id) DO UPDATE SET body = excluded.body;
SELECT doc, kind, "match", amount, currency, entity, name FROM article_facts WHERE doc = 7;
SELECT * FROM check_facts;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
-- an insert without an id (rowid alias chosen by SQLite)
INSERT INTO articles(lang, title, body) VALUES ('en', 'Auto id', 'Samsung invested $1 billion in Texas.');
SELECT doc, kind, "match" FROM article_facts WHERE doc = (SELECT max(id) FROM articles);
SELECT * FROM check_facts;

-- 3. Transactions: ROLLBACK undoes the article and its rows together.
BEGIN;
INSERT INTO articles VALUES (20, 'fr', 'Rollback', 'Renault investit 2 milliards d''euros à Douai.');
UPDATE articles SET body = 'Nvidia will invest $6 billion in 2027.' WHERE id = 2;
DELETE FROM articles WHERE id = 1;
SELECT * FROM check_facts;
SELECT doc, count(*) AS n FROM article_facts WHERE doc IN (1, 2, 20) GROUP BY doc;
ROLLBACK;
SELECT doc, count(*) AS n FROM article_facts WHERE doc IN (1, 2, 20) GROUP BY doc;
SELECT * FROM check_facts;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
-- ROLLBACK TO a savepoint keeps what came before it
BEGIN;
INSERT INTO articles VALUES (21, 'fr', 'Kept', 'Orange a investi 300 millions d''euros en Afrique.');
SAVEPOINT s1;
INSERT INTO articles VALUES (22, 'en', 'Dropped', 'Intel will cut $3 billion in costs.');
DELETE FROM articles WHERE id = 2;
SELECT doc, count(*) AS n FROM article_facts WHERE doc IN (2, 21, 22) GROUP BY doc;
ROLLBACK TO s1;
RELEASE s1;
COMMIT;
SELECT doc, count(*) AS n FROM article_facts WHERE doc IN (2, 21, 22) GROUP BY doc;
SELECT * FROM check_facts;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
-- a failing statement is undone with its rows (statement rollback)
CREATE TRIGGER articles_fail AFTER INSERT ON articles WHEN new.id = 30 BEGIN SELECT raise(ABORT, 'no article 30'); END;
INSERT INTO articles VALUES (30, 'fr', 'Aborted', 'Renault investit 2 milliards d''euros à Douai.');
DROP TRIGGER articles_fail;
SELECT count(*) AS rows_of_30 FROM article_facts WHERE doc = 30;
SELECT * FROM check_facts;

-- 4. The unknown lang in a row: the write fails with a message naming the article, and
-- nothing changes.
INSERT INTO articles VALUES (40, 'nl', 'Nederlands', 'Siemens investeert 2 miljard euro.');
UPDATE articles SET lang = 'xx' WHERE id = 2;
SELECT id, lang FROM articles WHERE id IN (2, 40);
SELECT * FROM check_facts;
-- lang values are read as the functions read them
INSERT INTO articles VALUES (41, 'FR', 'Upper', 'Renault investit 2 milliards d''euros à Douai.');
INSERT INTO articles VALUES (42, 'auto', 'Auto', 'Renault investit 2 milliards d''euros à Douai.');
SELECT * FROM check_facts;

-- 5. Bad text: NULL, BLOB, empty, invalid UTF-8, a NUL (the text ends there), a number.
INSERT INTO articles VALUES (50, 'fr', 'NULL', NULL);
INSERT INTO articles VALUES (51, 'fr', 'BLOB', CAST('Airbus a levé 2 milliards d''euros.' AS BLOB));
INSERT INTO articles VALUES (52, 'fr', 'empty', '');
INSERT INTO articles VALUES (53, 'fr', 'invalid', CAST(X'C3A9C3' AS TEXT) || ' Airbus a levé ' || CAST(X'FF' AS TEXT) || '2 milliards d''euros ' || CAST(X'E282' AS TEXT) || ' en Chine.');
SELECT typeof(body), hex(body) FROM articles WHERE id = 53;
INSERT INTO articles VALUES (54, 'fr', 'NUL', 'Airbus a levé 2 milliards d''euros.' || char(0) || ' Puis 3 milliards de dollars.');
INSERT INTO articles VALUES (55, 'fr', 'number', 1234.5);
SELECT doc, kind, "match", start, "end", amount FROM article_facts WHERE doc BETWEEN 50 AND 55 ORDER BY rowid;
SELECT * FROM check_facts;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
-- text set to NULL removes the rows; set back, they return
UPDATE articles SET body = NULL WHERE id = 51;
SELECT count(*) AS rows_of_51 FROM article_facts WHERE doc = 51;
UPDATE articles SET body = CAST('Airbus a levé 2 milliards d''euros.' AS BLOB) WHERE id = 51;
SELECT count(*) AS rows_of_51 FROM article_facts WHERE doc = 51;
SELECT * FROM check_facts;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
-- the offsets rule holds for every row of every article (a BLOB counts bytes in substr(),
-- so the BLOB article is checked through CAST(body AS TEXT))
SELECT count(*) AS rows, sum(substr(a.body, f.start + 1, f."end" - f.start) = f."match") AS substr_ok
  FROM article_facts AS f JOIN articles AS a ON a.id = f.doc WHERE typeof(a.body) = 'text';
SELECT f.doc, f."match", substr(a.body, f.start + 1, f."end" - f.start) AS substr_blob,
       substr(CAST(a.body AS TEXT), f.start + 1, f."end" - f.start) AS substr_text
  FROM article_facts AS f JOIN articles AS a ON a.id = f.doc WHERE typeof(a.body) = 'blob' ORDER BY f.rowid;
-- the rows of the invalid UTF-8 article: no mention holds an invalid byte
SELECT f."match", f.start, f."end", hex(f."match") AS bytes FROM article_facts AS f WHERE doc = 53 ORDER BY rowid;

-- 6. 'rebuild' recomputes and changes nothing when all is current.
INSERT INTO article_facts(article_facts) VALUES('rebuild');
SELECT * FROM check_facts;
DROP VIEW check_facts;
DROP VIEW typed_expected;
DROP VIEW typed;
DROP VIEW expected_facts;
DROP TABLE article_facts;

-- 7. lang = 'fr' for every article; without content_rowid the table's INTEGER PRIMARY KEY
-- is the article id (a table without one is refused: VACUUM may renumber bare rowids).
CREATE TABLE bare(body TEXT);
CREATE VIRTUAL TABLE bare_facts USING textfacts(content = bare, column = body);
DROP TABLE bare;
CREATE TABLE notes(n INTEGER PRIMARY KEY, body TEXT);
INSERT INTO notes(rowid, body) VALUES
  (5, 'Le groupe Alstom a gagné 900 millions d''euros en Inde.'),
  (6, 'Alstom won a $2 billion contract in India.');
CREATE VIRTUAL TABLE note_facts USING textfacts(content = notes, column = body, lang = 'fr');
-- (read as French, '$2 billion' is 2 × 10^12, as extract_facts(body, 'fr') reads it)
SELECT doc, kind, "match", amount, currency, entity, name FROM note_facts ORDER BY rowid;
SELECT doc, "match", amount, entity FROM note_facts WHERE kind = 'money'
EXCEPT SELECT n.rowid, f."match", f.amount, f.entity FROM notes AS n, extract_facts(n.body, 'fr') AS f;
SELECT n.rowid, f."match", f.amount, f.entity FROM notes AS n, extract_facts(n.body, 'fr') AS f
EXCEPT SELECT doc, "match", amount, entity FROM note_facts WHERE kind = 'money';
SELECT doc, "match", name FROM note_facts WHERE kind = 'entity'
EXCEPT SELECT n.rowid, e."match", e.name FROM notes AS n, extract_entities(n.body, 'fr') AS e;
SELECT n.rowid, e."match", e.name FROM notes AS n, extract_entities(n.body, 'fr') AS e
EXCEPT SELECT doc, "match", name FROM note_facts WHERE kind = 'entity';
INSERT INTO notes(rowid, body) VALUES (8, 'Thales investit 1 milliard d''euros.');
UPDATE notes SET rowid = 9 WHERE rowid = 5;
DELETE FROM notes WHERE rowid = 6;
SELECT doc, kind, "match" FROM note_facts ORDER BY doc, rowid;
INSERT INTO note_facts(note_facts) VALUES('integrity-check');
-- the default lang is 'auto'
CREATE VIRTUAL TABLE note_auto USING textfacts(content = notes, column = body);
SELECT count(*) AS rows FROM note_auto;
SELECT count(*) AS rows FROM notes AS n, extract_facts(n.body) UNION ALL
SELECT count(*) FROM notes AS n, extract_entities(n.body);
-- two tables over one content table both stay current
INSERT INTO notes(rowid, body) VALUES (12, 'Safran a levé 500 millions d''euros.');
SELECT (SELECT count(*) FROM note_facts WHERE doc = 12) AS fr_rows, (SELECT count(*) FROM note_auto WHERE doc = 12) AS auto_rows;
INSERT INTO note_facts(note_facts) VALUES('integrity-check');
INSERT INTO note_auto(note_auto) VALUES('integrity-check');
DROP TABLE note_auto;
DROP TABLE note_facts;
DROP TABLE notes;
