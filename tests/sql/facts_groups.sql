.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- extract_facts: grp, shared by the mentions that state one amount in two (or more)
-- currencies, joined by a bracket or a word of conversion; they share entity and year.
-- And extract_facts has exactly extract_money's rows.

-- 1. Two currencies, one amount: brackets, "ou", "soit (environ)", "or about", "($23 billion)".
SELECT "match", currency, entity, year, grp FROM extract_facts('ByteDance dépensera 160 milliards de yuans (environ 23 milliards de dollars) en 2026.');
SELECT "match", currency, entity, year, grp FROM extract_facts('Alibaba investira 150 milliards de yuans ou 20 milliards de dollars.');
SELECT "match", currency, entity, year, grp FROM extract_facts('Tencent prévoit 70 milliards de yuans, soit environ 9,7 milliards de dollars, pour 2025.');
SELECT "match", currency, entity, year, grp FROM extract_facts('Le fonds de Tencent vaut 7,8 milliards de yuans, soit 1,1 milliard de dollars.');
SELECT "match", currency, entity, year, grp FROM extract_facts('Ventes de Tencent : 10 millions d''euros / 11 millions de dollars.');
SELECT "match", currency, entity, year, grp FROM extract_facts('ByteDance will spend 160 billion yuan ($23 billion) in 2026.');
SELECT "match", currency, entity, year, grp FROM extract_facts('Alibaba will invest 380 billion yuan, or about $53 billion, over three years.');
SELECT "match", currency, entity, year, grp FROM extract_facts('Alibaba will invest 380 billion yuan or about $53 billion by 2027.');
SELECT "match", currency, entity, year, grp FROM extract_facts('ByteDance will spend 160 billion yuan, or roughly $22 billion, in 2026.');
SELECT "match", currency, entity, year, grp FROM extract_facts('SoftBank''s plan costs ¥3 trillion (about $20 billion).');
-- three currencies in one bracket
SELECT "match", currency, entity, year, grp FROM extract_facts('The Arm deal is worth £1 billion ($1.3 billion, €1.2 billion).');
SELECT "match", currency, entity, year, grp FROM extract_facts('Le contrat d''Airbus vaut 1 milliard de livres (1,3 milliard de dollars, 1,2 milliard d''euros).');

-- 2. Not groups: one currency; a plain list; a comparison in brackets; "de ... à";
-- amounts in different sentences.
SELECT "match", currency, grp FROM extract_facts('Le groupe a levé 5 millions d''euros (5 millions d''euros hors frais).');
SELECT "match", currency, grp FROM extract_facts('Le fonds vaut 7,8 milliards de yuans, soit 1,1 milliard de yuans de plus.');
SELECT "match", currency, grp FROM extract_facts('La start-up Orvane a levé 5 millions d''euros, 3 millions de dollars et 2 millions de livres.');
SELECT "match", currency, grp FROM extract_facts('The start-up raised €5 million, $3 million and £2 million.');
SELECT "match", currency, year, grp FROM extract_facts('Le chiffre d''affaires atteint 10 milliards de dollars (contre 8 milliards d''euros en 2024).');
SELECT "match", currency, year, grp FROM extract_facts('Revenue hit $10 billion (versus €8 billion in 2024).');
SELECT "match", currency, grp FROM extract_facts('Le prix passe de 10 euros à 12 dollars.');
SELECT "match", currency, grp FROM extract_facts('ByteDance a levé 3 milliards de dollars (Reuters), puis 2 milliards d''euros.');
SELECT "match", currency, grp, sentence FROM extract_facts('ByteDance dépensera 160 milliards de yuans. Environ 23 milliards de dollars.');
SELECT "match", currency, grp, sentence FROM extract_facts('ByteDance will spend 160 billion yuan. About $23 billion.');

-- 3. Numbering across a text: 1, 2, ... in order; a lone mention stays NULL.
SELECT "match", currency, entity, year, grp, sentence FROM extract_facts('ByteDance dépensera 160 milliards de yuans (23 milliards de dollars) en 2026. Alibaba investira 380 milliards de yuans (53 milliards de dollars). Tencent, lui, prévoit 5 milliards d''euros.');
SELECT "match", currency, entity, year, grp FROM extract_facts('Airbus a signé pour 1 milliard d''euros (1,1 milliard de dollars) et pour 2 milliards d''euros (2,2 milliards de dollars).');
SELECT "match", currency, entity, year, grp FROM extract_facts('Le budget de Tencent passe de 100 millions d''euros (110 millions de dollars) en 2025 à 150 millions d''euros (165 millions de dollars) en 2026.');
SELECT "match", currency, entity, year, grp, sentence FROM extract_facts('Alibaba will spend $5 billion. Tencent will invest 70 billion yuan ($9.7 billion) in 2025, and Baidu 10 billion yuan ($1.4 billion) in 2026.');
-- an English sentence quoted in a French article keeps its group and year (its entity is
-- NULL: a sentence in the other language gets only an owner)
SELECT "match", currency, entity, year, grp, sentence FROM extract_facts('ByteDance dépensera 160 milliards de yuans (23 milliards de dollars) en 2026. Alibaba investira 380 milliards de yuans, soit 53 milliards de dollars, d''ici 2027. Tencent will invest 70 billion yuan, or about $9.7 billion, in 2025.');

-- 4. Grouped mentions share entity and year, even with a name or a year nearer to one of them.
SELECT "match", currency, entity, year, grp FROM extract_facts('Selon Reuters, ByteDance dépensera en 2026 160 milliards de yuans (23 milliards de dollars, selon Bloomberg).');
SELECT "match", currency, entity, year, grp FROM extract_facts('In 2026, ByteDance will spend 160 billion yuan (about $23 billion), Reuters said.');
SELECT grp, count(*) AS mentions, count(DISTINCT currency) AS currencies,
       count(DISTINCT coalesce(entity, '-')) AS entities, count(DISTINCT coalesce(year, 0)) AS years
  FROM extract_facts('ByteDance dépensera 160 milliards de yuans (23 milliards de dollars) en 2026. Alibaba investira 380 milliards de yuans, soit 53 milliards de dollars, d''ici 2027. Tencent investira 70 milliards de yuans, ou environ 9,7 milliards de dollars, en 2025.')
 WHERE grp IS NOT NULL GROUP BY grp ORDER BY grp;

-- 5. extract_facts gives extract_money's rows exactly: same count, nothing either way
-- in EXCEPT, same order (rowid), and substr(text, start + 1, end - start) = match.
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs(body) VALUES
  ('ByteDance dépensera 160 milliards de yuans (environ 23 milliards de dollars) en 2026, contre 80 milliards de yuans en 2024.'),
  ('Entre 5 et 6 milliards d''euros, plus de 300 M€ et 1,2 Md$ ; le 𝕏 de Musk a coûté 44 milliards de dollars.'),
  ('Revenue rose to $12.5bn from about €9 billion; ¥3 trillion (about $20 billion) and 2.5 million pounds.'),
  ('字节跳动 (ByteDance) : 160 milliards de yuans. Subscribe for $1 a week.' || char(10) || '- Titre : 3 000 €');
SELECT d.id, (SELECT count(*) FROM extract_money(d.body)) AS money_rows,
       (SELECT count(*) FROM extract_facts(d.body)) AS facts_rows
  FROM docs d ORDER BY d.id;
SELECT count(*) AS only_in_facts FROM (
  SELECT d.id, f.rowid, f."match", f.amount, f.currency, f.qualifier, f.low, f.high, f.start, f."end" FROM docs d, extract_facts(d.body) f
  EXCEPT
  SELECT d.id, m.rowid, m."match", m.amount, m.currency, m.qualifier, m.low, m.high, m.start, m."end" FROM docs d, extract_money(d.body) m);
SELECT count(*) AS only_in_money FROM (
  SELECT d.id, m.rowid, m."match", m.amount, m.currency, m.qualifier, m.low, m.high, m.start, m."end" FROM docs d, extract_money(d.body) m
  EXCEPT
  SELECT d.id, f.rowid, f."match", f.amount, f.currency, f.qualifier, f.low, f.high, f.start, f."end" FROM docs d, extract_facts(d.body) f);
-- the same with the language given
SELECT count(*) AS differences FROM (
  SELECT * FROM (SELECT d.id, f."match", f.amount, f.currency, f.qualifier, f.low, f.high, f.start, f."end" FROM docs d, extract_facts(d.body, 'en') f
                 EXCEPT
                 SELECT d.id, m."match", m.amount, m.currency, m.qualifier, m.low, m.high, m.start, m."end" FROM docs d, extract_money(d.body, 'en') m)
  UNION ALL
  SELECT * FROM (SELECT d.id, m."match", m.amount, m.currency, m.qualifier, m.low, m.high, m.start, m."end" FROM docs d, extract_money(d.body, 'fr') m
                 EXCEPT
                 SELECT d.id, f."match", f.amount, f.currency, f.qualifier, f.low, f.high, f.start, f."end" FROM docs d, extract_facts(d.body, 'fr') f));
SELECT count(*) AS rows, sum(substr(d.body, f.start + 1, f."end" - f.start) = f."match") AS substr_ok
  FROM docs d, extract_facts(d.body) f;
DROP TABLE docs;
