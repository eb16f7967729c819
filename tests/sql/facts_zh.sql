.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- Chinese facts (issue 18): each ideograph is a token, phrases of what.tsv and facts.tsv
-- end a word anywhere, years carry their marker (2026年, 2025财年), simplified and
-- traditional. The fictional companies are named by the user's dictionary.
CREATE TABLE textfacts_dictionary(alias TEXT NOT NULL, name TEXT, kind TEXT NOT NULL);
INSERT INTO textfacts_dictionary VALUES
  ('凯沃拉', '凯沃拉', 'org'), ('凱沃拉', '凱沃拉', 'org'),
  ('万托拉', '万托拉', 'org'), ('萬托拉', '萬托拉', 'org'),
  ('奥尔文', '奥尔文', 'org'), ('奧爾文', '奧爾文', 'org'),
  ('塔尔维资本', '塔尔维资本', 'org'), ('塔爾維資本', '塔爾維資本', 'org'),
  ('王立明', '王立明', 'person');

-- what the amount is, before or after it, without spaces
SELECT "match", entity, what, year FROM extract_facts('凯沃拉宣布2026年投入50亿元建设数据中心。万托拉2025年营收达到120亿元，净利润为8亿元，同比增长12%。', 'zh');
SELECT "match", entity, what, year FROM extract_facts('凱沃拉宣布2026年投入50億元建設數據中心。萬托拉2025年營收達到120億元，淨利潤為8億元。', 'zh');
-- a round and its lead investor; the valuation after it; a source is nobody's owner
SELECT "match", entity, what, counterparty FROM extract_facts('据新华社报道，奥尔文完成B轮融资3亿美元，由塔尔维资本领投，投后估值约20亿美元。', 'zh');
SELECT "match", entity, what, counterparty FROM extract_facts('據新華社報道，奧爾文完成B輪融資3億美元，由塔爾維資本領投，投後估值約20億美元。', 'zh');
-- an acquisition, a fine, debt; "的" makes the name before it the owner of what follows
SELECT "match", entity, what FROM extract_facts('凯沃拉以15亿元收购万托拉。奥尔文被罚款3000万元。万托拉的贷款为6亿元。', 'zh');
-- pay and a fortune are a person's; a price the market sets; dividends say nothing
SELECT "match", entity, what FROM extract_facts('凯沃拉董事长王立明年薪为500万元，身价超过100亿元。凯沃拉收盘价为12.5港元。凯沃拉派息2亿元。', 'zh');
-- a total over many companies is a market, nobody's
SELECT "match", entity, what FROM extract_facts('这些公司去年共获得融资总额超过200亿元。', 'zh');
-- the paragraph's topic owns the amounts of the sentences after it; a fiscal year
SELECT "match", entity, what, year FROM extract_facts('凯沃拉发布2025财年业绩。公司营收为30亿元。', 'zh');
-- sentences end at 。！？ without a space, closing quotes stay with theirs
SELECT sentence, text FROM extract_sentences('凯沃拉宣布投资。“我们很满意！”他说。万托拉营收增长；净利润下降？', 'zh');
-- the first date of a Chinese text
SELECT first_date('凯沃拉于2026年3月5日公布。') AS d1, first_date('2024 年 12 月 31 号') AS d2, first_date('2025年2月30日，2025年3月1日') AS skipped;
DROP TABLE textfacts_dictionary;
