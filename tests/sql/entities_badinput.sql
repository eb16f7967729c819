.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- Bad input for extract_entities: NULL, empty, BLOB, invalid UTF-8, NUL, bad arguments.

SELECT * FROM extract_entities(NULL);
SELECT * FROM extract_entities(NULL, 'fr');
SELECT * FROM extract_entities('');
SELECT * FROM extract_entities('   ');
-- a BLOB holding UTF-8 text is read as that text
SELECT "match", name, start, "end" FROM extract_entities(CAST('Huawei et la Malaisie.' AS BLOB));
-- invalid UTF-8: never inside a match; offsets still agree with substr() on the text
WITH t(b) AS (VALUES (x'ff' || CAST('Huawei' AS BLOB) || x'e9' || CAST(' et Nvidia ' AS BLOB) || x'c3' || CAST(' en Chine.' AS BLOB)))
SELECT e."match", e.name, e.start, e."end",
       substr(CAST(t.b AS TEXT), e.start + 1, e."end" - e.start) = e."match" AS substr_ok
  FROM t, extract_entities(t.b) AS e;
-- an embedded NUL ends the text, as for SQLite's own text functions
SELECT "match", name FROM extract_entities('Huawei' || char(0) || ' Nvidia');
-- characters outside the BMP before a match: offsets are code points
SELECT "match", start, "end", substr('𝕏𝕏 Huawei', start + 1, "end" - start) = "match" AS substr_ok
  FROM extract_entities('𝕏𝕏 Huawei');
-- numbers and other types are read as their text
SELECT count(*) FROM extract_entities(42);
SELECT count(*) FROM extract_entities(4.5);
-- lang: NULL means auto; an unknown value is an error naming the function
SELECT count(*) FROM extract_entities('Huawei', NULL);
SELECT count(*) FROM extract_entities('Huawei', 'FR');
SELECT * FROM extract_entities('Huawei', 'nl');
-- missing and extra arguments
SELECT * FROM extract_entities;
SELECT * FROM extract_entities();
SELECT * FROM extract_entities('a', 'fr', 'x');
SELECT entity_name();
SELECT entity_name('a', 'b');
-- hidden columns
SELECT text, lang FROM extract_entities('Huawei', 'en');
-- a long text: linear time, every row in order and within the text
WITH t(b) AS (SELECT replace(hex(zeroblob(20000)), '00', 'Huawei et Nvidia en Chine. ') )
SELECT count(*), min(start) >= 0, max("end") <= length(b) FROM t, extract_entities(t.b);
