.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- extract_facts() and extract_entities() in German, Spanish, Italian and Portuguese (issue
-- 17): the facts.tsv and what.tsv phrases of each language, its stop words (guess.tsv);
-- sentences written for this test. Columns: match, entity, what, counterparty, year.

-- What each amount is, from the words of its language.
SELECT "match", entity, what, counterparty, year FROM extract_facts('Die Kelvora AG hat im Jahr 2025 einen Umsatz von 4,2 Milliarden Euro erzielt.', 'de');
SELECT "match", entity, what, counterparty, year FROM extract_facts('La startup Orvane ha cerrado una ronda de 30 millones de euros liderada por Talvex Ventures.', 'es');
SELECT "match", entity, what, counterparty, year FROM extract_facts('En 2024, Brenmoor registró unos ingresos de 1.200 millones de euros.', 'es');
SELECT "match", entity, what, counterparty, year FROM extract_facts('Nel 2025 Quillon ha realizzato ricavi per 2,3 miliardi di euro e un utile di 150 milioni di euro.', 'it');
SELECT "match", entity, what, counterparty, year FROM extract_facts('A startup Kelvora captou R$ 120 milhões numa rodada liderada pela Vantora Capital.', 'pt');
SELECT "match", entity, what, counterparty, year FROM extract_facts('A Marlow Grey recebeu uma multa de R$ 50 milhões em 2023.', 'pt');
-- A total over many companies is a market, and a pay or a valuation under it nobody's; a
-- series of plural fines that names nobody stays one.
SELECT "match", entity, what, counterparty, year FROM extract_facts('Segundo uma estimativa da Brenmoor, as startups brasileiras captaram US$ 9 bilhões em 2025.', 'pt');
SELECT "match", entity, what, counterparty, year FROM extract_facts('Gli amministratori delegati delle società quotate hanno guadagnato in media 2,4 milioni di euro nel 2025.', 'it');
SELECT "match", entity, what, counterparty, year FROM extract_facts('Im Jahr 2024 wurden Bußgelder von insgesamt 900 Millionen Euro verhängt. Im Jahr 2023 waren es 300 Millionen Euro.', 'de');
-- A state body's money is a budget; a subject that announces its own amount owns it.
SELECT "match", entity, what, counterparty, year FROM extract_facts('A Comissão Europeia vai mobilizar 20 mil milhões de euros para a inteligência artificial.', 'pt');
SELECT "match", entity, what, counterparty, year FROM extract_facts('Lo Stato ha stanziato 300 milioni di euro per le startup.', 'it');
SELECT "match", entity, what, counterparty, year FROM extract_facts('Vantora presentó sus resultados. Por su parte, Talvex anunció en marzo de este año, un proyecto de 400 millones de euros para construir centros de datos.', 'es');
SELECT "match", entity, what, counterparty, year FROM extract_facts('La capitalización de mercado de Quillon alcanzó los 12.000 millones de dólares.', 'es');
-- A stock index owns nothing and is no article's organisation; a source's descriptor and its
-- genitive are sources, and a study's figure nobody named owns falls back to nobody.
SELECT "match", entity, what, counterparty, year FROM extract_facts('I ceo delle società quotate sul Ftse Mib hanno guadagnato 3 milioni di euro. Il Ftse Mib ha chiuso in rialzo. Sul Ftse Mib, il compenso medio è salito a 4 milioni di euro.', 'it');
SELECT "match", entity, what, counterparty, year FROM extract_facts('Kelvora Holding ha lanciato un fondo. Kelvora Holding cresce. Secondo l''Osservatorio Fintech del Politecnico di Brenmoor, nel 2025 sono stati investiti 90 milioni di euro.', 'it');
-- A ranking's entries ("mit", "con", "Com … ,"); a place's entry is its total.
SELECT "match", entity, what, counterparty, year FROM extract_facts('Spitzenreiter ist die Kelvora AG mit 700 Millionen Euro, dahinter folgt die Vantora GmbH mit 200 Millionen Euro. Danach folgt Irland mit 300 Millionen Euro.', 'de');
SELECT "match", entity, what, counterparty, year FROM extract_facts('La remuneração da presidente da Talvex foi a terceira maior. Com 1,7 milhões de euros, Ana Quillon recebeu mais 8%.', 'pt');
-- Spanish "a" before the object of a causative verb: the subject of the infinitive.
SELECT "match", entity, what, counterparty, year FROM extract_facts('La demanda récord impulsó a Orvane a vender US$ 3.000 millones en bonos.', 'es');
-- An owner named after the amount owns the nearest only; a division's compound is no owner;
-- a total said before the amount's sentence makes it a market.
SELECT "match", entity, what, counterparty, year FROM extract_facts('Las cuentas de Brenmoor: €21M en ventas y unas pérdidas de €7M de Vantora.', 'es');
SELECT "match", entity, what, counterparty, year FROM extract_facts('Die Kelvora AG meldet Zahlen. Die Cloud Services-Sparte steigerte ihren Umsatz auf 2 Milliarden Euro.', 'de');
SELECT "match", entity, what, counterparty, year FROM extract_facts('A Vantora cresce. A Vantora contrata. O volume de investimentos em startups bateu recorde no Brasil. Foram US$ 9 bilhões até novembro.', 'pt');
-- German nouns guessed as names own nothing ("Cloud-Geschäft"), and compounds say what
-- the amount is ("Gesamtumsatz", "an der Börse … wert").
SELECT "match", entity, what, counterparty, year FROM extract_facts('Die Kelvora AG wuchs kräftig. Im Cloud-Geschäft stieg der Gesamtumsatz auf 3,1 Milliarden Euro.', 'de');
SELECT "match", entity, what, counterparty, year FROM extract_facts('Die Orvane AG ist an der Börse 40 Milliarden Euro wert.', 'de');
-- German capitalises every noun: a capitalised word alone is a name only with evidence
-- (a legal form, a hint, capitals inside it), and the words that open sentences are none.
SELECT name, kind FROM extract_entities('Die Investitionen in Rechenzentren steigen. Der Umsatz der Kelvora GmbH wuchs, auch bei SAP und DeepL.', 'de');
SELECT name, kind FROM extract_entities('Los ingresos de Orvane crecieron. El grupo Talvex también.', 'es');
-- 'auto' reads French, English and the text's language's lists, not every language's.
SELECT name FROM extract_entities('Die Investitionen in Rechenzentren steigen. Der Umsatz der Kelvora GmbH wuchs.');
-- Dates of each language for first_date(): "5. März 2026", "5 de marzo de 2026".
SELECT first_date('Berlin, 5. März 2026 – Die Kelvora AG', 'de') AS de,
       first_date('Madrid, 5 de marzo de 2026', 'es') AS es,
       first_date('Milano, 5 marzo 2026', 'it') AS it,
       first_date('Lisboa, 5 de março de 2026', 'pt') AS pt,
       first_date('Berlin, 5. März 2026') AS auto;
-- What an amount is (issue 17, what.tsv): foreign direct investment is a country's total
-- (an acronym guessed as a name is the term); a state body's investment is its budget; a
-- phrase that says what a percentage is of is not the amount's; a deal valued at is its
-- price; an amount over a count of start-ups or rounds is their total; one unit's amount
-- under a total stays what it is; revenue verbs; share capital says nothing.
SELECT "match", entity, what FROM extract_facts('En contraste, la IED en Talvex City disminuyó a 83 mil millones de dólares.', 'es');
SELECT "match", entity, what FROM extract_facts('El Gobierno de Kelvoria prevé invertir 600 millones de euros en inteligencia artificial.', 'es');
SELECT "match", entity, what FROM extract_facts('A lei fixou a multa em até 2% do faturamento da Kelvora, sob o teto de R$ 50 milhões por infração.', 'pt');
SELECT "match", entity, what FROM extract_facts('Para a Orvane, a operação deverá estar avaliada em 2,1 mil milhões de euros.', 'pt');
SELECT "match", entity, what FROM extract_facts('Nel 2025 sono stati investiti 7 milioni di euro in 14 startup, contro i 4 milioni raccolti da 15 startup nel 2024.', 'it');
SELECT "match", entity, what FROM extract_facts('Die Investitionen beziffert die EU-Kommission auf drei Milliarden Euro pro Rechenzentrum.', 'de');
SELECT "match", entity, what FROM extract_facts('A Brenmoor pode faturar até R$ 1 bi, com um capital social de apenas R$ 20 mil.', 'pt');
SELECT "match", entity, what FROM extract_facts('A Quillon vale US$ 1 bilhão (mais de R$ 5,6 bilhões).', 'pt');
-- The maker of a product named after it is meant, not the product; examples of many own
-- nothing of their total.
SELECT "match", entity, what FROM extract_facts('Die Kelvora AG wächst schnell. Im März wurde der Entwickler von Quillon mit 300 Milliarden Dollar bewertet.', 'de');
SELECT "match", entity, what FROM extract_facts('O setor fecha 2025 com dez unicórnios, startups cujos valores de mercado ultrapassam US$ 1 bilhão, como a Talvex e a Orvane.', 'pt');
-- Companies in the plural before a possessive relative ("cujos", "whose") are the subject
-- of its clause, even after a preposition: a total over many, nobody's (what.tsv whose).
SELECT "match", entity, what FROM extract_facts('A Kelvora cresce. O selo vai para startups cujos valores de mercado superam US$ 1 bilhão.', 'pt');
SELECT "match", entity, what FROM extract_facts('Kelvora is growing. The label goes to startups whose valuations exceed $1 billion.', 'en');
-- An organisation the text does not name opens the amount's clause: the amount is of no
-- one named, not of the article's main company (what.tsv unnamed).
SELECT "match", entity, what FROM extract_facts('A Talvex foi multada em R$ 7 mil. Na Europa, um hospital foi multado em 400 mil euros.', 'pt');
SELECT "match", entity, what FROM extract_facts('La empresa Talvex fue multada con 7.000 euros. En Francia, una empresa fue multada con 400.000 euros.', 'es');
SELECT "match", entity, what FROM extract_facts('Talvex was fined $7,000. In France, a hospital was fined $400,000.', 'en');
-- ... but an unnamed one after a named subject is its object or an apposition: the
-- subject's amount.
SELECT "match", entity, what FROM extract_facts('A Talvex comprou uma empresa por R$ 5 milhões.', 'pt');
SELECT "match", entity, what FROM extract_facts('Kelvora Systems Inc, a company founded in Lyon, raised $5 million.', 'en');
SELECT "match", entity, what FROM extract_facts('A Kelvora Sistemas, uma empresa de Lisboa, captou 5 milhões de euros.', 'pt');
-- An average of the value, however far from the amount, is a statistic over many; so are
-- the amounts after it that say nothing else and name nobody (what.tsv average).
SELECT "match", entity, what FROM extract_facts('La madrileña Orvane lidera (18 millones de euros). En el trimestre, la valoración media de las firmas europeas de robótica fue de 40 millones de euros. La robótica supera a fintech (30 millones).', 'es');
SELECT "match", entity, what FROM extract_facts('Orvane führt die Liste an. Die durchschnittliche Bewertung der Start-ups lag bei 40 Millionen Euro.', 'de');
SELECT "match", entity, what FROM extract_facts('Orvane is growing fast. The average valuation of the robotics firms reached $65 million.', 'en');
-- A place named after "con sede en", "sediada em", "con sede a", "mit Sitz in", "la
-- localidad de" is a place (guess.tsv place), and owns none of the amounts.
SELECT name, kind FROM extract_entities('La Kelvora, con sede en Brenmoor, invirtió 5 millones de euros.', 'es');
SELECT name, kind FROM extract_entities('A Kelvora, sediada em Brenmoor, investiu 5 milhões de reais.', 'pt');
SELECT name, kind FROM extract_entities('La Kelvora, con sede a Brenmoor, ha investito 5 milioni di euro.', 'it');
SELECT name, kind FROM extract_entities('Die Kelvora GmbH mit Sitz in Brenmoor investiert 5 Millionen Euro.', 'de');
SELECT "match", entity, what FROM extract_facts('Entre las sancionadas está Talvex, empresa con sede en la localidad de Brenmoor, que fue multada con 13 millones de euros.', 'es');
-- The CNMC by its long names is the regulator: it fines, it owns no fine.
SELECT "match", entity, what, counterparty FROM extract_facts('La Comisión Nacional de los Mercados y de la Competencia multó a Talvex con 3 millones de euros.', 'es');
-- A year that opens a sentence governs its paragraph, not the next line after one that
-- ends a sentence (a text whose paragraphs are single lines).
SELECT "match", year FROM extract_facts('En 2016 la multa de Talvex fue de 128 millones de euros.
La multa de Orvane fue de 5.000 euros.', 'es');
-- A roundup that names several organisations once each has no main organisation, even
-- when only one of them is typed by a hint ("uma startup …, a Kelvora"): the month's
-- amounts are nobody's.
SELECT "match", entity, what FROM extract_facts('A Vantora demitiu 300 pessoas. Cortes também na Orvane e na Talvex.

A maior rodada foi para uma startup de crédito, a Kelvora, que captou US$ 28 milhões.

Dos US$ 171 milhões investidos no mês passado, US$ 50 milhões vieram na forma de dívida.', 'pt');
-- Names after a phrase that gives them another role are no list with the name before it:
-- the parent owns its amount, whatever follows its subsidiaries.
SELECT "match", entity, what FROM extract_facts('Die Kelvora AG, Mutter von Vantora und Orvane, hat eine Investition von elf Milliarden Euro angekündigt.', 'de');
SELECT "match", entity, what FROM extract_facts('A Kelvora, dona da Vantora e da Orvane, anunciou um investimento de 2 mil milhões de euros.', 'pt');
-- A list's item under its lead-in line, an empty line between, takes what the lead-in
-- says; an abbreviation's full stop ("Mrd.") does not make the item prose.
SELECT "match", entity, what FROM extract_facts('Die größten Investitionen der Tech-Konzerne

  • Kelvora AG: 8,8 Mrd. Euro in Frankfurt

  • Vantora SE: 1 Mrd. Euro in München', 'de');
-- A capitalised word that opens a sentence is a name when a verb whose subject is a name
-- follows it, or a relative pronoun after a comma (guess.tsv subject_verb, relative).
SELECT name, kind FROM extract_entities('Il mercato cresce. Kelvora ha ottenuto finanziamenti per 12 milioni.', 'it');
SELECT name, kind FROM extract_entities('El mercado crece. Vantora capta 5 millones de euros.', 'es');
SELECT name, kind FROM extract_entities('O mercado cresce. Orvane captou R$ 5 milhões.', 'pt');
SELECT name, kind FROM extract_entities('Der Markt wächst. Talvex sammelt 5 Millionen Euro ein.', 'de');
SELECT name, kind FROM extract_entities('El mercado crece. Brenmoor, que nació en 2020, capta 5 millones.', 'es');
-- Italian "round" is singular and plural: with a singular article it is one round, a
-- company's; after a count it is many, their total.
SELECT "match", entity, what FROM extract_facts('Kelvora ha chiuso un primo round da 4,3 milioni di dollari nel 2016.', 'it');
SELECT "match", entity, what FROM extract_facts('Le startup hanno raccolto 254 milioni di euro in 87 round.', 'it');
-- "y", "e", "und" join the words of an institution's name, not two companies' names.
SELECT name FROM extract_entities('Las empresas chinas Kelvora y Vantora invertirán en el Ministerio de Industria y Turismo.', 'es');
SELECT name FROM extract_entities('Il Ministero dello Sviluppo e della Ricerca sostiene Orvane e Talvex.', 'it');
-- "En el caso de" X opens a clause about X (its amount), unlike "caso de" X, an example;
-- a fund "gerido pela" X is managed by X, whose amount it is not.
SELECT "match", entity, what FROM extract_facts('En el caso de Kelvora, por 28 millones de dólares, generará 460 empleos, mientras que Vantora contempla una inversión de 9 millones de dólares.', 'es');
SELECT "match", entity FROM extract_facts('A Orvane, que faz software agrícola, recebeu R$ 1 milhão do fundo Brenmoor, gerido pela Talvex Capital.', 'pt');
-- "Respectivement" before the amounts pairs them with the names listed before it, as it
-- does after them; a count of deals after an amount makes it their total.
SELECT "match", entity, what FROM extract_facts('Kelvora Systems et Vantora Labs ont respectivement levé 200 millions et 135 millions d''euros.', 'fr');
SELECT "match", entity, what FROM extract_facts('La mobilité, avec 269 millions d''euros levés via 7 opérations, occupe la première place.', 'fr');
-- "capital de" is a company's share capital, not a place word.
SELECT "match", entity FROM extract_facts('El capital de Kelvora asciende a 3 millones de euros.', 'es');
-- A German compound whose last noun has four letters is a noun when the part before it is
-- one too ("Unternehmenswert", "Börsenwert"): no name.
SELECT name FROM extract_entities('Der Unternehmenswert der Kelvora AG stieg, der Börsenwert und der Referenzwert auch.', 'de');
