/* tf_trie.c — see tf_trie.h.
**
** The builder keeps first-child / next-sibling links; tf_trie_build numbers
** the nodes so that each node's children are consecutive nodes, sorted by byte,
** and each node records the byte that leads to it. The children of a node are
** numbered depth first, right after the block that holds it when it is a first
** child: a chain of single children (the tail of most names) lies in one or two
** cache lines, where breadth-first numbering put each of its nodes in another.
** A step searches the children themselves: the node it lands on is then
** already in cache, with its value and its own children's position, where a
** separate edge table would cost a cache miss per byte (the tries of names are
** larger than L1). The root gets a full 256-entry table, since every walk
** starts there; and a bitmap of the ideographs that start a key, since a Chinese
** text's walks start at every character and most stop at the first; and a filter of the
** pairs of ideographs that start keys, as most of the others stop at the second. A bitmap of the
** keys' hashes answers tf_trie_whole for most texts, which are no key, without a walk:
** hashing a byte is a few instructions, a step a search among children. */
#include "tf_trie.h"
#include "tf_alloc.h"
#include "tf_fold.h"
#include "tf_utf8.h"
#include "tf_words.h"
#include <string.h>

typedef struct build_node {
  uint32_t first_child;  /* 0 = none (node 0 is the root, never a child) */
  uint32_t next_sibling; /* 0 = none */
  int32_t value;
  unsigned char byte;
} build_node;

struct tf_trie_builder {
  build_node *nodes;
  size_t count, capacity;
};

typedef struct trie_node {
  uint32_t first_child; /* index of the first child (the others follow it) */
  int32_t value;        /* -1 = no key ends here */
  uint16_t child_count; /* 0..256 */
  unsigned char byte;   /* the byte of the edge from the parent */
} trie_node;

/* The ideographs of the bitmap: TF_CJK_FIRST..TF_CJK_LAST (tf_utf8.h), which fold to
** themselves (tf_trie_cjk_fold_agrees). */

#define CJK_START_BYTES ((TF_CJK_LAST - TF_CJK_FIRST + 1 + 7) / 8) /* of cjk.start */

struct tf_trie {
  trie_node *nodes;
  size_t node_count;
  uint32_t root_next[256]; /* 0 = no edge */
  tf_trie_cjk cjk;         /* the filters of the ideographs that start keys (tf_trie.h) */
  /* The node after the three bytes of each ideograph that starts a key, in the order of
  ** the ideographs: cjk_nodes[cjk_rank[k >> 3] + the bits of cjk.start[k >> 3] below bit
  ** k & 7] for the ideograph TF_CJK_FIRST + k (cjk_first_node): one look-up for the
  ** three steps of the root's widest fan-out. NULL when no key starts with one. */
  uint16_t *cjk_rank; /* per byte of cjk.start: the ideographs that start keys before it */
  uint32_t *cjk_nodes;
  /* bit tf_hash_bit(hash of a key): a filter of the keys as wholes (tf_trie_whole) */
  unsigned char *keys;
  unsigned keys_log2; /* it has 2^keys_log2 bits */
};

tf_trie_builder *tf_trie_builder_new(void) {
  tf_trie_builder *b = tf_malloc(sizeof(*b));
  if (!b) return NULL;
  b->capacity = 256;
  b->nodes = tf_malloc(b->capacity * sizeof(build_node));
  if (!b->nodes) {
    tf_free(b);
    return NULL;
  }
  memset(&b->nodes[0], 0, sizeof(build_node));
  b->nodes[0].value = -1;
  b->count = 1;
  return b;
}

void tf_trie_builder_free(tf_trie_builder *builder) {
  if (!builder) return;
  tf_free(builder->nodes);
  tf_free(builder);
}

static uint32_t find_child(const tf_trie_builder *b, uint32_t node, unsigned char byte) {
  for (uint32_t c = b->nodes[node].first_child; c; c = b->nodes[c].next_sibling)
    if (b->nodes[c].byte == byte) return c;
  return 0;
}

int tf_trie_builder_add(tf_trie_builder *b, const char *key, size_t key_len, int32_t value,
                        int32_t *previous) {
  uint32_t node = 0;
  for (size_t i = 0; i < key_len; i++) {
    unsigned char byte = (unsigned char)key[i];
    uint32_t child = find_child(b, node, byte);
    if (!child) {
      build_node *grown = tf_grow(b->nodes, b->count, &b->capacity, sizeof *grown, 1);
      if (!grown) return -1;
      b->nodes = grown;
      child = (uint32_t)b->count++;
      b->nodes[child].byte = byte;
      b->nodes[child].value = -1;
      b->nodes[child].first_child = 0;
      b->nodes[child].next_sibling = b->nodes[node].first_child;
      b->nodes[node].first_child = child;
    }
    node = child;
  }
  if (previous) *previous = b->nodes[node].value;
  b->nodes[node].value = value;
  return 0;
}

int32_t tf_trie_builder_get(const tf_trie_builder *b, const char *key, size_t key_len) {
  uint32_t node = 0;
  for (size_t i = 0; i < key_len; i++) {
    node = find_child(b, node, (unsigned char)key[i]);
    if (!node) return -1;
  }
  return b->nodes[node].value;
}

/* The ideograph of the block that the three bytes under a node form, if they do: the
** node's children c1, c1's children c2 (lead is the byte that leads to the node). */
static int32_t cjk_of_bytes(unsigned lead, unsigned b1, unsigned b2) {
  if (lead < 0xE4 || lead > 0xE9 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return -1;
  int32_t cp = (int32_t)((lead & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F));
  return cp >= TF_CJK_FIRST && cp <= TF_CJK_LAST ? cp : -1;
}

static void set_cjk_bit(unsigned char *bits, int32_t cp) {
  unsigned k = (unsigned)(cp - TF_CJK_FIRST);
  bits[k >> 3] |= (unsigned char)(1u << (k & 7));
}

/* Marks the second character of the keys that start with the ideograph cp1, whose node
** is n: the pair (cp1, cp2) for an ideograph cp2 of the block; else cp1 is open (a key
** ends after cp1, or goes on with another character, or the bytes are no character). */
static void mark_cjk_pairs(tf_trie *t, int32_t cp1, const trie_node *n) {
  if (n->value >= 0) set_cjk_bit(t->cjk.open, cp1);
  for (uint32_t c0 = n->first_child; c0 < n->first_child + n->child_count; c0++) {
    const trie_node *m0 = &t->nodes[c0];
    if (m0->byte < 0xE4 || m0->byte > 0xE9 || m0->value >= 0) {
      set_cjk_bit(t->cjk.open, cp1);
      continue;
    }
    for (uint32_t c1 = m0->first_child; c1 < m0->first_child + m0->child_count; c1++) {
      const trie_node *m1 = &t->nodes[c1];
      if (m1->value >= 0) set_cjk_bit(t->cjk.open, cp1);
      for (uint32_t c2 = m1->first_child; c2 < m1->first_child + m1->child_count; c2++) {
        int32_t cp2 = cjk_of_bytes(m0->byte, m1->byte, t->nodes[c2].byte);
        if (cp2 < 0) {
          set_cjk_bit(t->cjk.open, cp1);
          continue;
        }
        unsigned j = tf_pair_bit16(cp1, cp2);
        t->cjk.pairs[j >> 3] |= (unsigned char)(1u << (j & 7));
      }
      if (!m1->child_count) set_cjk_bit(t->cjk.open, cp1); /* (not UTF-8: no filter) */
    }
    if (!m0->child_count) set_cjk_bit(t->cjk.open, cp1);
  }
}

/* The bits set in the byte b. */
static inline unsigned bits_in_byte(unsigned b) {
  b = b - (b >> 1 & 0x55u);
  b = (b & 0x33u) + (b >> 2 & 0x33u);
  return (b + (b >> 4)) & 0x0Fu;
}

/* Sets t->cjk.start from the paths of three bytes under the root's lead bytes 0xE4..0xE9,
** and the pair filter from the paths of three more; and t->cjk_nodes, t->cjk_rank (the
** children are sorted by byte, so the ideographs come in order). Returns 0, or -1 on OOM. */
static int mark_cjk_starts(tf_trie *t) {
  size_t count = 0, capacity = 0;
  for (unsigned lead = 0xE4; lead <= 0xE9; lead++) {
    if (!t->root_next[lead]) continue;
    const trie_node *n1 = &t->nodes[t->root_next[lead]];
    for (uint32_t c1 = n1->first_child; c1 < n1->first_child + n1->child_count; c1++) {
      const trie_node *n2 = &t->nodes[c1];
      for (uint32_t c2 = n2->first_child; c2 < n2->first_child + n2->child_count; c2++) {
        int32_t cp = cjk_of_bytes(lead, t->nodes[c1].byte, t->nodes[c2].byte);
        if (cp < 0) continue; /* no character */
        set_cjk_bit(t->cjk.start, cp);
        mark_cjk_pairs(t, cp, &t->nodes[c2]);
        uint32_t *grown = tf_grow(t->cjk_nodes, count, &capacity, sizeof *grown, 64);
        if (!grown) return -1;
        t->cjk_nodes = grown;
        t->cjk_nodes[count++] = c2;
      }
    }
  }
  if (!count) return 0;
  t->cjk_rank = tf_malloc(CJK_START_BYTES * sizeof *t->cjk_rank);
  if (!t->cjk_rank) return -1;
  unsigned before = 0; /* (at most TF_CJK_LAST - TF_CJK_FIRST + 1: a uint16_t holds it) */
  for (size_t i = 0; i < CJK_START_BYTES; i++) {
    t->cjk_rank[i] = (uint16_t)before;
    before += bits_in_byte(t->cjk.start[i]);
  }
  return 0;
}

/* The node after the three bytes of the ideograph cp that starts a key (its bit of
** cjk.start is set): where steps along them from the root land. */
static inline uint32_t cjk_first_node(const tf_trie *t, int32_t cp) {
  unsigned k = (unsigned)(cp - TF_CJK_FIRST);
  unsigned below = t->cjk.start[k >> 3] & ((1u << (k & 7)) - 1);
  return t->cjk_nodes[t->cjk_rank[k >> 3] + bits_in_byte(below)];
}

/* A key's hash is tf_words.h's, byte by byte over its folded bytes; its bit in the
** filter, tf_hash_bit's. */

#define KEY_BITS_LOG2 4 /* 16 bits a key: one text in 16 that is no key gets walked */
#define MIN_KEYS_LOG2 9

/* Sets the filter's bits of the keys, from the hashes of the nodes' paths (the nodes are
** numbered parents first). Returns 0, or -1 on OOM. */
static int build_key_filter(tf_trie *t) {
  size_t keys = 0;
  for (size_t i = 0; i < t->node_count; i++) keys += t->nodes[i].value >= 0;
  t->keys_log2 = MIN_KEYS_LOG2;
  while (((size_t)1 << t->keys_log2) < keys << KEY_BITS_LOG2) t->keys_log2++;
  uint64_t *hash = tf_malloc(t->node_count * sizeof *hash);
  t->keys = tf_malloc(((size_t)1 << t->keys_log2) / 8);
  if (!hash || !t->keys) {
    tf_free(hash);
    return -1;
  }
  memset(t->keys, 0, ((size_t)1 << t->keys_log2) / 8);
  hash[0] = TF_WORD_HASH_SEED;
  for (size_t i = 0; i < t->node_count; i++) {
    const trie_node *n = &t->nodes[i];
    for (uint32_t c = n->first_child; c < n->first_child + n->child_count; c++)
      hash[c] = tf_word_hash_byte(hash[i], t->nodes[c].byte);
    if (n->value >= 0) {
      uint64_t bit = tf_hash_bit(hash[i], t->keys_log2);
      t->keys[bit / 8] |= (unsigned char)(1u << (bit % 8));
    }
  }
  tf_free(hash);
  return 0;
}

tf_trie *tf_trie_build(tf_trie_builder *b) {
  tf_trie *t = tf_malloc(sizeof(*t));
  uint32_t *order = tf_malloc(b->count * sizeof(uint32_t));
  uint32_t *stack = tf_malloc(b->count * sizeof(uint32_t));
  if (t) {
    memset(t, 0, sizeof(*t));
    t->node_count = b->count;
    t->nodes = tf_malloc(b->count * sizeof(trie_node));
  }
  if (!t || !order || !stack || !t->nodes) {
    tf_free(order);
    tf_free(stack);
    tf_trie_free(t);
    tf_trie_builder_free(b);
    return NULL;
  }
  /* order[new] = old; stack: the numbered nodes whose children are not yet, the next
  ** one to number on top. */
  size_t tail = 0, depth = 0;
  order[tail++] = 0;
  stack[depth++] = 0;
  t->nodes[0].byte = 0;
  while (depth) {
    uint32_t idx = stack[--depth];
    uint32_t old = order[idx];
    /* Collect and sort children by byte (insertion sort: few children). */
    uint32_t kids[256];
    uint32_t n = 0;
    for (uint32_t c = b->nodes[old].first_child; c; c = b->nodes[c].next_sibling) {
      uint32_t j = n++;
      while (j > 0 && b->nodes[kids[j - 1]].byte > b->nodes[c].byte) {
        kids[j] = kids[j - 1];
        j--;
      }
      kids[j] = c;
    }
    t->nodes[idx].value = b->nodes[old].value;
    t->nodes[idx].first_child = (uint32_t)tail;
    t->nodes[idx].child_count = (uint16_t)n;
    for (uint32_t k = 0; k < n; k++) {
      uint32_t child_new = (uint32_t)tail;
      order[tail++] = kids[k];
      t->nodes[child_new].byte = b->nodes[kids[k]].byte;
    }
    for (uint32_t k = n; k-- > 0;) stack[depth++] = t->nodes[idx].first_child + k;
  }
  for (uint32_t k = 0; k < t->nodes[0].child_count; k++) {
    uint32_t child = t->nodes[0].first_child + k;
    t->root_next[t->nodes[child].byte] = child;
  }
  int cjk_rc = mark_cjk_starts(t);
  tf_free(order);
  tf_free(stack);
  tf_trie_builder_free(b);
  if (cjk_rc < 0 || build_key_filter(t) < 0) {
    tf_trie_free(t);
    return NULL;
  }
  return t;
}

void tf_trie_free(tf_trie *t) {
  if (!t) return;
  tf_free(t->nodes);
  tf_free(t->keys);
  tf_free(t->cjk_rank);
  tf_free(t->cjk_nodes);
  tf_free(t);
}

size_t tf_trie_size(const tf_trie *t) { return t->node_count; }

/* The child of node along byte, or 0: the root's table, a scan of a few children, or a
** binary search over many (children are sorted by byte). */
#define SCAN_CHILDREN 8
static inline uint32_t step(const tf_trie *t, uint32_t node, unsigned char byte) {
  if (node == 0) return t->root_next[byte];
  const trie_node *n = &t->nodes[node];
  uint32_t lo = n->first_child, hi = n->first_child + n->child_count;
  if (n->child_count <= SCAN_CHILDREN) {
    for (; lo < hi; lo++) {
      unsigned char m = t->nodes[lo].byte;
      if (m >= byte) return m == byte ? lo : 0;
    }
    return 0;
  }
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    unsigned char m = t->nodes[mid].byte;
    if (m == byte) return mid;
    if (m < byte) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

int32_t tf_trie_get(const tf_trie *t, const char *key, size_t key_len) {
  uint32_t node = 0;
  for (size_t i = 0; i < key_len; i++) {
    node = step(t, node, (unsigned char)key[i]);
    if (!node) return -1;
  }
  return t->nodes[node].value;
}

/* tf_fold() of the ASCII range (checked against it by the unit tests). */
static const unsigned char ascii_fold[128] = {
  0,   1,    2,   3,   4,   5,   6,   7,   8,   ' ', ' ', ' ', ' ', ' ', 14,  15,  16,   17,  18,
  19,  20,   21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,  ' ', '!', '"', '#',  '$', '%',
  '&', '\'', '(', ')', '*', '+', ',', '-', '.', '/', '0', '1', '2', '3', '4', '5', '6',  '7', '8',
  '9', ':',  ';', '<', '=', '>', '?', '@', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i',  'j', 'k',
  'l', 'm',  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '[', '\\', ']', '^',
  '_', '`',  'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',  'p', 'q',
  'r', 's',  't', 'u', 'v', 'w', 'x', 'y', 'z', '{', '|', '}', '~', 127,
};

int tf_trie_ascii_fold_agrees(void) {
  for (int32_t cp = 1; cp < 128; cp++) {
    unsigned char folded[4];
    if (tf_fold(cp, folded) != 1 || folded[0] != ascii_fold[cp]) return 0;
  }
  return 1;
}

int tf_trie_cjk_fold_agrees(void) {
  for (int32_t cp = TF_CJK_FIRST; cp <= TF_CJK_LAST; cp++) {
    unsigned char folded[4];
    char own[4];
    if (tf_char_class(cp) != TF_CC_CJK || tf_letter_case(cp) != 0 || tf_fold(cp, folded) != 3 ||
        tf_utf8_encode(cp, own) != 3 || memcmp(folded, own, 3))
      return 0;
  }
  return 1;
}

const tf_trie_cjk *tf_trie_cjk_filters(const tf_trie *t) { return &t->cjk; }

int tf_trie_may_start_ideographs(const tf_trie *t, int32_t cp, int32_t cp2) {
  return tf_trie_cjk_may_start(&t->cjk, cp, cp2);
}

/* Can a key start with the character at pos? Not an ideograph that starts no key, nor one
** whose keys all go on with other ideographs than the one after it (the pair filter: a
** walk in Chinese text starts at every character, and most stop at the first or the
** second). 1 for anything else. */
static inline int may_start(const tf_trie *t, const unsigned char *s, size_t len, size_t pos) {
  if (s[pos] < 0xE4 || s[pos] > 0xE9) return 1;
  int32_t cp = tf_ideograph_at(s, len, pos);
  if (cp < 0) return 1;
  /* (another character after it, or one that folds to nothing: walked) */
  return tf_trie_may_start_ideographs(t, cp, pos + 3 < len ? tf_ideograph_at(s, len, pos + 3) : -1);
}

/* The folded bytes of the character at s[pos] in out, and *next past it: how many (0 for
** a character that folds to nothing), or -1 where a walk stops (a NUL, invalid UTF-8). */
/* (inline in the walks: a call per character costs Chinese text as much as the step) */
static inline __attribute__((always_inline)) int fold_at(const unsigned char *s, size_t len,
                                                         size_t pos, unsigned char out[4],
                                                         size_t *next) {
  unsigned char c = s[pos];
  if (c < 0x80) { /* ASCII folds to itself in lower case, white space to ' ' */
    if (c == 0) return -1;
    out[0] = ascii_fold[c];
    *next = pos + 1;
    return 1;
  }
  if (tf_ideograph_at(s, len, pos) >= 0) { /* an ideograph folds to itself */
    memcpy(out, s + pos, 3);
    *next = pos + 3;
    return 3;
  }
  int32_t cp = tf_utf8_char2_at(s, len, pos); /* an accented letter: inline */
  if (cp >= 0) {
    *next = pos + 2;
    return tf_fold(cp, out);
  }
  cp = tf_utf8_decode(s, len, pos, next);
  if (cp == TF_INVALID_CP) return -1;
  if (cp < TF_CJK_FIRST || cp > TF_CJK_LAST) return tf_fold(cp, out);
  memcpy(out, s + pos, 3); /* folds to itself */
  return 3;
}

/* Keeps the key that ends at end (value) among the hits, the longest max_hits (>= 1). */
static inline void add_hit(tf_trie_hit *hits, int *count, int max_hits, size_t end, int32_t value) {
  if (max_hits < 1) return;
  if (*count == max_hits) {
    memmove(hits, hits + 1, (size_t)(max_hits - 1) * sizeof(*hits));
    (*count)--;
  }
  hits[*count].end = end;
  hits[*count].value = value;
  (*count)++;
}

/* tf_trie_match's walk on from node at pos, with count hits kept already. */
static inline __attribute__((always_inline)) int walk_on(const tf_trie *t, const unsigned char *s,
                                                         size_t len, size_t pos, uint32_t node,
                                                         tf_trie_hit *hits, int count,
                                                         int max_hits) {
  int previous_space = 0;
  while (pos < len) {
    unsigned char c = s[pos];
    if (c < 0x80) { /* most characters: ASCII, folded by the table, without fold_at's stores */
      if (c == 0) break;
      unsigned char f = ascii_fold[c];
      if (f == ' ' && previous_space) { /* a run of spaces matches one */
        pos++;
        continue;
      }
      previous_space = f == ' ';
      if (!(node = step(t, node, f))) break;
      pos++;
      if (t->nodes[node].value >= 0) add_hit(hits, &count, max_hits, pos, t->nodes[node].value);
      continue;
    }
    size_t next;
    unsigned char folded[4];
    int k = fold_at(s, len, pos, folded, &next);
    if (k < 0) break;
    int space = k == 1 && folded[0] == ' ';
    if (space && previous_space) { /* a run of spaces matches one */
      pos = next;
      continue;
    }
    previous_space = space;
    if (k == 1) {
      node = step(t, node, folded[0]);
      if (!node) break;
    } else {
      int i = 0; /* (a character that folds to nothing keeps the node) */
      for (uint32_t child; i < k && (child = step(t, node, folded[i])) != 0; i++) node = child;
      if (i < k) break;
    }
    pos = next;
    if (t->nodes[node].value >= 0) add_hit(hits, &count, max_hits, pos, t->nodes[node].value);
  }
  return count;
}

int tf_trie_match_ideograph(const tf_trie *t, const unsigned char *s, size_t len, size_t pos,
                            int32_t cp, int32_t cp2, tf_trie_hit *hits, int max_hits) {
  /* the node after its three bytes, looked up */
  uint32_t node = cjk_first_node(t, cp);
  int count = 0;
  pos += 3;
  if (t->nodes[node].value >= 0) add_hit(hits, &count, max_hits, pos, t->nodes[node].value);
  if (cp2 >= 0) { /* the ideograph after it, read already: its three bytes, as fold_at's */
    for (int i = 0; i < 3; i++)
      if (!(node = step(t, node, s[pos + i]))) return count;
    pos += 3;
    if (t->nodes[node].value >= 0) add_hit(hits, &count, max_hits, pos, t->nodes[node].value);
  }
  return walk_on(t, s, len, pos, node, hits, count, max_hits);
}

int tf_trie_match(const tf_trie *t, const unsigned char *s, size_t len, size_t pos,
                  tf_trie_hit *hits, int max_hits) {
  int32_t cp = pos < len && s[pos] >= 0xE4 && s[pos] <= 0xE9 ? tf_ideograph_at(s, len, pos) : -1;
  if (cp >= 0) {
    /* an ideograph that starts no key, or none with the ideograph after it: the walk would
    ** stop there, as they fold to themselves (may_start) */
    int32_t cp2 = pos + 3 < len ? tf_ideograph_at(s, len, pos + 3) : -1;
    if (!tf_trie_may_start_ideographs(t, cp, cp2)) return 0;
    return tf_trie_match_ideograph(t, s, len, pos, cp, cp2, hits, max_hits);
  }
  return walk_on(t, s, len, pos, 0, hits, 0, max_hits);
}

/* tf_trie_whole's walk: tf_trie_match's over s[start..end), without keeping its hits, as
** only one that ends at end counts: the last character (not a space of a run, which the
** walk skips) must land on a key. */
static int32_t whole_walk(const tf_trie *t, const unsigned char *s, size_t start, size_t end) {
  if (start < end && !may_start(t, s, end, start)) return -1;
  uint32_t node = 0;
  int previous_space = 0, landed = 0;
  for (size_t pos = start, next; pos < end; pos = next) {
    unsigned char folded[4];
    int k = fold_at(s, end, pos, folded, &next);
    if (k < 0) return -1;
    int space = k == 1 && folded[0] == ' ';
    if (space && previous_space) {
      landed = 0;
      continue;
    }
    previous_space = space;
    for (int i = 0; i < k; i++) /* (a character that folds to nothing keeps the node) */
      if (!(node = step(t, node, folded[i]))) return -1;
    landed = 1;
  }
  return landed ? t->nodes[node].value : -1;
}

int32_t tf_trie_whole(const tf_trie *t, const unsigned char *s, size_t start, size_t end) {
  /* ASCII letters and digits first (most words: they fold to themselves in lower case) */
  uint64_t h;
  size_t from = tf_ascii_alnum_hash(s, end, start, &h);
  return tf_trie_whole_from(t, s, start, end, from, h);
}

int32_t tf_trie_whole_from(const tf_trie *t, const unsigned char *s, size_t start, size_t end,
                           size_t from, uint64_t h) {
  /* the hash of the text folded as tf_trie_match folds it: a key's, if it is one; after
  ** s[start..from), the rest of ASCII, a byte folding to one by the table */
  int previous_space = 0;
  size_t pos = from;
  for (; pos < end; pos++) {
    unsigned char c = s[pos];
    if (c >= 0x80 || c == 0) break;
    unsigned char f = ascii_fold[c];
    int space = f == ' ';
    if (space && previous_space) continue;
    previous_space = space;
    h = tf_word_hash_byte(h, f);
  }
  for (size_t next; pos < end; pos = next) {
    unsigned char folded[4];
    int k = fold_at(s, end, pos, folded, &next);
    if (k < 0) return -1;
    int space = k == 1 && folded[0] == ' ';
    if (space && previous_space) continue;
    previous_space = space;
    for (int i = 0; i < k; i++) h = tf_word_hash_byte(h, folded[i]);
  }
  uint64_t bit = tf_hash_bit(h, t->keys_log2);
  if (!(t->keys[bit / 8] >> (bit % 8) & 1)) return -1;
  return whole_walk(t, s, start, end);
}
