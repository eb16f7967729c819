-- report_html.sql — one self-contained HTML page (inline CSS, SVG and a little JavaScript,
-- nothing fetched) with the reports of sql/reports/, two charts, a section per entity and
-- the articles, written by the sqlite3 shell alone:
--
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' < sql/report_html.sql > report.html
--   (or: make report DB=corpus.db; optional -cmd '.parameter set :currency USD')
--
-- Run it from the repository's root: it reads sql/implied_rates.sql (which creates the
-- view textfacts_implied_rates in the database when missing) and sql/reports/*.sql, whose
-- result tables (temp.report_*) it turns into HTML tables: the investment commitments
-- (what = 'investment' only), then one table per other kind of amount (revenue, funding,
-- fines, …: sql/reports/amounts_by_what.sql), each summed apart, then the others. Each
-- table shows its first 100 rows.
--
-- Links: every entity named in a table links to its section (its amounts by what and
-- year, its articles, the entities named with it); every amount of the largest amounts
-- links to its article (its URL when the article has one, else its line in the list of
-- articles at the end) and shows its sentence; article ids link to that list.
-- The charts:
--   1. investment commitments per entity and year, a heatmap (the 15 largest entities by
--      the years they commit for; one colour scale, so any number of years stays legible);
--   2. the amounts stated, by month of publication (every month from the first to the
--      last, empty ones included; labels thinned out when months are many).
-- Both in one currency: :currency (default EUR) when textfacts_rates is loaded, every
-- amount converted with money_convert() at its article's date; without rates, only the
-- amounts stated in the currency the corpus uses most, never converted by a guess. The
-- caption of each chart says which, and how many amounts it leaves out. Without rates,
-- the tables leave out their converted columns and say so, and the table that is all
-- conversion says it needs rates.
-- The JavaScript (at the end) only adds: sorting by a click on a column's header (numbers
-- as numbers, `1.2 bn` too, empty cells last) and a filter box above each table. Without
-- it the page reads the same, unsorted and unfiltered.
-- Every text from the corpus is HTML-escaped (& < > ").

.headers off
.mode list
.nullvalue ''
.output /dev/null
.read sql/implied_rates.sql
.read sql/reports/commitments.sql
.read sql/reports/amounts_by_what.sql
.read sql/reports/largest_amounts.sql
.read sql/reports/entities_together.sql
.read sql/reports/repeated_facts.sql
.read sql/reports/implied_rates.sql
.output
.headers off
.mode list
.nullvalue ''

-- The currency of the charts, and whether amounts are converted into it.
DROP TABLE IF EXISTS temp.html_params;
CREATE TEMP TABLE html_params AS
WITH p AS (
  SELECT upper(coalesce(:currency, 'EUR')) AS target,
         EXISTS (SELECT 1 FROM main.sqlite_schema
                  WHERE type = 'table' AND name = 'textfacts_rates') AS has_rates
)
SELECT p.target, p.has_rates,
       CASE WHEN p.has_rates THEN p.target
            ELSE coalesce((SELECT currency FROM article_facts
                            WHERE kind = 'money' AND currency IS NOT NULL
                            GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1),
                          p.target) END AS chart_currency
  FROM p;

-- Every amount once per article (a range by its high end; an amount stated in two
-- currencies once, by its leg in the chart currency when there is one: the other leg is
-- left out, also where the article repeats it alone), in the chart currency or NULL.
DROP TABLE IF EXISTS temp.html_amounts;
CREATE TEMP TABLE html_amounts AS
WITH mentions AS (
  SELECT f.doc, f.currency, coalesce(f.amount, f.high) AS value, date(a.published) AS day,
         f.grp IS NULL OR row_number() OVER (
           PARTITION BY f.doc, f.grp ORDER BY f.currency = p.chart_currency DESC, f.start) = 1
           AS main_leg
    FROM article_facts AS f JOIN articles AS a ON a.id = f.doc, temp.html_params AS p
   WHERE f.kind = 'money' AND f.currency IS NOT NULL AND coalesce(f.amount, f.high) > 0
)
SELECT m.doc, m.day, m.currency, m.value,
       CASE WHEN m.currency = p.chart_currency THEN m.value
            WHEN p.has_rates AND m.day IS NOT NULL
            THEN money_convert(m.value, m.currency, p.chart_currency, m.day) END AS charted
  FROM (SELECT doc, day, currency, value FROM mentions
         GROUP BY doc, currency, value HAVING min(main_leg)) AS m,
       temp.html_params AS p;

-- The sections: a heading, the question, then the rows of a temp.report_* table as JSON
-- arrays, one cell per column of html_sections.columns. A cell is a value, or an object:
--   {"e": name}          an entity: a link to its section (#ent-HEX)
--   {"t": text, "h": u}  a link to u
--   {"d": "3 7 12"}      article ids: links to the list of articles (#art-ID), the first 10
-- ents and docs: the entities and the articles a row links to (their sections and lines
-- must exist).
DROP TABLE IF EXISTS temp.html_rows;
CREATE TEMP TABLE html_rows(section TEXT, n INTEGER, cells TEXT, ents TEXT, docs TEXT);
INSERT INTO temp.html_rows
SELECT 'report_commitments_converted', rowid,
       json_array(json_object('e', entity), year, amounts, currencies, total, target, unconverted),
       json_array(entity), '[]'
  FROM temp.report_commitments_converted;
INSERT INTO temp.html_rows
SELECT 'report_commitments', rowid,
       json_array(json_object('e', entity), year, currency, amounts, mentions, total, converted,
                  target),
       json_array(entity), '[]'
  FROM temp.report_commitments;
INSERT INTO temp.html_rows
SELECT 'report_what', rowid,
       json_array(CASE WHEN what IS NULL THEN '(nothing says)'
                       WHEN what = 'investment' THEN json_object('t', what, 'h', '#report_commitments')
                       ELSE json_object('t', what, 'h', '#' || CASE WHEN what NOT GLOB '*[^a-z_]*'
                                                                    THEN 'what-' || what
                                                                    ELSE 'what-x' || lower(hex(what)) END) END,
                  amounts, articles, entities, with_year, currencies),
       '[]', '[]'
  FROM temp.report_what;
INSERT INTO temp.html_rows
SELECT CASE WHEN what NOT GLOB '*[^a-z_]*' THEN 'what-' || what
            ELSE 'what-x' || lower(hex(what)) END,
       row_number() OVER (PARTITION BY what ORDER BY rowid),
       json_array(json_object('e', entity), json_object('e', counterparty), year, currency, amounts,
                  mentions, total, converted, target),
       json_array(entity, counterparty), '[]'
  FROM temp.report_amounts_by_what
 WHERE what <> 'investment';
INSERT INTO temp.html_rows
SELECT 'report_largest_amounts', l.rowid,
       json_array(l.ranked_in, l.rank, l.amount, l.currency, l.converted,
                  json_object('t', l.match, 'h', coalesce(a.url, '#art-' || l.doc)),
                  json_object('e', l.entity), l.what, json_object('d', l.doc), l.published,
                  l.title, l.sentence),
       json_array(l.entity), json_array(l.doc)
  FROM temp.report_largest_amounts AS l LEFT JOIN articles AS a ON a.id = l.doc;
INSERT INTO temp.html_rows
SELECT 'report_entities_together', rowid,
       json_array(json_object('e', first), first_kind, json_object('e', second), second_kind,
                  articles, sentences, json_object('d', docs)),
       json_array(first, second), '[' || replace(docs, ' ', ',') || ']'
  FROM temp.report_entities_together;
INSERT INTO temp.html_rows
SELECT 'report_repeated_facts', rowid,
       json_array(json_object('e', entity), year, amount, currency, articles, first_published,
                  last_published, json_object('d', docs), titles, matches),
       json_array(entity),
       -- the first 10 ids, as the cell shows them
       (SELECT json_group_array(CAST(value AS INTEGER)) FROM json_each('[' || replace(docs, ' ', ',') || ']')
         WHERE key < 10)
  FROM temp.report_repeated_facts;
INSERT INTO temp.html_rows
SELECT 'report_implied_rates', rowid,
       json_array(base, quote, month, statements, median, low, high, ecb, gap_percent),
       '[]', '[]'
  FROM temp.report_implied_rates;

-- columns: the names of the cells; rates: the columns that hold conversions, left out
-- (and said so) when no rates are loaded; needs_rates: the whole table is conversions;
-- nav: listed in the links at the top (the sections of one kind of amount are reached
-- from their overview, report_what).
DROP TABLE IF EXISTS temp.html_sections;
CREATE TEMP TABLE html_sections(ord REAL, section TEXT, heading TEXT, question TEXT,
                                columns TEXT, rates TEXT, needs_rates INTEGER, nav INTEGER);
INSERT INTO temp.html_sections VALUES
  (1, 'report_commitments_converted', 'Investment commitments per entity and year, converted',
   'Which organisation committed how much investment, for which year, in one currency? Only the amounts the text calls an investment (what = ''investment''): revenue, funding, fines and the other kinds are in their own tables below, never added in. (sql/reports/commitments.sql; empty total: an amount without a rate)',
   json_array('entity', 'year', 'amounts', 'currencies', 'total', 'target', 'unconverted'),
   '[]', 1, 1),
  (2, 'report_commitments', 'Investment commitments per entity, year and currency',
   'The same investment commitments in the currencies the articles state.',
   json_array('entity', 'year', 'currency', 'amounts', 'mentions', 'total', 'converted', 'target'),
   json_array('converted', 'target'), 0, 1),
  (3, 'report_what', 'Amounts by kind',
   'What are the amounts: investment, revenue, funding, fines …? How many of each kind (what), in how many articles, for how many entities. The investments with an entity and a year are the commitments above; every other kind has its own table below, summed apart: a fine is never added to funding. (sql/reports/amounts_by_what.sql)',
   json_array('what', 'amounts', 'articles', 'entities', 'with_year', 'currencies'), '[]', 0, 1),
  (4, 'report_largest_amounts', 'Largest amounts',
   'What are the largest amounts, in which sentence of which article? Amounts that convert into the target currency are ranked together (ranked_in: that currency); the others within their own currency, never with a guessed rate. Each amount links to its article. (sql/reports/largest_amounts.sql)',
   json_array('ranked_in', 'rank', 'amount', 'currency', 'converted', 'match', 'entity', 'what',
              'doc', 'published', 'title', 'sentence'),
   json_array('converted'), 0, 1),
  (5, 'report_entities_together', 'Entities named together',
   'Which entities are named in the same articles, and how often in the same sentence? (sql/reports/entities_together.sql)',
   json_array('first', 'first_kind', 'second', 'second_kind', 'articles', 'sentences', 'docs'),
   '[]', 0, 1),
  (6, 'report_repeated_facts', 'Facts repeated across articles',
   'Which facts (entity, amount, currency, year) do several articles state? (sql/reports/repeated_facts.sql)',
   json_array('entity', 'year', 'amount', 'currency', 'articles', 'first_published',
              'last_published', 'docs', 'titles', 'matches'), '[]', 0, 1),
  (7, 'report_implied_rates', 'Exchange rates the articles imply',
   'Which exchange rates do the articles state by giving one amount in two currencies, per month, and how far are they from the ECB''s? (sql/reports/implied_rates.sql)',
   json_array('base', 'quote', 'month', 'statements', 'median', 'low', 'high', 'ecb', 'gap_percent'),
   json_array('ecb', 'gap_percent'), 0, 1);
-- One section per kind of amount other than investment, in report_what's order (between
-- the overview and the largest amounts): its heading, and what its counterparty is.
WITH labels(what, heading, question) AS (VALUES
  ('revenue', 'Revenue', 'Whose revenue (sales, turnover), how much, for which year? Counterparty: the customer, when the text names one.'),
  ('profit', 'Profit and loss', 'Whose profit or loss, how much, for which year?'),
  ('funding', 'Funding raised', 'Who raised how much, from whom, for which year? Counterparty: the investor.'),
  ('valuation', 'Valuations', 'Who is valued at how much, for which year?'),
  ('acquisition', 'Acquisitions', 'Who bought what for how much, for which year? Counterparty: the company bought.'),
  ('fine', 'Fines', 'Who was fined how much, by whom, for which year? Counterparty: the authority that fined.'),
  ('pay', 'Pay', 'Whose pay, how much, for which year?'),
  ('budget', 'Budgets and public aid', 'Which budget or public aid, how much, for which year?'),
  ('debt', 'Debt', 'Who borrowed or issued how much, for which year?'),
  ('market', 'Markets', 'Totals over many (a market, a sector, a country''s spending): how much, for which year?'),
  ('price', 'Prices', 'The price of what, how much?'),
  ('wealth', 'Wealth', 'Whose fortune, how much?')
)
INSERT INTO temp.html_sections
SELECT 3 + w.rowid * 0.01,
       CASE WHEN w.what NOT GLOB '*[^a-z_]*' THEN 'what-' || w.what
            ELSE 'what-x' || lower(hex(w.what)) END,
       coalesce(l.heading, replace(replace(replace(w.what, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'))
         || ' (what = ''' || replace(replace(replace(w.what, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
         || ''')',
       coalesce(l.question, 'The amounts of this kind, per entity, counterparty and year.')
         || ' Summed per entity, counterparty, year and currency; the same fact stated in several articles counts once. (sql/reports/amounts_by_what.sql)',
       json_array('entity', 'counterparty', 'year', 'currency', 'amounts', 'mentions', 'total',
                  'converted', 'target'),
       json_array('converted', 'target'), 0, 0
  FROM temp.report_what AS w LEFT JOIN labels AS l USING (what)
 WHERE w.what IS NOT NULL AND w.what <> 'investment';

-- --- the entities and the articles the page links to ------------------------------------
-- Each entity once per article, with the kind it is named as most there.
DROP TABLE IF EXISTS temp.html_names;
CREATE TEMP TABLE html_names AS
SELECT doc, name, max(entity_kind) AS kind
  FROM article_facts WHERE kind = 'entity' AND name IS NOT NULL
 GROUP BY doc, name;
CREATE INDEX temp.html_names_name ON html_names(name, doc);
CREATE INDEX temp.html_names_doc ON html_names(doc);

-- The entities with a section: those the shown rows name (each table shows 100), the 20
-- named in most articles, and those of the investment chart.
DROP TABLE IF EXISTS temp.html_entities;
CREATE TEMP TABLE html_entities(name TEXT PRIMARY KEY, anchor TEXT, kind TEXT, articles INTEGER,
                                amounts INTEGER);
INSERT OR IGNORE INTO temp.html_entities(name)
SELECT DISTINCT j.value FROM temp.html_rows AS r, json_each(r.ents) AS j
 WHERE r.n <= 100 AND j.type = 'text';
INSERT OR IGNORE INTO temp.html_entities(name)
SELECT name FROM temp.html_names WHERE kind <> 'unknown'
 GROUP BY name ORDER BY count(*) DESC, name LIMIT 20;
-- and the entities of the investment chart (its 15 largest sums, as chart 1 ranks them)
INSERT OR IGNORE INTO temp.html_entities(name)
SELECT entity FROM (
  SELECT f.entity, CASE WHEN p.has_rates THEN f.converted
                        WHEN f.currency = p.chart_currency THEN f.value END AS v
    FROM temp.report_commitment_facts AS f, temp.html_params AS p
   WHERE (p.has_rates AND f.main_leg) OR (NOT p.has_rates AND f.currency = p.chart_currency))
 WHERE v > 0 GROUP BY entity ORDER BY sum(v) DESC, entity LIMIT 15;
UPDATE temp.html_entities
   SET anchor = 'ent-' || lower(hex(name)),
       kind = coalesce((SELECT kind FROM temp.html_names AS n WHERE n.name = html_entities.name
                         GROUP BY kind ORDER BY count(*) DESC, kind LIMIT 1),
                       (SELECT entity_kind FROM article_facts AS f
                         WHERE f.kind = 'money' AND f.entity = html_entities.name
                           AND f.entity_kind IS NOT NULL LIMIT 1)),
       articles = (SELECT count(*) FROM (SELECT doc FROM temp.html_names AS n
                                          WHERE n.name = html_entities.name
                                         UNION
                                         SELECT doc FROM article_facts AS f
                                          WHERE f.kind = 'money' AND f.entity = html_entities.name)),
       amounts = (SELECT count(*) FROM article_facts AS f
                   WHERE f.kind = 'money' AND f.entity = html_entities.name);

-- Their amounts by what and year: the same fact (what, year, currency, amount) stated in
-- several articles counts once, converted at the earliest article's date.
DROP TABLE IF EXISTS temp.html_entity_amounts;
CREATE TEMP TABLE html_entity_amounts AS
WITH facts AS (
  SELECT f.entity AS name, f.what, f.year, f.currency, coalesce(f.amount, f.high) AS value,
         count(DISTINCT f.doc) AS articles, min(date(a.published)) AS day
    FROM article_facts AS f JOIN articles AS a ON a.id = f.doc
   WHERE f.kind = 'money' AND f.currency IS NOT NULL AND coalesce(f.amount, f.high) IS NOT NULL
     AND f.entity IN (SELECT name FROM temp.html_entities)
   GROUP BY f.entity, f.what, f.year, f.currency, coalesce(f.amount, f.high)
)
SELECT x.name, x.what, x.year, x.currency, count(*) AS amounts, sum(x.articles) AS mentions,
       sum(x.value) AS total,
       CASE WHEN count(*) = count(CASE WHEN x.currency = p.target THEN x.value
                                       WHEN p.has_rates AND x.day IS NOT NULL
                                       THEN money_convert(x.value, x.currency, p.target, x.day) END)
            THEN sum(CASE WHEN x.currency = p.target THEN x.value
                          WHEN p.has_rates AND x.day IS NOT NULL
                          THEN money_convert(x.value, x.currency, p.target, x.day) END) END
         AS converted,
       p.target
  FROM facts AS x, temp.html_params AS p
 GROUP BY x.name, x.what, x.year, x.currency;

-- Their articles, newest first (the page lists 10), and the entities named with them in
-- the same articles (the page lists 10).
DROP TABLE IF EXISTS temp.html_entity_articles;
CREATE TEMP TABLE html_entity_articles AS
SELECT name, doc, n FROM (
  SELECT d.name, d.doc, row_number() OVER (PARTITION BY d.name ORDER BY a.published DESC, d.doc DESC) AS n
    FROM (SELECT n.name, n.doc FROM temp.html_names AS n JOIN temp.html_entities USING (name)
          UNION
          SELECT f.entity, f.doc FROM article_facts AS f JOIN temp.html_entities AS e ON e.name = f.entity
           WHERE f.kind = 'money') AS d
    JOIN articles AS a ON a.id = d.doc)
 WHERE n <= 10;
DROP TABLE IF EXISTS temp.html_entity_with;
CREATE TEMP TABLE html_entity_with AS
SELECT name, other, articles, n FROM (
  SELECT x.name, y.name AS other, count(*) AS articles,
         row_number() OVER (PARTITION BY x.name ORDER BY count(*) DESC, y.name) AS n
    FROM temp.html_names AS x JOIN temp.html_entities AS e ON e.name = x.name
    JOIN temp.html_names AS y ON y.doc = x.doc AND y.name <> x.name AND y.kind <> 'unknown'
   GROUP BY x.name, y.name)
 WHERE n <= 10;

-- The articles the page links to: the ids in the shown rows, and the entities' articles.
DROP TABLE IF EXISTS temp.html_docs;
CREATE TEMP TABLE html_docs(doc INTEGER PRIMARY KEY);
INSERT OR IGNORE INTO temp.html_docs
SELECT j.value FROM temp.html_rows AS r, json_each(r.docs) AS j WHERE r.n <= 100;
INSERT OR IGNORE INTO temp.html_docs SELECT doc FROM temp.html_entity_articles;

-- --- the page ------------------------------------------------------------------------
SELECT '<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>textfacts report</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
       margin: 2em auto; max-width: 1150px; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; padding-bottom: .2em; }
h3 { font-size: 1.05em; margin: 1.6em 0 .3em; }
h3 .kind { font-weight: normal; color: #777; font-size: .85em; }
p.question, p.caption, p.meta { color: #555; margin: .3em 0 .8em; }
p.rates { color: #8a5a00; }
table { border-collapse: collapse; font-size: 12.5px; width: 100%; }
th, td { border: 1px solid #ddd; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
th.sortable { cursor: pointer; }
th[aria-sort=ascending]::after { content: " \25B2"; }
th[aria-sort=descending]::after { content: " \25BC"; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr:nth-child(even) td { background: #fafafa; }
tr:target td, section:target h3 { background: #fff3bf; }
a { color: #1d5fa7; }
input.filter { margin: .2em 0 .4em; padding: 2px 6px; width: 18em; font: inherit; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 11px system-ui, sans-serif; fill: #333; }
svg .axis { stroke: #999; stroke-width: 1; }
nav a { margin-right: 1em; }
p.index a { margin-right: .8em; white-space: nowrap; }
</style>
</head>
<body>
<h1>textfacts report</h1>';

SELECT printf('<p class="meta">%d articles (%s to %s), %d amounts, %d entity mentions. %s</p>',
              (SELECT count(*) FROM articles),
              coalesce((SELECT min(date(published)) FROM articles), '?'),
              coalesce((SELECT max(date(published)) FROM articles), '?'),
              (SELECT count(*) FROM article_facts WHERE kind = 'money'),
              (SELECT count(*) FROM article_facts WHERE kind = 'entity'),
              CASE WHEN p.has_rates THEN
                printf('Exchange rates from textfacts_rates: %d of the %d amounts converted into %s at their article''s date.',
                       (SELECT count(charted) FROM temp.html_amounts),
                       (SELECT count(*) FROM temp.html_amounts), p.chart_currency)
              ELSE 'No exchange rates loaded (sql/import_ecb_rates.sql): nothing is converted, and the tables leave out their converted columns.' END)
  FROM temp.html_params AS p;

SELECT '<nav><a href="#chart-commitments">Investment chart</a><a href="#chart-months">Amounts by month</a>'
       || group_concat(printf('<a href="#%s">%s</a>', section, heading), '')
       || '<a href="#entities">Entities</a><a href="#articles">Articles</a></nav>'
  FROM (SELECT section, heading FROM temp.html_sections WHERE nav ORDER BY ord);

-- --- chart 1: investment commitments per entity and year, a heatmap ----------------------
SELECT '<h2 id="chart-commitments">Investment commitments per entity and year</h2>';
WITH p AS (SELECT * FROM temp.html_params),
facts AS (   -- the commitment facts of sql/reports/commitments.sql, in the chart currency
  SELECT f.entity, f.year,
         CASE WHEN p.has_rates THEN f.converted
              WHEN f.currency = p.chart_currency THEN f.value END AS v
    FROM temp.report_commitment_facts AS f, p
   WHERE (p.has_rates AND f.main_leg) OR (NOT p.has_rates AND f.currency = p.chart_currency)
),
cells AS (SELECT entity, year, sum(v) AS v FROM facts WHERE v > 0 GROUP BY entity, year),
entities AS (
  SELECT entity, row_number() OVER (ORDER BY sum(v) DESC, entity) AS erank
    FROM cells GROUP BY entity ORDER BY erank LIMIT 15
),
years AS (
  SELECT year, row_number() OVER (ORDER BY year) - 1 AS yrank
    FROM (SELECT DISTINCT c.year FROM cells AS c JOIN entities AS e USING (entity))
),
dims AS (
  SELECT (SELECT count(*) FROM years) AS ny, (SELECT count(*) FROM entities) AS ne,
         (SELECT max(c.v) FROM cells AS c JOIN entities AS e USING (entity)) AS vmax,
         min(80.0, 880.0 / max(1, (SELECT count(*) FROM years))) AS w
),
geometry AS (   -- t: the share of the largest cell, on a square-root scale
  SELECT c.entity, c.year, c.v, e.erank, y.yrank, d.w, sqrt(c.v / d.vmax) AS t
    FROM cells AS c JOIN entities AS e USING (entity) JOIN years AS y USING (year), dims AS d
),
legend AS (     -- five swatches: the values at t = 0, 0.25, … 1
  SELECT k, k / 4.0 AS t, (SELECT vmax FROM dims) * (k / 4.0) * (k / 4.0) AS v
    FROM (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4)
),
height AS (SELECT 40 + ne * 24 + 56 AS h FROM dims)
SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM geometry)
  THEN '<p class="caption">No investment commitment (an amount the text calls an investment, with its entity and year) in '
       || (SELECT chart_currency FROM p) || '.</p>'
  ELSE
  printf('<p class="caption">Sum of the investment commitments (only the amounts the text calls an investment: what = ''investment''; revenue, funding, fines … are left out) of the %d largest entities, in %s%s; one row per entity, one column per year the commitments are for, darker for more (the scale below). Hover a cell for its sum; click a name for its section.</p>',
         (SELECT count(*) FROM entities), (SELECT chart_currency FROM p),
         CASE WHEN (SELECT has_rates FROM p)
              THEN ' (converted at each article''s date; amounts without a rate are left out)'
              ELSE printf(' (no rates loaded: only the amounts stated in %s; %d in other currencies left out)',
                          (SELECT chart_currency FROM p),
                          (SELECT count(*) FROM temp.report_commitment_facts
                            WHERE currency <> (SELECT chart_currency FROM p))) END)
  || printf('<svg id="svg-commitments" xmlns="http://www.w3.org/2000/svg" width="1100" height="%d" viewBox="0 0 1100 %d" role="img" aria-label="Investment commitments per entity and year">',
            (SELECT h FROM height), (SELECT h FROM height))
  -- the years, above their columns
  || (SELECT group_concat(printf('<text x="%.1f" y="28" text-anchor="middle">%s</text>',
                                 200 + (yrank + 0.5) * (SELECT w FROM dims), year), '')
        FROM (SELECT * FROM years ORDER BY yrank))
  -- the entities, left of their rows, each a link to its section
  || (SELECT group_concat(printf('<a href="#ent-%s"><text x="192" y="%d" text-anchor="end">%s</text></a>',
                                 lower(hex(entity)), 40 + (erank - 1) * 24 + 15,
                                 replace(replace(replace(replace(
                                   CASE WHEN length(entity) > 30 THEN substr(entity, 1, 29) || '…' ELSE entity END,
                                   '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')), '')
        FROM (SELECT * FROM entities ORDER BY erank))
  -- the cells
  || (SELECT group_concat(
        printf('<rect class="cell" x="%.1f" y="%d" width="%.1f" height="22" fill="#%02x%02x%02x"><title>%s, %s: %s %s</title></rect>',
               200 + yrank * w, 40 + (erank - 1) * 24, w - 2,
               CAST(222 - t * 214 AS INTEGER), CAST(235 - t * 187 AS INTEGER), CAST(247 - t * 140 AS INTEGER),
               replace(replace(replace(replace(entity, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
               year, printf('%,d', CAST(round(v) AS INTEGER)), (SELECT chart_currency FROM p))
        || CASE WHEN w >= 46 THEN
             printf('<text x="%.1f" y="%d" text-anchor="middle" style="fill:%s">%s</text>',
                    200 + (yrank + 0.5) * w - 1, 40 + (erank - 1) * 24 + 15,
                    CASE WHEN t > 0.55 THEN '#fff' ELSE '#222' END,
                    CASE WHEN v >= 1e9 THEN printf('%.1f bn', v / 1e9)
                         WHEN v >= 1e6 THEN printf('%.0f M', v / 1e6)
                         ELSE printf('%.2f M', v / 1e6) END)
           ELSE '' END, '')
        FROM (SELECT * FROM geometry ORDER BY erank, yrank))
  -- the scale
  || (SELECT printf('<text x="200" y="%d">%s, square-root scale:</text>', h - 22, (SELECT chart_currency FROM p))
        FROM height)
  || (SELECT group_concat(printf('<rect class="legend" x="%d" y="%d" width="22" height="14" fill="#%02x%02x%02x" stroke="#ccc"/><text x="%d" y="%d">%s</text>',
                                 420 + k * 120, h - 33,
                                 CAST(222 - t * 214 AS INTEGER), CAST(235 - t * 187 AS INTEGER), CAST(247 - t * 140 AS INTEGER),
                                 448 + k * 120, h - 22,
                                 CASE WHEN v >= 1e9 THEN printf('%.1f bn', v / 1e9)
                                      WHEN v >= 1e6 THEN printf('%.1f M', v / 1e6)
                                      ELSE printf('%,d', CAST(round(v) AS INTEGER)) END), '')
        FROM (SELECT * FROM legend ORDER BY k), height)
  || '</svg>'
  END;

-- --- chart 2: amounts by month of publication -----------------------------------------
-- Past 24 months the bars carry no figures and one month in k is named (k: at most 12
-- names), so that labels never overlap; each bar's title has its figures.
SELECT '<h2 id="chart-months">Amounts by month of publication</h2>';
WITH RECURSIVE p AS (SELECT * FROM temp.html_params),
data AS (
  SELECT substr(day, 1, 7) AS month, sum(charted) AS v, count(charted) AS n
    FROM temp.html_amounts WHERE day IS NOT NULL AND charted IS NOT NULL GROUP BY month
),
months(month, i) AS (
  SELECT min(month), 0 FROM data
  UNION ALL
  SELECT strftime('%Y-%m', month || '-01', '+1 month'), i + 1 FROM months
   WHERE month < (SELECT max(month) FROM data)
),
series AS (
  SELECT m.month, m.i, coalesce(d.v, 0) AS v, coalesce(d.n, 0) AS n
    FROM months AS m LEFT JOIN data AS d USING (month) WHERE m.month IS NOT NULL
),
geometry AS (
  SELECT *, (SELECT count(*) FROM series) AS months, (SELECT max(v) FROM series) AS vmax,
         1000.0 / (SELECT count(*) FROM series) AS step,
         ((SELECT count(*) FROM series) + 11) / 12 AS every
    FROM series
)
SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM data)
  THEN '<p class="caption">No dated amount in ' || (SELECT chart_currency FROM p) || '.</p>'
  ELSE
  printf('<p class="caption">Sum of the amounts stated in the articles of each month, in %s%s. An amount repeated in one article counts once; %s</p>',
         (SELECT chart_currency FROM p),
         CASE WHEN (SELECT has_rates FROM p)
              THEN printf(' (converted at each article''s date; %d amounts without a rate or date left out)',
                          (SELECT count(*) FROM temp.html_amounts WHERE charted IS NULL OR day IS NULL))
              ELSE printf(' (no rates loaded: only the amounts stated in %s; %d others left out)',
                          (SELECT chart_currency FROM p),
                          (SELECT count(*) FROM temp.html_amounts WHERE charted IS NULL OR day IS NULL)) END,
         CASE WHEN (SELECT count(*) FROM series) <= 24
              THEN 'the grey figure under a month is the number of amounts.'
              ELSE 'hover a bar for its sum and number of amounts.' END)
  || '<svg id="svg-months" xmlns="http://www.w3.org/2000/svg" width="1100" height="330" viewBox="0 0 1100 330" role="img" aria-label="Amounts by month">'
  || '<line class="axis" x1="60" y1="270" x2="1080" y2="270"/>'
  || (SELECT group_concat(
        CASE WHEN v > 0 THEN
          printf('<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#4e79a7"><title>%s: %s %s, %d amounts</title></rect>',
                 70 + i * step + step * 0.15, 270 - max(1.0, 220.0 * v / vmax), step * 0.7,
                 max(1.0, 220.0 * v / vmax), month, printf('%,d', CAST(round(v) AS INTEGER)),
                 (SELECT chart_currency FROM p), n)
          || CASE WHEN months <= 24 THEN
               printf('<text x="%.1f" y="%.1f" text-anchor="middle">%s</text>',
                      70 + i * step + step * 0.5, 264 - max(1.0, 220.0 * v / vmax),
                      CASE WHEN v >= 1e9 THEN printf('%.1f bn', v / 1e9) ELSE printf('%.1f M', v / 1e6) END)
             ELSE '' END
        ELSE '' END
        || CASE WHEN i % every = 0 THEN
             printf('<text x="%.1f" y="286" text-anchor="middle">%s</text>', 70 + i * step + step * 0.5, month)
           ELSE '' END
        || CASE WHEN months <= 24 THEN
             printf('<text x="%.1f" y="300" text-anchor="middle" style="fill:#777">%d</text>',
                    70 + i * step + step * 0.5, n)
           ELSE '' END, '')
        FROM (SELECT * FROM geometry ORDER BY i))
  || '</svg>'
  END;

-- --- the tables ---------------------------------------------------------------------
-- dropped: the columns left out for want of rates (html_sections.rates when none loaded).
SELECT printf('<h2 id="%s">%s</h2>
<p class="question">%s</p>', s.section, s.heading,
              replace(replace(replace(s.question, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'))
       || CASE WHEN s.needs_rates AND NOT p.has_rates
          THEN '<p class="caption rates">This table needs exchange rates, and none are loaded: load the ECB''s with sql/import_ecb_rates.sql, then make the report again. The next table gives the same commitments in the currencies the articles state.</p>'
          WHEN NOT EXISTS (SELECT 1 FROM temp.html_rows AS r WHERE r.section = s.section)
          THEN '<p class="caption">(no rows)</p>'
          ELSE CASE WHEN NOT p.has_rates AND json_array_length(s.rates) > 0
                    THEN printf('<p class="caption rates">No exchange rates loaded: the column%s %s, which would convert the amounts, %s left out (sql/import_ecb_rates.sql loads rates).</p>',
                                CASE WHEN json_array_length(s.rates) > 1 THEN 's' ELSE '' END,
                                (SELECT group_concat(value, ' and ') FROM json_each(s.rates)),
                                CASE WHEN json_array_length(s.rates) > 1 THEN 'are' ELSE 'is' END)
                    ELSE '' END
            || '<table class="t"><thead><tr>'
            || (SELECT group_concat('<th>' || value || '</th>', '')
                  FROM (SELECT value FROM json_each(s.columns)
                         WHERE p.has_rates OR value NOT IN (SELECT value FROM json_each(s.rates))
                         ORDER BY key))
            || '</tr></thead><tbody>' || char(10)
            || (SELECT group_concat('<tr>' || (
                   SELECT group_concat(cell, '') FROM (
                     SELECT CASE
                       WHEN j.type = 'object' AND json_type(j.value, '$.e') IS NOT NULL THEN
                         CASE WHEN j.value ->> 'e' IS NULL THEN '<td></td>'
                              ELSE '<td><a href="#ent-' || lower(hex(j.value ->> 'e')) || '">'
                                   || replace(replace(replace(replace(j.value ->> 'e',
                                        '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')
                                   || '</a></td>' END
                       WHEN j.type = 'object' AND j.value ->> 'h' IS NOT NULL THEN
                         '<td><a href="' || replace(replace(replace(replace(j.value ->> 'h',
                              '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') || '">'
                         || replace(replace(replace(replace(coalesce(j.value ->> 't', ''),
                              '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') || '</a></td>'
                       WHEN j.type = 'object' AND j.value ->> 'd' IS NOT NULL THEN
                         '<td>' || (SELECT group_concat('<a href="#art-' || d.value || '">' || d.value || '</a>', ' ')
                                      FROM (SELECT CAST(value AS INTEGER) AS value
                                              FROM json_each('[' || replace(j.value ->> 'd', ' ', ',') || ']')
                                             WHERE key < 10 ORDER BY key) AS d)
                         || CASE WHEN json_array_length('[' || replace(j.value ->> 'd', ' ', ',') || ']') > 10
                                 THEN ' …' ELSE '' END || '</td>'
                       WHEN j.type = 'object' THEN '<td></td>'
                       WHEN j.type IN ('integer', 'real') THEN
                         '<td class="n">' || CASE WHEN j.type = 'real' AND abs(j.value) >= 1000
                                                  THEN printf('%,d', CAST(round(j.value) AS INTEGER))
                                                  ELSE j.value END || '</td>'
                       ELSE '<td>' || replace(replace(replace(replace(coalesce(j.value, ''),
                                        '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') || '</td>'
                       END AS cell
                       FROM json_each(r.cells) AS j
                      WHERE p.has_rates
                         OR (SELECT c.value FROM json_each(s.columns) AS c WHERE c.key = j.key)
                            NOT IN (SELECT value FROM json_each(s.rates))
                      ORDER BY j.key)) || '</tr>', char(10))
                  FROM (SELECT cells FROM temp.html_rows AS r
                         WHERE r.section = s.section ORDER BY n LIMIT 100) AS r)
            || char(10) || '</tbody></table>'
            -- a page stays readable on a large corpus: the first 100 rows of each table
            || (SELECT CASE WHEN count(*) > 100
                            THEN printf('<p class="caption">The first 100 of %,d rows; the script named above lists them all.</p>', count(*))
                            ELSE '' END
                  FROM temp.html_rows AS r WHERE r.section = s.section)
          END
  FROM temp.html_sections AS s, temp.html_params AS p
 ORDER BY s.ord;

-- --- one section per entity ------------------------------------------------------------
SELECT '<h2 id="entities">Entities</h2>
<p class="question">Each entity the tables above name, and the 20 named in most articles: its amounts by kind (what) and year, its latest articles, the entities named in the same articles. The same fact (what, year, currency, amount) stated in several articles counts once.</p>
<p class="index">' || group_concat(printf('<a href="#%s">%s</a>', anchor,
                      replace(replace(replace(replace(name, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')), ' ')
       || '</p>'
  FROM (SELECT * FROM temp.html_entities ORDER BY name);
SELECT printf('<section class="entity" id="%s"><h3>%s <span class="kind">%s</span></h3>', e.anchor,
              replace(replace(replace(replace(e.name, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
              coalesce(e.kind, ''))
       || printf('<p class="meta">Named in %,d article%s; %,d amount%s of its own.</p>',
                 e.articles, CASE WHEN e.articles = 1 THEN '' ELSE 's' END,
                 e.amounts, CASE WHEN e.amounts = 1 THEN '' ELSE 's' END)
       || CASE WHEN NOT EXISTS (SELECT 1 FROM temp.html_entity_amounts AS x WHERE x.name = e.name)
          THEN ''
          ELSE '<table class="t"><thead><tr><th>what</th><th>year</th><th>currency</th><th>amounts</th><th>mentions</th><th>total</th>'
               || CASE WHEN p.has_rates THEN '<th>converted</th><th>target</th>' ELSE '' END
               || '</tr></thead><tbody>'
               || (SELECT group_concat(printf('<tr><td>%s</td><td class="n">%s</td><td>%s</td><td class="n">%d</td><td class="n">%d</td><td class="n">%s</td>%s</tr>',
                                              replace(replace(replace(coalesce(x.what, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                                              coalesce(x.year, ''), x.currency,
                                              x.amounts, x.mentions,
                                              CASE WHEN x.total >= 1e9 THEN printf('%.2f bn', x.total / 1e9)
                                                   WHEN x.total >= 1e6 THEN printf('%.1f M', x.total / 1e6)
                                                   ELSE printf('%,d', CAST(round(x.total) AS INTEGER)) END,
                                              CASE WHEN NOT p.has_rates THEN ''
                                                   ELSE printf('<td class="n">%s</td><td>%s</td>',
                                                     CASE WHEN x.converted IS NULL THEN ''
                                                          WHEN x.converted >= 1e9 THEN printf('%.2f bn', x.converted / 1e9)
                                                          WHEN x.converted >= 1e6 THEN printf('%.1f M', x.converted / 1e6)
                                                          ELSE printf('%,d', CAST(round(x.converted) AS INTEGER)) END,
                                                     x.target) END), char(10))
                     FROM (SELECT * FROM temp.html_entity_amounts AS x WHERE x.name = e.name
                            ORDER BY x.what IS NULL, x.what, x.year IS NULL, x.year, x.currency
                            LIMIT 30) AS x)
               || '</tbody></table>'
          END
       || coalesce('<p><b>Latest articles</b>: ' || (
            SELECT group_concat(printf('<a href="#art-%d">%s</a>%s', a.id,
                                       replace(replace(replace(replace(coalesce(a.title, '#' || a.id),
                                         '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
                                       coalesce(' (' || date(a.published) || ')', '')), '; ')
              FROM (SELECT doc FROM temp.html_entity_articles AS x WHERE x.name = e.name ORDER BY n) AS x
              JOIN articles AS a ON a.id = x.doc) || '</p>', '')
       || coalesce('<p><b>Named with</b>: ' || (
            SELECT group_concat(
                     CASE WHEN o.anchor IS NOT NULL
                          THEN printf('<a href="#%s">%s</a>', o.anchor,
                                 replace(replace(replace(replace(w.other, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'))
                          ELSE replace(replace(replace(replace(w.other, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') END
                     || printf(' (%d)', w.articles), ', ')
              FROM (SELECT * FROM temp.html_entity_with AS x WHERE x.name = e.name ORDER BY n) AS w
              LEFT JOIN temp.html_entities AS o ON o.name = w.other) || ' (articles in common)</p>', '')
       || '</section>'
  FROM temp.html_entities AS e, temp.html_params AS p
 ORDER BY e.name;

-- --- the articles the page links to ----------------------------------------------------
SELECT '<h2 id="articles">Articles</h2>
<p class="question">The articles the tables and the entities link to (' || (SELECT count(*) FROM temp.html_docs)
       || ' of ' || (SELECT count(*) FROM articles) || '); the title links to the article where its URL is known.</p>
<table class="t"><thead><tr><th>id</th><th>published</th><th>title</th><th>source</th><th>lang</th></tr></thead><tbody>';
SELECT printf('<tr id="art-%d"><td class="n">%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>',
              a.id, a.id, coalesce(date(a.published), ''),
              CASE WHEN lower(a.url) GLOB 'http://*' OR lower(a.url) GLOB 'https://*'
                   THEN '<a href="' || replace(replace(replace(replace(a.url, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')
                        || '">' || replace(replace(replace(replace(coalesce(a.title, a.url), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') || '</a>'
                   ELSE replace(replace(replace(replace(coalesce(a.title, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') END,
              replace(replace(replace(replace(coalesce(a.source, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
              replace(replace(replace(replace(coalesce(a.lang, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'))
  FROM temp.html_docs AS d JOIN articles AS a ON a.id = d.doc
 ORDER BY a.id;
SELECT '</tbody></table>';

-- Sorting and filtering: added by the script, so that the page reads the same without it.
SELECT '<script>
(function () {
  "use strict";
  // "1,234", "-5.5", "12.34 bn", "3.1 M": numbers; anything else: text
  function num(s) {
    var m = /^\s*(-?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(bn|M)?\s*$/.exec(s);
    if (!m) return null;
    var v = parseFloat(m[1].replace(/,/g, ""));
    return m[2] === "bn" ? v * 1e9 : m[2] === "M" ? v * 1e6 : v;
  }
  function text(row, c) { return row.cells[c] ? row.cells[c].textContent.trim() : ""; }
  Array.prototype.forEach.call(document.querySelectorAll("table.t"), function (table) {
    var body = table.tBodies[0], head = table.tHead && table.tHead.rows[0];
    if (!body || !head) return;
    var input = document.createElement("input");
    input.type = "search";
    input.className = "filter";
    input.placeholder = "Filter these rows";
    input.setAttribute("aria-label", "Filter the rows of this table");
    table.parentNode.insertBefore(input, table);
    input.addEventListener("input", function () {
      var q = input.value.toLowerCase();
      Array.prototype.forEach.call(body.rows, function (r) {
        r.hidden = q !== "" && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
    Array.prototype.forEach.call(head.cells, function (th, c) {
      th.tabIndex = 0;
      th.className = "sortable";
      th.title = "Sort by this column";
      function sort() {
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        Array.prototype.forEach.call(head.cells, function (o) { o.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = text(a, c), y = text(b, c);
          if (x === "" || y === "") return (x === "") - (y === "");   // empty cells last
          var nx = num(x), ny = num(y);
          if (nx !== null && ny !== null) return dir * (nx - ny);
          return dir * x.localeCompare(y);
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") sort(); });
    });
  });
})();
</script>';

SELECT printf('<p class="meta">Generated by textfacts %s with SQLite %s on %s UTC, from sql/report_html.sql.</p>
</body>
</html>', textfacts_version(), sqlite_version(), datetime('now'));

DROP TABLE temp.html_docs;
DROP TABLE temp.html_entity_with;
DROP TABLE temp.html_entity_articles;
DROP TABLE temp.html_entity_amounts;
DROP TABLE temp.html_entities;
DROP TABLE temp.html_names;
DROP TABLE temp.html_sections;
DROP TABLE temp.html_rows;
DROP TABLE temp.html_amounts;
DROP TABLE temp.html_params;
