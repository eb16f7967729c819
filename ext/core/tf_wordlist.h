/*
** tf_wordlist.h — word lists from Debian's dictionaries, so that the entity
** guesser can tell a capitalised common word from a name: German nouns
** ("Umsatz", "Rechenzentrumsbereich", "KI-Boom": German capitalises every noun),
** and the words that Spanish, Italian and Portuguese write in lower case
** ("Gobierno", "Paese", "Tecnologia" at a sentence's start or in a title), and of
** German and the English it borrows ("Künstliche Intelligenz", "Gaming").
**
** The lists are made at build time (ext/data/nouns_de.awk, lower_words.awk say
** from which packages and how), front-coded (ext/data/wordlist.awk) and compiled
** in with the offsets of every 16th word (ext/data/wordlist_index.awk): a lookup is a
** binary search over those, then a walk of at most 15 words. The German nouns, which
** German text looks up most (and finds), are also decoded at init into a hash table
** (about 2.6 MB): a lookup there is one probe or a few.
*/
#ifndef TF_WORDLIST_H
#define TF_WORDLIST_H
#include <stddef.h>

enum {
  TF_LIST_NOUNS_DE,
  TF_LIST_WORDS_DE,
  TF_LIST_WORDS_ES,
  TF_LIST_WORDS_IT,
  TF_LIST_WORDS_PT,
  TF_LISTS
};

/* Checks the lists against their index and makes the nouns' hash table (from
** tf_core_init). TF_OK, TF_NOMEM, or TF_ERROR for a build whose lists and index
** disagree. */
int tf_wordlist_init(void);
void tf_wordlist_teardown(void);

/* Is w[0, n) a word of the list? */
int tf_wordlist_has(int list, const unsigned char *w, size_t n);

/* Is s[ws, we) a German common noun: a word of the list, a compound whose last
** part after a hyphen is one ("Gaming-Geschäft"), or a closed compound that ends
** in one of five letters or more ("Lebensmittelkette")? The word starts with a
** capital; words in capitals are no nouns. */
int tf_noun_de(const unsigned char *s, size_t ws, size_t we);

/* Is the capitalised word s[ws, we) a lower-case word of the list for lang
** (TF_LANG_DE: German and English words, "Künstliche", "Gaming"; TF_LANG_ES, _IT,
** _PT), once its first letter is lowered? 0 for other languages and for words in
** capitals. */
int tf_lower_word(int lang, const unsigned char *s, size_t ws, size_t we);

#endif
