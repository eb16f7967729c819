.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- extract_facts: who an amount belongs to (entity, entity_kind). The spender, raiser,
-- investor or earner; never the news source, the supplier or seller, the investee, nor a
-- name the sentence only refers through ("la société mère de TikTok"); then the article's
-- main organisation; NULL for an advertisement in the other language.

-- 1. The spender, not the source that reports it.
SELECT "match", entity, entity_kind FROM extract_facts('Selon Reuters, ByteDance prévoit de dépenser 12 milliards de dollars en puces.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance dépensera 85 milliards de yuans, selon Bloomberg.');
SELECT "match", entity, entity_kind FROM extract_facts('Alibaba investira 50 milliards de yuans, a rapporté le Financial Times.');
SELECT "match", entity, entity_kind FROM extract_facts('Reuters a rapporté que Tencent va lever 2 milliards de dollars.');
SELECT "match", entity, entity_kind FROM extract_facts('D''après Bloomberg, Tencent lèvera 2 milliards de dollars.');
SELECT "match", entity, entity_kind FROM extract_facts('According to Reuters, ByteDance plans to spend $12 billion on AI chips.');
SELECT "match", entity, entity_kind FROM extract_facts('Alibaba will invest 50 billion yuan, the Financial Times reported.');
SELECT "match", entity, entity_kind FROM extract_facts('Reuters reported that Tencent will raise $2 billion.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance will spend $12 billion this year, Bloomberg said.');

-- 2. The buyer, not the supplier or seller.
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance achètera pour 10 milliards de dollars de puces Nvidia.');
SELECT "match", entity, entity_kind FROM extract_facts('Tencent commandera des processeurs Ascend de Huawei pour 3 milliards de yuans.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance a acheté à Nvidia pour 5 milliards de dollars de puces.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance will buy $10 billion of Nvidia chips.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance will buy $10 billion worth of Nvidia chips.');
SELECT "match", entity, entity_kind FROM extract_facts('Tencent ordered Huawei''s Ascend chips worth 3 billion yuan.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance bought $5 billion of chips from Nvidia.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance will spend $10 billion on Nvidia''s chips.');
-- the payee is the seller too
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance paiera 3 milliards de dollars à Oracle.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance will pay $3 billion to Oracle.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance will pay Oracle $3 billion.');

-- 3. The investor or raiser, not the investee or the counterpart.
SELECT "match", entity, entity_kind FROM extract_facts('Alibaba investit 1 milliard de dollars dans Moonshot AI.');
SELECT "match", entity, entity_kind FROM extract_facts('Zhipu a levé 500 millions de dollars auprès de Tencent.');
SELECT "match", entity, entity_kind FROM extract_facts('Alibaba a signé un contrat de 2 milliards de dollars avec Nvidia.');
SELECT "match", entity, entity_kind FROM extract_facts('Alibaba invested $1 billion in Moonshot AI.');
SELECT "match", entity, entity_kind FROM extract_facts('Alibaba invests in Moonshot AI with $1 billion.');
SELECT "match", entity, entity_kind FROM extract_facts('Alibaba signed a $2 billion deal with Nvidia.');

-- 4. An indirect reference ("la société mère de TikTok", "the owner of TikTok",
-- "TikTok's parent") is the article's main organisation, not TikTok.
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance accélère. ByteDance veut rattraper OpenAI. La société mère de TikTok dépensera 20 milliards de dollars.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance domine. ByteDance recrute. Le propriétaire de TikTok investira 4 milliards d''euros.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance mène. ByteDance recrute. Nvidia confirme. La maison mère de TikTok a commandé pour 3 milliards de dollars de puces Nvidia.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance is racing. ByteDance wants to catch OpenAI. The owner of TikTok will spend $20 billion.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance is racing. ByteDance wants to catch OpenAI. TikTok''s parent plans to spend $20 billion.');
-- the owner named in apposition is named directly
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance, la maison mère de TikTok, dépensera 20 milliards de dollars.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance, TikTok''s parent, will spend $20 billion.');
SELECT "match", entity, entity_kind FROM extract_facts('TikTok owner ByteDance will spend $20 billion.');
-- without a main organisation in the article, nobody
SELECT "match", entity, entity_kind FROM extract_facts('La société mère de TikTok dépensera 20 milliards de dollars.');

-- 5. A passive agent is the owner ("racheté par X", "acquired by X").
SELECT "match", entity, entity_kind FROM extract_facts('La start-up Orvane a été rachetée par Alibaba pour 2 milliards de dollars.');
SELECT "match", entity, entity_kind FROM extract_facts('Orvane a été acquise pour 2 milliards de dollars par Alibaba.');
SELECT "match", entity, entity_kind FROM extract_facts('Orvane was acquired by Alibaba for $2 billion.');
SELECT "match", entity, entity_kind FROM extract_facts('The $2 billion investment by Tencent targets the cloud.');

-- 6. The amount's genitive or possessive is the owner, before a nearer subject.
SELECT "match", entity, entity_kind FROM extract_facts('Les 5,6 milliards de dollars de ByteDance iront aux centres de données de Microsoft.');
SELECT "match", entity, entity_kind FROM extract_facts('L''investissement de Tencent, 2 milliards de dollars, vise le cloud.');
SELECT "match", entity, entity_kind FROM extract_facts('ByteDance''s $5bn budget will go to Microsoft data centres.');
SELECT "match", entity, entity_kind FROM extract_facts('Tencent''s investment of $2 billion targets the cloud.');

-- 7. A sentence that names nobody (or only a source): the article's main organisation,
-- the one named most often, news outlets aside ("l'entreprise", "the company").
SELECT "match", entity, entity_kind, sentence FROM extract_facts('ByteDance accélère. L''entreprise dépensera 3 milliards d''euros en Europe. Au total, 7 milliards de dollars seront investis.');
SELECT "match", entity, entity_kind, sentence FROM extract_facts('Tencent accélère. Tencent recrute. Selon Reuters, 7 milliards de dollars seront investis.');
SELECT "match", entity, entity_kind, sentence FROM extract_facts('Tencent accélère. Reuters rapporte. Reuters ajoute. Reuters insiste. Le groupe dépensera 7 milliards de dollars.');
SELECT "match", entity, entity_kind, sentence FROM extract_facts('ByteDance is racing. The company will spend €3 billion in Europe. In all, $7 billion will be invested.');
SELECT "match", entity, entity_kind, sentence FROM extract_facts('Tencent is racing. Tencent is hiring. According to the Financial Times, the company will spend $7 billion.');
-- the most-mentioned organisation wins over one named once
SELECT "match", entity, entity_kind, sentence FROM extract_facts('Alibaba et Tencent accélèrent. Alibaba recrute. Alibaba construit. Le groupe investira 4 milliards de dollars.');

-- 8. Two organisations in one sentence: each amount to its nearest subject.
SELECT "match", entity, entity_kind FROM extract_facts('Alibaba investira 5 milliards de dollars, tandis que Tencent prévoit 3 milliards de dollars.');
SELECT "match", entity, entity_kind FROM extract_facts('Alibaba dépensera 50 milliards de yuans et Tencent 30 milliards de yuans.');
SELECT "match", entity, entity_kind FROM extract_facts('Microsoft dépensera 80 milliards de dollars, Meta 65 milliards de dollars et Google 75 milliards de dollars.');
SELECT "match", entity, entity_kind FROM extract_facts('Alibaba will invest $5 billion, while Tencent plans $3 billion.');
SELECT "match", entity, entity_kind FROM extract_facts('Microsoft will spend $80 billion, Meta $65 billion and Google $75 billion.');

-- 9. A person is the entity only as an owner ("la fortune de X", "racheté par X",
-- "X's $44 billion"); a person merely named near the amount is not (often the one who
-- announces it): then an organisation, else the main organisation, else NULL.
SELECT "match", entity, entity_kind FROM extract_facts('La fortune d''Elon Musk dépasse 400 milliards de dollars.');
SELECT "match", entity, entity_kind FROM extract_facts('Twitter a été racheté par Elon Musk pour 44 milliards de dollars.');
SELECT "match", entity, entity_kind FROM extract_facts('Elon Musk''s $44 billion bid surprised everyone.');
SELECT "match", entity, entity_kind FROM extract_facts('Twitter was bought by Elon Musk for $44 billion.');
SELECT "match", entity, entity_kind FROM extract_facts('Elon Musk a promis 1 milliard de dollars.');
SELECT "match", entity, entity_kind FROM extract_facts('Sam Altman said OpenAI will spend $40 billion.');
SELECT "match", entity, entity_kind FROM extract_facts('OpenAI will spend $40 billion, Sam Altman said.');
SELECT "match", entity, entity_kind FROM extract_facts('OpenAI recrute. Selon Sam Altman, le groupe dépensera 40 milliards de dollars.');

-- 10. An advertisement in the other language glued into the article: entity NULL
-- (no owner named in it, and never the main organisation).
SELECT "match", entity, entity_kind, sentence FROM extract_facts('ByteDance investit en France. ByteDance dépensera 2 milliards d''euros. Try unlimited access for $1 for 4 weeks. Le groupe confirme.');
SELECT "match", entity, entity_kind, sentence FROM extract_facts('Alibaba dépensera 3 milliards de dollars pour ses centres de données. Subscribe to the Financial Times for $1 a week. Alibaba confirme la nouvelle.');
SELECT "match", entity, entity_kind, sentence FROM extract_facts('ByteDance investit en France. ByteDance dépensera 2 milliards d''euros. Subscribe for $1 a week.');
SELECT "match", entity, entity_kind, sentence FROM extract_facts('Alibaba will spend $3 billion on its data centres this year. Abonnez-vous pour 1 euro par mois. Alibaba confirmed the news.');
-- with the article's language given
SELECT "match", entity, entity_kind, sentence FROM extract_facts('Alibaba dépensera 3 milliards de dollars. Subscribe to the Financial Times for $1 a week. Alibaba confirme.', 'fr');
SELECT "match", entity, entity_kind, sentence FROM extract_facts('Alibaba will spend $3 billion. Abonnez-vous au Monde pour 1 euro. Alibaba confirmed.', 'en');
-- A regulator is not the owner of the fine it imposes (the fined company is: "fined
-- Kelvora"), nor what amounts fall back to; it owns an amount only where the text says so.
SELECT "match", entity FROM extract_facts('L''Autorité de la concurrence a infligé une amende de 100 millions d''euros. L''Autorité de la concurrence a recruté.', 'fr');
SELECT "match", entity FROM extract_facts('The Securities and Exchange Commission fined Kelvora $2 million. Then $40 million was spent by the Securities and Exchange Commission.', 'en');

-- A company that reports its own results owns them: "reported" is a source's verb only
-- where no revenue or profit follows it.
SELECT "match", entity, what FROM extract_facts('Kelvora reported revenue of $2 billion for the year.', 'en');
SELECT "match", entity, what FROM extract_facts('Vantora reported a net second-quarter loss of $965 million.', 'en');
SELECT "match", entity, what FROM extract_facts('Kelvora reported that Vantora raised $40 million.', 'en');

-- A wire service in a dateline is a source (facts.tsv, class media), not a budget's owner;
-- "Part du Groupe", "20 Heures" name nobody (guess.tsv, class stop).
SELECT "match", entity, what FROM extract_facts('MONTRÉAL, le 16 juill. 2025 /CNW Telbec/ - Des subventions de 40 millions de dollars ont été accordées à Kelvora.', 'fr');
SELECT "match", entity FROM extract_facts('Le Résultat net Part du Groupe de Kelvora s''établit à -102 ME.', 'fr');

-- An offer "from" X: X bids, the acquisition's owner; bought "from" X: X sells.
SELECT "match", entity, what FROM extract_facts('Following a fifth proposal from Kelvora on Tuesday, Vantora''s board said the new offer comprised $30.33 in cash per share.', 'en');
SELECT "match", entity, what FROM extract_facts('Kelvora agreed to buy spectrum licences from Orvane for roughly $23 billion.', 'en');

-- The article's main organisation may be a guessed name that owns amounts (the evidence
-- that it is an organisation), not only one a hint typed.
SELECT "match", entity FROM extract_facts('Un trimestre solide pour Orvane

Orvane a affiché un bénéfice de 8,7 millions de dollars. Orvane reste prudente.

Les revenus ont atteint 111,7 millions de dollars.', 'fr');

-- A heading opens a section, and so does any line after a line that ends a sentence (a
-- paragraph of its own): the company a paragraph above it is about no longer owns the
-- amounts under it.
SELECT "match", entity FROM extract_facts('Kelvora ouvre un bureau à Lyon.
Le budget de l''État pour 2025 est fixé à 400 milliards d''euros.', 'fr');
SELECT "match", entity FROM extract_facts('Kelvora ouvre un bureau à Lyon.
Les comptes publics
Le budget de l''État pour 2025 est fixé à 400 milliards d''euros.', 'fr');
-- A descriptor that opens the main clause after a fronted phrase stands for the company
-- named last ("Après …, la fintech a levé"), as at the start of the sentence.
SELECT "match", entity FROM extract_facts('Le secteur compte une nouvelle pépite, Vantora. Après une première opération de 20 M€ au printemps, la fintech a levé 45 M€ en décembre.', 'fr');
SELECT "match", entity FROM extract_facts('Investors like Vantora. After a $20 million round in May, the company raised $45 million in December.', 'en');
-- A name in brackets owns no amount outside them.
SELECT "match", entity, what FROM extract_facts('Kelvora a enregistré une perte de 11 M€ (dont 4 M€ pour sa filiale Orvane) contre une perte de 18 M€ un an plus tôt.', 'fr');
-- A ranking: "suivi par X", "followed by X" names the next one, not a passive's agent.
SELECT "match", entity, what FROM extract_facts('Talvex, dont le chiffre d''affaires a atteint 12 milliards d''euros, arrive en tête, suivi par Brenmoor (9 milliards d''euros).', 'fr');
SELECT "match", entity, what FROM extract_facts('The ranking puts Talvex first with revenue of $12 billion, followed by Brenmoor with $9 billion.', 'en');

-- An amount of a deal that names nobody is the buyer's, as the other party stays the
-- target ("The proposal was …").
SELECT "match", entity, what FROM extract_facts('Kelvora Holdings made a takeover proposal to Vantora for $4 billion.

The proposal was $46.50 per share.', 'en');
-- An investor of the event owns no amount, whatever it is ("from investors including X
-- … now has a market cap of $160bn").
SELECT "match", entity, what FROM extract_facts('Vantora had secured $4bn in funding from investors including Kelvora and Orvane and now has a market cap of around $160bn.', 'en');
-- A name in a compound adjective ("Orvane-dominated", "Kelvora-backed") owns nothing;
-- "was reported to be" is no source's verb.
SELECT "match", entity FROM extract_facts('The Orvane-dominated calendar produced a $24 billion slate of deals.', 'en');
SELECT "match", entity FROM extract_facts('Munich-based Talvex Labs was reported to be seeking $500 million from new investors.', 'en');
-- A study is a product, not the owner of what it forecasts.
SELECT "match", entity FROM extract_facts('According to the 2023 Global Robotics Study, robots could add $4 trillion to the economy by 2030.', 'en');

-- "respectively": amounts listed pair in order with the names listed before them, in the
-- list's role (the fined, the raisers); no pairing where the counts differ.
SELECT "match", entity, what FROM extract_facts('The regulator also fined the banks Kelvora and Vantora £34.4m and £27.6m, respectively, for misreporting trades.', 'en');
SELECT "match", entity, what FROM extract_facts('Les start-up Talvex, Orvane et Brenmoor ont levé 10 M€, 25 M€ et 40 M€ respectivement.', 'fr');
SELECT "match", entity, what FROM extract_facts('Les start-up Talvex et Orvane ont levé 10 M€, 25 M€ et 40 M€ respectivement.', 'fr');
-- A ranking's next entry takes the role of the one before it, and owns no amount before
-- it; a list's line whose label opens with a name and ends with a colon is that name's
-- row (a budget's row: its beneficiary).
SELECT "match", entity, counterparty FROM extract_facts('In the budget, the Ministry of Defence received the highest amount at ₹6.2 lakh crore followed by the Ministry of Railways at ₹2.5 lakh crore.', 'en');
SELECT "match", entity, counterparty, what FROM extract_facts('Budget allocations, ministry by ministry:
Ministry of Consumer Affairs, Food and Public Distribution: ₹2.1 lakh crore
Ministry of Railways: ₹2.5 lakh crore', 'en');
