-- import_batch.sql — one batch of sql/import_insert.sql (read by sql/import_batches.sql):
-- the rows of batch `next`, in line order, OR IGNORE skipping exactly those whose url or
-- body_hash is already in articles (every other constraint was checked before); then
-- textfacts_progress() told how far the import is, and a COMMIT. Past the last batch it
-- inserts nothing and shows nothing. (SQLite computes the rows of an INSERT … SELECT into
-- a table with triggers before inserting them, so progress is told after the INSERT,
-- once a batch.)
INSERT OR IGNORE INTO articles(url, title, published, lang, source, body, body_hash)
SELECT r.url, r.title, r.published, r.lang, r.source, r.body, t.body_hash
  FROM temp.import_todo AS t JOIN temp.import_rows AS r ON r.line = t.line
 WHERE t.line BETWEEN (SELECT lo FROM temp.import_batches
                        WHERE batch = (SELECT next FROM temp.import_state))
                  AND (SELECT hi FROM temp.import_batches
                        WHERE batch = (SELECT next FROM temp.import_state))
 ORDER BY t.line;
UPDATE temp.import_state
   SET imported = imported + changes(), next = next + 1,
       shown = (SELECT textfacts_progress('import', t.n, total, t.bytes, bytes_total)
                  FROM temp.import_batches AS b JOIN temp.import_todo AS t ON t.line = b.hi
                 WHERE b.batch = next);
COMMIT;
BEGIN;
