.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- A common word is not a name; matches respect word boundaries in every script.

-- the issue's four: Apple in "apple pie", Meta in "méta-analyse", Amazon in "l'amazone",
-- Intel in "intelligence"
SELECT count(*) AS rows FROM extract_entities('An apple pie, une méta-analyse, l''amazone et l''intelligence.');
-- the same names written as names are found
SELECT "match", name, kind FROM extract_entities('Apple, Meta, Amazon et Intel.');
-- "Méta-analyse" at the start of a sentence is still no Meta ('=Meta' is exact)
SELECT count(*) AS rows FROM extract_entities('Méta-analyse publiée hier.');
-- capitals-only aliases need capitals: "us" is a pronoun, "US" the country
SELECT "match", name FROM extract_entities('Let us see what the US and the UK do.');
-- inside a longer word: no built-in match (these capitalised words are guesses)
SELECT "match", name, source FROM extract_entities('Intelsat, Metaverse-like, Huaweiphone, ByteDancer, Nvidiaesque.');
-- CJK aliases match inside CJK text (no spaces), Latin ones after CJK characters
SELECT "match", name, start, "end" FROM extract_entities('我们使用字节跳动的豆包和华为的芯片，还有Nvidia芯片。');
-- A listing in brackets names the company before it: neither the exchange nor the
-- ticker is an entity of the sentence (an exchange named elsewhere still is).
SELECT "match", name, kind FROM extract_entities('Adobe (NASDAQ: ADBE) bought Figma; Coca-Cola (NYSE: KO) and Infosys (NSE: INFY; BSE: 500209) rose while the Nasdaq fell.', 'en');
SELECT "match", name, kind FROM extract_entities('Orange (Euronext Paris: ORA) et Shopify (TSX:SHOP) ont publié leurs comptes ; Euronext a ouvert en hausse.', 'fr');
-- An index written as an acronym and a number is no entity ("CAC 40" is not the
-- Cyberspace Administration of China); a name written the same as its alias stays one
-- ("AMD 5"); a year after an acronym is no index number ("CES 2026": the other rules).
SELECT "match", name, kind FROM extract_entities('Le CAC 40 a perdu 2 %, le SBF 120 aussi ; la CAC chinoise a publié une règle et AMD 5 nouvelles puces au CES 2026.', 'fr');
SELECT "match", name, kind FROM extract_entities('The FTSE 100 and the CAC 40 fell while the CAC in Beijing issued rules.', 'en');
-- A French verb that opens a sentence before its subject is no part of the name.
SELECT "match", name, kind FROM extract_entities('Suit Marie Dupont, directrice financière. Viennent ensuite Renault et Stellantis.', 'fr');

-- a stock index's name is no entity (GUIDE.md): a guessed name before "index", across an
-- abbreviation in brackets and a number (guess.tsv, class index_after)
SELECT "match", name, kind FROM extract_entities('The Vantora Global Equity (VGE) 50 index rose 2% while Kelvora Systems gained.', 'en');
