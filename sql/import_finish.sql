-- import_finish.sql — shared by sql/import_csv.sql and sql/import_jsonl.sql, which read
-- it (run them from the repository's root). The bad rows reported as
-- FILE:LINE: reason, the good ones inserted in one statement, and the last line
--   N imported, N already present, N skipped
--
-- Input: temp.import_file(file, data, error_line, error), one row, the file read; and
-- temp.import_rows(line INTEGER PRIMARY KEY, reason, url, title, published_given,
-- published, lang, source, body), one row per record of the file, `reason` set when the
-- format already refused it (a row keeps its first reason).
SELECT printf('%s:%d: %s', f.file, r.line, r.reason)
  FROM temp.import_rows AS r, temp.import_file AS f
 WHERE r.reason IS NOT NULL ORDER BY r.line;

-- One statement, in file order. OR IGNORE skips exactly the rows whose url or body_hash
-- is already in articles (or in a row inserted just before by this statement): every
-- other constraint of articles was checked above.
INSERT OR IGNORE INTO articles(url, title, published, lang, source, body, body_hash)
SELECT url, title, published, lang, source, body, lower(hex(sha3(body)))
  FROM temp.import_rows
 WHERE reason IS NULL
 ORDER BY line;
SELECT printf('%d imported, %d already present, %d skipped', changes(),
              (SELECT count(*) FROM temp.import_rows WHERE reason IS NULL) - changes(),
              (SELECT count(*) FROM temp.import_rows WHERE reason IS NOT NULL));
