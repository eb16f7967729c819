-- report_html.sql — one self-contained HTML page (inline CSS and SVG, no JavaScript,
-- nothing fetched) with the reports of sql/reports/ and two bar charts, written by the
-- sqlite3 shell alone:
--
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' < sql/report_html.sql > report.html
--   (or: make report DB=corpus.db; optional -cmd '.parameter set :currency USD')
--
-- Run it from the repository's root: it reads sql/implied_rates.sql (which creates the
-- view textfacts_implied_rates in the database when missing) and sql/reports/*.sql, whose
-- result tables (temp.report_*) it turns into HTML tables: the investment commitments
-- (what = 'investment' only), then one table per other kind of amount (revenue, funding,
-- fines, …: sql/reports/amounts_by_what.sql), each summed apart, then the others. The
-- charts:
--   1. investment commitments per entity and year (the 12 largest entities, one bar per
--      year);
--   2. the amounts stated, by month of publication (every month from the first to the
--      last, empty ones included).
-- Both in one currency: :currency (default EUR) when textfacts_rates is loaded, every
-- amount converted with money_convert() at its article's date; without rates, only the
-- amounts stated in the currency the corpus uses most, never converted by a guess. The
-- caption of each chart says which, and how many amounts it leaves out.
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
-- arrays (the column names come from the table itself, or from html_sections.columns for
-- the sections of one kind of amount, whose rows come from temp.report_amounts_by_what).
DROP TABLE IF EXISTS temp.html_rows;
CREATE TEMP TABLE html_rows(section TEXT, n INTEGER, cells TEXT);
INSERT INTO temp.html_rows
SELECT 'report_commitments_converted', rowid,
       json_array(entity, year, amounts, currencies, total, target, unconverted)
  FROM temp.report_commitments_converted;
INSERT INTO temp.html_rows
SELECT 'report_commitments', rowid,
       json_array(entity, year, currency, amounts, mentions, total, converted, target)
  FROM temp.report_commitments;
INSERT INTO temp.html_rows
SELECT 'report_what', rowid,
       json_array(coalesce(what, '(nothing says)'), amounts, articles, entities, with_year,
                  currencies)
  FROM temp.report_what;
INSERT INTO temp.html_rows
SELECT CASE WHEN what NOT GLOB '*[^a-z_]*' THEN 'what-' || what
            ELSE 'what-x' || lower(hex(what)) END, rowid,
       json_array(entity, counterparty, year, currency, amounts, mentions, total, converted,
                  target)
  FROM temp.report_amounts_by_what
 WHERE what <> 'investment';
INSERT INTO temp.html_rows
SELECT 'report_largest_amounts', rowid,
       json_array(ranked_in, rank, amount, currency, converted, match, entity, what, doc, published,
                  title, sentence)
  FROM temp.report_largest_amounts;
INSERT INTO temp.html_rows
SELECT 'report_entities_together', rowid,
       json_array(first, first_kind, second, second_kind, articles, sentences, docs)
  FROM temp.report_entities_together;
INSERT INTO temp.html_rows
SELECT 'report_repeated_facts', rowid,
       json_array(entity, year, amount, currency, articles, first_published, last_published,
                  docs, titles, matches)
  FROM temp.report_repeated_facts;
INSERT INTO temp.html_rows
SELECT 'report_implied_rates', rowid,
       json_array(base, quote, month, statements, median, low, high, ecb, gap_percent)
  FROM temp.report_implied_rates;

-- columns: NULL (the table's own) or a JSON array of the column names; nav: listed in
-- the links at the top (the sections of one kind of amount are reached from their
-- overview, report_what).
DROP TABLE IF EXISTS temp.html_sections;
CREATE TEMP TABLE html_sections(ord REAL, section TEXT, heading TEXT, question TEXT,
                                columns TEXT, nav INTEGER);
INSERT INTO temp.html_sections VALUES
  (1, 'report_commitments_converted', 'Investment commitments per entity and year, converted',
   'Which organisation committed how much investment, for which year, in one currency? Only the amounts the text calls an investment (what = ''investment''): revenue, funding, fines and the other kinds are in their own tables below, never added in. (sql/reports/commitments.sql; empty total: an amount without a rate)',
   NULL, 1),
  (2, 'report_commitments', 'Investment commitments per entity, year and currency',
   'The same investment commitments in the currencies the articles state.', NULL, 1),
  (3, 'report_what', 'Amounts by kind',
   'What are the amounts: investment, revenue, funding, fines …? How many of each kind (what), in how many articles, for how many entities. The investments with an entity and a year are the commitments above; every other kind has its own table below, summed apart: a fine is never added to funding. (sql/reports/amounts_by_what.sql)',
   NULL, 1),
  (20, 'report_largest_amounts', 'Largest amounts',
   'What are the largest amounts, of which kind, in which sentence of which article? Ranked together once converted, else within their own currency. (sql/reports/largest_amounts.sql)',
   NULL, 1),
  (21, 'report_entities_together', 'Entities named together',
   'Which entities are named in the same article or sentence, and how often? (sql/reports/entities_together.sql)',
   NULL, 1),
  (22, 'report_repeated_facts', 'Facts repeated across articles',
   'Which facts (entity, amount, currency, year) do several articles state? (sql/reports/repeated_facts.sql)',
   NULL, 1),
  (23, 'report_implied_rates', 'Exchange rates stated by the articles',
   'What rates do amounts stated in two currencies imply, per pair and month, beside the ECB''s? (sql/reports/implied_rates.sql)',
   NULL, 1);
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
       0
  FROM temp.report_what AS w LEFT JOIN labels AS l USING (what)
 WHERE w.what IS NOT NULL AND w.what <> 'investment';

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
p.question, p.caption, p.meta { color: #555; margin: .3em 0 .8em; }
table { border-collapse: collapse; font-size: 12.5px; width: 100%; }
th, td { border: 1px solid #ddd; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr:nth-child(even) td { background: #fafafa; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 11px system-ui, sans-serif; fill: #333; }
svg .axis { stroke: #999; stroke-width: 1; }
nav a { margin-right: 1em; }
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
              ELSE 'No exchange rates loaded (sql/import_ecb_rates.sql): nothing is converted.' END)
  FROM temp.html_params AS p;

SELECT '<nav><a href="#chart-commitments">Investment chart</a><a href="#chart-months">Amounts by month</a>'
       || group_concat(printf('<a href="#%s">%s</a>', section, heading), '') || '</nav>'
  FROM (SELECT section, heading FROM temp.html_sections WHERE nav ORDER BY ord);

-- --- chart 1: investment commitments per entity and year ------------------------------
SELECT '<h2 id="chart-commitments">Investment commitments per entity and year</h2>';
WITH p AS (SELECT * FROM temp.html_params),
facts AS (   -- the commitment facts of sql/reports/commitments.sql, in the chart currency
  SELECT f.entity, f.year,
         CASE WHEN p.has_rates THEN f.converted
              WHEN f.currency = p.chart_currency THEN f.value END AS v
    FROM temp.report_commitment_facts AS f, p
   WHERE (p.has_rates AND f.main_leg) OR (NOT p.has_rates AND f.currency = p.chart_currency)
),
cells AS (SELECT entity, year, sum(v) AS v FROM facts WHERE v IS NOT NULL GROUP BY entity, year),
entities AS (
  SELECT entity, row_number() OVER (ORDER BY sum(v) DESC, entity) AS erank
    FROM cells GROUP BY entity ORDER BY erank LIMIT 12
),
years AS (
  SELECT year, row_number() OVER (ORDER BY year) - 1 AS yrank
    FROM (SELECT DISTINCT c.year FROM cells AS c JOIN entities AS e USING (entity))
),
bars AS (
  SELECT c.entity, c.year, c.v, e.erank, y.yrank,
         row_number() OVER (ORDER BY e.erank, c.year) - 1 AS bar
    FROM cells AS c JOIN entities AS e USING (entity) JOIN years AS y USING (year)
),
geometry AS (
  SELECT *, 40 + bar * 16 + (erank - 1) * 12 AS y, (SELECT max(v) FROM bars) AS vmax,
         -- the color of a year: a fixed palette, repeated past ten years
         '#' || substr('4e79a7f28e2ce1575976b7b259a14fedc949af7aa1ff9da79c755fbab0ab',
                       1 + (yrank % 10) * 6, 6) AS color
    FROM bars
),
band AS (   -- one label per entity, centred on its bars
  SELECT entity, min(y) AS y0, max(y) + 14 AS y1 FROM geometry GROUP BY entity
),
height AS (SELECT coalesce(max(y), 0) + 40 AS h FROM geometry)
SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM geometry)
  THEN '<p class="caption">No investment commitment (an amount the text calls an investment, with its entity and year) in '
       || (SELECT chart_currency FROM p) || '.</p>'
  ELSE
  printf('<p class="caption">Sum of the investment commitments (only the amounts the text calls an investment: what = ''investment''; revenue, funding, fines … are left out) of the %d largest entities, in %s%s; one bar per year.</p>',
         (SELECT count(*) FROM entities), (SELECT chart_currency FROM p),
         CASE WHEN (SELECT has_rates FROM p)
              THEN ' (converted at each article''s date; amounts without a rate are left out)'
              ELSE printf(' (no rates loaded: only the amounts stated in %s; %d in other currencies left out)',
                          (SELECT chart_currency FROM p),
                          (SELECT count(*) FROM temp.report_commitment_facts
                            WHERE currency <> (SELECT chart_currency FROM p))) END)
  || printf('<svg id="svg-commitments" xmlns="http://www.w3.org/2000/svg" width="1100" height="%d" viewBox="0 0 1100 %d" role="img" aria-label="Investment commitments per entity and year">',
            (SELECT h FROM height), (SELECT h FROM height))
  -- legend: one swatch per year
  || (SELECT group_concat(printf('<rect class="legend" x="%d" y="8" width="12" height="12" fill="%s"/><text x="%d" y="18">%s</text>',
                                 180 + yrank * 70,
                                 '#' || substr('4e79a7f28e2ce1575976b7b259a14fedc949af7aa1ff9da79c755fbab0ab', 1 + (yrank % 10) * 6, 6),
                                 196 + yrank * 70, year), '')
        FROM (SELECT * FROM years ORDER BY yrank))
  || (SELECT group_concat(printf('<text x="170" y="%d" text-anchor="end">%s</text>',
                                 (y0 + y1) / 2 + 4,
                                 replace(replace(replace(replace(entity, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')), '')
        FROM band)
  || (SELECT group_concat(printf('<rect class="bar" x="180" y="%d" width="%.1f" height="14" fill="%s"><title>%s %s: %s %s</title></rect><text x="%.1f" y="%d">%s</text>',
                                 y, max(1.0, 780.0 * v / vmax), color,
                                 replace(replace(replace(replace(entity, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
                                 year, printf('%,d', CAST(round(v) AS INTEGER)), (SELECT chart_currency FROM p),
                                 184 + max(1.0, 780.0 * v / vmax), y + 11,
                                 CASE WHEN v >= 1e9 THEN printf('%.1f bn', v / 1e9)
                                      ELSE printf('%.1f M', v / 1e6) END), '')
        FROM (SELECT * FROM geometry ORDER BY bar))
  || printf('<line class="axis" x1="180" y1="32" x2="180" y2="%d"/>', (SELECT h FROM height) - 20)
  || '</svg>'
  END;

-- --- chart 2: amounts by month of publication -----------------------------------------
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
         1000.0 / (SELECT count(*) FROM series) AS step
    FROM series
)
SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM data)
  THEN '<p class="caption">No dated amount in ' || (SELECT chart_currency FROM p) || '.</p>'
  ELSE
  printf('<p class="caption">Sum of the amounts stated in the articles of each month, in %s%s. An amount repeated in one article counts once; the grey figure under a month is the number of amounts.</p>',
         (SELECT chart_currency FROM p),
         CASE WHEN (SELECT has_rates FROM p)
              THEN printf(' (converted at each article''s date; %d amounts without a rate or date left out)',
                          (SELECT count(*) FROM temp.html_amounts WHERE charted IS NULL OR day IS NULL))
              ELSE printf(' (no rates loaded: only the amounts stated in %s; %d others left out)',
                          (SELECT chart_currency FROM p),
                          (SELECT count(*) FROM temp.html_amounts WHERE charted IS NULL OR day IS NULL)) END)
  || '<svg id="svg-months" xmlns="http://www.w3.org/2000/svg" width="1100" height="330" viewBox="0 0 1100 330" role="img" aria-label="Amounts by month">'
  || '<line class="axis" x1="60" y1="270" x2="1080" y2="270"/>'
  || (SELECT group_concat(
        CASE WHEN v > 0 THEN
          printf('<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#4e79a7"><title>%s: %s %s, %d amounts</title></rect><text x="%.1f" y="%.1f" text-anchor="middle">%s</text>',
                 70 + i * step + step * 0.15, 270 - max(1.0, 220.0 * v / vmax), step * 0.7,
                 max(1.0, 220.0 * v / vmax), month, printf('%,d', CAST(round(v) AS INTEGER)),
                 (SELECT chart_currency FROM p), n,
                 70 + i * step + step * 0.5, 264 - max(1.0, 220.0 * v / vmax),
                 CASE WHEN v >= 1e9 THEN printf('%.1f bn', v / 1e9) ELSE printf('%.1f M', v / 1e6) END)
        ELSE '' END
        || printf('<text x="%.1f" y="286" text-anchor="middle">%s</text><text x="%.1f" y="300" text-anchor="middle" fill="#777">%d</text>',
                  70 + i * step + step * 0.5, month, 70 + i * step + step * 0.5, n), '')
        FROM (SELECT * FROM geometry ORDER BY i))
  || '</svg>'
  END;

-- --- the tables ---------------------------------------------------------------------
SELECT printf('<h2 id="%s">%s</h2>
<p class="question">%s</p>', s.section, s.heading,
              replace(replace(replace(s.question, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'))
       || CASE WHEN NOT EXISTS (SELECT 1 FROM temp.html_rows AS r WHERE r.section = s.section)
          THEN '<p class="caption">(no rows)</p>'
          ELSE '<table><thead><tr>'
            || CASE WHEN s.columns IS NULL
                 THEN (SELECT group_concat('<th>' || name || '</th>', '')
                         FROM (SELECT name FROM pragma_table_info(s.section, 'temp') ORDER BY cid))
                 ELSE (SELECT group_concat('<th>' || value || '</th>', '')
                         FROM (SELECT value FROM json_each(s.columns) ORDER BY key))
               END
            || '</tr></thead><tbody>' || char(10)
            || (SELECT group_concat('<tr>' || (
                   SELECT group_concat(
                     CASE WHEN j.type IN ('integer', 'real') THEN '<td class="n">' ELSE '<td>' END
                     || CASE WHEN j.type = 'real' AND abs(j.value) >= 1000
                             THEN printf('%,d', CAST(round(j.value) AS INTEGER))
                             ELSE replace(replace(replace(replace(coalesce(j.value, ''),
                                    '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')
                        END || '</td>', '')
                     FROM json_each(r.cells) AS j) || '</tr>', char(10))
                  FROM (SELECT cells FROM temp.html_rows AS r
                         WHERE r.section = s.section ORDER BY n LIMIT 100) AS r)
            || char(10) || '</tbody></table>'
            -- a page stays readable on a large corpus: the first 100 rows of each table
            || (SELECT CASE WHEN count(*) > 100
                            THEN printf('<p class="caption">The first 100 of %,d rows; the script named above lists them all.</p>', count(*))
                            ELSE '' END
                  FROM temp.html_rows AS r WHERE r.section = s.section)
          END
  FROM temp.html_sections AS s
 ORDER BY s.ord;

SELECT printf('<p class="meta">Generated by textfacts %s with SQLite %s on %s UTC, from sql/report_html.sql.</p>
</body>
</html>', textfacts_version(), sqlite_version(), datetime('now'));

DROP TABLE temp.html_sections;
DROP TABLE temp.html_rows;
DROP TABLE temp.html_amounts;
DROP TABLE temp.html_params;
