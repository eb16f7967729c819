-- import_insert.sql — shared by sql/import_txt.sql, sql/import_csv.sql and
-- sql/import_jsonl.sql (through sql/import_finish.sql), which read it (run them from the
-- repository's root): the good rows inserted into `articles` in batches, each committed,
-- with progress on stderr, then the last line
--   N imported, N already present, N skipped
--
-- Input: temp.import_rows(line INTEGER PRIMARY KEY, reason, url, title, published, lang,
-- source, body), one row per file or record, `reason` NULL for the good ones; an open
-- transaction (the importer's BEGIN), which the batches commit and reopen.
--
-- Batches: the good rows whose body_hash is not in `articles` yet, in line order, at
-- least 500 a batch and at most 1,024 batches (sql/import_batches.sql reads
-- sql/import_batch.sql that many times; the ones past the last are empty). Each batch is
-- one INSERT and a COMMIT: an import interrupted (Ctrl-C, kill, a crash) keeps the
-- batches it committed, the database whole, and running the same import again adds only
-- what is missing (the body_hash check). Progress: textfacts_progress(), whose lines go
-- to stderr on a terminal or when TEXTFACTS_PROGRESS asks (docs/corpus.md).

-- The rows to insert: good, and not in articles by their hash. n: their rank (from 1);
-- bytes: the bodies' bytes through this one; batch: the batch it goes in.
DROP TABLE IF EXISTS temp.import_todo;
CREATE TEMP TABLE import_todo(line INTEGER PRIMARY KEY, body_hash TEXT, size INTEGER,
                              n INTEGER, bytes INTEGER, batch INTEGER);
INSERT INTO temp.import_todo(line, body_hash, size)
SELECT line, lower(hex(sha3(body))), length(CAST(body AS BLOB))
  FROM temp.import_rows WHERE reason IS NULL ORDER BY line;
DELETE FROM temp.import_todo WHERE body_hash IN (SELECT body_hash FROM main.articles);
UPDATE temp.import_todo SET (n, bytes) = (w.n, w.bytes)
  FROM (SELECT line, row_number() OVER (ORDER BY line) AS n,
               sum(size) OVER (ORDER BY line ROWS UNBOUNDED PRECEDING) AS bytes
          FROM temp.import_todo) AS w
 WHERE w.line = import_todo.line;

DROP TABLE IF EXISTS temp.import_state;
CREATE TEMP TABLE import_state AS
SELECT 0 AS next, 0 AS imported, count(*) AS total, coalesce(max(bytes), 0) AS bytes_total,
       max(500, (count(*) + 1023) / 1024) AS size, NULL AS shown
  FROM temp.import_todo;
UPDATE temp.import_todo SET batch = (n - 1) / (SELECT size FROM temp.import_state);
DROP TABLE IF EXISTS temp.import_batches;
CREATE TEMP TABLE import_batches(batch INTEGER PRIMARY KEY, lo INTEGER, hi INTEGER);
INSERT INTO temp.import_batches SELECT batch, min(line), max(line) FROM temp.import_todo GROUP BY batch;

-- The job starts (its clock, for MB/s and the time left), then the batches.
UPDATE temp.import_state SET shown = textfacts_progress('import', 0, total, 0, bytes_total)
 WHERE total > 0;
.read sql/import_batches.sql

SELECT printf('%d imported, %d already present, %d skipped', s.imported,
              (SELECT count(*) FROM temp.import_rows WHERE reason IS NULL) - s.imported,
              (SELECT count(*) FROM temp.import_rows WHERE reason IS NOT NULL))
  FROM temp.import_state AS s;
DROP TABLE temp.import_todo;
DROP TABLE temp.import_state;
DROP TABLE temp.import_batches;
