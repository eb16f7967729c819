.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- extract_money() on the forms of real French press (issue 14), written for this test.
-- Columns: match, amount, currency, qualifier, low, high.

-- Currency stated once, carried: "dont", a scale word, across sentences of a paragraph,
-- or given after ("1,75 million et 600 000 euros").
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('La jeune pousse nantaise a bouclé un tour de 42 millions d''euros, dont 12 millions apportés par la banque publique.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le transporteur a engagé 2,4 milliards d''euros et prévoit 0,8 milliard de plus en 2027.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le fonds a versé 2,25 millions et 450 000 euros aux deux lauréats.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le groupe a levé 65 millions de dollars en mai. Un an plus tôt, il avait levé 18,5 millions.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le budget atteint 3 milliards d''euros.

La région compte 2 millions d''habitants et 5 millions de visiteurs.', 'fr');
-- A list of results whose scale and currency are given once
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Classement des bénéfices : Alpha (6,12 milliards de francs), Beta (4,35), Gamma (2,08) et Delta (1,5 milliard).', 'fr');
-- A count in between: the bare number goes with it, not with the money
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le service a coûté 2 millions d''euros. Il compte 40 millions d''abonnés, contre 25 millions pour son rival.', 'fr');
-- The same sum in brackets in another currency does not change the currency carried
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Les deux groupes ont gagné 150 milliards de yuans (19 milliards d''euros), 90 milliards pour le premier et 60 pour le second.', 'fr');

-- Negative amounts: a written sign is part of the span; a loss without one stays positive
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le résultat net ressort à -23 M€ (-4 M€ au premier semestre), la trésorerie à +18 M€.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('L''assureur publie une perte de 39,6 millions d''euros.', 'fr');

-- Press abbreviations of the financial wires
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le chiffre d''affaires atteint 7,4 MdsE, l''Ebitda 512,5 ME, le résultat -87 ME et le BNPA -0,62 E.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('La cession rapporte 10 Md€ et le rachat coûte 7 Mds$.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le ticket de métro passe à .50 € de plus, soit 2,10 €.', 'fr');

-- Ranges, alternatives, changes; a year is no low end
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le chantier coûtera de 4 à 6 milliards d''euros, voire entre 8 et 2 millions de plus selon les devis.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Comptez sept ou huit euros pour un menu.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le volume des crédits est passé de 9,4 à 11,2 milliards de francs.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le prix du mètre carré culminait en 2019 à 12 400 euros.', 'fr');

-- Thresholds and qualifiers; a threshold in a noun phrase is the amount, exact
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Les levées dépassent les 80 millions d''euros, au-delà des 15 millions d''euros par dossier.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le déficit est proche de 3,8 milliards d''euros, de l''ordre de 2 milliards hors dette.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le total passe sous la barre des 50 millions d''euros, loin de la barre des 300 millions d''euros.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('La semaine totalise 40 millions d''euros, sans aucune levée à plus de 10 millions d''euros ; la précédente en comptait plus de 3 millions d''euros.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('L''action cote 8 euros et quelques, il faudrait environ « 10 milliards d''euros » d''économies.', 'fr');

-- Numbers in the wild
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('La société pèse 612, 40 millions d''euros, soit quatre milliard de dollars selon le cours.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Elle est valorisée au-delà du milliard de dollars ; la levée reste sous le million d''euros.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Les amendes s''élevaient à 1 milliard 300 millions d''euros.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le groupe suédois a payé 4,2 millions de couronnes, le danois 3 millions de couronnes danoises.', 'fr');

-- The press's local dollar and franc: an article that names Québec more than the
-- United States reads "$" as CAD; "francs" are Swiss unless the text is West African.
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le gouvernement du Québec accorde 25 M$ à la PME de Sherbrooke. Le projet, évalué à 80 millions $, créera 300 emplois en Estrie. Montréal avait déjà reçu 12 000 000 $ et 3,5 millions de dollars pour son port. Le ministre québécois a salué un investissement « structurant » pour la région, pour les fournisseurs locaux et pour les familles de Sherbrooke, de Magog et de Granby. Les travaux commenceront au printemps.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('La Confédération a économisé 128 millions de francs. Les cantons de Vaud et de Genève recevront 40 millions de francs chacun, selon le Conseil fédéral, qui a présenté le budget à Berne mercredi. Le Parlement se prononcera en décembre sur ces crédits.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le gouvernement du Québec accorde 25 M$ à la PME.', 'fr');

-- False friends
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Il pèse 160 livres. Ajoutez une livre de beurre et 3 livres de farine.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('L''Euro 2024 commence en juin ; l''euro 20 ans plus tard reste fort.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le MAD 7 est un modèle de drone et le TRY 3 une norme.', 'fr');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Le chiffre d''affaires atteint 480 TRY et MAD 7 millions au Maroc.', 'fr');
