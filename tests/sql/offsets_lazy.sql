.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- Offsets (code points) are counted when a query asks for them: for some rows only, end
-- before start, or after a filter on another column, they are those of the full listing,
-- and substr(text, start + 1, end - start) is the match.
CREATE TABLE t(body TEXT);
INSERT INTO t VALUES ('Le 3 mars, « Kelvora » a levé 40 millions d''€ à Pékin (北京), puis Vantora 2,5 milliards de dollars. Orvane a payé 12 M€ à Talvex.');
CREATE TABLE full_money AS SELECT m.rowid AS r, t.body, m.* FROM t, extract_money(t.body, 'fr') m;
CREATE TABLE full_entities AS SELECT e.rowid AS r, t.body, e.* FROM t, extract_entities(t.body, 'fr') e;
CREATE TABLE full_facts AS SELECT x.rowid AS r, t.body, x.* FROM t, extract_facts(t.body, 'fr') x;
SELECT (SELECT count(*) FROM full_money) AS money, (SELECT count(*) FROM full_entities) AS entities,
       (SELECT count(*) FROM full_facts) AS facts;
-- every other row, end asked first
SELECT m."end", m.start, m."match" FROM t, extract_money(t.body, 'fr') m WHERE m.rowid % 2 = 0;
SELECT count(*) AS asked, sum(m."end" = f."end" AND m.start = f.start) AS same
  FROM t, extract_money(t.body, 'fr') m JOIN full_money f ON f.r = m.rowid WHERE m.rowid % 2 = 0;
SELECT e."end", e.start, e."match" FROM t, extract_entities(t.body, 'fr') e WHERE e.kind = 'org';
SELECT count(*) AS asked, sum(e."end" = f."end" AND e.start = f.start) AS same
  FROM t, extract_entities(t.body, 'fr') e JOIN full_entities f ON f.r = e.rowid WHERE e.kind = 'org';
SELECT x."end", x.start, x."match" FROM t, extract_facts(t.body, 'fr') x WHERE x.currency = 'USD';
SELECT count(*) AS asked, sum(x."end" = f."end" AND x.start = f.start) AS same
  FROM t, extract_facts(t.body, 'fr') x JOIN full_facts f ON f.r = x.rowid WHERE x.currency = 'USD';
-- the last row alone
SELECT m.start, m."end" FROM t, extract_money(t.body, 'fr') m
 WHERE m.rowid = (SELECT max(r) FROM full_money);
-- substr holds on every row of each
SELECT (SELECT count(*) FROM full_money WHERE substr(body, start + 1, "end" - start) = "match") AS money,
       (SELECT count(*) FROM full_entities WHERE substr(body, start + 1, "end" - start) = "match") AS entities,
       (SELECT count(*) FROM full_facts WHERE substr(body, start + 1, "end" - start) = "match") AS facts;
DROP TABLE full_money;
DROP TABLE full_entities;
DROP TABLE full_facts;
DROP TABLE t;
