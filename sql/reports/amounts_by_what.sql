-- amounts_by_what.sql — what are the amounts: revenue, funding raised, fines, …? Each kind
-- summed apart, per entity, counterparty and year, in the currencies the articles state
-- and converted to one currency.
--
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' < sql/reports/amounts_by_what.sql
--   (optional: -cmd '.parameter set :currency USD', default EUR)
--
-- Over articles(id, published, ...) and their textfacts table article_facts
-- (sql/schema.sql). `what` is what the text says an amount is: investment, revenue,
-- profit, funding, valuation, acquisition, fine, pay, budget, debt, market, price,
-- wealth; NULL when nothing says. The counterparty is the other party the text names
-- (the investor of funding, the authority that fined, the company bought, the customer),
-- NULL when none is named. Kinds are never added together: a fine is not funding, and
-- revenue is not an investment (the investments per entity and year are
-- sql/reports/commitments.sql). A range counts by its high end. The same fact (what,
-- entity, counterparty, year, currency, amount) stated in several articles, or twice in
-- one, counts once; one amount stated in two currencies appears under both, as in
-- temp.report_commitments.
--
-- Two tables:
--   temp.report_what             one row per kind, in the order above, then the amounts
--                                nothing says (what NULL): amounts, articles, entities
--                                (distinct), the amounts with a year, the currencies;
--   temp.report_amounts_by_what  one row per (what, entity, counterparty, year, currency)
--                                of the amounts whose kind is said: amounts, mentions
--                                (articles), total in that currency (bn = 1e9, M = 1e6,
--                                else in units), converted into
--                                :currency with money_convert() at the article's published
--                                date (the earliest article when several state the fact;
--                                textfacts_rates, sql/import_ecb_rates.sql), target. No
--                                rate or no date: converted is NULL, never a guess.

.headers on
.mode box

DROP TABLE IF EXISTS temp.report_what_facts;
CREATE TEMP TABLE report_what_facts AS
WITH params AS (
  SELECT upper(coalesce(:currency, 'EUR')) AS target,
         EXISTS (SELECT 1 FROM main.sqlite_schema
                  WHERE type = 'table' AND name = 'textfacts_rates') AS has_rates
),
mentions AS (
  SELECT f.doc, f.what, f.entity, f.counterparty, f.year, f.currency,
         coalesce(f.amount, f.high) AS value, date(a.published) AS day
    FROM article_facts AS f JOIN articles AS a ON a.id = f.doc
   WHERE f.kind = 'money' AND f.currency IS NOT NULL AND coalesce(f.amount, f.high) IS NOT NULL
)
SELECT m.what, m.entity, m.counterparty, m.year, m.currency, m.value,
       count(DISTINCT m.doc) AS articles, min(m.day) AS day, p.target,
       CASE WHEN m.currency = p.target THEN m.value
            WHEN p.has_rates AND min(m.day) IS NOT NULL
            THEN money_convert(m.value, m.currency, p.target, min(m.day)) END AS converted
  FROM mentions AS m, params AS p
 GROUP BY m.what, m.entity, m.counterparty, m.year, m.currency, m.value;

-- The kinds in the order of textfacts' list (a kind a later build adds comes after them).
DROP TABLE IF EXISTS temp.report_what_order;
CREATE TEMP TABLE report_what_order(what TEXT PRIMARY KEY, ord INTEGER);
INSERT INTO temp.report_what_order VALUES
  ('investment', 1), ('revenue', 2), ('profit', 3), ('funding', 4), ('valuation', 5),
  ('acquisition', 6), ('fine', 7), ('pay', 8), ('budget', 9), ('debt', 10), ('market', 11),
  ('price', 12), ('wealth', 13);

DROP TABLE IF EXISTS temp.report_what;
CREATE TEMP TABLE report_what AS
SELECT f.what, count(*) AS amounts,
       (SELECT count(DISTINCT m.doc) FROM article_facts AS m
         WHERE m.kind = 'money' AND m.what IS f.what) AS articles,
       count(DISTINCT f.entity) AS entities, count(f.year) AS with_year,
       group_concat(DISTINCT f.currency) AS currencies
  FROM temp.report_what_facts AS f LEFT JOIN temp.report_what_order AS o USING (what)
 GROUP BY f.what
 ORDER BY f.what IS NULL, coalesce(o.ord, 100), f.what;

DROP TABLE IF EXISTS temp.report_amounts_by_what;
CREATE TEMP TABLE report_amounts_by_what AS
SELECT f.what, f.entity, f.counterparty, f.year, f.currency, count(*) AS amounts,
       sum(f.articles) AS mentions,
       CASE WHEN sum(f.value) >= 1e9 THEN printf('%.2f bn', sum(f.value) / 1e9)
            WHEN sum(f.value) >= 1e6 THEN printf('%.1f M', sum(f.value) / 1e6)
            ELSE printf('%,d', CAST(round(sum(f.value)) AS INTEGER)) END AS total,
       CASE WHEN count(f.converted) < count(*) THEN NULL
            WHEN sum(f.converted) >= 1e9 THEN printf('%.2f bn', sum(f.converted) / 1e9)
            WHEN sum(f.converted) >= 1e6 THEN printf('%.1f M', sum(f.converted) / 1e6)
            ELSE printf('%,d', CAST(round(sum(f.converted)) AS INTEGER)) END AS converted,
       f.target
  FROM temp.report_what_facts AS f LEFT JOIN temp.report_what_order AS o USING (what)
 WHERE f.what IS NOT NULL
 GROUP BY f.what, f.entity, f.counterparty, f.year, f.currency
 ORDER BY coalesce(min(o.ord), 100), f.what, f.entity IS NULL, f.entity, f.counterparty IS NULL,
          f.counterparty, f.year IS NULL, f.year, f.currency;
DROP TABLE temp.report_what_order;

SELECT * FROM temp.report_what;
SELECT * FROM temp.report_amounts_by_what;
