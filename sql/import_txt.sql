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
--   :lang  optional, 'fr', 'en', 'de', 'es', 'it', 'pt' or 'zh' for every file; unset (or
--          'auto'): lang is NULL and the extension detects the language of each article.
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
-- The good files are inserted in name order, in batches of at least 500, each committed
-- (sql/import_insert.sql): an interrupted import keeps the batches it finished, and
-- running it again adds only the files still missing. Progress (done/total, MB/s, time
-- left) goes to stderr on a terminal, or when TEXTFACTS_PROGRESS asks (docs/corpus.md).
-- Run it from the repository's root: it reads sql/import_insert.sql. Sets `.mode list`
-- and `.headers off` for its messages. Needs the extension (first_date, valid_utf8,
-- textfacts_progress, and the triggers of article_facts) and the tables of
-- sql/schema.sql.
.mode list
.headers off
BEGIN;
DROP TABLE IF EXISTS temp.import_rows;
CREATE TEMP TABLE import_rows(    -- the columns sql/import_insert.sql reads, and file
  line      INTEGER PRIMARY KEY,  -- name order
  file      TEXT NOT NULL,        -- as fsdir() names it: :dir/sub/name.txt
  reason    TEXT,                 -- why it is skipped, NULL when it is good
  url       TEXT,                 -- NULL
  title     TEXT,
  published TEXT,
  lang      TEXT,
  source    TEXT,                 -- NULL
  body      TEXT
);

SELECT 'import_txt.sql: no folder given: add -cmd ".parameter set :dir ''path/to/texts''"'
 WHERE :dir IS NULL;
SELECT printf('import_txt.sql: :lang must be fr, en, de, es, it, pt, zh or auto, not ''%s''',
              :lang)
 WHERE :lang IS NOT NULL AND :lang NOT IN ('fr', 'en', 'de', 'es', 'it', 'pt', 'zh', 'auto');

-- The folder joins fsdir() through a one-row subquery so that fsdir() is not called (and
-- does not fail on NULL) when the parameters are wrong. 0x8000: S_IFREG, a regular file.
-- Their names first (fsdir() reads a file's bytes only when its data column is asked for).
INSERT INTO temp.import_rows(file, lang)
SELECT f.name, nullif(:lang, 'auto')
  FROM (SELECT CASE WHEN :dir GLOB '?*/' THEN rtrim(:dir, '/') ELSE :dir END AS dir
         WHERE :dir IS NOT NULL
           AND coalesce(:lang, 'auto') IN ('fr', 'en', 'de', 'es', 'it', 'pt', 'zh', 'auto')) AS p,
       fsdir(p.dir) AS f
 WHERE f.name LIKE '%.txt' AND (f.mode & 0xF000) = 0x8000
 ORDER BY f.name;

SELECT printf('import_txt.sql: no .txt file under ''%s''', :dir)
 WHERE :dir IS NOT NULL
   AND coalesce(:lang, 'auto') IN ('fr', 'en', 'de', 'es', 'it', 'pt', 'zh', 'auto')
   AND NOT EXISTS (SELECT 1 FROM temp.import_rows);

-- Then each file, in name order, in one pass with progress on stderr (reading 100,000
-- files takes a while; lines are numbered from 1, so the last is the number of files):
-- its bytes read once (the innermost subquery), the checks in this order, each file
-- getting the first reason that applies: unreadable, empty, a NUL byte, not UTF-8, only
-- white space; then the body (the text without a byte-order mark, U+FEFF, and trimmed),
-- the title (the body starts with a character that is not white space, so its first line
-- is the first non-empty line of the file) and the date. first_date() returns real
-- calendar days; the date(…, '+0 days') test keeps the CHECK of articles.published from
-- ever rejecting (and so INSERT OR IGNORE from ever dropping) a file.
UPDATE temp.import_rows AS r
   SET (reason, body, title, published) = (
     SELECT reason, body,
            CASE WHEN reason IS NULL
                 THEN trim(substr(body, 1, instr(body || char(10), char(10)) - 1),
                           ' ' || char(9, 11, 12, 13)) END,
            CASE WHEN day IS date(day, '+0 days') THEN day END
       FROM (SELECT reason, body,
                    CASE WHEN reason IS NOT NULL THEN NULL
                         WHEN coalesce(:lang, 'auto') = 'auto' THEN first_date(body)
                         ELSE first_date(body, :lang) END AS day
               FROM (SELECT coalesce(reason, CASE WHEN body = '' THEN 'no text (only white space)' END)
                              AS reason, body
                       FROM (SELECT reason,
                                    CASE WHEN reason IS NULL
                                         THEN trim(CASE WHEN substr(CAST(data AS TEXT), 1, 1) = char(0xFEFF)
                                                        THEN substr(CAST(data AS TEXT), 2)
                                                        ELSE CAST(data AS TEXT) END,
                                                   ' ' || char(9, 10, 11, 12, 13)) END AS body
                               FROM (SELECT data, CASE
                                              WHEN data IS NULL THEN 'cannot be read'
                                              WHEN length(data) = 0 THEN 'empty file'
                                              WHEN instr(data, x'00') > 0
                                                THEN 'contains a NUL byte (UTF-16? save it as UTF-8)'
                                              WHEN NOT valid_utf8(data) THEN 'invalid UTF-8 (save it as UTF-8)'
                                            END AS reason
                                       FROM (SELECT readfile(r.file) AS data))))))
 WHERE textfacts_progress('import: reading', r.line, (SELECT max(line) FROM temp.import_rows));

SELECT file || ': ' || reason FROM temp.import_rows WHERE reason IS NOT NULL ORDER BY line;

-- The good files, in batches committed one by one.
.read sql/import_insert.sql
DROP TABLE temp.import_rows;
COMMIT;
