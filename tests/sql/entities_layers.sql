.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- extract_entities: the three layers, one canonical name across aliases and languages.

-- Layer 1 (built in, ICU): a country in French, English, Chinese, with and without
-- accents, in capitals, and the press forms ICU lacks; one name and one ISO code.
SELECT "match", name, kind, code, start, "end", source
  FROM extract_entities('Les États-Unis (Etats-Unis, ETATS-UNIS, USA), the United States, the US, 美国.');
-- territories and world regions: regions have no ISO 3166 code
SELECT "match", name, kind, code, source
  FROM extract_entities('De Hong Kong à Taïwan, de la Malaisie à l''Asie du Sud-Est et en Europe.');
-- Layer 1 (built in, bundled list): organisations, products, people, their aliases in
-- French, English and Chinese; government bodies.
SELECT "match", name, kind, code, source
  FROM extract_entities('字节跳动 (ByteDance) lance 豆包, alias Doubao, connu sous le nom de Cici; la Maison-Blanche et le Sénat.');
-- longest match wins; a legal suffix joins an organisation, a model number a product
SELECT "match", name, kind FROM extract_entities('The Washington Post wrote from Washington.');
SELECT "match", name, kind FROM extract_entities('Huawei Technologies livre des puces Ascend 910B; Nvidia Corp vend des H200.');

-- Layer 3 (guesses): capitalised names nobody listed, with the kind from a cue
SELECT "match", name, kind, source FROM extract_entities(
  'Selon M. Jean Valcourt, la société Brindlewood a choisi la puce Zentrix Z7; '
  || 'la start-up Orvane Labs aussi. Valcourt, fondateur de Brindlewood, confirme.');
-- no cue: kind 'unknown'; a name the article repeats keeps one name
SELECT "match", name, kind, source FROM extract_entities(
  'Le rapport cite Kelmora Dynamics. Plus loin, Kelmora répond.');
-- a capitalised common word starting a sentence, alone, is not a name
SELECT count(*) AS rows FROM extract_entities('Pourtant, rien. Hier encore. Because nothing. However, no.');

-- one name across French and English articles: GROUP BY name works
WITH articles(id, body) AS (VALUES
  (1, 'ByteDance investit en Chine et aux États-Unis.'),
  (2, 'ByteDance invests in China and the United States.'),
  (3, '字节跳动在美国和中国投资。'))
SELECT e.name, e.kind, e.code, count(DISTINCT a.id) AS articles, group_concat(DISTINCT e."match") AS forms
  FROM articles a, extract_entities(a.body) e GROUP BY e.name ORDER BY e.name;

-- entity_name(): the same knowledge as a scalar
SELECT entity_name('Etats-Unis'), entity_name('豆包'), entity_name('Maison-Blanche'), entity_name('nothing'), entity_name(NULL);
