.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- extract_facts: the year that governs an amount (year), from a cue before or after it
-- ("en", "pour", "d'ici", "in", "by", "fiscal", "exercice", "FY2026", "2026年"); not the
-- term of a comparison ("par rapport à", "contre", "compared with", "up from", "since")
-- unless the amount is itself inside it; NULL without a cue.

-- 1. A cue before or after the amount.
SELECT "match", year FROM extract_facts('En 2026, ByteDance dépensera 160 milliards de yuans.');
SELECT "match", year FROM extract_facts('ByteDance dépensera 160 milliards de yuans en 2026.');
SELECT "match", year FROM extract_facts('ByteDance prévoit un budget de 12 milliards de dollars pour 2025.');
SELECT "match", year FROM extract_facts('ByteDance veut atteindre 20 milliards de dollars de revenus d''ici 2027.');
SELECT "match", year FROM extract_facts('Pour l''exercice 2025, Alibaba vise 30 milliards de yuans.');
SELECT "match", year FROM extract_facts('In 2025, Microsoft will spend $80 billion.');
SELECT "match", year FROM extract_facts('Microsoft will spend $80 billion in 2025.');
SELECT "match", year FROM extract_facts('Microsoft plans to reach $100 billion by 2027.');
SELECT "match", year FROM extract_facts('Alibaba will invest 380 billion yuan for 2026.');
-- a short French text, language detected or given
SELECT "match", year FROM extract_facts('ByteDance a dépensé 300 dollars en 2025.');
SELECT "match", year FROM extract_facts('ByteDance a dépensé 300 dollars en 2025.', 'fr');
SELECT "match", year FROM extract_facts('Il a payé 300 dollars en 2026.');

-- 2. Cues carried by the year itself: FY2026, fiscal 2025, 2026年.
SELECT "match", year FROM extract_facts('Microsoft expects $80 billion of capex in FY2026.');
SELECT "match", year FROM extract_facts('Microsoft expects FY2026 capex of $80 billion.');
SELECT "match", year FROM extract_facts('Microsoft spent $55.7 billion in fiscal 2025.');
SELECT "match", year FROM extract_facts('Fiscal 2025 revenue came to $245 billion.');
SELECT "match", year FROM extract_facts('ByteDance 2026年 dépensera 23 milliards de dollars.');
SELECT "match", year FROM extract_facts('ByteDance capex 2026年: $23 billion.');
SELECT "match", year FROM extract_facts('字节跳动2026年资本开支 $23 billion。');

-- 3. A comparison year is not the amount's year ...
SELECT "match", year FROM extract_facts('ByteDance dépensera 12 milliards de dollars, soit 40 % de plus par rapport à 2025.');
SELECT "match", year FROM extract_facts('ByteDance dépensera 12 milliards de dollars en 2026, par rapport à 2025.');
SELECT "match", year FROM extract_facts('Capex rose to $12 billion, compared with 2024.');
SELECT "match", year FROM extract_facts('Alibaba has spent $10 billion since 2023.');
SELECT "match", year FROM extract_facts('Alibaba dépensera 380 milliards de yuans sur trois ans, depuis 2025.');
-- ... but the amount inside the comparison keeps its own year
SELECT "match", year FROM extract_facts('Le budget atteindra 12 milliards de dollars, contre 8 milliards de dollars en 2024.');
SELECT "match", year FROM extract_facts('Capex rose to $12 billion, up from $8 billion in 2024.');
SELECT "match", year FROM extract_facts('Le chiffre d''affaires a atteint 12 milliards de dollars en 2025, contre 9 milliards de dollars en 2024.');
SELECT "match", year FROM extract_facts('Revenue reached $12 billion in 2025, compared with $9 billion in 2024.');
SELECT "match", year FROM extract_facts('Capex will reach $12 billion in 2026, up from $8 billion in 2025.');

-- 4. Two amounts, two years, one sentence: each its own.
SELECT "match", year FROM extract_facts('ByteDance dépensera 12 milliards de dollars en 2026 et 15 milliards de dollars en 2027.');
SELECT "match", year FROM extract_facts('ByteDance investira 5 milliards d''euros en 2026 et 7 milliards d''euros en 2028.');
SELECT "match", year FROM extract_facts('ByteDance dépensera 12 milliards de dollars en 2026, puis 15 milliards de dollars en 2027.');
SELECT "match", year FROM extract_facts('En 2026, ByteDance dépensera 12 milliards de dollars et en 2027, 15 milliards de dollars.');
SELECT "match", year FROM extract_facts('ByteDance will spend $12 billion in 2026 and $15 billion in 2027.');
SELECT "match", year FROM extract_facts('In 2026, ByteDance will spend $12 billion and in 2027, $15 billion.');

-- 5. No year, or a year without a cue: NULL. A date is not a cue.
SELECT "match", year FROM extract_facts('ByteDance dépensera 12 milliards de dollars.');
SELECT "match", year FROM extract_facts('ByteDance will spend $12 billion.');
SELECT "match", year FROM extract_facts('Le 5 janvier 2026, ByteDance a annoncé 12 milliards de dollars d''investissements.');
SELECT "match", year FROM extract_facts('ByteDance a annoncé le 5 janvier 2026 un plan de 12 milliards de dollars.');
SELECT "match", year FROM extract_facts('On January 5, 2026, ByteDance announced $12 billion of investment.');
-- but a list's label is one (GUIDE.md: "2021 : 28,2 millions" sets the year)
SELECT "match", year FROM extract_facts('ByteDance 2026 : 12 milliards de dollars.');
-- a year in another sentence does not carry over
SELECT "match", year, sentence FROM extract_facts('Tout change en 2026. ByteDance dépensera 12 milliards de dollars.');
SELECT "match", year, sentence FROM extract_facts('Everything changes in 2026. ByteDance will spend $12 billion.');
-- a number that is not a year
SELECT "match", year FROM extract_facts('ByteDance a dépensé 2026 dollars en 2025.');
SELECT "match", year FROM extract_facts('The share rose 2025% to $12 in 2024.');

-- 6. Over a table: sum by entity and year.
WITH articles(id, body) AS (VALUES
  (1, 'ByteDance dépensera 12 milliards de dollars en 2026. En 2025, ByteDance a dépensé 8 milliards de dollars.'),
  (2, 'ByteDance will spend $3 billion more in 2026.'),
  (3, 'Tencent will spend $5 billion in FY2026, compared with $4 billion in fiscal 2025.'))
SELECT f.entity, f.year, f.currency, sum(f.amount) AS total, count(*) AS n
  FROM articles a, extract_facts(a.body) f GROUP BY f.entity, f.year, f.currency ORDER BY f.entity, f.year;

-- The article's period: the year its lead states governs the amounts of later paragraphs
-- that state none (year_source earlier); not within the lead's own paragraph, not a
-- target year ("d'ici 2030"), not a comparison's.
SELECT "match", year, year_source FROM extract_facts('Kelvora : le chiffre d''affaires atteint 15 M€ au premier semestre 2025.

Le résultat net s''établit à 2 M€.', 'fr');
SELECT "match", year, year_source FROM extract_facts('Kelvora posted revenue of $15 million in the first half of 2025.

Net income was $2 million.', 'en');
SELECT "match", year FROM extract_facts('Kelvora vise 1 milliard d''euros de chiffre d''affaires d''ici 2030.

Son résultat net atteint 2 M€.', 'fr');
-- a fiscal year across two states no year (GUIDE.md)
SELECT "match", year FROM extract_facts('Le chiffre d''affaires s''élève à 567 M€ sur l''exercice 2024-2025.', 'fr');
SELECT "match", year FROM extract_facts('Revenue was $567 million in fiscal 2024/25.', 'en');
-- a title's year that is a comparison's is no heading year
SELECT "match", year FROM extract_facts('Un trimestre meilleur qu''en 2020 pour Kelvora
Kelvora a dégagé un bénéfice de 8 M€.', 'fr');
-- an amount per year or over several years has no year of its heading
SELECT "match", year FROM extract_facts('Rémunérations 2024
Marlow Grey a touché 3 millions d''euros par an. Sur quatre ans, il a cumulé 12 millions d''euros.', 'fr');
