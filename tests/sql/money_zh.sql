-- Chinese amounts (issue 18), simplified and traditional: digits and numerals, the scale
-- glued ("亿", "万亿", "億", "萬", "兆"), the currency after or "人民币" before, qualifiers
-- glued before and after, "余"/"多", ranges, per-unit prices, counts that are no money.
.load dist/textfacts
.mode csv
.headers on
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('凯沃拉公司计划投资1200亿元，约180亿美元用于数据中心，另有逾3000万港元和人民币41.57亿元的项目。', 'zh');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('董事会批准一千二百亿元的预算，其中3000余万元用于研发，总额在120.5亿元至150.2亿元之间。', 'zh');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('該公司發行8.2億股，銷售12萬輛汽車，資本支出上調至910億至930億美元，約100億元人民幣。', 'zh');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('股价报1595.88元/股，总值约5.9至6.5萬億港元，规模100-200亿元，投资1000亿元以上、50亿元左右。', 'zh');
SELECT "match", amount, currency, qualifier, low, high FROM extract_money('融资从最初的60亿追加至72亿元；数千亿美元的投入；零一萬物获得投资。', 'zh');
SELECT "match", amount, currency FROM extract_money('估值为四十九兆九千五百九十二億元，一亿两千万元，两万亿元，售价￥300。', 'zh');
-- 'auto' tells Chinese apart; a Chinese name in a French article leaves it French.
SELECT detect_lang('凯沃拉公司计划投资1200亿元。') AS zh, detect_lang('ByteDance (字节跳动) investit 5 milliards de dollars.') AS fr;
-- Spoken forms: minor units (角, 毛, 毫 = 0.1; 分, 仙, 美分 = 0.01), a numeral with its unit
-- left out, 零, 半; "块", "蚊", "個" only with a fraction or at a clause's end, never before
-- a noun ("三块地", "三個人", "一個半小時").
SELECT "match", amount, currency, qualifier FROM extract_money('这本书五元三毛，那支笔两美元又三美分，最多一块二，至少三块零四，50元6角三分。', 'zh');
SELECT "match", amount, currency FROM extract_money('車費七蚊，港幣三個一毫四，五個半；他买了三块地，来了三個人，等了一個半小時。', 'zh');
-- A minor unit with its country: 美分, 日本銭.
SELECT "match", amount, currency FROM extract_money('票价10日元5日本銭，另付两美元又三美分。', 'zh');
-- Stray continuation bytes after a full-width digit are one character with it for SQLite:
-- no mention ends inside it (found by fuzz_money).
SELECT "match", start, "end" FROM extract_money(CAST(X'E585834142E58583EFBC949494E585832031E4BABFE58583' AS TEXT), 'zh');
