/* tf_bloom.h — the Bloom filters of the word lists (tf_wordlist.c) and the keys of their
** blocks, shared by the extension and the build-time tool that makes them
** (ext/data/wordlist_bloom.c), so that both hash and key a word the same way.
**
** A list of n words has a filter of 2^b bits, b the least with 2^b >= 8n, and
** TF_BLOOM_PROBES bits set per word (double hashing over one 64-bit FNV-1a hash). A
** word whose bits are not all set is on no list: most words looked up are not (the
** tails of a German compound, the names of a text), and the filter answers them without
** the binary search and the walk through a front-coded block. A word whose bits are
** all set is looked up as before: the filter changes no answer. */
#ifndef TF_BLOOM_H
#define TF_BLOOM_H

#include <stddef.h>
#include <stdint.h>

/* Words per block of a list: the first as it is, the others front-coded (as
** ext/data/wordlist.awk and wordlist_index.awk write them). A lookup of a word on a list
** walks half a block on average (German looks up most of its nouns): 16 words rather than
** 32 halve that walk for a tenth more bytes of lists. */
#define TF_WORDLIST_BLOCK 16
#define TF_WORDLIST_MAX_WORD 80 /* bytes: longer words are on no list */

/* The first eight bytes of w[0, n) as one big-endian number, zero-padded: the key of a
** block whose first word is w. Keys are in the words' order, and two words whose keys
** differ compare as their keys do (no word holds a zero byte). */
static inline uint64_t tf_wordlist_block_key(const unsigned char *w, size_t n) {
  uint64_t key = 0;
  for (size_t i = 0; i < 8; i++) key = key << 8 | (i < n ? w[i] : 0);
  return key;
}

#define TF_BLOOM_PROBES 4
#define TF_BLOOM_BITS_PER_WORD 8

static inline uint64_t tf_bloom_hash(const unsigned char *w, size_t n) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i < n; i++) h = (h ^ w[i]) * 0x100000001b3ULL;
  return h;
}

/* The bit of probe i (0 <= i < TF_BLOOM_PROBES) in a filter of 2^log2_bits bits. */
static inline uint64_t tf_bloom_bit(uint64_t h, int i, unsigned log2_bits) {
  uint64_t h2 = (h >> 32 | h << 32) | 1;
  return (h + (uint64_t)i * h2) & ((UINT64_C(1) << log2_bits) - 1);
}

#endif
