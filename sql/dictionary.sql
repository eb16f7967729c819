-- dictionary.sql — the user's entity dictionary for extract_entities().
--
--   sqlite3 my.db < sql/dictionary.sql
--
-- Each row maps an alias (a form found in text) to a canonical name and a kind. The rows
-- add to the built-in knowledge, and an alias that the built-ins already have is
-- overridden. A change takes effect from the next statement on every connection; nothing
-- has to be reloaded.
--
--   alias  matched like the built-in aliases: case and accents are ignored, except that
--          an alias starting with a capital needs a capital in the text ("Orange" does
--          not match "orange"), an alias in capitals needs capitals ("EDF"), and an alias
--          written with a leading '=' needs exactly this case and these accents.
--   name   the canonical name reported in extract_entities().name (NULL only for 'ignore')
--   kind   org, person, place, product, or ignore (the alias is never an entity: neither
--          built in nor guessed)
--
-- A place named like a built-in country gets its ISO code ('Hexagone' -> 'France', 'FR').
-- A row that breaks these rules makes extract_entities() fail with a message naming
-- the row (the CHECK constraints below catch most of them when the row is written).

CREATE TABLE IF NOT EXISTS textfacts_dictionary (
  alias TEXT NOT NULL CHECK (trim(alias) <> ''),
  name  TEXT CHECK (name IS NOT NULL OR kind = 'ignore'),
  kind  TEXT NOT NULL CHECK (kind IN ('org', 'person', 'place', 'product', 'ignore'))
);

-- Examples (remove the leading "-- " to use them):
-- INSERT INTO textfacts_dictionary (alias, name, kind) VALUES
--   ('Hexagone',            'France',              'place'),    -- a press form, gets FR
--   ('Volcano Engine',      'Volcano Engine',      'org'),      -- ByteDance's cloud arm
--   ('火山引擎',             'Volcano Engine',      'org'),      -- its Chinese name
--   ('Seed-Thinking',       'Seed-Thinking',       'product'),
--   ('Liang Rubo',          'Liang Rubo',          'person'),
--   ('=Ascend',             'Ascend',              'product'),  -- only written so
--   ('Quest',               NULL,                  'ignore');   -- never an entity
