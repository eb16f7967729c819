.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- sql/import_jsonl.sql on tests/fixtures/import/articles.jsonl. Each .read of an importer
-- runs with .echo off; the importer sets .mode list and .headers off, so the settings
-- above are set again after it. Messages give the line number (blank line 3 is ignored;
-- line 13 ends in CRLF; line 16, the last, has no line break).
.echo off
.read sql/schema.sql
.echo on
.parameter set :file 'tests/fixtures/import/articles.jsonl'
.echo off
.read sql/import_jsonl.sql
.echo on
.headers on
.mode csv
.separator , "\n"
SELECT id, url, title, published, lang, source, body FROM articles ORDER BY id;
SELECT count(*) AS hashed FROM articles WHERE body_hash = lower(hex(sha3(body)));
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
SELECT doc, match, amount, currency FROM article_facts WHERE kind = 'money' ORDER BY doc, start;
-- again: the five good lines are already present, nothing changes
.echo off
.read sql/import_jsonl.sql
.echo on
.headers on
.mode csv
.separator , "\n"
SELECT count(*) AS articles, max(id) AS last_id FROM articles;
-- an empty file; a missing one; no :file
.parameter set :file 'tests/fixtures/import/txt/empty.txt'
.echo off
.read sql/import_jsonl.sql
.echo on
.parameter set :file 'tests/fixtures/import/no-such-file.jsonl'
.echo off
.read sql/import_jsonl.sql
.echo on
.parameter unset :file
.echo off
.read sql/import_jsonl.sql
.echo on
.headers on
.mode csv
.separator , "\n"
SELECT count(*) AS articles FROM articles;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
SELECT count(*) AS temp_tables_left FROM temp.sqlite_schema WHERE name LIKE 'import%';
