-- implied_rates.sql — textfacts_implied_rates: the exchange rates that the articles
-- themselves state, from the amounts that extract_facts puts in one group (grp) because
-- the text gives one amount in two currencies:
--
--   « 380 milliards de yuans (environ 53 milliards de dollars) »  ->  USD/CNY 7.17
--
-- A view over articles(id, published, body, lang) and their textfacts table
-- article_facts (sql/schema.sql creates both and reads this file); querying it needs the
-- extension loaded. Create it alone with
--
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' < sql/implied_rates.sql
--
-- One row per UNORDERED pair of amounts of a group in different currencies (a group of
-- three currencies gives three rows), oriented as the currency markets quote it: the
-- base is the first of EUR, GBP, AUD, NZD, USD, CAD, CHF that the pair holds, otherwise
-- the code first in alphabetical order; `rate` is units of `quote` per unit of `base`
-- (USD/CNY 7.17 means 7.17 yuan per dollar; the other way round is 1 / rate). Ranges
-- (no `amount`) and amounts of zero give no row.
--
-- columns: doc, published (the article's date, the rate's date), entity, base, quote,
-- rate, base_amount, quote_amount, base_match, quote_match, sentence (its index) and
-- sentence_text (the sentence that states both amounts).
--
-- Reading this file again is harmless (IF NOT EXISTS); after an upgrade, DROP VIEW
-- textfacts_implied_rates first to get the new definition.
--
-- See sql/reports/implied_rates.sql for the median per pair and month, beside the ECB's.

CREATE VIEW IF NOT EXISTS textfacts_implied_rates AS
WITH legs AS (
  SELECT f.doc, f.grp, f.currency, f.amount, f.match, f.sentence, f.entity, f.start,
         coalesce(nullif(instr('EUR GBP AUD NZD USD CAD CHF ', f.currency || ' '), 0), 99)
           AS priority
    FROM article_facts AS f
   WHERE f.kind = 'money' AND f.grp IS NOT NULL AND f.amount > 0 AND f.currency IS NOT NULL
)
SELECT b.doc, a.published, coalesce(b.entity, q.entity) AS entity,
       b.currency AS base, q.currency AS quote, q.amount / b.amount AS rate,
       b.amount AS base_amount, q.amount AS quote_amount,
       b.match AS base_match, q.match AS quote_match,
       b.sentence, s.text AS sentence_text
  FROM legs AS b
  JOIN legs AS q
    ON q.doc = b.doc AND q.grp = b.grp AND q.currency <> b.currency
   AND (b.priority, b.currency) < (q.priority, q.currency)
  JOIN articles AS a ON a.id = b.doc
  LEFT JOIN extract_sentences(a.body, a.lang) AS s ON s.sentence = b.sentence
 ORDER BY b.doc, b.start, q.start;
