-- repeated_facts.sql — which facts do several articles repeat: the same entity, amount,
-- currency and year?
--
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' < sql/reports/repeated_facts.sql
--
-- Over articles(id, title, published, ...) and their textfacts table article_facts. A
-- fact is a money row with an entity; its key is (entity, amount, currency, year), a
-- range counting by its high end and a missing year matching a missing year. A fact
-- stated in two or more articles is listed with the number of articles, the first and
-- last publication dates, the ids and titles of the articles (oldest first) and the
-- different ways the texts write the amount. The same fact twice in one article
-- (headline and body) is not a repeat. Useful to spot syndicated or duplicated articles,
-- and amounts that a sum over articles would count twice.
--
-- temp.report_repeated_facts: entity, year, amount, currency, articles, first_published,
-- last_published, docs, titles, matches.

.headers on
.mode box

DROP TABLE IF EXISTS temp.report_repeated_facts;
CREATE TEMP TABLE report_repeated_facts AS
WITH facts AS (
  SELECT DISTINCT f.entity, f.year, coalesce(f.amount, f.high) AS amount, f.currency,
         f.doc, a.published, a.title
    FROM article_facts AS f JOIN articles AS a ON a.id = f.doc
   WHERE f.kind = 'money' AND f.entity IS NOT NULL AND f.currency IS NOT NULL
     AND coalesce(f.amount, f.high) IS NOT NULL
),
repeated AS (
  SELECT entity, year, amount, currency
    FROM facts
   GROUP BY entity, year, amount, currency
  HAVING count(*) > 1
)
SELECT r.entity, r.year, r.amount, r.currency,
       (SELECT count(*) FROM facts AS f
         WHERE f.entity = r.entity AND f.year IS r.year AND f.amount = r.amount
           AND f.currency = r.currency) AS articles,
       (SELECT min(published) FROM facts AS f
         WHERE f.entity = r.entity AND f.year IS r.year AND f.amount = r.amount
           AND f.currency = r.currency) AS first_published,
       (SELECT max(published) FROM facts AS f
         WHERE f.entity = r.entity AND f.year IS r.year AND f.amount = r.amount
           AND f.currency = r.currency) AS last_published,
       (SELECT group_concat(doc, ' ') FROM (SELECT doc FROM facts AS f
         WHERE f.entity = r.entity AND f.year IS r.year AND f.amount = r.amount
           AND f.currency = r.currency ORDER BY published, doc)) AS docs,
       (SELECT group_concat(title, ' | ') FROM (SELECT title FROM facts AS f
         WHERE f.entity = r.entity AND f.year IS r.year AND f.amount = r.amount
           AND f.currency = r.currency ORDER BY published, doc)) AS titles,
       (SELECT group_concat(match, ' | ') FROM (SELECT DISTINCT m.match FROM article_facts AS m
         WHERE m.kind = 'money' AND m.entity = r.entity AND m.year IS r.year
           AND coalesce(m.amount, m.high) = r.amount AND m.currency = r.currency
         ORDER BY m.match)) AS matches
  FROM repeated AS r
 ORDER BY articles DESC, r.entity, r.year, r.amount DESC;

SELECT * FROM temp.report_repeated_facts;
