.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- extract_money(): the money forms of French and English articles.
-- Columns: match, amount, currency, qualifier, low, high, start, end.

-- French: number + scale + de + name
SELECT * FROM extract_money('Selon le journal, la start-up a levé 5,6 milliards de dollars auprès de ses actionnaires.');
SELECT * FROM extract_money('La banque publique prêtera 12 milliards d''euros aux collectivités.');
SELECT * FROM extract_money('Le fonds a réuni 75 millions d’euros, une somme record pour la région.');
SELECT * FROM extract_money('Le club anglais a dépensé 300 millions de livres sterling cet été.');
SELECT * FROM extract_money('Le groupe chinois a investi 2 milliards de yuans dans ses usines.');
SELECT * FROM extract_money('Le gestionnaire suisse pèse 10 millions de francs suisses seulement.');
SELECT * FROM extract_money('La filiale a été vendue 120 millions de dollars de Hong Kong à un fonds local.');
SELECT * FROM extract_money('Le contrat porte sur 40 millions de dollars américains et sera signé demain.');
SELECT * FROM extract_money('La mairie a reçu une subvention de 8 millions de dollars US pour le port.');
SELECT * FROM extract_money('Le groupe a publié un résultat de 3,2 milliards de renminbi pour le trimestre.');

-- French: symbols before and after, spaced or attached
SELECT * FROM extract_money('Le forfait coûte 49 € par mois chez cet opérateur.');
SELECT * FROM extract_money('Le forfait coûte 49€ par mois chez cet opérateur.');
SELECT * FROM extract_money('Le billet d''entrée est affiché à $12 sur le site du musée.');
SELECT * FROM extract_money('Le ticket de métro coûte désormais 2,15 € à Paris.');
SELECT * FROM extract_money('La start-up a levé 5 millions $US lors de son premier tour.');
SELECT * FROM extract_money('Le prix plancher est fixé à £200 pour les abonnés.');

-- French: ISO codes before, after, attached
SELECT * FROM extract_money('Le régulateur a infligé une amende de 200 millions EUR au groupe.');
SELECT * FROM extract_money('Le fonds souverain pèse CHF 2,4 milliards selon son rapport annuel.');
SELECT * FROM extract_money('La société a émis une obligation de USD 500 millions la semaine dernière.');
SELECT * FROM extract_money('Le groupe a levé USD5bn sur le marché obligataire, selon les banques.');

-- French: scale abbreviations
SELECT * FROM extract_money('Le plan de relance atteint 4 Md€ sur trois ans pour la région.');
SELECT * FROM extract_money('Les investissements prévus sont de 2,5 Mds€ pour la décennie.');
SELECT * FROM extract_money('La levée de fonds totalise 1,2 Mrd EUR, un record pour le secteur.');
SELECT * FROM extract_money('Le budget de la campagne est de 500 k€ pour toute l''année.');
SELECT * FROM extract_money('La jeune pousse a levé 3 M€ auprès de business angels.');

-- French: numbers in words; French "billion" is 10^12
SELECT * FROM extract_money('Le gouvernement a débloqué un milliard d''euros pour les hôpitaux.');
SELECT * FROM extract_money('La société prévoit deux milliards de dollars de dépenses en capital.');
SELECT * FROM extract_money('Le groupe a prévu cent soixante millions de yuans pour ses centres de données.');
SELECT * FROM extract_money('La dette publique du pays est de 3 billions d’euros selon la Cour des comptes.');

-- French: grouping separators (space, U+00A0, U+202F, U+2009, dot, apostrophes)
SELECT * FROM extract_money('Le terrain a été vendu 1 200 000 euros à la commune.');
SELECT * FROM extract_money('Le terrain a été vendu 1' || char(160) || '200' || char(160) || '000' || char(160) || '€ à la commune.');
SELECT * FROM extract_money('Le terrain a été vendu 1' || char(8239) || '200' || char(8239) || '000 € à la commune.');
SELECT * FROM extract_money('Le terrain a été vendu 1' || char(8201) || '200' || char(8201) || '000 € à la commune.');
SELECT * FROM extract_money('Le terrain a été vendu 1.200.000 € à la commune.');
SELECT * FROM extract_money('Le chalet a été vendu 1''200''000 CHF à un investisseur genevois.');
SELECT * FROM extract_money('Le chalet a été vendu 1’200’000 CHF à un investisseur genevois.');

-- English-formatted amounts inside French text
SELECT * FROM extract_money('Le nouveau casque coûtera €3,000 à son lancement en France.');
SELECT * FROM extract_money('Le prototype a coûté $20,000 selon la presse spécialisée.');

-- French qualifiers: approx, min, max (the cue is not part of the match)
SELECT * FROM extract_money('Le plan représente environ 160 milliards de yuans sur cinq ans.');
SELECT * FROM extract_money('La facture atteint près de 2 milliards d''euros pour l''État.');
SELECT * FROM extract_money('Le groupe a dépensé plus de 7 milliards de dollars en puces.');
SELECT * FROM extract_money('Le contrat vaut au moins 40 milliards de yuans selon les analystes.');
SELECT * FROM extract_money('L''enveloppe pourra aller jusqu’à 7 milliards de dollars d''ici deux ans.');
SELECT * FROM extract_money('Le projet a coûté moins de 3 millions d''euros à la ville.');
SELECT * FROM extract_money('La prime atteindra au plus 500 euros, précise le ministère.');

-- French ranges: one scale and one currency for both ends
SELECT * FROM extract_money('Le coût est estimé entre 3 et 5 milliards de dollars par les experts.');
SELECT * FROM extract_money('La levée devrait atteindre de 10 à 12 milliards d''euros selon la banque.');

-- French: a bare scaled number after a money mention in the same sentence takes its currency
SELECT * FROM extract_money('Le chiffre d''affaires a atteint 30,8 milliards de dollars, contre 13,5 milliards un an plus tôt.');
-- ... but not across a sentence boundary
SELECT * FROM extract_money('Le groupe a levé 2 milliards de dollars. Un an plus tôt, il visait 5 milliards.');

-- English
SELECT * FROM extract_money('The company raised $5.6 billion from its investors last year, the report said.');
SELECT * FROM extract_money('The club paid £200 million for the striker, a British record.');
SELECT * FROM extract_money('The government announced a €30bn plan for the railway network.');
SELECT * FROM extract_money('The lender priced the bond at US$ 7 billion on Tuesday, people familiar with the matter said.');
SELECT * FROM extract_money('The developer sold the tower for HK$12 million to a local family office.');
SELECT * FROM extract_money('The miner said it would spend A$3 billion on the new project over the next decade.');
SELECT * FROM extract_money('The retailer will invest C$450 million in its stores, while its rival plans S$2 billion in Asia.');
SELECT * FROM extract_money('The chipmaker raised NT$60 billion and its Brazilian partner R$1.2 billion in the same week.');
SELECT * FROM extract_money('The fund bought the stake for CN¥800 million, according to the filing.');
SELECT * FROM extract_money('The telecom group will invest ₩2 trillion in new networks, and ₹5 crore in a pilot in India.');
SELECT * FROM extract_money('The startup raised ₹3 lakh from friends before it raised ₽10 million from a Russian fund.');
SELECT * FROM extract_money('The insurer paid out $2tn over the decade and $4 mn in fines, the regulator said.');
SELECT * FROM extract_money('Revenue rose to $450m in the quarter and to £1.2bn for the year.');
SELECT * FROM extract_money('The deal is worth USD 5 million, and the fee is 300 EUR per user.');
SELECT * FROM extract_money('The firm expects to spend five million dollars on the upgrade this year.');
SELECT * FROM extract_money('The plan will cost half a billion dollars over the next three years.');
SELECT * FROM extract_money('The company has 1,200,000 dollars in cash and $3,500.50 in fees outstanding.');
SELECT * FROM extract_money('The new factory cost about $5 billion, and the old one roughly €40 million.');
SELECT * FROM extract_money('The group will spend more than $7 billion, and at least £1 million on training.');
SELECT * FROM extract_money('Bonuses can reach up to $20,000 per employee, and as much as $3 billion in total.');
SELECT * FROM extract_money('The startup spent less than $3 million and the rival nearly $4 million, with ~$5bn still in reserve.');
SELECT * FROM extract_money('Analysts expect the bill to be between $5 billion and $7 billion this year.');
SELECT * FROM extract_money('The project is expected to cost $5-7 billion over the decade, the ministry said.');
SELECT * FROM extract_money('Sales reached $30.8 billion, compared with 13.5 billion a year earlier.');

-- more qualifier cues, in both languages
SELECT * FROM extract_money('Ils ont levé quelque 300 millions de dollars, pas moins de 2 milliards d''euros et plus d''un milliard de dollars.');
SELECT * FROM extract_money('Le contrat, pouvant atteindre 4 milliards de dollars, et autour de 2 millions d''euros.');
SELECT * FROM extract_money('They raised upwards of $2 billion, capped at $5 billion, over $1 billion and some $40 million, around $3 million.');
SELECT * FROM extract_money('It sold the site for an estimated £80m, a price in the region of £75m; aux environs de 90 millions d''euros.');

-- more ranges
SELECT * FROM extract_money('Le salaire passe de 2 000 à 2 500 euros.');
SELECT * FROM extract_money('Il a payé entre 5 millions et 7 millions d''euros.');
SELECT * FROM extract_money('Le chantier coûtera 5 à 7 milliards de dollars.');
SELECT * FROM extract_money('He paid between 5 and 7 million dollars.');

-- numbers in words with d’ (the apostrophe of French web text)
SELECT * FROM extract_money('Elle a levé quinze millions d’euros auprès de trois fonds.');

-- two currencies for one amount, decimals in both conventions
SELECT * FROM extract_money('Il a levé 12 milliards de dollars américains (11 milliards d’euros).');
SELECT * FROM extract_money('It costs US$1,234.56 or €1.234,56, and 1 234,56 € in Paris.');

-- lang forced: the same text read as French and as English
SELECT * FROM extract_money('Il a promis 3 billions de dollars.', 'fr');
SELECT * FROM extract_money('He promised 3 billion dollars.', 'en');
SELECT * FROM extract_money('Il a levé 5,6 milliards de dollars.', 'auto');

-- several mentions in one text come in text order; usable over a table
CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, body TEXT);
INSERT INTO articles VALUES
  (1, 'fr', 'La société a levé 20 millions d''euros, puis 35 millions de dollars un an plus tard.'),
  (2, 'en', 'The startup raised $4 million in its seed round and £10 million in its Series A.'),
  (3, 'auto', 'Aucun montant ici, seulement 300 salariés.');
SELECT a.id, m.match, m.amount, m.currency, m.start, m."end"
  FROM articles AS a, extract_money(a.body, a.lang) AS m
  ORDER BY a.id, m.start;
SELECT a.id, count(m.match) AS mentions, total(m.amount) AS total
  FROM articles AS a LEFT JOIN extract_money(a.body) AS m
  GROUP BY a.id ORDER BY a.id;
