-- Entities in German, Spanish, Italian and Portuguese (issue 17): country names in every
-- language; dictionaries tell a capitalised common word from a name.
.load dist/textfacts
.mode csv
.headers on
-- Country names from ICU in seven languages.
SELECT name, kind, "match" FROM extract_entities('Deutschland und Frankreich liefern, Alemania y Francia compran, la Germania e la Spagna esitano.', 'auto');
-- German: a noun of the dictionary ends a name and opens none; a compound of a noun, a
-- hyphenated one, a compound of a hint; a hint as a compound's last part; a surname that
-- is a noun after a first name.
SELECT name, kind, "match" FROM extract_entities('Der Umsatz Nvidias stieg. Der globale KI-Boom erreicht den Rechenzentrumsbereich. Der Lebensmitteldiscounter Vantora baut.', 'de');
SELECT name, kind, "match" FROM extract_entities('Laut dem Finanzberater Kelvora sinkt der Absatz, sagt Orvane-Chef Talvex Brenmoor. Thomas Müller widerspricht.', 'de');
-- Spanish, Italian, Portuguese: a word the dictionary writes in lower case is a common
-- word alone, a word of a name inside a longer one; a head opens an institution's name,
-- a product_head a public scheme's.
SELECT name, kind, "match" FROM extract_entities('Gobierno y Tecnología. El Ministerio de Hacienda financia el Plan Nacional de Inteligencia Artificial con Kelvora.', 'es');
SELECT name, kind, "match" FROM extract_entities('Paese e Governo. La Fondazione di Sardegna sostiene Quillon.', 'it');
-- A middle initial; the particles between a person's surnames, not between two people.
SELECT name, kind, "match" FROM extract_entities('O embaixador Douglas A. Brenmoor falou com Miguel Talvex de Andrade e Madalena Oliveira e Silva.', 'pt');
SELECT name, kind, "match" FROM extract_entities('Then John F. Kennedy spoke.', 'en');
-- A stock index owns no amount (facts.tsv 'index', 'index_before').
SELECT "match", entity, what FROM extract_facts('Gli amministratori delegati del Ftse Mib guadagnano in media 2,5 milioni di euro.', 'it');
-- German: words the dictionaries write in lower case (German, and the English the press
-- borrows) are common words; a compound whose last part is one is a noun; the genitive of
-- a known company is its mention; press forms of countries.
SELECT name, kind, "match" FROM extract_entities('Das Thema ist die Künstliche Intelligenz und das Gaming. Während Vantora wächst, bleibt Money knapp. Die Robo-Advisor-Branche wächst mit der Kelvora GmbH.', 'de');
SELECT name, kind, "match" FROM extract_entities('Der Umsatz Nvidias stieg, Großbritannien und die EE.UU. staunen.', 'de');
-- Places joined by hyphens are each a place; the legal forms of Italy, Spain, Portugal and
-- Germany end a company's name; Italian press writes "Usa".
SELECT name, kind, "match" FROM extract_entities('Il polo Milano-Pavia cresce negli Usa; il fondo Quillon Capital Sgr investe in Orvane Srl.', 'it');
