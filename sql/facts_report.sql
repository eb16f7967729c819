-- facts_report.sql — which organisation committed how much, for which year, in
-- which currency?  Over any `articles(id, body, lang)` table, e.g. the sample corpus:
--
--   sqlite3 demo.db -cmd '.load ./dist/textfacts' < sql/facts_report.sql
--
-- One row per (entity, year, currency), for the amounts whose text states the
-- year. An amount repeated in one article (a headline and the body stating the
-- same figure) counts once per article; a range counts by its high end. One
-- amount stated in two currencies (the same grp) appears under both.

.headers on
.mode box

WITH facts AS (
  SELECT DISTINCT a.id AS article, f.entity, f.year, f.currency,
         coalesce(f.amount, f.high) AS value
    FROM articles AS a, extract_facts(a.body, a.lang) AS f
   WHERE f.entity IS NOT NULL AND f.year IS NOT NULL
)
SELECT entity, year, currency, count(*) AS amounts, count(DISTINCT article) AS articles,
       CASE WHEN sum(value) >= 1e9 THEN printf('%.1f bn', sum(value) / 1e9)
            ELSE printf('%.1f M', sum(value) / 1e6) END AS total
  FROM facts
 GROUP BY entity, year, currency
 ORDER BY entity, year, currency;
