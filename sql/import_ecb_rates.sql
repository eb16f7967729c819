-- import_ecb_rates.sql — load the ECB's euro foreign exchange reference rates
-- (eurofxref-hist.csv, from eurofxref-hist.zip on ecb.europa.eu) into
-- textfacts_rates, the table money_convert() reads.
--
--   sqlite3 corpus.db -cmd '.parameter set :ecb_file path/to/eurofxref-hist.csv' \
--     < sql/import_ecb_rates.sql
--
-- Without :ecb_file the file is ./eurofxref-hist.csv (where unzipping puts it). The
-- shell reads the name as an SQL expression first and as text when that fails, so a
-- plain path works; quote it twice when it could read as SQL (a name that is a number):
-- -cmd ".parameter set :ecb_file \"'2025.csv'\"". The file is read with the shell's
-- readfile(), so this script needs the sqlite3 shell (not the extension).
--
-- The layout: a wide CSV, one line per day, newest first, one column per currency,
--   Date,USD,JPY,BGN,...,ZAR,
--   2025-11-24,1.1523,180.76,1.9558,...,20.1254,
-- with a trailing comma (an empty last column), N/A where the ECB published no rate
-- and no quoting; LF or CRLF line ends. Every column is read, whatever the set of
-- currencies, by turning the text into a JSON array of arrays (one replace() per
-- separator, linear in the size of the file) and unpivoting it with json_each.
--
-- Into textfacts_rates(day, currency, per_eur): units of the currency per euro, one
-- row per (currency, day) with a rate; N/A and empty cells give no row. Created when
-- missing. Importing again (a newer file) replaces the rates of the days it holds and
-- keeps the others. A cell that is neither a positive number, N/A nor empty, a line
-- whose date is not YYYY-MM-DD, or a header name that is not a three-letter code is
-- skipped and counted in the summary row printed at the end; a file that cannot be read
-- or is not in this layout (no Date header, or quotes) imports nothing and stops with
-- an error naming the file.

CREATE TABLE IF NOT EXISTS textfacts_rates(
  day      TEXT NOT NULL,   -- YYYY-MM-DD
  currency TEXT NOT NULL,   -- ISO 4217 code
  per_eur  REAL NOT NULL,   -- units of currency per euro
  PRIMARY KEY (currency, day)
) WITHOUT ROWID;

DROP TABLE IF EXISTS temp.ecb_import;
CREATE TEMP TABLE ecb_import(
  file TEXT,
  csv  TEXT
    CONSTRAINT "import_ecb_rates: cannot read the file named by :ecb_file (default ./eurofxref-hist.csv)"
    CHECK (csv IS NOT NULL)
    CONSTRAINT "import_ecb_rates: not the ECB layout (the first line must start with Date, and no quotes)"
    CHECK (csv LIKE 'Date,%' AND instr(csv, '"') = 0 AND instr(csv, '\') = 0)
);
INSERT INTO temp.ecb_import(file, csv)
SELECT f, CAST(readfile(f) AS TEXT)
  FROM (SELECT coalesce(:ecb_file, 'eurofxref-hist.csv') AS f);

-- One row per cell: line (0 = the header), col (0-based), the trimmed text.
DROP TABLE IF EXISTS temp.ecb_cells;
CREATE TEMP TABLE ecb_cells AS
WITH lines AS (
  SELECT '[["' || replace(replace(replace(rtrim(csv, char(10, 13)), char(13), ''),
                                  ',', '","'), char(10), '"],["') || '"]]' AS j
    FROM temp.ecb_import
)
SELECT CAST(line.key AS INTEGER) AS line, CAST(cell.key AS INTEGER) AS col,
       trim(cell.value) AS text
  FROM lines, json_each(lines.j) AS line, json_each(line.value) AS cell;

DROP TABLE IF EXISTS temp.ecb_rates;
CREATE TEMP TABLE ecb_rates AS
WITH header AS (SELECT col, text AS currency FROM temp.ecb_cells WHERE line = 0 AND col > 0),
     days AS (SELECT line, text AS day FROM temp.ecb_cells WHERE line > 0 AND col = 0)
SELECT d.line, d.day, h.currency, c.text,
       CASE WHEN h.currency = '' THEN 'no currency'   -- a value under an empty header
            WHEN c.text IN ('N/A', '') THEN 'gap'
            WHEN NOT (h.currency GLOB '[A-Z][A-Z][A-Z]') THEN 'bad currency'
            WHEN d.day IS NOT date(d.day) THEN 'bad date'
            WHEN NOT (c.text GLOB '[0-9]*' AND c.text NOT GLOB '*[^0-9.]*'
                      AND c.text NOT GLOB '*.*.*' AND CAST(c.text AS REAL) > 0) THEN 'bad rate'
            ELSE 'ok' END AS status
  FROM temp.ecb_cells AS c
  JOIN days AS d ON d.line = c.line
  JOIN header AS h ON h.col = c.col
 WHERE c.line > 0
   AND NOT (h.currency = '' AND c.text = '');   -- the empty column of the trailing comma

INSERT OR REPLACE INTO textfacts_rates(day, currency, per_eur)
SELECT day, currency, CAST(text AS REAL) FROM temp.ecb_rates WHERE status = 'ok';

-- What was imported (one row).
SELECT (SELECT file FROM temp.ecb_import) AS file,
       count(*) FILTER (WHERE status = 'ok') AS rates,
       count(DISTINCT currency) FILTER (WHERE status = 'ok') AS currencies,
       min(day) FILTER (WHERE status = 'ok') AS first_day,
       max(day) FILTER (WHERE status = 'ok') AS last_day,
       count(*) FILTER (WHERE status = 'gap') AS gaps,
       count(*) FILTER (WHERE status NOT IN ('ok', 'gap')) AS skipped
  FROM temp.ecb_rates;

DROP TABLE temp.ecb_rates;
DROP TABLE temp.ecb_cells;
DROP TABLE temp.ecb_import;
