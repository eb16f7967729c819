-- import_fields.sql — shared by sql/import_csv.sql and sql/import_jsonl.sql, which read
-- it (run them from the repository's root). The checks of the fields
-- of every row that has no reason yet: each field trimmed (an empty one NULL), body
-- required, lang one of the seven languages (any case, fr-FR, pt_BR and zh-Hant cut to two
-- letters, auto: NULL),
-- published an ISO date or timestamp, else read by first_date().
--
-- Input: temp.import_file(file, data, error_line, error), one row, the file read; and
-- temp.import_rows(line INTEGER PRIMARY KEY, reason, url, title, published_given,
-- published, lang, source, body), one row per record of the file, `reason` set when the
-- format already refused it (a row keeps its first reason).
UPDATE temp.import_rows
   SET url = nullif(trim(url, ' ' || char(9)), ''),
       title = nullif(trim(title, ' ' || char(9, 10, 13)), ''),
       published_given = nullif(trim(published_given, ' ' || char(9)), ''),
       lang = nullif(lower(trim(lang, ' ' || char(9))), ''),
       source = nullif(trim(source, ' ' || char(9)), ''),
       body = trim(body, ' ' || char(9, 10, 11, 12, 13))
 WHERE reason IS NULL;
UPDATE temp.import_rows SET reason = 'missing body'
 WHERE reason IS NULL AND (body IS NULL OR body = '');
UPDATE temp.import_rows
   SET reason = printf('unknown lang %s (fr, en, de, es, it, pt, zh, or empty for auto)', quote(lang))
 WHERE reason IS NULL AND lang IS NOT NULL AND lang <> 'auto'
   AND NOT (substr(lang, 1, 2) IN ('fr', 'en', 'de', 'es', 'it', 'pt', 'zh')
            AND (length(lang) = 2 OR substr(lang, 3, 1) IN ('-', '_')));
UPDATE temp.import_rows SET lang = CASE WHEN lang = 'auto' THEN NULL ELSE substr(lang, 1, 2) END
 WHERE reason IS NULL AND lang IS NOT NULL;
UPDATE temp.import_rows
   SET published = CASE
         WHEN published_given GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
          AND date(substr(published_given, 1, 10), '+0 days') IS substr(published_given, 1, 10)
          AND date(published_given) IS NOT NULL
         THEN substr(published_given, 1, 10)
         ELSE first_date(published_given) END
 WHERE reason IS NULL AND published_given IS NOT NULL;
UPDATE temp.import_rows SET reason = printf('unparseable date %s', quote(published_given))
 WHERE reason IS NULL AND published_given IS NOT NULL
   AND (published IS NULL OR published IS NOT date(published, '+0 days'));
