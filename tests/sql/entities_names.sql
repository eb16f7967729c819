.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- Longer names are kept whole; what is not a name is not reported (issue 15's families,
-- in sentences written for this test).

-- Institutions: a head word, particles, and the capitalised words after them, even
-- common ones; alone, "Ministry" names nothing.
SELECT "match", name, kind FROM extract_entities('Funds went to the Ministry of Road Transport and Highways, the Ministry of Home Affairs and the University of Washington; the Ministry said nothing.', 'en');
SELECT "match", name, kind FROM extract_entities('La Cour suprême et la Banque de Construction de Chine ont signé ; le ministère de l’Économie, la famille Morvan et le gouvernement du Québec aussi.', 'fr');
-- ... but a person or a place after a lower-case head is that person's or place's
SELECT "match", name, kind FROM extract_entities('Le ministère de Bruno Le Maire a répondu au gouvernement de Pékin.', 'fr');
-- A capitalised common word belongs to the name it starts in mid-sentence, not at the
-- start of a sentence.
SELECT "match", name, kind FROM extract_entities('An analysis from the High Pay Centre and a stay at the Four Sight Hotel. High Prices were blamed.', 'en');
-- A place inside a longer name is part of it.
SELECT "match", name, kind FROM extract_entities('Loans from Bank of Scotland and China Railway Group reached Postmedia Network Canada, while China grew.', 'en');
SELECT "match", name, kind FROM extract_entities('Zurich Financial Services a cédé sa filiale à Postmedia Network Canada, en France.', 'fr');
-- An acronym defined in brackets is the name it abbreviates, then and later; one that
-- is no abbreviation of the name before it is not taken for it.
SELECT "match", name, kind FROM extract_entities('Northwind Asia Partners (NAP) led the round. NAP has now raised 2 funds, and Kelvora (QX) too.', 'en');
SELECT "match", name, kind FROM extract_entities('La start-up Maison Lumière Privée (MLP) lève 5 millions d’euros ; MLP recrute.', 'fr');
-- Money words and plural abbreviations are not names.
SELECT "match", name, kind FROM extract_entities('Vantora paid Rs 207 crore, about 92 million Swiss Francs, to the CEOs and MPs.', 'en');
-- A heading on a line of its own is no name; a byline (a person's name) is one.
SELECT "match", name, kind FROM extract_entities('Key Points
Priya Raman
Kelvora Systems raised money.', 'en');
-- Kinds: a given name first makes a person; no evidence at all, an organisation.
SELECT "match", name, kind FROM extract_entities('Marcel Dubreuil rejoint Vantora, et Kelvora recrute.', 'fr');
SELECT "match", name, kind FROM extract_entities('Walter Kimble joined Vantora, and Kelvora is hiring.', 'en');
-- A legal form written short keeps its dot; one after a comma belongs to the name.
SELECT "match", name, kind FROM extract_entities('Orvane Grid Corp. and Tesla Inc. hired Delmont Partners, Inc. and Allen & Co. LLC.', 'en');
-- A web site is named with its domain; a brand's own spelling is a name.
SELECT "match", name, kind FROM extract_entities('Selon CercleFinance.com et Trends.be, easyJet, eLichens, iliad et SK hynix ont publié leurs comptes.', 'fr');
-- A product keeps its version and edition.
SELECT "match", name, kind FROM extract_entities('Gemini 2.5 Pro beat Gemini 2.0 Flash and Ascend 910B.', 'en');
-- A title is no part of a person's name.
SELECT "match", name, kind FROM extract_entities('Dame Emma Walmsley et Sir Keir Starmer.', 'fr');
-- A company's name in capitals on a line of its own heads a news brief.
SELECT "match", name, kind FROM extract_entities('VALORIX
Le groupe publiera ses résultats jeudi.

NORDAVEX
Nordavex a perdu 3 millions d''euros.', 'fr');
-- A capitalised word the text also writes in lower case is a common noun, unless
-- something says it is a name.
SELECT "match", name, kind FROM extract_entities('La Bourse a reculé ; la bourse de Kelvora aussi, et la société Rentrée aussi. Avec la rentrée, Kelvora recrute.', 'fr');
-- A surname alone after a known person's full name is that person; a title is not
-- part of the name.
SELECT "match", name, kind FROM extract_entities('Elon Musk a parlé. Selon Musk, la demande reste forte. President Trump signed.', 'fr');
-- A known company or place followed by capitalised words that end in a legal form is a
-- company of its own; "X and Y Partners" stays two names; an acronym that spells a
-- name's initials is that name, defined or not.
SELECT "match", name, kind FROM extract_entities('Reliance New Energy Solar Ltd bought Shapoorji Pallonji and Company Private Ltd; later RNESL sold it. KKR and Insight Partners invested.', 'en');
-- Amounts written in digit groups are no model numbers; finance jargon is no name.
SELECT "match", name, kind FROM extract_entities('Moteurs Vantor 125 170 000 $ ; la CAGR et le GAAP de Kelvora Systems.', 'fr');
-- Hard-wrapped text: a line break in mid-sentence is a space inside a name; a list of
-- institutions with their amounts is no headline.
SELECT "match", name FROM extract_entities('Suivent Vantora, avec 8,09 milliards de bénéfice net, puis l''assureur Kelvora Financial
Services (4,39), selon la liste publiée jeudi.', 'fr');
SELECT "match", name, kind FROM extract_entities('Allocations

Ministry of Home Affairs: ₹2.03 lakh crore

Ministry of Railways: ₹2.55 lakh crore', 'en');
-- A legal suffix, then a particle and a place: "Orvane Corporation du Canada"; "Co." is a
-- legal form in French text too.
SELECT "match", name, kind FROM extract_entities('Orvane Corporation du Canada et China Life Insurance Co. ont signé.', 'fr');
-- Legal forms after " & " belong to the name; so does a long partnership's.
SELECT "match", name, kind FROM extract_entities('Advisers were Goldman Sachs & Co. LLC, Halvery Brant Strauss Moreau & Feld LLP and Texmaco Rail and Engineering Ltd.', 'en');
-- Articles and nationalities in mid-sentence may open a name.
SELECT "match", name, kind FROM extract_entities('Sales in The Americas rose, and British Airways flew more.', 'en');
-- A number right before a company's name is part of it; a number of a list is not.
SELECT "match", name, kind FROM extract_entities('Kreaxi, 360 Capital Partners et 21 Centrale Partners ont participé ; 5, 360 Capital Partners aussi.', 'fr');
-- French institutions with words in lower case between their head and a name; a
-- head followed by a verb or an article names nothing.
SELECT "match", name, kind FROM extract_entities('La Banque agricole de Chine, la Confédération des entreprises de Chine et l''Association des directeurs des entreprises de Chine ; la Commission des finances du Conseil national a voté. La Banque a prêté de l''argent à Kelvora.', 'fr');
-- Terms of business writing in capitals are no names; a given name first makes a
-- person only written as a name.
SELECT "match", name, kind FROM extract_entities('The Enterprise Value and the Takeover Regulations of the Centre matter to ERICO Global and Walter Brisk.', 'en');
-- A word that starts a sentence is a name when a verb of names follows it; a name that
-- starts a longer name of the text is that name; a legal form makes a name on a line
-- of its own; a line break inside a person's name is a space.
SELECT "match", name, kind FROM extract_entities('Deals
Zentaro raised $5m. Qorvant Rail and Engineering Ltd won; Qorvant Rail will hire.
Halvery Moreau & Feld LLP
Its CEO Walter
Brisk said so.', 'en');
-- A compound keeps its parts ("CM-CIC" is not the CIC); only standard Roman numerals
-- are numerals ("CIC" is none); a site's name is one whatever its word.
SELECT "match", name, kind FROM extract_entities('Auprès de CM-CIC Investissement et de XK-CIC Partners. Louis XIV et le XXIe siècle.
Trends.be, avec Belga, le rapporte.', 'fr');
-- An acronym defined after a long name spans the names next to each other before it;
-- a scheme or a law is a product; two regions joined by "and" are two places.
SELECT "match", name, kind FROM extract_entities('Funds for the Mahatma Gandhi National Rural Employment Guarantee Scheme (MGNREGS) grew; MGNREGS is big. Sales in the Middle East and North Africa rose.', 'en');
-- A contraction or a possessive inside a company's name; a place before its region;
-- the people of a wire credit.
SELECT "match", name, kind FROM extract_entities('The studio Don''t Nod was sold to Harlow''s Companies Inc, which is based in Tucson, Arizona, and whose rivals include Kelvora''s own studio.
(Reporting by Walter Brisk; Editing by Anita Corve)', 'en');
-- The same families in the other language: a heading, a currency and a plural
-- abbreviation in French; a title and a brand in English.
SELECT "match", name, kind FROM extract_entities('Chiffres Clés
Kelvora Systèmes a versé 5 Euros par action aux PDG et aux ETI de la région.', 'fr');
SELECT "match", name, kind FROM extract_entities('Dame Emma Walmsley said easyJet and SK hynix would report on Monday.', 'en');
