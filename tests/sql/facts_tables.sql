.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- extract_facts: tables. A table of figures, with its line breaks or flattened into one
-- line, says what each amount is by its column's heading (a phrase of what.tsv) and whose
-- it is by its row's label; a row labelled "Total" (class row_total) sums the others.

-- 1. Flattened, as pages often carry it: investments are each company's, grants the
-- state body's (named before), with the company the beneficiary; the total of the
-- investments is a market, owned by nobody; the total of the grants stays a budget.
SELECT "match", entity, what, counterparty FROM extract_facts('Le gouvernement du Québec accorde 40 millions de dollars de subventions à deux entreprises. Elles se résument comme suit :

Entreprises Investissements Subventions Kelvora Aéro 150 000 000 $ 25 000 000 $ Vantora Industries 90 000 000 $ 15 000 000 $ Total 240 000 000 $ 40 000 000 $', 'fr');
-- 2. With tabs and line breaks; columns revenue and profit.
SELECT "match", entity, what FROM extract_facts('Results by company:
Company	Revenue	Net income
Kelvora	$120 million	$15 million
Vantora	$80 million	$9 million', 'en');
-- 3. Markdown's pipes.
SELECT "match", entity, what FROM extract_facts('Rounds of the week.

| Start-up | Funding | Valuation |
|---|---|---|
| Kelvora | $12 million | $60 million |
| Orvane | $8 million | $40 million |', 'en');
-- 4. Rows labelled by years: the year of each row; the owner named above.
SELECT "match", entity, what, year FROM extract_facts('Kelvora publie ses comptes :
Année Chiffre d''affaires Résultat net
2023 12 M€ 1 M€
2024 15 M€ 2 M€', 'fr');
-- 5. Not tables: one row only; amounts with words between them; an amount and its other
-- currency in brackets.
SELECT "match", what FROM extract_facts('Revenue and net income: Kelvora $5 million $1 million.', 'en');
SELECT "match", entity, what FROM extract_facts('Kelvora a réalisé un chiffre d''affaires de 5 M€ et un bénéfice de 1 M€, Vantora 3 M€ et 2 M€.', 'fr');
SELECT "match", entity, what, grp FROM extract_facts('Revenue and profit were $5 billion (€4.6 billion) for Kelvora, $3 billion (€2.8 billion) for Vantora.', 'en');
