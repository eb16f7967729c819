-- import_finish.sql — shared by sql/import_csv.sql and sql/import_jsonl.sql, which read
-- it (run them from the repository's root). The bad rows reported as
-- FILE:LINE: reason, the good ones inserted in batches (sql/import_insert.sql), and the
-- last line
--   N imported, N already present, N skipped
--
-- Input: temp.import_file(file, data, error_line, error), one row, the file read; and
-- temp.import_rows(line INTEGER PRIMARY KEY, reason, url, title, published_given,
-- published, lang, source, body), one row per record of the file, `reason` set when the
-- format already refused it (a row keeps its first reason).
SELECT printf('%s:%d: %s', f.file, r.line, r.reason)
  FROM temp.import_rows AS r, temp.import_file AS f
 WHERE r.reason IS NOT NULL ORDER BY r.line;

-- The good rows, in batches committed one by one (sql/import_insert.sql).
.read sql/import_insert.sql
