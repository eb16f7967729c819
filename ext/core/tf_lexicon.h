/*
** tf_lexicon.h — phrase lists read from the data files (ext/data), in two forms:
**
**  - tf_lexicon: phrases matched folded (any case, any accents; tf_fold.h), each
**    with a set of classes per language. A file's rows "class<TAB>lang<TAB>a | b"
**    add class to a and b for the row's languages. The guesser's words
**    (guess.tsv) and the fact phrases (facts.tsv) are lexicons, looked up at a
**    position of the text with tf_trie_match on lx->trie, then
**    tf_lexicon_classes for the language of the text.
**  - tf_phrases: a few short phrases per class matched as written (ASCII letters
**    in any case, other characters exactly; a space in the phrase matches one
**    space character of the text; the phrase ends a word): the money words of
**    money.tsv ("and", "et", "à", "pour cent").
*/
#ifndef TF_LEXICON_H
#define TF_LEXICON_H
#include "tf_data.h"
#include "tf_lang.h"
#include "tf_trie.h"
#include "tf_words.h"
#include <stddef.h>
#include <stdint.h>

/* A class a data file names, and its bit. A mask of 0 means: rows of this class
** are read by the caller, not added to the lexicon. */
typedef struct tf_class_name {
  const char *name;
  uint32_t mask;
} tf_class_name;

#define TF_LEXICON_WORD_LOG2 16 /* bits of tf_lexicon.first_words: 2^16 (8 KB) */

typedef struct tf_lexicon {
  tf_trie *trie;                      /* folded phrase → entry */
  uint32_t (*classes)[TF_LANG_COUNT]; /* per entry, per language */
  size_t count;
  int max_words; /* words in the longest phrase (split at spaces, apostrophes, hyphens) */
  /* a filter of the phrases' first words: bit tf_hash_bit(h, TF_LEXICON_WORD_LOG2) of the
  ** hash h of the leading run of ASCII letters and digits of each folded phrase (see
  ** tf_lexicon_may_match) */
  unsigned char *first_words;
} tf_lexicon;

/* Reads the rows class<TAB>lang<TAB>phrases of a data file into lx (zeroed). A
** phrase's final '.' is dropped ("M." is "M"). classes ends with {NULL, 0}. TF_OK,
** TF_NOMEM, or TF_ERROR with a message naming the file and line. */
int tf_lexicon_load(tf_lexicon *lx, const char *file, const char *data,
                    const tf_class_name *classes, char *err, size_t size);

/* Frees lx's memory and zeroes it. */
void tf_lexicon_free(tf_lexicon *lx);

/* The classes of entry v for the languages of bits (TF_LANG_BIT). */
static inline uint32_t tf_lexicon_classes_in(const tf_lexicon *lx, int32_t v, unsigned bits) {
  uint32_t all = 0;
  /* (the languages' bits one by one: most callers read two or three) */
  for (bits &= (1u << TF_LANG_COUNT) - 1; bits; bits &= bits - 1)
    all |= lx->classes[v][__builtin_ctz(bits)];
  return all;
}

/* The classes of entry v for lang (TF_LANG_AUTO: of every language). */
static inline uint32_t tf_lexicon_classes(const tf_lexicon *lx, int32_t v, int lang) {
  if (lang > 0 && lang <= TF_LANG_COUNT) return lx->classes[v][lang - 1];
  return tf_lexicon_classes_in(lx, v, TF_LANG_ALL);
}

/* tf_lexicon_may_match's answer for a run whose hash is h (TF_WORD_HASH_SEED and
** tf_word_hash_byte over its bytes in lower case), followed by ASCII or len. */
static inline int tf_lexicon_word_may_match(const tf_lexicon *lx, uint64_t h) {
  if (!lx->first_words) return 1;
  uint64_t bit = tf_hash_bit(h, TF_LEXICON_WORD_LOG2);
  return lx->first_words[bit >> 3] >> (bit & 7) & 1;
}

/* May a phrase of lx match at s[p] (tf_trie_match on lx->trie over s[..len)) with a hit
** that does not end inside the run of ASCII letters and digits that starts at s[p]? 0
** only where none can: the run is followed by an ASCII byte (or len), and no phrase's
** folded form starts with the run in lower case, followed by its end or a byte that is no
** ASCII letter or digit. For the callers that drop the hits ending inside a word: a walk
** costs a call and a few steps, this a hash of the word, with no call. 1 at any other
** start (not ASCII, a run followed by other UTF-8). */
static inline int tf_lexicon_may_match(const tf_lexicon *lx, const unsigned char *s, size_t len,
                                       size_t p) {
  uint64_t h;
  size_t q = tf_ascii_alnum_hash(s, len, p, &h);
  if (q == p || (q < len && s[q] >= 0x80)) return 1;
  return tf_lexicon_word_may_match(lx, h);
}

/* tf_trie_match on lx->trie, skipped where tf_lexicon_may_match says no phrase can match
** (0 hits: for the callers that drop the hits ending inside the first word). */
static inline int tf_lexicon_match(const tf_lexicon *lx, const unsigned char *s, size_t len,
                                   size_t p, tf_trie_hit *hits, int max_hits) {
  if (!tf_lexicon_may_match(lx, s, len, p)) return 0;
  return tf_trie_match(lx->trie, s, len, p, hits, max_hits);
}

/* Looks up a class name of a table: its mask, or -1. */
long tf_class_parse(const tf_class_name *classes, const char *name, size_t len);

/* ------------------------------------------------------------------------ */

typedef struct tf_phrase {
  const char *text; /* in the data file (not NUL-terminated) */
  size_t len;
  unsigned langs; /* TF_LANG_BIT of the languages that read it */
  uint32_t next;  /* the next phrase with its first byte (tf_phrases.head), 1-based; 0: none */
  unsigned char second; /* its second byte (ASCII lower-cased), which the text's must be; 0:
                        ** none to test (a phrase of one byte, or a space first or second) */
} tf_phrase;

typedef struct tf_phrases {
  tf_phrase *items;
  size_t count;
  unsigned char first[32]; /* bit set of the bytes a phrase starts with (ASCII lower-cased) */
  /* the phrases by first byte (lower-cased): a chain through tf_phrase.next, 1-based, 0
  ** ends it; any: those that start with a space, which matches any space */
  uint32_t head[256], any;
} tf_phrases;

/* May a phrase of list start at the byte b? 0: tf_phrases_at finds none there. */
static inline int tf_phrases_may_start(const tf_phrases *list, unsigned char b) {
  if (b >= 'A' && b <= 'Z') b |= 0x20;
  return list->first[b >> 3] >> (b & 7) & 1;
}

#define TF_PHRASE_CLASSES_MAX 32 /* classes one tf_phrases_load() reads */

/* Appends a phrase (text kept, not copied) read by the languages langs to list, whose
** room is *capacity; keeps the bit set of first bytes that tf_phrases_at() relies on.
** TF_OK or TF_NOMEM. Every list is built through it. */
int tf_phrases_add(tf_phrases *list, size_t *capacity, const char *text, size_t len,
                   unsigned langs);

/* Reads the rows class<TAB>lang<TAB>phrases of a data file into lists[k], the list
** of classes[k] (class_count lists, zeroed). TF_OK, TF_NOMEM or TF_ERROR. */
int tf_phrases_load(tf_phrases *lists, const char *const *classes, size_t class_count,
                    const char *file, const char *data, char *err, size_t size);

/* Frees the list's memory and zeroes it. */
void tf_phrases_free(tf_phrases *list);

/* The length of the longest phrase of list, read in lang, that starts at s[p]
** and ends a word there; 0 when none does. */
size_t tf_phrases_at(const tf_phrases *list, const unsigned char *s, size_t len, size_t p,
                     int lang);

#endif
