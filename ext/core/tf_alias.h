/*
** tf_alias.h — sets of aliases: every written form of a name that maps to one
** canonical name, a kind and (for countries and territories) an ISO 3166-1 code.
**
** A set is built once (tf_entity_builder_*, tf_entity_build), then read-only and
** shareable between threads. The built-in set (tf_builtin.h) is one; a
** connection's set is a copy of it plus the rows of its textfacts_dictionary.
** Aliases are matched in folded form (tf_fold.h) with a trie; how an alias is
** written decides how strictly it matches:
**   "ByteDance"  starts with a capital: the text must start with a capital too
**                ("apple pie" is not Apple);
**   "AMD", "US"  all capitals: the text must be in capitals ("us" is not US);
**   "=Meta"      a leading '=': exactly this case and these accents
**                ("Méta-analyse" is not Meta);
**   "iPhone"     otherwise: any case, any accents.
** A match never ends inside a word, except in CJK text, which has no spaces.
*/
#ifndef TF_ALIAS_H
#define TF_ALIAS_H
#include "tf_trie.h"
#include "tf_utf8.h"
#include "tf_words.h"
#include <stddef.h>
#include <stdint.h>

enum tf_entity_kind {
  TF_KIND_ORG = 0,
  TF_KIND_PERSON,
  TF_KIND_PLACE,
  TF_KIND_PRODUCT,
  TF_KIND_UNKNOWN, /* a guessed name with no hint */
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

/* The longest alias, in bytes, as written. */
#define TF_MAX_ALIAS_BYTES 400

/* One alias of a set. */
#define TF_AF_EXACT 0x01       /* '=': exactly this case and these accents */
#define TF_AF_UPPER 0x02       /* all capitals: the text must have no lower-case letter */
#define TF_AF_CJK_END 0x04     /* ends with an ideograph: no boundary needed after it */
#define TF_AF_OPEN_END 0x08    /* ends with punctuation ("U.S."): no boundary needed */
#define TF_AF_UPPER_START 0x10 /* starts with a capital */

typedef struct tf_alias {
  uint32_t alias;     /* offset of the alias as written (without '=') in the set's strings */
  uint32_t name;      /* offset of the canonical name */
  uint32_t cap_words; /* bit i: word i of the alias starts with a capital */
  unsigned char kind, source, flags, first_byte;
  char code[3];
} tf_alias;

/* The key of a word's first letters a, b, c (lower-case ASCII; 0 where the word's
** leading letters end before). */
#define TF_ALIAS_PREFIX_BITS 65536
static inline unsigned tf_alias_prefix_key(unsigned a, unsigned b, unsigned c) {
  return ((a * 64u + b) * 64u + c) * 2654435761u >> 16 & (TF_ALIAS_PREFIX_BITS - 1);
}

typedef struct tf_entity_set {
  tf_trie *trie; /* folded alias → index in aliases */
  tf_alias *aliases;
  size_t count;
  char *strings;
  /* Where an alias that does not start with a capital can start: the hash of
  ** its first folded word ("departement", "iphone"), or, when it starts with a
  ** digit, an ideograph or a sign, its first folded byte. */
  tf_word_map lower_words;
  unsigned char lower_start[256];
  /* A filter before lower_words: a bit per tf_alias_prefix_key() of the first three
  ** folded ASCII letters of those first words (words with another byte there are
  ** always looked up), so that most words of a text need no hash. */
  unsigned char lower_prefix[TF_ALIAS_PREFIX_BITS / 8];
  /* A bit per CJK unified ideograph (U+4E00..U+9FFF) that starts an alias once folded:
  ** in Chinese text, where an alias may start at any character, most start none. */
  unsigned char cjk_start[(TF_CJK_LAST - TF_CJK_FIRST + 1 + 7) / 8];
  /* A bit per hash of every alias's lead, the run of ASCII letters and digits its folded
  ** form starts with ("the" of "the new york times", "ibm", "3m"): most capitalised words
  ** and numbers start no alias, and their trie walks (tf_alias_at) cost more than a hash.
  ** 2^lead_log2 bits, then 2^lead_log2 more for how the aliases go on after their leads
  ** ("the" " economist": "The company" starts none, tf_alias.c); NULL when some alias
  ** written with a sign at its end folds to letters and digits alone, as it could end
  ** inside a word (tf_alias_at then always walks). */
  unsigned char *leads;
  unsigned lead_log2;
} tf_entity_set;

/* Can an alias of the set start with the (folded) code point cp? (CJK unified
** ideographs: by the set's bits; any other code point: perhaps.) */
static inline int tf_alias_cjk_may_start(const tf_entity_set *set, int32_t cp) {
  if (cp < TF_CJK_FIRST || cp > TF_CJK_LAST) return 1;
  unsigned k = (unsigned)(cp - TF_CJK_FIRST);
  return set->cjk_start[k >> 3] >> (k & 7) & 1;
}

typedef struct tf_entity_builder tf_entity_builder;

tf_entity_builder *tf_entity_builder_new(void);
void tf_entity_builder_free(tf_entity_builder *b);

/* Adds alias → (name, kind, code). code is NULL or two letters. An alias
** folding like an earlier one replaces it. TF_OK, TF_NOMEM, or TF_BAD_INPUT
** (the alias is empty once folded, invalid UTF-8, or too long). */
int tf_entity_builder_add(tf_entity_builder *b, const char *alias, size_t alias_len,
                          const char *name, size_t name_len, int kind, const char *code,
                          int source);
/* Adds every alias of set (as first added: later additions replace them).
** TF_OK or TF_NOMEM. */
int tf_entity_builder_add_set(tf_entity_builder *b, const tf_entity_set *set);
/* The value the builder holds for a folded alias, or -1 (an index of aliases). */
int32_t tf_entity_builder_find(const tf_entity_builder *b, const char *folded, size_t n,
                               const char **name);
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
void tf_entity_set_entry(const tf_entity_set *set, size_t i, const char **alias, const char **name,
                         int *kind, const char **code, int *source);

/* Looks a whole string up as an alias (folded, trimmed; no case rules).
** Returns 1 and the entry's name, kind and code (code "" when none), else 0.
** The strings stay valid as long as the set. */
int tf_entity_lookup(const tf_entity_set *set, const char *text, size_t len, const char **name,
                     int *kind, const char **code);

/* The longest alias of set that starts at s[p] and fits the text there (its
** case rule, a word boundary after it): the alias and *end, or NULL. */
const tf_alias *tf_alias_at(const tf_entity_set *set, const unsigned char *s, size_t len, size_t p,
                            size_t *end);
/* What tf_alias_at_lead read of the word at p: the end of its run of ASCII letters and
** digits, and of the letters of two bytes that fold to one ("ä": 'a'), p when there is
** none; and their hash folded (tf_words.h's, from TF_WORD_HASH_SEED), which
** tf_trie_whole_from can go on from. */
typedef struct tf_alias_lead {
  size_t end;
  uint64_t hash;
} tf_alias_lead;

/* tf_alias_at, and in *lead what it read of the word at p. */
const tf_alias *tf_alias_at_lead(const tf_entity_set *set, const unsigned char *s, size_t len,
                                 size_t p, size_t *end, tf_alias_lead *lead);

#endif
