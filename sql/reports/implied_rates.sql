-- implied_rates.sql — what exchange rates do the articles themselves state, per
-- currency pair and month, and how far are they from the ECB's reference rates?
--
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' < sql/reports/implied_rates.sql
--
-- Over the view textfacts_implied_rates (sql/implied_rates.sql, read here: it creates
-- the view in the database when missing, so run this from the repository's root): the rates implied by one amount stated in two currencies. One row per pair
-- (base/quote, oriented as the markets quote it: rate = units of quote per unit of
-- base) and month of publication: how many statements, their median (the mean of the
-- two middle values for an even count), lowest and highest, and — when textfacts_rates
-- is loaded (sql/import_ecb_rates.sql) — the median of the ECB rate on the same
-- articles' dates, through money_convert(), and the gap in percent. Without rates, or
-- without a rate for a date, the ECB columns are NULL. Rates are rounded to 4 decimals.
--
-- temp.report_implied_rates: base, quote, month, statements, median, low, high, ecb,
-- gap_percent.

.headers on
.mode box

.read sql/implied_rates.sql
DROP TABLE IF EXISTS temp.report_implied_rates;
CREATE TEMP TABLE report_implied_rates AS
WITH params AS (
  SELECT EXISTS (SELECT 1 FROM main.sqlite_schema
                  WHERE type = 'table' AND name = 'textfacts_rates') AS has_rates
),
rates AS (
  SELECT i.base, i.quote, substr(i.published, 1, 7) AS month, i.rate,
         CASE WHEN p.has_rates AND date(i.published) IS NOT NULL
              THEN money_convert(1, i.base, i.quote, date(i.published)) END AS ecb
    FROM textfacts_implied_rates AS i, params AS p
),
ordered AS (
  SELECT *,
         row_number() OVER (PARTITION BY base, quote, month ORDER BY rate) AS n_rate,
         row_number() OVER (PARTITION BY base, quote, month ORDER BY ecb) AS n_ecb,
         count(*) OVER (PARTITION BY base, quote, month) AS total,
         count(ecb) OVER (PARTITION BY base, quote, month) AS total_ecb
    FROM rates
),
medians AS (
  SELECT base, quote, month, max(total) AS statements,
         avg(rate) FILTER (WHERE n_rate IN ((total + 1) / 2, total / 2 + 1)) AS median,
         min(rate) AS low, max(rate) AS high,
         -- NULLs sort first: the ECB values are numbered total - total_ecb + 1 .. total
         CASE WHEN max(total_ecb) = max(total) THEN
           avg(ecb) FILTER (WHERE n_ecb IN ((total + 1) / 2, total / 2 + 1)) END AS ecb
    FROM ordered
   GROUP BY base, quote, month
)
SELECT base, quote, month, statements, round(median, 4) AS median, round(low, 4) AS low,
       round(high, 4) AS high, round(ecb, 4) AS ecb,
       round(100.0 * (median - ecb) / ecb, 1) AS gap_percent
  FROM medians
 ORDER BY base, quote, month;

SELECT * FROM temp.report_implied_rates;
