.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- extract_money() on the forms of real English press (issue 14), written for this test.
-- Columns: match, amount, currency, qualifier, low, high.

-- Currency stated once, carried
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('The lender raised $65 million in May. It had raised 18.5 million a year earlier.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('The fund closed at £400 million, of which 150 million came from pension schemes.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('The number of accounts grew from 3 million in March to 5 million in June, after a $20 million campaign.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('The insurer lost 1.4 billion shekels ($380 million) in the quarter and 52 million in the one before.', 'en');

-- Negative amounts
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Free cash flow was $-12.6bn, against -$3.1 million a year ago and +$4 million in 2023.', 'en');

-- Press abbreviations and hyphenated scales
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('The board cleared a ₹12 Cr buyback, an INR 640.2 Cr order and a Rs 75 cr loan.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('The retailer won S$3mil and RM8.2mil in contracts, and $2.4mil in grants.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('It signed a $2.7-billion deal, a 4.5-billion-euro plan and a Rs 1,200-crore order.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('The defence budget is ₹6.2 lakh crore; the app costs $.99 and revenue reached $965
million.', 'en');

-- Ranges and alternatives; changes are two amounts
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('The project will cost $4 to $6 billion, or US $15 to $18 billion with the second phase.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Revenue is seen at $136 million to $144 million; a ticket costs about 7 or $8.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Sales rose from $2bn to $3bn.', 'en');

-- Thresholds and qualifiers; a threshold in a noun phrase is exact
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Its value has crossed $250 billion, beyond £75 billion for its rival; bids came in north of $10bn, topping $5bn.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Fees are capped at $3bn, below £2 million per case; the index approaches $4 trillion, some $5bn short.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('The market cap stands around the $160bn mark, past the $2 trillion mark of its peer; deals of $10 billion or more.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('No round was above $50 million this week; last week two were above $80 million.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Lithium prices exceeded the RMB 500,000 ($68,776) threshold.', 'en');

-- Numbers and currencies in the wild
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('It paid 4.2 million Swedish crowns, 35 sterlings and 12 Australian dollars.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Tickets cost $2,300 AUD, $A45 million, AU$12.50 or NZD 250.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Revenue of 480 TRY, MAD 7 million, PHP 3.4bn, PEN 20 and COP 5,000 in fees.', 'en');

-- False friends
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('He weighs 160 pounds, carried a ten-pound sack, the engine makes 300 pound-feet and the recipe needs 3/4 pound of butter.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Euro 2024 starts in June; trading in dollars 7 days a week began when the euro 20 years ago was young.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('He ordered 3 drams of whisky. The PHP language and a CUP of tea. We met at TRY 3.', 'en');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('Menu: soup $4.50 1,500 - salad $9.00', 'en');
