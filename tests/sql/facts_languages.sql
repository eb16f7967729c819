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
