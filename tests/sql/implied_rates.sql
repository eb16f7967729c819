.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- textfacts_implied_rates (sql/implied_rates.sql): one row per unordered pair of amounts
-- of one grp in different currencies, base/quote as the markets quote them.
CREATE TABLE articles(id INTEGER PRIMARY KEY, url TEXT, title TEXT, published TEXT, lang TEXT, source TEXT, body TEXT);
INSERT INTO articles(id, title, published, lang, body) VALUES
 (1, 'ByteDance', '2025-09-09', 'fr', 'La maison mère de TikTok prévoit d’environ 160 milliards de yuan (environ 23 milliards de dollars) en 2026, contre 13,5 milliards un an plus tôt.'),
 (2, 'Microsoft', '2025-09-16', 'en', 'Microsoft will invest £22 billion ($30 billion) in the UK from 2025.'),
 (3, 'Mistral', '2025-11-04', 'fr', 'Mistral AI dépensera 2 milliards d’euros (2,3 milliards de dollars) en 2027.'),
 (4, 'Three', '2025-10-01', 'en', 'The deal is worth €10 billion, or about $11.7 billion.'),
 (5, 'No pair', NULL, 'en', 'Nvidia earned $57 billion and a range of $1bn to $2bn.');
CREATE VIRTUAL TABLE article_facts USING textfacts(content='articles', column='body', content_rowid='id', lang_column='lang');
.echo off
.read sql/implied_rates.sql
.echo on
SELECT doc, published, entity, base, quote, round(rate, 4) AS rate, base_match, quote_match, sentence, sentence_text
  FROM textfacts_implied_rates;
-- the inverse of a pair is 1 / rate
SELECT base, quote, round(1 / rate, 6) AS inverse FROM textfacts_implied_rates WHERE doc = 1;
-- reading the file again is harmless
.echo off
.read sql/implied_rates.sql
.echo on
SELECT count(*) FROM textfacts_implied_rates;
-- the median per pair and month (sql/reports/implied_rates.sql), without rates: no ECB column
INSERT INTO articles(id, title, published, lang, body) VALUES
 (6, 'Alibaba', '2025-09-20', 'en', 'Alibaba will spend 380 billion yuan ($53 billion) on AI.'),
 (7, 'Tencent', '2025-09-25', 'en', 'Tencent will spend 72 billion yuan ($10 billion) on AI.');
.echo off
.output /dev/null
.read sql/reports/implied_rates.sql
.output
.echo on
.mode csv
SELECT * FROM temp.report_implied_rates;
-- with ECB rates: their median on the same days, and the gap
.parameter set :ecb_file tests/fixtures/rates/eurofxref-hist-sample.csv
.echo off
.output /dev/null
.read sql/import_ecb_rates.sql
.read sql/reports/implied_rates.sql
.output
.echo on
.mode csv
SELECT * FROM temp.report_implied_rates;
