/* tf_alias.c — see tf_alias.h. */
#include "tf_alias.h"
#include "tf_alloc.h"
#include "tf_core.h"
#include "tf_fold.h"
#include "tf_utf8.h"
#include <string.h>

static const char *const kind_names[TF_KIND_COUNT] = {"org",     "person",  "place",
                                                      "product", "unknown", "ignore"};
static const char *const source_names[] = {"builtin", "dictionary", "guess"};

const char *tf_entity_kind_name(int kind) {
  return kind >= 0 && kind < TF_KIND_COUNT ? kind_names[kind] : "unknown";
}
const char *tf_entity_source_name(int source) {
  return source >= 0 && source <= TF_SOURCE_GUESS ? source_names[source] : "guess";
}

int tf_entity_kind_parse(const char *name, size_t len) {
  for (int k = 0; k < TF_KIND_COUNT; k++) {
    if (k == TF_KIND_UNKNOWN) continue;
    if (strlen(kind_names[k]) == len && memcmp(kind_names[k], name, len) == 0) return k;
  }
  return -1;
}

/* ------------------------------------------------------------------------ */
/* Builders and sets. */

struct tf_entity_builder {
  tf_trie_builder *trie;
  tf_alias *recs;
  size_t count, capacity;
  tf_strings strings;
  size_t conflicts;
};

#define MAX_ALIAS_BYTES TF_MAX_ALIAS_BYTES

tf_entity_builder *tf_entity_builder_new(void) {
  tf_entity_builder *b = tf_malloc(sizeof(*b));
  if (!b) return NULL;
  memset(b, 0, sizeof(*b));
  b->trie = tf_trie_builder_new();
  if (!b->trie) {
    tf_free(b);
    return NULL;
  }
  return b;
}

void tf_entity_builder_free(tf_entity_builder *b) {
  if (!b) return;
  tf_trie_builder_free(b->trie);
  tf_free(b->recs);
  tf_free(b->strings.p);
  tf_free(b);
}

size_t tf_entity_builder_conflicts(const tf_entity_builder *b) { return b->conflicts; }

int32_t tf_entity_builder_find(const tf_entity_builder *b, const char *folded, size_t n,
                               const char **name) {
  int32_t v = tf_trie_builder_get(b->trie, folded, n);
  if (v >= 0 && name) *name = b->strings.p + b->recs[v].name;
  return v;
}

static int is_word_class(int c) { return c == TF_CC_LETTER || c == TF_CC_DIGIT || c == TF_CC_CJK; }

/* Case rules and boundaries of an alias as written (valid UTF-8). */
static unsigned alias_flags(const unsigned char *a, size_t n, uint32_t *cap_words) {
  unsigned upper = 0, lower = 0, flags = 0, word = 0;
  int in_word = 0, first = 1, last_class = TF_CC_OTHER;
  *cap_words = 0;
  size_t p = 0;
  while (p < n) {
    size_t next;
    int32_t cp = tf_utf8_decode(a, n, p, &next);
    int c = tf_char_class(cp), lc = tf_letter_case(cp);
    if (lc > 0) upper++;
    if (lc < 0) lower++;
    if (first && lc > 0) flags |= TF_AF_UPPER_START;
    first = 0;
    if (is_word_class(c)) {
      if (!in_word) {
        if (lc > 0 && word < 32) *cap_words |= 1u << word;
        word++;
      }
      in_word = 1;
    } else {
      in_word = 0;
    }
    if (c != TF_CC_SPACE) last_class = c;
    p = next;
  }
  if (upper && !lower) flags |= TF_AF_UPPER;
  if (last_class == TF_CC_CJK) flags |= TF_AF_CJK_END;
  else if (!is_word_class(last_class)) flags |= TF_AF_OPEN_END;
  return flags;
}

int tf_entity_builder_add(tf_entity_builder *b, const char *alias, size_t alias_len,
                          const char *name, size_t name_len, int kind, const char *code,
                          int source) {
  unsigned exact = 0;
  if (alias_len && alias[0] == '=') {
    exact = TF_AF_EXACT;
    alias++;
    alias_len--;
  }
  while (alias_len && (alias[0] == ' ' || alias[0] == '\t')) alias++, alias_len--;
  while (alias_len && (alias[alias_len - 1] == ' ' || alias[alias_len - 1] == '\t')) alias_len--;
  if (alias_len == 0 || alias_len > MAX_ALIAS_BYTES) return TF_BAD_INPUT;
  char folded[MAX_ALIAS_BYTES * 4 + 8];
  int n = tf_fold_string(alias, (int)alias_len, folded, sizeof folded);
  if (n <= 0) return TF_BAD_INPUT;
  if (name_len == 0) {
    name = alias;
    name_len = alias_len;
  }
  tf_alias rec;
  memset(&rec, 0, sizeof rec);
  rec.flags = (unsigned char)(alias_flags((const unsigned char *)alias, alias_len, &rec.cap_words) |
                              exact);
  rec.kind = (unsigned char)kind;
  rec.source = (unsigned char)source;
  rec.first_byte = (unsigned char)folded[0];
  if (code && code[0] && code[1]) {
    rec.code[0] = code[0];
    rec.code[1] = code[1];
  }
  int64_t a = tf_strings_add(&b->strings, alias, alias_len);
  int64_t nm = a < 0 ? -1 : tf_strings_add(&b->strings, name, name_len);
  if (nm < 0) return TF_NOMEM;
  rec.alias = (uint32_t)a;
  rec.name = (uint32_t)nm;
  int32_t previous = tf_trie_builder_get(b->trie, folded, (size_t)n);
  if (previous >= 0) {
    tf_alias *old = &b->recs[previous];
    if (old->kind != rec.kind || strcmp(b->strings.p + old->name, b->strings.p + rec.name) != 0)
      b->conflicts++;
    *old = rec;
    return TF_OK;
  }
  tf_alias *grown = tf_grow(b->recs, b->count, &b->capacity, sizeof *grown, 1024);
  if (!grown) return TF_NOMEM;
  b->recs = grown;
  if (b->count >= INT32_MAX) return TF_NOMEM;
  if (tf_trie_builder_add(b->trie, folded, (size_t)n, (int32_t)b->count, NULL)) return TF_NOMEM;
  b->recs[b->count++] = rec;
  return TF_OK;
}

int tf_entity_builder_add_set(tf_entity_builder *b, const tf_entity_set *set) {
  for (size_t i = 0; i < set->count; i++) {
    const tf_alias *r = &set->aliases[i];
    const char *alias = set->strings + r->alias, *name = set->strings + r->name;
    /* Re-adding an exact alias needs its '=' back. */
    char buffer[MAX_ALIAS_BYTES + 2];
    size_t alias_len = strlen(alias);
    if (r->flags & TF_AF_EXACT) {
      buffer[0] = '=';
      memcpy(buffer + 1, alias, alias_len);
      alias = buffer;
      alias_len++;
    }
    int rc = tf_entity_builder_add(b, alias, alias_len, name, strlen(name), r->kind,
                                   r->code[0] ? r->code : NULL, r->source);
    if (rc == TF_NOMEM) return rc;
  }
  return TF_OK;
}

/* The lead filter: tf_words.h's hash over the lead's letters and digits (a number's too:
** "2 per", "000 people" walked the trie for the few aliases that start with a digit),
** tf_hash_bit's bit. Its second half (2^lead_log2 bits more) says how the aliases go on
** after their lead (lead_next_key), so that "The company", "a casa" walk no trie where the
** aliases that start with "the", "a" go on otherwise ("The Economist", "a16z"). */
#define LEAD_BITS_PER_ALIAS 8 /* leads are fewer than aliases: about one walk in 16 passes */

static void set_lead_bit(tf_entity_set *set, unsigned char *leads, int half, uint64_t h) {
  uint64_t bit = ((uint64_t)half << set->lead_log2) + tf_hash_bit(h, set->lead_log2);
  leads[bit / 8] |= (unsigned char)(1u << (bit % 8));
}

static int lead_bit(const tf_entity_set *set, int half, uint64_t h) {
  uint64_t bit = ((uint64_t)half << set->lead_log2) + tf_hash_bit(h, set->lead_log2);
  return set->leads[bit / 8] >> (bit % 8) & 1;
}

/* tf_ascii_alnum_hash_on's run, where it ends at the byte C3 (q), on over the letters of
** two bytes that fold to an ASCII letter or digit as the trie's walk folds them ("ä": 'a',
** "Kapazität", tf_latin_alnum_fold) and the ASCII letters and digits after each. Only
** where no continuation byte follows the two (tf_utf8_decode reads them as that letter). */
static size_t latin_letters_hash(const unsigned char *s, size_t n, size_t q, uint64_t *h) {
  unsigned char c;
  while (q + 1 < n && s[q] == 0xC3 && (s[q + 1] & 0xC0) == 0x80 &&
         !(q + 2 < n && (s[q + 2] & 0xC0) == 0x80) &&
         (c = tf_latin_alnum_fold[s[q + 1] & 0x3F]) != 0) {
    *h = tf_word_hash_byte(*h, c);
    q = tf_ascii_alnum_hash_on(s, n, q + 2, h);
  }
  return q;
}

/* The key of how the folded alias f[0, n) goes on after its lead f[0, j) of hash h: the
** lead and a NUL when it ends there; the lead and the byte that follows it, but for a
** space; after a space, the lead, the space and the next word's letters (which the text's
** next word must be, whole: "the economist"), or the lead, the space and a NUL when no
** such word follows, or the alias may end inside the text's word after its letters
** (loose_end: no boundary needed, "Ab c·"). */
static uint64_t lead_next_key(uint64_t h, const unsigned char *f, size_t n, size_t j,
                              int loose_end) {
  if (j == n || f[j] != ' ') return tf_word_hash_byte(h, j < n ? f[j] : 0);
  uint64_t h2 = tf_word_hash_byte(h, ' ');
  size_t k = tf_ascii_alnum_hash_on(f, n, j + 1, &h2);
  if (k > j + 1 && !(k == n && loose_end)) return h2;
  return tf_word_hash_byte(tf_word_hash_byte(h, ' '), 0);
}

/* Sets set->leads from the folded aliases (or leaves it NULL, see tf_alias.h).
** TF_OK or TF_NOMEM. */
static int build_leads(tf_entity_set *set) {
  set->lead_log2 = 9;
  while (((size_t)1 << set->lead_log2) < set->count * LEAD_BITS_PER_ALIAS) set->lead_log2++;
  size_t bytes = ((size_t)1 << set->lead_log2) / 8 * 2;
  unsigned char *leads = tf_malloc(bytes);
  if (!leads) return TF_NOMEM;
  memset(leads, 0, bytes);
  for (size_t i = 0; i < set->count; i++) {
    const tf_alias *r = &set->aliases[i];
    const char *alias = set->strings + r->alias;
    char folded[MAX_ALIAS_BYTES * 4 + 8];
    int n = tf_fold_string(alias, (int)strlen(alias), folded, sizeof folded);
    const unsigned char *f = (const unsigned char *)folded;
    size_t len = n > 0 ? (size_t)n : 0;
    uint64_t h = TF_WORD_HASH_SEED;
    size_t j = 0;
    for (; j < len && tf_ascii_alnum_fold[f[j]] == f[j] && f[j]; j++)
      h = tf_word_hash_byte(h, f[j]);
    int loose_end = (r->flags & (TF_AF_OPEN_END | TF_AF_CJK_END)) != 0;
    if (j == len && loose_end) {
      tf_free(leads); /* "Ab·": it matches "abc" without a boundary after "ab" */
      return TF_OK;
    }
    set_lead_bit(set, leads, 0, h);
    set_lead_bit(set, leads, 1, lead_next_key(h, f, len, j, loose_end));
  }
  set->leads = leads;
  return TF_OK;
}

/* Can an alias match at s[p]? No when the text there is a run of ASCII letters and digits
** (and of letters that fold to one, latin_letters_hash: the walk folds "Kapazität" to
** "kapazitat", as it folds the aliases, so the run is read as the walk reads it), then an
** ASCII byte other than those (or the end), whose lead is no alias's: an alias that
** matches there is either that run then more, so has that lead, or ends inside the run,
** before a letter or digit, which no alias fits (build_leads). Nor when no alias goes on
** after that lead as the text does (lead_next_key): ends there, or goes on with the byte
** after the run (a byte that folds to a space other than the space itself: maybe), or,
** after a space, with the text's next word of ASCII letters and digits, whole (when another
** byte than an ASCII one follows that word, or none follows the space: maybe). Else maybe.
** Sets *lead (tf_alias_at_lead). */
static int lead_may_match(const tf_entity_set *set, const unsigned char *s, size_t len, size_t p,
                          tf_alias_lead *lead) {
  uint64_t h = TF_WORD_HASH_SEED;
  size_t q = tf_ascii_alnum_hash_on(s, len, p, &h);
  if (q < len && s[q] == 0xC3) q = latin_letters_hash(s, len, q, &h);
  lead->end = q;
  lead->hash = h;
  if (!set->leads || q == p || (q < len && s[q] >= 0x80)) return 1;
  if (!lead_bit(set, 0, h)) return 0;
  if (lead_bit(set, 1, tf_word_hash_byte(h, 0))) return 1; /* an alias ends with the lead */
  unsigned char x = q < len ? s[q] : 0;                    /* (the end: a walk stops there) */
  if (x != ' ') return (x >= '\t' && x <= '\r') || lead_bit(set, 1, tf_word_hash_byte(h, x));
  if (lead_bit(set, 1, tf_word_hash_byte(tf_word_hash_byte(h, ' '), 0))) return 1;
  uint64_t h2 = tf_word_hash_byte(h, ' ');
  size_t e = tf_ascii_alnum_hash_on(s, len, q + 1, &h2);
  if (e < len && s[e] == 0xC3) e = latin_letters_hash(s, len, e, &h2);
  return e == q + 1 || (e < len && s[e] >= 0x80) || lead_bit(set, 1, h2);
}

tf_entity_set *tf_entity_build(tf_entity_builder *b) {
  tf_entity_set *set = tf_malloc(sizeof(*set));
  if (!set) {
    tf_entity_builder_free(b);
    return NULL;
  }
  memset(set, 0, sizeof(*set));
  set->trie = tf_trie_build(b->trie); /* frees the trie builder */
  b->trie = NULL;
  set->aliases = b->recs;
  set->count = b->count;
  set->strings = b->strings.p;
  b->recs = NULL;
  b->strings.p = NULL;
  tf_entity_builder_free(b);
  if (!set->trie) {
    tf_entity_set_free(set);
    return NULL;
  }
  if (build_leads(set) != TF_OK || tf_word_map_init(&set->lower_words, set->count + 1)) {
    tf_entity_set_free(set);
    return NULL;
  }
  for (size_t i = 0; i < set->count; i++) {
    const tf_alias *r = &set->aliases[i];
    if (r->flags & TF_AF_UPPER_START) continue;
    char folded[MAX_ALIAS_BYTES * 4 + 8];
    const char *alias = set->strings + r->alias;
    uint64_t hash;
    int n = tf_fold_string(alias, (int)strlen(alias), folded, sizeof folded);
    if (n > 0 && ((unsigned char)folded[0] >= 0x80 ? 0 : (folded[0] >= 'a' && folded[0] <= 'z')) &&
        tf_key_first_word_hash(folded, &hash)) {
      tf_word_map_put(&set->lower_words, hash, 1);
      /* the filter's key: its first three letters, 0 after the word's letters end */
      unsigned k[3] = {0, 0, 0};
      for (int j = 0; j < 3 && j < n; j++) {
        unsigned char c = (unsigned char)folded[j];
        if (c >= 0x80) break; /* a text's word with another byte there is always looked up */
        if (!(c >= 'a' && c <= 'z')) break;
        k[j] = c;
      }
      unsigned key = tf_alias_prefix_key(k[0], k[1], k[2]);
      set->lower_prefix[key >> 3] |= (unsigned char)(1u << (key & 7));
    } else {
      set->lower_start[r->first_byte] = 1;
      /* (an alias that starts with any other character leaves every ideograph's bit
      ** as it is: a text's ideograph folds to itself, so it never starts one) */
      if (n > 0 && (unsigned char)folded[0] >= 0x80) {
        size_t next;
        int32_t cp = tf_utf8_decode((const unsigned char *)folded, (size_t)n, 0, &next);
        if (cp >= TF_CJK_FIRST && cp <= TF_CJK_LAST) {
          unsigned k = (unsigned)(cp - TF_CJK_FIRST);
          set->cjk_start[k >> 3] |= (unsigned char)(1u << (k & 7));
        }
      }
    }
  }
  return set;
}

void tf_entity_set_free(tf_entity_set *set) {
  if (!set) return;
  tf_free(set->lower_words.keys);
  tf_free(set->lower_words.values);
  tf_free(set->leads);
  tf_trie_free(set->trie);
  tf_free(set->aliases);
  tf_free(set->strings);
  tf_free(set);
}

size_t tf_entity_set_alias_count(const tf_entity_set *set) { return set->count; }

void tf_entity_set_entry(const tf_entity_set *set, size_t i, const char **alias, const char **name,
                         int *kind, const char **code, int *source) {
  const tf_alias *r = &set->aliases[i];
  *alias = set->strings + r->alias;
  *name = set->strings + r->name;
  *kind = r->kind;
  *code = r->code;
  *source = r->source;
}

int tf_entity_lookup(const tf_entity_set *set, const char *text, size_t len, const char **name,
                     int *kind, const char **code) {
  char folded[MAX_ALIAS_BYTES * 4 + 8];
  if (len == 0 || len > MAX_ALIAS_BYTES) return 0;
  int n = tf_fold_string(text, (int)len, folded, sizeof folded);
  if (n <= 0) return 0;
  int32_t v = tf_trie_get(set->trie, folded, (size_t)n);
  if (v < 0 || set->aliases[v].kind == TF_KIND_IGNORE) return 0;
  const tf_alias *r = &set->aliases[v];
  *name = set->strings + r->name;
  *kind = r->kind;
  *code = r->code;
  return 1;
}

/* ------------------------------------------------------------------------ */
/* Does the alias fit the text s[start..end) that its folded form matched? */

/* Same text, code point for code point, white space runs and apostrophes alike. */
static int exact_equal(const unsigned char *s, size_t start, size_t end, const char *alias) {
  const unsigned char *a = (const unsigned char *)alias;
  size_t an = strlen(alias), p = start, q = 0;
  while (p < end && q < an) {
    size_t pn, qn;
    int32_t cp = tf_utf8_decode(s, end, p, &pn), ca = tf_utf8_decode(a, an, q, &qn);
    int cc = tf_char_class(cp), ac = tf_char_class(ca);
    if (cc == TF_CC_SPACE && ac == TF_CC_SPACE) {
      while (pn < end && tf_char_class(tf_utf8_decode(s, end, pn, &p)) == TF_CC_SPACE) pn = p;
      while (qn < an && tf_char_class(tf_utf8_decode(a, an, qn, &q)) == TF_CC_SPACE) qn = q;
    } else if (cp != ca && !(cc == ac && (cc == TF_CC_APOSTROPHE || cc == TF_CC_HYPHEN))) {
      return 0;
    }
    p = pn;
    q = qn;
  }
  return p == end && q == an;
}

static int alias_fits(const tf_entity_set *set, const tf_alias *r, const unsigned char *s,
                      size_t len, size_t start, size_t end) {
  if (!(r->flags & (TF_AF_CJK_END | TF_AF_OPEN_END)) && end < len) {
    size_t next;
    int c = tf_char_class(tf_utf8_decode(s, len, end, &next));
    if (c == TF_CC_LETTER || c == TF_CC_DIGIT) return 0;
  }
  if (r->flags & TF_AF_EXACT) return exact_equal(s, start, end, set->strings + r->alias);
  if (!(r->flags & TF_AF_UPPER) && !r->cap_words) return 1;
  unsigned word = 0;
  int in_word = 0;
  for (size_t p = start; p < end;) {
    size_t next;
    int32_t cp = tf_utf8_decode(s, end, p, &next);
    int lc = tf_letter_case(cp);
    if ((r->flags & TF_AF_UPPER) && lc < 0) return 0;
    if (is_word_class(tf_char_class(cp))) {
      if (!in_word) {
        if (word < 32 && (r->cap_words & (1u << word)) && lc <= 0) return 0;
        word++;
      }
      in_word = 1;
    } else {
      in_word = 0;
    }
    p = next;
  }
  return 1;
}

/* The longest alias that fits at p: its record and end, or NULL. */
const tf_alias *tf_alias_at(const tf_entity_set *set, const unsigned char *s, size_t len, size_t p,
                            size_t *end) {
  tf_alias_lead lead;
  return tf_alias_at_lead(set, s, len, p, end, &lead);
}

const tf_alias *tf_alias_at_lead(const tf_entity_set *set, const unsigned char *s, size_t len,
                                 size_t p, size_t *end, tf_alias_lead *lead) {
  if (!lead_may_match(set, s, len, p, lead)) return NULL;
  tf_trie_hit hits[8];
  int n = tf_trie_match(set->trie, s, len, p, hits, 8);
  for (int i = n - 1; i >= 0; i--) {
    const tf_alias *r = &set->aliases[hits[i].value];
    if (alias_fits(set, r, s, len, p, hits[i].end)) {
      *end = hits[i].end;
      return r;
    }
  }
  return NULL;
}
