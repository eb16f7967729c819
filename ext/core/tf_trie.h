/*
** tf_trie.h — a byte trie over folded keys, walked over raw text.
**
** Keys are folded UTF-8 (tf_fold.h). Matching folds the text as it walks, so
** "ÉTATS-UNIS", "Etats-Unis" and "états-unis" reach the same node, and runs of
** white space in the text match the single space of a key. The walk starts at
** one position and reports every key that ends there, shortest first, so a
** caller can take the longest one that also ends on a word boundary.
** Built once (per process or per connection), then read-only and shareable.
*/
#ifndef TF_TRIE_H
#define TF_TRIE_H
#include "tf_utf8.h"
#include "tf_words.h"
#include <stddef.h>
#include <stdint.h>

typedef struct tf_trie tf_trie;
typedef struct tf_trie_builder tf_trie_builder;

typedef struct tf_trie_hit {
  size_t end;    /* byte position just after the matched text */
  int32_t value; /* the value stored with the key */
} tf_trie_hit;

tf_trie_builder *tf_trie_builder_new(void);
/* Adds or replaces key → value (value >= 0). Returns 0, or -1 on OOM.
** If previous is not NULL it receives the value replaced, or -1. */
int tf_trie_builder_add(tf_trie_builder *builder, const char *key, size_t key_len, int32_t value,
                        int32_t *previous);
/* The value stored for key so far, or -1. */
int32_t tf_trie_builder_get(const tf_trie_builder *builder, const char *key, size_t key_len);
/* Freezes the builder into a trie and frees the builder (even on failure).
** Returns NULL on OOM. */
tf_trie *tf_trie_build(tf_trie_builder *builder);
void tf_trie_builder_free(tf_trie_builder *builder);
void tf_trie_free(tf_trie *trie);

/* Exact lookup of an already folded key: its value, or -1. */
int32_t tf_trie_get(const tf_trie *trie, const char *key, size_t key_len);

/* Walks text s[pos..len) and stores up to max_hits keys that match there, in
** increasing length (when more match, the longest are kept). Returns how many. */
int tf_trie_match(const tf_trie *trie, const unsigned char *s, size_t len, size_t pos,
                  tf_trie_hit *hits, int max_hits);

/* tf_trie_match at an ideograph cp (tf_ideograph_at(s, len, pos)) that cp2 follows
** (tf_ideograph_at(s, len, pos + 3), or -1 when pos + 3 >= len), for a caller that has read
** them and that tf_trie_cjk_may_start let through: the same hits, without reading them
** again. */
int tf_trie_match_ideograph(const tf_trie *trie, const unsigned char *s, size_t len, size_t pos,
                            int32_t cp, int32_t cp2, tf_trie_hit *hits, int max_hits);

/* The value of the key that the text s[start..end) is as a whole (tf_trie_match's hit
** that ends at end), or -1. */
int32_t tf_trie_whole(const tf_trie *trie, const unsigned char *s, size_t start, size_t end);
/* The same, where h is already the hash of s[start..from), ASCII letters and digits, or
** letters that fold to one (from <= end), as the walk folds them (in lower case;
** tf_words.h's hash from TF_WORD_HASH_SEED): a caller that has hashed the word's letters
** does not hash them again. */
int32_t tf_trie_whole_from(const tf_trie *trie, const unsigned char *s, size_t start, size_t end,
                           size_t from, uint64_t h);

/* Does the ASCII shortcut of tf_trie_match agree with tf_fold()? (tests) */
int tf_trie_ascii_fold_agrees(void);
/* Do the ideographs U+4E00..U+9FFF read as the walk's first step and the entity scan
** assume: of class TF_CC_CJK, neither upper nor lower case, folding to themselves? (tests:
** the tables are ICU's, built in, so a build answers the same wherever it runs) */
int tf_trie_cjk_fold_agrees(void);

/* The ideograph of the block TF_CJK_FIRST..TF_CJK_LAST at s[pos]: three
** bytes that no continuation byte before len follows, the character tf_utf8_decode reads
** there; or -1 (any other character, or one not well formed). Inline, without the general
** decoder's checks: Chinese text is made of them. */
static inline int32_t tf_ideograph_at(const unsigned char *s, size_t len, size_t pos) {
  if (s[pos] < 0xE4 || s[pos] > 0xE9) return -1;
  int32_t cp = tf_utf8_char3_at(s, len, pos);
  return cp >= TF_CJK_FIRST ? cp : -1; /* (E9 BF BF is TF_CJK_LAST) */
}

/* The filters of the ideographs (TF_CJK_FIRST..TF_CJK_LAST) that start a trie's keys. */
typedef struct tf_trie_cjk {
  /* bit cp - TF_CJK_FIRST: some key starts with the ideograph cp */
  unsigned char start[(TF_CJK_LAST - TF_CJK_FIRST + 1 + 7) / 8];
  /* bit cp - TF_CJK_FIRST: some key is the ideograph cp alone, or goes on after it with
  ** a character that is no ideograph of the block (the pair filter cannot tell) */
  unsigned char open[(TF_CJK_LAST - TF_CJK_FIRST + 1 + 7) / 8];
  /* bit tf_pair_bit16(a, b): some key starts with the ideographs a, b */
  unsigned char pairs[65536 / 8];
} tf_trie_cjk;

/* The trie's filters, for a caller that asks tf_trie_cjk_may_start at every character. */
const tf_trie_cjk *tf_trie_cjk_filters(const tf_trie *trie);

/* Can a key start at an ideograph cp (tf_ideograph_at) that the ideograph cp2 follows (-1:
** another character, or none)? 0 when tf_trie_match would find no key there: a caller
** that has read them already skips the call. Inline: Chinese text asks at every
** character. */
static inline int tf_trie_cjk_may_start(const tf_trie_cjk *f, int32_t cp, int32_t cp2) {
  unsigned k = (unsigned)(cp - TF_CJK_FIRST);
  if (!(f->start[k >> 3] >> (k & 7) & 1)) return 0;
  if (cp2 < 0 || (f->open[k >> 3] >> (k & 7) & 1)) return 1;
  unsigned j = tf_pair_bit16(cp, cp2);
  return f->pairs[j >> 3] >> (j & 7) & 1;
}
/* The same, by the trie. */
int tf_trie_may_start_ideographs(const tf_trie *trie, int32_t cp, int32_t cp2);

/* Number of nodes (for tests and statistics). */
size_t tf_trie_size(const tf_trie *trie);

#endif
