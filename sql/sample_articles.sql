-- textfacts sample corpus: 36 short business/technology news articles
-- (14 French, 14 English, 2 each in German, Spanish, Italian and Portuguese) written
-- for this project, for `make demo` and for
-- trying the extension by hand.  The companies and people are real, but the
-- articles are illustrative, not reporting: do not cite them as facts.
--
-- Each body holds 2-6 money mentions in varied forms (symbols, ISO codes,
-- currency names, scale words, numbers in words, qualifiers, ranges, amounts
-- that inherit the currency of an earlier mention in the same sentence) and
-- distractors that are NOT money: counts, percentages, years, dates, times,
-- model numbers (H200, RTX 5090, GB300) and phone numbers.  The French ones
-- use real typography: U+2019 apostrophes, « » with U+00A0 inside, U+00A0 and
-- U+202F as thousands separators and before % and €.
--
--   sqlite3 demo.db < sql/sample_articles.sql
--   sqlite3 demo.db -cmd '.load ./dist/textfacts' \
--     "SELECT a.id, m.match, m.amount, m.currency, m.qualifier
--        FROM articles a, extract_money(a.body) m LIMIT 10;"
--
-- The mentions a reader would expect are listed in sql/sample_money_expected.jsonl
-- (offsets are 0-based code points, end exclusive).

BEGIN;

DROP TABLE IF EXISTS articles;
CREATE TABLE articles(
  id        INTEGER PRIMARY KEY,
  url       TEXT UNIQUE,
  title     TEXT NOT NULL,
  published TEXT,            -- ISO 8601 date
  lang      TEXT,            -- 'fr', 'en', 'de', 'es', 'it' or 'pt'
  source    TEXT,
  body      TEXT NOT NULL
);

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(1, 'https://courrier-numerique.example/2025/09/09/mistral-ai-leve-1-7-milliard',
 'Mistral AI lève 1,7 milliard d’euros et change de dimension',
 '2025-09-09', 'fr', 'Courrier Numérique',
 'La start-up parisienne Mistral AI a bouclé mardi 9 septembre 2025 une levée de fonds de 1,7 milliard d’euros, menée par le fabricant néerlandais de machines de lithographie ASML, qui apporte à lui seul 1,3 milliard et détiendra environ 11 % du capital. L’opération valorise la jeune pousse à près de 11,7 milliards d’euros, contre 5,8 milliards lors du tour précédent, en juin 2024. Fondée en avril 2023 par Arthur Mensch, Guillaume Lample et Timothée Lacroix, l’entreprise compte désormais plus de 350 salariés répartis entre Paris, Londres et Palo Alto. « Cette alliance nous permet de rester européens tout en changeant d’échelle », a résumé Arthur Mensch lors d’une conférence de presse. Une partie de l’argent financera un campus de calcul dans l’Essonne, doté de 18 000 processeurs graphiques Nvidia GB300 et d’une puissance de 40 mégawatts, pour un coût estimé à quelque 2 Md€. L’assistant Le Chat a dépassé le million de téléchargements en 14 jours, et Mistral revendique un chiffre d’affaires annualisé de plus de 300 millions de dollars.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(2, 'https://echo-reseaux.example/cloud/ovhcloud-resultats-annuels-2025',
 'OVHcloud franchit le milliard d’euros de chiffre d’affaires',
 '2025-10-16', 'fr', 'L’Écho des Réseaux',
 'OVHcloud a publié le 16 octobre 2025 ses résultats annuels : le groupe roubaisien a réalisé un chiffre d’affaires de 1 084 millions d’euros sur l’exercice clos fin août, en progression de 9,3 % à données comparables. L’Ebitda ajusté s’élève à 435,2 M€, soit une marge de 40,1 %. Le fournisseur de cloud, qui exploite 43 centres de données dans 9 pays et environ 500 000 serveurs, prévoit des investissements compris entre 30 et 32 % de son chiffre d’affaires pour l’exercice 2026. La direction, emmenée par Benjamin Revcolevschi, a également annoncé un programme de rachat d’actions pouvant atteindre 50 millions d’euros sur deux ans. Côté produits, les instances équipées de cartes Nvidia L40S et H100 sont facturées 2,99 € hors taxes de l’heure. Le fondateur Octave Klaba détient toujours, avec sa famille, environ 80 % du capital. Conférence téléphonique à 18 h 30, contact investisseurs : +33 1 84 88 20 00.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(3, 'https://courrier-numerique.example/2025/09/22/huawei-ascend-feuille-de-route',
 'Huawei accélère sur les puces Ascend malgré les sanctions',
 '2025-09-22', 'fr', 'Courrier Numérique',
 'Huawei entend produire autour de 600 000 puces Ascend 910C en 2026, soit près du double de son volume de 2025, selon plusieurs sources proches de ses fournisseurs. Le groupe de Shenzhen a consacré 179,7 milliards de yuans à la recherche et au développement en 2024, l’équivalent de 20,8 % de ses revenus. Chaque accélérateur serait facturé autour de 180 000 yuans, soit environ 25 000 dollars, moins que la H20 de Nvidia, elle-même dérivée de la H200. Pékin soutient la filière : le troisième fonds national pour les semi-conducteurs, lancé en mai 2024, dispose de CN¥344 milliards. Eric Xu, président tournant, a présenté le 18 septembre à Shanghai une feuille de route prévoyant quatre générations de puces d’ici à 2028, dont l’Ascend 950PR. « Nous avons comblé une partie de notre retard », a-t-il affirmé. Les futurs supercalculateurs Atlas 950 regrouperont chacun 8 192 puces.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(4, 'https://gazette-cloud.example/articles/bytedance-finlande-bresil',
 'ByteDance mise sur la Finlande et le Brésil pour ses centres de données',
 '2025-03-12', 'fr', 'La Gazette du Cloud',
 'ByteDance, maison mère de TikTok, a confirmé le 12 mars 2025 la construction d’un centre de données à Kouvola, en Finlande, pour un montant de plus d’un milliard d’euros. Le site, d’une puissance initiale de 90 mégawatts, doit entrer en service en 2027. Au Brésil, le groupe étudie un projet bien plus vaste dans l’État du Ceará, estimé à R$ 55 milliards et adossé à des parcs éoliens. Ces chantiers s’inscrivent dans une stratégie de dépenses massives : ByteDance aurait prévu d’investir 12 milliards de dollars dans l’intelligence artificielle cette année, dont près de la moitié hors de Chine. Le groupe, dirigé par Liang Rubo, revendique plus de 1,6 milliard d’utilisateurs mensuels pour TikTok. Son bénéfice d’exploitation aurait atteint 33 milliards de dollars en 2024, contre 25 milliards un an plus tôt, d’après des documents consultés par des investisseurs.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(5, 'https://echo-reseaux.example/finance/softbank-cede-nvidia-openai',
 'SoftBank vend ses actions Nvidia pour financer OpenAI',
 '2025-11-11', 'fr', 'L’Écho des Réseaux',
 'Le conglomérat japonais SoftBank Group a annoncé le 11 novembre 2025 avoir cédé l’intégralité de sa participation dans Nvidia, soit 32,1 millions d’actions, pour 5,83 milliards de dollars américains. Son fondateur, Masayoshi Son, veut concentrer ses ressources sur OpenAI, dans lequel il s’est engagé à investir jusqu’à 30 milliards de dollars US, et sur Stargate, un programme d’infrastructures pouvant atteindre 500 milliards de dollars sur quatre ans. Pour y parvenir, le groupe a contracté un prêt relais de près de 2 300 milliards de yens, et sa dette nette atteint désormais 1,2 billion de yens. Arm, racheté en 2016 pour 24,3 milliards de livres sterling, reste l’actif le plus précieux du portefeuille.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(6, 'https://gazette-cloud.example/articles/alibaba-releve-investissements-ia',
 'Alibaba relève encore ses investissements dans l’IA',
 '2025-08-29', 'fr', 'La Gazette du Cloud',
 'Alibaba Group a annoncé qu’il consacrerait plus de 380 milliards de yuans, soit environ 53 milliards de dollars, à ses infrastructures de cloud et d’intelligence artificielle sur trois ans, de 2025 à 2027. Le directeur général Eddie Wu a laissé entendre que cette enveloppe pourrait encore augmenter. Au trimestre clos le 30 juin, le chiffre d’affaires de la division Cloud Intelligence a progressé de 26 % pour atteindre 33,4 milliards de yuans, tandis que les dépenses d’investissement du groupe ont atteint 38,6 milliards de renminbi. Le modèle Qwen3-Max, présenté en septembre, compte plus de 1 000 milliards de paramètres. À la Bourse de Hong Kong, l’action a gagné 8 % pour clôturer à 128,40 dollars de Hong Kong, son plus haut niveau depuis 2021.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(7, 'https://courrier-numerique.example/2025/08/13/tencent-resultats-deuxieme-trimestre',
 'Tencent profite de l’IA dans la publicité et le jeu vidéo',
 '2025-08-13', 'fr', 'Courrier Numérique',
 'Tencent Holdings a publié mercredi 13 août 2025 un bénéfice net de 55,6 milliards de RMB pour le deuxième trimestre, en hausse de 17 % sur un an. Le chiffre d’affaires s’établit à 184,5 milliards de yuans, porté par la publicité en ligne et par des titres comme Honor of Kings. Les dépenses d’investissement ont atteint 19,1 milliards de yuans, soit une hausse de 119 %, principalement pour l’achat de serveurs et de puces. Le président Pony Ma a toutefois indiqué que le groupe ne comptait pas « se lancer dans une course aux armements » et qu’il privilégierait l’efficacité de ses modèles Hunyuan. WeChat compte désormais 1,41 milliard de comptes actifs mensuels. Tencent poursuit par ailleurs son programme de rachat d’actions d’au moins HK$80 milliards cette année.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(8, 'https://echo-reseaux.example/semi-conducteurs/nvidia-troisieme-trimestre',
 'Nvidia pulvérise encore les attentes grâce aux centres de données',
 '2025-11-20', 'fr', 'L’Écho des Réseaux',
 'Nvidia a dévoilé le 19 novembre 2025 un chiffre d’affaires trimestriel de 57 milliards de dollars, contre 35,1 milliards un an plus tôt, soit une hausse de 62 %. L’activité centres de données pèse à elle seule 51,2 Mds$. Jensen Huang a évoqué une demande « hors normes » pour les systèmes Blackwell et GB300, tandis que les ventes de puces H20 en Chine sont devenues quasi nulles. Pour le trimestre suivant, le groupe vise environ 65 milliards de dollars de revenus. Côté grand public, la GeForce RTX 5090 reste vendue 2 349 € en France, contre $1,999 aux États-Unis. La publication, prévue à 22 h 20 heure de Paris, a fait grimper l’action de 5 % dans les échanges électroniques.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(9, 'https://gazette-cloud.example/articles/sommet-ia-engagements',
 'IA : l’État et les investisseurs étrangers promettent des milliards',
 '2025-02-11', 'fr', 'La Gazette du Cloud',
 'Lors du sommet pour l’action sur l’intelligence artificielle, les 10 et 11 février 2025 à Paris, Emmanuel Macron a annoncé des engagements privés pouvant atteindre 109 milliards d’euros dans les prochaines années. Les Émirats arabes unis ont promis à eux seuls entre 30 et 50 milliards d’euros pour un campus de calcul d’un gigawatt, tandis que le fonds canadien Brookfield a évoqué 20 milliards d’euros. De son côté, l’État mobilise au moins 400 millions d’euros via France 2030 pour former 100 000 spécialistes des données par an. Bpifrance prévoit par ailleurs deux milliards d’euros de financements pour les start-up du secteur d’ici 2029. Selon Clara Chappaz, ministre déléguée chargée du numérique, 35 sites industriels ont été identifiés pour accueillir des centres de données.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(10, 'https://courrier-numerique.example/2025/10/15/offre-commune-sfr',
 'Bouygues, Free et Orange font une offre commune sur SFR',
 '2025-10-15', 'fr', 'Courrier Numérique',
 'Bouygues Telecom, Free et Orange ont remis le 14 octobre 2025 une offre conjointe de 17 milliards d’euros pour racheter l’essentiel des activités d’Altice France, maison mère de SFR. Le conseil d’administration de Patrick Drahi a rejeté la proposition, jugée trop basse, alors que la dette du groupe avait été ramenée à 15,5 Md€ après une restructuration au printemps. SFR compte environ 19 millions de clients mobiles et 6 millions d’abonnés fixes. Selon le projet, Bouygues reprendrait 43 % des actifs, Free 30 % et Orange 27 %, ce dernier limitant sa contribution à au plus 4,6 milliards d’euros. En Suisse, Swisscom, qui a finalisé l’acquisition de Vodafone Italia pour 8 milliards d’euros, versera un dividende inchangé de 22 francs suisses par action. Le service clients de SFR reste joignable au 1023, et le standard au 01 85 06 00 00.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(11, 'https://gazette-cloud.example/articles/iliad-scaleway-ia',
 'Iliad muscle Scaleway pour l’intelligence artificielle',
 '2025-06-05', 'fr', 'La Gazette du Cloud',
 'Le groupe Iliad, fondé par Xavier Niel, va consacrer 3 milliards d’euros à l’intelligence artificielle, dont une large part pour sa filiale de cloud Scaleway et le laboratoire Kyutai. Scaleway exploite déjà un supercalculateur de 1 016 GPU Nvidia H100 et prévoit d’en déployer plusieurs milliers d’autres d’ici à la fin de 2026. L’heure de calcul sur une carte H100 y est facturée 2,73 € hors taxes. OpCore, coentreprise avec le fonds InfraVia, étudie un campus de 1 gigawatt pour un investissement de 10 à 12 milliards d’euros, dont la facture d’électricité représenterait moins de 200 millions d’euros par an. Les ingénieurs en apprentissage automatique y sont recrutés autour de 70 k€ par an. Iliad a par ailleurs placé une émission obligataire de 750 millions d''euros le 3 juin.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(12, 'https://echo-reseaux.example/semi-conducteurs/hbm-samsung-sk-hynix',
 'Mémoire HBM : Samsung et SK hynix investissent massivement',
 '2025-10-29', 'fr', 'L’Écho des Réseaux',
 'SK hynix a annoncé un investissement de KRW 20 000 milliards dans une nouvelle usine de mémoire à haute bande passante à Cheongju, soit environ 13 milliards d’euros. La production doit démarrer en novembre 2027. Le fabricant sud-coréen a dégagé au troisième trimestre un résultat d’exploitation de 11 400 milliards de wons, grâce aux puces HBM3E destinées à Nvidia. Samsung Electronics prévoit pour sa part pas moins de ₩ 47,9 billions d’investissements cette année. Les deux groupes contrôlent près de 90 % du marché mondial de la HBM. Un module HBM3E de 24 Go serait facturé environ 1 500 $US aux concepteurs de puces.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(13, 'https://techledger.example/2025/11/20/nvidia-q3-data-centre',
 'Nvidia''s data-centre sales jump as Blackwell ramps up',
 '2025-11-20', 'en', 'Tech Ledger',
 'Nvidia reported third-quarter revenue of $57.0 billion on Nov. 19, 2025, up 62% from a year earlier, as demand for its Blackwell systems continued to outstrip supply. The data-centre segment alone brought in $51.2bn. Chief executive Jensen Huang told analysts on a call at 5 p.m. Eastern time that cloud providers were "sold out" of GPUs, while sales of the H20, the chip designed for China, had shrunk to roughly $50m in the quarter. For the current quarter, Nvidia guided to revenue of around $65 billion, plus or minus 2%. The company said it had returned USD 37 billion to shareholders in the first nine months of fiscal 2026. Gaming revenue, driven by the GeForce RTX 5090 and RTX 5080, rose 30% to 4.3 billion dollars, while the older H200 is now sold mainly to sovereign buyers.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(14, 'https://techledger.example/2025/10/30/microsoft-capex-openai',
 'Microsoft''s capital spending climbs as OpenAI deal is reworked',
 '2025-10-30', 'en', 'Tech Ledger',
 'Microsoft spent $34.9 billion on capital expenditures, including finance leases, in the quarter ended Sept. 30, a 74% increase from a year earlier. Chief financial officer Amy Hood said spending would grow faster in fiscal 2026 than in fiscal 2025, when the company invested about $88bn. Under a restructured agreement signed on Oct. 28, OpenAI committed to purchase an additional $250 billion of Azure cloud services, while Microsoft will hold a stake of roughly 27% valued at some $135 billion. Azure revenue grew 40%, and the company now operates more than 400 data centres in 70 regions. Satya Nadella said Microsoft would double its total data-centre footprint within two years. The company also booked a $3.1bn charge related to its share of OpenAI''s losses.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(15, 'https://asiachipwire.example/news/alibaba-lifts-ai-budget',
 'Alibaba lifts AI budget as cloud growth accelerates',
 '2025-11-25', 'en', 'Asia Chip Wire',
 'Alibaba Group said it would spend more than RMB380 billion on AI and cloud infrastructure over the next three years, and chief executive Eddie Wu told investors that figure could prove too small. Revenue at the Cloud Intelligence Group rose 34% to 39.8 billion yuan in the September quarter, the fastest pace in three years, with AI-related products posting triple-digit growth for the ninth consecutive quarter. Capital expenditure reached 31.4 billion yuan, or about US$4.4 billion. The group has released more than 300 open-source Qwen models, which have been downloaded over 600 million times. Its Hong Kong-listed shares rose 5.2% to HK$165.30 on Tuesday, giving Alibaba a market value of nearly $400 billion.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(16, 'https://asiachipwire.example/news/bytedance-ai-chip-budget',
 'ByteDance sets aside billions for AI chips as valuation climbs',
 '2025-10-02', 'en', 'Asia Chip Wire',
 'ByteDance has earmarked some 85 billion yuan ($11.8bn) for AI processors next year, according to two people familiar with the plan, with about 40% reserved for chips made in China. The Beijing-based company recently offered to buy back shares from employees at $200.41 apiece, a price that values the group at upwards of $330 billion; sales by any single employee are capped at $5 million. TikTok, which generated $23 billion in US revenue last year, has 170 million American users, and its US operations are being transferred to a joint venture controlled by Oracle, Silver Lake and MGX. The Doubao chatbot passed 150 million monthly active users in September.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(17, 'https://techledger.example/2025/04/01/openai-softbank-funding',
 'OpenAI closes record funding round led by SoftBank',
 '2025-04-01', 'en', 'Tech Ledger',
 'OpenAI has completed a $40 billion funding round led by SoftBank Group, valuing the ChatGPT maker at $300bn including the new money. SoftBank agreed to provide up to $30 billion of the total, with the remainder syndicated to investors including Microsoft, Coatue and Thrive Capital. To fund its commitment, SoftBank arranged a ¥2.2 trillion bridge loan from Mizuho and other Japanese lenders. OpenAI said ChatGPT now had 500 million weekly users and that it expected revenue of about $13bn in 2025, up from $3.7bn in 2024. The Stargate joint venture with Oracle and SoftBank has so far announced sites in Texas, New Mexico and Ohio.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(18, 'https://asiachipwire.example/news/india-ai-data-centres',
 'Reliance and Google race to build India''s AI data centres',
 '2025-08-30', 'en', 'Asia Chip Wire',
 'Reliance Industries will invest ₹75,000 crore in a gigawatt-scale AI data-centre campus in Jamnagar, Gujarat, chairman Mukesh Ambani told shareholders on Aug. 29, a sum of roughly $9 billion. The project will use Nvidia Blackwell GPUs and is due to come online in phases from 2026. Google, meanwhile, said it would spend $15bn over five years on an AI hub in Visakhapatnam with AdaniConneX and Airtel. Under the IndiaAI Mission, the government has approved a budget of 10,372 crore rupees and subsidises GPU access for start-ups at less than ₹100 per hour. Jio has about 500 million subscribers, and a machine-learning engineer at a Bengaluru start-up earns around ₹12 lakh a year.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(19, 'https://techledger.example/2025/09/18/uk-ai-investment-pledges',
 'US tech giants pledge billions for Britain''s AI build-out',
 '2025-09-18', 'en', 'Tech Ledger',
 'Microsoft said it would invest $30 billion in the United Kingdom between 2025 and 2028, including $15.5bn to expand its cloud and AI infrastructure, as part of a package announced during the US president''s state visit in September. The plan includes a supercomputer in Loughton, Essex, built with the start-up Nscale and equipped with more than 23,000 Nvidia GB300 chips. Nscale, founded in 2024, raised a $1.1 billion Series B round weeks later. Google committed £5 billion over two years, while the government''s own AI plan promises as much as 2 billion pounds for compute. Ministers said the deals would create 15,000 jobs. Press enquiries: +44 20 7946 0321.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(20, 'https://asiachipwire.example/news/tsmc-raises-capex-guidance',
 'TSMC raises capex guidance on relentless AI demand',
 '2025-10-24', 'en', 'Asia Chip Wire',
 'Taiwan Semiconductor Manufacturing Co. reported third-quarter net income of NT$452.3 billion, up 39% year on year, and narrowed its 2025 capital-expenditure forecast to between $40 billion and $42 billion. Chairman C.C. Wei said advanced nodes of 7 nanometres and below accounted for 74% of wafer revenue, with the 3nm process alone at 23%. The company has pledged a total of $165 billion for its Arizona fabs, where volume production of N2 chips is planned before 2028. Gross margin reached 59.5%, beating its own guidance. TSMC expects fourth-quarter revenue of $32.2-33.4 billion, and its board approved a capital injection of USD5bn into its Arizona subsidiary.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(21, 'https://techledger.example/2025/10/15/apac-canada-ai-infrastructure',
 'Blackstone, Singapore and Canada bet on AI infrastructure',
 '2025-10-15', 'en', 'Tech Ledger',
 'Blackstone completed its acquisition of AirTrunk, the Sydney-based data-centre operator, in a deal valuing the company at more than A$24 billion, the largest private-equity buyout in Australia''s history. In Singapore, the government has set aside S$1 billion over five years for AI compute, talent and industry development, and is auctioning new data-centre capacity of at least 300 megawatts. Canada''s federal budget allocates C$2 billion to a sovereign AI compute strategy, of which C$700mn will go to companies building local capacity. Cohere, the Toronto-based model developer, raised US$500 million at a valuation of 6.8 billion US dollars in August. Analysts at one brokerage expect Asia-Pacific data-centre capacity to grow 15% a year until 2030.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(22, 'https://asiachipwire.example/news/korea-memory-boom',
 'Samsung and SK hynix ride the memory boom',
 '2025-10-28', 'en', 'Asia Chip Wire',
 'SK hynix posted record third-quarter operating profit of 11.4 trillion won, helped by sales of HBM3E chips to Nvidia, and said its entire 2026 production of high-bandwidth memory was already sold. Samsung Electronics said it would invest ₩450 trillion in South Korea over five years, including a new production line at Pyeongtaek, while Hyundai pledged KRW 125tn. Analysts estimate that a 12-layer HBM4 stack sells for nearly $600, more than 50% above the previous generation. Nvidia said it would supply 260,000 Blackwell GPUs to Korean companies and the government by 2030, a deal worth ~$10bn according to analysts.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(23, 'https://techledger.example/2025/07/01/telecom-deals-atlantic',
 'Telecom deals reshape networks on both sides of the Atlantic',
 '2025-07-01', 'en', 'Tech Ledger',
 'Vodafone and CK Hutchison completed the merger of their UK mobile businesses in June, creating VodafoneThree, which has promised to invest £11 billion in its network over ten years. In the United States, Verizon closed its $20 billion acquisition of Frontier Communications, adding about 2.2 million fibre customers, and AT&T agreed to buy spectrum licences from EchoStar for roughly $23bn. SpaceX later paid over 17 billion dollars in cash and stock for further EchoStar airwaves. Deutsche Telekom, which controls T-Mobile US, plans to spend at least €1bn on an "industrial AI cloud" in Munich with 10,000 Nvidia Blackwell GPUs. In Russia, MTS said it would spend about ₽150 billion on its network this year. Customer line: 1-800-922-0204.');

INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(24, 'https://techledger.example/2025/10/06/european-ai-startups-record',
 'European AI start-ups raise record sums',
 '2025-10-06', 'en', 'Tech Ledger',
 'Mistral AI''s €1.7 billion round in September capped a record year for European artificial-intelligence funding, which reached EUR 12.8bn in the first nine months of 2025, according to one venture-capital tracker. Smaller companies also found backers: a Berlin start-up raised five million dollars in seed funding to build agents for accountants, and Freiburg-based Black Forest Labs was reported to be seeking half a billion dollars from new investors. Price competition is fierce: Mistral charges USD 2 per million output tokens for its largest model, against 10 USD for some comparable American models. About 1,500 AI start-ups were founded in France and Germany in 2024, and 12% of them already sell to large enterprises.');

-- Articles 25-28: commitments stated for a year, in two currencies, next to
-- the outlets that report them and the suppliers that are paid (extract_facts).
INSERT INTO articles(id, url, title, published, lang, source, body) VALUES
(25, 'https://example.org/fr/alibaba-cloud-2026', 'Alibaba relève son budget cloud pour 2026', '2026-01-12', 'fr', 'Exemple Tech',
'Alibaba relève son budget cloud pour 2026
Le groupe chinois Alibaba prévoit d’investir 120 milliards de yuans (environ 16,5 milliards de dollars) dans ses centres de données en 2026, selon Bloomberg, contre 95 milliards de yuans en 2025.
L’entreprise achètera une partie de ses accélérateurs auprès de Nvidia, mais l’essentiel des 40 milliards de yuans de puces ira à des fournisseurs chinois.
Selon le Financial Times, Tencent envisage de son côté 80 milliards de yuans de dépenses d’investissement pour 2026.
Le budget prévu de 120 milliards de yuans pour 2026 est le plus élevé de l’histoire du groupe.'),
(26, 'https://example.org/fr/mistral-compute', 'Mistral AI signe pour 2 milliards d’euros de calcul', '2025-11-04', 'fr', 'Exemple Tech',
'Mistral AI signe pour 2 milliards d’euros de calcul
La start-up Mistral AI s’est engagée à dépenser 2 milliards d’euros (soit environ 2,3 milliards de dollars) d’ici 2027 en capacités de calcul, selon des sources proches du dossier citées par Les Echos.
Une partie de cette somme ira aux puces Nvidia, louées auprès de CoreWeave.
La société mère de Le Chat avait déjà levé 1,7 milliard d’euros en 2025, et l’entreprise vise 500 millions d’euros de chiffre d’affaires en 2026.'),
(27, 'https://example.org/en/meta-capex-2026', 'Meta lifts 2026 capital spending plan', '2026-01-29', 'en', 'Example Wire',
'Meta lifts 2026 capital spending plan
Meta Platforms expects capital expenditures of $115 billion to $135 billion in 2026, up from $72 billion in 2025, the company said on Wednesday.
Much of the money will go to Nvidia chips and to new data centres in Louisiana and Ohio, Reuters reported.
Meta''s $27 billion financing deal with Blue Owl for the Hyperion campus was the largest private credit deal on record, according to Bloomberg.
The company also plans to spend $600 billion in the United States by 2028.'),
(28, 'https://example.org/en/microsoft-uk', 'Microsoft commits £22 billion to the UK', '2025-09-16', 'en', 'Example Wire',
'Microsoft commits £22 billion to the UK
Microsoft will invest £22 billion ($30 billion) in the United Kingdom from 2025 to 2028, including a supercomputer built with Nscale, the company said.
Nscale, which raised $1.1 billion in 2025, will buy the GPUs from Nvidia.
Google, for its part, announced £5 billion for fiscal 2026, while OpenAI''s parent said nothing about its own budget.'),
(29, 'https://example.org/de/siemens-werke', 'Siemens investiert 2 Milliarden Euro in neue Werke', '2026-03-12', 'de', 'Example Wire',
'Siemens investiert 2 Milliarden Euro in neue Werke
München, 12. März 2026 – Die Siemens AG will bis 2028 rund 2 Milliarden Euro in neue Fabriken in Deutschland, den USA und China investieren, teilte der Konzern am Donnerstag mit. Allein 500 Mio. Euro fließen in ein Werk in Erlangen, das 350 Arbeitsplätze schaffen soll.
Im Geschäftsjahr 2025 erzielte der Konzern einen Umsatz von 78,9 Milliarden Euro und einen Gewinn nach Steuern von 10,4 Mrd. Euro. Die Aktie stieg um 2,1 Prozent auf 231,50 Euro.'),
(30, 'https://example.org/de/deepl-finanzierung', 'DeepL sammelt 300 Millionen US-Dollar ein', '2024-05-22', 'de', 'Example Wire',
'DeepL sammelt 300 Millionen US-Dollar ein
Köln, 22. Mai 2024 – Das Kölner KI-Unternehmen DeepL hat in einer Finanzierungsrunde 300 Millionen US-Dollar eingesammelt, angeführt von Index Ventures. Die Bewertung liegt damit bei rund 2 Milliarden US-Dollar.
Das Start-up beschäftigt mehr als 1.000 Mitarbeiter und will das Geld in die Forschung und den Vertrieb in Asien stecken.'),
(31, 'https://example.org/es/inditex-resultados', 'Inditex gana 5.866 millones de euros en 2024', '2025-03-12', 'es', 'Example Wire',
'Inditex gana 5.866 millones de euros en 2024
A Coruña, 12 de marzo de 2025 – Inditex obtuvo un beneficio neto de 5.866 millones de euros en su ejercicio 2024, un 9 % más que el año anterior, con unas ventas de 38.632 millones de euros.
El grupo repartirá un dividendo de 1,68 euros por acción y prevé invertir unos 1.800 millones de euros en 2025, según informó la compañía. La plantilla supera las 160.000 personas.'),
(32, 'https://example.org/es/aws-mexico', 'Amazon invertirá 5 mil millones de dólares en México', '2025-01-14', 'es', 'Example Wire',
'Amazon invertirá 5 mil millones de dólares en México
Ciudad de México, 14 de enero de 2025 – Amazon Web Services anunció una inversión de más de 5 mil millones de dólares para construir centros de datos en Querétaro durante los próximos 15 años.
El gobierno de Querétaro destinará 300 mdp a la red eléctrica de la zona.'),
(33, 'https://example.org/it/ferrari-conti-2024', 'Ferrari chiude il 2024 con ricavi per 6,68 miliardi di euro', '2025-02-04', 'it', 'Example Wire',
'Ferrari chiude il 2024 con ricavi per 6,68 miliardi di euro
Maranello, 4 febbraio 2025 – Ferrari ha chiuso il 2024 con ricavi netti per 6,68 miliardi di euro, in crescita dell’11,8 per cento, e un utile netto di 1,52 miliardi di euro.
La società prevede investimenti per oltre 1 miliardo di euro nel 2025. Le consegne sono state 13.752 vetture.'),
(34, 'https://example.org/it/bending-spoons-round', 'Bending Spoons raccoglie 155 milioni di dollari', '2024-06-12', 'it', 'Example Wire',
'Bending Spoons raccoglie 155 milioni di dollari
Milano, 12 giugno 2024 – La società milanese Bending Spoons ha raccolto 155 milioni di dollari in un round guidato da Baillie Gifford, con una valutazione di 2,55 miliardi di dollari.
Il gruppo, che conta 500 dipendenti, ha speso tra 300 e 400 milioni di euro in acquisizioni dal 2020.'),
(35, 'https://example.org/pt/nubank-lucro-2024', 'Nubank lucra US$ 1,97 bilhão em 2024', '2025-02-13', 'pt', 'Example Wire',
'Nubank lucra US$ 1,97 bilhão em 2024
São Paulo, 13 de fevereiro de 2025 – O Nubank registrou lucro líquido de US$ 1,97 bilhão em 2024, alta de 90% em relação ao ano anterior, com receita de US$ 11,5 bilhões.
O banco digital, que tem 109 milhões de clientes, vale cerca de R$ 300 bilhões na bolsa de Nova York, e prevê investir R$ 2 bi em tecnologia.'),
(36, 'https://example.org/pt/galp-renovaveis', 'Galp investe 1,2 mil milhões de euros em renováveis', '2025-10-10', 'pt', 'Example Wire',
'Galp investe 1,2 mil milhões de euros em renováveis
Lisboa, 10 de outubro de 2025 – A Galp vai investir cerca de 1,2 mil milhões de euros em projetos solares e de hidrogénio até 2027, anunciou a petrolífera.
Em 2024, a empresa teve um resultado líquido de 1,4 mil milhões de euros. O Estado português atribuiu um apoio de 50 milhões de euros ao projeto de Sines.');

COMMIT;
