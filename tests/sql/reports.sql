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
-- (a) commitments per entity and year: without rates only EUR amounts convert into EUR
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
SELECT grp, rank, amount, currency, converted, match, entity, doc, published FROM temp.report_largest_amounts;
SELECT sentence, title FROM temp.report_largest_amounts WHERE grp = 'EUR' AND rank = 1;
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
SELECT grp, rank, amount, currency, converted, match, entity, doc, published FROM temp.report_largest_amounts;
