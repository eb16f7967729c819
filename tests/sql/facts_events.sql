.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- extract_facts on events written for this test (fictional companies and people, real
-- investors, regulators and Big Tech), in French then in English: who an amount belongs to
-- (entity), what it is (what), the other named party (counterparty: the lead investor, the
-- authority that fined, the target bought, the customer, the lender, the supplier paid, the
-- beneficiary of public money), its year and where the year was read (year_source: sentence,
-- earlier, heading). Each comment states the correct answer, by the rules of
-- ../shared/corpus/press/GUIDE.md; "A|B" means either is right. The .expected records what the
-- build answered when it was written: where it differs from a comment, the comment is wanted.

-- French, A. Roundups: each amount belongs to the name it is attached to.

-- 1. roundup in parentheses: Kelvora 75 M€, Vantora 40 M€, Orvane 200 M$; all funding, no
-- counterparty, no year
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Kelvora (75 M€), Vantora (40 M€) et Orvane (200 M$) ont levé à elles trois plus de la moitié des fonds de la semaine.', 'fr');

-- 2. a weekly total then a podium: the total is market with no entity; then Talvex 120, Brenmoor
-- 45, Quillon 18 (funding, from the paragraph)
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Cette semaine, les start-up françaises ont levé 312 millions d''euros en 21 opérations. Talvex arrive en tête avec 120 millions d''euros, devant Brenmoor (45 millions d''euros) et Quillon (18 millions d''euros).', 'fr');

-- 3. bullet list of "X : 12 M€" lines under a sentence that names them: Kelvora (investor
-- Eurazeo), Vantora, Orvane; all funding
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Les levées de la semaine :
- Kelvora : 12 M€ auprès d''Eurazeo
- Vantora : 8,5 M€ en série A
- Orvane : 3 M€ en amorçage', 'fr');

-- 4. a list of pay by year: the person (her employer accepted too), pay, the list label is the
-- year (2023, 2024)
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Rémunération de Claire Marchetti, directrice générale de Brenmoor :
- 2023 : 3,1 millions d''euros
- 2024 : 4,4 millions d''euros', 'fr');

-- 5. two fines in one list with "respectivement": Orvane 34 M€, Talvex 27 M€; fine; counterparty
-- the Autorité de la concurrence
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('L''Autorité de la concurrence a sanctionné Orvane et Talvex, à hauteur respectivement de 34 millions d''euros et de 27 millions d''euros.', 'fr');

-- French, B. Roles: the raiser, the fined, the seller, the buyer, the borrower, the payer, the
-- public body; the other party is the counterparty.

-- 6. "apportés par Partech": the start-up raises (Talvex, funding), Partech is the counterparty
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('La start-up bordelaise Talvex a levé 30 M€ apportés par Partech.', 'fr');

-- 7. a round led by an investor: Quillon, funding, counterparty the lead Eurazeo; then Quillon's
-- valuation (no counterparty)
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Quillon lève 18 millions d''euros lors d''un tour de table mené par Eurazeo, aux côtés de Bpifrance. L''opération valorise la jeune pousse à 150 millions d''euros.', 'fr');

-- 8. fines: the fined company is the entity (Google, Kelvora), the authority the counterparty
-- (European Commission, Autorité de la concurrence), also when it is the subject of a reported
-- clause
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('La Commission européenne a infligé une amende de 4,1 milliards d''euros à Google pour abus de position dominante. En France, Kelvora devra payer 150 millions d''euros d''amende, a annoncé jeudi l''Autorité de la concurrence.', 'fr');

-- 9. a sale to a named customer: the seller Nvidia, revenue, counterparty Microsoft; "l'an
-- dernier" gives no year
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Nvidia a vendu pour 30 milliards de dollars de puces à Microsoft l''an dernier.', 'fr');

-- 10. acquisitions: the buyer is the entity (Brenmoor, Vantora), the target the counterparty
-- (Quillon, Talvex)
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Brenmoor rachète Quillon pour 1,2 milliard d''euros, dette comprise. Le groupe Vantora a, lui, annoncé l''acquisition de Talvex pour 85 millions d''euros.', 'fr');

-- 11. debt: the borrower Vantora, counterparty the lender (European Investment Bank); Orvane's
-- bonds, and "à échéance 2030" is a maturity, not a year
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Vantora a obtenu un prêt de 200 millions d''euros auprès de la Banque européenne d''investissement. De son côté, Orvane a émis 750 millions d''euros d''obligations à échéance 2030.', 'fr');

-- 12. a supplier paid: the buyer Kelvora, investment (equipment), counterparty the supplier
-- Thales
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Kelvora a commandé à Thales des radars pour 450 millions d''euros.', 'fr');

-- 13. public aid: the state (France) is the entity, budget, counterparty the beneficiary Talvex
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('La France accordera une aide publique de 40 millions d''euros à Talvex pour sa future gigafactory.', 'fr');

-- French, C. Relative clauses, reported speech, contrasts.

-- 14. relative clause "qui": the amount is Vantora's revenue, for 2025 (stated inside the clause)
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Vantora, qui a réalisé un chiffre d''affaires de 2,3 milliards d''euros en 2025, va supprimer 400 postes.', 'fr');

-- 15. relative clause "dont": the profit is Orvane's, not the subject Kelvora's; "l'an dernier"
-- gives no year
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Kelvora s''allie à Orvane, dont le bénéfice net a atteint 90 millions d''euros l''an dernier.', 'fr');

-- 16. a quotation: the speaker speaks for his company, Kelvora invests
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('« Nous investirons 500 millions d''euros dans nos usines françaises », a déclaré Marc Delorme, PDG de Kelvora.', 'fr');

-- 17. reported speech: Kelvora only reports ("a annoncé Kelvora"); the owner is the subject of
-- the reported clause, Orvane, for 2026
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Orvane dépensera 2 milliards d''euros dans ses centres de données en 2026, a annoncé Kelvora, son principal actionnaire.', 'fr');

-- 18. "tandis que": the second amount is Microsoft's, not the earlier subject Kelvora's; "En
-- 2026" governs both
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('En 2026, Kelvora consacrera 3 milliards d''euros à ses centres de données, tandis que Microsoft investira 80 milliards de dollars.', 'fr');

-- French, D. Totals and unnamed owners: entity NULL.

-- 19. totals over a country's start-ups: entity NULL, market, both for 2024 ("Au 1er semestre
-- 2024")
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Au 1er semestre 2024, les start-up françaises ont levé 4,2 milliards d''euros, dont 492 millions pour la seule intelligence artificielle.', 'fr');

-- 20. combined capex of four named companies is a total (entity NULL, market, 2026); a market
-- size (NULL, market, 2030), Gartner is only the source
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Ensemble, Alphabet, Amazon, Meta et Microsoft dépenseront plus de 600 milliards de dollars en 2026. Le marché mondial de l''IA pèsera 1 300 milliards de dollars en 2030, selon Gartner.', 'fr');

-- 21. an unnamed company ("une PME lyonnaise"): entity NULL, funding, counterparty the investor
-- Bpifrance
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Une PME lyonnaise spécialisée dans les capteurs a levé 2 millions d''euros auprès de Bpifrance.', 'fr');

-- French, E. States.

-- 22. a state's pledge: South Korea (place), investment
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('La Corée du Sud a promis 350 milliards de dollars d''investissements dans les chantiers navals et les usines américaines.', 'fr');

-- 23. "le budget de l'État" of France: France, budget, for 2025
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('En France, le budget de l''État pour 2025 consacre 7 milliards d''euros à la recherche.', 'fr');

-- French, F. Years: heading, earlier sentence, own sentence; comparisons and relative years.

-- 24. a heading line "Résultats annuels 2025" gives both amounts of the paragraph their year
-- (year_source heading): Vantora profit 210 M€, revenue 2,9 Md€
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Résultats annuels 2025
Vantora a dégagé un bénéfice net de 210 millions d''euros. Son chiffre d''affaires progresse de 8 % à 2,9 milliards d''euros.', 'fr');

-- 25. an earlier sentence governs ("En 2026, … . Le groupe prévoit …"): 2026, year_source
-- earlier; "le groupe" is Vantora
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('En 2026, Vantora accélère son expansion en Europe. Le groupe prévoit d''investir 900 millions d''euros dans trois nouvelles usines.', 'fr');

-- 26. "Le chiffre d'affaires 2025" gives 2025; "contre 41 millions d'euros en 2024": 2024 is the
-- year of the compared amount only
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Le chiffre d''affaires 2025 de Talvex atteint 64 millions d''euros, contre 41 millions d''euros en 2024.', 'fr');

-- 27. "contre 12 milliards en 2025" does not give the target amount a year (NULL); the compared
-- 12 milliards is for 2025
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Orvane vise 15 milliards de dollars de ventes, contre 12 milliards en 2025.', 'fr');

-- French, G. What the amount is: price, wealth, and none (dividend, buy-back, taxes).

-- 28. a share price and a unit price are price (Kelvora, Talvex), not revenue
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('L''action Kelvora a clôturé à 54 euros vendredi. Chaque robot de Talvex est vendu 45 000 euros.', 'fr');

-- 29. a fortune: the person (her company accepted too), wealth; Forbes is only the source
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('La fortune de Jeanne Varenne, fondatrice de Vantora, est estimée à 3,4 milliards d''euros par Forbes.', 'fr');

-- 30. dividends, a share buy-back ("rachat d'actions" is no acquisition) and taxes are none of
-- the classes: what NULL; "L'an dernier" gives no year, "en 2024" does
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('L''an dernier, Quillon a versé 25 millions d''euros de dividendes à ses actionnaires. Kelvora lance un programme de rachat d''actions de 500 millions d''euros. Vantora a payé 80 millions d''euros d''impôts en France en 2024.', 'fr');

-- English, A. Roundups.

-- 31. roundup in parentheses: Kelvora $75M, Vantora $40M, Orvane €200M; all funding
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Kelvora ($75 million), Vantora ($40 million) and Orvane (€200 million) raised the most money this week.', 'en');

-- 32. a weekly total (entity NULL, market) then a podium: Talvex 120, Brenmoor 45, Quillon 18,
-- funding
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('European startups raised $410 million this week across 23 deals. Talvex topped the list with a $120 million Series C, followed by Brenmoor ($45 million) and Quillon ($18 million).', 'en');

-- 33. bullet list of "X: $12M" lines: Kelvora (lead Accel), Vantora, Orvane (investor Kima
-- Ventures); all funding
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Key deals of the week:
• Kelvora: $12M Series A led by Accel
• Vantora: $8.5M seed round
• Orvane: $3M from Kima Ventures', 'en');

-- 34. "respectively" pairs the fines with the firms: Orvane £34M, Talvex £27M; counterparty the
-- Financial Conduct Authority
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('The Financial Conduct Authority fined Orvane and Talvex £34 million and £27 million, respectively.', 'en');

-- English, B. Roles.

-- 35. "closed a ₹12 crore round led by Blume Ventures": the raiser Talvex, funding, counterparty
-- Blume Ventures
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Bengaluru-based Talvex closed a ₹12 crore round led by Blume Ventures.', 'en');

-- 36. a Series B led by Index Ventures: Quillon, funding, counterparty Index Ventures; then
-- Quillon's valuation
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Quillon raised $18 million in a Series B led by Index Ventures, with participation from Sequoia Capital. The round values the company at $150 million.', 'en');

-- 37. fines and settlements: the fined company (Google, Vantora), the authority as counterparty
-- (European Commission, Federal Trade Commission)
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('The European Commission fined Google €4.1 billion for abusing the dominance of its Android system. Vantora agreed to pay $575 million to settle charges brought by the Federal Trade Commission.', 'en');

-- 38. a sale to a named customer: Nvidia, revenue, counterparty Microsoft; "in the third quarter
-- of 2025" gives 2025
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Nvidia sold $30 billion of chips to Microsoft in the third quarter of 2025.', 'en');

-- 39. acquisitions: the buyer (Brenmoor; Vantora, the target Talvex accepted too), the target as
-- counterparty (Quillon, Talvex)
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Brenmoor agreed to buy Quillon for $1.2 billion in cash. Separately, Talvex will be acquired by Vantora in a deal worth about $850 million.', 'en');

-- 40. debt: the borrower Orvane, counterparty the lender JPMorgan Chase; Quillon's bonds "due
-- 2030" (a maturity: no year)
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Orvane secured a $400 million loan from JPMorgan to refinance its debt. Quillon issued $750 million of bonds due 2030.', 'en');

-- 41. a supplier paid: the buyer Kelvora, investment, counterparty Foxconn
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Kelvora will buy $2 billion worth of servers from Foxconn.', 'en');

-- 42. a grant: the state (United Kingdom) is the entity, budget, counterparty the beneficiary
-- Orvane
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('The UK government awarded Orvane a £25 million grant to build a battery plant in Sunderland.', 'en');

-- English, C. Relative clauses, reported speech, contrasts.

-- 43. "TikTok, which generated $23 billion in revenue": TikTok's revenue, not ByteDance's; "last
-- year" gives no year
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('TikTok, which generated $23 billion in revenue last year, is now ByteDance''s most profitable app.', 'en');

-- 44. "whose": the profit is Orvane's, not the subject Kelvora's; 2024
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Kelvora is partnering with Orvane, whose net income reached $90 million in 2024.', 'en');

-- 45. a quotation: the speaker speaks for his company, Kelvora invests
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('"We will invest $500 million in Ohio over five years," said Marc Delorme, chief executive of Kelvora.', 'en');

-- 46. "…, Meta said": Meta is the source (and the supplier paid: counterparty); the owner is the
-- subject of the reported clause, Vantora; Bloomberg only reports Orvane's raise
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Vantora will spend $1.5 billion on Meta''s smart glasses over three years, Meta said. Orvane plans to raise $60 million from existing investors, Bloomberg reported.', 'en');

-- 47. "while Microsoft will invest": the second amount is Microsoft's; "In 2025" governs both
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('In 2025, Kelvora will spend $3 billion on data centers, while Microsoft will invest $80 billion.', 'en');

-- English, D. Totals and unnamed owners.

-- 48. combined Big Tech capex is a total: entity NULL, market, 2026; a market size by 2030
-- (Gartner is the source)
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Alphabet, Amazon, Meta and Microsoft plan combined capital expenditures of about $650 billion in 2026. The global market for kitchen robots will be worth $12 billion by 2030, according to Gartner.', 'en');

-- 49. an unnamed company: entity NULL, funding, counterparty the investor Seedcamp
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('A London-based fintech raised $5 million from Seedcamp.', 'en');

-- English, E. States.

-- 50. "South Korea pledged $350 billion": the state (place), investment
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('South Korea pledged $350 billion of investment in American shipyards and factories.', 'en');

-- 51. a state budget: France, budget, 2026 ("France's 2026 state budget")
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('France''s 2026 state budget sets aside €3.5 billion for defence research.', 'en');

-- English, F. Years.

-- 52. a heading line "Full-year results 2025" gives the paragraph's amounts 2025 (year_source
-- heading)
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Full-year results 2025

Vantora reported net income of $310 million. Revenue rose 12% to $4.2 billion.', 'en');

-- 53. an earlier sentence governs ("In 2026, … . The company will spend …"): 2026, year_source
-- earlier; "the company" is Talvex
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('In 2026, Talvex plans to open 40 new stores. The company will spend $5 billion on the expansion.', 'en');

-- 54. "its 2027 capex" gives 2027; "up 40% from 2024" is a comparison and gives nothing
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Kelvora raised its 2027 capex forecast to $12 billion, up 40% from 2024.', 'en');

-- 55. "In March 2019" dates the deal: Brenmoor buys a stake in Quillon (acquisition), 2019
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('In March 2019, Brenmoor paid $1.1 billion for a 20% stake in Quillon.', 'en');

-- 56. "up from $640 million in 2023": the new amount has no year, the compared one is for 2023
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Orvane''s revenue rose to $900 million, up from $640 million in 2023.', 'en');

-- 57. pay: the person (her employer accepted too), 2024; "a year earlier" gives no year
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Vantora chief executive Laura Whitcombe received a pay package of $18.5 million in 2024, up from $12 million a year earlier.', 'en');

-- English, G. What the amount is: price, wealth, and none.

-- 58. a share price and a unit price are price (Talvex), not revenue
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Talvex shares closed at $54.20 on Friday. Each of its delivery robots sells for $45,000.', 'en');

-- 59. net worth: the person (his company accepted too), wealth; Forbes is the source
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Forbes puts the net worth of Vantora founder Daniel Okafor at $6.2 billion.', 'en');

-- 60. dividends, a share buyback and taxes: what NULL; "Last year" gives no year, "in 2024" does
SELECT "match", entity, what, counterparty, year, year_source FROM extract_facts('Last year, Quillon paid $40 million in dividends. Kelvora also announced a $2 billion share buyback. Vantora paid $310 million in taxes in 2024.', 'en');
