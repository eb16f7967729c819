.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- Cities and regions of the Spanish, Italian, Portuguese and German press are built-in
-- places (ext/data/entities.tsv): not organisations guessed from a capital, and so no
-- owner of an amount.

-- Spanish: a shop of a city; a company that opens in two cities; the names in other
-- languages and the two Cartagenas.
SELECT name, kind, "match" FROM extract_entities('Una tienda de Móstoles facturó 3 millones de euros.', 'es');
SELECT "match", entity FROM extract_facts('Una tienda de Móstoles facturó 3 millones de euros.', 'es');
SELECT name, kind, "match" FROM extract_entities('La cadena Kelvora abrió gasolineras en Albacete y Getafe por 12 millones de euros.', 'es');
SELECT "match", entity FROM extract_facts('La cadena Kelvora abrió gasolineras en Albacete y Getafe por 12 millones de euros.', 'es');
SELECT name, kind, "match" FROM extract_entities('Orvane vende en Rosario, Arequipa y Cartagena de Indias; Talvex, en Cartagena y Jerez.', 'es');

-- Italian: a company of a city; plants in two cities; Italian names of foreign cities.
SELECT name, kind, "match" FROM extract_entities('Un''azienda di Lodi ha fatturato 3 milioni di euro.', 'it');
SELECT "match", entity FROM extract_facts('Un''azienda di Lodi ha fatturato 3 milioni di euro.', 'it');
SELECT name, kind, "match" FROM extract_entities('Il gruppo Quillon ha aperto stabilimenti a Cremona e a Piacenza per 20 milioni di euro.', 'it');
SELECT "match", entity FROM extract_facts('Il gruppo Quillon ha aperto stabilimenti a Cremona e a Piacenza per 20 milioni di euro.', 'it');
SELECT name, kind, "match" FROM extract_entities('Quillon ha sedi a Mantova, a Monaco di Baviera e a Saragozza.', 'it');

-- Portuguese: a city before the company it names the shop of; shops in two cities.
SELECT name, kind, "match" FROM extract_entities('A loja de Maringá da Talvex faturou 3 milhões de reais.', 'pt');
SELECT "match", entity FROM extract_facts('A loja de Maringá da Talvex faturou 3 milhões de reais.', 'pt');
SELECT name, kind, "match" FROM extract_entities('A Talvex abriu lojas em Loures e em Odivelas por 2 milhões de euros.', 'pt');
SELECT "match", entity FROM extract_facts('A Talvex abriu lojas em Loures e em Odivelas por 2 milhões de euros.', 'pt');

-- German: a city paid by a company; a supplier from a city; cities after "aus".
SELECT name, kind, "match" FROM extract_entities('Die Orvane AG zahlt Hamm 2 Millionen Euro.', 'de');
SELECT "match", entity FROM extract_facts('Die Orvane AG zahlt Hamm 2 Millionen Euro.', 'de');
SELECT name, kind, "match" FROM extract_entities('Der Versorger aus Krefeld meldet 3 Millionen Euro Gewinn, teilte die Brenmoor AG mit.', 'de');
SELECT "match", entity FROM extract_facts('Der Versorger aus Krefeld meldet 3 Millionen Euro Gewinn, teilte die Brenmoor AG mit.', 'de');
SELECT name, kind, "match" FROM extract_entities('Die Kelvora GmbH aus Paderborn und die Vantora AG aus Halle (Saale) bauen in Freiburg.', 'de');

-- Names left out of the list because they are common words or first names: a place only
-- after a place hint ("la provincia de", "la ciudad de", "a cidade de"); "Como" opening a
-- Spanish sentence, "León XIV", "Santiago" before a surname, Italian "Salta" and German
-- "Essen" are no places.
SELECT name, kind, "match" FROM extract_entities('Como informó Kelvora, la provincia de Soria y la ciudad de León recibieron 2 millones de euros.', 'es');
SELECT name, kind, "match" FROM extract_entities('El papa León XIV recibió a Santiago Brenmoor.', 'es');
SELECT name, kind, "match" FROM extract_entities('Salta l''accordo tra Quillon e Orvane.', 'it');
SELECT name, kind, "match" FROM extract_entities('A Talvex vendeu 3 milhões de reais na cidade de Natal.', 'pt');
SELECT name, kind, "match" FROM extract_entities('Das Essen bei der Kelvora GmbH kostet 3 Millionen Euro.', 'de');
