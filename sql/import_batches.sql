-- import_batches.sql — read by sql/import_insert.sql: sql/import_batch.sql 1,024 times
-- (32 times sql/import_batches32.sql), one batch each; the shell has no loop. A batch past
-- the last inserts nothing and commits nothing.
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
.read sql/import_batches32.sql
