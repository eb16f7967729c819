/* tf_lexicon.c — see tf_lexicon.h. */
#include "tf_lexicon.h"
#include "tf_alloc.h"
#include "tf_core.h"
#include "tf_fold.h"
#include "tf_utf8.h"
#include <string.h>

long tf_class_parse(const tf_class_name *classes, const char *name, size_t len) {
  for (size_t k = 0; classes[k].name; k++)
    if (strlen(classes[k].name) == len && memcmp(classes[k].name, name, len) == 0)
      return (long)classes[k].mask;
  return -1;
}

/* Words in a phrase as written: starts after a space, an apostrophe or a hyphen; and
** each ideograph, a token of its own for tf_facts ("据报道": three). */
static int phrase_words(const char *w, size_t n) {
  const unsigned char *u = (const unsigned char *)w;
  int words = 0;
  for (size_t k = 0; k < n; k++) {
    if (u[k] >= 0xC0) {
      size_t next;
      if (tf_char_class(tf_utf8_decode(u, n, k, &next)) == TF_CC_CJK) {
        words++;
        k = next - 1;
        continue;
      }
    }
    words += (k == 0 || w[k - 1] == ' ' || w[k - 1] == '\'' || w[k - 1] == '-') && w[k] != ' ';
  }
  return words;
}

typedef struct lexicon_build {
  tf_trie_builder *trie;
  size_t capacity;
} lexicon_build;

static int add_phrase(tf_lexicon *lx, lexicon_build *b, const char *w, size_t len, uint32_t mask,
                      unsigned langs) {
  while (len && w[len - 1] == '.') len--; /* "M." = "M": the scan allows the dot */
  char folded[256];
  int n = len && len <= 200 ? tf_fold_string(w, (int)len, folded, sizeof folded) : -1;
  if (n <= 0) return TF_ERROR;
  /* the first word's bit (tf_lexicon_may_match): its leading run of ASCII letters and
  ** digits (folded: in lower case) */
  uint64_t h;
  if (n > 0 && tf_ascii_alnum_hash((const unsigned char *)folded, (size_t)n, 0, &h) > 0) {
    uint64_t bit = tf_hash_bit(h, TF_LEXICON_WORD_LOG2);
    lx->first_words[bit >> 3] |= (unsigned char)(1u << (bit & 7));
  }
  int32_t v = tf_trie_builder_get(b->trie, folded, (size_t)n);
  if (v < 0) {
    uint32_t(*grown)[TF_LANG_COUNT] = tf_grow(lx->classes, lx->count, &b->capacity, sizeof *grown,
                                              256);
    if (!grown) return TF_NOMEM;
    lx->classes = grown;
    v = (int32_t)lx->count++;
    memset(lx->classes[v], 0, sizeof lx->classes[v]);
    if (tf_trie_builder_add(b->trie, folded, (size_t)n, v, NULL)) return TF_NOMEM;
  }
  for (int l = 1; l <= TF_LANG_COUNT; l++)
    if (langs & TF_LANG_BIT(l)) lx->classes[v][l - 1] |= mask;
  int words = phrase_words(w, len);
  if (words > lx->max_words) lx->max_words = words;
  return TF_OK;
}

void tf_lexicon_free(tf_lexicon *lx) {
  tf_trie_free(lx->trie);
  tf_free(lx->classes);
  tf_free(lx->first_words);
  memset(lx, 0, sizeof *lx);
}

void tf_phrases_free(tf_phrases *list) {
  tf_free(list->items);
  memset(list, 0, sizeof *list);
}

int tf_lexicon_load(tf_lexicon *lx, const char *file, const char *data,
                    const tf_class_name *classes, char *err, size_t size) {
  lexicon_build b = {tf_trie_builder_new(), 0};
  if (!b.trie) return TF_NOMEM;
  lx->first_words = tf_malloc((size_t)1 << (TF_LEXICON_WORD_LOG2 - 3));
  if (!lx->first_words) {
    tf_trie_builder_free(b.trie);
    return TF_NOMEM;
  }
  memset(lx->first_words, 0, (size_t)1 << (TF_LEXICON_WORD_LOG2 - 3));
  tf_data_reader r;
  tf_data_row row;
  int rc = TF_OK;
  tf_data_open(&r, file, data);
  while (rc == TF_OK && tf_data_next(&r, &row)) {
    long mask = row.count == 3 ? tf_class_parse(classes, row.field[0], row.len[0]) : -1;
    unsigned langs = row.count == 3 ? tf_lang_bits_parse(row.field[1], row.len[1]) : 0;
    if (mask < 0 || !langs) {
      rc = tf_data_fail(err, size, &r,
                        "expected class<TAB>lang<TAB>phrases, a known class and "
                        "a lang of fr, en or *");
      break;
    }
    if (mask == 0) continue; /* the caller's */
    tf_data_item item;
    for (tf_data_items(&item, row.field[2], row.len[2]); rc == TF_OK && tf_data_item_next(&item);) {
      rc = add_phrase(lx, &b, item.text, item.len, (uint32_t)mask, langs);
      if (rc == TF_ERROR)
        tf_data_fail(err, size, &r, "bad phrase '%.*s'", (int)item.len, item.text);
    }
  }
  if (rc != TF_OK) {
    tf_trie_builder_free(b.trie);
    tf_free(lx->first_words);
    lx->first_words = NULL;
    return rc;
  }
  lx->trie = tf_trie_build(b.trie);
  return lx->trie ? TF_OK : TF_NOMEM;
}

/* ------------------------------------------------------------------------ */

int tf_phrases_add(tf_phrases *list, size_t *capacity, const char *text, size_t len,
                   unsigned langs) {
  tf_phrase *grown = tf_grow(list->items, list->count, capacity, sizeof *grown, 8);
  if (!grown) return TF_NOMEM;
  list->items = grown;
  tf_phrase *ph = &list->items[list->count];
  ph->text = text;
  ph->len = len;
  ph->langs = langs;
  ph->second = 0;
  if (len >= 2 && text[0] != ' ' && text[1] != ' ') {
    unsigned char c = (unsigned char)text[1];
    ph->second = c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
  }
  /* a phrase may start with a space, which matches any space: every byte then */
  unsigned char b = len ? (unsigned char)text[0] : ' ';
  if (b >= 'A' && b <= 'Z') b |= 0x20;
  uint32_t *chain = b == ' ' ? &list->any : &list->head[b];
  ph->next = *chain; /* (tf_phrases_at takes the longest match: the order is free) */
  *chain = (uint32_t)list->count + 1;
  list->count++;
  if (b == ' ') memset(list->first, 0xFF, sizeof list->first);
  else list->first[b >> 3] |= (unsigned char)(1u << (b & 7));
  return TF_OK;
}

int tf_phrases_load(tf_phrases *lists, const char *const *classes, size_t class_count,
                    const char *file, const char *data, char *err, size_t size) {
  tf_data_reader r;
  tf_data_row row;
  size_t capacity[TF_PHRASE_CLASSES_MAX] = {0};
  if (class_count > TF_PHRASE_CLASSES_MAX)
    return tf_core_fail(err, size, "%s: more than %d phrase classes", file, TF_PHRASE_CLASSES_MAX);
  tf_data_open(&r, file, data);
  while (tf_data_next(&r, &row)) {
    size_t k = class_count;
    if (row.count == 3)
      for (k = 0; k < class_count; k++)
        if (strlen(classes[k]) == row.len[0] && memcmp(classes[k], row.field[0], row.len[0]) == 0)
          break;
    unsigned langs = row.count == 3 ? tf_lang_bits_parse(row.field[1], row.len[1]) : 0;
    if (k == class_count || !langs)
      return tf_data_fail(err, size, &r,
                          "expected class<TAB>lang<TAB>phrases, a known class "
                          "and a lang of fr, en, de, es, it, pt or *");
    tf_data_item item;
    for (tf_data_items(&item, row.field[2], row.len[2]); tf_data_item_next(&item);) {
      if (!tf_utf8_valid((const unsigned char *)item.text, item.len))
        return tf_data_fail(err, size, &r, "phrase is not UTF-8");
      if (tf_phrases_add(&lists[k], &capacity[k], item.text, item.len, langs) != TF_OK)
        return TF_NOMEM;
    }
  }
  return TF_OK;
}

/* Does phrase ph start at s[p]? Its length in the text, or 0. */
static size_t phrase_at(const tf_phrase *ph, const unsigned char *s, size_t len, size_t p) {
  size_t q = p;
  for (size_t i = 0; i < ph->len; i++) {
    unsigned char c = (unsigned char)ph->text[i];
    if (c == ' ') {
      size_t sp = tf_hspace_at(s, len, q);
      if (!sp) return 0;
      q += sp;
      continue;
    }
    if (q >= len) return 0;
    unsigned char t = s[q];
    if (t >= 'A' && t <= 'Z') t = (unsigned char)(t | 0x20);
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c | 0x20);
    if (t != c) return 0;
    q++;
  }
  return tf_word_char_at(s, len, q) && !tf_ends_ideograph(s, p, q) ? 0 : q - p;
}

size_t tf_phrases_at(const tf_phrases *list, const unsigned char *s, size_t len, size_t p,
                     int lang) {
  if (p >= len || !tf_phrases_may_start(list, s[p])) return 0;
  unsigned char b = s[p];
  if (b >= 'A' && b <= 'Z') b |= 0x20;
  unsigned bits = tf_lang_bits(lang);
  size_t best = 0;
  /* the text's second byte, as phrase_at compares it (0: none, the text ends) */
  unsigned char second = 0;
  if (p + 1 < len) {
    second = s[p + 1];
    if (second >= 'A' && second <= 'Z') second |= 0x20;
  }
  for (int pass = 0; pass < 2; pass++)
    for (uint32_t i = pass ? list->any : list->head[b]; i; i = list->items[i - 1].next) {
      const tf_phrase *ph = &list->items[i - 1];
      if (!(ph->langs & bits)) continue;
      /* (phrase_at would stop at the second byte: no call) */
      if (ph->second && (p + 1 >= len || second != ph->second)) continue;
      size_t n = phrase_at(ph, s, len, p);
      if (n > best) best = n;
    }
  return best;
}
