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
-- The facts (ykey: the year, 0 for none, so that a missing year is a key SQLite can join
-- and index on), then the ways each is written, then the facts with their articles.
DROP TABLE IF EXISTS temp.repeated_input;
CREATE TEMP TABLE repeated_input AS
  SELECT f.entity, f.year, coalesce(f.year, 0) AS ykey, coalesce(f.amount, f.high) AS amount,
         f.currency, f.doc, a.published, a.title, f.match
    FROM article_facts AS f JOIN articles AS a ON a.id = f.doc
   WHERE f.kind = 'money' AND f.entity IS NOT NULL AND f.currency IS NOT NULL
     AND coalesce(f.amount, f.high) IS NOT NULL;

DROP TABLE IF EXISTS temp.repeated_written;
CREATE TEMP TABLE repeated_written AS
  SELECT entity, ykey, amount, currency, matches
    FROM (SELECT entity, ykey, amount, currency,
                 group_concat(match, ' | ') OVER (PARTITION BY entity, ykey, amount, currency
                                                  ORDER BY match ROWS BETWEEN UNBOUNDED
                                                  PRECEDING AND UNBOUNDED FOLLOWING) AS matches,
                 row_number() OVER (PARTITION BY entity, ykey, amount, currency
                                    ORDER BY match) AS n
            FROM (SELECT DISTINCT entity, ykey, amount, currency, match FROM temp.repeated_input))
   WHERE n = 1;
CREATE INDEX temp.repeated_written_key ON repeated_written(entity, ykey, amount, currency);

CREATE TEMP TABLE report_repeated_facts AS
WITH per_article AS (    -- a fact twice in one article is not a repeat
  SELECT entity, year, ykey, amount, currency, doc, published, title
    FROM temp.repeated_input
   GROUP BY entity, ykey, amount, currency, doc
),
listed AS (              -- one window per fact, oldest article first
  SELECT entity, year, ykey, amount, currency,
         count(*) OVER fact AS articles,
         min(published) OVER fact AS first_published,
         max(published) OVER fact AS last_published,
         group_concat(doc, ' ') OVER fact_in_order AS docs,
         group_concat(title, ' | ') OVER fact_in_order AS titles,
         row_number() OVER fact_in_order AS n
    FROM per_article
  WINDOW fact AS (PARTITION BY entity, ykey, amount, currency),
         fact_in_order AS (PARTITION BY entity, ykey, amount, currency ORDER BY published, doc
                           ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
)
SELECT l.entity, l.year, l.amount, l.currency, l.articles, l.first_published,
       l.last_published, l.docs, l.titles, w.matches
  FROM listed AS l
  JOIN temp.repeated_written AS w
    ON w.entity = l.entity AND w.ykey = l.ykey AND w.amount = l.amount
   AND w.currency = l.currency
 WHERE l.n = 1 AND l.articles > 1
 ORDER BY l.articles DESC, l.entity, l.year, l.amount DESC;
DROP TABLE temp.repeated_input;
DROP TABLE temp.repeated_written;

SELECT * FROM temp.report_repeated_facts;
