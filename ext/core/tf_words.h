/*
** tf_words.h — words as the scanner meets them: one pass over a word gives its
** end and a hash of its folded leading letters, so that a set of interesting
** words (first words of currency names; function words for language
** detection) can be consulted with one probe instead of a trie walk per word.
** Folding is tf_fold's, so "Dollars", "DOLLARS" and "dollars" hash alike, as
** do "Etats" and "États".
*/
#ifndef TF_WORDS_H
#define TF_WORDS_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define TF_WORD_HASH_SEED 0xcbf29ce484222325ULL
static inline uint64_t tf_word_hash_byte(uint64_t h, unsigned char b) {
  return (h ^ b) * 0x100000001b3ULL;
}

/* The bit of hash h in a filter of 2^log2_bits bits (9 <= log2_bits <= 63): its top bits,
** mixed, so that hashes that differ in their low bits spread. */
static inline uint64_t tf_hash_bit(uint64_t h, unsigned log2_bits) {
  return (h * 0x9E3779B97F4A7C15ULL) >> (64 - log2_bits);
}

/* The bit of the pair of characters (a, b) in a filter of 65536 bits. */
static inline unsigned tf_pair_bit16(int32_t a, int32_t b) {
  return ((uint32_t)a * 0x9E3779B1u ^ (uint32_t)b * 0x85EBCA6Bu) >> 16;
}

/* The first q >= p where s[q] is a and s[q + 1] is b, both before len, or len when there is
** none: sixteen pairs at a time where SSE2 is there and seventeen bytes are left. */
static inline size_t tf_pair_next(const unsigned char *s, size_t len, size_t p, unsigned char a,
                                  unsigned char b) {
#ifdef __SSE2__
  const __m128i first = _mm_set1_epi8((char)a), second = _mm_set1_epi8((char)b);
  while (p + 17 <= len) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
    __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(s + p + 1));
    unsigned found = (unsigned)_mm_movemask_epi8(
      _mm_and_si128(_mm_cmpeq_epi8(x, first), _mm_cmpeq_epi8(y, second)));
    if (found) return p + (size_t)__builtin_ctz(found);
    p += 16;
  }
#endif
  for (; p + 1 < len; p++)
    if (s[p] == a && s[p + 1] == b) return p;
  return len;
}

/* The first ASCII capital (A-Z) at or after p, or len: sixteen bytes at a time where SSE2
** is there and sixteen bytes are left. */
static inline size_t tf_ascii_capital_next(const unsigned char *s, size_t len, size_t p) {
#ifdef __SSE2__
  /* (x - 'A') below 26, unsigned, is (x - 'A' - 0x80) below 26 - 0x80, signed */
  const __m128i to_capital = _mm_set1_epi8((char)(0x80 - 'A')),
                capitals = _mm_set1_epi8((char)(26 - 0x80));
  while (p + 16 <= len) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
    unsigned found = (unsigned)_mm_movemask_epi8(
      _mm_cmplt_epi8(_mm_add_epi8(v, to_capital), capitals));
    if (found) return p + (size_t)__builtin_ctz(found);
    p += 16;
  }
#endif
  while (p < len && (unsigned)(s[p] - 'A') > 25u) p++;
  return p;
}

/* The end of the run of ASCII letters and digits that starts at q (q itself when there is
** none): sixteen bytes at a time where SSE2 is there and sixteen bytes are left. When
** capitals is not NULL, *capitals is set to 1 if an ASCII capital is in the run (else left
** as it is). */
static inline size_t tf_ascii_alnum_end_capitals(const unsigned char *s, size_t len, size_t q,
                                                 int *capitals) {
#ifdef __SSE2__
  const __m128i case_bit = _mm_set1_epi8(0x20), to_letter = _mm_set1_epi8((char)(0x80 - 'a')),
                letters = _mm_set1_epi8((char)(26 - 0x80)),
                to_digit = _mm_set1_epi8((char)(0x80 - '0')),
                digits = _mm_set1_epi8((char)(10 - 0x80));
  while (q + 16 <= len) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + q));
    /* (x - lo) below n, unsigned, is (x - lo - 0x80) below n - 0x80, signed */
    __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, case_bit), to_letter), letters);
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, to_digit), digits);
    unsigned other = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit)) & 0xFFFFu;
    if (capitals) { /* letters whose case bit is clear, before the first byte of no run */
      unsigned capital = (unsigned)_mm_movemask_epi8(
        _mm_andnot_si128(_mm_cmpeq_epi8(_mm_and_si128(v, case_bit), case_bit), letter));
      if (capital & (other ? (other & (0u - other)) - 1u : 0xFFFFu)) *capitals = 1;
    }
    if (other) return q + (size_t)__builtin_ctz(other);
    q += 16;
  }
#endif
  for (; q < len; q++) {
    if (s[q] >= 'A' && s[q] <= 'Z') {
      if (capitals) *capitals = 1;
    } else if (!((s[q] >= 'a' && s[q] <= 'z') || (s[q] >= '0' && s[q] <= '9'))) {
      break;
    }
  }
  return q;
}

/* The same, without the capitals. */
static inline size_t tf_ascii_alnum_end(const unsigned char *s, size_t len, size_t q) {
  return tf_ascii_alnum_end_capitals(s, len, q, NULL);
}

/* Every byte: an ASCII letter in lower case, anything else 0 (bytes >= 0x80 too). Made by
** tf_words_init. */
extern unsigned char tf_ascii_letter_fold[256];
/* The same, and ASCII digits as they are. */
extern unsigned char tf_ascii_alnum_fold[256];

/* The end of the run of bytes that fold (a table above: nonzero) that starts at p (p itself
** when there is none), with *hash hashed on over their folded bytes (tf_word_hash_byte). */
static inline size_t tf_ascii_fold_hash_on(const unsigned char fold[256], const unsigned char *s,
                                           size_t len, size_t p, uint64_t *hash) {
  uint64_t h = *hash;
  for (unsigned char c; p < len && (c = fold[s[p]]) != 0; p++) h = tf_word_hash_byte(h, c);
  *hash = h;
  return p;
}

/* The end of the run of ASCII letters and digits that starts at p (p itself when there is
** none), with *hash hashed on over its bytes in lower case (tf_word_hash_byte). */
static inline size_t tf_ascii_alnum_hash_on(const unsigned char *s, size_t len, size_t p,
                                            uint64_t *hash) {
  return tf_ascii_fold_hash_on(tf_ascii_alnum_fold, s, len, p, hash);
}

/* The same from TF_WORD_HASH_SEED: the key of the filters of phrases' first words
** (tf_lexicon_may_match, facts' months). */
static inline size_t tf_ascii_alnum_hash(const unsigned char *s, size_t len, size_t p,
                                         uint64_t *hash) {
  *hash = TF_WORD_HASH_SEED;
  return tf_ascii_alnum_hash_on(s, len, p, hash);
}

/* The end of the run of ASCII letters (no digits) that starts at p (p itself when there is
** none), with *hash hashed on over its bytes in lower case (tf_word_hash_byte): from
** TF_WORD_HASH_SEED, the hash tf_scan_word gives a word of ASCII letters. */
static inline size_t tf_ascii_letters_hash_on(const unsigned char *s, size_t len, size_t p,
                                              uint64_t *hash) {
  return tf_ascii_fold_hash_on(tf_ascii_letter_fold, s, len, p, hash);
}

/* A filter of a word list by the shape of each word's leading ASCII letters: its first two
** letters, its last one and its length, one bit each of 2^TF_SHAPE_BITS. A word of the text
** made of ASCII letters hashes (tf_scan_word) as its lower case does, so it can be in the
** list only if its shape's bit is set: a clear bit spares the hash and the probe. Words
** of fewer than two letters are not filtered (their callers look them up). */
#define TF_SHAPE_BITS 14
typedef struct tf_shape_filter {
  uint64_t bits[(1u << TF_SHAPE_BITS) / 64];
} tf_shape_filter;

/* The bit of a word of n bytes whose first two bytes are a and b and last byte z (ASCII;
** letters are lower-cased here). */
static inline unsigned tf_shape_bit(unsigned a, unsigned b, unsigned z, size_t n) {
  uint32_t k = (uint32_t)(a | 0x20u) << 24 ^ (uint32_t)(b | 0x20u) << 16 ^
               (uint32_t)(z | 0x20u) << 8 ^ (uint32_t)(n < 255 ? n : 255);
  return (k * 0x9E3779B1u) >> (32 - TF_SHAPE_BITS);
}

/* Adds the folded word w[0..n) (a list's entry): the shape of its leading ASCII letters
** when there are two or more. When the word goes on past them (an accented letter), the
** bit set is one no ASCII word needs, and harmless. */
static inline void tf_shape_add(tf_shape_filter *f, const char *w, size_t n) {
  size_t m = 0;
  while (m < n && (unsigned)(((unsigned char)w[m] | 0x20u) - 'a') < 26u) m++;
  if (m < 2) return;
  unsigned i = tf_shape_bit((unsigned char)w[0], (unsigned char)w[1], (unsigned char)w[m - 1], m);
  f->bits[i >> 6] |= 1ULL << (i & 63);
}

/* May the ASCII word s[0..n) (n >= 2) be in the list? 0: certainly not. */
static inline int tf_shape_may(const tf_shape_filter *f, const unsigned char *s, size_t n) {
  unsigned i = tf_shape_bit(s[0], s[1], s[n - 1], n);
  return f->bits[i >> 6] >> (i & 63) & 1;
}

/* The character U+00C0 + i (0 <= i < 64: "À".."ÿ", the bytes C3 80 + i) as tf_fold folds
** it, when that is one ASCII letter in lower case or digit ("ä", "Ä": 'a'; "é": 'e'), else
** 0 ("ß": "ss"; "×", "ø"). Made by tf_words_init. */
extern unsigned char tf_latin_alnum_fold[64];

typedef struct tf_word_info {
  uint64_t hash;      /* of the folded leading run of letters */
  size_t letters_end; /* byte end of that run */
  unsigned letters;   /* characters in it */
  unsigned upper;     /* ASCII capitals in it */
} tf_word_info;

/* Builds the byte table (from tf_core_init). TF_OK. */
int tf_words_init(void);

/* Walks the word (letters, digits, ideographs) that starts at p; returns its
** end and describes its leading letters in *info. */
size_t tf_scan_word(const unsigned char *s, size_t len, size_t p, tf_word_info *info);
/* The end of the word that starts (or goes on) at p, as tf_scan_word gives it, without
** hashing its letters. */
size_t tf_word_end(const unsigned char *s, size_t len, size_t p);

/* The hash of a folded key's leading letters (up to the first byte that is not
** a letter: space, '$', '.', digit). Returns 0 when the key starts otherwise. */
int tf_key_first_word_hash(const char *folded_key, uint64_t *hash);

/* A fixed set of word hashes, each with an int value. */
typedef struct tf_word_map {
  uint64_t *keys; /* 0 = empty slot */
  int32_t *values;
  size_t mask;
} tf_word_map;

/* Creates a map with room for capacity entries. 0, or -1 on OOM. */
int tf_word_map_init(tf_word_map *map, size_t capacity);
/* Frees the map's memory and zeroes it. */
void tf_word_map_free(tf_word_map *map);
/* Inserts (or replaces) hash → value. */
void tf_word_map_put(tf_word_map *map, uint64_t hash, int32_t value);
/* 1 and *value when present, else 0. */
static inline int tf_word_map_get(const tf_word_map *map, uint64_t hash, int32_t *value) {
  if (!hash) hash = 1;
  size_t i = (size_t)(hash ^ (hash >> 29)) & map->mask;
  for (;;) {
    uint64_t k = map->keys[i];
    if (k == hash) {
      if (value) *value = map->values[i];
      return 1;
    }
    if (k == 0) return 0;
    i = (i + 1) & map->mask;
  }
}

/* The bytes of a word, eight at a time (word lists, memos: short words, where a call of
** memcmp costs more than the compare). tf_load_rest: the last r bytes (0 < r < 8), as a
** number that tells apart the r bytes of words of the same length. */
static inline uint64_t tf_load8(const unsigned char *p) {
  uint64_t x;
  memcpy(&x, p, 8);
  return x;
}
static inline uint64_t tf_load_rest(const unsigned char *p, size_t r) {
  if (r >= 4) {
    uint32_t a, b;
    memcpy(&a, p, 4);
    memcpy(&b, p + r - 4, 4);
    return (uint64_t)a << 32 | b;
  }
  return (uint64_t)p[0] << 16 | (uint64_t)p[r / 2] << 8 | p[r - 1];
}

/* The start of the line that holds the bytes before p, not before floor: after the last
** '\n' of s[floor, p), or floor when there is none. Eight bytes at a time while they hold
** no line break (a paragraph's sentences are long). */
static inline size_t tf_line_start(const unsigned char *s, size_t floor, size_t p) {
  const uint64_t low7 = UINT64_C(0x7F7F7F7F7F7F7F7F);
  while (p - floor >= 8) {
    uint64_t x = tf_load8(s + p - 8) ^ UINT64_C(0x0A0A0A0A0A0A0A0A); /* '\n': a zero byte */
    if (~(((x & low7) + low7) | x | low7)) break; /* a zero byte (exact: no carries out) */
    p -= 8;
  }
  while (p > floor && s[p - 1] != '\n') p--;
  return p;
}

/* Are a[0, n) and b[0, n) the same bytes? */
static inline int tf_same_bytes(const unsigned char *a, const unsigned char *b, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8)
    if (tf_load8(a + i) != tf_load8(b + i)) return 0;
  return i == n || tf_load_rest(a + i, n - i) == tf_load_rest(b + i, n - i);
}

#endif
