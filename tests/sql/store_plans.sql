.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- The textfacts virtual table's query plans: every constraint and ORDER BY is pushed down
-- into one SELECT on <name>_data, and the plan (idxStr) is that SELECT's WHERE / ORDER BY.
-- For each query: its plan on the virtual table, the plan of the same clause on
-- article_facts_data (an index SEARCH, never a SCAN), and its rows against the table-valued
-- functions.
CREATE TABLE companies(i INTEGER PRIMARY KEY, name TEXT, verb_fr TEXT, verb_en TEXT);
INSERT INTO companies VALUES
  (0, 'Airbus', 'a levé', 'raised'), (1, 'Thales', 'investit', 'will invest'),
  (2, 'Nvidia', 'prévoit', 'plans to spend'), (3, 'Samsung', 'a levé', 'raised'),
  (4, 'Renault', 'investit', 'will invest'), (5, 'Tencent', 'prévoit', 'plans to spend');
CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, title TEXT, body TEXT);
-- 60 articles: French ones in euros, English ones in dollars or pounds, years 2020 to 2027
WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 60)
INSERT INTO articles(id, lang, title, body)
SELECT k, CASE WHEN k % 2 THEN 'fr' ELSE 'en' END, 'Article ' || k,
       CASE WHEN k % 2
         THEN printf('%s %s %d millions d''euros en %d. Le groupe recrute à Lyon.', c.name, c.verb_fr, k * 10, 2020 + k % 8)
         ELSE printf('%s %s %s%d million in %d, according to Reuters.', c.name, c.verb_en,
                     CASE WHEN k % 3 THEN '$' ELSE '£' END, k * 10, 2020 + k % 8)
       END
  FROM n JOIN companies AS c ON c.i = n.k % 6;
CREATE VIRTUAL TABLE article_facts USING textfacts(content='articles', column='body', content_rowid='id', lang_column='lang');
SELECT kind, count(*) AS n FROM article_facts GROUP BY kind ORDER BY kind;
SELECT doc, kind, "match", amount, currency, entity, year, name FROM article_facts WHERE doc IN (1, 2, 3) ORDER BY rowid;
-- the same rows, from the table-valued functions
CREATE VIEW tvf_facts AS
  SELECT a.id AS doc, 'money' AS kind, f."match", f.start, f.amount, f.currency, f.entity, f.year, NULL AS name
    FROM articles AS a, extract_facts(a.body, a.lang) AS f
  UNION ALL
  SELECT a.id, 'entity', e."match", e.start, NULL, NULL, NULL, NULL, e.name
    FROM articles AS a, extract_entities(a.body, a.lang) AS e;
SELECT (SELECT count(*) FROM article_facts) AS rows, (SELECT count(*) FROM tvf_facts) AS expected;

-- 1. doc =
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE doc = 7;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "doc" = ?1;
SELECT doc, kind, "match", start FROM article_facts WHERE doc = 7
EXCEPT SELECT doc, kind, "match", start FROM tvf_facts WHERE doc = 7;
SELECT doc, kind, "match", start FROM tvf_facts WHERE doc = 7
EXCEPT SELECT doc, kind, "match", start FROM article_facts WHERE doc = 7;
SELECT count(*) AS rows FROM article_facts WHERE doc = 7;
-- the rowid is the id of <name>_data
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE rowid = 7;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "id" = ?1;
SELECT rowid, doc, kind, "match" FROM article_facts WHERE rowid = 7;

-- 2. kind =
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE kind = 'money';
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "kind" = ?1;
SELECT (SELECT count(*) FROM article_facts WHERE kind = 'money') AS rows,
       (SELECT count(*) FROM tvf_facts WHERE kind = 'money') AS expected,
       (SELECT count(*) FROM (SELECT doc, "match", start, amount, currency, entity, year FROM article_facts WHERE kind = 'money'
                              EXCEPT SELECT doc, "match", start, amount, currency, entity, year FROM tvf_facts WHERE kind = 'money')) AS extra,
       (SELECT count(*) FROM (SELECT doc, "match", start, amount, currency, entity, year FROM tvf_facts WHERE kind = 'money'
                              EXCEPT SELECT doc, "match", start, amount, currency, entity, year FROM article_facts WHERE kind = 'money')) AS missing;

-- 3. kind = AND currency = AND amount >
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE kind = 'money' AND currency = 'USD' AND amount > 2e8;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "kind" = ?1 AND "currency" = ?2 AND "amount" > ?3;
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE currency = 'USD' AND amount > 2e8;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "currency" = ?1 AND "amount" > ?2;
SELECT doc, "match", amount, currency, entity, year FROM article_facts
 WHERE kind = 'money' AND currency = 'USD' AND amount > 2e8 ORDER BY doc;
SELECT doc, "match", amount FROM tvf_facts WHERE kind = 'money' AND currency = 'USD' AND amount > 2e8
EXCEPT SELECT doc, "match", amount FROM article_facts WHERE kind = 'money' AND currency = 'USD' AND amount > 2e8;

-- 4. name = (entities)
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE name = 'Tencent';
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "name" = ?1;
SELECT (SELECT group_concat(doc) FROM (SELECT doc FROM article_facts WHERE name = 'Tencent' ORDER BY doc)) AS docs,
       (SELECT group_concat(doc) FROM (SELECT doc FROM tvf_facts WHERE name = 'Tencent' ORDER BY doc)) AS expected;

-- 5. entity = (money), entity = AND year =
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE entity = 'Airbus';
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "entity" = ?1;
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE entity = 'Airbus' AND year = 2026;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "entity" = ?1 AND "year" = ?2;
SELECT (SELECT group_concat(doc || ':' || year) FROM (SELECT doc, year FROM article_facts WHERE entity = 'Airbus' ORDER BY doc)) AS docs,
       (SELECT group_concat(doc || ':' || year) FROM (SELECT doc, year FROM tvf_facts WHERE entity = 'Airbus' ORDER BY doc)) AS expected;
SELECT doc, "match", entity, year FROM article_facts WHERE entity = 'Airbus' AND year = 2026;

-- 6. year =, year BETWEEN
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE year = 2026;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "year" = ?1;
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE year BETWEEN 2021 AND 2022;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "year" >= ?1 AND "year" <= ?2;
SELECT (SELECT group_concat(doc) FROM (SELECT doc FROM article_facts WHERE year = 2026 ORDER BY doc)) AS docs,
       (SELECT group_concat(doc) FROM (SELECT doc FROM tvf_facts WHERE year = 2026 ORDER BY doc)) AS expected;
SELECT (SELECT count(*) FROM article_facts WHERE year BETWEEN 2021 AND 2022) AS rows,
       (SELECT count(*) FROM tvf_facts WHERE year BETWEEN 2021 AND 2022) AS expected;

-- 7. amount BETWEEN, amount >, amount <
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE amount BETWEEN 1e8 AND 3e8;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "amount" >= ?1 AND "amount" <= ?2;
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE amount > 5e8;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "amount" > ?1;
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE amount < 5e7;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "amount" < ?1;
SELECT (SELECT group_concat(doc) FROM (SELECT doc FROM article_facts WHERE amount BETWEEN 1e8 AND 3e8 ORDER BY doc)) AS docs,
       (SELECT group_concat(doc) FROM (SELECT doc FROM tvf_facts WHERE amount BETWEEN 1e8 AND 3e8 ORDER BY doc)) AS expected;
SELECT (SELECT count(*) FROM article_facts WHERE amount > 5e8) AS above, (SELECT count(*) FROM tvf_facts WHERE amount > 5e8) AS expected_above,
       (SELECT count(*) FROM article_facts WHERE amount < 5e7) AS below, (SELECT count(*) FROM tvf_facts WHERE amount < 5e7) AS expected_below;

-- 8. doc IN (...): one lookup per value
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE doc IN (4, 8, 15);
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "doc" = ?1;
SELECT doc, kind, "match" FROM article_facts WHERE doc IN (4, 8, 15) ORDER BY doc, start;
SELECT doc, kind, "match" FROM tvf_facts WHERE doc IN (4, 8, 15)
EXCEPT SELECT doc, kind, "match" FROM article_facts WHERE doc IN (4, 8, 15);

-- 9. ORDER BY: pushed down (no temp B-tree on the virtual table)
EXPLAIN QUERY PLAN SELECT doc, amount FROM article_facts WHERE currency = 'EUR' ORDER BY amount DESC;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "currency" = ?1 ORDER BY "amount" DESC;
SELECT doc, amount FROM article_facts WHERE currency = 'EUR' ORDER BY amount DESC LIMIT 5;
SELECT (SELECT group_concat(doc) FROM (SELECT doc FROM article_facts WHERE currency = 'EUR' ORDER BY amount DESC)) =
       (SELECT group_concat(doc) FROM (SELECT doc FROM tvf_facts WHERE currency = 'EUR' ORDER BY amount DESC)) AS same_order;
EXPLAIN QUERY PLAN SELECT doc, year FROM article_facts WHERE kind = 'money' ORDER BY year, doc;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "kind" = ?1 ORDER BY "year", "doc";
SELECT (SELECT group_concat(doc || ':' || year) FROM (SELECT doc, year FROM article_facts WHERE kind = 'money' ORDER BY year, doc)) =
       (SELECT group_concat(doc || ':' || year) FROM (SELECT doc, year FROM tvf_facts WHERE kind = 'money' ORDER BY year, doc)) AS same_order;
EXPLAIN QUERY PLAN SELECT doc, start FROM article_facts WHERE doc = 9 ORDER BY rowid DESC;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "doc" = ?1 ORDER BY "id" DESC;
SELECT doc, start, kind FROM article_facts WHERE doc = 9 ORDER BY rowid DESC;
-- an ORDER BY SQLite keeps for itself: IN (one lookup per value), another collation,
-- NULLS LAST; the order is right all the same
EXPLAIN QUERY PLAN SELECT doc, amount FROM article_facts WHERE doc IN (15, 4, 8) AND kind = 'money' ORDER BY amount DESC;
SELECT doc, amount FROM article_facts WHERE doc IN (15, 4, 8) AND kind = 'money' ORDER BY amount DESC;
EXPLAIN QUERY PLAN SELECT name FROM article_facts WHERE doc <= 6 AND kind = 'entity' ORDER BY name COLLATE NOCASE DESC;
SELECT group_concat(name, '|') AS names FROM (SELECT name FROM article_facts WHERE doc <= 6 AND kind = 'entity' ORDER BY name COLLATE NOCASE DESC);
EXPLAIN QUERY PLAN SELECT doc, year FROM article_facts WHERE doc <= 3 ORDER BY year NULLS LAST, rowid;
SELECT doc, year FROM article_facts WHERE doc <= 3 ORDER BY year NULLS LAST, rowid;

-- 10. Joins with the content table: the article's id is pushed down as doc
EXPLAIN QUERY PLAN SELECT a.title, f."match" FROM articles AS a JOIN article_facts AS f ON f.doc = a.id WHERE a.id = 12;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "doc" = ?1;
SELECT a.title, f.kind, f."match" FROM articles AS a JOIN article_facts AS f ON f.doc = a.id WHERE a.id = 12 ORDER BY f.rowid;
EXPLAIN QUERY PLAN SELECT a.title, f."match" FROM articles AS a JOIN article_facts AS f ON f.doc = a.id WHERE a.title = 'Article 12';
SELECT a.title, f.kind, f."match" FROM articles AS a JOIN article_facts AS f ON f.doc = a.id WHERE a.title = 'Article 12' ORDER BY f.rowid;
EXPLAIN QUERY PLAN SELECT a.title, f.amount FROM articles AS a JOIN article_facts AS f ON f.doc = a.id WHERE f.currency = 'GBP';
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "currency" = ?1;
SELECT a.title, f.amount FROM articles AS a JOIN article_facts AS f ON f.doc = a.id WHERE f.currency = 'GBP' ORDER BY a.id;
-- the whole join against the functions
SELECT (SELECT count(*) FROM articles AS a JOIN article_facts AS f ON f.doc = a.id) AS joined,
       (SELECT count(*) FROM (SELECT a.id, f."match", f.start FROM articles AS a JOIN article_facts AS f ON f.doc = a.id
                              EXCEPT SELECT doc, "match", start FROM tvf_facts)) AS extra,
       (SELECT count(*) FROM (SELECT doc, "match", start FROM tvf_facts
                              EXCEPT SELECT a.id, f."match", f.start FROM articles AS a JOIN article_facts AS f ON f.doc = a.id)) AS missing;
-- a report: money per entity and currency
SELECT entity, currency, count(*) AS amounts, sum(amount) AS total
  FROM article_facts WHERE kind = 'money' GROUP BY entity, currency ORDER BY entity, currency;
SELECT entity, currency, count(*) AS amounts, sum(amount) AS total
  FROM tvf_facts WHERE kind = 'money' GROUP BY entity, currency
EXCEPT SELECT entity, currency, count(*), sum(amount)
  FROM article_facts WHERE kind = 'money' GROUP BY entity, currency;

-- 11. Constraints that are not pushed down, or pushed without an index, give the same rows
-- a collation other than BINARY: left to SQLite
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE name = 'tencent' COLLATE NOCASE;
SELECT count(*) AS rows FROM article_facts WHERE name = 'tencent' COLLATE NOCASE;
-- LIKE and GLOB are pushed down (LIKE is case-insensitive there too)
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE name LIKE 'tenc%';
SELECT count(*) AS rows FROM article_facts WHERE name LIKE 'tenc%';
SELECT count(*) AS rows FROM article_facts WHERE name GLOB 'Tenc*';
SELECT count(*) AS rows FROM article_facts WHERE name GLOB 'tenc*';
-- <>, IS, IS NOT, IS NULL, IS NOT NULL
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE kind <> 'money' AND year IS NULL;
SELECT (SELECT count(*) FROM article_facts WHERE kind <> 'money') AS not_money,
       (SELECT count(*) FROM article_facts WHERE kind IS NOT 'money') AS is_not_money,
       (SELECT count(*) FROM article_facts WHERE year IS NULL) AS no_year,
       (SELECT count(*) FROM article_facts WHERE year IS NOT NULL) AS with_year,
       (SELECT count(*) FROM article_facts WHERE entity IS 'Airbus') AS is_airbus,
       (SELECT count(*) FROM tvf_facts WHERE kind <> 'money') AS expected_not_money,
       (SELECT count(*) FROM tvf_facts WHERE year IS NULL) AS expected_no_year;
-- a column without an index: pushed down, a scan of <name>_data
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE start > 40;
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "start" > ?1;
SELECT (SELECT count(*) FROM article_facts WHERE start > 40) AS rows, (SELECT count(*) FROM tvf_facts WHERE start > 40) AS expected;
-- values of another type are compared as the column's type would compare them
SELECT (SELECT count(*) FROM article_facts WHERE doc = '7') AS doc_text,
       (SELECT count(*) FROM article_facts WHERE doc = 7.0) AS doc_real,
       (SELECT count(*) FROM article_facts WHERE year = '2026') AS year_text,
       (SELECT count(*) FROM article_facts WHERE amount > '5e8') AS amount_text,
       (SELECT count(*) FROM article_facts WHERE amount = 70000000) AS amount_int,
       (SELECT count(*) FROM article_facts WHERE doc = 7) AS doc_int,
       (SELECT count(*) FROM article_facts WHERE year = 2026) AS year_int;
-- no constraint: the whole table, no ORDER BY pushed for a hidden column
EXPLAIN QUERY PLAN SELECT * FROM article_facts;
SELECT count(*) AS rows FROM article_facts;
-- LIMIT and OFFSET stay with SQLite
SELECT doc, kind, "match" FROM article_facts WHERE doc = 2 ORDER BY start LIMIT 1 OFFSET 1;

-- 12. The columns of format 3. what = ? reads the (what, entity, year) index; so does the
-- sum of one kind of amount per entity and year, in the index's order (the GROUP BY's
-- ORDER BY is pushed down: no temp B-tree); counterparty = ? reads its own index;
-- counterparty_kind and year_source are pushed down without one.
CREATE VIEW tvf_money AS
  SELECT a.id AS doc, f."match", f.start, f.amount, f.currency, f.entity, f.what, f.counterparty,
         f.counterparty_kind, f.year, f.year_source
    FROM articles AS a, extract_facts(a.body, a.lang) AS f;
SELECT what, count(*) AS n FROM article_facts WHERE kind = 'money' GROUP BY what ORDER BY what;
SELECT what, count(*) AS n FROM tvf_money GROUP BY what ORDER BY what;
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE what = 'investment';
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "what" = ?1;
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE what = 'investment' AND entity = 'Thales';
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "what" = ?1 AND "entity" = ?2;
EXPLAIN QUERY PLAN SELECT entity, year, count(*) FROM article_facts WHERE what = 'investment' GROUP BY entity, year;
EXPLAIN QUERY PLAN SELECT id, "entity", "year" FROM article_facts_data WHERE "what" = ?1 ORDER BY "entity", "year";
SELECT entity, year, currency, count(*) AS amounts, sum(amount) AS total
  FROM article_facts WHERE what = 'investment' GROUP BY entity, year, currency;
SELECT entity, year, currency, count(*), sum(amount) FROM tvf_money WHERE what = 'investment' GROUP BY entity, year, currency
EXCEPT SELECT entity, year, currency, count(*), sum(amount) FROM article_facts WHERE what = 'investment' GROUP BY entity, year, currency;
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE counterparty = 'Intel';
EXPLAIN QUERY PLAN SELECT * FROM article_facts_data WHERE "counterparty" = ?1;
EXPLAIN QUERY PLAN SELECT * FROM article_facts WHERE year_source = 'sentence' AND counterparty_kind IS NULL;
SELECT (SELECT count(*) FROM article_facts WHERE what IS NULL AND kind = 'money') AS no_what,
       (SELECT count(*) FROM tvf_money WHERE what IS NULL) AS expected_no_what,
       (SELECT count(*) FROM article_facts WHERE what IN ('funding', 'investment')) AS funding_or_investment,
       (SELECT count(*) FROM tvf_money WHERE what IN ('funding', 'investment')) AS expected_funding_or_investment,
       (SELECT count(*) FROM article_facts WHERE counterparty IS NOT NULL) AS with_counterparty,
       (SELECT count(*) FROM tvf_money WHERE counterparty IS NOT NULL) AS expected_with_counterparty,
       (SELECT count(*) FROM article_facts WHERE year_source = 'sentence') AS year_in_sentence,
       (SELECT count(*) FROM tvf_money WHERE year_source = 'sentence') AS expected_year_in_sentence;
SELECT doc, "match", what, counterparty, counterparty_kind, year, year_source FROM article_facts
 WHERE kind = 'money' AND doc <= 6 ORDER BY doc;
SELECT doc, "match", what, counterparty, counterparty_kind, year, year_source FROM tvf_money WHERE doc <= 6
EXCEPT SELECT doc, "match", what, counterparty, counterparty_kind, year, year_source FROM article_facts WHERE kind = 'money';
