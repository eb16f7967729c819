.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- extract_facts: how entity and counterparty name a party (GUIDE.md: "under the form the
-- text uses"). The written form of its name the text uses most; an abbreviation only
-- where nothing else is written; the canonical name where the text writes it, for a person
-- or where it is no longer than that form; the user's dictionary name always.

-- 1. A built-in name the text never writes: the text's form (Aramco, not Saudi Aramco).
SELECT "match", entity FROM extract_facts('Aramco investira 10 milliards de dollars en 2026.', 'fr');
SELECT e.match, e.name FROM extract_entities('Aramco investira 10 milliards de dollars en 2026.', 'fr') AS e;
-- 2. The form written most: Kelvora, not the opening Kelvora Systems SA; and with a
-- legal suffix as written where that is the only form.
SELECT "match", entity FROM extract_facts('Kelvora Systems SA publie ses comptes. Kelvora a réalisé un chiffre d''affaires de 40 millions d''euros. Kelvora vise 50 millions d''euros en 2026.', 'fr');
SELECT "match", entity FROM extract_facts('Vantora Holdings SAS a levé 12 millions d''euros.', 'fr');
-- 3. A person: the full name where the text writes it, not the later surname.
SELECT "match", entity, entity_kind FROM extract_facts('Claire Marchetti dirige Brenmoor depuis 2019. Marchetti a touché une rémunération de 3 millions d''euros en 2025.', 'fr');
-- 4. An abbreviation written more often than the name: the name.
SELECT "match", entity FROM extract_facts('Zorvex Dynamics (ZVX) a publié ses résultats. ZVX a réalisé un chiffre d''affaires de 80 millions d''euros. ZVX vise 100 millions d''euros.', 'fr');
-- 5. The canonical name written and no longer than the form written most: Alibaba.
SELECT "match", entity FROM extract_facts('Alibaba Group will spend $50 billion. Alibaba Group said the plan covers 2026. Alibaba also raised $5 billion.', 'en');
-- 6. The counterparty too: the text's form of the authority.
SELECT "match", entity, what, counterparty FROM extract_facts('La Commission européenne a infligé une amende de 4,1 milliards d''euros à Google.', 'fr');

-- extract_facts reads the names of the sentence before an amount's sentence too: a
-- sentence that opens with "La jeune pousse", "The company" refers to the one named there.
-- 7. The antecedent in the sentence before, past the lead (the first 600 bytes, which are
-- read anyway): a paragraph without names first.
WITH lead(fr, en) AS (SELECT
  replace(printf('%.8c', '*'), '*', 'Le jury a examiné cette année plus de trois cents dossiers venus de toute la France. '),
  replace(printf('%.8c', '*'), '*', 'The jury reviewed more than three hundred applications from across the country this year. '))
SELECT f."match", f.entity FROM lead, extract_facts(lead.fr || char(10) || 'Le prix revient à la start-up lyonnaise Kelvora, fondée en 2021. La jeune pousse a levé 12 millions d''euros.', 'fr') AS f
UNION ALL
SELECT f."match", f.entity FROM lead, extract_facts(lead.en || char(10) || 'The first prize went to the Berlin startup Vantora, founded in 2020. The company raised $15 million.', 'en') AS f;
-- 8. A text wrapped at a fixed width: a line that ends with a capitalised word splits a
-- name ("Claire\nMarchetti"), whose second half opens no sentence: Kelvora's cash.
SELECT "match", entity FROM extract_facts('Kelvora reported revenue of $2 billion for the year.
Kelvora CEO Claire
Marchetti said the group held $1.5
billion in cash.', 'en');
-- 9. A hint before a name does not reach across a sentence: "show." is no product's hint.
SELECT e.match, e.kind FROM extract_entities('The trade data show.

Vantora Sciences launched a $10 billion bond offering.', 'en') AS e;
