-- entities_together.sql — which entities are named together, in the same article or
-- in the same sentence, and how often?
--
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' < sql/reports/entities_together.sql
--   (optional: -cmd '.parameter set :top 50', default 25)
--
-- Over the entity rows of the textfacts table article_facts (kind = 'entity'), by
-- canonical name (`name`: "Etats-Unis" and "United States" are one). Names whose kind
-- is 'unknown' (capitalised words that the guesser could not type) are left out. One row
-- per unordered pair (first < second in alphabetical order): the number of articles
-- that name both, of sentences that name both, and up to five of those articles' ids.
-- The :top pairs by articles, then sentences.
--
-- temp.report_entities_together: first, first_kind, second, second_kind, articles,
-- sentences, docs.

.headers on
.mode box

DROP TABLE IF EXISTS temp.report_entities_together;
CREATE TEMP TABLE report_entities_together AS
WITH names AS (
  SELECT DISTINCT doc, sentence, name, entity_kind AS kind
    FROM article_facts
   WHERE kind = 'entity' AND name IS NOT NULL AND entity_kind <> 'unknown'
),
pairs AS MATERIALIZED (
  SELECT x.name AS first, x.kind AS first_kind, y.name AS second, y.kind AS second_kind,
         x.doc,
         sum(x.sentence = y.sentence) AS sentences
    FROM names AS x JOIN names AS y ON y.doc = x.doc AND x.name < y.name
   GROUP BY x.name, y.name, x.doc
),
top AS MATERIALIZED (
  SELECT first, first_kind, second, second_kind, count(*) AS articles,
         sum(sentences) AS sentences
    FROM pairs
   GROUP BY first, second
   ORDER BY articles DESC, sentences DESC, first, second
   LIMIT coalesce(:top, 25)
),
-- the first five articles of each pair kept, found for the kept pairs only
examples AS (
  SELECT p.first, p.second, p.doc,
         row_number() OVER (PARTITION BY p.first, p.second ORDER BY p.doc) AS n
    FROM top AS t JOIN pairs AS p ON p.first = t.first AND p.second = t.second
)
SELECT t.first, t.first_kind, t.second, t.second_kind, t.articles, t.sentences,
       (SELECT group_concat(doc, ' ') FROM (SELECT e.doc FROM examples AS e
          WHERE e.first = t.first AND e.second = t.second AND e.n <= 5 ORDER BY e.doc)) AS docs
  FROM top AS t
 ORDER BY t.articles DESC, t.sentences DESC, t.first, t.second;

SELECT * FROM temp.report_entities_together;
