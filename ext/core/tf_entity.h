/*
** tf_entity.h — named entities in text: organisations, people, places and
** products.
**
** Names are found two ways, in one pass over the text:
**  - the aliases of a set (tf_alias.h): the built-in one (tf_builtin.h) or a
**    connection's, which adds the user's dictionary;
**  - the guesser: runs of capitalised words that are not common words (the stop
**    lists of ext/data/guess.tsv), with a kind from the hint words around them
**    (tf_entity.c explains the rules).
*/
#ifndef TF_ENTITY_H
#define TF_ENTITY_H
#include "tf_alias.h"
#include "tf_builtin.h"
#include <stddef.h>
#include <stdint.h>

/* Reads the guesser's word lists, ext/data/guess.tsv (from tf_core_init).
** TF_OK, TF_NOMEM, or TF_ERROR with a message in err. */
int tf_entity_init(char *err, size_t size);
/* Frees the word lists (tf_core's teardown). */
void tf_entity_teardown(void);

/* One mention. Offsets are bytes, end exclusive. */
typedef struct tf_entity_mention {
  size_t start, end;
  const char *name; /* NUL-terminated, owned by the list */
  size_t name_len;
  unsigned char kind;            /* enum tf_entity_kind (never IGNORE) */
  unsigned char source;          /* enum tf_entity_source */
  unsigned char kind_by_default; /* a guess no hint typed: ORG, the likeliest kind */
  char code[3];                  /* ISO 3166-1 alpha-2, or "" */
} tf_entity_mention;

typedef struct tf_entity_list {
  tf_entity_mention *items;
  size_t count, capacity;
  char *names; /* arena of the names */
  size_t names_len, names_capacity;
} tf_entity_list;

/* Finds every entity in s[0..len) (text order, no overlaps) into *out, which
** must be zeroed or reused after tf_entity_list_free/clear. lang is a tf_lang
** (AUTO reads the word lists of every language). Returns TF_OK, or TF_NOMEM (out
** is then empty). */
int tf_entity_extract(const tf_entity_set *set, const unsigned char *s, size_t len, int lang,
                      tf_entity_list *out);
/* The same over some byte ranges of s only (sorted, not overlapping; each
** starts a sentence): names are found and guesses settled as if the text
** held only those ranges. tf_facts uses it to read the sentences that hold
** money. */
int tf_entity_extract_ranges(const tf_entity_set *set, const unsigned char *s, size_t len, int lang,
                             const size_t (*ranges)[2], size_t range_count, tf_entity_list *out);
/* The same for AUTO with the text's language already detected (text_lang, as
** tf_lang_detect(s, len) gives it), so that it is not detected again. */
int tf_entity_extract_ranges_in(const tf_entity_set *set, const unsigned char *s, size_t len,
                                int lang, int text_lang, const size_t (*ranges)[2],
                                size_t range_count, tf_entity_list *out);
/* tf_entity_extract with the text's language already detected. */
int tf_entity_extract_in(const tf_entity_set *set, const unsigned char *s, size_t len, int lang,
                         int text_lang, tf_entity_list *out);

/* What a scan learns of a text that a later scan of the same text (same set, lang and
** text_lang) would learn again, whatever ranges either reads: the classes of its words
** in the guesser's lists, which nouns are common words, and the alias at each position
** the first scan looked at. tf_document scans a text twice (the facts' ranges, then the
** whole text): the second reads them instead of computing them again. */
typedef struct tf_entity_memo tf_entity_memo;
/* A new memo, empty; NULL without memory. */
tf_entity_memo *tf_entity_memo_new(void);
/* Empties memo before a scan of another text: one text's answers must never be read
** for another, even at the same address. */
void tf_entity_memo_clear(tf_entity_memo *memo);
void tf_entity_memo_free(tf_entity_memo *memo);
/* tf_entity_extract_ranges_in (ranges NULL: the whole text, as tf_entity_extract_in)
** that reads what memo holds of the text and keeps there what it learns; memo NULL:
** none. The output is the same with a memo or without. */
int tf_entity_extract_ranges_memo(const tf_entity_set *set, const unsigned char *s, size_t len,
                                  int lang, int text_lang, const size_t (*ranges)[2],
                                  size_t range_count, tf_entity_memo *memo, tf_entity_list *out);
void tf_entity_list_free(tf_entity_list *list);

#endif
