-- textfacts demo report over the sample articles (sql/sample_articles.sql).
-- Run by `make demo` as:
--   sqlite3 demo.db -cmd '.load ./dist/textfacts' < sql/demo_report.sql
-- Fits a 100-column terminal.

.bail on
.headers on
.mode box

-- Extract once; every section below reads this temporary table.
DROP TABLE IF EXISTS temp.mentions;
CREATE TEMP TABLE mentions AS
  SELECT a.id AS article_id, a.title, a.lang,
         m.match, m.amount, m.currency, m.qualifier, m.low, m.high, m.start, m."end",
         coalesce(m.amount, m.high) AS value   -- a range counts by its high end
    FROM articles AS a, extract_money(a.body, coalesce(a.lang, 'auto')) AS m;

-- Indicative exchange rates (US dollars for one unit, late 2025), only used to
-- rank amounts in different currencies against each other in section (b).
DROP TABLE IF EXISTS temp.usd_rate;
CREATE TEMP TABLE usd_rate(currency TEXT PRIMARY KEY, usd REAL);
INSERT INTO usd_rate VALUES
  ('USD', 1.0),    ('EUR', 1.16),   ('GBP', 1.33),   ('CHF', 1.25),
  ('CNY', 0.14),   ('HKD', 0.128),  ('TWD', 0.0325), ('JPY', 0.0066),
  ('KRW', 0.0007), ('INR', 0.0113), ('SGD', 0.77),   ('AUD', 0.65),
  ('CAD', 0.71),   ('BRL', 0.187),  ('RUB', 0.0123);

.print
SELECT 'textfacts ' || textfacts_version() AS version,
       (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM mentions) AS "money mentions",
       (SELECT count(DISTINCT currency) FROM mentions) AS currencies;

.print
.print (a) Money by currency  (total: exact and approx mentions only; M = 1e6, bn = 1e9, tn = 1e12)
SELECT currency, mentions, articles,
       CASE
         WHEN total IS NULL THEN '-'
         WHEN total >= 1e12 THEN printf('%.2f tn', total / 1e12)
         WHEN total >= 1e9  THEN printf('%.2f bn', total / 1e9)
         WHEN total >= 1e6  THEN printf('%.2f M',  total / 1e6)
         ELSE printf('%,d', CAST(round(total) AS INTEGER))
       END AS "total amount"
  FROM (SELECT currency,
               count(*) AS mentions,
               count(DISTINCT article_id) AS articles,
               sum(CASE WHEN qualifier IN ('exact', 'approx') THEN amount END) AS total
          FROM mentions
         GROUP BY currency)
 ORDER BY mentions DESC, currency;

.print
.print (b) The 10 largest amounts  (ranked in US dollars at indicative rates; a range by its high end)
SELECT substr(m.title, 1, 25) || CASE WHEN length(m.title) > 25 THEN '…' ELSE '' END AS article,
       substr(m.match, 1, 23) || CASE WHEN length(m.match) > 23 THEN '…' ELSE '' END AS "match",
       m.qualifier,
       m.currency AS cur,
       CASE
         WHEN m.value IS NULL THEN '-'
         WHEN m.value >= 1e12 THEN printf('%.2f tn', m.value / 1e12)
         WHEN m.value >= 1e9  THEN printf('%.2f bn', m.value / 1e9)
         WHEN m.value >= 1e6  THEN printf('%.2f M',  m.value / 1e6)
         ELSE printf('%,d', CAST(round(m.value) AS INTEGER))
       END AS amount,
       printf('%.1f', m.value * r.usd / 1e9) AS "≈ USD bn"
  FROM mentions AS m LEFT JOIN usd_rate AS r USING (currency)
 ORDER BY m.value * r.usd DESC NULLS LAST
 LIMIT 10;

.print
.print (c) Qualifiers
SELECT qualifier,
       sum(lang = 'fr') AS french,
       sum(lang = 'en') AS english,
       count(*) AS total,
       printf('%.1f %%', 100.0 * count(*) / (SELECT count(*) FROM mentions)) AS share
  FROM mentions
 GROUP BY qualifier
 ORDER BY total DESC, qualifier;

-- Entities: extract once as well.
DROP TABLE IF EXISTS temp.entities;
CREATE TEMP TABLE entities AS
  SELECT a.id AS article_id, a.lang, e.match, e.name, e.kind, e.code, e.source
    FROM articles AS a, extract_entities(a.body, coalesce(a.lang, 'auto')) AS e;

.print
.print (d) The 12 entities named in most articles  (one name across French and English)
SELECT name, kind, coalesce(code, '') AS code,
       count(DISTINCT article_id) AS articles,
       count(DISTINCT CASE WHEN lang = 'fr' THEN article_id END) AS fr,
       count(DISTINCT CASE WHEN lang = 'en' THEN article_id END) AS en,
       substr(group_concat(DISTINCT match), 1, 34) AS "written as"
  FROM entities
 WHERE kind <> 'unknown'
 GROUP BY name, kind
 ORDER BY articles DESC, name
 LIMIT 12;

.print
.print (e) Entities by kind and source
SELECT kind,
       sum(source = 'builtin') AS builtin,
       sum(source = 'dictionary') AS dictionary,
       sum(source = 'guess') AS guess,
       count(DISTINCT name) AS names
  FROM entities
 GROUP BY kind
 ORDER BY count(*) DESC;

.print
.print (f) Investment per entity and year (extract_facts, what = 'investment'; sql/facts_report.sql)
.read sql/facts_report.sql

.print
.print (g) The textfacts table: amounts over $100 billion and who else is named in their sentence
-- Extracted once into the database (article_facts_data), kept current by
-- triggers on articles; later queries read its indexes instead of the text.
DROP TABLE IF EXISTS article_facts;
CREATE VIRTUAL TABLE article_facts USING textfacts(
  content = 'articles', column = 'body', content_rowid = 'id', lang_column = 'lang');
SELECT m.doc, m.match, m.entity, m.year, group_concat(DISTINCT e.name) AS "named with it"
  FROM article_facts AS m
  LEFT JOIN article_facts AS e
    ON e.doc = m.doc AND e.sentence = m.sentence AND e.kind = 'entity'
   AND e.name IS NOT m.entity
 WHERE m.currency = 'USD' AND m.amount >= 100e9
 GROUP BY m.rowid ORDER BY m.amount DESC;

.print
.print (h) What the amounts are, each kind apart (the what column; sql/reports/amounts_by_what.sql)
SELECT coalesce(m.what, '(nothing says)') AS what, count(*) AS amounts,
       count(DISTINCT m.doc) AS articles,
       (SELECT t.entity FROM article_facts AS t
         WHERE t.kind = 'money' AND t.what IS m.what AND t.entity IS NOT NULL
         GROUP BY t.entity ORDER BY count(*) DESC, t.entity LIMIT 1) AS "entity named most",
       substr(group_concat(DISTINCT m.currency), 1, 30) AS currencies
  FROM article_facts AS m
 WHERE m.kind = 'money'
 GROUP BY m.what
 ORDER BY m.what IS NULL, count(*) DESC, m.what;
