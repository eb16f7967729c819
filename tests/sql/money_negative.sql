.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- Not money: each statement must print no row.

-- counts, even with scale words
SELECT * FROM extract_money('Le groupe a commandé 20 000 puces auprès de son fournisseur.');
SELECT * FROM extract_money('L''application revendique 75 millions d’utilisateurs actifs en Europe.');
SELECT * FROM extract_money('Plus de 3 milliards de personnes utilisent une messagerie chaque jour.');
SELECT * FROM extract_money('The app has 5 million users and 12,000 employees worldwide.');
SELECT * FROM extract_money('The company shipped more than 2 billion chips last year.');

-- percentages
SELECT * FROM extract_money('Le chiffre d''affaires a bondi de 200% en un an.');
SELECT * FROM extract_money('Les ventes ont progressé de 15,5 % sur le trimestre.');
SELECT * FROM extract_money('Revenue grew 35 percent, and margins rose 2.5%.');

-- years and dates
SELECT * FROM extract_money('En 2025, le groupe a ouvert trois centres de données.');
SELECT * FROM extract_money('Le plan court de 2024 à 2026 selon la direction.');
SELECT * FROM extract_money('La réunion est prévue le 5 janvier 2026 à Pékin.');
SELECT * FROM extract_money('Le rapport daté du 05/01/2026 a été publié le 2026-01-07.');
SELECT * FROM extract_money('The plan was announced on March 3, 2025, and runs until 2027.');

-- times
SELECT * FROM extract_money('La conférence commence à 14h30 et se termine à 18 h.');
SELECT * FROM extract_money('The call starts at 10:45 am and ends at 3:30 pm.');

-- model numbers
SELECT * FROM extract_money('Le groupe veut acheter des puces H200 et des cartes RTX 5090.');
SELECT * FROM extract_money('The Ascend 910B chip competes with the H20 and the B200.');
SELECT * FROM extract_money('Le nouveau modèle A320 et le 737 MAX sont en concurrence.');

-- phone numbers
SELECT * FROM extract_money('Pour tout renseignement, appelez le 01 23 45 67 89 ou le +33 1 23 45 67 89.');
SELECT * FROM extract_money('Call (555) 123-4567 or +1 212 555 0199 for details.');

-- a currency word without an amount, a bare number without a currency
SELECT * FROM extract_money('Le dollar a reculé face à l''euro et au yuan cette semaine.');
SELECT * FROM extract_money('The dollar fell against the euro and the pound on Friday.');
SELECT * FROM extract_money('Le groupe prévoit 5 milliards de nouvelles commandes.');
SELECT * FROM extract_money('Il y a 12 candidats pour 3 postes.');

-- words that contain currency symbols or codes
SELECT * FROM extract_money('Le EURUSD et le code USDT ne sont pas des montants, ni EUROPE 1.');
SELECT * FROM extract_money('Les partis UDI et LR, le score 3-1 et la version 2.0.1.');
