.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- first_date(text [, lang]), valid_utf8(x), money_convert(amount, from, to [, date]):
-- the scalars the importers and the reports use.

-- 1. first_date: ISO, day first (French and English, abbreviated, 1er, accented capitals),
-- month first; days the month lacks are skipped; numeric forms are not read.
SELECT first_date('Paris, le mardi 9 septembre 2025 — La start-up a levé 5 M€.') AS d;
SELECT first_date('Publié le 1er févr. 2024 à 10 h') AS d;
SELECT first_date('LE 3 DÉCEMBRE 2025') AS d, first_date('le 15 août 2025') AS d2;
SELECT first_date('SAN FRANCISCO, September 9, 2025 (Reuters)') AS d;
SELECT first_date('Updated Sept. 9th, 2025') AS d, first_date('9 Sept 2025') AS d2;
SELECT first_date('Filed 2025-02-28T10:00') AS d;
SELECT first_date('On 31 June 2025, then on 2025-02-30, then on 29 February 2024.') AS d;
SELECT first_date('29 février 2025') AS d, first_date('29 février 2024') AS d2;
SELECT first_date('Le 09/09/2025, rien ; en 2025, rien ; le 9 septembre, rien.') AS d;
SELECT first_date('12025-09-09 and 2025-09-091') AS d;
SELECT first_date('maison 5 mars 2025') AS d, first_date('5 marsupiaux 2025') AS d2;
-- lang picks the month names
SELECT first_date('5 mai 2025', 'en') AS en, first_date('5 mai 2025', 'fr') AS fr,
       first_date('May 5, 2025', 'fr') AS fr2, first_date('May 5, 2025') AS auto;
SELECT first_date('le 9 septembre 2025', 'nl');
SELECT first_date(NULL) AS n, first_date('') AS e, first_date(X'C3A9203920736570742E2032303235') AS blob_text;
-- invalid UTF-8 around a date does not hide it
SELECT first_date(CAST(X'FF20392073657074656D6272652032303235' AS TEXT)) AS d;

-- 2. valid_utf8
SELECT valid_utf8('Société') AS text, valid_utf8(X'C3A9') AS blob, valid_utf8(X'C3') AS cut,
       valid_utf8(X'C0AF') AS overlong, valid_utf8(X'EDA080') AS surrogate,
       valid_utf8(X'F4908080') AS above, valid_utf8(X'') AS empty, valid_utf8(NULL) AS null_,
       valid_utf8(42) AS number, valid_utf8(X'610062') AS with_nul;

-- 3. money_convert
SELECT money_convert(100, 'USD', 'USD') AS same, money_convert(5, 'eur', 'EUR', '2020-01-01') AS same_dated,
       money_convert(NULL, 'USD', 'EUR') AS null_amount, money_convert(1, NULL, 'EUR') AS null_currency;
SELECT money_convert(100, 'USD', 'EUR');
CREATE TABLE textfacts_rates(day TEXT, currency TEXT, per_eur REAL, PRIMARY KEY (currency, day)) WITHOUT ROWID;
INSERT INTO textfacts_rates VALUES
  ('2025-09-08', 'USD', 1.17), ('2025-09-10', 'USD', 1.18),
  ('2025-09-08', 'CNY', 8.34), ('2025-09-09', 'GBP', NULL);
-- the nearest earlier day for each currency; EUR is 1
SELECT money_convert(117, 'USD', 'EUR', '2025-09-09') AS usd_eur_9,
       money_convert(118, 'USD', 'EUR', '2025-09-10') AS usd_eur_10,
       money_convert(118, 'USD', 'EUR') AS usd_eur_latest,
       round(money_convert(23e9, 'USD', 'CNY', '2025-09-09') / 1e9, 3) AS usd_cny_bn,
       money_convert(1, 'EUR', 'USD', '2025-09-09 12:00:00') AS with_time;
-- missing rates: before the first day, a currency without rows, a NULL rate
SELECT money_convert(100, 'USD', 'EUR', '2025-09-01') AS before_first,
       money_convert(100, 'USD', 'JPY') AS no_rows,
       money_convert(100, 'GBP', 'EUR', '2025-09-09') AS null_rate;
-- errors name the argument
SELECT money_convert(100, 'XYZ', 'EUR');
SELECT money_convert(100, 'USD', 'dollars');
SELECT money_convert('cent', 'USD', 'EUR');
SELECT money_convert(100, 'USD', 'EUR', '9/9/2025');
INSERT INTO textfacts_rates VALUES ('2025-09-11', 'USD', 0);
SELECT money_convert(100, 'USD', 'EUR');
