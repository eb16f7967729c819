.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- Offsets are 0-based code points, end exclusive: substr(text, start + 1, end - start) = match,
-- whatever comes before the mention (accents, ’, U+00A0, astral characters, emoji sequences,
-- combining marks, CJK, CR LF) and whatever is inside it.
CREATE TABLE t(id INTEGER PRIMARY KEY, x TEXT);
INSERT INTO t VALUES
  (1, 'Déjà, l’équipe a levé 12 millions d’euros.'),
  (2, char(0x1D54F) || ' X, la société a levé 5,6 milliards de dollars.'),
  (3, char(0x1F680) || ' La fusée a coûté 3 milliards d’euros à l’agence.'),
  (4, char(0x1F1EB, 0x1F1F7) || ' Paris investit 2 milliards d''euros dans le métro.'),
  (5, char(0x1F469, 0x200D, 0x1F4BB) || ' La développeuse a levé 1' || char(160) || '200' || char(160) || '000 € cette année.'),
  (6, 'Le cafe' || char(0x301) || ' a été vendu 450' || char(8239) || '000 € hier soir.'),
  (7, '€3,000 au lancement, puis 49 € par mois.'),
  (8, 'Selon la presse, le total atteint 7 milliards de dollars'),
  (9, 'Ligne un' || char(13, 10) || char(9) || 'Le fonds a levé 30 millions de dollars.'),
  (10, char(0x1F4B0) || ' The startup raised $4 million, then £10 million in its Series A.'),
  (11, '字节跳动 a prévu 160 milliards de yuans pour ses centres de données.'),
  (12, '« Œuvre », “citation” — puis ' || char(0x1D400, 0x1D401) || ' et 250 000 € … enfin 8 millions d’euros.');
SELECT t.id, m.match, m.start, m."end", length(t.x) AS len,
       substr(t.x, m.start + 1, m."end" - m.start) = m.match AS substr_ok
  FROM t, extract_money(t.x) AS m
 ORDER BY t.id, m.start;
-- every row, every text: the contract holds, and every text has its mentions
SELECT count(*) AS rows, sum(substr(t.x, m.start + 1, m."end" - m.start) = m.match) AS substr_ok,
       count(DISTINCT t.id) AS texts
  FROM t, extract_money(t.x) AS m;
-- the same through money_json
SELECT count(*) AS rows,
       sum(substr(t.x, json_extract(e.value, '$.start') + 1,
                  json_extract(e.value, '$.end') - json_extract(e.value, '$.start'))
           = json_extract(e.value, '$.match')) AS substr_ok
  FROM t, json_each(money_json(t.x)) AS e;
