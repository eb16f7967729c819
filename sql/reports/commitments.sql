-- commitments.sql — which organisation committed how much investment, for which year: in
-- the currencies the articles state, and converted to one currency?
--
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' < sql/reports/commitments.sql
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' -cmd '.parameter set :currency USD' \
--     < sql/reports/commitments.sql
--
-- Over articles(id, published, ...) and their textfacts table article_facts
-- (sql/schema.sql). A commitment is an amount the text says is an investment
-- (what = 'investment': capital spending, a stake, a plan to spend) and whose text names
-- both who it belongs to (entity) and the year it is for; a range counts by its high end.
-- Revenue, funding raised, fines and the other kinds of amount are not commitments: they
-- are summed apart, one kind at a time, by sql/reports/amounts_by_what.sql. The same fact
-- (entity, year, currency, amount) stated in several articles, or twice in one, counts
-- once (sql/reports/repeated_facts.sql lists them).
--
-- Two tables:
--   temp.report_commitments            one row per (entity, year, currency), in that
--                                      currency, and converted;
--   temp.report_commitments_converted  one row per (entity, year), every currency
--                                      converted, an amount stated in two currencies
--                                      (one grp) counted once, by the leg in the target
--                                      currency when there is one (else the first): the
--                                      other leg is left out, also where an article
--                                      repeats it alone.
-- Conversion: into :currency (default EUR) with money_convert() at the article's
-- published date (the earliest article when several state the fact), through
-- textfacts_rates (sql/import_ecb_rates.sql). No rates table, no rate on or before that
-- date, or no published date: the converted value is NULL, never a guess, and a total
-- with such an amount is NULL too (`unconverted` counts them). Totals: bn = 1e9, M = 1e6,
-- below a million in units.

.headers on
.mode box

DROP TABLE IF EXISTS temp.report_commitment_facts;
CREATE TEMP TABLE report_commitment_facts AS
WITH params AS (
  SELECT upper(coalesce(:currency, 'EUR')) AS target,
         EXISTS (SELECT 1 FROM main.sqlite_schema
                  WHERE type = 'table' AND name = 'textfacts_rates') AS has_rates
),
mentions AS (
  SELECT f.doc, f.entity, f.year, f.currency, coalesce(f.amount, f.high) AS value,
         date(a.published) AS day,
         -- 1 for a mention alone or the chosen leg of a group (target currency, else first)
         f.grp IS NULL OR row_number() OVER (
           PARTITION BY f.doc, f.grp ORDER BY f.currency = p.target DESC, f.start) = 1
           AS main_leg
    FROM article_facts AS f JOIN articles AS a ON a.id = f.doc, params AS p
   WHERE f.kind = 'money' AND f.what = 'investment' AND f.entity IS NOT NULL
     AND f.year IS NOT NULL AND coalesce(f.amount, f.high) IS NOT NULL
)
SELECT m.entity, m.year, m.currency, m.value, count(DISTINCT m.doc) AS articles,
       min(m.day) AS day, min(m.main_leg) AS main_leg, p.target,
       CASE WHEN m.currency = p.target THEN m.value
            WHEN p.has_rates AND min(m.day) IS NOT NULL
            THEN money_convert(m.value, m.currency, p.target, min(m.day)) END AS converted
  FROM mentions AS m, params AS p
 GROUP BY m.entity, m.year, m.currency, m.value;

DROP TABLE IF EXISTS temp.report_commitments;
CREATE TEMP TABLE report_commitments AS
SELECT entity, year, currency, count(*) AS amounts, sum(articles) AS mentions,
       CASE WHEN sum(value) >= 1e9 THEN printf('%.2f bn', sum(value) / 1e9)
            WHEN sum(value) >= 1e6 THEN printf('%.1f M', sum(value) / 1e6)
            ELSE printf('%,d', CAST(round(sum(value)) AS INTEGER)) END AS total,
       CASE WHEN count(converted) < count(*) THEN NULL
            WHEN sum(converted) >= 1e9 THEN printf('%.2f bn', sum(converted) / 1e9)
            WHEN sum(converted) >= 1e6 THEN printf('%.1f M', sum(converted) / 1e6)
            ELSE printf('%,d', CAST(round(sum(converted)) AS INTEGER)) END AS converted,
       target
  FROM temp.report_commitment_facts
 GROUP BY entity, year, currency
 ORDER BY entity, year, currency;

DROP TABLE IF EXISTS temp.report_commitments_converted;
CREATE TEMP TABLE report_commitments_converted AS
SELECT entity, year, count(*) AS amounts,
       group_concat(DISTINCT currency) AS currencies,
       CASE WHEN count(converted) < count(*) THEN NULL
            WHEN sum(converted) >= 1e9 THEN printf('%.2f bn', sum(converted) / 1e9)
            WHEN sum(converted) >= 1e6 THEN printf('%.1f M', sum(converted) / 1e6)
            ELSE printf('%,d', CAST(round(sum(converted)) AS INTEGER)) END AS total,
       target, count(*) - count(converted) AS unconverted
  FROM temp.report_commitment_facts
 WHERE main_leg
 GROUP BY entity, year
 ORDER BY entity, year;

SELECT * FROM temp.report_commitments;
SELECT * FROM temp.report_commitments_converted;
