.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- The textfacts table built and rebuilt in threads (textfacts_threads): the same rows,
-- ids included, whatever the number of threads; wrong arguments name the function.
SELECT textfacts_threads() BETWEEN 1 AND 64 AS default_in_range;
SELECT textfacts_threads(-1);
SELECT textfacts_threads(65);
SELECT textfacts_threads(2.5);
SELECT textfacts_threads('two');
SELECT textfacts_threads(NULL);
SELECT textfacts_threads(x'02');
SELECT textfacts_threads(1, 2);
SELECT textfacts_threads('3') AS text_of_a_number;
SELECT textfacts_threads() AS kept;
SELECT textfacts_threads(0) BETWEEN 1 AND 64 AS default_again;

-- 300 articles, in seven languages, some without a body or a language.
CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, body TEXT);
.read tests/fixtures/seven_lines.sql
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO articles SELECT i, lang, body || CASE WHEN body IS NULL THEN '' ELSE ' #' || i END
FROM n JOIN lines ON k = i % 9;

SELECT textfacts_threads(1);
CREATE VIRTUAL TABLE one USING textfacts(content='articles', column='body', lang_column='lang');
SELECT textfacts_threads(4);
CREATE VIRTUAL TABLE four USING textfacts(content='articles', column='body', lang_column='lang');
SELECT (SELECT count(*) FROM one_data) AS rows_one, (SELECT count(*) FROM four_data) AS rows_four,
       (SELECT count(*) FROM (SELECT * FROM one_data EXCEPT SELECT * FROM four_data)) AS only_one,
       (SELECT count(*) FROM (SELECT * FROM four_data EXCEPT SELECT * FROM one_data)) AS only_four;

-- A rebuild in 2 threads after a change gives what the triggers stored in one.
UPDATE articles SET body = 'Talvex a cédé sa filiale pour 90 millions de dollars.' WHERE id = 17;
SELECT textfacts_threads(2);
INSERT INTO four(four) VALUES('rebuild');
-- (the triggers gave article 17's new rows new ids: the columns but the id compared)
SELECT (SELECT count(*) FROM (SELECT * FROM one EXCEPT SELECT * FROM four)) AS only_one,
       (SELECT count(*) FROM (SELECT * FROM four EXCEPT SELECT * FROM one)) AS only_four,
       (SELECT count(*) FROM one) AS rows;
SELECT match, amount, currency, entity FROM four WHERE doc = 17 AND kind = 'money';
INSERT INTO four(four) VALUES('integrity-check');

-- integrity-check reads the articles in threads too: the same first difference as in one.
UPDATE four_data SET amount = amount + 1
WHERE id = (SELECT max(id) FROM four_data WHERE kind = 'money' AND doc < 290);
UPDATE four_data SET name = 'Nobody' WHERE id = (SELECT max(id) FROM four_data WHERE kind = 'entity');
SELECT textfacts_threads(3);
INSERT INTO four(four) VALUES('integrity-check');
SELECT textfacts_threads(1);
INSERT INTO four(four) VALUES('integrity-check');
INSERT INTO four(four) VALUES('rebuild');
SELECT textfacts_threads(2);
INSERT INTO four(four) VALUES('integrity-check');

-- An unknown lang stops the threaded build with the article named, and leaves nothing
-- (a copy of the articles without triggers, where one has lang 'xx', the 250th of 300).
CREATE TABLE copy(id INTEGER PRIMARY KEY, lang TEXT, body TEXT);
INSERT INTO copy SELECT id, CASE id WHEN 250 THEN 'xx' ELSE lang END, body FROM articles;
CREATE VIRTUAL TABLE broken USING textfacts(content='copy', column='body', lang_column='lang');
SELECT count(*) AS objects_left FROM sqlite_schema WHERE name LIKE 'broken%';
