/* tf_money.c — see tf_money.h for what it finds and how. */
#include "tf_money.h"
#include "tf_core.h"
#include "tf_currency.h"
#include "tf_data.h"
#include "tf_fold.h"
#include "tf_icu_data.h"
#include "tf_lang.h"
#include "tf_lexicon.h"
#include "tf_number.h"
#include "tf_utf8.h"
#include "tf_words.h"
#include <math.h>
#include <string.h>

/* ------------------------------------------------------------------------ */
/* The money words of ext/data/money.tsv. */

enum {
  W_PERCENT,
  W_CENTS_AND,
  W_RANGE_AND,
  W_RANGE_TO,
  W_FOLLOW,
  W_WIRE_UNIT,
  W_WIRE_MILLION,
  W_WIRE_BILLION,
  W_MONEY_NOUN,
  W_PART,
  W_COUNT_CUE,
  W_CHANGE,
  W_MIN_AFTER,
  W_MAX_AFTER,
  W_SCALE_ARTICLE,
  W_WEIGHT_CUE,
  W_MONEY_CONTEXT,
  W_YEAR_BEFORE,
  W_ALTERNATIVE,
  W_NEGATION,
  W_CHANGE_OPEN,
  W_IMPLIED_CURRENCY,
  W_COUNTER,
  W_APPROX_AFTER,
  W_COUNT_OF,
  W_COUNT
};
static const char *const word_classes[] = {
  "percent",     "cents_and",        "range_and",    "range_to",     "follow",
  "wire_unit",   "wire_million",     "wire_billion", "money_noun",   "part",
  "count_cue",   "change",           "min_after",    "max_after",    "scale_article",
  "weight_cue",  "money_context",    "year_before",  "alternative",  "negation",
  "change_open", "implied_currency", "counter",      "approx_after", "count_of"};
_Static_assert(sizeof word_classes / sizeof word_classes[0] == W_COUNT,
               "one name per class of money.tsv");
static tf_phrases words[W_COUNT];
/* follow, as hashes of the folded words, per language */
static tf_word_map followers;
/* the first bytes of the count_cue phrases, either case */
static unsigned char count_cue_first[256];
/* The characters of two and three bytes (U+0080..U+FFFF) at which find_atom has nothing
** to do, one bit each: punctuation and spaces (no money starts there, and the word before
** ends), and for a Chinese scan also the ideographs that start no number and no currency
** (most of its text). find_atom steps over a run of them without decoding each one twice
** and asking its class (quiet_run_end). */
static unsigned char quiet_chars[0x10000 / 8], quiet_chars_zh[0x10000 / 8];
/* The words of one or two ASCII letters that first_words holds (the first word of a currency
** name: word_may_be_currency), asked once for each at the start: bit
** tf_currency_short_index(a, 0) for the letter a alone, tf_currency_short_index(a, b) for a,
** b (lower-cased). */
static unsigned char short_first_words[(26 * 27 + 7) / 8];
/* The ASCII bytes a range connector (range_connector_at) may end with, before its white
** space: a dash's, and the last byte of each range word in either case. range_before asks
** for no connector before an amount whose byte before (its spaces aside) is ASCII and none
** of them. range_last_unusable: a range word ends in a space or is empty (no such byte). */
static unsigned char range_last[128];
static int range_last_unusable;
static void build_byte_class(void);

static void build_short_first_words(void) {
  const tf_currencies *cur = tf_currencies_get();
  memset(short_first_words, 0, sizeof short_first_words);
  for (unsigned a = 0; a < 26; a++)
    for (unsigned b = 0; b <= 26; b++) {
      uint64_t h = tf_word_hash_byte(TF_WORD_HASH_SEED, (unsigned char)('a' + a));
      if (b) h = tf_word_hash_byte(h, (unsigned char)('a' + b - 1));
      unsigned k = tf_currency_short_index((unsigned char)('a' + a),
                                           b ? (unsigned char)('a' + b - 1) : 0);
      if (tf_word_map_get(&cur->first_words, h, NULL))
        short_first_words[k >> 3] |= (unsigned char)(1u << (k & 7));
    }
}

/* Fills quiet_chars and quiet_chars_zh (the currencies and numbers are built). */
static void build_quiet_chars(void) {
  const tf_currencies *cur = tf_currencies_get();
  memset(quiet_chars, 0, sizeof quiet_chars);
  memset(quiet_chars_zh, 0, sizeof quiet_chars_zh);
  for (int32_t cp = 0x80; cp < 0x10000; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue; /* no character: invalid bytes */
    int cls = tf_char_class(cp);
    int quiet = cls == TF_CC_OTHER || cls == TF_CC_SPACE || cls == TF_CC_HYPHEN ||
                cls == TF_CC_APOSTROPHE;
    /* (a Chinese scan reads numbers at ideographs and full-width digits) */
    int quiet_zh = (quiet && !(cp >= 0xFF10 && cp <= 0xFF19)) ||
                   (cls == TF_CC_CJK && !tf_currency_ideograph_first(cur, cp) &&
                    !tf_zh_number_start(cp));
    if (quiet) quiet_chars[cp >> 3] |= (unsigned char)(1u << (cp & 7));
    if (quiet_zh) quiet_chars_zh[cp >> 3] |= (unsigned char)(1u << (cp & 7));
  }
}

static void build_range_last(void) {
  static const int lists[] = {W_RANGE_AND, W_RANGE_TO};
  memset(range_last, 0, sizeof range_last);
  range_last['-'] = range_last['~'] = 1;
  range_last_unusable = 0;
  for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++)
    for (size_t i = 0; i < words[lists[k]].count; i++) {
      const tf_phrase *ph = &words[lists[k]].items[i];
      unsigned char b = ph->len ? (unsigned char)ph->text[ph->len - 1] : ' ';
      if (b == ' ') range_last_unusable = 1;
      if (b >= 0x80) continue;
      range_last[b] = 1;
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') range_last[b ^ 0x20] = 1;
    }
}

int tf_money_init(char *err, size_t size) {
  int rc = tf_phrases_load(words, word_classes, W_COUNT, "money.tsv", tf_data_money, err, size);
  if (rc != TF_OK) return rc;
  memset(count_cue_first, 0, sizeof count_cue_first);
  for (size_t i = 0; i < words[W_COUNT_CUE].count; i++) {
    unsigned char b = (unsigned char)words[W_COUNT_CUE].items[i].text[0];
    count_cue_first[b] = 1;
    if (b >= 'a' && b <= 'z') count_cue_first[b - 32] = 1;
    if (b >= 'A' && b <= 'Z') count_cue_first[b + 32] = 1;
  }
  build_quiet_chars();
  build_short_first_words();
  build_byte_class();
  build_range_last();
  const tf_phrases *f = &words[W_FOLLOW];
  if (tf_word_map_init(&followers, f->count)) return TF_NOMEM;
  for (size_t i = 0; i < f->count; i++) {
    char folded[64];
    uint64_t hash;
    int n = tf_fold_string(f->items[i].text, (int)f->items[i].len, folded, sizeof folded);
    if (n <= 0 || !tf_key_first_word_hash(folded, &hash) || strchr(folded, ' '))
      return tf_core_fail(err, size, "money.tsv: follow '%.*s' is not one word",
                          (int)f->items[i].len, f->items[i].text);
    int32_t langs = 0;
    tf_word_map_get(&followers, hash, &langs);
    tf_word_map_put(&followers, hash, langs | (int32_t)f->items[i].langs);
  }
  return TF_OK;
}

void tf_money_teardown(void) {
  for (int k = 0; k < W_COUNT; k++) tf_phrases_free(&words[k]);
  tf_word_map_free(&followers);
}

static size_t word_at(int k, const unsigned char *s, size_t len, size_t p, int lang) {
  return tf_phrases_at(&words[k], s, len, p, lang);
}

#define MAX_CARRY 1500        /* bytes: how far back, within a paragraph, a currency is carried */
#define MAX_CARRY_AHEAD 3000  /* bytes: how far ahead, within a paragraph */
#define MAX_LIST_GAP 400      /* bytes between two items of a list of amounts */
#define LOCAL_MIN_TEXT 400    /* bytes: shorter texts keep the default reading */
#define LOCAL_READ_AHEAD 1000 /* bytes after the first generic form read for cues */
#define MAX_WORDS_BACK 10     /* words looked at before a currency name */

static int is_digit(unsigned char b) { return b >= '0' && b <= '9'; }
static int is_ascii_alpha(unsigned char b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

/* Is the character just before p part of a word? (Inline: find_atom asks at
** every byte that is not part of a word.) */
static inline int word_before(const unsigned char *s, size_t p) {
  if (p == 0) return 0;
  if (s[p - 1] < 0x80) return is_ascii_alpha(s[p - 1]) || is_digit(s[p - 1]);
  size_t prev;
  int c = tf_char_class(tf_utf8_decode_before3(s, p, &prev));
  return c == TF_CC_LETTER || c == TF_CC_DIGIT || c == TF_CC_CJK;
}

/* Where the word that ends at p starts (not before floor), by whole characters. */
static size_t word_start(const unsigned char *s, size_t floor, size_t p) {
  while (p > floor && word_before(s, p)) {
    size_t prev;
    tf_utf8_decode_before3(s, p, &prev);
    if (prev < floor) break;
    p = prev;
  }
  return p;
}

/* Length of an apostrophe at p (' or ’), or 0. */
static size_t apostrophe_at(const unsigned char *s, size_t len, size_t p) {
  if (p < len && s[p] == '\'') return 1;
  if (p + 2 < len && s[p] == 0xE2 && s[p + 1] == 0x80 && s[p + 2] == 0x99) return 3;
  return 0;
}

/* A percent after a number ("20 %", "5 pour cent", "3 percent") makes it no money. */
static int percent_after(const unsigned char *s, size_t len, size_t p, int lang) {
  p += tf_hspace_at(s, len, p);
  if (p >= len) return 0;
  if (s[p] == '%') return 1;
  if (p + 2 < len && s[p] == 0xE2 && s[p + 1] == 0x80 && s[p + 2] == 0xB0) return 1; /* ‰ */
  return tf_phrases_may_start(&words[W_PERCENT], s[p]) && word_at(W_PERCENT, s, len, p, lang) != 0;
}

/* "de", "d'", "d’" (French, Spanish, Portuguese), "di" (Italian) after a scale word, then
** the currency. Returns the position after it (and its spaces), or 0. */
static size_t connector_after(const unsigned char *s, size_t len, size_t p) {
  if (p < len && (s[p] | 0x20) == 'd') {
    size_t a = apostrophe_at(s, len, p + 1);
    if (a) return p + 1 + a + tf_hspace_at(s, len, p + 1 + a);
    if (p + 1 < len && ((s[p + 1] | 0x20) == 'e' || (s[p + 1] | 0x20) == 'i')) {
      size_t sp = tf_hspace_at(s, len, p + 2);
      if (sp) return p + 2 + sp;
    }
  }
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Currency tokens. */
typedef struct currency_token {
  size_t start, end;
  const tf_currency_entry *entry;
  double scale; /* "MUSD" = million US dollars */
} currency_token;

/* Does the letter case of a code in the text allow it? */
static int code_case_ok(const unsigned char *s, size_t start, size_t end,
                        const tf_currency_entry *e, int never_bare_ok) {
  int upper = 0, lower = 0;
  for (size_t i = start; i < end; i++) {
    if (s[i] >= 'A' && s[i] <= 'Z') upper++;
    else if (s[i] >= 'a' && s[i] <= 'z') lower++;
  }
  if (lower == 0) return never_bare_ok || !(e->flags & TF_CF_NEVER_BARE);
  if (upper == 0) return (e->flags & TF_CF_LOWER_OK) != 0;
  return 0;
}

/* Is s[p] an ideograph with which no currency key starts, given the character after it?
** Most ideographs that begin a currency name also begin everyday words (人 of 人民币, 美
** of 美元, 日 of 日元): when the ideograph is no key alone and the pair with the character
** after it starts no key (tf_currency_ideograph_pair), the trie walk would stop at the
** second character. Both are read folded, as the trie reads them (tf_fold_wide: above the
** Latin table, a character folds to one code point). */
static int ideograph_starts_no_key(const unsigned char *s, size_t len, size_t p) {
  int32_t cp = tf_utf8_char3_at(s, len, p);
  if (cp < 0x3400 || cp >= 0xA000) return 0;
  const tf_currencies *cur = tf_currencies_get();
  int32_t first = tf_fold_wide(cp), second = tf_utf8_char3_at(s, len, p + 3);
  if (first >= 0x3400 && first < 0xA000 && !tf_currency_ideograph_first(cur, first)) return 1;
  return second >= TF_CLASS_TABLE_LIMIT &&
         !tf_currency_ideograph_pair(cur, first, tf_fold_wide(second));
}

/* Can a currency name's first word start with the lower-case letters a, b, c, then the
** byte d (its first four letters when d is an ASCII letter, of either case; three letters
** otherwise)? first_trigrams and first_tetragrams hold those of every first word, so a no
** is certain. */
static inline int may_start_currency(const tf_currencies *cur, unsigned char a, unsigned char b,
                                     unsigned char c, unsigned char d) {
  unsigned i = tf_currency_trigram(a, b, c);
  if (!(cur->first_trigrams[i >> 3] >> (i & 7) & 1)) return 0;
  if (!is_ascii_alpha(d)) return 1;
  unsigned j = tf_currency_tetragram(a, b, c, (unsigned char)(d | 0x20));
  return cur->first_tetragrams[j >> 3] >> (j & 7) & 1;
}

/* Does s[p] start a word of three ASCII letters or more, the second one small, that no
** currency currency_at accepts without minor units can start? None when no first word
** of a name starts so (may_start_currency): a key of one to three letters would leave
** the word going on, the codes left out of first_words need capitals (code_case_ok), and
** a small second letter is no "MUSD". Most words after a number ("2024 the", "15 per")
** are such, and the trie is not walked for them. */
static int latin_word_starts_no_key(const tf_currencies *cur, const unsigned char *s, size_t len,
                                    size_t p) {
  if (p + 3 >= len || !is_ascii_alpha(s[p]) || s[p + 1] < 'a' || s[p + 1] > 'z' ||
      !is_ascii_alpha(s[p + 2]))
    return 0;
  return !may_start_currency(cur, s[p] | 0x20, s[p + 1], s[p + 2] | 0x20, s[p + 3]);
}

/* The currency that starts at p, if any (longest valid key). Minor units
** only when allow_minor has CUR_MINOR; the codes that are mostly words (PHP,
** MAD) only with CUR_NEVER_BARE, next to a number (find_atom checks the
** sentence is about money). */
enum { CUR_MINOR = 1, CUR_NEVER_BARE = 2 };
static int currency_at(const tf_money_scanner *sc, size_t p, currency_token *out, int allow_minor) {
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  const tf_currencies *cur = tf_currencies_get();
  if (p >= len || ideograph_starts_no_key(s, len, p) ||
      (!(allow_minor & CUR_MINOR) && latin_word_starts_no_key(cur, s, len, p)))
    return 0;
  tf_trie_hit hits[6];
  int n = tf_trie_match(cur->trie, s, len, p, hits, 6);
  for (int i = n - 1; i >= 0; i--) {
    const tf_currency_entry *e = &cur->entry[hits[i].value];
    size_t end = hits[i].end;
    if (e->kind == TF_CUR_MINOR ? !(allow_minor & CUR_MINOR) : !e->code[0]) continue;
    /* A key ending in a letter must end the word ("euro" is not in "europe",
    ** and "$ c" is not in "$ c'est"). */
    int last_is_letter = (tf_word_char_at(s, end, end - 1) || s[end - 1] == '.') &&
                         !tf_ends_ideograph(s, p, end); /* "亿元，": Chinese has no spaces */
    if (last_is_letter && s[end - 1] != '.') {
      if (end < len && !is_digit(s[end]) && tf_word_char_at(s, len, end)) continue;
      if (apostrophe_at(s, len, end)) continue;
      if (e->kind == TF_CUR_NAME && end < len && is_digit(s[end])) continue;
    }
    if (e->kind == TF_CUR_CODE && !code_case_ok(s, p, end, e, (allow_minor & CUR_NEVER_BARE) != 0))
      continue;
    out->start = p;
    out->end = end;
    out->entry = e;
    /* "9 mmdd", "500 mdp": a form that holds its scale */
    out->scale = e->flags & TF_CF_MILLION ? 1e6 : e->flags & TF_CF_BILLION ? 1e9 : 1;
    return 1;
  }
  /* "MUSD", "MEUR", "kEUR": a scale glued to a code. */
  if (p + 4 <= len && (s[p] == 'M' || s[p] == 'K' || s[p] == 'k') &&
      !tf_word_char_at(s, len, p + 4)) {
    char key[4];
    for (int i = 0; i < 3; i++) {
      unsigned char c = s[p + 1 + i];
      if (c < 'A' || c > 'Z') return 0;
      key[i] = (char)(c | 0x20);
    }
    key[3] = 0;
    int32_t v = tf_trie_get(cur->trie, key, 3);
    if (v < 0 || cur->entry[v].kind != TF_CUR_CODE || !cur->entry[v].code[0]) return 0;
    out->start = p;
    out->end = p + 4;
    out->entry = &cur->entry[v];
    out->scale = s[p] == 'M' ? 1e6 : 1e3;
    return 1;
  }
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Numbers found backwards: the number that ends exactly at `end`, starting at
** or after floor. Words and digits; tries the farthest start first, so that
** "cent soixante millions" wins over "soixante millions". */
static int number_ending_at(const tf_money_scanner *sc, size_t end, size_t floor, unsigned options,
                            tf_number *out) {
  const unsigned char *s = sc->s;
  if (sc->lang == TF_LANG_ZH) { /* "5.9至6.5萬億港元": back over digits and numerals */
    size_t q = end, prev;
    while (q > floor) {
      int32_t cp = tf_utf8_decode_before3(s, q, &prev);
      if (prev < floor || !(is_digit((unsigned char)(cp < 0x80 ? cp : 0)) || cp == '.' ||
                            cp == ',' || tf_zh_number_start(cp)))
        break;
      q = prev;
    }
    while (q < end && (s[q] == '.' || s[q] == ',')) q++;
    return q < end && tf_parse_number_zh(s, end, q, out) && out->end == end;
  }
  size_t starts[MAX_WORDS_BACK];
  int count = 0;
  size_t p = end;
  while (count < MAX_WORDS_BACK && p > floor) {
    /* Back over one word. */
    size_t q = p;
    while (q > floor) {
      size_t prev;
      int32_t cp = tf_utf8_decode_before3(s, q, &prev);
      int c = tf_char_class(cp);
      int inside = c == TF_CC_LETTER || c == TF_CC_DIGIT ||
                   (cp == '.' || cp == ',' || cp == '\''
                      ? (q < p && prev > floor && is_digit(s[prev - 1]) && is_digit(s[q]))
                      : 0);
      if (!inside || prev < floor) break;
      q = prev;
    }
    if (q == p) break;
    starts[count++] = q;
    /* Back over one separator: a space or a hyphen. */
    if (q <= floor) break;
    size_t prev;
    int32_t cp = tf_utf8_decode_before3(s, q, &prev);
    int c = tf_char_class(cp);
    if (c != TF_CC_SPACE && c != TF_CC_HYPHEN) break;
    if (cp == '\n' || cp == '\r') break;
    p = prev;
  }
  for (int i = count - 1; i >= 0; i--) {
    if (word_before(s, starts[i])) continue;
    tf_number n;
    if (tf_parse_number(s, end, starts[i], sc->lang, options, &n) && n.end == end) {
      *out = n;
      return 1;
    }
  }
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Cents: "3 dollars 50 cents", "$20 and 43c", "15 dollars et 15", "thirteen
** dollars forty five". Adds them to an atom whose amount is a whole number. */
static void extend_with_cents(const tf_money_scanner *sc, tf_money_atom *a) {
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  if (a->has_scale || a->inherited || a->value < 0 || a->value != floor(a->value)) return;
  size_t p = a->end, sp = tf_hspace_at(s, len, p);
  if (!sp) return;
  p += sp;
  size_t and_len = word_at(W_CENTS_AND, s, len, p, sc->lang);
  if (and_len) {
    size_t sp2 = tf_hspace_at(s, len, p + and_len);
    if (!sp2) return;
    p += and_len + sp2;
  }
  double cents;
  size_t q;
  int unit = 0;
  if (p < len && is_digit(s[p])) {
    size_t d = 0;
    while (p + d < len && is_digit(s[p + d])) d++;
    if (d > 2) return;
    cents = s[p] - '0';
    if (d == 2) cents = cents * 10 + (s[p + 1] - '0');
    q = p + d;
    if (q < len && (s[q] == 'c' || s[q] == 'p') && !tf_word_char_at(s, len, q + 1)) {
      q++;
      unit = 1;
    }
  } else {
    tf_number n;
    if (!tf_parse_number(s, len, p, sc->lang, TF_NUM_WORDS_ONLY | TF_NUM_NO_SCALE, &n)) return;
    if (n.flags & TF_NF_ARTICLE) return;
    cents = n.value;
    q = n.end;
  }
  if (cents < 1 || cents > 99) return;
  if (!unit) {
    currency_token minor;
    size_t sp3 = tf_hspace_at(s, len, q);
    if (currency_at(sc, q + sp3, &minor, 1) && minor.entry->kind == TF_CUR_MINOR) {
      q = minor.end;
      unit = 1;
    }
  }
  /* "12 000 000 $ et 3,5 millions": a decimal number, not cents */
  if (q + 1 < len && (s[q] == ',' || s[q] == '.') && is_digit(s[q + 1])) return;
  if (!unit && q < len) {
    /* Without a unit word, the cents must end the phrase. */
    size_t sp4 = tf_hspace_at(s, len, q);
    if (sp4) {
      size_t r = q + sp4;
      if (r < len && !word_at(W_CENTS_AND, s, len, r, sc->lang) &&
          (tf_word_char_at(s, len, r) || tf_currency_symbol_at(s, len, r)))
        return;
    } else if (tf_word_char_at(s, len, q) || tf_currency_symbol_at(s, len, q) || s[q] == '%') {
      return;
    }
  }
  a->value += cents / 100;
  a->end = q;
}

/* ------------------------------------------------------------------------ */
/* A blank line between two positions: the currency of a paragraph is not
** carried into the next one. */
static int crosses_paragraph(const unsigned char *s, size_t from, size_t to) {
  const unsigned char *p = s + from, *end = s + to;
  while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
    const unsigned char *q = p + 1;
    while (q < end && (*q == ' ' || *q == '\t' || *q == '\r')) q++;
    if (q < end && *q == '\n') return 1;
    p = q;
  }
  return 0;
}

/* Words that may follow an amount whose currency is inherited ("contre 13,5
** milliards un an plus tôt", "and $7 billion in 2026"). A noun there means the
** number counts something else ("75 millions d’utilisateurs", "20 million users"). */
static int inherit_follower_ok(const unsigned char *s, size_t len, size_t p, int lang,
                               double scale) {
  size_t sp = tf_hspace_at(s, len, p);
  /* "8 milliards de bénéfice net", "$5 million in revenue": a money noun */
  if (sp && word_at(W_MONEY_NOUN, s, len, p + sp, lang)) return 1;
  if (!sp) return !tf_word_char_at(s, len, p) && !apostrophe_at(s, len, p);
  p += sp;
  if (!tf_word_char_at(s, len, p) || is_digit(s[p])) return 1;
  /* a year's preposition and the year: "18,1 milhões de 2022", "2,12 milioni del 2021" */
  size_t yw = word_at(W_YEAR_BEFORE, s, len, p, lang);
  if (yw) {
    size_t y = p + yw + tf_hspace_at(s, len, p + yw);
    if (y + 4 <= len && (s[y] == '1' || s[y] == '2') && is_digit(s[y + 1]) && is_digit(s[y + 2]) &&
        is_digit(s[y + 3]) && (y + 4 == len || !tf_word_char_at(s, len, y + 4)))
      return 1;
  }
  /* Spanish, Italian, Portuguese: "millones", "milioni", "milhões" name what they count
  ** through "de", "di", "da" ("75 millones de usuarios"); any other word after them leaves
  ** the money ("3 millones corresponderán a …") — not "mil", "mila": "40mila addetti" */
  if ((lang == TF_LANG_ES || lang == TF_LANG_IT || lang == TF_LANG_PT) && scale >= 1e6)
    return !word_at(W_COUNT_OF, s, len, p, lang);
  char word[24];
  size_t n = 0;
  while (p < len && n < sizeof word - 1) {
    size_t next;
    int32_t cp = tf_utf8_decode3(s, len, p, &next);
    int c = tf_char_class(cp);
    if (c != TF_CC_LETTER) break;
    unsigned char f[4];
    int k = tf_fold(cp, f);
    if (n + (size_t)k >= sizeof word) return 0;
    memcpy(word + n, f, (size_t)k);
    n += (size_t)k;
    p = next;
  }
  word[n] = 0;
  uint64_t hash;
  int32_t langs;
  return n && tf_key_first_word_hash(word, &hash) && tf_word_map_get(&followers, hash, &langs) &&
         (langs & (int32_t)tf_lang_bits(lang));
}

/* ------------------------------------------------------------------------ */
/* Atoms. */
static void atom_from_parts(tf_money_atom *a, size_t start, size_t end, const tf_number *n,
                            const currency_token *c) {
  a->start = start;
  a->end = end;
  a->number_start = n->start;
  a->base = n->base;
  a->scale = n->scale;
  a->value = n->value;
  a->has_scale = (n->flags & TF_NF_SCALE) != 0;
  a->decimals = n->decimals;
  memcpy(a->currency, c->entry->code, 4);
  a->inherited = 0;
  a->generic = (c->entry->flags & TF_CF_GENERIC) != 0;
  a->flags = c->entry->flags;
  a->more = 0;
  if (c->scale != 1 && !a->has_scale) {
    a->scale = c->scale;
    a->value = tf_scale_value(a->base, a->decimals, c->scale);
    a->has_scale = 1;
  }
}

/* "75 USD million": a scale after the currency. */
static void scale_after_currency(const tf_money_scanner *sc, tf_money_atom *a) {
  if (a->has_scale) return;
  double scale;
  size_t end;
  if (tf_hspace_at(sc->s, sc->len, a->end) &&
      tf_parse_scale(sc->s, sc->len, a->end, sc->lang, &scale, &end) &&
      !tf_word_char_at(sc->s, sc->len, end)) {
    a->scale = scale;
    a->value = tf_scale_value(a->base, a->decimals, scale);
    a->has_scale = 1;
    a->end = end;
  }
}

static int find_atom(tf_money_scanner *sc, tf_money_atom *a);

/* ------------------------------------------------------------------------ */
/* Carried currency: amounts whose currency (or scale) the text gives once. */

/* Was this value the amount of a recent mention? Its currency, or NULL. */
static const char *recent_currency(const tf_money_scanner *sc, double value) {
  for (int i = 0; i < sc->recent_count && i < TF_MONEY_RECENT; i++)
    if (sc->recent_value[i] == value) return sc->recent_currency[i];
  return NULL;
}

/* The folded hash of the word after p (spaces first), or 0. */
static uint64_t word_after(const unsigned char *s, size_t len, size_t p) {
  size_t sp = tf_hspace_at(s, len, p);
  if (!sp || p + sp >= len || is_digit(s[p + sp]) || !tf_word_char_at(s, len, p + sp)) return 0;
  tf_word_info w;
  tf_scan_word(s, len, p + sp, &w);
  return w.letters ? w.hash : 0;
}

/* Is the byte before p, spaces skipped, an opening parenthesis? */
static int paren_before(const unsigned char *s, size_t p) {
  while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\n')) p--;
  return p > 0 && s[p - 1] == '(';
}

/* The currency of the next mention written with its own, ahead of p in the
** same paragraph (a heading, or "1,75 million et 600 000 euros"). */
static int currency_ahead(tf_money_scanner *sc, size_t p, char currency[4]) {
  if (sc->ahead_valid && p >= sc->ahead_from && p < sc->ahead_at) {
    memcpy(currency, sc->ahead_currency, 4);
    return sc->ahead_currency[0] != 0;
  }
  tf_money_scanner look = *sc;
  look.pos = p;
  look.looking_ahead = 1;
  look.has_pending = 0;
  size_t limit = p + MAX_CARRY_AHEAD < sc->len ? p + MAX_CARRY_AHEAD : sc->len;
  look.len = limit;
  tf_money_atom b;
  sc->ahead_valid = 1;
  sc->ahead_from = p;
  sc->ahead_currency[0] = 0;
  sc->ahead_at = limit;
  size_t open = p + tf_hspace_at(sc->s, sc->len, p);
  int paren = open < sc->len && sc->s[open] == '(';
  while (find_atom(&look, &b)) {
    if (b.inherited) continue;
    if (crosses_paragraph(sc->s, p, b.start)) break;
    /* "1,6 milliard (2,5 milliards de dollars)": the amount in brackets is the
    ** same sum in another currency. */
    if (paren && b.start - open <= 24) {
      sc->ahead_valid = 0;
      return 0;
    }
    sc->ahead_at = b.start;
    memcpy(sc->ahead_currency, b.currency, 4);
    break;
  }
  if (!look.local_done) {
    /* nothing to keep */
  } else if (!sc->local_done) {
    sc->local = look.local;
    sc->local_done = 1;
  }
  memcpy(currency, sc->ahead_currency, 4);
  return currency[0] != 0;
}

/* Does the sentence before p say the numbers in it count things ("the number
** of accounts rose from 3 million …", "le nombre d'abonnés")? */
static int counted_in_sentence(const tf_money_scanner *sc, size_t p) {
  const unsigned char *s = sc->s;
  size_t floor = p > 300 ? p - 300 : 0;
  for (size_t q = p; q > floor; q--) {
    unsigned char b = s[q - 1];
    if (b == '.' || b == '!' || b == '?' || b == '\n') {
      if (b != '.' || q - 1 == 0 || !is_digit(s[q - 2])) break;
    }
    if (count_cue_first[b] && !word_before(s, q - 1) &&
        word_at(W_COUNT_CUE, s, sc->len, q - 1, sc->lang))
      return 1;
  }
  return 0;
}

/* "dont 9 millions apportés par …", "y compris 3 millions": a part word among
** the two words before p. */
static int part_before(const tf_money_scanner *sc, size_t p) {
  const unsigned char *s = sc->s;
  size_t before = p;
  while (before > 0 && s[before - 1] == ' ') before--;
  size_t end = before;
  for (int back = 0; back < 2; back++) {
    while (end > 0 && s[end - 1] == ' ') end--;
    size_t w = word_start(s, 0, end);
    if (w == end) return 0;
    if (word_at(W_PART, s, sc->len, w, sc->lang) == before - w) return 1;
    end = w;
  }
  return 0;
}

static int word_between(const tf_money_scanner *sc, int k, size_t from, size_t to);
static size_t sentence_start(const unsigned char *s, size_t p, size_t back);

/* The currency a text names nowhere but means: German and Italian press write "15
** miliardi", "3 Milliarden" for euros when the article is about money (money.tsv class
** implied_currency, a code per language). Not after an amount in another currency, and
** with a word of money earlier in the sentence ("gli investimenti toccheranno i 15
** miliardi"). Sets currency and returns 1, or 0. */
static int implied_currency(const tf_money_scanner *sc, size_t p, char currency[4]) {
  const tf_phrases *list = &words[W_IMPLIED_CURRENCY];
  unsigned bits = tf_lang_bits(sc->lang);
  for (size_t i = 0; i < list->count; i++) {
    const tf_phrase *ph = &list->items[i];
    if (!(ph->langs & bits) || ph->len != 3 || sc->lang == TF_LANG_AUTO) continue;
    /* (an article that has written another currency means no default) */
    if (sc->last_currency[0] && memcmp(sc->last_currency, ph->text, 3) != 0) return 0;
    if (!word_between(sc, W_MONEY_CONTEXT, sentence_start(sc->s, p, 300), p)) return 0;
    memcpy(currency, ph->text, 3);
    currency[3] = 0;
    return 1;
  }
  return 0;
}

/* Fills *a with the number n and a currency it does not write: scale and value as read
** (the number's own, or those of the list it is an item of). */
static void carried_atom(tf_money_atom *a, const tf_number *n, double scale, double value,
                         const char currency[4]) {
  a->start = a->number_start = n->start;
  a->end = n->end;
  a->base = n->base;
  a->scale = scale;
  a->value = value;
  a->has_scale = scale != 1;
  a->decimals = n->decimals;
  memcpy(a->currency, currency, 4);
  a->inherited = 1;
  a->generic = 0;
  a->flags = 0;
  a->more = 0;
}

/* A number whose currency is not written next to it (tf_money.h says when it
** takes one). Fills *a and returns 1, or 0. */
static int carry_currency(tf_money_scanner *sc, const tf_number *n, tf_money_atom *a) {
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  char currency[4] = {0};
  double scale = n->scale, value = n->value;
  int scaled = (n->flags & TF_NF_SCALE) != 0;
  /* A count since the last amount ("60 millions d'utilisateurs, contre 13
  ** millions pour …") is what a bare number after it goes with. */
  int after_money = sc->last_currency[0] && n->start >= sc->last_money_end &&
                    sc->last_count_end <= sc->last_money_end;
  if (scaled) {
    const char *same = recent_currency(sc, n->value);
    if (same) memcpy(currency, same, 4);
    else if (!inherit_follower_ok(s, len, n->end, sc->lang, n->scale) && !part_before(sc, n->start))
      return 0;
    else if (counted_in_sentence(sc, n->start)) return 0;
    else if (after_money && n->start - sc->last_money_end <= MAX_CARRY &&
             !crosses_paragraph(s, sc->last_money_end, n->start))
      memcpy(currency, sc->last_currency, 4);
    else if (!sc->looking_ahead && currency_ahead(sc, n->end, currency)) {
    } else if (after_money) {
      /* the currency the article was last about */
      memcpy(currency, sc->last_currency, 4);
    } else if (!implied_currency(sc, n->start, currency)) return 0;
  } else {
    /* An item of a list of amounts: "Novartis (8,09 milliards), Nestlé (7,99)",
    ** "115 milliards pour X et 103 pour Y"; it takes the scale of the item before. */
    if (!after_money || n->start - sc->last_money_end > MAX_LIST_GAP || (n->flags & TF_NF_WORDS))
      return 0;
    size_t sp = tf_hspace_at(s, len, n->end);
    int in_parens = sc->last_paren && paren_before(s, n->start) &&
                    ((n->end < len && s[n->end] == ')') ||
                     (sp && n->end + sp < len && s[n->end + sp] == ')'));
    if (!in_parens) {
      if (!sc->last_follow || word_after(s, len, n->end) != sc->last_follow) return 0;
    }
    if (crosses_paragraph(s, sc->last_money_end, n->start)) return 0;
    memcpy(currency, sc->last_currency, 4);
    scale = sc->last_scale;
    value = tf_scale_value(n->base, n->decimals, scale);
    if (!isfinite(value)) return 0;
  }
  carried_atom(a, n, scale, value, currency);
  return 1;
}

/* French financial wires: "412,5 ME" (millions of euros), "15,9 MdsE", "-1,35 E".
** Written in capitals after a space; a lone "E" only after a number with
** decimals or a sign. Sets the atom's currency and scale. */
static int wire_euro_after(const tf_money_scanner *sc, const tf_number *n, size_t q, int signed_,
                           tf_money_atom *a) {
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  if (q >= len || s[q] < 'A' || s[q] > 'Z' || (n->flags & TF_NF_SCALE)) return 0;
  static const double scales[3] = {1, 1e6, 1e9};
  for (int k = 0; k < 3; k++) {
    size_t m = word_at(W_WIRE_UNIT + k, s, len, q, sc->lang);
    if (!m || s[q + m - 1] != 'E') continue;
    if (k == 0 && !(n->flags & TF_NF_DECIMAL) && !signed_) return 0;
    a->start = a->number_start = n->start;
    a->end = q + m;
    a->base = n->base;
    a->decimals = n->decimals;
    a->scale = scales[k];
    a->value = tf_scale_value(n->base, n->decimals, scales[k]);
    a->has_scale = k > 0;
    memcpy(a->currency, "EUR", 4);
    a->inherited = a->generic = a->more = 0;
    a->flags = 0;
    return 1;
  }
  return 0;
}

/* A sign written before a number at p ("-23 M€", "(+4 M€)", "−1,2"): its
** length, with *negative set; 0 when none. A dash after a number is a range's
** ("10 - 20 €"), and one inside a word is a hyphen. */
static size_t sign_before(const unsigned char *s, size_t p, int *negative) {
  size_t n = 0;
  if (p >= 1 && (s[p - 1] == '-' || s[p - 1] == '+')) n = 1;
  else if (p >= 3 && s[p - 3] == 0xE2 && s[p - 2] == 0x88 && s[p - 1] == 0x92) n = 3; /* − */
  if (!n) return 0;
  size_t q = p - n;
  if (q > 0) {
    unsigned char b = s[q - 1];
    if (word_before(s, q) || b == '$' || b == '.' || b == ',' || b == '-' || b == '+') return 0;
    /* "10 - 20": a number before the dash makes it a range's */
    size_t r = q;
    while (r > 0 && (s[r - 1] == ' ' || s[r - 1] == '\t')) r--;
    if (r < q && r > 0 && (is_digit(s[r - 1]) || s[r - 1] == '-')) return 0;
  }
  *negative = n == 3 || s[p - 1] == '-';
  return n;
}

/* Puts a sign found before the atom into it. */
static void apply_sign(tf_money_atom *a, size_t sign_len, int negative) {
  if (!sign_len) return;
  a->start -= sign_len;
  if (negative) {
    a->value = -a->value;
    a->base = -a->base;
  }
}

static size_t range_connector_at(const unsigned char *s, size_t len, size_t p, int lang,
                                 int *needs_opener);

/* Chinese: the fraction after a major unit, at p: minor units ("三毛", "6角三分", "又三
** 美分": 角, 毛, 毫 = 0.1; 分, 仙, 銭 and with their country 美分, 日本銭 = 0.01), a digit with the unit left out ("一块二" =
** 1.2, "五元七毛八" = 5.78), after "零" the hundredths ("三块零四" = 3.04), or "半" (0.5).
** Sets *add and *end, returns 1; 0 when none. */
static int zh_fraction(const unsigned char *s, size_t len, size_t p, double *add, size_t *end) {
  size_t q = p, next;
  int32_t cp = p < len ? tf_utf8_decode3(s, len, p, &next) : 0;
  if (cp == 0x534A) { /* 半 */
    *add = 0.5;
    *end = next;
    return 1;
  }
  double implied = 0.1, total = 0;
  int any = 0;
  if (cp == 0x53C8) q = next; /* 又 */
  else if (cp == 0x96F6 || cp == 0x3007) { /* 零, 〇 */ q = next;
    implied = 0.01;
  }
  for (int k = 0; k < 2; k++) {
    int d = tf_zh_digit_at(s, len, q, 1, &next);
    if (d < 0) break;
    int ascii = s[q] < 0x80 || s[q] == 0xEF;
    size_t after = next, unit_end;
    int32_t u = after < len ? tf_utf8_decode3(s, len, after, &unit_end) : 0;
    double unit = 0;
    if (u == 0x89D2 || u == 0x6BDB || u == 0x6BEB) unit = 0.1;       /* 角 毛 毫 */
    else if (u == 0x5206 || u == 0x4ED9 || u == 0x92AD) unit = 0.01; /* 分 仙 銭 */
    else if (u == 0x7F8E && unit_end < len) {
      size_t e2; /* a minor unit with its country: 美分 */
      if (tf_utf8_decode3(s, len, unit_end, &e2) == 0x5206) {
        unit = 0.01;
        unit_end = e2;
      }
    } else if (u == 0x65E5 && unit_end < len) {
      size_t e2, e3; /* 日本銭 */
      if (tf_utf8_decode3(s, len, unit_end, &e2) == 0x672C && e2 < len &&
          tf_utf8_decode3(s, len, e2, &e3) == 0x92AD) {
        unit = 0.01;
        unit_end = e3;
      }
    }
    if (unit > 0) {
      total += d * unit;
      q = unit_end;
      any = 1;
      implied = unit > 0.05 ? 0.01 : 0;
      continue;
    }
    /* a numeral alone takes the next unit down, if no numeral follows it ("25元2025年": a
    ** digit needs its unit) */
    if (implied == 0 || ascii || tf_zh_number_start(u) || (u >= '0' && u <= '9')) break;
    total += d * implied;
    q = next;
    any = 1;
    break;
  }
  if (!any) return 0;
  *add = total;
  *end = q;
  return 1;
}

/* Chinese: an amount at pos, in digits or numerals, its scale glued ("1200亿元",
** "一千二百亿元", "6.61万亿元", "10 億美元", "3000余万元"), a currency before it
** ("人民币41.57亿元": one amount), after it, or both ("100亿元人民币"). A scaled number
** with no currency is money unless a counter follows it ("8.2亿股", "12万辆"): in the
** currency the paragraph's amounts are in, the next one's, or the press's default
** (money.tsv implied_currency zh: CNY) in a sentence about money. */
static int atom_at_number_zh(tf_money_scanner *sc, size_t pos, tf_money_atom *a, size_t *resume) {
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  currency_token before, c;
  size_t npos = pos;
  int has_before = 0;
  size_t first_end;
  int32_t first = pos < len && s[pos] >= 0x80 ? tf_utf8_decode3(s, len, pos, &first_end) : 0;
  int currency_first = first && tf_currency_ideograph_first(tf_currencies_get(), first);
  /* most characters start neither a number nor a currency: leave at once */
  if (first && !currency_first && !tf_zh_number_start(first)) {
    *resume = first_end;
    return 0;
  }
  if (currency_first && currency_at(sc, pos, &before, 0) && before.entry->kind != TF_CUR_MINOR &&
      !(before.entry->flags & TF_CF_COLLOQUIAL)) {
    has_before = 1;
    npos = before.end + tf_hspace_at(s, len, before.end);
  }
  tf_number n;
  if (!tf_parse_number_zh(s, len, npos, &n)) {
    *resume = has_before ? before.end : n.end > pos ? n.end : pos + 1;
    return 0;
  }
  *resume = n.end > pos ? n.end : pos + 1;
  if (percent_after(s, len, n.end, sc->lang)) return 0;
  int negative = 0;
  size_t sign = sign_before(s, pos, &negative);
  size_t q = n.end + tf_hspace_at(s, len, n.end);
  int found = currency_at(sc, q, &c, 0) && c.entry->kind != TF_CUR_MINOR;
  if (found) {
    size_t end = c.end;
    currency_token again; /* "100亿元人民币" */
    if (currency_at(sc, end, &again, 0) && memcmp(again.entry->code, c.entry->code, 3) == 0)
      end = again.end;
    double add = 0;
    size_t fraction_end = end;
    int fraction = !(n.flags & TF_NF_SCALE) && zh_fraction(s, len, end, &add, &fraction_end);
    if (c.entry->flags & TF_CF_COLLOQUIAL) {
      /* "三块地", "三個人": a counter; "七蚊", "三块钱", "五個半" money */
      size_t next;
      int32_t after = end < len ? tf_utf8_decode3(s, len, end, &next) : 0;
      size_t ge_end;
      int32_t major = tf_utf8_decode3(s, len, c.start, &ge_end);
      int is_ge = major == 0x500B || major == 0x4E2A;     /* 個 个: only with a fraction */
      if (is_ge && !fraction) return 0;                   /* "1 個多月" */
      if (after == 0x94B1 || after == 0x9322) end = next; /* 钱 錢 */
      else if (!fraction && tf_char_class(after) == TF_CC_CJK &&
               !word_at(W_MIN_AFTER, s, len, end, sc->lang) &&
               !word_at(W_MAX_AFTER, s, len, end, sc->lang) &&
               !word_at(W_APPROX_AFTER, s, len, end, sc->lang))
        return 0;
    }
    if (fraction) {
      if (word_at(W_COUNTER, s, len, fraction_end, sc->lang)) return 0; /* "一個半小時" */
      end = fraction_end;
    }
    atom_from_parts(a, has_before ? pos : n.start, end, &n, &c);
    a->end = end;
    if (fraction) {
      a->value += add;
      a->base += add;
      a->decimals = 2;
    }
  } else if (has_before) {
    atom_from_parts(a, pos, n.end, &n, &before);
  } else {
    /* numerals in characters need a currency or a scale; digits need a scale */
    if (!(n.flags & TF_NF_SCALE)) return 0;
    if (word_at(W_COUNTER, s, len, q, sc->lang)) {
      sc->last_count_end = n.end;
      return 0;
    }
    char currency[4] = {0};
    int after_money = sc->last_currency[0] && n.start >= sc->last_money_end &&
                      sc->last_count_end <= sc->last_money_end;
    int needs_opener;
    /* the low end of a range takes the high end's currency: "7,500億至8,300億美元" */
    if (range_connector_at(s, len, n.end, sc->lang, &needs_opener) && !sc->looking_ahead &&
        currency_ahead(sc, n.end, currency)) {
    } else if (after_money && n.start - sc->last_money_end <= MAX_CARRY &&
               !crosses_paragraph(s, sc->last_money_end, n.start))
      memcpy(currency, sc->last_currency, 4);
    else if (!sc->looking_ahead && currency_ahead(sc, n.end, currency)) {
    } else if (!implied_currency(sc, n.start, currency)) {
      return 0;
    }
    carried_atom(a, &n, n.scale, n.value, currency);
  }
  a->more = (n.flags & TF_NF_MORE) != 0;
  apply_sign(a, sign, negative);
  return 1;
}

/* At a digit that starts a word: the number, then maybe its currency. */
static int atom_at_number(tf_money_scanner *sc, size_t pos, tf_money_atom *a, size_t *resume) {
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  tf_number n;
  if (!tf_parse_number(s, len, pos, sc->lang, TF_NUM_NO_WORDS, &n)) {
    *resume = pos + 1;
    return 0;
  }
  *resume = n.numeral_end > pos ? n.numeral_end : pos + 1;
  if (percent_after(s, len, n.end, sc->lang)) return 0;
  int negative = 0;
  size_t sign = sign_before(s, pos, &negative);
  /* ".50 €": a decimal point with no digit before it */
  if (!sign && pos >= 1 && s[pos - 1] == '.' && (pos < 2 || !word_before(s, pos - 1)) &&
      !(n.flags & (TF_NF_DECIMAL | TF_NF_GROUPED | TF_NF_SCALE)) && n.end - pos <= 2) {
    double divisor = n.end - pos == 1 ? 10 : 100;
    n.base = n.value = n.base / divisor;
    n.decimals = (int)(n.end - pos);
    n.flags |= TF_NF_DECIMAL;
    n.start = pos - 1;
  }
  size_t q = n.end;
  size_t gap = tf_hspace_at(s, len, q);
  int hyphen = 0;
  if (!gap && q < len && s[q] == '-' && !is_digit(s[q + 1 < len ? q + 1 : q])) {
    gap = 1;
    hyphen = 1;
  }
  currency_token c;
  int found = 0, connected = 0;
  if ((n.flags & TF_NF_SCALE) && !hyphen) {
    size_t after = connector_after(s, len, q + gap);
    if (after && currency_at(sc, after, &c, 0)) {
      found = 1;
      connected = 1;
    }
  }
  if (!found && currency_at(sc, q + gap, &c, CUR_NEVER_BARE)) found = 1;
  if (found && hyphen && c.entry->kind != TF_CUR_NAME) found = 0;
  if (found && gap && !connected && c.entry->kind != TF_CUR_NAME) {
    /* "1 $10": the symbol belongs to the number it touches. */
    if (c.end < len && is_digit(s[c.end])) found = 0;
    /* English "1 $ 10 dollars": a spaced symbol leads the number after it,
    ** unless that number has its own symbol or cents ("10 $ 30 $", "10 $ 30 cent"). */
    size_t sp = tf_hspace_at(s, len, c.end);
    if (found && sc->lang == TF_LANG_EN && c.entry->kind == TF_CUR_SYMBOL && sp &&
        c.end + sp < len && is_digit(s[c.end + sp])) {
      tf_number next_number;
      currency_token after;
      found = 1;
      if (tf_parse_number(s, len, c.end + sp, sc->lang, TF_NUM_NO_WORDS, &next_number)) {
        size_t sp2 = tf_hspace_at(s, len, next_number.end);
        int own = currency_at(sc, next_number.end + sp2, &after, 1) &&
                  (after.entry->kind == TF_CUR_SYMBOL || after.entry->kind == TF_CUR_MINOR);
        if (!own) found = 0;
      }
    }
  }
  if (found) {
    atom_from_parts(a, n.start, c.end, &n, &c);
    scale_after_currency(sc, a);
    extend_with_cents(sc, a);
    apply_sign(a, sign, negative);
    return 1;
  }
  if (gap && !hyphen && sc->lang == TF_LANG_FR && wire_euro_after(sc, &n, q + gap, sign != 0, a)) {
    apply_sign(a, sign, negative);
    return 1;
  }
  if (tf_word_char_at(s, len, n.end)) return 0; /* 5090X, 10h30 */
  if (carry_currency(sc, &n, a)) {
    apply_sign(a, sign, negative);
    return 1;
  }
  if (n.flags & TF_NF_SCALE) sc->last_count_end = n.end;
  return 0;
}

/* After a currency name, a number is rarely its amount ("Euro 2024", "trading in
** dollars 7 days a week", "the euro 20 years ago"): only when nothing but
** punctuation follows it, and it is no year. */
static int name_number_is_other(const unsigned char *s, size_t len, const tf_number *n) {
  if (!(n->flags & (TF_NF_SCALE | TF_NF_DECIMAL | TF_NF_GROUPED)) && n->end - n->start == 4 &&
      n->value >= 1800 && n->value <= 2100)
    return 1;
  size_t r = n->end + tf_hspace_at(s, len, n->end);
  return r < len && tf_word_char_at(s, len, r);
}

static int atom_from_words_before(tf_money_scanner *sc, const currency_token *c, tf_money_atom *a,
                                  int article_ok);

/* At a currency: its number after it ("$5", "USD 5bn"), or, written in words,
** before it ("cinq millions de yens", "a dollar"). */
static int atom_at_currency(tf_money_scanner *sc, size_t pos, tf_money_atom *a, size_t *resume) {
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  currency_token c;
  if (!currency_at(sc, pos, &c, CUR_NEVER_BARE)) {
    *resume = 0;
    return 0;
  }
  *resume = c.end;
  const tf_currency_entry *e = c.entry;
  /* "twenty rupees 43": a name's number in words comes before it. */
  if (e->kind == TF_CUR_NAME && atom_from_words_before(sc, &c, a, 0)) return 1;
  if (!(e->flags & TF_CF_POSTFIX_ONLY)) {
    size_t gap = tf_hspace_at(s, len, c.end);
    size_t q = c.end + gap;
    /* A sign before the currency ("-$12.6bn") or after it ("$-12.6bn"), and a
    ** decimal point with no digit before it ("$.99"). */
    int negative = 0, point = 0;
    size_t sign = sign_before(s, c.start, &negative);
    if (!sign && !gap && q + 1 < len && (s[q] == '-' || s[q] == '+') && is_digit(s[q + 1])) {
      negative = s[q] == '-';
      q++;
    } else if (q + 1 < len && s[q] == '.' && is_digit(s[q + 1]) && e->kind == TF_CUR_SYMBOL) {
      point = 1;
      q++;
    }
    if (q < len && is_digit(s[q]) && !(e->kind == TF_CUR_NAME && !gap)) {
      tf_number n;
      /* After a symbol, a capital glued to the amount starts the next word
      ** of text that lost its spaces ("up to $20,000Nvidia"). */
      if (tf_parse_number(s, len, q, sc->lang,
                          TF_NUM_NO_WORDS | TF_NUM_PREFIXED | (point ? TF_NUM_NO_SCALE : 0), &n) &&
          !(e->kind == TF_CUR_NAME && name_number_is_other(s, len, &n)) &&
          (!point || (n.flags & (TF_NF_DECIMAL | TF_NF_GROUPED)) == 0) &&
          !percent_after(s, len, n.end, sc->lang) &&
          (!tf_word_char_at(s, len, n.end) ||
           (e->kind == TF_CUR_SYMBOL && s[n.end] >= 'A' && s[n.end] <= 'Z' &&
            (n.flags & (TF_NF_GROUPED | TF_NF_DECIMAL))))) {
        if (point) {
          double digits = (double)(n.end - q);
          if (digits > 2) return atom_from_words_before(sc, &c, a, 1);
          n.base = n.value = n.base / (digits == 1 ? 10 : 100);
          n.decimals = (int)digits;
          n.flags |= TF_NF_DECIMAL;
        }
        atom_from_parts(a, c.start, n.end, &n, &c);
        if (sign) a->start = c.start; /* apply_sign below moves it onto the sign */
        else if (negative) {
          a->value = -a->value;
          a->base = -a->base;
        }
        apply_sign(a, sign, negative);
        /* "$ 10 dollars", "US$ 5 USD": the currency said twice. */
        currency_token again;
        size_t sp = tf_hspace_at(s, len, a->end);
        if (sp && currency_at(sc, a->end + sp, &again, 0) &&
            strcmp(again.entry->code, a->currency) == 0 && again.entry->kind != TF_CUR_SYMBOL)
          a->end = again.end;
        else if (sp && a->generic && currency_at(sc, a->end + sp, &again, 0) &&
                 again.entry->kind == TF_CUR_CODE && !(again.entry->flags & TF_CF_GENERIC)) {
          /* "$2,300 AUD": the code after says which dollar */
          memcpy(a->currency, again.entry->code, 4);
          a->generic = 0;
          a->flags = again.entry->flags;
          a->end = again.end;
        } else scale_after_currency(sc, a);
        extend_with_cents(sc, a);
        return 1;
      }
    }
  }
  return atom_from_words_before(sc, &c, a, 1);
}

/* "sous le million de dollars", "la barre du milliard d'euros": a scale word
** with no numeral after a singular article (scale_article) is one of it. */
static int scale_alone_before(const tf_money_scanner *sc, size_t end, tf_number *out) {
  const unsigned char *s = sc->s;
  size_t start = end;
  while (start > sc->pos && word_before(s, start)) {
    size_t prev;
    tf_utf8_decode_before3(s, start, &prev);
    start = prev;
  }
  double scale;
  size_t scale_end;
  if (start == end || !tf_parse_scale(s, end, start, sc->lang, &scale, &scale_end) ||
      scale_end != end || scale < 1e6)
    return 0;
  size_t q = start;
  while (q > sc->pos && (s[q - 1] == ' ' || s[q - 1] == '\t')) q--;
  if (q == start) return 0;
  size_t w = word_start(s, sc->pos, q);
  if (w == q || word_at(W_SCALE_ARTICLE, s, sc->len, w, sc->lang) != q - w) return 0;
  memset(out, 0, sizeof *out);
  out->start = start;
  out->end = out->numeral_end = end;
  out->value = scale;
  out->base = 1;
  out->scale = scale;
  out->flags = TF_NF_WORDS | TF_NF_SCALE;
  return 1;
}

/* A number in words that ends just before currency c ("cinq millions de yens",
** "a dollar"). article_ok: accept "a"/"an" alone as 1. */
static int atom_from_words_before(tf_money_scanner *sc, const currency_token *cp_token,
                                  tf_money_atom *a, int article_ok) {
  const unsigned char *s = sc->s;
  currency_token c = *cp_token;
  const tf_currency_entry *e = c.entry;
  size_t e1 = c.start;
  if (e1 > sc->pos) {
    tf_number n;
    /* "cinq millions de yens", "un milliard d’euros": a connector needs a
    ** scale before it. */
    size_t connector_start = 0;
    if (e1 >= 2 && s[e1 - 1] == '\'' && (s[e1 - 2] | 0x20) == 'd') connector_start = e1 - 2;
    else if (e1 >= 4 && s[e1 - 1] == 0x99 && s[e1 - 2] == 0x80 && s[e1 - 3] == 0xE2 &&
             (s[e1 - 4] | 0x20) == 'd')
      connector_start = e1 - 4;
    size_t prev = e1;
    if (!connector_start) {
      int32_t cp = tf_utf8_decode_before3(s, e1, &prev);
      int cls = tf_char_class(cp);
      if (!(cls == TF_CC_SPACE && cp != '\n' && cp != '\r') &&
          !(cp == '-' && e->kind == TF_CUR_NAME))
        return 0;
      if (prev < sc->pos) return 0;
      if (prev >= 2 && prev - 2 > sc->pos && (s[prev - 2] | 0x20) == 'd' &&
          ((s[prev - 1] | 0x20) == 'e' || (s[prev - 1] | 0x20) == 'i'))
        connector_start = prev - 2; /* "de", "di" */
    }
    if (connector_start > sc->pos) {
      size_t before;
      int32_t cp2 = tf_utf8_decode_before3(s, connector_start, &before);
      if (tf_char_class(cp2) == TF_CC_SPACE && before >= sc->pos &&
          number_ending_at(sc, before, sc->pos, TF_NUM_WORDS_ONLY, &n) && (n.flags & TF_NF_SCALE)) {
        atom_from_parts(a, n.start, c.end, &n, &c);
        return 1;
      }
      if (tf_char_class(cp2) == TF_CC_SPACE && scale_alone_before(sc, before, &n)) {
        atom_from_parts(a, n.start, c.end, &n, &c);
        return 1;
      }
    }
    if (prev < e1 && number_ending_at(sc, prev, sc->pos, TF_NUM_WORDS_ONLY, &n) &&
        (article_ok || !(n.flags & TF_NF_ARTICLE)) &&
        /* "a pound of flour", "une livre de farine", "a sum of": a lone "a",
        ** "one" or "une" goes only with a currency that is no everyday word. */
        !(n.value == 1 && !(n.flags & TF_NF_SCALE) &&
          ((e->flags & TF_CF_POSTFIX_ONLY) || e->priority < TF_PRIORITY_ICU))) {
      atom_from_parts(a, n.start, c.end, &n, &c);
      extend_with_cents(sc, a);
      return 1;
    }
  }
  return 0;
}

/* Spanish, Italian, Portuguese: a number in words that ends in the scale word of a
** million or more at [p, we) and has no currency of its own ("mil millones
** corresponderán a …", "due milioni attraverso il fondo", "mais de um milhão"): an
** amount in the currency carried, as a number in digits would be (carry_currency). A
** currency after it ("due milioni di euro") is read from the currency. */
static int words_alone_at(tf_money_scanner *sc, size_t p, size_t we, tf_money_atom *a) {
  double scale;
  size_t scale_end;
  tf_number n;
  if (!tf_parse_scale(sc->s, sc->len, p, sc->lang, &scale, &scale_end) || scale_end != we ||
      scale < 1e6)
    return 0;
  if (!number_ending_at(sc, we, sc->pos, TF_NUM_WORDS_ONLY, &n) || n.start >= p ||
      (n.flags & (TF_NF_WORDS | TF_NF_SCALE)) != (TF_NF_WORDS | TF_NF_SCALE))
    return 0;
  /* "de dólares" is the currency path's; "de usuarios" counts something else */
  size_t sp = tf_hspace_at(sc->s, sc->len, we);
  currency_token c;
  if (sp &&
      (word_at(W_COUNT_OF, sc->s, sc->len, we + sp, sc->lang) || currency_at(sc, we + sp, &c, 0)))
    return 0;
  return carry_currency(sc, &n, a);
}

/* At p, in Spanish, Italian or Portuguese, the first letters of a scale word ("mil",
** "bil", "tri"): words_alone_at. */
static int bare_scale_word(tf_money_scanner *sc, size_t p, int in_word, tf_money_atom *a) {
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  if (!sc->bare_word_numbers || in_word || p + 3 >= len) return 0;
  unsigned char b = s[p], c1 = s[p + 1], c2 = s[p + 2];
  if (!((b == 'm' && c1 == 'i' && c2 == 'l') || (b == 'b' && c1 == 'i' && c2 == 'l') ||
        (b == 't' && c1 == 'r' && c2 == 'i')))
    return 0;
  size_t q = p + 3;
  while (q < len && (is_ascii_alpha(s[q]) || s[q] >= 0x80)) q++;
  return words_alone_at(sc, p, q, a);
}

/* Is "¥" or full-width "￥" in s[start, end)? */
static int yen_sign_in(const unsigned char *s, size_t start, size_t end) {
  for (size_t p = start; p + 1 < end; p++)
    if ((s[p] == 0xC2 && s[p + 1] == 0xA5) ||
        (p + 2 < end && s[p] == 0xEF && s[p + 1] == 0xBF && s[p + 2] == 0xA5))
      return 1;
  return 0;
}

/* Can a currency start with this word? Its first word is a known one, or it is
** shaped like a code ("USD", "MUSD", "RM"). Saves a trie walk on most words. */
static inline int word_shaped_like_code(const tf_word_info *w) {
  return w->letters >= 2 && w->letters <= 4 && w->upper == w->letters;
}
static inline int word_may_be_currency(const tf_currencies *cur, const tf_word_info *w) {
  if (word_shaped_like_code(w)) return 1;
  return tf_word_map_get(&cur->first_words, w->hash, NULL);
}

/* Is the mention at start in brackets right after the mention that ends at
** prev_end ("… yuans (soit 25 milliards d'euros)")? */
static int equivalent_in_brackets(const unsigned char *s, size_t prev_end, size_t start) {
  if (prev_end == 0 || start < prev_end || start - prev_end > 16) return 0;
  int open = 0;
  for (size_t p = prev_end; p < start; p++) {
    if (s[p] == '(') open = 1;
    else if (is_digit(s[p]) || s[p] == ')' || s[p] == '.' || s[p] == ',') return 0;
  }
  return open;
}

/* A text that writes the local currency itself ("NT$452 billion", "C$5") means
** the generic form's own currency by the bare one: that local reading goes. The
** text is the one the cue words are read in: up to `to`. */
static void drop_written_locals(tf_money_scanner *sc, size_t from, size_t to) {
  /* before: the codes the scan has met */
  for (size_t i = 0; i < sc->local.count;) {
    int written = 0;
    for (int k = 0; k < sc->explicit_count && k < TF_MONEY_RECENT; k++)
      if (memcmp(sc->explicit_codes[k], sc->local.rule[i].local, 4) == 0) written = 1;
    if (written) sc->local.rule[i] = sc->local.rule[--sc->local.count];
    else i++;
  }
  /* after, as far as the cue words are read */
  tf_money_scanner look = *sc;
  look.pos = from;
  look.len = to;
  look.looking_ahead = 1;
  look.has_pending = look.has_again = 0;
  look.local.count = 0; /* generic forms keep their code in this scan */
  look.last_currency[0] = 0;
  tf_money_atom b;
  while (sc->local.count && find_atom(&look, &b)) {
    if (b.generic || b.inherited) continue;
    for (size_t i = 0; i < sc->local.count; i++)
      if (memcmp(sc->local.rule[i].local, b.currency, 4) == 0) {
        sc->local.rule[i] = sc->local.rule[--sc->local.count];
        break;
      }
  }
}

/* A generic form ("$", "dollars", "francs") in a text whose cue words name a
** country: that country's currency (tf_currency_local_reading). */
static void read_locally(tf_money_scanner *sc, tf_money_atom *a) {
  if (!sc->local_done) {
    /* An article's place names tell which press it is; in a line or two they
    ** only tell where something happened ("a stake in Canada for $5 million"). */
    /* The cue words before it were counted on the way (find_atom); those of
    ** the next LOCAL_READ_AHEAD bytes are counted now. */
    size_t reach = a->end + LOCAL_READ_AHEAD < sc->len ? a->end + LOCAL_READ_AHEAD : sc->len;
    if (sc->len >= LOCAL_MIN_TEXT) {
      tf_currency_local_count(sc->s, reach, a->end, sc->cue_counts);
      tf_currency_local_decide(sc->cue_counts, &sc->local);
    }
    sc->local_done = 1;
    if (sc->local.count) drop_written_locals(sc, a->end, reach);
  }
  for (size_t i = 0; i < sc->local.count; i++)
    if (memcmp(sc->local.rule[i].generic, a->currency, 4) == 0) {
      memcpy(a->currency, sc->local.rule[i].local, 4);
      return;
    }
}

/* The start of the sentence around p, at most `back` bytes before it. */
static size_t sentence_start(const unsigned char *s, size_t p, size_t back) {
  size_t floor = p > back ? p - back : 0;
  for (size_t q = p; q > floor; q--) {
    unsigned char b = s[q - 1];
    if (b == '!' || b == '?' || b == '\n' || b == ';') return q;
    if (b == '.' && (q < 2 || !is_digit(s[q - 2]))) return q;
    /* "。", and full-width "！", "？", "；" */
    if (q >= 3 && ((s[q - 3] == 0xE3 && s[q - 2] == 0x80 && b == 0x82) ||
                   (s[q - 3] == 0xEF && s[q - 2] == 0xBC && (b == 0x81 || b == 0x9F || b == 0x9B))))
      return q;
  }
  return floor;
}

/* Is a word of class k, read in the scanner's language, between from and to? */
static int word_between(const tf_money_scanner *sc, int k, size_t from, size_t to) {
  for (size_t q = from; q < to; q++)
    if (tf_word_char_at(sc->s, sc->len, q) &&
        (!word_before(sc->s, q) || (sc->lang == TF_LANG_ZH && (sc->s[q] & 0xC0) != 0x80)) &&
        word_at(k, sc->s, sc->len, q, sc->lang))
      return 1;
  return 0;
}

/* The end of the sentence around p, at most `ahead` bytes after it. */
static size_t sentence_end(const unsigned char *s, size_t len, size_t p, size_t ahead) {
  size_t limit = p + ahead < len ? p + ahead : len;
  for (size_t q = p; q < limit; q++)
    if (s[q] == '!' || s[q] == '?' || s[q] == '\n' || s[q] == ';' ||
        (s[q] == '.' && (q + 1 >= len || !is_digit(s[q + 1]))))
      return q;
  return limit;
}

/* Checks that depend on the sentence around an atom: a weight in pounds ("he
** weighs 160 pounds", "a ten-pound sack") and a code that is mostly a word
** ("PHP", "MAD") outside a sentence about money are no money. */
static int atom_plausible(tf_money_scanner *sc, const tf_money_atom *a) {
  if (a->flags & TF_CF_WEIGHT) {
    size_t from = sentence_start(sc->s, a->start, 80);
    size_t to = sentence_end(sc->s, sc->len, a->end, 40);
    if (word_between(sc, W_WEIGHT_CUE, from, to)) return 0;
    /* "3/4 pound": a fraction */
    if (a->number_start >= 2 && sc->s[a->number_start - 1] == '/') return 0;
  }
  if ((a->flags & TF_CF_NEVER_BARE) && !a->has_scale) {
    size_t from = sentence_start(sc->s, a->start, 200);
    int money_before = sc->last_currency[0] && sc->last_money_end > from;
    if (!money_before && !word_between(sc, W_MONEY_CONTEXT, from, a->start)) return 0;
  }
  return 1;
}

/* Counts a word that is a cue of a local reading (read_locally). */
__attribute__((noinline, cold)) static void count_cue(tf_money_scanner *sc, uint64_t hash) {
  int rule = tf_currency_local_cue(hash);
  if (rule >= 0) sc->cue_counts[rule]++;
}

/* ASCII bytes where no money starts: not a letter, digit, '$' or NUL. */
static const unsigned char ascii_skip[128] = {
  [1] = 1,   [2] = 1,   [3] = 1,   [4] = 1,   [5] = 1,   [6] = 1,    [7] = 1,    [8] = 1,
  [9] = 1,   [10] = 1,  [11] = 1,  [12] = 1,  [13] = 1,  [14] = 1,   [15] = 1,   [16] = 1,
  [17] = 1,  [18] = 1,  [19] = 1,  [20] = 1,  [21] = 1,  [22] = 1,   [23] = 1,   [24] = 1,
  [25] = 1,  [26] = 1,  [27] = 1,  [28] = 1,  [29] = 1,  [30] = 1,   [31] = 1,   [' '] = 1,
  ['!'] = 1, ['"'] = 1, ['#'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1, ['('] = 1,  [')'] = 1,
  ['*'] = 1, ['+'] = 1, [','] = 1, ['-'] = 1, ['.'] = 1, ['/'] = 1,  [':'] = 1,  [';'] = 1,
  ['<'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1, ['@'] = 1, ['['] = 1,  ['\\'] = 1, [']'] = 1,
  ['^'] = 1, ['_'] = 1, ['`'] = 1, ['{'] = 1, ['|'] = 1, ['}'] = 1,  ['~'] = 1,  [127] = 1};

/* The classes of the bytes for find_atom's loop, one table: ascii_skip, digit, capital, small
** letter, byte >= 0x80. */
enum { BC_SKIP = 1, BC_DIGIT = 2, BC_UPPER = 4, BC_LOWER = 8, BC_ALPHA = 12, BC_HIGH = 16 };
static unsigned char byte_class[256];
/* tf_fold of the ASCII bytes that fold to one byte: that byte; 0 for the others. */
static unsigned char ascii_fold_byte[128];

static void build_byte_class(void) {
  for (int c = 1; c < 128; c++) {
    unsigned char out[4];
    ascii_fold_byte[c] = tf_fold(c, out) == 1 ? out[0] : 0;
  }
  for (unsigned b = 0; b < 256; b++)
    byte_class[b] = (unsigned char)(b >= 0x80                    ? BC_HIGH
                                    : ascii_skip[b]              ? BC_SKIP
                                    : is_digit((unsigned char)b) ? BC_DIGIT
                                    : b >= 'A' && b <= 'Z'       ? BC_UPPER
                                    : b >= 'a' && b <= 'z'       ? BC_LOWER
                                                                 : 0);
}

/* The first byte that the currency trie's walk reads for the character at q (< len; its
** fold, as fold_at of tf_trie.c), *k the length of that fold and *after the position after
** the character; 0 when it is NUL, invalid or an ideograph, or folds to nothing (the
** callers then let the trie decide). */
static unsigned char walk_byte_at(const unsigned char *s, size_t len, size_t q, int *k,
                                  size_t *after) {
  unsigned char out[4];
  *k = 1;
  if (s[q] < 0x80) {
    *after = q + 1;
    return ascii_fold_byte[s[q]];
  }
  int32_t cp = tf_utf8_decode3(s, len, q, after);
  if (cp == TF_INVALID_CP || (cp >= TF_CJK_FIRST && cp <= TF_CJK_LAST)) return 0;
  *k = tf_fold(cp, out);
  return *k >= 1 ? out[0] : 0;
}

/* Are the one or two letters of index i (tf_currency_short_index), followed by the character
** at q, no key alone, and does no key go on with that character after them (short_alone,
** short_next)? */
static inline int short_letters_no_key(const tf_currencies *cur, unsigned i, const unsigned char *s,
                                       size_t len, size_t q) {
  if (cur->short_alone[i >> 3] >> (i & 7) & 1) return 0;
  if (q >= len) return 1;
  int k;
  size_t after;
  unsigned char ft = walk_byte_at(s, len, q, &k, &after);
  if (!ft) return 0;
  return !(cur->short_next[i][ft >> 6] >> (ft & 63) & 1);
}

/* Is the word at p, whose letters (w) are one or two that fold to a-z (ASCII, or Latin of
** two bytes: "à"), followed by a character that no key of the trie has after them, and they
** no key alone (short_next, short_alone)? Then the trie walk of currency_at finds nothing
** there (its "MUSD" reading needs three capitals after the first), and find_atom does not
** ask it. */
static int short_word_no_key(const tf_currencies *cur, const unsigned char *s, size_t len, size_t p,
                             const tf_word_info *w) {
  if (w->letters == 0 || w->letters > 2) return 0;
  unsigned char f[2] = {0, 0};
  int n = 0;
  size_t q = p;
  while (q < w->letters_end) {
    unsigned char b = s[q];
    if (n == 2) return 0;
    if (b < 0x80) {
      if (!is_ascii_alpha(b)) return 0;
      f[n++] = b | 0x20;
      q++;
      continue;
    }
    if (b < 0xC2 || b >= 0xCA || q + 1 >= len || (s[q + 1] & 0xC0) != 0x80 ||
        (q + 2 < len && (s[q + 2] & 0xC0) == 0x80))
      return 0;
    unsigned cp = (b & 0x1Fu) << 6 | (s[q + 1] & 0x3Fu);
    if (cp >= TF_CLASS_TABLE_LIMIT || tf_class_table[cp] != TF_CC_LETTER ||
        tf_latin_fold_len[cp] != 1 || tf_latin_fold[cp][0] < 'a' || tf_latin_fold[cp][0] > 'z')
      return 0;
    f[n++] = tf_latin_fold[cp][0];
    q += 2;
  }
  if (n == 0) return 0;
  unsigned i0 = tf_currency_short_index(f[0], 0);
  /* a key of the first letter alone, when it is one of two bytes ("ça"), is not refused
  ** by currency_at inside the word (its test reads a continuation byte) */
  if (n == 2 && s[p] >= 0x80 && (cur->short_alone[i0 >> 3] >> (i0 & 7) & 1)) return 0;
  return short_letters_no_key(cur, tf_currency_short_index(f[0], f[1]), s, len, q);
}

/* Does no key of the currency trie match at p, where a word starts whose letters (w: its
** hash, their end) are those of the first word of some key? The trie walk reads those
** letters, then what follows them: that must follow the first word in a key
** (tf_currency_follows), or the letters be a key alone. Keys that end inside the letters
** end in an ASCII letter with the word going on, which currency_at refuses: only for
** ASCII letters (after a letter of several bytes, currency_at's test reads a continuation
** byte), and not at M, K, k (currency_at's "MUSD", "kEUR"). */
static int word_no_key(const tf_currencies *cur, const unsigned char *s, size_t len, size_t p,
                       const tf_word_info *w) {
  if (!w->letters || s[p] == 'M' || s[p] == 'K' || s[p] == 'k') return 0;
  for (size_t q = p; q < w->letters_end; q++)
    if (s[q] >= 0x80) return 0;
  if (tf_currency_follows(cur, w->hash, TF_FOLLOW_ALONE, 0)) return 0;
  size_t q = w->letters_end, after;
  if (q >= len) return 1;
  int k;
  unsigned char ft = walk_byte_at(s, len, q, &k, &after);
  if (!ft) return 0;
  if (ft != ' ' || k != 1) return !tf_currency_follows(cur, w->hash, TF_FOLLOW_GLUED, ft);
  /* a run of spaces is one for the walk */
  do {
    q = after;
    if (q >= len) return 0;
    ft = walk_byte_at(s, len, q, &k, &after);
  } while (ft == ' ' && k == 1);
  if (!ft) return 0;
  return !tf_currency_follows(cur, w->hash, TF_FOLLOW_SPACE, ft);
}

/* The end of the run of quiet characters (bits: quiet_chars or quiet_chars_zh) that
** starts at p; p when there is none there. Only well-formed characters of two or three
** bytes are taken, so that each is the code point the slow path would decode. */
static inline size_t quiet_run_end(const unsigned char *bits, const unsigned char *s, size_t len,
                                   size_t p) {
  for (;;) {
    unsigned b = p < len ? s[p] : 0, cp;
    size_t n;
    if (b >= 0xE0 && b <= 0xEF) {
      int32_t c = tf_utf8_char3_at(s, len, p); /* (-1 also when a continuation byte follows) */
      if (c < 0) return p;
      cp = (unsigned)c;
      n = 3;
    } else if (b >= 0xC2 && b <= 0xDF) {
      /* (a continuation byte after it would make one invalid character of them all) */
      if (p + 1 >= len || (s[p + 1] & 0xC0) != 0x80 || (p + 2 < len && (s[p + 2] & 0xC0) == 0x80))
        return p;
      cp = (b & 0x1Fu) << 6 | (s[p + 1] & 0x3Fu);
      n = 2;
    } else {
      return p;
    }
    if (!(bits[cp >> 3] >> (cp & 7) & 1)) return p;
    p += n;
  }
}

/* Is there a space at *p, then a small letter? Then *p moves to the letter, *b and *bc
** take it and its class, and find_atom's loop goes straight to its letters' tests there
** (what its first tests would find at a space and a letter, without them). */
static inline int step_to_small_word(const tf_money_scanner *sc, size_t *p, unsigned char *b,
                                     unsigned *bc) {
  if (*p + 1 >= sc->len || sc->s[*p] != ' ' || !(byte_class[sc->s[*p + 1]] & BC_LOWER)) return 0;
  *b = sc->s[++*p];
  *bc = byte_class[*b];
  return 1;
}

/* From p, where a word of ASCII letters starts with a small one after no word, over the
** words that find_atom's loop passes without a look, each with the space and small letter
** after it: three letters or more that start no currency name (may_start_currency), and
** with bare_word_numbers not "mil", "bil", "tri" (bare_scale_word), ending at an ASCII byte,
** or outside Chinese (zh 0) going on past it with no ASCII capital among their letters
** (count_cue); one or two letters that end the word and start no currency name
** (short_first_words). Returns where the loop takes over: a word it looks at (*at_word 1,
** maybe p itself) or the end of the last word passed (0). */
static size_t skip_small_words(const tf_currencies *cur, int bare_word_numbers, int zh,
                               const unsigned char *s, size_t len, size_t p, int *at_word) {
  for (;;) {
    size_t q;
    *at_word = 1;
    /* (the fold of a byte that is no ASCII letter is 0) */
    unsigned char c1 = p + 1 < len ? tf_ascii_letter_fold[s[p + 1]] : 0,
                  c2 = p + 2 < len ? tf_ascii_letter_fold[s[p + 2]] : 0;
    if (p + 3 < len && c1 && c2) {
      unsigned i = tf_currency_trigram(s[p], c1, c2);
      if (bare_word_numbers &&
          (i == tf_currency_trigram('m', 'i', 'l') || i == tf_currency_trigram('b', 'i', 'l') ||
           i == tf_currency_trigram('t', 'r', 'i')))
        return p;
      if (may_start_currency(cur, s[p], c1, c2, s[p + 3])) return p;
      q = tf_ascii_alnum_end(s, len, p + 3);
      if (q < len && s[q] >= 0x80) {
        tf_word_info w;
        if (zh) return p;
        q = tf_scan_word(s, len, p, &w);
        if (w.upper) return p;
      }
    } else {
      size_t n = c1 ? 2 : 1;
      if (p + n < len && (byte_class[s[p + n]] & (BC_ALPHA | BC_DIGIT | BC_HIGH))) return p;
      unsigned k = tf_currency_short_index(s[p], c1);
      if (short_first_words[k >> 3] >> (k & 7) & 1) return p;
      q = p + n;
    }
    *at_word = 0;
    if (q + 1 >= len || s[q] != ' ' || !(byte_class[s[q + 1]] & BC_LOWER)) return q;
    p = q + 1;
  }
}

/* The next atom from sc->pos on: 1 found, 0 none. */
static int find_atom(tf_money_scanner *sc, tf_money_atom *a) {
  memset(a, 0, sizeof *a);
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  const tf_currencies *cur = tf_currencies_get();
  size_t p = sc->pos;
  int in_word = word_before(s, p);
  while (p < len) {
    unsigned char b = s[p];
    unsigned bc = byte_class[b];
    size_t resume = 0;
    int found = 0;
    if (bc & BC_SKIP) {
      /* spaces and punctuation: nothing starts there, and no word goes on */
      do p++;
      while (p < len && (byte_class[s[p]] & BC_SKIP));
      in_word = 0;
      continue;
    }
    if (b < 0x80) {
      if (bc & BC_DIGIT) {
        /* (Chinese: a number glued to the characters before it is one) */
        if (sc->lang == TF_LANG_ZH && !(p > 0 && s[p - 1] < 0x80 && in_word)) {
          found = atom_at_number_zh(sc, p, a, &resume);
        } else if (in_word) {
          p = tf_word_end(s, len, p);
          in_word = 0;
          continue;
        } else {
          found = atom_at_number(sc, p, a, &resume);
        }
      } else if (bc & BC_ALPHA) {
      next_word:
        if ((bc & BC_LOWER) && !in_word) {
          int at_word;
          p = skip_small_words(cur, sc->bare_word_numbers, sc->lang == TF_LANG_ZH, s, len, p,
                               &at_word);
          if (!at_word) {
            in_word = 0;
            continue;
          }
          b = s[p];
          bc = byte_class[b];
        }
        if (sc->bare_word_numbers && bare_scale_word(sc, p, in_word, a)) {
          found = 1; /* "mil millones", "due milioni", "um milhão" without a currency */
        } else {
          /* What the first letters tell without hashing the word: whether it may be the first
          ** word of a currency name (first_words) and be a cue (count_cue). */
          int maybe_first_word = 1, maybe_cue = !sc->local_done;
          unsigned bc1 = p + 1 < len ? byte_class[s[p + 1]] : 0;
          if (p + 3 < len && (bc1 & BC_ALPHA) && (byte_class[s[p + 2]] & BC_ALPHA)) {
            /* Three letters or more: their first three (or four) */
            unsigned char c0 = b | 0x20, c1 = s[p + 1] | 0x20, c2 = s[p + 2] | 0x20;
            /* (and the first four letters, where the word has four) */
            maybe_first_word = may_start_currency(cur, c0, c1, c2, s[p + 3]);
            if (maybe_cue) maybe_cue = tf_currency_cue_trigram(c0, c1, c2);
            /* A lower-case word that starts no currency name, or a capitalised one (no
            ** code then: its second letter is small) that is no cue either: to its end
            ** without hashing it (a lower-case word is no cue for the scan: count_cue) */
            if (!maybe_first_word && ((bc & BC_LOWER) || ((bc1 & BC_LOWER) && !maybe_cue))) {
              size_t q = tf_ascii_alnum_end(s, len, p + 3);
              if (q >= len || s[q] < 0x80) {
                p = q;
                in_word = 0;
                if (step_to_small_word(sc, &p, &b, &bc)) goto next_word;
                continue;
              }
            } else {
              /* A word of ASCII letters alone that ends at an ASCII byte: hashed here as
              ** tf_scan_word hashes it, and to its end when it is no first word of a currency
              ** name and not shaped like a code (its cue counted) */
              uint64_t h = TF_WORD_HASH_SEED;
              size_t q = p;
              unsigned upper = 0;
              for (unsigned c; q < len && (byte_class[c = s[q]] & BC_ALPHA); q++) {
                h = tf_word_hash_byte(h, (unsigned char)(c | 0x20));
                upper += !(c & 0x20);
              }
              if ((q >= len || !(byte_class[s[q]] & (BC_DIGIT | BC_HIGH))) &&
                  (in_word ||
                   (!(q - p <= 4 && upper == q - p) &&
                    !(maybe_first_word && tf_word_map_get(&cur->first_words, h, NULL))))) {
                if (upper && maybe_cue) count_cue(sc, h);
                p = q;
                in_word = 0;
                if (step_to_small_word(sc, &p, &b, &bc)) goto next_word;
                continue;
              }
            }
          } else {
            /* One or two letters, then a byte that ends the word: no cue, and a currency
            ** only when short_first_words says so or it is shaped like a code ("RM") */
            size_t n = bc1 & BC_ALPHA ? 2 : 1;
            if (p + n >= len || !(byte_class[s[p + n]] & (BC_ALPHA | BC_DIGIT | BC_HIGH))) {
              unsigned k = tf_currency_short_index((unsigned char)(b | 0x20),
                                                   n == 2 ? (unsigned char)(s[p + 1] | 0x20) : 0);
              if ((!(short_first_words[k >> 3] >> (k & 7) & 1) &&
                   !(n == 2 && (bc & BC_UPPER) && (bc1 & BC_UPPER))) ||
                  short_letters_no_key(cur, k, s, len, p + n)) {
                p += n;
                in_word = 0;
                if (step_to_small_word(sc, &p, &b, &bc)) goto next_word;
                continue;
              }
            }
          }
          tf_word_info w;
          /* (Chinese: a Latin word ends where the characters start, "Meta正就一笔…") */
          size_t limit = len;
          if (sc->lang == TF_LANG_ZH)
            for (limit = p; limit < len && s[limit] < 0x80 &&
                            (is_ascii_alpha(s[limit]) || is_digit(s[limit]));)
              limit++;
          size_t word_end = tf_scan_word(s, limit, p, &w);
          if (w.upper && w.letters >= 3 && maybe_cue) count_cue(sc, w.hash);
          if (!in_word &&
              (word_shaped_like_code(&w) ||
               (maybe_first_word && tf_word_map_get(&cur->first_words, w.hash, NULL))) &&
              !short_word_no_key(cur, s, len, p, &w) && !word_no_key(cur, s, len, p, &w))
            found = atom_at_currency(sc, p, a, &resume);
          if (!found) {
            p = word_end;
            in_word = 0;
            continue;
          }
        }
      } else if (b == '$') {
        found = atom_at_currency(sc, p, a, &resume);
      } else if (b == 0) {
        break; /* the text ends at a NUL, as in SQLite's text functions */
      }
      if (!found) {
        p = resume > p ? resume : p + 1;
        in_word = word_before(s, p);
        continue;
      }
    } else {
      size_t quiet = quiet_run_end(sc->lang == TF_LANG_ZH ? quiet_chars_zh : quiet_chars, s, len,
                                   p);
      if (quiet > p) {
        p = quiet;
        in_word = 0;
        continue;
      }
      size_t next;
      int32_t cp = tf_utf8_decode3(s, len, p, &next);
      int cls = tf_char_class(cp);
      size_t word_end = next;
      /* Chinese, one character at a time: a number ("一千二百亿元", full-width "１２亿"), or
      ** a currency before one ("人民币41.57亿元") */
      if (sc->lang == TF_LANG_ZH && (cls == TF_CC_CJK || (cp >= 0xFF10 && cp <= 0xFF19))) {
        found = atom_at_number_zh(sc, p, a, &resume);
        if (!found) {
          p = resume > next ? resume : next;
          in_word = 0;
          continue;
        }
      } else if (cls == TF_CC_CURRENCY) {
        found = atom_at_currency(sc, p, a, &resume);
      } else if ((cls == TF_CC_LETTER || cls == TF_CC_CJK) && !in_word) {
        tf_word_info w;
        word_end = tf_scan_word(s, len, p, &w);
        if (w.upper && w.letters >= 3 && !sc->local_done) count_cue(sc, w.hash);
        if (cls == TF_CC_CJK ||
            (word_may_be_currency(cur, &w) && !short_word_no_key(cur, s, len, p, &w) &&
             !word_no_key(cur, s, len, p, &w)))
          found = atom_at_currency(sc, p, a, &resume);
      }
      if (!found) {
        if (cls == TF_CC_LETTER || cls == TF_CC_CJK) {
          p = in_word ? tf_word_end(s, len, next) : word_end;
          in_word = 0;
        } else {
          p = resume > p ? resume : next;
          in_word = word_before(s, p);
        }
        continue;
      }
    }
    /* (stray continuation bytes after a character are one character with it for SQLite:
    ** a mention ends before them or not at all, tf_utf8.h) */
    if (!atom_plausible(sc, a) || tf_utf8_inside_character(s, len, a->end)) {
      p = a->end;
      in_word = word_before(s, p);
      continue;
    }
    /* a yen sign in Chinese text is the yuan's: "￥300" */
    if (sc->lang == TF_LANG_ZH && memcmp(a->currency, "JPY", 4) == 0 &&
        yen_sign_in(s, a->start, a->end))
      memcpy(a->currency, "CNY", 4);
    sc->pos = a->end;
    if (a->generic) read_locally(sc, a);
    /* "218 milliards de yuans (25 milliards d'euros), 115 milliards pour …": the
    ** same sum in another currency, in brackets, does not change the currency
    ** the text goes on in. */
    if (!equivalent_in_brackets(s, sc->last_money_end, a->start) || !sc->last_currency[0])
      memcpy(sc->last_currency, a->currency, 4);
    sc->last_money_end = a->end;
    sc->last_scale = a->has_scale ? a->scale : 1;
    sc->last_paren = paren_before(s, a->start);
    sc->last_follow = word_after(s, len, a->end);
    if (!a->generic && !a->inherited && !sc->local_done) {
      int seen = 0;
      for (int k = 0; k < sc->explicit_count; k++)
        if (memcmp(sc->explicit_codes[k], a->currency, 4) == 0) seen = 1;
      if (!seen && sc->explicit_count < TF_MONEY_RECENT)
        memcpy(sc->explicit_codes[sc->explicit_count++], a->currency, 4);
    }
    int slot = sc->recent_count++ % TF_MONEY_RECENT;
    sc->recent_value[slot] = a->value;
    memcpy(sc->recent_currency[slot], a->currency, 4);
    return 1;
  }
  sc->pos = len;
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Ranges. */

/* The range word between two ends, at p (spaces before and after included).
** Sets *needs_opener: 0 for a dash, 1 for "à"/"to" (an opener is taken when
** present, and required between two full mentions), 2 for "et"/"and" (an
** opener "entre"/"between" is always required). */
static size_t range_connector_at(const unsigned char *s, size_t len, size_t p, int lang,
                                 int *needs_opener) {
  size_t q = p + tf_hspace_at(s, len, p);
  size_t n = 0;
  *needs_opener = 0;
  if (q < len && (s[q] == '-' || s[q] == '~')) n = 1;
  else if (q + 2 < len && s[q] == 0xE2 && s[q + 1] == 0x80 &&
           (s[q + 2] == 0x93 || s[q + 2] == 0x94))
    n = 3;
  else if (q + 2 < len && s[q] == 0xEF && s[q + 1] == 0xBD && s[q + 2] == 0x9E) /* ～ */ n = 3;
  else if (q < len && tf_phrases_may_start(&words[W_RANGE_AND], s[q]) &&
           (n = word_at(W_RANGE_AND, s, len, q, lang))) {
    *needs_opener = 2; /* always */
  } else if (q < len && tf_phrases_may_start(&words[W_RANGE_TO], s[q]) &&
             (n = word_at(W_RANGE_TO, s, len, q, lang))) {
    *needs_opener = lang != TF_LANG_ZH; /* "120.5亿元至150.2亿元": no opener, no space */
  }
  if (!n) return 0;
  q += n;
  size_t sp = tf_hspace_at(s, len, q);
  if (*needs_opener && !sp) return 0;
  return q + sp - p;
}

static void emit_range(tf_money_scanner *sc, size_t start, size_t end, double low, double high,
                       const char *currency, tf_money *out) {
  memset(out, 0, sizeof *out);
  out->start = start;
  out->end = end;
  out->low = low;
  out->high = high;
  out->has_low = out->has_high = 1;
  memcpy(out->currency, currency, 4);
  out->qualifier = TF_Q_RANGE;
  sc->emitted_end = end;
  sc->last_qualifier = TF_Q_RANGE;
}

/* The low end scaled like the high one when only the high one states a
** scale ("$5-7 billion"). Returns 0 when the two cannot form a range; with
** either_order, ends in reverse order are swapped ("entre 8 et 2 millions"). */
static int range_ends(double low_base, int low_decimals, double low_value, int low_has_scale,
                      const tf_money_atom *high, int either_order, double *low, double *top) {
  double l = low_value;
  if (!low_has_scale && high->has_scale) l = tf_scale_value(low_base, low_decimals, high->scale);
  *top = high->value;
  if (l > high->value) {
    if (!either_order) return 0;
    *low = high->value;
    *top = l;
    return 1;
  }
  *low = l;
  return 1;
}

/* Is the word before p a verb or noun of change ("passé", "rose", "grew")? */
static int change_before(const tf_money_scanner *sc, size_t p) {
  const unsigned char *s = sc->s;
  while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t')) p--;
  size_t q = p;
  while (q > 0 && word_before(s, q)) {
    size_t prev;
    tf_utf8_decode_before3(s, q, &prev);
    q = prev;
  }
  return q < p && word_at(W_CHANGE, s, sc->len, q, sc->lang) == p - q;
}

/* Is the range opener at start (before the low end at low) one that always opens a
** change ("da 76 a 108 milioni", money.tsv class change_open)? */
static int change_opener(const tf_money_scanner *sc, size_t start, size_t low) {
  return start < low && word_at(W_CHANGE_OPEN, sc->s, sc->len, start, sc->lang) != 0;
}

/* A and B joined: "$10-$20", "entre 10 euros et 20 euros", "$5-7 billion". */
static int join_atoms(tf_money_scanner *sc, const tf_money_atom *a, const tf_money_atom *b,
                      tf_money *out) {
  if (strcmp(a->currency, b->currency) != 0) return 0;
  int needs_opener;
  size_t n = range_connector_at(sc->s, sc->len, a->end, sc->lang, &needs_opener);
  if (!n || a->end + n != b->start) return 0;
  size_t start = a->start;
  if (needs_opener) {
    int rc = tf_qualifier_range_opener(sc->qualifiers, sc->lang, sc->s, sc->emitted_end, a->start,
                                       &start);
    if (rc < 0) return rc;
    /* "et"/"and" need "entre"/"between"; "$136 million to $144 million" is a
    ** range without "from" */
    if (rc == 0 && needs_opener == 2) return 0;
  }
  /* "rose from $2bn to $3bn", "est passé de 9,9 à 12,7 milliards": a change */
  if (needs_opener && (change_before(sc, start) || change_opener(sc, start, a->start))) return 0;
  double low, high;
  if (!range_ends(a->base, a->decimals, a->value, a->has_scale, b, needs_opener == 2, &low, &high))
    return 0;
  emit_range(sc, start, b->end, low, high, b->currency, out);
  return 1;
}

/* Is x a year after a word that introduces one ("en 2014", "in 2019")? */
static int year_after_word(const tf_money_scanner *sc, const tf_number *x) {
  if ((x->flags & (TF_NF_SCALE | TF_NF_DECIMAL | TF_NF_GROUPED | TF_NF_WORDS)) ||
      x->end - x->start != 4 || x->value < 1800 || x->value > 2100)
    return 0;
  size_t p = x->start;
  while (p > 0 && sc->s[p - 1] == ' ') p--;
  size_t w = word_start(sc->s, 0, p);
  return w < p && word_at(W_YEAR_BEFORE, sc->s, sc->len, w, sc->lang) == p - w;
}

/* "about 7 or $8", "sept ou huit euros": a number, "or", then A: both are
** amounts in A's currency (the first scaled like A when it has no scale). */
static int alternative_before(tf_money_scanner *sc, const tf_money_atom *a, tf_money *out) {
  const unsigned char *s = sc->s;
  size_t floor = sc->emitted_end, e = a->start;
  while (e > floor && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
  size_t w = word_start(s, floor, e);
  if (w == e || word_at(W_ALTERNATIVE, s, sc->len, w, sc->lang) != e - w) return 0;
  size_t x_end = w;
  while (x_end > floor && (s[x_end - 1] == ' ' || s[x_end - 1] == '\t')) x_end--;
  if (x_end == w || x_end <= floor) return 0;
  tf_number x;
  if (!number_ending_at(sc, x_end, floor, 0, &x) || (x.flags & TF_NF_ARTICLE)) return 0;
  if (year_after_word(sc, &x)) return 0;
  double value = (x.flags & TF_NF_SCALE) || !a->has_scale
                   ? x.value
                   : tf_scale_value(x.base, x.decimals, a->scale);
  if (!(value <= a->value && value * 10 >= a->value)) return 0;
  size_t phrase_start;
  int q = tf_qualifier_before(sc->qualifiers, sc->lang, s, floor, x.start, &phrase_start);
  if (q < 0) return -1;
  memset(out, 0, sizeof *out);
  out->start = x.start;
  out->end = x.end;
  out->amount = value;
  out->has_amount = 1;
  memcpy(out->currency, a->currency, 4);
  out->qualifier = q;
  if (q != TF_Q_MAX) out->low = value, out->has_low = 1;
  if (q != TF_Q_MIN) out->high = value, out->has_high = 1;
  sc->emitted_end = x.end;
  sc->last_qualifier = q;
  sc->again = *a;
  sc->has_again = 2; /* A takes this qualifier when it has none of its own */
  return 1;
}

/* A bare number, a range word, then A: "entre 3 et 5 milliards de dollars",
** "10-20 dollars", "de 10 à 12 milliards d'euros". */
static int range_before(tf_money_scanner *sc, const tf_money_atom *a, tf_money *out) {
  const unsigned char *s = sc->s;
  size_t floor = sc->emitted_end;
  size_t e = a->start;
  /* A connector ends before the spaces before A (they are its own, a space matching none
  ** of its bytes), in a byte of range_last when that byte is ASCII. */
  size_t t = e;
  while (t > 0 && s[t - 1] == ' ') t--;
  if (t > 0 && s[t - 1] < 0x80 && !range_last[s[t - 1]] && !range_last_unusable) return 0;
  /* Find the connector by trying where the low end could stop. */
  for (size_t back = 1; back <= 8 && back <= e - floor; back++) {
    size_t x_end = e - back;
    if (x_end <= floor || x_end == 0) break;
    if (!(is_digit(s[x_end - 1]) || tf_word_char_at(s, x_end, x_end - 1))) continue;
    int needs_opener;
    size_t n = range_connector_at(s, sc->len, x_end, sc->lang, &needs_opener);
    if (!n || x_end + n != e) continue;
    tf_number x;
    if (!number_ending_at(sc, x_end, floor, 0, &x)) return 0;
    if (x.flags & TF_NF_ARTICLE) return 0;
    /* "culminait en 2014 à 38 900 euros": a year is no low end */
    if (year_after_word(sc, &x)) return 0;
    size_t start = x.start;
    if (needs_opener) {
      /* "entre 3 et 5": "et"/"and" need their opener; "5 à 7", "5 to 7" do
      ** not, but take it when it is there ("de 10 à 12"). */
      int rc = tf_qualifier_range_opener(sc->qualifiers, sc->lang, s, floor, x.start, &start);
      if (rc < 0) return rc;
      if (rc == 0 && needs_opener == 2) return 0;
      if (change_before(sc, start) || change_opener(sc, start, x.start)) {
        /* "est passé de 9,9 à 12,7 milliards": two amounts, the first scaled
        ** like the second. */
        if (x.flags & (TF_NF_WORDS | TF_NF_ARTICLE)) return 0;
        double value = (x.flags & TF_NF_SCALE) || !a->has_scale
                         ? x.value
                         : tf_scale_value(x.base, x.decimals, a->scale);
        memset(out, 0, sizeof *out);
        out->start = x.start;
        out->end = x.end;
        out->amount = out->low = out->high = value;
        out->has_amount = out->has_low = out->has_high = 1;
        memcpy(out->currency, a->currency, 4);
        out->qualifier = TF_Q_EXACT;
        sc->emitted_end = x.end;
        sc->again = *a;
        sc->has_again = 1;
        return 1;
      }
    }
    double low, high;
    if (!range_ends(x.base, x.decimals, x.value, (x.flags & TF_NF_SCALE) != 0, a, needs_opener == 2,
                    &low, &high))
      return 0;
    emit_range(sc, start, a->end, low, high, a->currency, out);
    return 1;
  }
  return 0;
}

/* ------------------------------------------------------------------------ */
int tf_money_scanner_init(tf_money_scanner *sc, const char *s, size_t len, int lang) {
  memset(sc, 0, sizeof *sc);
  sc->s = (const unsigned char *)s;
  sc->len = len;
  /* The text ends at its first NUL, as SQLite's text functions see it. */
  const void *nul = len ? memchr(s, 0, len) : NULL;
  if (nul) sc->len = (size_t)((const char *)nul - s);
  sc->lang = tf_lang_of(sc->s, sc->len, lang);
  sc->bare_word_numbers = sc->lang == TF_LANG_ES || sc->lang == TF_LANG_IT ||
                          sc->lang == TF_LANG_PT;
  sc->qualifiers = tf_qualifier_matcher_new();
  return sc->qualifiers ? TF_OK : TF_NOMEM;
}

void tf_money_scanner_finish(tf_money_scanner *sc) {
  tf_qualifier_matcher_free(sc->qualifiers);
  sc->qualifiers = NULL;
}

/* "$22-27 billion", "€4-5 Mds": a dash and a bare number after an amount
** without a scale; the scale stated once applies to both. */
static int range_after(tf_money_scanner *sc, const tf_money_atom *a, tf_money *out) {
  const unsigned char *s = sc->s;
  if (a->has_scale || a->inherited) return 0;
  int needs_opener;
  size_t n = range_connector_at(s, sc->len, a->end, sc->lang, &needs_opener);
  if (!n || needs_opener) return 0;
  size_t q = a->end + n;
  tf_number high;
  if (q >= sc->len || !(s[q] >= '0' && s[q] <= '9')) return 0;
  if (!tf_parse_number(s, sc->len, q, sc->lang, TF_NUM_NO_WORDS, &high)) return 0;
  if (tf_word_char_at(s, sc->len, high.end) || percent_after(s, sc->len, high.end, sc->lang))
    return 0;
  /* A currency after the high end must be the same one ("$10-20 $" is fine). */
  currency_token after;
  size_t sp = tf_hspace_at(s, sc->len, high.end);
  if (currency_at(sc, high.end + sp, &after, 0) && strcmp(after.entry->code, a->currency) != 0)
    return 0;
  double low = tf_scale_value(a->base, a->decimals, high.scale);
  if (low > high.value) return 0;
  emit_range(sc, a->start, high.end, low, high.value, a->currency, out);
  sc->pos = high.end;
  sc->last_money_end = high.end;
  return 1;
}

/* Is one of the three words before p a negation ("sans aucune levée à plus
** de …")? Not across a comma or the end of a sentence. */
static int negated_before(const tf_money_scanner *sc, size_t p) {
  const unsigned char *s = sc->s;
  for (int back = 0; back < 4; back++) {
    while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\'' || s[p - 1] == 0x99)) {
      if (s[p - 1] == 0x99 && !(p >= 3 && s[p - 3] == 0xE2 && s[p - 2] == 0x80)) break;
      p -= s[p - 1] == 0x99 ? 3 : 1;
    }
    size_t w = word_start(s, 0, p);
    if (w == p) return 0;
    if (word_at(W_NEGATION, s, sc->len, w, sc->lang) == p - w) return 1;
    p = w;
  }
  return 0;
}

int tf_money_next(tf_money_scanner *sc, tf_money *out) {
  tf_money_atom a, b;
  int shared_qualifier = 0;
  if (sc->has_again) {
    a = sc->again;
    shared_qualifier = sc->has_again == 2;
    sc->has_again = 0;
  } else if (sc->has_pending) {
    a = sc->pending;
    sc->has_pending = 0;
  } else if (!find_atom(sc, &a)) {
    return 0;
  }
  /* A emitted again (after the amount before it) may have its follower
  ** waiting already. */
  int have_b;
  if (sc->has_pending) {
    b = sc->pending;
    sc->has_pending = 0;
    have_b = 1;
  } else {
    if (range_after(sc, &a, out)) return 1;
    have_b = find_atom(sc, &b);
  }
  if (have_b) {
    int rc = join_atoms(sc, &a, &b, out);
    if (rc < 0) return -1;
    if (rc) return 1;
    sc->pending = b;
    sc->has_pending = 1;
  }
  int rc = range_before(sc, &a, out);
  if (rc < 0) return -1;
  if (rc) return 1;
  if (!shared_qualifier) {
    rc = alternative_before(sc, &a, out);
    if (rc < 0) return -1;
    if (rc) return 1;
  }
  size_t phrase_start;
  int q = tf_qualifier_before(sc->qualifiers, sc->lang, sc->s, sc->emitted_end, a.start,
                              &phrase_start);
  if (q < 0) return -1;
  if (q == TF_Q_EXACT && shared_qualifier) q = sc->last_qualifier;
  if (q == TF_Q_EXACT) {
    /* "$10 billion or more", "8 euros et quelques"; Chinese, glued: "1000亿元以上",
    ** "100亿元左右", "3000余万元" */
    size_t sp = tf_hspace_at(sc->s, sc->len, a.end);
    int glued = sc->lang == TF_LANG_ZH;
    if ((sp || glued) && word_at(W_MIN_AFTER, sc->s, sc->len, a.end + sp, sc->lang)) q = TF_Q_MIN;
    else if ((sp || glued) && word_at(W_MAX_AFTER, sc->s, sc->len, a.end + sp, sc->lang))
      q = TF_Q_MAX;
    else if ((sp || glued) && word_at(W_APPROX_AFTER, sc->s, sc->len, a.end + sp, sc->lang))
      q = TF_Q_APPROX;
    else if (a.more) q = TF_Q_MIN;
    /* "plus de 500 000 yuans (68 776 dollars)": the same sum, the same bound (a
    ** converted approximation is written as the exact conversion) */
    else if (equivalent_in_brackets(sc->s, sc->emitted_end, a.start) &&
             (sc->last_qualifier == TF_Q_MIN || sc->last_qualifier == TF_Q_MAX))
      q = sc->last_qualifier;
  }
  /* "sans aucune levée à plus de 10 millions", "not more than": a negated
  ** minimum is a maximum */
  if (q == TF_Q_MIN && negated_before(sc, phrase_start)) q = TF_Q_MAX;
  sc->last_qualifier = q;
  memset(out, 0, sizeof *out);
  out->start = a.start;
  out->end = a.end;
  out->amount = a.value;
  out->has_amount = 1;
  memcpy(out->currency, a.currency, 4);
  out->qualifier = q;
  if (q == TF_Q_EXACT || q == TF_Q_APPROX || q == TF_Q_MIN) {
    out->low = a.value;
    out->has_low = 1;
  }
  if (q == TF_Q_EXACT || q == TF_Q_APPROX || q == TF_Q_MAX) {
    out->high = a.value;
    out->has_high = 1;
  }
  sc->emitted_end = a.end;
  return 1;
}
