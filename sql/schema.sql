-- sql/schema.sql — the recommended tables for a corpus of articles: `articles`, and the
-- textfacts table `article_facts` over it (README: "The textfacts virtual table").
--
--   sqlite3 corpus.db -cmd '.load ./dist/textfacts' < sql/schema.sql
--
-- Safe to run again on a database that has them (IF NOT EXISTS everywhere). The
-- extension must be loaded: article_facts is a textfacts table, and its triggers on
-- `articles` need the module to write.
--
-- articles, one row per article:
--   id         INTEGER PRIMARY KEY (the textfacts table knows articles by it)
--   url        where it was published; unique when given
--   title      NULL when unknown
--   published  an ISO date 'YYYY-MM-DD' or NULL. The CHECK compares it with
--              date(published, '+0 days'): date() alone returns '2025-02-30' unchanged,
--              the modifier normalises it to '2025-03-02', so only real calendar days pass.
--   lang       'fr', 'en', 'de', 'es', 'it', 'pt', 'zh' or NULL (NULL: the extension detects
--              the language per article)
--   source     the outlet or the feed, free text
--   body       the text, required
--   body_hash  lower(hex(sha3(body))) — SHA3-256 of the body's UTF-8 bytes, as the sqlite3
--              shell's sha3() computes it; unique, so the same text is stored once, url or
--              not. The importers (sql/import_*.sql) fill it; NULL is allowed for rows
--              inserted by other means.
CREATE TABLE IF NOT EXISTS articles (
  id        INTEGER PRIMARY KEY,
  url       TEXT UNIQUE,
  title     TEXT,
  published TEXT CHECK (published IS NULL OR date(published, '+0 days') IS published),
  lang      TEXT CHECK (lang IS NULL OR lang IN ('fr', 'en', 'de', 'es', 'it', 'pt', 'zh')),
  source    TEXT,
  body      TEXT NOT NULL,
  body_hash TEXT UNIQUE
);

-- One row per money amount and per named entity of every article, kept current by
-- triggers on `articles`.
CREATE VIRTUAL TABLE IF NOT EXISTS article_facts USING textfacts(
  content = 'articles', column = 'body', content_rowid = 'id', lang_column = 'lang');

-- textfacts_implied_rates: the exchange rates the articles themselves state (an amount
-- given in two currencies), a view over article_facts and articles.
.read sql/implied_rates.sql
