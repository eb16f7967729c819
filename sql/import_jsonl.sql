-- sql/import_jsonl.sql — import the articles of a JSON Lines file into `articles`.
--
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' < sql/schema.sql
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' \
--           -cmd ".parameter set :file 'articles.jsonl'" < sql/import_jsonl.sql
--
-- The file (:file, required): one JSON object per line, UTF-8, lines ending in LF or
-- CRLF, an optional byte-order mark; blank lines are ignored. The keys url, title,
-- published, lang, source and body (case-sensitive) fill the fields of the same name;
-- body is required; a missing key or a JSON null is NULL; each of them, when present,
-- must be a string. Other keys are ignored, with one note per key.
--
-- Each line gives one article: every field trimmed, an empty one NULL; body trimmed of
-- spaces, tabs and line breaks; lang 'fr', 'en', 'de', 'es', 'it', 'pt' or 'zh' (any case;
-- 'fr-FR', 'pt_BR', 'zh-Hant' and the like are cut to two letters; empty or 'auto': NULL,
-- detected per article); published an
-- ISO date 'YYYY-MM-DD' (a timestamp '2025-09-09T08:30:00Z' keeps its date; another form
-- such as '9 septembre 2025' or 'September 9, 2025' is read by first_date());
-- body_hash lower(hex(sha3(body))).
--
-- Bad lines are reported as `FILE:LINE: reason` (LINE: the line number in the file, from
-- 1) and skipped. Reasons, the first that applies: invalid UTF-8, invalid JSON, a JSON
-- value that is not an object, a known key whose value is not a string, missing body,
-- unknown lang, unparseable date. A file that cannot be read or holds a NUL byte is
-- refused as a whole. A line whose url or body_hash is already in `articles` (or in an
-- earlier line of the file) is counted as already present and left as it is. The last
-- line printed is
--   N imported, N already present, N skipped
-- Run it from the repository's root: it reads sql/import_file.sql, sql/import_fields.sql
-- and sql/import_finish.sql (with sql/import_insert.sql), the reading, checks and insert it
-- shares with the other importers.
-- Every check runs before the first insert. The good lines are inserted in file order, in
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
DROP TABLE IF EXISTS temp.import_rows;

.read sql/import_file.sql

-- One row per line that is not blank (raw: its text), numbered from 1, without its CR. json_quote()
-- escapes the whole text as one JSON string, in which a line break is the two characters
-- \n and a backslash is \\; with each \\ set aside, every \n becomes "," and json_each()
-- reads the lines as the elements of an array (one parse, whatever the number of lines).
CREATE TEMP TABLE import_rows(
  line INTEGER PRIMARY KEY, raw TEXT, reason TEXT,
  url TEXT, title TEXT, published_given TEXT, published TEXT, lang TEXT, source TEXT, body TEXT);
INSERT INTO temp.import_rows(line, raw)
SELECT j.key + 1, j.value
  FROM (SELECT CASE WHEN substr(CAST(data AS TEXT), 1, 1) = char(0xFEFF)
                    THEN substr(CAST(data AS TEXT), 2) ELSE CAST(data AS TEXT) END AS text
          FROM temp.import_file WHERE error IS NULL) AS f,
       json_each('[' || replace(replace(replace(replace(json_quote(f.text),
                   '\\', char(1)), '\r\n', '\n'), '\n', '","'), char(1), '\\') || ']') AS j
 WHERE trim(j.value, ' ' || char(9, 13)) <> '';

-- The checks, in this order: a line keeps its first reason. Each CASE branch runs only
-- when the ones before it did not apply, so json_type() and json_each() see valid JSON.
UPDATE temp.import_rows SET reason = CASE
    WHEN NOT valid_utf8(raw) THEN 'invalid UTF-8'
    WHEN NOT json_valid(raw) THEN 'invalid JSON'
    WHEN json_type(raw) <> 'object' THEN printf('a JSON %s, not an object', json_type(raw))
    ELSE (SELECT printf('%s is a JSON %s, not a string', key, type)
            FROM json_each(raw)
           WHERE key IN ('url', 'title', 'published', 'lang', 'source', 'body')
             AND type NOT IN ('text', 'null')
           ORDER BY id LIMIT 1)
  END;
UPDATE temp.import_rows
   SET url = json_extract(raw, '$.url'), title = json_extract(raw, '$.title'),
       published_given = json_extract(raw, '$.published'), lang = json_extract(raw, '$.lang'),
       source = json_extract(raw, '$.source'), body = json_extract(raw, '$.body')
 WHERE reason IS NULL;
-- An escaped lone surrogate ("\ud800") decodes to bytes that are not UTF-8.
UPDATE temp.import_rows SET reason = 'invalid UTF-8 (an escaped surrogate?)'
 WHERE reason IS NULL
   AND NOT (valid_utf8(coalesce(url, '')) AND valid_utf8(coalesce(title, ''))
            AND valid_utf8(coalesce(published_given, '')) AND valid_utf8(coalesce(lang, ''))
            AND valid_utf8(coalesce(source, '')) AND valid_utf8(coalesce(body, '')));

.read sql/import_fields.sql

-- The messages: the file refused, or notes on unknown keys then the bad lines.
SELECT printf('%s%s: %s', coalesce(file, 'import_jsonl.sql'), ':' || error_line, error)
  FROM temp.import_file WHERE error IS NOT NULL;
SELECT printf('%s: note: key %s is not a field of articles: ignored (%d %s)',
              (SELECT file FROM temp.import_file), quote(k.key), count(*),
              CASE count(*) WHEN 1 THEN 'line' ELSE 'lines' END)
  FROM temp.import_rows AS r,
       json_each(CASE WHEN r.reason IS NULL THEN r.raw ELSE '{}' END) AS k
 WHERE k.key NOT IN ('url', 'title', 'published', 'lang', 'source', 'body')
 GROUP BY k.key ORDER BY min(r.line), k.key;
.read sql/import_finish.sql

DROP TABLE temp.import_file;
DROP TABLE temp.import_rows;
COMMIT;
