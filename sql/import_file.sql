-- import_file.sql — shared by sql/import_csv.sql and sql/import_jsonl.sql, which read
-- it (run them from the repository's root): the file named by :file, read whole into
-- temp.import_file(file, data, error_line, error), with the reason it is refused as a
-- whole (no :file, unreadable, a NUL byte and its line) or NULL.
CREATE TEMP TABLE import_file AS
SELECT :file AS file, readfile(:file) AS data,
       CAST(NULL AS INTEGER) AS error_line, CAST(NULL AS TEXT) AS error;
UPDATE temp.import_file SET error = CASE
    WHEN file IS NULL THEN 'no file given: add -cmd ".parameter set :file ''path/to/file''"'
    WHEN data IS NULL THEN 'cannot be read'
    WHEN instr(data, x'00') > 0
      THEN 'contains a NUL byte (not a UTF-8 text file? UTF-16?): nothing imported' END;
-- The line of the first NUL byte: the line breaks before it, plus one.
UPDATE temp.import_file
   SET error_line = 1 + length(CAST(substr(data, 1, instr(data, x'00') - 1) AS TEXT))
       - length(replace(CAST(substr(data, 1, instr(data, x'00') - 1) AS TEXT), char(10), ''))
 WHERE error LIKE 'contains a NUL byte%';
