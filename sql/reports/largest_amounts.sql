-- largest_amounts.sql — what are the largest amounts in the corpus, in which sentence
-- of which article?
--
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' < sql/reports/largest_amounts.sql
--   (optional: -cmd '.parameter set :currency USD', default EUR; -cmd '.parameter set
--   :top 20', default 10)
--
-- Over articles(id, title, published, body, lang) and their textfacts table
-- article_facts. Amounts of different currencies are only ranked together once they
-- are converted: each amount is converted into :currency with money_convert() at its
-- article's published date (textfacts_rates, sql/import_ecb_rates.sql). The amounts that
-- convert are ranked together (ranked_in = the target currency); those that cannot (no
-- rates table, no rate for that day, no published date) are ranked within their own
-- currency (ranked_in = that currency), never with a guessed rate. The top :top of each
-- ranking, the target currency's first. A range counts by its high end; an amount
-- repeated in one article (headline and body) is listed once, at its first mention.
--
-- temp.report_largest_amounts: ranked_in (the currency of the ranking; not extract_facts'
-- grp, the group of one amount stated in two currencies), rank, amount (as stated, in its
-- currency), currency, converted (in the target currency), match, entity, what (the kind of amount: investment,
-- revenue, market …; sql/reports/amounts_by_what.sql), doc, published, title, sentence.

.headers on
.mode box

DROP TABLE IF EXISTS temp.report_largest_amounts;
CREATE TEMP TABLE report_largest_amounts AS
WITH params AS (
  SELECT upper(coalesce(:currency, 'EUR')) AS target, coalesce(:top, 10) AS top,
         EXISTS (SELECT 1 FROM main.sqlite_schema
                  WHERE type = 'table' AND name = 'textfacts_rates') AS has_rates
),
mentions AS (
  SELECT f.doc, f.match, f.entity, f.what, f.currency, f.sentence, f.start,
         coalesce(f.amount, f.high) AS value, date(a.published) AS day,
         row_number() OVER (PARTITION BY f.doc, f.currency, coalesce(f.amount, f.high)
                            ORDER BY f.start) AS nth
    FROM article_facts AS f JOIN articles AS a ON a.id = f.doc
   WHERE f.kind = 'money' AND f.currency IS NOT NULL AND coalesce(f.amount, f.high) > 0
),
converted AS (
  SELECT m.*, p.target, p.top,
         CASE WHEN m.currency = p.target THEN m.value
              WHEN p.has_rates AND m.day IS NOT NULL
              THEN money_convert(m.value, m.currency, p.target, m.day) END AS converted
    FROM mentions AS m, params AS p
   WHERE m.nth = 1
),
ranked AS (
  SELECT c.*, CASE WHEN c.converted IS NOT NULL THEN c.target ELSE c.currency END AS ranked_in,
         row_number() OVER (
           PARTITION BY CASE WHEN c.converted IS NOT NULL THEN c.target ELSE c.currency END
           ORDER BY coalesce(c.converted, c.value) DESC, c.doc, c.start) AS rank
    FROM converted AS c
)
SELECT r.ranked_in, r.rank, r.value AS amount, r.currency,
       round(r.converted) AS converted, r.match, r.entity, r.what, r.doc, a.published, a.title,
       s.text AS sentence
  FROM ranked AS r
  JOIN articles AS a ON a.id = r.doc
  LEFT JOIN extract_sentences(a.body, a.lang) AS s ON s.sentence = r.sentence
 WHERE r.rank <= r.top
 ORDER BY r.ranked_in <> r.target, r.ranked_in, r.rank;

SELECT * FROM temp.report_largest_amounts;
