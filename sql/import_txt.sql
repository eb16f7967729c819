-- sql/import_txt.sql — import every *.txt file under a folder into `articles`.
--
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' < sql/schema.sql
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' \
--           -cmd ".parameter set :dir 'path/to/texts'" < sql/import_txt.sql
--
-- (or `make import DIR=path/to/texts DB=corpus.db`, which does both). Parameters:
--   :dir   the folder (required). Read with the shell's fsdir(), RECURSIVELY: files in
--          sub-folders are imported too. Only regular files whose name ends in .txt (any
--          case); symbolic links are not followed. Files are taken in name order.
--   :lang  optional, 'fr' or 'en' for every file; unset (or 'auto'): lang is NULL and the
--          extension detects the language of each article.
--
-- Each file gives one article:
--   body       the text, UTF-8, without a leading byte-order mark and without the white
--              space (spaces, tabs, line breaks) at its two ends
--   title      its first non-empty line, trimmed
--   published  first_date(body): the first complete date written in the text, or NULL
--   lang       :lang or NULL;  url and source: NULL
--   body_hash  lower(hex(sha3(body)))
-- A file is reported (`FILE: reason`) and skipped when it is empty, holds a NUL byte (a
-- UTF-16 file does), is not valid UTF-8, or holds only white space. A file whose body is
-- already in `articles` (same body_hash: re-import, or a copy under another name) is
-- counted as already present and left as it is. The last line printed is
--   N imported, N already present, N skipped
-- The inserts are one statement: all the good files or none. Sets `.mode list` and
-- `.headers off` for its messages. Needs the extension (first_date, valid_utf8, and the
-- triggers of article_facts) and the tables of sql/schema.sql.
.mode list
.headers off
BEGIN;
DROP TABLE IF EXISTS temp.import_txt;
CREATE TEMP TABLE import_txt(
  seq       INTEGER PRIMARY KEY,  -- name order
  file      TEXT NOT NULL,        -- as fsdir() names it: :dir/sub/name.txt
  data      BLOB,                 -- the bytes of the file
  reason    TEXT,                 -- why it is skipped, NULL when it is good
  body      TEXT,
  title     TEXT,
  published TEXT
);

SELECT 'import_txt.sql: no folder given: add -cmd ".parameter set :dir ''path/to/texts''"'
 WHERE :dir IS NULL;
SELECT printf('import_txt.sql: :lang must be fr, en or auto, not ''%s''', :lang)
 WHERE :lang IS NOT NULL AND :lang NOT IN ('fr', 'en', 'auto');

-- The folder joins fsdir() through a one-row subquery so that fsdir() is not called (and
-- does not fail on NULL) when the parameters are wrong. 0x8000: S_IFREG, a regular file.
INSERT INTO temp.import_txt(file, data)
SELECT f.name, f.data
  FROM (SELECT CASE WHEN :dir GLOB '?*/' THEN rtrim(:dir, '/') ELSE :dir END AS dir
         WHERE :dir IS NOT NULL AND coalesce(:lang, 'auto') IN ('fr', 'en', 'auto')) AS p,
       fsdir(p.dir) AS f
 WHERE f.name LIKE '%.txt' AND (f.mode & 0xF000) = 0x8000
 ORDER BY f.name;

SELECT printf('import_txt.sql: no .txt file under ''%s''', :dir)
 WHERE :dir IS NOT NULL AND coalesce(:lang, 'auto') IN ('fr', 'en', 'auto')
   AND NOT EXISTS (SELECT 1 FROM temp.import_txt);

-- The checks, in this order: each file gets the first reason that applies.
UPDATE temp.import_txt SET reason = CASE
    WHEN data IS NULL THEN 'cannot be read'
    WHEN length(data) = 0 THEN 'empty file'
    WHEN instr(data, x'00') > 0 THEN 'contains a NUL byte (UTF-16? save it as UTF-8)'
    WHEN NOT valid_utf8(data) THEN 'invalid UTF-8 (save it as UTF-8)'
  END;

-- The body: the text without a byte-order mark (U+FEFF) and trimmed.
UPDATE temp.import_txt
   SET body = trim(CASE WHEN substr(CAST(data AS TEXT), 1, 1) = char(0xFEFF)
                        THEN substr(CAST(data AS TEXT), 2) ELSE CAST(data AS TEXT) END,
                   ' ' || char(9, 10, 11, 12, 13))
 WHERE reason IS NULL;
UPDATE temp.import_txt SET reason = 'no text (only white space)' WHERE reason IS NULL AND body = '';

-- The title: the body starts with a character that is not white space, so its first line
-- is the first non-empty line of the file.
UPDATE temp.import_txt
   SET title = trim(substr(body, 1, instr(body || char(10), char(10)) - 1),
                    ' ' || char(9, 11, 12, 13)),
       published = CASE WHEN coalesce(:lang, 'auto') = 'auto' THEN first_date(body)
                        ELSE first_date(body, :lang) END
 WHERE reason IS NULL;
-- first_date() returns real calendar days; this keeps the CHECK of articles.published
-- from ever rejecting (and so INSERT OR IGNORE from ever dropping) a file.
UPDATE temp.import_txt SET published = NULL
 WHERE published IS NOT date(published, '+0 days');

SELECT file || ': ' || reason FROM temp.import_txt WHERE reason IS NOT NULL ORDER BY seq;

-- One statement, in name order. OR IGNORE skips exactly the files whose url or body_hash
-- is already in articles (or in a file inserted just before by this statement): every
-- other constraint of articles was checked above.
INSERT OR IGNORE INTO articles(url, title, published, lang, source, body, body_hash)
SELECT NULL, title, published, nullif(:lang, 'auto'), NULL, body, lower(hex(sha3(body)))
  FROM temp.import_txt
 WHERE reason IS NULL
 ORDER BY seq;
SELECT printf('%d imported, %d already present, %d skipped', changes(),
              (SELECT count(*) FROM temp.import_txt WHERE reason IS NULL) - changes(),
              (SELECT count(*) FROM temp.import_txt WHERE reason IS NOT NULL));
DROP TABLE temp.import_txt;
COMMIT;
