-- sql/import_csv.sql — import the articles of a CSV file into `articles`.
--
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' < sql/schema.sql
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' \
--           -cmd ".parameter set :file 'articles.csv'" < sql/import_csv.sql
--
-- The file (:file, required) is CSV as RFC 4180 and spreadsheets write it: comma-separated,
-- fields in double quotes may hold commas, line breaks and doubled quotes (""), lines end
-- in LF or CRLF, an optional UTF-8 byte-order mark. The first non-blank line is the
-- header: it names the columns, in any order, among url, title, published, lang, source
-- and body (names trimmed, any case). body is required; a missing column is NULL for every
-- row; other columns are ignored, with one note per column; a repeated name uses its
-- first column. Blank lines are ignored.
--
-- The shell's `.import --csv` is not used: it takes a literal file name, not a parameter,
-- and a table it creates has the header's columns, which plain SQL cannot select by name
-- when some are missing. The file is read with readfile() and parsed here in SQL.
--
-- Each row gives one article: every field trimmed, an empty one NULL; body trimmed of
-- spaces, tabs and line breaks; lang 'fr', 'en', 'de', 'es', 'it', 'pt' or 'zh' (any case;
-- 'fr-FR', 'pt_BR', 'zh-Hant' and the like are cut to two letters; empty or 'auto': NULL,
-- detected per article); published an
-- ISO date 'YYYY-MM-DD' (a timestamp '2025-09-09T08:30:00Z' keeps its date; another form
-- such as '9 septembre 2025' or 'September 9, 2025' is read by first_date());
-- body_hash lower(hex(sha3(body))).
--
-- Bad rows are reported as `FILE:LINE: reason` and skipped. LINE is the line of the file
-- where the row starts (the header is line 1, and a quoted field that spans lines counts
-- all of them: what an editor shows), not the row's rank. Reasons, the first that applies:
-- unterminated quoted field, invalid UTF-8, bad quoting (characters after a closing
-- quote), a number of fields other than the header's, missing body, unknown lang,
-- unparseable date. A file that cannot be read, holds a NUL byte, has no header or no
-- body column is refused as a whole. A row whose url or body_hash is already in
-- `articles` (or in an earlier row of the file) is counted as already present and left as
-- it is. The last line printed is
--   N imported, N already present, N skipped
-- Run it from the repository's root: it reads sql/import_file.sql, sql/import_fields.sql
-- and sql/import_finish.sql (with sql/import_insert.sql), the reading, checks and insert it
-- shares with the other importers.
-- Every check runs before the first insert. The good rows are inserted in file order, in
-- batches of at least 500, each committed (sql/import_insert.sql): an interrupted import
-- keeps the batches it finished, and running it again adds only what is missing.
-- Progress (done/total, MB/s, time left) goes to stderr on a terminal, or when
-- TEXTFACTS_PROGRESS asks (docs/corpus.md). Sets `.mode list` and `.headers off` for its
-- messages. Needs the extension (first_date, valid_utf8, textfacts_progress, the triggers
-- of article_facts) and the tables of sql/schema.sql.
.mode list
.headers off
BEGIN;
DROP TABLE IF EXISTS temp.import_file;
DROP TABLE IF EXISTS temp.import_csv_lines;
DROP TABLE IF EXISTS temp.import_csv_records;
DROP TABLE IF EXISTS temp.import_csv_fields;
DROP TABLE IF EXISTS temp.import_csv_header;
DROP TABLE IF EXISTS temp.import_rows;

.read sql/import_file.sql

-- Physical lines, numbered from 1, without their CR. json_quote() escapes the whole text
-- as one JSON string, in which a line break is the two characters \n and a backslash is
-- \\; with each \\ set aside, every \n becomes "," and json_each() reads the lines as
-- the elements of an array. quotes: the number of " in the line.
CREATE TEMP TABLE import_csv_lines(line INTEGER PRIMARY KEY, text TEXT, quotes INTEGER);
INSERT INTO temp.import_csv_lines(line, text, quotes)
SELECT j.key + 1, j.value, length(j.value) - length(replace(j.value, '"', ''))
  FROM (SELECT CASE WHEN substr(CAST(data AS TEXT), 1, 1) = char(0xFEFF)
                    THEN substr(CAST(data AS TEXT), 2) ELSE CAST(data AS TEXT) END AS text
          FROM temp.import_file WHERE error IS NULL) AS f,
       json_each('[' || replace(replace(replace(replace(json_quote(f.text),
                   '\\', char(1)), '\r\n', '\n'), '\n', '","'), char(1), '\\') || ']') AS j;

-- Records: a line starts a new record when the lines before it hold an even number of
-- quotes (it is not inside a quoted field). The text of a record is its lines joined with
-- LF; it is unterminated when its quotes are odd (the last record only).
CREATE TEMP TABLE import_csv_records(
  rec INTEGER PRIMARY KEY, line INTEGER, text TEXT, unterminated INTEGER, blank INTEGER);
INSERT INTO temp.import_csv_records(rec, line, text, unterminated, blank)
SELECT rec, first_line, text, quotes_through % 2, trim(text, ' ' || char(9)) = ''
  FROM (SELECT rec, quotes_through,
               min(line) OVER (PARTITION BY rec) AS first_line,
               group_concat(text, char(10))
                 OVER (PARTITION BY rec ORDER BY line ROWS UNBOUNDED PRECEDING) AS text,
               row_number() OVER (PARTITION BY rec ORDER BY line DESC) AS from_last
          FROM (SELECT line, text, quotes_through,
                       sum((quotes_through - quotes) % 2 = 0)
                         OVER (ORDER BY line ROWS UNBOUNDED PRECEDING) AS rec
                  FROM (SELECT line, text, quotes,
                               sum(quotes) OVER (ORDER BY line ROWS UNBOUNDED PRECEDING)
                                 AS quotes_through
                          FROM temp.import_csv_lines)))
 WHERE from_last = 1;

-- Fields, numbered from 1, of the records that are valid UTF-8 and terminated. Each step
-- takes one field off the front of rest. A quoted field ends at its first quote that is
-- not part of a "" pair: with every "" replaced by two other characters (the positions do
-- not move), that is the first " left. error: a closing quote followed by something else
-- than a comma or the end of the record.
CREATE TEMP TABLE import_csv_fields(rec INTEGER, n INTEGER, value TEXT, error TEXT,
                                    PRIMARY KEY (rec, n));
INSERT INTO temp.import_csv_fields(rec, n, value, error)
WITH RECURSIVE field(rec, n, value, rest, error) AS (
  SELECT rec, 0, NULL, text, NULL
    FROM temp.import_csv_records
   WHERE NOT blank AND NOT unterminated AND valid_utf8(text)
  UNION ALL
  SELECT rec, n + 1,
         CASE WHEN substr(rest, 1, 1) = '"'
              THEN replace(substr(rest, 2, instr(replace(substr(rest, 2), '""', char(1, 1)), '"') - 1),
                           '""', '"')
              WHEN instr(rest, ',') > 0 THEN substr(rest, 1, instr(rest, ',') - 1)
              ELSE rest END,
         CASE WHEN substr(rest, 1, 1) = '"'
              THEN CASE WHEN substr(rest, instr(replace(substr(rest, 2), '""', char(1, 1)), '"') + 2, 1) = ','
                        THEN substr(rest, instr(replace(substr(rest, 2), '""', char(1, 1)), '"') + 3) END
              WHEN instr(rest, ',') > 0 THEN substr(rest, instr(rest, ',') + 1) END,
         CASE WHEN substr(rest, 1, 1) = '"'
               AND substr(rest, instr(replace(substr(rest, 2), '""', char(1, 1)), '"') + 2, 1)
                   NOT IN (',', '')
              THEN printf('bad quoting: %s after the closing quote of field %d',
                          quote(substr(rest, instr(replace(substr(rest, 2), '""', char(1, 1)), '"') + 2, 1)),
                          n + 1) END
    FROM field WHERE rest IS NOT NULL AND error IS NULL
)
SELECT rec, n, value, error FROM field WHERE n > 0;

-- The header: the first record that is not blank.
UPDATE temp.import_file SET error = 'no header row' WHERE error IS NULL
   AND NOT EXISTS (SELECT 1 FROM temp.import_csv_records WHERE NOT blank);
UPDATE temp.import_file SET (error_line, error) = (
  SELECT r.line, 'the header ' ||
                CASE WHEN r.unterminated THEN 'has an unterminated quoted field'
                     WHEN NOT valid_utf8(r.text) THEN 'is not valid UTF-8'
                     ELSE (SELECT error FROM temp.import_csv_fields AS f
                            WHERE f.rec = r.rec AND f.error IS NOT NULL) END
    FROM temp.import_csv_records AS r
   WHERE NOT r.blank ORDER BY r.rec LIMIT 1)
 WHERE error IS NULL AND (
  SELECT r.unterminated OR NOT valid_utf8(r.text)
         OR EXISTS (SELECT 1 FROM temp.import_csv_fields AS f
                     WHERE f.rec = r.rec AND f.error IS NOT NULL)
    FROM temp.import_csv_records AS r WHERE NOT r.blank ORDER BY r.rec LIMIT 1);
-- name: the column's name, lowercase and trimmed; field: the field of articles it fills,
-- NULL when it is unknown or repeats an earlier column.
CREATE TEMP TABLE import_csv_header(n INTEGER PRIMARY KEY, name TEXT, field TEXT);
INSERT INTO temp.import_csv_header(n, name)
SELECT n, lower(trim(value, ' ' || char(9)))
  FROM temp.import_csv_fields
 WHERE rec = (SELECT min(rec) FROM temp.import_csv_records WHERE NOT blank)
   AND (SELECT error FROM temp.import_file) IS NULL;
UPDATE temp.import_csv_header AS h SET field = name
 WHERE name IN ('url', 'title', 'published', 'lang', 'source', 'body')
   AND n = (SELECT min(n) FROM temp.import_csv_header AS o WHERE o.name = h.name);
UPDATE temp.import_file
   SET error_line = (SELECT min(line) FROM temp.import_csv_records WHERE NOT blank),
       error = printf('the header has no body column (its columns: %s; known: url, title, published, lang, source, body)',
                      (SELECT group_concat(quote(name), ', ') FROM temp.import_csv_header))
 WHERE error IS NULL AND NOT EXISTS (SELECT 1 FROM temp.import_csv_header WHERE field = 'body');

-- The rows: every record after the header that is not blank, with its fields by name.
CREATE TEMP TABLE import_rows(
  line INTEGER PRIMARY KEY, reason TEXT,
  url TEXT, title TEXT, published_given TEXT, published TEXT, lang TEXT, source TEXT, body TEXT);
INSERT INTO temp.import_rows(line, reason, url, title, published_given, lang, source, body)
SELECT r.line,
       CASE WHEN r.unterminated THEN 'unterminated quoted field (a closing " is missing)'
            WHEN NOT valid_utf8(r.text) THEN 'invalid UTF-8'
            ELSE coalesce(
              (SELECT error FROM temp.import_csv_fields AS f
                WHERE f.rec = r.rec AND f.error IS NOT NULL),
              (SELECT printf('%d fields, the header has %d', count(*),
                             (SELECT count(*) FROM temp.import_csv_header))
                 FROM temp.import_csv_fields AS f WHERE f.rec = r.rec
               HAVING count(*) <> (SELECT count(*) FROM temp.import_csv_header)))
       END,
       max(CASE h.field WHEN 'url' THEN f.value END),
       max(CASE h.field WHEN 'title' THEN f.value END),
       max(CASE h.field WHEN 'published' THEN f.value END),
       max(CASE h.field WHEN 'lang' THEN f.value END),
       max(CASE h.field WHEN 'source' THEN f.value END),
       max(CASE h.field WHEN 'body' THEN f.value END)
  FROM temp.import_csv_records AS r
  LEFT JOIN temp.import_csv_fields AS f ON f.rec = r.rec
  LEFT JOIN temp.import_csv_header AS h ON h.n = f.n
 WHERE NOT r.blank
   AND r.rec > (SELECT min(rec) FROM temp.import_csv_records WHERE NOT blank)
   AND (SELECT error FROM temp.import_file) IS NULL
 GROUP BY r.rec;

-- The checks of the fields, in this order: a row keeps its first reason.
.read sql/import_fields.sql

-- The messages: the file refused, or notes on the header then the bad rows.
SELECT printf('%s%s: %s', coalesce(file, 'import_csv.sql'), ':' || error_line, error)
  FROM temp.import_file WHERE error IS NOT NULL;
SELECT printf('%s: note: column %d %s is %s: ignored', f.file, h.n, quote(h.name),
              CASE WHEN h.name IN ('url', 'title', 'published', 'lang', 'source', 'body')
                   THEN 'repeated' ELSE 'not a field of articles' END)
  FROM temp.import_csv_header AS h, temp.import_file AS f
 WHERE h.field IS NULL AND f.error IS NULL ORDER BY h.n;
.read sql/import_finish.sql

DROP TABLE temp.import_file;
DROP TABLE temp.import_csv_lines;
DROP TABLE temp.import_csv_records;
DROP TABLE temp.import_csv_fields;
DROP TABLE temp.import_csv_header;
DROP TABLE temp.import_rows;
COMMIT;
