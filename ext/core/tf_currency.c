/* tf_currency.c — see tf_currency.h. */
#include "tf_currency.h"
#include "tf_utf8.h"
#include "tf_alloc.h"
#include "tf_core.h"
#include "tf_data.h"
#include "tf_fold.h"
#include "tf_icu_data.h"
#include "tf_lang.h"
#include <string.h>

/* Priorities: a higher one replaces a lower one; equal ones naming different
** currencies make the key ambiguous. */
enum {
  PRIO_HEAD_OLD = 1,
  PRIO_HEAD = 2,
  PRIO_ICU_OLD = 3,
  PRIO_ICU = TF_PRIORITY_ICU,
  PRIO_PRESS = 5
};

/* ------------------------------------------------------------------------ */
/* ext/data/currencies.tsv, read into lists for the build. */

/* Lists of NUL-terminated strings (folded words, or codes) are tf_strings. */
static int string_list_add(tf_strings *l, const char *s, size_t n) {
  return tf_strings_add(l, s, n) < 0 ? TF_NOMEM : TF_OK;
}

static int string_list_has(const tf_strings *l, const char *s) {
  for (size_t p = 0; p < l->len; p += strlen(l->p + p) + 1)
    if (strcmp(l->p + p, s) == 0) return 1;
  return 0;
}

typedef struct press_form {
  size_t key; /* offset of the folded form in press_keys */
  char code[4];
  unsigned char kind;
  uint16_t flags;
} press_form;

static tf_strings head_stop, never_bare, lower_ok, press_keys;
static press_form *press_forms;
static size_t press_count;

/* Local readings: the cue words of a country, and the currency its press means
** by a generic form ("$" in Québec is CAD). Kept after the build. */
static tf_local_rule local_rules[TF_LOCAL_RULES_MAX];
static size_t local_rule_count;
static uint64_t *local_cues; /* word hash, then the rule index, alternating */
static size_t local_cue_count, local_cue_capacity;
static tf_word_map local_cue_map;
/* Cue words are found by a hash of their bytes, ASCII lower-cased (the form as
** written in the data and its folded form are both kept: "Québec", "quebec"),
** with a bit set in front of the map. */
unsigned char tf_local_cue_bits[65536 / 8];
unsigned char tf_local_cue_trigrams[(26 * 26 * 26 + 7) / 8];

#define CUE_HASH_SEED 1469598103934665603ull
#define CUE_HASH_PRIME 1099511628211ull
static inline uint64_t cue_hash_byte(uint64_t h, unsigned char c) {
  if (c >= 'A' && c <= 'Z') c |= 0x20;
  return (h ^ c) * CUE_HASH_PRIME;
}

/* The first two bytes of the cues, ASCII lower-cased (as written and folded):
** the byte scan hashes only the words that start so. */
static unsigned char local_cue_starts[65536 / 8];

static unsigned start_index(const unsigned char *w) {
  unsigned a = w[0], b = w[1];
  if (a >= 'A' && a <= 'Z') a |= 0x20;
  if (b >= 'A' && b <= 'Z') b |= 0x20;
  return a << 8 | b;
}

static void note_cue_start(const unsigned char *w) {
  unsigned i = start_index(w);
  local_cue_starts[i >> 3] |= (unsigned char)(1u << (i & 7));
  /* and the first three letters, when they are ASCII ones (tf_currency_cue_trigram) */
  unsigned char t[3];
  for (int k = 0; k < 3; k++) {
    t[k] = w[k] >= 'A' && w[k] <= 'Z' ? (unsigned char)(w[k] | 0x20) : w[k];
    if (t[k] < 'a' || t[k] > 'z') return;
  }
  unsigned j = tf_currency_trigram(t[0], t[1], t[2]);
  tf_local_cue_trigrams[j >> 3] |= (unsigned char)(1u << (j & 7));
}

static uint64_t cue_hash(const char *w, size_t n) {
  uint64_t h = CUE_HASH_SEED;
  for (size_t i = 0; i < n; i++) h = cue_hash_byte(h, (unsigned char)w[i]);
  return h ? h : 1;
}

static int is_head_stop(const char *word) { return string_list_has(&head_stop, word); }
static int in_codes(const tf_strings *l, const char *code) { return string_list_has(l, code); }

static void free_lists(void) {
  tf_free(head_stop.p);
  tf_free(never_bare.p);
  tf_free(lower_ok.p);
  tf_free(press_keys.p);
  tf_free(press_forms);
  memset(&head_stop, 0, sizeof head_stop);
  memset(&never_bare, 0, sizeof never_bare);
  memset(&lower_ok, 0, sizeof lower_ok);
  memset(&press_keys, 0, sizeof press_keys);
  press_forms = NULL;
  press_count = 0;
  tf_free(local_cues);
  local_cues = NULL;
  local_cue_count = local_cue_capacity = 0;
}

/* The rule for (local, generic), added when new. -1 when the table is full. */
static int local_rule_index(const char *local, const char *generic) {
  for (size_t i = 0; i < local_rule_count; i++)
    if (memcmp(local_rules[i].local, local, 3) == 0 &&
        memcmp(local_rules[i].generic, generic, 3) == 0)
      return (int)i;
  if (local_rule_count == TF_LOCAL_RULES_MAX) return -1;
  tf_local_rule *r = &local_rules[local_rule_count];
  memcpy(r->local, local, 3);
  memcpy(r->generic, generic, 3);
  r->local[3] = r->generic[3] = 0;
  return (int)local_rule_count++;
}

static int is_code(const char *s, size_t n) {
  if (n != 3) return 0;
  for (size_t i = 0; i < 3; i++)
    if (s[i] < 'A' || s[i] > 'Z') return 0;
  return 1;
}

/* Reads the flags field: "generic,postfix,lower_ok". -1 when a flag is unknown. */
static int parse_flags(const char *s, size_t n) {
  static const struct {
    const char *name;
    int flag;
  } known[] = {{"generic", TF_CF_GENERIC},      {"postfix", TF_CF_POSTFIX_ONLY},
               {"lower_ok", TF_CF_LOWER_OK},    {"weight", TF_CF_WEIGHT},
               {"million", TF_CF_MILLION},      {"billion", TF_CF_BILLION},
               {"colloquial", TF_CF_COLLOQUIAL}};
  int flags = 0;
  size_t p = 0;
  while (p < n) {
    size_t q = p;
    while (q < n && s[q] != ',') q++;
    size_t a = p, e = q;
    while (a < e && s[a] == ' ') a++;
    while (e > a && s[e - 1] == ' ') e--;
    int found = e == a;
    for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
      if (strlen(known[k].name) == e - a && memcmp(known[k].name, s + a, e - a) == 0) {
        flags |= known[k].flag;
        found = 1;
      }
    if (!found) return -1;
    p = q + 1;
  }
  return flags;
}

static int read_data(char *err, size_t size) {
  static const char *const classes[] = {"symbol",    "code",       "name",     "minor",
                                        "head_stop", "never_bare", "lower_ok", "local"};
  static const int kinds[] = {TF_CUR_SYMBOL, TF_CUR_CODE, TF_CUR_NAME, TF_CUR_MINOR};
  tf_data_reader r;
  tf_data_row row;
  size_t capacity = 0;
  tf_data_open(&r, "currencies.tsv", tf_data_currencies);
  while (tf_data_next(&r, &row)) {
    int k = -1;
    for (int c = 0; row.count >= 3 && row.count <= 5 && c < 8; c++)
      if (strlen(classes[c]) == row.len[0] && memcmp(classes[c], row.field[0], row.len[0]) == 0)
        k = c;
    if (k < 0 || !tf_lang_bits_parse(row.field[1], row.len[1]))
      return tf_data_fail(err, size, &r,
                          "expected class<TAB>lang<TAB>forms[<TAB>code[<TAB>flags]] "
                          "with a known class and a lang of fr, en, de, es, it, pt or *");
    int press = k <= 3, needs_code = k <= 2;
    if (k == 7) {
      if (row.count != 5 || !is_code(row.field[3], row.len[3]) ||
          !is_code(row.field[4], row.len[4]))
        return tf_data_fail(err, size, &r,
                            "a local row is local<TAB>lang<TAB>cue words<TAB>local code<TAB>"
                            "the generic code it reads");
      char local[4] = {0}, generic[4] = {0};
      memcpy(local, row.field[3], 3);
      memcpy(generic, row.field[4], 3);
      int rule = local_rule_index(local, generic);
      if (rule < 0) return tf_data_fail(err, size, &r, "too many local rules");
      tf_data_item item;
      for (tf_data_items(&item, row.field[2], row.len[2]); tf_data_item_next(&item);) {
        char folded[128];
        int n = tf_fold_string(item.text, (int)item.len, folded, sizeof folded);
        if (n < 3 || (size_t)n != strcspn(folded, " -'") || item.len > 40 || item.text[0] < 'A' ||
            item.text[0] > 'Z')
          return tf_data_fail(err, size, &r,
                              "cue '%.*s' is not one capitalised word of 3 letters or more",
                              (int)item.len, item.text);
        /* the hashes of the byte scan (as written, folded), and the word
        ** hash the money scanner has at hand (tf_scan_word) */
        uint64_t hashes[3] = {cue_hash(item.text, item.len), cue_hash(folded, (size_t)n), 0};
        if (!tf_key_first_word_hash(folded, &hashes[2]))
          return tf_data_fail(err, size, &r, "cue '%.*s' is not a word", (int)item.len, item.text);
        for (int v = 0; v < 3; v++) {
          uint64_t *grown = tf_grow(local_cues, local_cue_count, &local_cue_capacity, sizeof *grown,
                                    256);
          if (!grown) return TF_NOMEM;
          local_cues = grown;
          local_cues[local_cue_count++] = hashes[v];
          grown = tf_grow(local_cues, local_cue_count, &local_cue_capacity, sizeof *grown, 256);
          if (!grown) return TF_NOMEM;
          local_cues = grown;
          local_cues[local_cue_count++] = (uint64_t)rule;
          tf_local_cue_bits[(hashes[v] & 0xFFFF) >> 3] |= (unsigned char)(1u << (hashes[v] & 7));
        }
        note_cue_start((const unsigned char *)item.text);
        note_cue_start((const unsigned char *)folded);
      }
      continue;
    }
    if (needs_code ? row.count < 4 || !is_code(row.field[3], row.len[3]) : row.count > 3)
      return tf_data_fail(err, size, &r,
                          needs_code ? "expected an ISO 4217 code" : "this class takes no code");
    int flags = row.count == 5 ? parse_flags(row.field[4], row.len[4]) : 0;
    if (flags < 0)
      return tf_data_fail(err, size, &r,
                          "unknown flag (generic, postfix, lower_ok, weight, million, billion)");
    tf_data_item item;
    for (tf_data_items(&item, row.field[2], row.len[2]); tf_data_item_next(&item);) {
      if (k == 5 || k == 6) { /* codes, as written */
        if (!is_code(item.text, item.len))
          return tf_data_fail(err, size, &r, "'%.*s' is not an ISO 4217 code", (int)item.len,
                              item.text);
        if (string_list_add(k == 5 ? &never_bare : &lower_ok, item.text, item.len)) return TF_NOMEM;
        continue;
      }
      char folded[256];
      int n = tf_fold_string(item.text, (int)item.len, folded, sizeof folded);
      if (n <= 0) return tf_data_fail(err, size, &r, "bad form '%.*s'", (int)item.len, item.text);
      if (!press) {
        if (string_list_add(&head_stop, folded, (size_t)n)) return TF_NOMEM;
        continue;
      }
      press_form *grown = tf_grow(press_forms, press_count, &capacity, sizeof *grown, 256);
      if (!grown) return TF_NOMEM;
      press_forms = grown;
      press_form *f = &press_forms[press_count++];
      memset(f, 0, sizeof *f);
      f->key = press_keys.len;
      if (string_list_add(&press_keys, folded, (size_t)n)) return TF_NOMEM;
      if (needs_code) memcpy(f->code, row.field[3], 3);
      f->kind = (unsigned char)kinds[k];
      f->flags = (uint16_t)flags;
    }
  }
  return TF_OK;
}

/* ------------------------------------------------------------------------ */
static tf_currencies table;

typedef struct builder_state {
  tf_trie_builder *trie;
  tf_currency_entry *entries;
  size_t count, capacity;
  uint64_t *first_words; /* hashes of the keys' first words */
  size_t first_word_count, first_word_capacity;
} builder_state;

/* Remembers the first word of a key that a word in the text can start. */
static int note_first_word(builder_state *st, const char *key, int kind, int flags) {
  uint64_t hash;
  const unsigned char *first = (const unsigned char *)key;
  if (first[0] >= 0xE3 && first[0] <= 0xE9) { /* an ideograph, for the Chinese scan */
    size_t next;
    size_t len = strlen(key);
    int32_t cp = tf_utf8_decode(first, len, 0, &next);
    if (cp >= 0x3400 && cp < 0xA000) {
      unsigned i = (unsigned)(cp - 0x3400);
      table.first_ideographs[i >> 3] |= (unsigned char)(1u << (i & 7));
      if (next >= len) {
        table.ideograph_keys[i >> 3] |= (unsigned char)(1u << (i & 7));
      } else {
        size_t after;
        unsigned j = tf_pair_bit16(cp, tf_utf8_decode(first, len, next, &after));
        table.ideograph_pairs[j >> 3] |= (unsigned char)(1u << (j & 7));
      }
    }
  }
  if (kind == TF_CUR_MINOR) return 0;
  if (kind == TF_CUR_CODE && !(flags & TF_CF_LOWER_OK)) return 0; /* found by shape */
  if (!tf_key_first_word_hash(key, &hash)) return 0;
  const unsigned char *k = (const unsigned char *)key;
  if (k[0] >= 'a' && k[0] <= 'z' && k[1] >= 'a' && k[1] <= 'z' && k[2] >= 'a' && k[2] <= 'z') {
    unsigned i = tf_currency_trigram(k[0], k[1], k[2]);
    table.first_trigrams[i >> 3] |= (unsigned char)(1u << (i & 7));
    if (k[3] >= 'a' && k[3] <= 'z') {
      unsigned j = tf_currency_tetragram(k[0], k[1], k[2], k[3]);
      table.first_tetragrams[j >> 3] |= (unsigned char)(1u << (j & 7));
    }
  }
  uint64_t *grown = tf_grow(st->first_words, st->first_word_count, &st->first_word_capacity,
                            sizeof *grown, 1024);
  if (!grown) return -1;
  st->first_words = grown;
  st->first_words[st->first_word_count++] = hash;
  return 0;
}

/* Adds folded key → (code, kind, flags) at a priority. 0, or -1 on OOM. */
static int add_currency(builder_state *st, const char *key, const char *code, int kind, int flags,
                        int priority) {
  size_t key_len = strlen(key);
  if (key_len == 0) return 0;
  if (note_first_word(st, key, kind, flags)) return -1;
  const unsigned char *k0 = (const unsigned char *)key;
  /* (follow_bits, short_next, short_alone: every key of the trie) */
  {
    size_t q = 0;
    uint64_t h = TF_WORD_HASH_SEED;
    while (q < key_len) {
      size_t next;
      int c = tf_char_class(tf_utf8_decode(k0, key_len, q, &next));
      if (c != TF_CC_LETTER && c != TF_CC_CJK) break;
      for (size_t i = q; i < next; i++) h = tf_word_hash_byte(h, k0[i]);
      q = next;
    }
    if (q > 0) {
      unsigned bit = q >= key_len ? tf_currency_follow_bit(h, TF_FOLLOW_ALONE, 0)
                     : k0[q] == ' '
                       ? tf_currency_follow_bit(h, TF_FOLLOW_SPACE, q + 1 < key_len ? k0[q + 1] : 0)
                       : tf_currency_follow_bit(h, TF_FOLLOW_GLUED, k0[q]);
      table.follow_bits[bit >> 3] |= (unsigned char)(1u << (bit & 7));
    }
  }
  const unsigned char *k = (const unsigned char *)key;
  if (k[0] >= 'a' && k[0] <= 'z') {
    size_t n = k[1] >= 'a' && k[1] <= 'z' ? 2 : 1;
    if (n == 1 || !(k[2] >= 'a' && k[2] <= 'z')) {
      unsigned i = tf_currency_short_index(k[0], n == 2 ? k[1] : 0);
      if (!k[n]) table.short_alone[i >> 3] |= (unsigned char)(1u << (i & 7));
      else table.short_next[i][k[n] >> 6] |= 1ull << (k[n] & 63);
    }
  }
  int32_t existing = tf_trie_builder_get(st->trie, key, key_len);
  if (existing >= 0) {
    tf_currency_entry *e = &st->entries[existing];
    if (e->priority > priority) return 0;
    if (e->priority == priority) {
      if (strcmp(e->code, code) != 0 && e->kind == kind) {
        e->flags |= TF_CF_AMBIGUOUS;
        e->code[0] = 0;
      }
      return 0;
    }
    /* A higher priority replaces the entry in place. */
    memcpy(e->code, code, strlen(code) + 1);
    e->kind = (unsigned char)kind;
    e->flags = (uint16_t)flags;
    e->priority = (unsigned char)priority;
    return 0;
  }
  tf_currency_entry *grown = tf_grow(st->entries, st->count, &st->capacity, sizeof *grown, 512);
  if (!grown) return -1;
  st->entries = grown;
  tf_currency_entry *e = &st->entries[st->count];
  memset(e, 0, sizeof(*e));
  memcpy(e->code, code, strlen(code) < 4 ? strlen(code) + 1 : 4);
  e->code[3] = 0;
  e->kind = (unsigned char)kind;
  e->flags = (uint16_t)flags;
  e->priority = (unsigned char)priority;
  if (tf_trie_builder_add(st->trie, key, key_len, (int32_t)st->count, NULL) != 0) return -1;
  st->count++;
  return 0;
}

/* True when a folded ICU symbol is worth matching: not the code itself, not
** only letters (a bare "R" or "kr" is too often a word). */
static int useful_symbol(const char *folded, const char *code) {
  char lower_code[4];
  for (int i = 0; i < 3; i++) lower_code[i] = (char)(code[i] | 0x20);
  lower_code[3] = 0;
  if (strcmp(folded, lower_code) == 0) return 0;
  for (const char *p = folded; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || *p == '.' || *p == ' ')) return 1;
  return 0;
}

/* Adds an ICU name and, where it has several words, its head noun. */
static int add_icu_name(builder_state *st, const char *folded, const char *code, int current,
                        int head_first) {
  if (add_currency(st, folded, code, TF_CUR_NAME, 0, current ? PRIO_ICU : PRIO_ICU_OLD)) return -1;
  const char *space = strchr(folded, ' ');
  if (!space) return 0;
  char head[64];
  if (head_first) {
    size_t n = (size_t)(space - folded);
    if (n >= sizeof(head)) return 0;
    memcpy(head, folded, n);
    head[n] = 0;
  } else {
    const char *last = strrchr(folded, ' ') + 1;
    if (strlen(last) >= sizeof(head)) return 0;
    strcpy(head, last);
  }
  if (strlen(head) < 3 || is_head_stop(head) || strchr(head, '-')) return 0;
  return add_currency(st, head, code, TF_CUR_NAME, TF_CF_POSTFIX_ONLY,
                      current ? PRIO_HEAD : PRIO_HEAD_OLD);
}

/* ICU's codes and names (tf_icu_data.h: the rows ucurr_openISOCurrencies, ucurr_getName
** and ucurr_getPluralName gave at build time), current or withdrawn ones. */
static int add_icu_currencies(builder_state *st, int current) {
  /* the press's languages (en fr de es it pt zh); the head noun of a name of several
  ** words comes first in the Romance ones ("dólar estadounidense"), last in English and
  ** German ("Schweizer Franken") */
  static const int head_first[TF_ICU_CURRENCY_LOCALES] = {0, 1, 0, 1, 1, 1, 0};
  for (size_t i = 0; i < tf_icu_currency_count; i++) {
    const tf_icu_currency *row = &tf_icu_currencies[i];
    if (row->current != current) continue;
    const char *code = row->code;
    char lower[4] = {(char)(code[0] | 0x20), (char)(code[1] | 0x20), (char)(code[2] | 0x20), 0};
    int flags = in_codes(&never_bare, code) ? TF_CF_NEVER_BARE : 0;
    if (in_codes(&lower_ok, code)) flags |= TF_CF_LOWER_OK;
    if (add_currency(st, lower, code, TF_CUR_CODE, flags, current ? PRIO_ICU : PRIO_ICU_OLD))
      return TF_NOMEM;
    for (int l = 0; l < TF_ICU_CURRENCY_LOCALES; l++) {
      /* long name, plural one, other, many; symbol and narrow symbol for en and fr */
      for (int variant = 0; variant < (l < 2 ? 6 : 4); variant++) {
        uint32_t at = row->name[tf_icu_currency_slot(l, variant)];
        if (at == TF_ICU_NONE) continue;
        const char *utf8 = tf_icu_strings + at;
        char folded[256];
        if (tf_fold_string(utf8, (int)strlen(utf8), folded, sizeof folded) <= 0) continue;
        int r = 0;
        if (variant >= 4) {
          if (useful_symbol(folded, code))
            r = add_currency(st, folded, code, TF_CUR_SYMBOL, 0, current ? PRIO_ICU : PRIO_ICU_OLD);
        } else {
          /* the later languages' single words ("Dram", "Sum", "Real") are more often
          ** words than money: their press forms are in currencies.tsv */
          /* (Chinese names are whole words: "尼日利亚奈拉", "人民币") */
          if (l < 2 || strchr(folded, ' ') ||
              (l == 6 && variant == 0 && (unsigned char)folded[0] >= 0xE3))
            r = add_icu_name(st, folded, code, current, head_first[l]);
        }
        if (r) return TF_NOMEM;
      }
    }
  }
  return TF_OK;
}

/* ------------------------------------------------------------------------ */

/* ASCII letters and digits */
static const unsigned char ascii_word[128] = {
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1,
  ['9'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
  ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1,
  ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
  ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1,
  ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
  ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1};

/* Bytes of a cue scan: a word byte gives itself, ASCII lower-cased (0: not a
** word byte; E2 starts ’ and other marks); a word never starts on a
** continuation byte, so "l’Ontario" starts at the O. */
static unsigned char cue_word_byte[256], cue_start_byte[256];

static void build_cue_tables(void) {
  for (int b = 0; b < 256; b++) {
    int word = b < 0x80 ? ascii_word[b] : b != 0xE2;
    cue_word_byte[b] = word ? (unsigned char)(b >= 'A' && b <= 'Z' ? b | 0x20 : b) : 0;
    cue_start_byte[b] = b < 0x80 ? ascii_word[b] : b >= 0xC0 && b != 0xE2;
  }
}

int tf_currency_init(char *err, size_t size) {
  local_rule_count = 0;
  build_cue_tables();
  int rc = read_data(err, size);
  if (rc == TF_OK) {
    if (tf_word_map_init(&local_cue_map, local_cue_count / 2)) rc = TF_NOMEM;
    for (size_t i = 0; rc == TF_OK && i < local_cue_count; i += 2)
      tf_word_map_put(&local_cue_map, local_cues[i], (int32_t)local_cues[i + 1]);
  }
  builder_state st = {0};
  if (rc == TF_OK) {
    st.trie = tf_trie_builder_new();
    if (!st.trie) rc = TF_NOMEM;
  }
  if (rc == TF_OK) rc = add_icu_currencies(&st, 1);
  if (rc == TF_OK) rc = add_icu_currencies(&st, 0);
  for (size_t i = 0; rc == TF_OK && i < press_count; i++) {
    const press_form *f = &press_forms[i];
    if (add_currency(&st, press_keys.p + f->key, f->code, f->kind, f->flags, PRIO_PRESS))
      rc = TF_NOMEM;
  }
  free_lists();
  if (rc == TF_OK && tf_word_map_init(&table.first_words, st.first_word_count)) rc = TF_NOMEM;
  if (rc != TF_OK) {
    tf_trie_builder_free(st.trie);
    tf_free(st.entries);
    tf_free(st.first_words);
    return rc;
  }
  for (size_t i = 0; i < st.first_word_count; i++)
    tf_word_map_put(&table.first_words, st.first_words[i], 1);
  tf_free(st.first_words);
  table.trie = tf_trie_build(st.trie);
  table.entry = st.entries;
  table.count = st.count;
  return table.trie ? TF_OK : TF_NOMEM;
}

const tf_currencies *tf_currencies_get(void) { return &table; }

void tf_currency_teardown(void) {
  free_lists();
  tf_trie_free(table.trie);
  tf_free((void *)table.entry);
  tf_word_map_free(&table.first_words);
  tf_word_map_free(&local_cue_map);
  local_rule_count = 0;
  memset(tf_local_cue_bits, 0, sizeof tf_local_cue_bits);
  memset(local_cue_starts, 0, sizeof local_cue_starts);
  memset(tf_local_cue_trigrams, 0, sizeof tf_local_cue_trigrams);
  memset(&table, 0, sizeof table);
}


int tf_currency_local_cue_slow(uint64_t word_hash) {
  int32_t rule;
  return tf_word_map_get(&local_cue_map, word_hash ? word_hash : 1, &rule) ? rule : -1;
}

void tf_currency_local_count(const unsigned char *s, size_t len, size_t p, unsigned *counts) {
  /* Cues are capitalised: find the next ASCII capital (sixteen bytes at a time,
  ** tf_ascii_capital_next), then check that it starts a word: the byte before is
  ** no letter, digit or UTF-8 letter byte (a continuation byte after ’ is fine:
  ** "l’Ontario"). */
  size_t floor = p;
  while (p < len) {
    p = tf_ascii_capital_next(s, len, p);
    if (p >= len) break;
    size_t start = p++;
    if (start > floor) {
      unsigned char b = s[start - 1];
      if (b < 0x80 ? ascii_word[b] : (b >= 0xC0 || !(start >= 3 && s[start - 3] == 0xE2))) continue;
    }
    if (start + 1 >= len) break;
    unsigned i = start_index(s + start);
    if (!(local_cue_starts[i >> 3] >> (i & 7) & 1)) continue;
    uint64_t h = CUE_HASH_SEED;
    unsigned char c;
    p = start;
    while (p < len && (c = cue_word_byte[s[p]]) != 0) {
      h = (h ^ c) * CUE_HASH_PRIME;
      p++;
    }
    if (p - start < 3 || !h) continue;
    if (!(tf_local_cue_bits[(h & 0xFFFF) >> 3] >> (h & 7) & 1)) continue;
    int32_t rule;
    if (tf_word_map_get(&local_cue_map, h, &rule)) counts[rule]++;
  }
}

void tf_currency_local_decide(const unsigned *counts, tf_local_reading *out) {
  memset(out, 0, sizeof *out);
  /* Per generic code: the local currency with the most cues, when it has more
  ** than the generic code's own. */
  for (size_t i = 0; i < local_rule_count; i++) {
    const tf_local_rule *r = &local_rules[i];
    if (memcmp(r->local, r->generic, 3) == 0 || counts[i] == 0) continue;
    unsigned own = 0, best = 0;
    for (size_t j = 0; j < local_rule_count; j++) {
      if (memcmp(local_rules[j].generic, r->generic, 3) != 0) continue;
      if (memcmp(local_rules[j].local, r->generic, 3) == 0) own = counts[j];
      else if (j != i && counts[j] > best) best = counts[j];
    }
    if (counts[i] > own && counts[i] > best && out->count < TF_LOCAL_RULES_MAX) {
      memcpy(out->rule[out->count].generic, r->generic, 4);
      memcpy(out->rule[out->count].local, r->local, 4);
      out->count++;
    }
  }
}

int tf_currency_lookup(const char *text, size_t len, char code[4]) {
  char folded[256];
  if (len == 0 || len > 200) return 0;
  int n = tf_fold_string(text, (int)len, folded, sizeof folded);
  if (n <= 0) return 0;
  int32_t v = tf_trie_get(table.trie, folded, (size_t)n);
  if (v < 0) return 0;
  const tf_currency_entry *e = &table.entry[v];
  if (e->kind == TF_CUR_MINOR || !e->code[0]) return 0;
  memcpy(code, e->code, 4);
  return 1;
}
