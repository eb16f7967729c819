.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- sql/import_txt.sql: the .txt files under tests/fixtures/import/txt (recursive), after
-- sql/schema.sql. Each .read of an importer runs with .echo off; the importer sets
-- .mode list and .headers off, so the settings above are set again after it.
.read sql/schema.sql
.parameter set :dir 'tests/fixtures/import/txt'
.echo off
.read sql/import_txt.sql
.echo on
.headers on
.mode csv
.separator , "\n"
-- title: the first non-empty line; published: first_date(); no BOM (unicode 'O' = 79)
SELECT id, url, title, published, lang, source, length(body) AS chars, unicode(body) AS first
  FROM articles ORDER BY id;
SELECT count(*) AS hashed FROM articles WHERE body_hash = lower(hex(sha3(body)));
SELECT body FROM articles WHERE title LIKE 'Halvern%';
-- the textfacts table follows the inserts (integrity-check: no output when it does)
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
SELECT doc, start, match, amount, currency FROM article_facts WHERE kind = 'money' ORDER BY doc, start;
-- again: nothing new, the five good files are already present
.echo off
.read sql/import_txt.sql
.echo on
.headers on
.mode csv
.separator , "\n"
SELECT count(*) AS articles FROM articles;
-- one article deleted, then its sub-folder imported again, with a trailing / and :lang
DELETE FROM articles WHERE title LIKE 'Northmere%';
.parameter set :dir 'tests/fixtures/import/txt/2025/'
.parameter set :lang 'en'
.echo off
.read sql/import_txt.sql
.echo on
.headers on
.mode csv
.separator , "\n"
SELECT id, title, published, lang FROM articles WHERE title LIKE 'Northmere%';
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
-- wrong parameters: nothing is read
.parameter set :lang 'nl'
.echo off
.read sql/import_txt.sql
.echo on
.parameter unset :lang
.parameter unset :dir
.echo off
.read sql/import_txt.sql
.echo on
.parameter set :dir 'tests/fixtures/import/no-such-folder'
.echo off
.read sql/import_txt.sql
.echo on
.headers on
.mode csv
.separator , "\n"
SELECT count(*) AS articles FROM articles;
-- the schema again (not echoed): nothing changes
.echo off
.read sql/schema.sql
.echo on
SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY name;
