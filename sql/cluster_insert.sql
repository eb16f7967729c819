-- sql/cluster_insert.sql — the articles of a local database as SQL statements for a
-- dqlite cluster of textfacts-node (docs/cluster.md):
--
--   sqlite3 staging.db < sql/cluster_insert.sql | dist/textfacts-client -s HOST:PORT,...
--
-- staging.db has the `articles` table of sql/schema.sql, filled by `make import` or
-- sql/import_*.sql (their checks, their reports of bad rows, their body hashes). Prints one
-- INSERT per article (url, title, published, lang, source, body, body_hash; the cluster
-- numbers the articles itself), BEGIN and COMMIT around every 200, in the order of id.
-- ON CONFLICT DO NOTHING: an article whose url or body_hash the cluster already has is left
-- as it is, so running it again adds only new articles. The extension is not needed here;
-- the cluster's triggers extract each article as it is inserted.
.mode list
.headers off
SELECT CASE WHEN n % 200 = 1 THEN 'BEGIN;' || char(10) ELSE '' END ||
       'INSERT INTO articles(url, title, published, lang, source, body, body_hash) VALUES (' ||
       quote(url) || ', ' || quote(title) || ', ' || quote(published) || ', ' ||
       quote(lang) || ', ' || quote(source) || ', ' || quote(body) || ', ' ||
       quote(body_hash) || ') ON CONFLICT DO NOTHING;' ||
       CASE WHEN n % 200 = 0 OR n = total THEN char(10) || 'COMMIT;' ELSE '' END
  FROM (SELECT *, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total
          FROM articles)
 ORDER BY n;
