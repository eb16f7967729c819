// given_names.mjs — writes ext/data/given_names.tsv from the person.first_name lists of
// faker-js (MIT). Run from a directory where `npm install @faker-js/faker` was run:
//   node ext/data/given_names.mjs > ext/data/given_names.tsv
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// faker-js is looked up from the working directory, not from this file's.
const entry = createRequire(process.cwd() + '/').resolve('@faker-js/faker');
const { allFakers } = await import(pathToFileURL(entry));

const HEADER = `# given_names.tsv — first names of people (textfacts's name guesser).
#
# A guessed name of two or three capitalised words whose first word is one of these, and
# that nothing else types (a hint, a legal suffix, " & "), is a person: "Marcel Ospel".
#
# Format: class<TAB>lang<TAB>name; class is always "given", lang "*" (a name's origin says
# nothing of the language of the article that writes it).
#
# Source: the person.first_name lists of faker-js (https://github.com/faker-js/faker,
# MIT licence), locales en, en_IN, fr, de, es, it, pt_BR, pt_PT and nl, each name once
# (the first locale that has it), Latin letters only, at least three letters; names that
# are also places of business news (Paris, Victoria, Jordan …) are left out. Regenerate:
#   npm install @faker-js/faker && node ext/data/given_names.mjs > ext/data/given_names.tsv
#
`;
const pkg = JSON.parse(readFileSync('node_modules/@faker-js/faker/package.json', 'utf8'));
const fold = s => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const locales = ['en', 'en_IN', 'fr', 'de', 'es', 'it', 'pt_BR', 'pt_PT', 'nl'];
// Given names that are also places or regions of business news are left out: a run that
// starts with one is no person's name more often than it is.
const places = ['america', 'asia', 'africa', 'austin', 'brooklyn', 'carolina', 'chelsea',
  'china', 'dallas', 'europa', 'florence', 'georgia', 'houston', 'india', 'italia', 'jordan',
  'lorraine', 'madison', 'orlando', 'paris', 'phoenix', 'regina', 'salem', 'savannah', 'sydney',
  'victoria', 'virginia'];
const seen = new Set(places);
const rows = [HEADER.trimEnd()];
for (const l of locales) {
  let names = [];
  for (const v of Object.values(allFakers[l].rawDefinitions.person.first_name)) names = names.concat(v);
  const kept = [];
  for (const n of names.sort()) {
    const f = fold(n);
    if (!/^\p{Lu}[\p{Ll}'-]+$/u.test(n) || n.length < 3 || seen.has(f)) continue;
    seen.add(f);
    kept.push(n);
  }
  rows.push(`# faker-js ${pkg.version}, locale ${l}: ${kept.length} names`);
  for (const n of kept) rows.push(`given\t*\t${n}`);
}
console.log(rows.join('\n'));
