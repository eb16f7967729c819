/* tf_words.c — see tf_words.h. */
#include "tf_words.h"
#include "tf_alloc.h"
#include "tf_fold.h"
#include "tf_icu_data.h"
#include "tf_utf8.h"
#include <string.h>

/* Every byte: ASCII letters lower-cased, everything else 0 (not an ASCII
** letter; bytes >= 0x80 included, so that the fast path of tf_scan_word needs
** no range check). */
unsigned char tf_ascii_letter_fold[256];
unsigned char tf_ascii_alnum_fold[256];
unsigned char tf_latin_alnum_fold[64];

int tf_words_init(void) {
  for (int b = 0; b < 256; b++) {
    tf_ascii_letter_fold[b] = (b >= 'a' && b <= 'z')   ? (unsigned char)b
                              : (b >= 'A' && b <= 'Z') ? (unsigned char)(b | 0x20)
                                                       : 0;
    tf_ascii_alnum_fold[b] = b >= '0' && b <= '9' ? (unsigned char)b : tf_ascii_letter_fold[b];
  }
  for (int i = 0; i < 64; i++) {
    unsigned char out[4];
    int k = tf_fold(0xC0 + i, out);
    tf_latin_alnum_fold[i] = k == 1 && tf_ascii_alnum_fold[out[0]] == out[0] ? out[0] : 0;
  }
  return 0; /* TF_OK */
}

/* Is s[p] (a byte >= 0x80) the lead of a well-formed two-byte character below
** TF_LATIN_LIMIT, by SQLite's rule (no continuation byte after it)? */
static inline int latin_pair(const unsigned char *s, size_t len, size_t p) {
  _Static_assert(TF_LATIN_LIMIT == TF_CLASS_TABLE_LIMIT && TF_LATIN_LIMIT <= 0x280,
                 "the two-byte characters of leads C2..C9, tabulated");
  return s[p] >= 0xC2 && (s[p + 1] & 0xC0) == 0x80 && (p + 2 >= len || (s[p + 2] & 0xC0) != 0x80) &&
         ((s[p] & 0x1Fu) << 6 | (s[p + 1] & 0x3Fu)) < TF_LATIN_LIMIT;
}

/* The character of two or more bytes at p (s[p] >= 0x80): the position after it when it
** is a letter or an ideograph, else p; *cp its code point. An accented Latin letter (two
** bytes, below TF_LATIN_LIMIT: *latin set to 1, else 0) is read from the table
** tf_char_class reads, without a call. */
static inline size_t high_word_char(const unsigned char *s, size_t len, size_t p, int32_t *cp,
                                    int *latin) {
  *latin = s[p] < 0xCA && p + 1 < len && latin_pair(s, len, p);
  if (*latin) {
    *cp = (int32_t)((s[p] & 0x1Fu) << 6 | (s[p + 1] & 0x3Fu));
    return tf_class_table[*cp] == TF_CC_LETTER ? p + 2 : p;
  }
  size_t next;
  *cp = tf_utf8_decode(s, len, p, &next);
  int c = tf_char_class(*cp);
  return c == TF_CC_LETTER || c == TF_CC_CJK ? next : p;
}

size_t tf_word_end(const unsigned char *s, size_t len, size_t p) {
  for (;;) {
    p = tf_ascii_alnum_end(s, len, p);
    if (p >= len || s[p] < 0x80) return p;
    int32_t cp;
    int latin;
    size_t next = high_word_char(s, len, p, &cp, &latin);
    if (next == p) return p;
    p = next;
  }
}

size_t tf_scan_word(const unsigned char *s, size_t len, size_t p, tf_word_info *info) {
  uint64_t h = TF_WORD_HASH_SEED;
  unsigned letters = 0, upper = 0;
  /* The leading run of letters: ASCII ones in a tight loop, which is all of most words,
  ** and after each letter of more bytes, the loop again. */
  for (;;) {
    size_t from = p;
    for (; p < len; p++) {
      unsigned b = s[p], f = tf_ascii_letter_fold[b];
      if (!f) break;
      h = tf_word_hash_byte(h, (unsigned char)f);
      upper += b < 'a'; /* (a letter: a capital) */
    }
    letters += (unsigned)(p - from);
    if (p >= len || s[p] < 0x80) break;
    int32_t cp;
    int latin;
    size_t next = high_word_char(s, len, p, &cp, &latin);
    if (next == p) break;
    if (latin) { /* its folded form from the tables tf_fold reads, without a call */
      for (int i = 0; i < tf_latin_fold_len[cp]; i++)
        h = tf_word_hash_byte(h, tf_latin_fold[cp][i]);
    } else {
      unsigned char folded[4];
      int k = tf_fold(cp, folded);
      for (int i = 0; i < k; i++) h = tf_word_hash_byte(h, folded[i]);
    }
    letters++;
    p = next;
  }
  info->hash = h;
  info->letters_end = p;
  info->letters = letters;
  info->upper = upper;
  /* The rest: digits end the run of letters, and the word goes on */
  return p < len && s[p] >= '0' && s[p] <= '9' ? tf_word_end(s, len, p) : p;
}

int tf_key_first_word_hash(const char *key, uint64_t *hash) {
  uint64_t h = TF_WORD_HASH_SEED;
  const unsigned char *k = (const unsigned char *)key;
  size_t len = strlen(key), p = 0;
  while (p < len) {
    size_t next;
    int32_t cp = tf_utf8_decode(k, len, p, &next);
    int c = tf_char_class(cp);
    if (c != TF_CC_LETTER && c != TF_CC_CJK) break;
    for (size_t i = p; i < next; i++) h = tf_word_hash_byte(h, k[i]);
    p = next;
  }
  if (p == 0) return 0;
  *hash = h;
  return 1;
}

int tf_word_map_init(tf_word_map *map, size_t capacity) {
  size_t size = 64;
  while (size < capacity * 4) size *= 2;
  map->keys = tf_malloc(size * sizeof(uint64_t));
  map->values = tf_malloc(size * sizeof(int32_t));
  if (!map->keys || !map->values) {
    tf_free(map->keys);
    tf_free(map->values);
    map->keys = NULL;
    map->values = NULL;
    return -1;
  }
  memset(map->keys, 0, size * sizeof(uint64_t));
  map->mask = size - 1;
  return 0;
}

void tf_word_map_free(tf_word_map *map) {
  tf_free(map->keys);
  tf_free(map->values);
  memset(map, 0, sizeof *map);
}

void tf_word_map_put(tf_word_map *map, uint64_t hash, int32_t value) {
  if (!hash) hash = 1;
  size_t i = (size_t)(hash ^ (hash >> 29)) & map->mask;
  while (map->keys[i] && map->keys[i] != hash) i = (i + 1) & map->mask;
  map->keys[i] = hash;
  map->values[i] = value;
}
