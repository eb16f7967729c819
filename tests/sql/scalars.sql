.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- parse_amount(text [, lang]): a number expression alone, as REAL; NULL when not one number.
SELECT parse_amount('5,6 milliards') AS v, parse_amount('5,6 milliards') = 5.6e9 AS ok;
SELECT parse_amount('1 200 000') AS v, parse_amount('1 200 000') = 1200000 AS ok;
SELECT parse_amount('cent soixante millions') AS v, parse_amount('cent soixante millions') = 1.6e8 AS ok;
SELECT parse_amount('half a billion') AS v, parse_amount('half a billion') = 5e8 AS ok;
SELECT parse_amount('un milliard'), parse_amount('deux milliards'), parse_amount('five million');
SELECT parse_amount('vingt et un'), parse_amount('quatre-vingt-dix'), parse_amount('deux mille'), parse_amount('trois cents');
SELECT parse_amount('twenty-one'), parse_amount('one hundred and five'), parse_amount('a million'), parse_amount('two thousand');
SELECT parse_amount('1,5'), parse_amount('1.5'), parse_amount('1,500', 'en'), parse_amount('1.500', 'fr');
SELECT parse_amount('1' || char(160) || '200'), parse_amount('1' || char(8239) || '200'), parse_amount('1''200'), parse_amount('1’200');
SELECT parse_amount('1,200,000.50'), parse_amount('1.200.000,50'), parse_amount('1 200 000,50');
SELECT parse_amount('1.5k'), parse_amount('3 M'), parse_amount('2,5 Mds'), parse_amount('1,2 Mrd'), parse_amount('4 Md');
SELECT parse_amount('7bn'), parse_amount('450m'), parse_amount('3 mn'), parse_amount('2tn');
SELECT parse_amount('3 lakh'), parse_amount('5 crore'), parse_amount('2 trillion'), parse_amount('12 thousand');
SELECT parse_amount('2 billion', 'en') AS en, parse_amount('2 billions', 'fr') AS fr, parse_amount('2 milliards', 'fr') AS milliards;
SELECT parse_amount('3 mille'), parse_amount('3 millions'), parse_amount('0,5 million');
SELECT parse_amount('42'), parse_amount('  42  '), parse_amount('0'), parse_amount('007');
-- not one number
SELECT parse_amount('abc'), parse_amount('milliards'), parse_amount('5 et 6'), parse_amount('5 6 7 8 9 10 11'),
       parse_amount('12 pommes'), parse_amount('H200'), parse_amount('1,2,3'), parse_amount('.');

-- currency_code(text [, lang]): an ISO 4217 code, NULL when unknown
SELECT currency_code('yuans'), currency_code('$US'), currency_code('livres sterling'), currency_code('HK$');
SELECT currency_code('euros'), currency_code('euro'), currency_code('€'), currency_code('EUR');
SELECT currency_code('dollars'), currency_code('$'), currency_code('US$'), currency_code('dollars américains'), currency_code('dollars US');
SELECT currency_code('yuan'), currency_code('RMB'), currency_code('renminbi'), currency_code('CN¥');
SELECT currency_code('dollars de Hong Kong'), currency_code('francs suisses'), currency_code('CHF');
SELECT currency_code('£'), currency_code('₹'), currency_code('₩'), currency_code('₽');
SELECT currency_code('A$'), currency_code('C$'), currency_code('S$'), currency_code('NT$'), currency_code('R$');
-- names ICU knows per locale, singular and plural
SELECT currency_code('dollars canadiens', 'fr'), currency_code('couronnes suédoises', 'fr'), currency_code('yen japonais', 'fr');
SELECT currency_code('Canadian dollars', 'en'), currency_code('Swiss francs', 'en'), currency_code('British pounds', 'en'), currency_code('Japanese yen', 'en');
SELECT currency_code('JPY'), currency_code('KRW'), currency_code('INR');
-- unknown
SELECT currency_code('xyz'), currency_code('XYZ'), currency_code('pommes'), currency_code('5 euros'), currency_code('dollar dollar');

-- money_json(text [, lang]): the rows of extract_money as a JSON array of objects
SELECT money_json('Il a levé 5,6 milliards de dollars.');
SELECT money_json('Le coût est estimé entre 3 et 5 milliards de dollars.');
SELECT money_json('Aucun montant.'), money_json(NULL);
WITH t(x) AS (VALUES ('La société a levé 20 millions d''euros, plus de 35 millions de dollars puis entre 3 et 5 milliards de yuans.')),
     j(v) AS (SELECT money_json(x) FROM t)
SELECT json_valid(v) AS valid, json_type(v) AS type, json_array_length(v) AS n,
       (SELECT group_concat(key, ',') FROM (SELECT key FROM json_each(v, '$[0]') ORDER BY key)) AS keys
  FROM j;
-- the same rows as extract_money, value for value
WITH t(x) AS (VALUES ('La société a levé 20 millions d''euros, plus de 35 millions de dollars puis entre 3 et 5 milliards de yuans.')),
     a AS (SELECT m.match, m.amount, m.currency, m.qualifier, m.low, m.high, m.start, m."end"
             FROM t, extract_money(t.x) AS m),
     b AS (SELECT json_extract(e.value, '$.match'), json_extract(e.value, '$.amount'),
                  json_extract(e.value, '$.currency'), json_extract(e.value, '$.qualifier'),
                  json_extract(e.value, '$.low'), json_extract(e.value, '$.high'),
                  json_extract(e.value, '$.start'), json_extract(e.value, '$.end')
             FROM t, json_each(money_json(t.x)) AS e)
SELECT (SELECT count(*) FROM a) AS rows,
       (SELECT count(*) FROM b) AS json_rows,
       (SELECT count(*) FROM (SELECT * FROM a EXCEPT SELECT * FROM b)) AS differing;
-- lang is honoured
SELECT json_extract(money_json('Il a promis 3 billions de dollars.', 'fr'), '$[0].amount') = 3e12 AS fr_billion,
       json_extract(money_json('He promised 3 billion dollars.', 'en'), '$[0].amount') = 3e9 AS en_billion;
