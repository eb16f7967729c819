/*
** tf_entity.h — named entities: organisations, people, places and products.
**
** Knowledge comes in layers, each a set of aliases that map to one canonical
** name, a kind and (for countries and territories) an ISO 3166-1 code:
**  - built in (tf_entity_builtin): countries, territories and world regions
**    with their English, French and Chinese names from ICU, and the bundled
**    list ext/data/entities.tsv (organisations, products, people, cities, and
**    the press forms ICU lacks), compiled into the library;
**  - the user's: any number of rows added on top of a copy of the built-ins
**    (tf_entity_builder_add_set, then tf_entity_builder_add), which add
**    aliases or replace them.
** Aliases are matched in folded form (tf_fold.h) with a trie, at word starts
** and, inside CJK text, at every ideograph; the longest alias that fits wins.
** How an alias is written decides how strictly it matches:
**   "ByteDance"  starts with a capital: the text must start with a capital too
**                ("apple pie" is not Apple);
**   "AMD", "US"  all capitals: the text must be in capitals ("us" is not US);
**   "=Meta"      a leading '=': exactly this case and these accents
**                ("Méta-analyse" is not Meta);
**   "iPhone"     otherwise: any case, any accents.
** A match never ends inside a word, except in CJK text, which has no spaces.
**
** Names nobody listed are guessed: runs of capitalised words that are not
** common words (the stop lists of ext/data/guess.tsv), with a kind from the
** cue words around them (tf_entity.c explains the rules).
*/
#ifndef TF_ENTITY_H
#define TF_ENTITY_H
#include <stddef.h>
#include <stdint.h>

enum tf_entity_kind {
  TF_KIND_ORG = 0,
  TF_KIND_PERSON,
  TF_KIND_PLACE,
  TF_KIND_PRODUCT,
  TF_KIND_UNKNOWN, /* a guessed name with no cue */
  TF_KIND_IGNORE   /* a user alias that marks text as no entity at all */
};
#define TF_KIND_COUNT 6

enum tf_entity_source { TF_SOURCE_BUILTIN = 0, TF_SOURCE_DICTIONARY, TF_SOURCE_GUESS };

/* "org", "person", "place", "product", "unknown", "ignore". */
const char *tf_entity_kind_name(int kind);
/* "builtin", "dictionary", "guess". */
const char *tf_entity_source_name(int source);
/* Parses a kind a user may give: org, person, place, product, ignore (exactly,
** lower case). Returns the kind, or -1. */
int tf_entity_kind_parse(const char *name, size_t len);
/* The kinds tf_entity_kind_parse accepts, for error messages. */
#define TF_ENTITY_USER_KINDS "org, person, place, product, ignore"

typedef struct tf_entity_set tf_entity_set;
typedef struct tf_entity_builder tf_entity_builder;

/* The built-in set, built once per process on first use (thread-safe).
** Returns NULL when it could not be built; tf_entity_builtin_error() says why. */
const tf_entity_set *tf_entity_builtin(void);
const char *tf_entity_builtin_error(void);

tf_entity_builder *tf_entity_builder_new(void);
void tf_entity_builder_free(tf_entity_builder *b);

/* Results of tf_entity_builder_add. */
#define TF_ENTITY_ADDED 0
#define TF_ENTITY_NOMEM 1
#define TF_ENTITY_BAD_ALIAS 2 /* empty once folded, invalid UTF-8, or too long */

/* Adds alias → (name, kind, code). code is NULL or two letters. An alias
** folding like an earlier one replaces it. */
int tf_entity_builder_add(tf_entity_builder *b, const char *alias, size_t alias_len,
                          const char *name, size_t name_len, int kind, const char *code,
                          int source);
/* Adds every alias of set (as first added: later additions replace them).
** TF_ENTITY_ADDED or TF_ENTITY_NOMEM. */
int tf_entity_builder_add_set(tf_entity_builder *b, const tf_entity_set *set);
/* Aliases added so far whose folded form an earlier one already had with
** another name or kind (for checking the bundled data). */
size_t tf_entity_builder_conflicts(const tf_entity_builder *b);

/* Freezes the builder into a set and frees the builder (even on failure).
** Returns NULL on OOM. */
tf_entity_set *tf_entity_build(tf_entity_builder *b);
void tf_entity_set_free(tf_entity_set *set);
size_t tf_entity_set_alias_count(const tf_entity_set *set);

/* The i-th alias of a set (0 <= i < tf_entity_set_alias_count): the alias as
** written, its name, kind, code ("" when none) and source. */
void tf_entity_set_entry(const tf_entity_set *set, size_t i, const char **alias,
                         const char **name, int *kind, const char **code, int *source);
/* How many built-in aliases replaced an earlier one with another name or kind
** while the built-in set was built (0 for consistent data). */
size_t tf_entity_builtin_conflicts(void);

/* Looks a whole string up as an alias (folded, trimmed; no case rules).
** Returns 1 and the entry's name, kind and code (code "" when none), else 0.
** The strings stay valid as long as the set. */
int tf_entity_lookup(const tf_entity_set *set, const char *text, size_t len, const char **name,
                     int *kind, const char **code);

/* One mention. Offsets are bytes, end exclusive. */
typedef struct tf_entity_mention {
  size_t start, end;
  const char *name; /* NUL-terminated, owned by the list */
  size_t name_len;
  unsigned char kind;   /* enum tf_entity_kind (never IGNORE) */
  unsigned char source; /* enum tf_entity_source */
  char code[3];         /* ISO 3166-1 alpha-2, or "" */
} tf_entity_mention;

typedef struct tf_entity_list {
  tf_entity_mention *items;
  size_t count, capacity;
  char *names; /* arena of the names */
  size_t names_len, names_capacity;
} tf_entity_list;

/* Finds every entity in s[0..len) (text order, no overlaps) into *out, which
** must be zeroed or reused after tf_entity_list_free/clear. lang is a tf_lang
** (AUTO detects). Returns 0, or TF_ENTITY_NOMEM (out is then empty). */
int tf_entity_extract(const tf_entity_set *set, const unsigned char *s, size_t len, int lang,
                      tf_entity_list *out);
/* The same over some byte ranges of s only (sorted, not overlapping; each
** starts a sentence): names are found and guesses settled as if the text
** held only those ranges. tf_facts uses it to read the sentences that hold
** money. */
int tf_entity_extract_ranges(const tf_entity_set *set, const unsigned char *s, size_t len, int lang,
                             const size_t (*ranges)[2], size_t range_count, tf_entity_list *out);
void tf_entity_list_free(tf_entity_list *list);

#endif
