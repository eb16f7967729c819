.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- sql/import_ecb_rates.sql on tests/fixtures/rates/ (the ECB's eurofxref-hist.csv layout:
-- trailing comma, N/A gaps), then money_convert() over the rates it loaded.
-- No table yet: money_convert is an error, the same currency needs no rate.
SELECT money_convert(100, 'USD', 'EUR', '2025-11-21');
SELECT money_convert(100, 'USD', 'USD', '2025-11-21') AS same;
.parameter set :ecb_file tests/fixtures/rates/eurofxref-hist-sample.csv
.echo off
.read sql/import_ecb_rates.sql
.echo on
SELECT currency, count(*) AS days, min(day), max(day) FROM textfacts_rates GROUP BY currency;
-- N/A gives no row
SELECT * FROM textfacts_rates WHERE day = '2025-11-20';
-- re-import: same rows, none duplicated
.echo off
.read sql/import_ecb_rates.sql
.echo on
SELECT count(*) FROM textfacts_rates;
-- a newer file (CRLF line ends) replaces the days it holds and adds the others
.parameter set :ecb_file tests/fixtures/rates/eurofxref-hist-crlf.csv
.echo off
.read sql/import_ecb_rates.sql
.echo on
SELECT * FROM textfacts_rates WHERE currency IN ('USD', 'ZAR') AND day >= '2025-11-24';
-- a missing file, a file in another layout: an error, nothing imported
.parameter set :ecb_file tests/fixtures/rates/no-such-file.csv
.echo off
.read sql/import_ecb_rates.sql
.echo on
.parameter set :ecb_file sql/README.md
.echo off
.read sql/import_ecb_rates.sql
.echo on
SELECT count(*) FROM textfacts_rates;
-- the rate of the day
SELECT money_convert(100, 'USD', 'EUR', '2025-11-21') AS usd_eur,
       money_convert(100, 'EUR', 'USD', '2025-11-21') AS eur_usd;
-- cross rate through the euro: 1 USD in CNY = 8.1801 / 1.1506
SELECT money_convert(1, 'USD', 'CNY', '2025-11-21') AS usd_cny;
-- a weekend day: the nearest earlier day (Friday 2025-11-21)
SELECT money_convert(100, 'USD', 'EUR', '2025-11-23') = money_convert(100, 'USD', 'EUR', '2025-11-21') AS nearest_earlier;
-- N/A on 2025-11-20 for GBP: the day before that holds a GBP rate (2025-10-01)
SELECT money_convert(1, 'GBP', 'EUR', '2025-11-20') = money_convert(1, 'GBP', 'EUR', '2025-10-01') AS gap_skipped;
-- no date: the latest rate
SELECT money_convert(1, 'EUR', 'USD') AS latest;
-- a date before any rate: NULL; a currency without rates: NULL
SELECT money_convert(100, 'USD', 'EUR', '2024-12-31') AS too_early;
SELECT money_convert(100, 'KRW', 'EUR', '2025-11-21') AS no_krw_rates;
-- the same currency: unchanged, with or without a rate for it
SELECT money_convert(100, 'KRW', 'KRW', '2025-11-21') AS same_krw, money_convert(1.5, 'EUR', 'EUR') AS same_eur;
-- an unknown code: an error naming the argument
SELECT money_convert(100, 'USD', 'XYZ', '2025-11-21');
SELECT money_convert(100, 'dollars', 'EUR');
