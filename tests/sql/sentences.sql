.echo on
.headers on
.mode csv
.separator , "\n"
.nullvalue NULL
-- extract_sentences(document [, lang]): sentence, start, end, text; offsets in code points,
-- end exclusive, spans trimmed. Abbreviations, initials and decimals do not end a
-- sentence; a line break does (headlines, list items), except inside hard-wrapped text.

-- 1. French abbreviations: M., Mme, Dr, janv.
SELECT sentence, start, "end", text FROM extract_sentences('M. Zhang est arrivé. Mme Li aussi. Le Dr Wang a parlé en janv. dernier. Fin.');
SELECT sentence, text FROM extract_sentences('Le 5 janv. 2026, M. Zhang a parlé. Fév. 2025 aussi.');
SELECT sentence, text FROM extract_sentences('Mme. Martin et Mlle Durand, Pr. Morel. Ok.');
-- English abbreviations: Mr., Mrs., Dr., Inc., Ltd., Jan., e.g., i.e., vs.
SELECT sentence, text FROM extract_sentences('Mr. Smith met Mrs. Jones at Acme Inc. on Jan. 5. Dr. Who left. Acme Ltd. agreed.');
SELECT sentence, text FROM extract_sentences('Prof. Smith and St. Louis met Gen. Lee. Next one.');
SELECT sentence, text FROM extract_sentences('Use tools, e.g. the shell, i.e. bash. Tencent vs. Alibaba. Then stop.');
-- "etc." before a capital ends the sentence
SELECT sentence, text FROM extract_sentences('Il a acheté des puces, des serveurs, etc. Puis il est parti.');

-- 2. Initials and acronyms with dots.
SELECT sentence, text FROM extract_sentences('J. K. Rowling lives in the U.S. and she writes. Next one.');
SELECT sentence, text FROM extract_sentences('George W. Bush a parlé. Les É.-U. aussi.');

-- 3. Dots inside numbers and names, ellipsis.
SELECT sentence, text FROM extract_sentences('La croissance est de 3.5 pour cent. 01.ai est une start-up. Suite.');
SELECT sentence, text FROM extract_sentences('Le prix est de 5 €. 3 clients ont payé. 2025 sera meilleure.');
SELECT sentence, text FROM extract_sentences('Il hésite... Puis il part. Wait… What?');
SELECT sentence, text FROM extract_sentences('Il hésite… puis il part. Ensuite… Rien.');

-- 4. "?" and "!": lower case after them continues ("? dit-il").
SELECT sentence, text FROM extract_sentences('Vraiment ? dit-il. Oui ! Non ! Why? Because!');
SELECT sentence, text FROM extract_sentences('Quoi ?! Vraiment !! Oui.');
SELECT sentence, text FROM extract_sentences('« Non ! » a-t-il répondu. Puis : « Jamais. » Fin.');

-- 5. Closing quotes and brackets after a full stop stay with the sentence.
SELECT sentence, text FROM extract_sentences('« C''est fini. » Il part. "It is over." He left. (Voir plus bas.) Fin.');
SELECT sentence, text FROM extract_sentences('ByteDance (TikTok) a grandi. [Mise à jour.] Fin.');
SELECT sentence, text FROM extract_sentences('He said: "Stop." "Why?" she asked. He said "no." Then he left.');
SELECT sentence, text FROM extract_sentences('Il a dit « oui ». Elle a dit ‘non’. They said “fine.” Done.');

-- 6. Headlines, bullet and numbered lists, blank lines.
SELECT sentence, start, "end", text FROM extract_sentences('ByteDance investit en Europe
Le groupe chinois a annoncé un plan. Il sera détaillé demain.

À lire aussi
- premier point
- second point
* troisième point
• quatrième point
1. Introduction
2. Suite');
SELECT sentence, text FROM extract_sentences('ByteDance invests in Europe
The Chinese group announced a plan.


Read more
- first item
- second item');

-- 7. Hard-wrapped lines: a single break after a letter or a comma before lower case
-- continues; a capital, a blank line or a line ending in a full stop does not.
SELECT sentence, text FROM extract_sentences('Le groupe a annoncé un plan de dépenses
ambitieux pour les trois prochaines années,
notamment en Europe. Fin.');
SELECT sentence, text FROM extract_sentences('The company announced a plan
which is new. The company announced a plan
Which is new.');
SELECT sentence, text FROM extract_sentences('Premier paragraphe
suite en minuscule

nouveau paragraphe en minuscule');
SELECT sentence, text FROM extract_sentences('Une phrase.
suite en minuscule après un point.');
SELECT sentence, text FROM extract_sentences('Le groupe investit 5
milliards.');

-- 8. CJK full stops end a sentence without a space.
SELECT sentence, start, "end", text FROM extract_sentences('字节跳动发布了新模型。它很快！真的吗？是的');
SELECT sentence, start, "end", text FROM extract_sentences('ByteDance a parlé。字节跳动 (ByteDance) 回应了。 Fin.');

-- 9. CRLF line ends, leading and trailing white space.
SELECT sentence, start, "end", text FROM extract_sentences('Première phrase.' || char(13,10) || 'Titre sans point' || char(13,10) || char(13,10) || 'Dernière.' || char(13,10));
SELECT sentence, start, "end", text FROM extract_sentences('   ' || char(9) || 'Espaces avant. Et après.   ' || char(10) || '  ');
SELECT sentence, start, "end", text FROM extract_sentences(char(160) || 'Espace insécable. Fin.' || char(8239));

-- 10. Empty, blank, NULL: no rows. Other types are read as their text.
SELECT count(*) FROM extract_sentences('');
SELECT count(*) FROM extract_sentences('   ' || char(10, 13, 9) || '  ');
SELECT count(*) FROM extract_sentences(NULL);
SELECT count(*) FROM extract_sentences(NULL, 'fr');
SELECT sentence, text FROM extract_sentences(42);
SELECT sentence, text FROM extract_sentences(3.5);

-- 11. A BLOB is read as its bytes; invalid UTF-8 never breaks the offsets.
SELECT sentence, start, "end", text FROM extract_sentences(CAST('Une phrase. Une autre.' AS BLOB));
SELECT sentence, start, "end", hex(text) FROM extract_sentences(CAST(x'41ff2e2042' AS TEXT));
WITH t(b) AS (VALUES (x'ff' || CAST('Il a lev' AS BLOB) || x'e9' || CAST('. Puis ' AS BLOB) || x'c3' || CAST('5 euros.' AS BLOB) || x'e282' || CAST(' Fin.' AS BLOB)))
SELECT s.sentence, s.start, s."end", hex(s.text),
       substr(CAST(t.b AS TEXT), s.start + 1, s."end" - s.start) = s.text AS substr_ok
  FROM t, extract_sentences(t.b) s;
-- a NUL ends the text
SELECT sentence, start, "end", text FROM extract_sentences('Avant le NUL. Encore' || char(0) || ' après. Jamais vu.');

-- 12. Characters outside the BMP: offsets are code points.
SELECT sentence, start, "end", text FROM extract_sentences('𝕏 est un réseau 😀. Il a 𝔸 fans. Fin 🎉!');
-- substr(document, start + 1, end - start) = text on every row of every text above
WITH t(d) AS (VALUES
  ('𝕏 est un réseau 😀. Il a 𝔸 fans. Fin 🎉!'),
  ('M. Zhang est arrivé. Mme Li aussi. Le Dr Wang a parlé en janv. dernier. Fin.'),
  ('字节跳动发布了新模型。它很快！真的吗？是的'),
  ('Première phrase.' || char(13,10) || 'Titre sans point' || char(13,10) || char(13,10) || 'Dernière.'),
  ('   ' || char(9) || 'Espaces avant. Et après.   ' || char(10) || '  '),
  ('« C''est fini. » Il part. (Voir plus bas.) Fin 🎉!' || char(10) || '- 𝔸 point' || char(10) || 'b'),
  (CAST(x'41ff2e2042' AS TEXT)))
SELECT count(*) AS rows,
       sum(substr(t.d, s.start + 1, s."end" - s.start) <> s.text) AS violations,
       sum(s.text <> trim(s.text, ' ' || char(9, 10, 13))) AS untrimmed
  FROM t, extract_sentences(t.d) s;
-- sentences are numbered 0, 1, ... in order and do not overlap
WITH t(d) AS (VALUES ('Un. Deux ! Trois ?' || char(10) || 'Quatre' || char(10,10) || 'Cinq。六。'))
SELECT count(*) AS rows, max(sentence) AS last,
       sum(s.start < coalesce((SELECT p."end" FROM extract_sentences(t.d) p WHERE p.sentence = s.sentence - 1), 0)) AS overlaps
  FROM t, extract_sentences(t.d) s;

-- 13. lang: 'fr' knows only French abbreviations, 'en' only English ones, 'auto' and NULL
-- both; capitals accepted; an unknown value is an error naming the function.
SELECT sentence, text, lang FROM extract_sentences('M. Dupont est là. Mr. Smith is here. Mme Li aussi.', 'fr');
SELECT sentence, text, lang FROM extract_sentences('M. Dupont est là. Mr. Smith is here. Mme Li aussi.', 'en');
SELECT sentence, text, lang FROM extract_sentences('M. Dupont est là. Mr. Smith is here. Mme Li aussi.', 'auto');
SELECT sentence, text, lang FROM extract_sentences('M. Dupont est là. Mr. Smith is here. Mme Li aussi.', NULL);
SELECT sentence, text, lang FROM extract_sentences('Mr. Smith is here.', 'EN');
SELECT * FROM extract_sentences('Texte.', 'nl');
SELECT * FROM extract_sentences('Texte.', 1);
-- missing and extra arguments
SELECT * FROM extract_sentences();
SELECT * FROM extract_sentences;
SELECT * FROM extract_sentences('a', 'fr', 'x');
-- the hidden input column is "document"
SELECT sentence, document, lang FROM extract_sentences('Un. Deux.');
SELECT sentence, text FROM extract_sentences WHERE document = 'Un. Deux.';

-- 14. extract_facts numbers sentences as extract_sentences does: each money match lies
-- inside the [start, end) of the sentence with its index.
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs(body) VALUES
  ('M. Zhang, PDG de ByteDance, a parlé. Le groupe dépensera 160 milliards de yuans (23 milliards de dollars) en 2026. Mme Li confirme.'),
  ('ByteDance invests in Europe' || char(10) || 'Mr. Smith said Acme Inc. will spend $3.5 billion. Really? yes, $2 billion more!' || char(10) || '- Budget : 300 M€'),
  ('𝕏 a coûté 44 milliards de dollars… Puis 5 milliards de dollars。Fin: $1.'),
  ('Le groupe a annoncé 5 milliards' || char(13,10) || 'd''euros en 2026.' || char(13,10) || char(13,10) || 'Titre 3 000 €');
SELECT d.id, f."match", f.sentence, s.start, s."end", f.start >= s.start AND f."end" <= s."end" AS inside
  FROM docs d, extract_facts(d.body) f
  LEFT JOIN extract_sentences(d.body) s ON s.sentence = f.sentence
 ORDER BY d.id, f.start;
SELECT count(*) AS facts,
       sum(NOT EXISTS (SELECT 1 FROM extract_sentences(d.body) s
                        WHERE s.sentence = f.sentence AND f.start >= s.start AND f."end" <= s."end")) AS outside
  FROM docs d, extract_facts(d.body) f;
-- the same with the language given
SELECT count(*) AS facts,
       sum(NOT EXISTS (SELECT 1 FROM extract_sentences(d.body, l.lang) s
                        WHERE s.sentence = f.sentence AND f.start >= s.start AND f."end" <= s."end")) AS outside
  FROM docs d, (SELECT 'fr' AS lang UNION ALL SELECT 'en') l, extract_facts(d.body, l.lang) f;
DROP TABLE docs;
-- A full stop typed without its space between a lower-case word and a capitalised one
-- ends a sentence; not in "Node.js", "01.AI", "U.S.Steel" or after an abbreviation.
SELECT sentence, "start", "end", text FROM extract_sentences('La levée atteint 850 millions d''euros.Capgemini a annoncé un plan.Le site Node.js, 01.AI et U.S.Steel restent, M.Dupont aussi.', 'fr');
SELECT sentence, "start", "end", text FROM extract_sentences('Revenue rose to $3 billion.Microsoft said it would invest more.', 'en');
SELECT "match", sentence FROM extract_facts('Le groupe a levé 850 millions d''euros.Capgemini a investi 2 milliards d''euros.', 'fr');

-- Hard-wrapped text: a line that goes on with a figure in brackets continues the sentence
-- ("Nestlé\n(7,99)" in a wrapped list); a line break before a capital still ends one.
SELECT sentence, text FROM extract_sentences('Suivent Kelvora (8,09 milliards de bénéfice net), Vantora
(7,99), Orvane (5,85) et Talvex.
(Note : les chiffres sont provisoires.)', 'fr');
SELECT "match", entity FROM extract_facts('Les bénéfices nets, en milliards d''euros : Kelvora (8,09 milliards d''euros), Vantora
(7,99), Orvane (5,85) et Talvex (4,39).', 'fr');
-- German, Spanish, Italian and Portuguese abbreviations end no sentence (abbreviations.tsv)
SELECT sentence, text FROM extract_sentences('Der Umsatz stieg auf 350 Mio. Euro. Das ist z. B. viel. Dr. Schmidt sagte dies.', 'de');
SELECT sentence, text FROM extract_sentences('El Sr. García lo dijo en ene. de 2025. Fue aprox. a las diez.', 'es');
SELECT sentence, text FROM extract_sentences('Il Dott. Rossi ha parlato. Il Sig. Bianchi no.', 'it');
SELECT sentence, text FROM extract_sentences('A Sra. Silva falou em jan. de 2025. O Dr. Costa também.', 'pt');
-- Offsets are counted only when a query asks for them: asked on some rows only, end before
-- start, or after a filter on the text, they are those of the full listing.
CREATE TABLE lazy(body TEXT);
INSERT INTO lazy VALUES ('Le 3 mars, Kelvora a levé 40 millions d''€. « Très bien » dit-il. Puis 北京 a répondu. Fin.');
SELECT s."end", s."start", s.sentence FROM lazy, extract_sentences(lazy.body, 'fr') s WHERE s.sentence IN (1, 3);
SELECT count(*) AS sentences,
       sum(a."start" = b."start" AND a."end" = b."end") AS same_offsets,
       sum(substr(lazy.body, a."start" + 1, a."end" - a."start") = a.text) AS substr_matches
  FROM lazy, extract_sentences(lazy.body, 'fr') a, extract_sentences(lazy.body, 'fr') b
 WHERE a.sentence = b.sentence;
SELECT s."start" FROM lazy, extract_sentences(lazy.body, 'fr') s WHERE s.text LIKE 'Fin%';
DROP TABLE lazy;
-- Abbreviations match whatever their case where they take none ("approx.", "APPROX."), and
-- only written with a capital where they need one ("Mr." but not "mr.").
SELECT sentence, text FROM extract_sentences('It cost APPROX. Ten dollars. He met mr. Smith. Then Mr. Jones came. The vs. Game ended.', 'en');
