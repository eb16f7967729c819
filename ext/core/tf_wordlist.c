/* tf_wordlist.c — see tf_wordlist.h. */
#include "tf_wordlist.h"
#include "tf_alloc.h"
#include "tf_bloom.h"
#include "tf_core.h"
#include "tf_data.h"
#include "tf_lang.h"
#include "tf_words.h"
#include <stdint.h>
#include <string.h>

#define MAX_WORD TF_WORDLIST_MAX_WORD /* (tf_bloom.h) */

typedef struct wordlist {
  const char *text;
  size_t len;
  const unsigned *heads; /* offset of each block's first word (made at build time) */
  size_t count;
  const unsigned char *bloom; /* its Bloom filter (tf_bloom.h), 2^bloom_log2 bits */
  unsigned bloom_log2;
  const unsigned long long *keys; /* each block's key (tf_wordlist_block_key), made at build time */
  /* A hash table of the words, made by tf_wordlist_init for the list looked up most (the
  ** German nouns: German capitalises every noun, and most of a text's capitalised words are
  ** on it, so that the filter lets them through to the search and the walk of a block).
  ** A slot: INDEX_TAG_BITS of the word's hash, then 1 + the offset of the word in words
  ** (INDEX_OFFSET_BITS); 0 when empty. words: each word as its length (a byte), then its
  ** bytes. NULL: none. */
  uint32_t *index;
  unsigned index_log2;
  unsigned char *words;
} wordlist;

static wordlist lists[TF_LISTS];

void tf_wordlist_teardown(void) {
  for (int i = 0; i < TF_LISTS; i++) {
    tf_free(lists[i].index);
    tf_free(lists[i].words);
  }
  memset(lists, 0, sizeof lists);
}

#define LIST(i, name)                                  \
  do {                                                 \
    lists[i].text = tf_data_##name;                    \
    lists[i].len = tf_data_##name##_length;            \
    lists[i].heads = tf_data_##name##_heads;           \
    lists[i].count = tf_data_##name##_heads_count;     \
    lists[i].bloom = tf_data_##name##_bloom;           \
    lists[i].bloom_log2 = tf_data_##name##_bloom_log2; \
    lists[i].keys = tf_data_##name##_keys;             \
  } while (0)

/* The index is made with the lists (ext/data/wordlist_index.awk): nothing to build. Says
** whether it agrees with the lists' texts (their lengths), as a broken build would not. */
/* The slot of a word's hash h in an index of 2^log2 slots, and its tag (tf_hash_bit's mix
** for the slot; the tag, the hash's top bits, compared before the word). Slots of 32 bits:
** the nouns' table fits in a megabyte (so that its making, one random write per word,
** stays in the cache). */
#define INDEX_OFFSET_BITS 21 /* the words of a list of up to 2 MB */
#define INDEX_TAG_BITS (32 - INDEX_OFFSET_BITS)
#define INDEX_OFFSETS ((UINT32_C(1) << INDEX_OFFSET_BITS) - 1)
static inline size_t index_slot(uint64_t h, unsigned log2) { return (size_t)tf_hash_bit(h, log2); }
static inline uint32_t index_tag(uint64_t h) {
  return (uint32_t)(h >> (64 - INDEX_TAG_BITS)) << INDEX_OFFSET_BITS;
}

/* The index's hash of w[0, n) (0 < n): eight bytes at a time, as tf_same_bytes compares
** (a byte at a time, hashing a word cost more than the probe). */
static inline uint64_t index_hash(const unsigned char *w, size_t n) {
  const uint64_t k = 0x9E3779B97F4A7C15ULL;
  uint64_t h = n * 0xC2B2AE3D27D4EB4FULL;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    h = (h ^ tf_load8(w + i)) * k;
    h ^= h >> 32;
  }
  if (i < n) h = (h ^ tf_load_rest(w + i, n - i)) * k;
  return h ^ h >> 29;
}

/* Makes l->index and l->words from the front-coded text (as wordlist_bloom.c reads it).
** TF_OK (a list that is not front-coded as ours gets no index: tf_wordlist_has walks it),
** or TF_NOMEM. */
static int build_index(wordlist *l) {
  size_t count = 0, bytes = 0, have = 0;
  unsigned char word[MAX_WORD + 1];
  /* two passes over the lines: count and check them, then fill the table */
  for (int pass = 0; pass < 2; pass++) {
    const char *p = l->text, *end = l->text + l->len;
    size_t k = 0, at = 0;
    have = 0;
    for (; p < end; k++) {
      size_t keep = 0;
      if (k % TF_WORDLIST_BLOCK) keep = (size_t)(unsigned char)*p++ - '0';
      const char *e = memchr(p, '\n', (size_t)(end - p));
      if (!e) e = end;
      size_t rest = (size_t)(e - p);
      if (keep > have || keep + rest > MAX_WORD || keep + rest == 0) return TF_OK; /* not ours */
      have = keep + rest;
      if (pass == 1) memcpy(word + keep, p, rest);
      p = e + 1;
      if (pass == 0) {
        count++;
        bytes += 1 + have;
        continue;
      }
      uint64_t h = index_hash(word, have);
      size_t mask = ((size_t)1 << l->index_log2) - 1, i = index_slot(h, l->index_log2);
      while (l->index[i]) i = (i + 1) & mask;
      l->index[i] = index_tag(h) | (uint32_t)(at + 1);
      l->words[at] = (unsigned char)have;
      memcpy(l->words + at + 1, word, have);
      at += 1 + have;
    }
    if (pass == 0) {
      if (bytes >= INDEX_OFFSETS) return TF_OK; /* (too long for the slots: no index) */
      l->index_log2 = 10;
      while (((size_t)1 << l->index_log2) < count * 2) l->index_log2++; /* half full at most */
      l->index = tf_malloc(((size_t)1 << l->index_log2) * sizeof *l->index);
      l->words = tf_malloc(bytes ? bytes : 1);
      if (!l->index || !l->words) {
        tf_free(l->index);
        tf_free(l->words);
        l->index = NULL;
        l->words = NULL;
        return TF_NOMEM;
      }
      memset(l->index, 0, ((size_t)1 << l->index_log2) * sizeof *l->index);
    }
  }
  return TF_OK;
}

int tf_wordlist_init(void) {
  LIST(TF_LIST_NOUNS_DE, nouns_de);
  LIST(TF_LIST_WORDS_DE, words_de);
  LIST(TF_LIST_WORDS_ES, words_es);
  LIST(TF_LIST_WORDS_IT, words_it);
  LIST(TF_LIST_WORDS_PT, words_pt);
  for (int i = 0; i < TF_LISTS; i++)
    if (strlen(lists[i].text) != lists[i].len) return TF_ERROR;
  return build_index(&lists[TF_LIST_NOUNS_DE]);
}

/* Is w[0, n) (0 < n <= MAX_WORD) a word of the list's index, whose hash is h? */
static int index_has(const wordlist *l, const unsigned char *w, size_t n, uint64_t h) {
  size_t mask = ((size_t)1 << l->index_log2) - 1, i = index_slot(h, l->index_log2);
  uint32_t tag = index_tag(h);
  for (uint32_t v; (v = l->index[i]) != 0; i = (i + 1) & mask) {
    if ((v & ~INDEX_OFFSETS) != tag) continue;
    const unsigned char *word = l->words + (v & INDEX_OFFSETS) - 1;
    if (word[0] == n && tf_same_bytes(word + 1, w, n)) return 1;
  }
  return 0;
}

/* Compares w[0, n) with the bytes of a line at p (up to its line break). */
static int compare_line(const unsigned char *w, size_t n, const char *p, const char *end) {
  const char *nl = memchr(p, '\n', (size_t)(end - p));
  size_t m = nl ? (size_t)(nl - p) : (size_t)(end - p);
  int c = memcmp(w, p, n < m ? n : m);
  return c ? c : (n > m) - (n < m);
}

/* The end of the line at p: its line break, or stop. Eight bytes at a time while they lie
** before stop (a block's lines are a few bytes each: this is most of a lookup's time). */
static const char *line_end(const char *p, const char *stop) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t ones = 0x0101010101010101ULL, newlines = ones * '\n';
  for (; p + 8 <= stop; p += 8) {
    uint64_t x;
    memcpy(&x, p, 8);
    x ^= newlines; /* a line break: a zero byte */
    /* the lowest byte flagged is the first zero byte (the flags above it may be wrong) */
    uint64_t zero = (x - ones) & ~x & (ones << 7);
    if (zero) return p + __builtin_ctzll(zero) / 8;
  }
#endif
  while (p < stop && *p != '\n') p++;
  return p;
}

/* The last block whose key is <= key (0 when none is). Without a branch on the keys: a
** search that branched mispredicted half of its dozen steps, most of a lookup's time. */
static size_t key_block(const wordlist *l, uint64_t key) {
  size_t lo = 0, count = l->count;
  while (count > 1) {
    size_t half = count / 2;
    lo = l->keys[lo + half] <= key ? lo + half : lo;
    count -= half;
  }
  return lo;
}

int tf_wordlist_has(int list, const unsigned char *w, size_t n) {
  const wordlist *l = &lists[list];
  if (!l->count || n == 0 || n > MAX_WORD) return 0;
  if (l->index) return index_has(l, w, n, index_hash(w, n));
  /* most words looked up are on no list: the filter says so without a search */
  uint64_t h = tf_bloom_hash(w, n);
  for (int i = 0; i < TF_BLOOM_PROBES; i++) {
    uint64_t b = tf_bloom_bit(h, i, l->bloom_log2);
    if (!(l->bloom[b / 8] >> (b % 8) & 1)) return 0;
  }
  const char *end = l->text + l->len;
  /* the last block whose first word is <= w: by the blocks' keys, which are in a few
  ** cache lines where the words are spread over the whole list; the words themselves only
  ** when a key is w's */
  uint64_t key = tf_wordlist_block_key(w, n);
  size_t lo = key_block(l, key);
  while (l->keys[lo] == key) { /* blocks whose first words share w's eight bytes */
    int c = compare_line(w, n, l->text + l->heads[lo], end);
    if (c == 0) return 1;
    if (c > 0 || lo == 0) break;
    lo--;
  }
  /* Walk the block without rebuilding its words: each word before w shares `match` bytes
  ** with w; the next word keeps `keep` bytes of the one before (a whole number of
  ** characters: perhaps fewer than the two share). keep > match: it is still before w (it
  ** differs from w where the one before did); else its own bytes, from keep on, decide. */
  const char *p = l->text + l->heads[lo];
  const char *stop = lo + 1 < l->count ? l->text + l->heads[lo + 1] : end;
  size_t match = 0, have = 0;
  for (int first = 1; p < stop; first = 0) {
    size_t keep = first ? 0 : (size_t)(unsigned char)*p++ - '0';
    const char *e = line_end(p, stop);
    size_t rest = (size_t)(e - p);
    if (keep > have || keep + rest > MAX_WORD + 80) return 0; /* not a list of ours */
    have = keep + rest;
    p = e + 1;
    if (keep > match) continue;
    match = keep;
    const unsigned char *r = (const unsigned char *)e - rest;
    size_t j = 0;
    while (match + j < n && j < rest && w[match + j] == r[j]) j++;
    if (match + j == n) return j == rest; /* w ends: equal, or the word is longer (after) */
    if (j < rest && r[j] > w[match + j]) return 0; /* after w */
    match += j;                                    /* before w: on */
  }
  return 0;
}

/* Does the word start with a capital and hold a lower-case letter? */
static int title_case(const unsigned char *s, size_t ws, size_t we) {
  if (we - ws < 2) return 0;
  int capital = (s[ws] >= 'A' && s[ws] <= 'Z') ||
                (s[ws] == 0xC3 && s[ws + 1] >= 0x80 && s[ws + 1] <= 0x9E && s[ws + 1] != 0x97);
  if (!capital) return 0;
  for (size_t p = ws + 1; p < we; p++)
    if ((s[p] >= 'a' && s[p] <= 'z') || s[p] >= 0x80) return 1;
  return 0;
}

#define MIN_TAIL 5 /* letters of a compound's last noun ("Kette", not "Farm") */
#define MIN_HEAD 3 /* bytes before it */

/* Is s[ws, q) a capitalised noun of the list, or one and its linking "s"? */
static int noun_head(const unsigned char *s, size_t ws, size_t q) {
  if (q - ws < 4 || q - ws > MAX_WORD) return 0;
  if (tf_wordlist_has(TF_LIST_NOUNS_DE, s + ws, q - ws)) return 1;
  return s[q - 1] == 's' && tf_wordlist_has(TF_LIST_NOUNS_DE, s + ws, q - ws - 1);
}

int tf_noun_de(const unsigned char *s, size_t ws, size_t we) {
  if (we > ws && memchr(s + ws, '-', we - ws)) /* (most words have no hyphen) */
    for (size_t p = we; p > ws; p--)
      if (s[p - 1] == '-') {
        ws = p; /* the last part decides */
        break;
      }
  if (we - ws > MAX_WORD || !title_case(s, ws, we)) return 0;
  if (tf_wordlist_has(TF_LIST_NOUNS_DE, s + ws, we - ws)) return 1;
  /* "Rechenzentrumsbereich": the longest tail that is a noun, capitalised */
  unsigned char tail[MAX_WORD + 2];
  size_t chars = 0;
  for (size_t p = we; p > ws + MIN_HEAD; p--) {
    if ((s[p - 1] & 0xC0) == 0x80) continue; /* inside a character */
    size_t q = p - 1, n = we - q;
    ++chars;
    /* (a last noun of four letters where the part before it is a noun too, with its
    ** linking "s" perhaps: "Unternehmenswert", "Börsenwert", "Referenzwert") */
    if (chars < MIN_TAIL && !(chars == MIN_TAIL - 1 && noun_head(s, ws, q))) continue;
    if (s[q] >= 'a' && s[q] <= 'z') {
      tail[0] = (unsigned char)(s[q] - 32);
      memcpy(tail + 1, s + q + 1, n - 1);
    } else if (s[q] == 0xC3 && q + 1 < we &&
               (s[q + 1] == 0xA4 || s[q + 1] == 0xB6 || s[q + 1] == 0xBC)) {
      tail[0] = 0xC3; /* ä ö ü: Ä Ö Ü */
      tail[1] = (unsigned char)(s[q + 1] - 0x20);
      memcpy(tail + 2, s + q + 2, n - 2);
    } else {
      continue;
    }
    if (tf_wordlist_has(TF_LIST_NOUNS_DE, tail, n)) return 1;
  }
  return 0;
}

int tf_lower_word(int lang, const unsigned char *s, size_t ws, size_t we) {
  int list = lang == TF_LANG_DE   ? TF_LIST_WORDS_DE
             : lang == TF_LANG_ES ? TF_LIST_WORDS_ES
             : lang == TF_LANG_IT ? TF_LIST_WORDS_IT
             : lang == TF_LANG_PT ? TF_LIST_WORDS_PT
                                  : -1;
  if (list < 0 || we - ws > MAX_WORD || !title_case(s, ws, we)) return 0;
  unsigned char word[MAX_WORD];
  memcpy(word, s + ws, we - ws);
  if (word[0] < 0x80) word[0] = (unsigned char)(word[0] | 0x20);
  else word[1] = (unsigned char)(word[1] + 0x20); /* À-Þ: à-þ */
  return tf_wordlist_has(list, word, we - ws);
}
