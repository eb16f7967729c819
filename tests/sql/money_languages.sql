.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- extract_money() in German, Spanish, Italian and Portuguese (issue 17), and detect_lang();
-- sentences written for this test. Columns: match, amount, currency, qualifier, low, high.

-- German: "." groups thousands, "," is the decimal mark; Millionen, Milliarden, Billionen
-- (10^12); "Mio.", "Mrd." with their dot; US-Dollar, Franken; rund, bis zu, mehr als;
-- zwischen … und.
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Kelvora investiert rund 3,2 Milliarden Euro in Bergheim und zahlt 45.000 Euro Strafe.', 'de');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Der Umsatz stieg auf 2,4 Mrd. US-Dollar, der Gewinn auf 350 Mio. Euro.', 'de');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Vantora erhält bis zu 3 Millionen Schweizer Franken und mehr als 1,5 Billionen Euro bleiben offen.', 'de');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Die Kosten liegen zwischen 2 und 3 Milliarden Euro.', 'de');
-- Spanish: millones, mil millones (10^9), billones (10^12); dólares, pesos mexicanos;
-- unos, más de; entre … y; "de … a" is a change, two amounts (GUIDE.md).
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Orvane invertirá unos 45.000 millones de dólares y más de 2,5 millones de euros.', 'es');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('El plan suma 3 mil millones de pesos mexicanos y 1,2 billones de euros.', 'es');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('La facturación pasó de 10 a 12 millones de euros; el coste estará entre 3 y 5 millones de dólares.', 'es');
-- Italian: milioni, miliardi, mila; "di" before the currency; dollari, sterline; circa,
-- oltre; tra … e; "da … a" is a change.
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Talvex ha raccolto circa 2,3 miliardi di euro e oltre 500 milioni di dollari.', 'it');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Il compenso è di 4 mila euro, la multa di 3 milioni di sterline.', 'it');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('La raccolta è salita da 76 a 108 milioni di euro, con un costo tra 3 e 5 milioni di euro.', 'it');
-- Portuguese: milhões, bilhões (Brazil: 10^9), mil milhões (Portugal: 10^9), trilhões;
-- R$, US$ with the decimal comma; "R$ 2 tri", "R$ 1 bi"; cerca de, até, ultrapassam.
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('A Brenmoor investiu cerca de R$ 1,2 bilhão e até 3 milhões de reais.', 'pt');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('O Estado vai gastar 2 mil milhões de euros; a empresa vale US$ 3,659 bilhões.', 'pt');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('O mercado deve chegar a R$ 2 tri, e a startup já vale R$ 1 bi.', 'pt');
-- A currency stated once is carried to the amounts of its paragraph, also before a year
-- ("de 2022", "del 2021"); a count is no money.
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Os executivos receberam 19,2 milhões de euros, mais do que os 18,1 milhões de 2022.', 'pt');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Il compenso medio è di 2,45 milioni di euro (a fronte dei 2,12 milioni del 2021) e 3 milioni di utenti.', 'it');
-- Forms read in every language are words of none: "a franchi", "a real" are no money.
SELECT count(*) AS money FROM extract_money('Le titre a franchi un seuil. This is a real concern.');
-- The lang argument names the language, and 'auto' tells the six apart.
SELECT detect_lang('Kelvora investiert rund 3,2 Milliarden Euro in den Ausbau seiner Rechenzentren.') AS de,
       detect_lang('Orvane invertirá unos 45.000 millones de dólares en sus centros de datos.') AS es,
       detect_lang('Talvex ha raccolto circa 2,3 miliardi di euro per i suoi centri dati.') AS it,
       detect_lang('A Brenmoor investiu cerca de R$ 1,2 bilhão em centros de dados no Brasil.') AS pt,
       detect_lang('Kelvora investit 3 milliards d''euros dans ses centres de données.') AS fr,
       detect_lang('Kelvora will invest $3 billion in its data centres.') AS en,
       detect_lang('') AS empty, detect_lang(NULL) AS null_text;
SELECT "match", amount, currency FROM extract_money('Kelvora investiert rund 3,2 Milliarden Euro.');
SELECT "match", amount, currency FROM extract_money('Talvex ha raccolto 2,3 miliardi di euro.', 'IT');
SELECT detect_lang(1, 2);
SELECT detect_lang(x'4b656c766f7261');
-- Mexican and Argentine press: forms that hold their scale ("9 mmdd", "500 mdp") and
-- "u$s"; Spanish "4 mil 800 millones" (4,800 million), "2 millones de millones" (10^12).
SELECT "match", amount, currency FROM extract_money('Una inversión de 9 mmdd, un presupuesto de 500 mdp y u$s500 millones.', 'es');
SELECT "match", amount, currency FROM extract_money('Suma 4 mil 800 millones de dólares y 2 millones de millones de dólares.', 'es');
-- Cents joined by the language's "and"; German inflected currency names.
SELECT "match", amount, currency FROM extract_money('Es kostet nur 15 Dollar und 15 Cent, der Simulator 16,4 Millionen kanadischen Dollar.', 'de');
-- German and Italian press mean euros by a bare amount in an article about money that names
-- no currency; not in a sentence without a word of money.
SELECT "match", amount, currency FROM extract_money('Gli investimenti toccheranno i 15 miliardi entro il 2026. La regione conta 10 milioni di abitanti.', 'it');
SELECT "match", amount, currency FROM extract_money('Das Land hat 84 Millionen Einwohner. Die Investitionen erreichen 3 Milliarden bis 2027.', 'de');
-- A range in words takes the scale of its high end ("drei bis fünf Milliarden").
SELECT "match", amount, currency, low, high FROM extract_money('Das kostet drei bis fünf Milliarden Euro.', 'de');
SELECT "match", amount, currency, low, high FROM extract_money('Le plan coûtera entre trois et cinq milliards d''euros.', 'fr');
-- Spanish, Italian, Portuguese: a number in words with no currency of its own takes the
-- currency carried, as digits do; "de" after the scale word names what it counts.
SELECT "match", amount, currency FROM extract_money('Vantora invertirá 900 millones de dólares. De esa cifra, mil millones corresponderán a Orvane y 3 millones irán a Talvex. Tiene 75 millones de usuarios.', 'es');
SELECT "match", amount, currency FROM extract_money('Quillon investe tre milioni di euro (due milioni attraverso il fondo Alfa e un milione di euro con il fondo Beta); conta 40mila addetti.', 'it');
SELECT "match", amount, currency FROM extract_money('O presidente da Brenmoor ganhou 1,5 milhões de euros; oito gestores ganham mais de um milhão. A fábrica terá 1,5 mil MW.', 'pt');
-- After an amount: "oder mehr", "o más", "ou menos"; German verbs of a mark crossed, verb-final.
SELECT "match", amount, currency, qualifier FROM extract_money('Der Umsatz von Kelvora dürfte die Marke von einer Milliarde Euro knacken; Vantora zahlt 5 Millionen Euro oder mehr.', 'de');
SELECT "match", amount, currency, qualifier FROM extract_money('Orvane invertirá 200 millones de euros o más; Talvex, 3 millones de euros o menos.', 'es');
SELECT "match", amount, currency, qualifier FROM extract_money('Quillon pagherà 40 milioni di euro o più.', 'it');
SELECT "match", amount, currency, qualifier FROM extract_money('A Brenmoor recebeu 12 milhões de reais ou mais.', 'pt');
-- Bare "pesos": the Mexican peso, unless the text (400 bytes or more) names another peso's
-- country more (currencies.tsv 'local').
SELECT "match", amount, currency FROM extract_money('Buenos Aires. El gobierno de Argentina presentó su plan de obras para los próximos años, con rutas, puertos y redes eléctricas en todas las provincias del país. La empresa Vantora invertirá 500 millones de pesos en Mendoza, según el ministro de Economía de Argentina. El plan seguirá durante varios años en todo el territorio, con obras en varias provincias y ciudades, y el gobierno espera que atraiga nuevas inversiones extranjeras.', 'es');
SELECT "match", amount, currency FROM extract_money('Bogotá. El gobierno de Colombia presentó su plan de obras para los próximos años, con rutas, puertos y redes eléctricas en todos los departamentos del país. La empresa Talvex invertirá 20.000 millones de pesos en Medellín, según el ministro de Hacienda de Colombia. El plan seguirá durante varios años en todo el territorio, con obras en varias regiones y ciudades, y el gobierno espera que atraiga nuevas inversiones extranjeras.', 'es');
SELECT "match", amount, currency FROM extract_money('Orvane pagó 300 millones de pesos.', 'es');
-- Mexican "12 mil 550": the thousands and the units of one number, with or without a
-- currency after it ("12 mil 550 empleos" is a count, no amount).
SELECT "match", amount, currency FROM extract_money('Costó 12 mil 550 pesos.', 'es');
SELECT "match", amount, currency FROM extract_money('Son 18 proyectos por 1 mil 700 millones de dólares y 12 mil 550 empleos.', 'es');
