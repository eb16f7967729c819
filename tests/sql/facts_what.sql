.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- What each amount is: the nearest word of ext/data/what.tsv near it (sentences written
-- for this test), in French and in English.
SELECT "match", what FROM extract_facts('Kelvora investira 2 milliards d''euros dans une usine. Le chiffre d''affaires de Vantora atteint 300 millions d''euros. Son bénéfice net recule à 12 millions d''euros. La jeune pousse Orvane a levé 15 millions d''euros. Orvane est valorisée 90 millions d''euros.', 'fr');
SELECT "match", what FROM extract_facts('Vantora rachète Kelvora pour 1,2 milliard d''euros. La Commission a infligé une amende de 400 millions d''euros à Orvane. Le salaire du patron atteint 4 millions d''euros. Le budget de l''État prévoit 10 milliards d''euros. Kelvora a souscrit un emprunt de 500 millions d''euros.', 'fr');
SELECT "match", what FROM extract_facts('Au total, les start-up ont levé 492 millions d''euros. La puce coûte 30 000 dollars. Sa fortune est estimée à 2 milliards d''euros.', 'fr');
SELECT "match", what FROM extract_facts('Kelvora will invest $2 billion in a plant. Vantora posted $300 million in revenue and a net income of $12 million. Orvane raised $15 million in a Series A round, at a valuation of $90 million.', 'en');
SELECT "match", what FROM extract_facts('Vantora agreed to acquire Kelvora for $1.2 billion. Regulators fined Orvane $400 million. The chief executive''s pay rose to $4 million. The state budget sets aside $10 billion. Kelvora took out a $500 million loan.', 'en');
SELECT "match", what FROM extract_facts('In total, startups raised $492 million. The chip costs $30,000. His net worth is $2 billion. The company had $3 billion.', 'en');
-- a list: the word of the sentence, past the other amounts; one amount in two
-- currencies shares it
SELECT "match", what FROM extract_facts('Suivent Vantora (8,09 milliards de bénéfice net), Kelvora (7,99) et Orvane (5,85). Kelvora dépensera 160 milliards de yuans (environ 23 milliards de dollars).', 'fr');
-- with nothing in its sentence, an amount is what the amount before it in the
-- paragraph is (a list after the sentence that names it); a word inside a name says
-- nothing ("Credit Suisse" is no credit); "au total" makes a total
SELECT "match", what FROM extract_facts('Les patrons ont touché des salaires records : Vantora avec 28,2 millions d''euros. Puis Kelvora avec 34,6 millions d''euros.

Credit Suisse (5,85 milliards de francs) recule. Au total, les start-up de la foodtech ont récolté 479 millions d''euros.', 'fr');

-- The distance to a phrase before the amount counts from its last word: "chiffre
-- d'affaires atteint 5 M€" is nearer than the "bénéfice" three words after.
SELECT "match", what FROM extract_facts('Le chiffre d''affaires atteint 5 M€ et le bénéfice 1 M€.', 'fr');
SELECT "match", what FROM extract_facts('Net revenue reached $5 million and the profit $1 million.', 'en');

-- Companies in the plural are a total over many (market, owned by nobody), unless named
-- right after ("les entreprises Gerflor, Forbo et Tarkett") or just before, in apposition.
SELECT "match", entity, what FROM extract_facts('Les 500 premières entreprises privées ont réalisé un bénéfice net de 218 milliards de yuans.', 'fr');
SELECT "match", entity, what FROM extract_facts('The listed state-owned companies posted combined profit of 3 trillion yuan.', 'en');
SELECT "match", what FROM extract_facts('Les entreprises Kelvora, Vantora et Orvane ont reçu une amende de 302 millions d''euros.', 'fr');
SELECT "match", what FROM extract_facts('Kelvora and Vantora, the region''s biggest tech companies, have both invested in a $300 million funding round.', 'en');
SELECT "match", what FROM extract_facts('Kelvora will supply chips to Korean companies, a deal worth $10 billion.', 'en');
SELECT "match", what FROM extract_facts('Smaller companies also found backers: a Berlin start-up raised $5 million in seed funding.', 'en');

-- Per share: an offer's price is the acquisition's (a "consideration"), the market's price
-- is a price even in a sentence about the deal; the longest phrase before an amount
-- counts ("closing share price", not its "price").
SELECT "match", what FROM extract_facts('Kelvora agreed to be acquired by Vantora. The deal is based on a cash consideration of $11.45 per share.', 'en');
SELECT "match", what FROM extract_facts('The consideration is a premium of 63% to Kelvora''s closing share price of $8.85 before the deal was reported.', 'en');
SELECT "match", what FROM extract_facts('Its shares rose 5% to HK$165.30 on Tuesday.', 'en');

-- A verb of total right after the phrase that says what the amount is sums that value
-- (class total_verb): one company's revenue, no total over many.
SELECT "match", entity, what FROM extract_facts('Kelvora a publié ses comptes. Les revenus ont totalisé 111,7 millions de dollars.', 'fr');
SELECT "match", entity, what FROM extract_facts('Kelvora published its accounts. Revenue totaled $111.7 million.', 'en');
SELECT "match", entity, what FROM extract_facts('La semaine totalise 40 millions d''euros levés par les jeunes pousses.', 'fr');

-- "transaction" is a deal (an acquisition where nothing else is near), a settlement only
-- as "transaction pénale"; "se valorisant", "décacorne" say a valuation.
SELECT "match", what FROM extract_facts('Le montant de la transaction s''élève à environ 200 millions d''euros.', 'fr');
SELECT "match", what FROM extract_facts('Kelvora a conclu une transaction pénale de 20 millions d''euros avec le parquet.', 'fr');
SELECT "match", what FROM extract_facts('Vantora sort du lot en se valorisant 5,1 Md€, à mi-chemin du statut de décacorne (10 Md€).', 'fr');

-- After the amount, phrases are read up to a comma, a colon or a bracket, the first word
-- after it too: the phrase before counts.
SELECT "match", what FROM extract_facts('Operating profit rose 7.7% to CHF 7bn, despite increased marketing spend.', 'en');
SELECT "match", what FROM extract_facts('Swisscom, qui a finalisé l''acquisition de Vodafone Italia pour 8 milliards d''euros, versera un dividende.', 'fr');
SELECT "match", what FROM extract_facts('The spot prices of lithium carbonate exceeded the RMB 500,000 threshold in September.', 'en');

-- A state body's funding and loans are public money: a budget (facts.tsv, class
-- state_body, the first words of its name).
SELECT "match", entity, what FROM extract_facts('The Department of Commerce will award $39 billion in funding to chip makers.', 'en');
SELECT "match", entity, what FROM extract_facts('Kelvora raised $40 million in funding from Accel.', 'en');

-- A company's net worth where no person is named is its valuation; a person's is wealth.
SELECT "match", entity, what FROM extract_facts('With a combined net worth of about $2.5 billion, Kelvora bought a 4% stake in Orvane for $1.1 billion through an open market transaction.', 'en');
SELECT "match", entity, what FROM extract_facts('Forbes puts the net worth of Vantora founder Marlow Grey at $6.2 billion.', 'en');

-- A price under a total word stays a price (an offer's in a purchase): "an average price";
-- a business sold off is a disposal, an acquisition (GUIDE.md: seller or buyer).
SELECT "match", what FROM extract_facts('The units were picked up at an average price of Rs 133.57 per unit, taking the combined transaction value to Rs 1,100.61 crore.', 'en');
SELECT "match", entity, what FROM extract_facts('On Monday, Kelvora sold off its oncology business to Vantora SAS for $2.4 billion.', 'en');
