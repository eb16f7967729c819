.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- sql/reports/*.sql on the sample corpus (sql/sample_articles.sql), first without
-- exchange rates (nothing converted, nothing guessed), then with the ECB fixture.
-- Each report leaves its rows in temp.report_*; read here in csv.
.echo off
.read sql/sample_articles.sql
.echo on
CREATE VIRTUAL TABLE article_facts USING textfacts(content='articles', column='body', content_rowid='id', lang_column='lang');
-- (a) investment commitments per entity and year (what = 'investment' only): without rates
-- only EUR amounts convert into EUR
.echo off
.output /dev/null
.read sql/reports/commitments.sql
.output
.echo on
.mode csv
SELECT * FROM temp.report_commitments;
SELECT * FROM temp.report_commitments_converted;
-- (b) the largest amounts: without rates each currency is ranked apart
.parameter set :top 2
.echo off
.output /dev/null
.read sql/reports/largest_amounts.sql
.output
.echo on
.mode csv
SELECT ranked_in, rank, amount, currency, converted, match, entity, what, doc, published FROM temp.report_largest_amounts;
SELECT sentence, title FROM temp.report_largest_amounts WHERE ranked_in = 'EUR' AND rank = 1;
-- (a2) the other kinds of amount, each summed apart: the overview, then the rows of some
-- kinds; no kind is added to another, and the commitments hold investments alone
.echo off
.output /dev/null
.read sql/reports/amounts_by_what.sql
.output
.echo on
.mode csv
SELECT * FROM temp.report_what;
SELECT * FROM temp.report_amounts_by_what WHERE what IN ('funding', 'fine', 'acquisition');
SELECT (SELECT count(*) FROM temp.report_what_facts) AS facts,
       (SELECT sum(amounts) FROM temp.report_what) AS in_overview,
       (SELECT sum(amounts) FROM temp.report_amounts_by_what) AS in_kinds,
       (SELECT sum(amounts) FROM temp.report_what WHERE what IS NOT NULL) AS said;
SELECT count(*) AS commitments_not_investment
  FROM temp.report_commitment_facts AS c
 WHERE NOT EXISTS (SELECT 1 FROM temp.report_what_facts AS f
                    WHERE f.what = 'investment' AND f.entity = c.entity AND f.year = c.year
                      AND f.currency = c.currency AND f.value = c.value);
-- (c) entities named together
.parameter set :top 8
.echo off
.output /dev/null
.read sql/reports/entities_together.sql
.output
.echo on
.mode csv
SELECT * FROM temp.report_entities_together;
-- (d) facts repeated across articles
.echo off
.output /dev/null
.read sql/reports/repeated_facts.sql
.output
.echo on
.mode csv
SELECT entity, year, amount, currency, articles, first_published, last_published, docs, matches FROM temp.report_repeated_facts;
-- with ECB rates (the fixture), converted into EUR at each article's date
.parameter set :ecb_file tests/fixtures/rates/eurofxref-hist-sample.csv
.echo off
.output /dev/null
.read sql/import_ecb_rates.sql
.read sql/reports/commitments.sql
.output
.echo on
.mode csv
SELECT * FROM temp.report_commitments_converted;
.echo off
.output /dev/null
.read sql/reports/amounts_by_what.sql
.output
.echo on
.mode csv
SELECT * FROM temp.report_amounts_by_what WHERE what IN ('funding', 'revenue') AND currency <> target;
-- into USD; an amount stated in two currencies (Mistral AI 2027) counts once, by its USD leg
.parameter set :currency USD
.echo off
.output /dev/null
.read sql/reports/commitments.sql
.output
.echo on
.mode csv
SELECT * FROM temp.report_commitments_converted WHERE entity IN ('Mistral AI', 'Microsoft', 'Alibaba');
.parameter set :currency EUR
.parameter set :top 5
.echo off
.output /dev/null
.read sql/reports/largest_amounts.sql
.output
.echo on
.mode csv
SELECT ranked_in, rank, amount, currency, converted, match, entity, what, doc, published FROM temp.report_largest_amounts;
