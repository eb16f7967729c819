.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- sql/import_csv.sql on tests/fixtures/import/*.csv. Each .read of an importer runs with
-- .echo off; the importer sets .mode list and .headers off, so the settings above are
-- set again after it. Messages give the line where the row starts (the header is line 1).
.echo off
.read sql/schema.sql
.echo on
-- articles.csv: header in any order, 'URL' in capitals, an unknown column 'author', no
-- source column; a quoted body over three lines (line 3); a blank line (6)
.parameter set :file 'tests/fixtures/import/articles.csv'
.echo off
.read sql/import_csv.sql
.echo on
.headers on
.mode csv
.separator , "\n"
SELECT id, url, title, published, lang, source, body FROM articles ORDER BY id;
SELECT count(*) AS hashed FROM articles WHERE body_hash = lower(hex(sha3(body)));
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
SELECT doc, match, amount, currency FROM article_facts WHERE kind = 'money' ORDER BY doc, start;
-- again: the seven good rows are already present, nothing changes
.echo off
.read sql/import_csv.sql
.echo on
.headers on
.mode csv
.separator , "\n"
SELECT count(*) AS articles, max(id) AS last_id FROM articles;
-- bom_crlf.csv: byte-order mark, CRLF line ends (also inside the quoted body), two columns
.parameter set :file 'tests/fixtures/import/bom_crlf.csv'
.echo off
.read sql/import_csv.sql
.echo on
.headers on
.mode csv
.separator , "\n"
SELECT id, lang, instr(body, char(13)) AS cr, body FROM articles WHERE id > 5 ORDER BY id;
INSERT INTO article_facts(article_facts) VALUES('integrity-check');
-- files refused as a whole: no body column, missing file, NUL bytes, no :file
.parameter set :file 'tests/fixtures/import/no_body.csv'
.echo off
.read sql/import_csv.sql
.echo on
.parameter set :file 'tests/fixtures/import/no-such-file.csv'
.echo off
.read sql/import_csv.sql
.echo on
.parameter set :file 'tests/fixtures/import/txt/utf16.txt'
.echo off
.read sql/import_csv.sql
.echo on
.parameter unset :file
.echo off
.read sql/import_csv.sql
.echo on
.headers on
.mode csv
.separator , "\n"
SELECT count(*) AS articles FROM articles;
SELECT count(*) AS temp_tables_left FROM temp.sqlite_schema WHERE name LIKE 'import%';
