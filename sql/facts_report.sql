-- facts_report.sql — which organisation committed how much investment, for which year,
-- in which currency?  Over any `articles(id, body, lang)` table, e.g. the sample corpus:
--
--   sqlite3 demo.db -cmd '.load ./dist/textfacts' < sql/facts_report.sql
--
-- One row per (entity, year, currency), for the amounts the text calls an investment
-- (extract_facts' what = 'investment') and whose text states the year. Revenue, funding
-- raised, fines and the other kinds of amount are not summed here (extract_facts' `what`
-- column tells them; sql/reports/amounts_by_what.sql sums each kind apart). An amount
-- repeated in one article (a headline and the body stating the same figure) counts once
-- per article; a range counts by its high end. One amount stated in two currencies (the
-- same grp) appears under both. Totals: bn = 1e9, M = 1e6, below a million in units.

.headers on
.mode box

WITH facts AS (
  SELECT DISTINCT a.id AS article, f.entity, f.year, f.currency,
         coalesce(f.amount, f.high) AS value
    FROM articles AS a, extract_facts(a.body, a.lang) AS f
   WHERE f.what = 'investment' AND f.entity IS NOT NULL AND f.year IS NOT NULL
)
SELECT entity, year, currency, count(*) AS amounts, count(DISTINCT article) AS articles,
       CASE WHEN sum(value) >= 1e9 THEN printf('%.1f bn', sum(value) / 1e9)
            WHEN sum(value) >= 1e6 THEN printf('%.1f M', sum(value) / 1e6)
            ELSE printf('%,d', CAST(round(sum(value)) AS INTEGER)) END AS total
  FROM facts
 GROUP BY entity, year, currency
 ORDER BY entity, year, currency;
