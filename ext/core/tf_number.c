/* tf_number.c — see tf_number.h. */
#include "tf_number.h"
#include "tf_alloc.h"
#include "tf_core.h"
#include "tf_data.h"
#include "tf_fold.h"
#include "tf_lang.h"
#include "tf_lexicon.h"
#include "tf_trie.h"
#include "tf_utf8.h"
#include "tf_words.h"
#include <math.h>
#include <string.h>

/* ------------------------------------------------------------------------ */
/* The words of ext/data/numbers.tsv. */

enum number_word_kind {
  NW_UNIT = 1, /* 1..19: one, un, dix-sept's parts */
  NW_TEN,      /* 20..90 */
  NW_HUNDRED,  /* cent, hundred */
  NW_THOUSAND, /* mille, thousand */
  NW_SCALE,    /* million and above, lakh, crore */
  NW_FRACTION, /* half, quarter(s) */
  NW_ARTICLE,  /* a, an: 1 only before a scale or a currency */
  NW_AND,      /* et, and: inside a number (vingt et un, a hundred and five) */
  NW_DEMI      /* "et demi" / "and a half" after a scale */
};

#define ASCII_KEY_MAX 24
typedef struct number_word {
  unsigned char kind;          /* enum number_word_kind */
  unsigned char langs;         /* TF_LANG_BIT of the languages where it is a number */
  unsigned char ascii_len;     /* the length of ascii, 0 when the key is not one */
  char ascii[ASCII_KEY_MAX];   /* the key (folded) when it is made of ASCII letters */
  double value[TF_LANG_COUNT]; /* per language ("billion": 1e12 in French, 1e9 in English) */
} number_word;

typedef struct abbreviation {
  const char *text; /* in the data file, matched as written */
  size_t len;
  double scale;
  int attached; /* read only when it touches the number ("3mil") */
} abbreviation;

static tf_trie *number_trie;
static number_word *number_table;
static abbreviation *abbreviations;
static size_t abbreviation_count;
static unsigned char abbreviation_first[256]; /* abbreviations that start with a byte */
static unsigned short abbreviation_from[256]; /* index of the first of them */
static tf_phrases half_phrases;               /* "et demi", "and a half" */
static double half_value;
/* How the scale and thousand words may start, as the number trie reads the text (folded:
** either case): the ASCII bytes they start with (scale_first), those of them that a word
** of one byte or one whose second byte is not ASCII starts with (scale_first_alone), and
** the pairs of ASCII bytes the others start with, one bit each (scale_pairs). Elsewhere
** number_word_at finds none of them, and parse_scale and thousand_and_digits do not walk
** the trie (scale_word_may_start). */
static unsigned char scale_first[128], scale_first_alone[128];
static unsigned char scale_pairs[128 * 128 / 8];
/* The keys of the trie made of ASCII letters (number_word.ascii), by their hash
** (TF_WORD_HASH_SEED, tf_word_hash_byte): number_word_at reads a word of ASCII letters
** that ends at an ASCII byte or the text's end there, without walking the trie. Only when
** every key's ASCII bytes are letters and every key of ASCII letters is there
** (ascii_keys_complete): then no key matches on past such a word. */
static tf_word_map ascii_keys;
static int ascii_keys_complete;

static const char *const kind_names[] = {"unit",  "ten",      "hundred", "thousand",
                                         "scale", "fraction", "article", "and",
                                         "demi",  "half",     "abbrev",  "abbrev_attached"};
#define KIND_HALF 10
#define KIND_ABBREV 11
#define KIND_ABBREV_ATTACHED 12

void tf_number_teardown(void) {
  tf_trie_free(number_trie);
  number_trie = NULL;
  tf_free(number_table);
  number_table = NULL;
  tf_free(abbreviations);
  abbreviations = NULL;
  abbreviation_count = 0;
  memset(abbreviation_first, 0, sizeof abbreviation_first);
  tf_phrases_free(&half_phrases);
  half_value = 0;
  tf_word_map_free(&ascii_keys);
  ascii_keys_complete = 0;
}

/* Notes the folded key w[0..n) of number_word v in v->ascii when it is made of ASCII
** letters; clears ascii_keys_complete when the key has another ASCII byte, or is too long
** to note. */
static void note_ascii_key(number_word *v, const char *w, size_t n) {
  int ascii = 1;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)w[i];
    if (c < 0x80 && !(c >= 'a' && c <= 'z')) ascii_keys_complete = 0;
    if (c >= 0x80) ascii = 0;
  }
  if (!ascii) return;
  if (n >= ASCII_KEY_MAX) {
    ascii_keys_complete = 0;
    return;
  }
  memcpy(v->ascii, w, n);
  v->ascii_len = (unsigned char)n;
}

/* Fills ascii_keys from the count words of number_table. */
static int fill_ascii_keys(size_t count) {
  if (tf_word_map_init(&ascii_keys, count)) return TF_NOMEM;
  for (size_t v = 0; v < count; v++) {
    const number_word *w = &number_table[v];
    if (!w->ascii_len) continue;
    uint64_t h = TF_WORD_HASH_SEED;
    tf_ascii_letters_hash_on((const unsigned char *)w->ascii, w->ascii_len, 0, &h);
    tf_word_map_put(&ascii_keys, h, (int32_t)v);
  }
  return TF_OK;
}

/* Notes how the folded scale or thousand word w[0..n) starts (scale_first, scale_pairs),
** for each ASCII byte that the trie folds to its first byte and to its second. */
static void note_scale_start(const char *w, size_t n) {
  const unsigned char *f = (const unsigned char *)w;
  for (unsigned a = 1; a < 128; a++) {
    unsigned char out[4];
    if (tf_fold((int32_t)a, out) != 1 || out[0] != f[0]) continue;
    scale_first[a] = 1;
    if (n < 2 || f[1] >= 0x80) scale_first_alone[a] = 1;
    for (unsigned b = 1; n >= 2 && b < 128; b++)
      if (tf_fold((int32_t)b, out) == 1 && out[0] == f[1])
        scale_pairs[(a << 7 | b) >> 3] |= (unsigned char)(1u << (b & 7));
  }
}

int tf_number_init(char *err, size_t size) {
  ascii_keys_complete = 1;
  memset(scale_first, 0, sizeof scale_first);
  memset(scale_first_alone, 0, sizeof scale_first_alone);
  memset(scale_pairs, 0, sizeof scale_pairs);
  tf_trie_builder *b = tf_trie_builder_new();
  if (!b) return TF_NOMEM;
  size_t count = 0, capacity = 0, abbreviation_capacity = 0;
  int rc = TF_OK;
  tf_data_reader r;
  tf_data_row row;
  tf_data_open(&r, "numbers.tsv", tf_data_numbers);
  while (rc == TF_OK && tf_data_next(&r, &row)) {
    int kind = 0;
    for (int k = 0; row.count == 4 && k < 12; k++)
      if (strlen(kind_names[k]) == row.len[0] &&
          memcmp(kind_names[k], row.field[0], row.len[0]) == 0)
        kind = k + 1;
    unsigned langs = row.count == 4 ? tf_lang_bits_parse(row.field[1], row.len[1]) : 0;
    double value;
    if (!kind || !langs || !tf_data_number(row.field[3], row.len[3], &value)) {
      rc = tf_data_fail(err, size, &r,
                        "expected kind<TAB>lang<TAB>words<TAB>value with a known "
                        "kind, a lang of fr, en or *, and a number");
      break;
    }
    if (kind == KIND_HALF) {
      if (langs != TF_LANG_ALL || (half_value && half_value != value)) {
        rc = tf_data_fail(err, size, &r,
                          "half phrases are read in every language (*), with one value");
        break;
      }
      half_value = value;
      continue; /* read below, by tf_phrases_load */
    }
    tf_data_item item;
    for (tf_data_items(&item, row.field[2], row.len[2]); rc == TF_OK && tf_data_item_next(&item);) {
      if (kind == KIND_ABBREV || kind == KIND_ABBREV_ATTACHED) {
        if (langs != TF_LANG_ALL) {
          rc = tf_data_fail(err, size, &r, "abbreviations are read in every language (*)");
          break;
        }
        abbreviation *grown = tf_grow(abbreviations, abbreviation_count, &abbreviation_capacity,
                                      sizeof *grown, 32);
        if (!grown) {
          rc = TF_NOMEM;
          break;
        }
        abbreviations = grown;
        abbreviation *a = &abbreviations[abbreviation_count++];
        a->text = item.text;
        a->len = item.len;
        a->scale = value;
        a->attached = kind == KIND_ABBREV_ATTACHED;
        abbreviation_first[(unsigned char)item.text[0]] = 1;
        continue;
      }
      char folded[128];
      int n = tf_fold_string(item.text, (int)item.len, folded, sizeof folded);
      if (n <= 0) {
        rc = tf_data_fail(err, size, &r, "bad word '%.*s'", (int)item.len, item.text);
        break;
      }
      int32_t v = tf_trie_builder_get(b, folded, (size_t)n);
      if (v < 0) {
        number_word *grown = tf_grow(number_table, count, &capacity, sizeof *grown, 128);
        if (!grown) {
          rc = TF_NOMEM;
          break;
        }
        number_table = grown;
        v = (int32_t)count++;
        memset(&number_table[v], 0, sizeof number_table[v]);
        number_table[v].kind = (unsigned char)kind;
        note_ascii_key(&number_table[v], folded, (size_t)n);
        if (kind == NW_SCALE || kind == NW_THOUSAND) note_scale_start(folded, (size_t)n);
        if (tf_trie_builder_add(b, folded, (size_t)n, v, NULL)) {
          rc = TF_NOMEM;
          break;
        }
      } else if (number_table[v].kind != kind) {
        rc = tf_data_fail(err, size, &r, "'%.*s' has another kind on another line", (int)item.len,
                          item.text);
        break;
      }
      number_table[v].langs |= (unsigned char)langs;
      for (int l = 1; l <= TF_LANG_COUNT; l++)
        if (langs & TF_LANG_BIT(l)) number_table[v].value[l - 1] = value;
    }
  }
  if (rc != TF_OK) {
    tf_trie_builder_free(b);
    return rc;
  }
  /* The abbreviations grouped by first byte, in data order within a group. */
  for (size_t i = 1; i < abbreviation_count; i++) {
    abbreviation a = abbreviations[i];
    size_t j = i;
    while (j > 0 && (unsigned char)abbreviations[j - 1].text[0] > (unsigned char)a.text[0]) {
      abbreviations[j] = abbreviations[j - 1];
      j--;
    }
    abbreviations[j] = a;
  }
  memset(abbreviation_first, 0, sizeof abbreviation_first);
  for (size_t i = abbreviation_count; i-- > 0;) {
    unsigned char f = (unsigned char)abbreviations[i].text[0];
    abbreviation_from[f] = (unsigned short)i;
    abbreviation_first[f]++;
  }
  number_trie = tf_trie_build(b);
  if (!number_trie || fill_ascii_keys(count) != TF_OK) return TF_NOMEM;
  /* The half phrases: the rows of kind half, read as phrases (value column aside). */
  tf_data_open(&r, "numbers.tsv", tf_data_numbers);
  size_t half_capacity = 0;
  while (tf_data_next(&r, &row)) {
    if (!(row.len[0] == 4 && memcmp(row.field[0], "half", 4) == 0)) continue;
    tf_data_item item;
    for (tf_data_items(&item, row.field[2], row.len[2]); tf_data_item_next(&item);) {
      if (tf_phrases_add(&half_phrases, &half_capacity, item.text, item.len, TF_LANG_ALL) != TF_OK)
        return TF_NOMEM;
    }
  }
  return TF_OK;
}

static int is_digit(unsigned char b) { return b >= '0' && b <= '9'; }

/* Separator kinds inside a numeral. */
enum { SEP_NONE = 0, SEP_SPACE, SEP_DOT, SEP_COMMA, SEP_APOSTROPHE };

static size_t separator_at(const unsigned char *s, size_t len, size_t p, int *kind) {
  size_t n = tf_hspace_at(s, len, p);
  if (n) {
    *kind = SEP_SPACE;
    return n;
  }
  if (p >= len) return 0;
  if (s[p] == '.') {
    *kind = SEP_DOT;
    return 1;
  }
  if (s[p] == ',') {
    *kind = SEP_COMMA;
    return 1;
  }
  if (s[p] == '\'') {
    *kind = SEP_APOSTROPHE;
    return 1;
  }
  if (p + 2 < len && s[p] == 0xE2 && s[p + 1] == 0x80 && s[p + 2] == 0x99) {
    *kind = SEP_APOSTROPHE;
    return 3;
  }
  return 0;
}

static size_t count_digits(const unsigned char *s, size_t len, size_t p) {
  size_t n = 0;
  while (p + n < len && is_digit(s[p + n])) n++;
  return n;
}

static double digits_value(const unsigned char *s, size_t p, size_t n) {
  double v = 0;
  for (size_t i = 0; i < n; i++) v = v * 10 + (s[p + i] - '0');
  return v;
}

/* ------------------------------------------------------------------------ */
/* Digits. */
static int parse_digits(const unsigned char *s, size_t len, size_t pos, int lang, unsigned options,
                        tf_number *out) {
  size_t first = count_digits(s, len, pos);
  if (first == 0) return 0;
  size_t p = pos + first;
  double integer = digits_value(s, pos, first);
  int group_kind = SEP_NONE, groups = 0, indian = 0;
  size_t after_first = p;
  for (;;) {
    int kind;
    size_t n = separator_at(s, len, p, &kind);
    if (!n) break;
    size_t q = p + n;
    size_t g = count_digits(s, len, q);
    if (kind == SEP_COMMA && lang == TF_LANG_EN && g == 2 && (groups == 0 ? first <= 2 : indian) &&
        q + 2 < len && s[q + 2] == ',') {
      /* Indian grouping: 12,34,567 */
      indian = 1;
      group_kind = SEP_COMMA;
      groups++;
      integer = integer * 100 + digits_value(s, q, 2);
      p = q + 2;
      continue;
    }
    if (g != 3) break;
    if (group_kind == SEP_NONE) {
      if (first > 3) break;
      group_kind = kind;
    } else if (kind != group_kind) {
      break;
    }
    groups++;
    integer = integer * 1000 + digits_value(s, q, 3);
    p = q + 3;
  }
  if (groups == 1 && !indian && (group_kind == SEP_DOT || group_kind == SEP_COMMA)) {
    /* One group of three after a dot or a comma: a thousands separator or a
    ** decimal mark? See the header for the rule. */
    int other_decimal = p + 1 < len && is_digit(s[p + 1]) &&
                        ((group_kind == SEP_COMMA && s[p] == '.') ||
                         (group_kind == SEP_DOT && s[p] == ','));
    int grouping;
    /* (after a symbol, "$3,500" groups in French text, which quotes the English style;
    ** the other languages keep their decimal comma there: "R$ 20,726 bilhões") */
    if (group_kind == SEP_COMMA)
      grouping = lang == TF_LANG_EN || ((options & TF_NUM_PREFIXED) && lang <= TF_LANG_EN) ||
                 other_decimal;
    else grouping = tf_lang_decimal_comma(lang) || other_decimal;
    if (!grouping) {
      p = after_first;
      integer = digits_value(s, pos, first);
      groups = 0;
      group_kind = SEP_NONE;
    }
  }
  unsigned flags = groups ? TF_NF_GROUPED : 0;
  double value = integer;
  int decimals = 0;
  if (p + 1 < len && (s[p] == '.' || s[p] == ',') && is_digit(s[p + 1]) &&
      !((s[p] == '.' && group_kind == SEP_DOT) || (s[p] == ',' && group_kind == SEP_COMMA))) {
    size_t d = count_digits(s, len, p + 1);
    /* All digits as one integer, divided once: 1,7 → 17 / 10. */
    double mantissa = integer;
    for (size_t i = 0; i < d; i++) mantissa = mantissa * 10 + (s[p + 1 + i] - '0');
    double divisor = 1;
    for (size_t i = 0; i < d && i < 308; i++) divisor *= 10;
    value = mantissa / divisor;
    decimals = d > 30 ? 30 : (int)d;
    flags |= TF_NF_DECIMAL;
    p += 1 + d;
  }
  if (!isfinite(value)) return 0; /* 400 nines are no amount */
  out->start = pos;
  out->numeral_end = out->end = p;
  out->base = out->value = value;
  out->scale = 1;
  out->flags = flags;
  out->decimals = decimals;
  return 1;
}

double tf_scale_value(double base, int decimals, double scale) {
  double power = 1;
  for (int i = 0; i < decimals; i++) power *= 10;
  if (decimals > 0 && scale >= power && decimals <= 15)
    return nearbyint(base * power) * (scale / power);
  return base * scale;
}

/* ------------------------------------------------------------------------ */
/* Scales. */

/* The language whose number words a text reads: its own; English for Chinese text,
** whose numerals are not words between spaces ("$23 billion" in a Chinese sentence),
** and for AUTO. */
static int words_lang(int lang) {
  return lang > 0 && lang <= TF_LANG_COUNT && lang != TF_LANG_ZH ? lang : TF_LANG_EN;
}

/* Picks the longest number-trie hit at p that ends a word and exists in lang.
** Returns the entry index or -1, with *end. */
static int32_t number_word_at(const unsigned char *s, size_t len, size_t p, int lang, size_t *end) {
  unsigned bit = TF_LANG_BIT(words_lang(lang));
  /* A word of ASCII letters that ends at an ASCII byte: the trie's hits there are keys of
  ** ASCII letters, all of which end inside the word but the whole word's */
  if (ascii_keys_complete && p < len && tf_ascii_letter_fold[s[p]]) {
    uint64_t h = TF_WORD_HASH_SEED;
    size_t q = tf_ascii_letters_hash_on(s, len, p, &h);
    if (q >= len || s[q] < 0x80) {
      int32_t v;
      if (!tf_word_map_get(&ascii_keys, h, &v)) return -1;
      const number_word *w = &number_table[v];
      if (w->ascii_len != q - p || !(w->langs & bit) || tf_word_char_at(s, len, q)) return -1;
      for (size_t i = 0; i < q - p; i++)
        if ((s[p + i] | 0x20) != (unsigned char)w->ascii[i]) return -1;
      *end = q;
      return v;
    }
  }
  tf_trie_hit hits[4];
  int n = tf_trie_match(number_trie, s, len, p, hits, 4);
  for (int i = n - 1; i >= 0; i--) {
    const number_word *w = &number_table[hits[i].value];
    if (!(w->langs & bit)) continue;
    if (tf_word_char_at(s, len, hits[i].end)) continue;
    *end = hits[i].end;
    return hits[i].value;
  }
  return -1;
}

static double word_value(const number_word *w, int lang) { return w->value[words_lang(lang) - 1]; }

/* May a scale or thousand word start at p? 0 when certainly none does: the longest word of
** the trie there (number_word_at) is then of another kind, or there is none. */
static inline int scale_word_may_start(const unsigned char *s, size_t len, size_t p) {
  if (p >= len || s[p] >= 0x80) return p < len;
  unsigned a = s[p];
  if (!scale_first[a]) return 0;
  if (scale_first_alone[a] || p + 1 >= len || s[p + 1] >= 0x80) return 1;
  unsigned i = a << 7 | s[p + 1];
  return scale_pairs[i >> 3] >> (i & 7) & 1;
}

/* The word at p after a white space of sp bytes, for a caller that takes only a scale or
** thousand word: number_word_at's entry, or -1 when sp is 0 or none of those may start at
** p (any other word is of no use to it, and the trie is not walked). */
static inline int32_t scale_word_after(const unsigned char *s, size_t len, size_t p, size_t sp,
                                       int lang, size_t *end) {
  if (!sp || !scale_word_may_start(s, len, p)) return -1;
  return number_word_at(s, len, p, lang, end);
}

/* After a scale word: "et demi" / "and a half" adds half the scale. */
static size_t half_after_scale(const unsigned char *s, size_t len, size_t p) {
  size_t sp = tf_hspace_at(s, len, p);
  if (!sp) return 0;
  size_t n = tf_phrases_at(&half_phrases, s, len, p + sp, TF_LANG_AUTO);
  return n ? sp + n : 0;
}

static int parse_scale(const unsigned char *s, size_t len, size_t pos, int lang, int standalone,
                       double *scale, size_t *end) {
  size_t space = tf_hspace_at(s, len, pos);
  size_t q = pos + space;
  /* A scale word after a line break ("$965\nmillion") or a hyphen ("$2.7-billion
  ** deal", "Rs 1,750-crore"): words only, not the abbreviations. */
  int words_only = 0;
  if (!space && pos < len && (s[pos] == '\n' || s[pos] == '-')) {
    q = pos + 1;
    if (s[pos] == '\n') q += tf_hspace_at(s, len, q);
    words_only = 1;
  }
  if (q >= len) return 0;
  /* Most numbers are followed by a space and a digit, a comma, a '%', or a
  ** word that is no scale: leave before trying the abbreviations. */
  unsigned char first = s[q];
  if (first < 0x80 && !((first | 0x20) >= 'a' && (first | 0x20) <= 'z')) return 0;
  if (words_only || !abbreviation_first[first]) goto words;
  for (size_t i = abbreviation_from[first], e = i + abbreviation_first[first]; i < e; i++) {
    size_t n = abbreviations[i].len;
    /* (the second byte first: most words after a number are no abbreviation) */
    if (q + n > len || (n > 1 && s[q + 1] != (unsigned char)abbreviations[i].text[1]) ||
        memcmp(s + q, abbreviations[i].text, n) != 0)
      continue;
    if (tf_word_char_at(s, len, q + n) || (abbreviations[i].attached && space)) continue;
    /* A spaced one-letter abbreviation ("5 m") is a unit of length unless a
    ** currency symbol touches it ("5 M€"). */
    if (n == 1 && space && !tf_currency_symbol_at(s, len, q + n) && !(standalone && s[q] == 'M'))
      continue;
    *scale = abbreviations[i].scale;
    *end = q + n;
    return 1;
  }
words:;
  size_t word_end;
  if (!scale_word_may_start(s, len, q)) return 0;
  int32_t idx = number_word_at(s, len, q, lang, &word_end);
  if (idx < 0) return 0;
  const number_word *w = &number_table[idx];
  if (w->kind != NW_SCALE && w->kind != NW_THOUSAND) return 0;
  double total = word_value(w, lang);
  /* "mille milliards", "thousand million": a thousand of the next scale;
  ** "lakh crore": a scale of a larger one. */
  if (w->kind == NW_SCALE) {
    size_t sp = tf_hspace_at(s, len, word_end), e2;
    int32_t idx2 = scale_word_after(s, len, word_end + sp, sp, lang, &e2);
    if (idx2 >= 0 && number_table[idx2].kind == NW_SCALE &&
        word_value(&number_table[idx2], lang) > total) {
      total *= word_value(&number_table[idx2], lang);
      word_end = e2;
    } else if (sp && (lang == TF_LANG_ES || lang == TF_LANG_PT) && word_end + sp + 3 < len &&
               memcmp(s + word_end + sp, "de", 2) == 0) {
      /* "un millón de millones", "2 millones de millones" (10^12, GUIDE.md) */
      size_t sp2 = tf_hspace_at(s, len, word_end + sp + 2);
      idx2 = scale_word_after(s, len, word_end + sp + 2 + sp2, sp2, lang, &e2);
      if (idx2 >= 0 && number_table[idx2].kind == NW_SCALE &&
          word_value(&number_table[idx2], lang) >= 1e6 && total >= 1e6) {
        total *= word_value(&number_table[idx2], lang);
        word_end = e2;
      }
    }
  }
  if (w->kind == NW_THOUSAND) {
    size_t sp = tf_hspace_at(s, len, word_end), e2;
    int32_t idx2 = scale_word_after(s, len, word_end + sp, sp, lang, &e2);
    if (idx2 >= 0 && number_table[idx2].kind == NW_SCALE) {
      total *= word_value(&number_table[idx2], lang);
      word_end = e2;
    }
  }
  *scale = total;
  *end = word_end;
  return 1;
}

int tf_parse_scale(const unsigned char *s, size_t len, size_t pos, int lang, double *scale,
                   size_t *end) {
  return parse_scale(s, len, pos, lang, 0, scale, end);
}

/* ------------------------------------------------------------------------ */
/* Words. */
static int parse_words(const unsigned char *s, size_t len, size_t pos, int lang, tf_number *out) {
  double total = 0, current = 0, fraction = 0, last_scale = 0;
  int last_kind = 0, tokens = 0, article_first = 0;
  double last_unit = 0;
  size_t p = pos, committed_end = 0, article_end = 0;
  double committed_value = 0, committed_scale = 1;
  unsigned committed_flags = 0;
  for (;;) {
    size_t end;
    int32_t idx = number_word_at(s, len, p, lang, &end);
    if (idx < 0) break;
    const number_word *w = &number_table[idx];
    double v = word_value(w, lang);
    int commit = 1;
    /* "millions de dollars" counts nothing; "mille" and "cent" alone do. */
    if (tokens == 0 && (w->kind == NW_SCALE ||
                        ((w->kind == NW_THOUSAND || w->kind == NW_HUNDRED) && lang == TF_LANG_EN)))
      break;
    switch (w->kind) {
      case NW_UNIT:
        if (last_kind == NW_UNIT && !(last_unit == 10 && v < 10)) goto done;
        if (last_kind == NW_FRACTION || last_kind == NW_ARTICLE) goto done;
        current += v;
        last_unit = v;
        break;
      case NW_TEN:
        if (last_kind == NW_UNIT && last_unit == 4 && v == 20) {
          current += 76; /* quatre-vingt(s) */
        } else if (last_kind == NW_UNIT || last_kind == NW_TEN || last_kind == NW_FRACTION ||
                   last_kind == NW_ARTICLE) {
          goto done;
        } else {
          current += v;
        }
        last_unit = 0;
        break;
      case NW_HUNDRED:
        if (last_kind == NW_HUNDRED || last_kind == NW_FRACTION) goto done;
        current = (current == 0 ? 1 : current) * 100;
        break;
      case NW_THOUSAND:
        if (last_kind == NW_THOUSAND || last_kind == NW_FRACTION) goto done;
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
        break;
      case NW_SCALE: {
        double chunk;
        if (fraction) {
          chunk = fraction;
          fraction = 0;
        } else {
          chunk = current == 0 ? 1 : current;
        }
        if (total > 0 && total < v && current == 0) total *= v;
        else if (total > 0 && total < v) total = (total + chunk) * v;
        else total += chunk * v;
        current = 0;
        last_scale = v;
        size_t half = half_after_scale(s, len, end);
        if (half) {
          total += half_value * v;
          end += half;
        }
        break;
      }
      case NW_FRACTION:
        if (last_kind == NW_FRACTION || last_kind == NW_SCALE || last_kind == NW_THOUSAND)
          goto done;
        fraction = (current == 0 ? 1 : current) * v;
        current = 0;
        commit = 0;
        break;
      case NW_ARTICLE:
        if (tokens == 0) {
          article_first = 1;
          article_end = end;
        } else if (last_kind != NW_FRACTION) {
          goto done;
        }
        commit = 0;
        break;
      case NW_AND:
        if (!(last_kind == NW_TEN || last_kind == NW_HUNDRED || last_kind == NW_THOUSAND ||
              last_kind == NW_SCALE))
          goto done;
        commit = 0;
        break;
      default: /* NW_DEMI outside "et demi" */ goto done;
    }
    tokens++;
    last_kind = w->kind;
    if (commit) {
      committed_end = end;
      committed_value = total + current;
      committed_flags = TF_NF_WORDS | (last_scale ? TF_NF_SCALE : 0);
      committed_scale = last_scale ? last_scale : 1;
    }
    /* The next word follows one space or one hyphen. */
    p = end;
    size_t sp = tf_hspace_at(s, len, p);
    if (sp) p += sp;
    else if (p < len && s[p] == '-') p += 1;
    else break;
  }
done:
  if (committed_end) {
    out->start = pos;
    out->end = out->numeral_end = committed_end;
    /* "fünf Milliarden": 5 of the scale 10^9, whose scale a range's low end takes
    ** ("drei bis fünf Milliarden") */
    out->value = committed_value;
    out->scale = committed_scale;
    out->base = committed_value / committed_scale;
    out->flags = committed_flags;
    out->decimals = 0;
    return 1;
  }
  if (article_first) {
    out->start = pos;
    out->end = out->numeral_end = article_end;
    out->value = out->base = 1;
    out->scale = 1;
    out->flags = TF_NF_WORDS | TF_NF_ARTICLE;
    out->decimals = 0;
    return 1;
  }
  return 0;
}

/* French "612, 40 millions": a space typed after the decimal comma, read as
** one only when one or two digits and a scale word follow. */
static void spaced_decimal_comma(const unsigned char *s, size_t len, int lang, tf_number *out) {
  size_t p = out->end;
  if (lang != TF_LANG_FR || (out->flags & (TF_NF_DECIMAL | TF_NF_GROUPED)) || p + 3 >= len ||
      s[p] != ',' || s[p + 1] != ' ' || !is_digit(s[p + 2]))
    return;
  /* "en 2027, 15 milliards": a year, then the amount */
  if (p - out->start == 4 && out->base >= 1800 && out->base <= 2100) return;
  size_t d = count_digits(s, len, p + 2);
  double scale;
  size_t end;
  if (d > 2 || !tf_hspace_at(s, len, p + 2 + d) ||
      !parse_scale(s, len, p + 2 + d, lang, 0, &scale, &end))
    return;
  double mantissa = out->base;
  for (size_t i = 0; i < d; i++) mantissa = mantissa * 10 + (s[p + 2 + i] - '0');
  out->base = out->value = mantissa / (d == 1 ? 10 : 100);
  out->decimals = (int)d;
  out->flags |= TF_NF_DECIMAL;
  out->end = out->numeral_end = p + 2 + d;
}

/* "1 milliard 200 millions": a whole number under a thousand with a smaller
** scale, right after a scaled one, adds to it. */
static void add_lower_scale(const unsigned char *s, size_t len, int lang, tf_number *out) {
  size_t sp = tf_hspace_at(s, len, out->end);
  if (!sp || out->end + sp >= len || !is_digit(s[out->end + sp])) return;
  size_t p = out->end + sp, d = count_digits(s, len, p);
  if (d > 3 || (p + d < len && (s[p + d] == ',' || s[p + d] == '.'))) return;
  double scale;
  size_t end;
  if (!parse_scale(s, len, p + d, lang, 0, &scale, &end) || scale >= out->scale ||
      !tf_hspace_at(s, len, p + d))
    return;
  double value = out->value + digits_value(s, p, d) * scale;
  if (!isfinite(value)) return;
  out->value = value;
  out->base = value / out->scale;
  out->decimals = 15;
  out->end = end;
}

/* Spanish and Mexican "4 mil 800 millones" (4,800 millions, GUIDE.md): a number, the
** word of a thousand, one to three digits, then a scale word; the number becomes 4800.
** Without a scale word, the thousands and the units of one number ("12 mil 550 pesos",
** "12 mil 550 empleos": 12,550), in Spanish and Portuguese. */
static void thousand_and_digits(const unsigned char *s, size_t len, int lang, tf_number *out) {
  if (out->flags & (TF_NF_DECIMAL | TF_NF_GROUPED)) return;
  size_t sp = tf_hspace_at(s, len, out->end), end;
  int32_t idx = scale_word_after(s, len, out->end + sp, sp, lang, &end);
  if (idx < 0 || number_table[idx].kind != NW_THOUSAND) return;
  size_t sp2 = tf_hspace_at(s, len, end);
  size_t d = sp2 ? count_digits(s, len, end + sp2) : 0;
  if (d < 1 || d > 3) return;
  size_t q = end + sp2 + d, sp3 = tf_hspace_at(s, len, q), e2;
  if (!sp3 || (q < len && (s[q] == '.' || s[q] == ','))) return;
  int32_t scale = number_word_at(s, len, q + sp3, lang, &e2);
  if (scale < 0 || number_table[scale].kind != NW_SCALE) {
    /* (not a thousand of a scale word itself: "12 mil 550 mil") */
    if ((lang != TF_LANG_ES && lang != TF_LANG_PT) || scale >= 0 || out->base >= 1000) return;
  }
  double v = out->base * word_value(&number_table[idx], lang) + digits_value(s, end + sp2, d);
  out->base = out->value = v;
  out->numeral_end = out->end = q;
}

int tf_parse_number(const unsigned char *s, size_t len, size_t pos, int lang, unsigned options,
                    tf_number *out) {
  if (pos >= len) return 0;
  if (is_digit(s[pos])) {
    if (options & TF_NUM_WORDS_ONLY) return 0;
    if (!parse_digits(s, len, pos, lang, options, out)) return 0;
    if (!(options & TF_NUM_NO_SCALE)) spaced_decimal_comma(s, len, lang, out);
    if (!(options & TF_NUM_NO_SCALE)) thousand_and_digits(s, len, lang, out);
    if (!(options & TF_NUM_NO_SCALE)) {
      double scale;
      size_t end;
      if (parse_scale(s, len, out->end, lang, (options & TF_NUM_STANDALONE) != 0, &scale, &end)) {
        size_t half = half_after_scale(s, len, end);
        double scaled = tf_scale_value(out->base, out->decimals, scale) +
                        (half ? half_value * scale : 0);
        if (!isfinite(scaled)) return 0;
        out->scale = scale;
        out->value = scaled;
        out->end = end + half;
        out->flags |= TF_NF_SCALE;
        if (!half) add_lower_scale(s, len, lang, out);
      }
    }
    return 1;
  }
  if (options & TF_NUM_NO_WORDS) return 0;
  return parse_words(s, len, pos, lang, out);
}

static int parse_whole(const unsigned char *s, size_t start, size_t end, int lang, double *value) {
  tf_number number;
  if (!tf_parse_number(s, end, start, lang, TF_NUM_STANDALONE, &number)) return 0;
  if (number.end != end || (number.flags & TF_NF_ARTICLE)) return 0;
  *value = number.value;
  return 1;
}

int tf_parse_amount(const unsigned char *s, size_t len, int lang, double *value) {
  size_t start = 0, end = len;
  while (start < end) {
    size_t n = tf_hspace_at(s, end, start);
    if (!n && (s[start] == '\t' || s[start] == '\n' || s[start] == '\r')) n = 1;
    if (!n) break;
    start += n;
  }
  while (end > start &&
         (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\n' || s[end - 1] == '\r'))
    end--;
  if (start >= end) return 0;
  if (lang != TF_LANG_AUTO) return parse_whole(s, start, end, lang, value);
  /* A few words say little about their language: the detected one first,
  ** then the other ("trois cents", "3 mille"). */
  int first = tf_lang_detect(s + start, end - start);
  return parse_whole(s, start, end, first, value) ||
         parse_whole(s, start, end, first == TF_LANG_FR ? TF_LANG_EN : TF_LANG_FR, value);
}

/* ------------------------------------------------------------------------ */
/* Chinese. */

/* The value of a Chinese numeral character: 0..9 for a digit, 10, 100, 1000 for the
** units, 1e4, 1e8 for the large units; -1 for none. */
static double zh_numeral(int32_t cp) {
  switch (cp) {
    case 0x96F6: /* 零 */
    case 0x3007: /* 〇 */ return 0;
    case 0x4E00: /* 一 */
    case 0x58F9: /* 壹 */ return 1;
    case 0x4E8C: /* 二 */
    case 0x4E24: /* 两 */
    case 0x5169: /* 兩 */
    case 0x8D30: /* 贰 */
    case 0x8CB3: /* 貳 */ return 2;
    case 0x4E09: /* 三 */
    case 0x53C1: /* 叁 */
    case 0x53C3: /* 參 */ return 3;
    case 0x56DB: /* 四 */
    case 0x8086: /* 肆 */ return 4;
    case 0x4E94: /* 五 */
    case 0x4F0D: /* 伍 */ return 5;
    case 0x516D: /* 六 */
    case 0x9646: /* 陆 */
    case 0x9678: /* 陸 */ return 6;
    case 0x4E03: /* 七 */
    case 0x67D2: /* 柒 */ return 7;
    case 0x516B: /* 八 */
    case 0x634C: /* 捌 */ return 8;
    case 0x4E5D: /* 九 */
    case 0x7396: /* 玖 */ return 9;
    case 0x5341: /* 十 */
    case 0x62FE: /* 拾 */ return 10;
    case 0x767E: /* 百 */
    case 0x4F70: /* 佰 */ return 100;
    case 0x5343: /* 千 */
    case 0x4EDF: /* 仟 */ return 1000;
    case 0x4E07: /* 万 */
    case 0x842C: /* 萬 */ return 1e4;
    case 0x4EBF: /* 亿 */
    case 0x5104: /* 億 */ return 1e8;
    case 0x5146: /* 兆: 10^12 in money ("四十九兆九千億元") */ return 1e12;
    default: return -1;
  }
}

/* "余", "餘", "多": more than the number. */
static int zh_more(int32_t cp) { return cp == 0x4F59 || cp == 0x9918 || cp == 0x591A; }

/* A digit, ASCII or full-width, at p: its value and *next, or -1. */
static int zh_digit(const unsigned char *s, size_t len, size_t p, size_t *next) {
  if (p < len && s[p] >= '0' && s[p] <= '9') {
    *next = p + 1;
    return s[p] - '0';
  }
  /* full-width: EF BC 90..99 */
  if (p + 2 < len && s[p] == 0xEF && s[p + 1] == 0xBC && s[p + 2] >= 0x90 && s[p + 2] <= 0x99) {
    *next = p + 3;
    return s[p + 2] - 0x90;
  }
  return -1;
}

/* The scale characters after a number ("万", "亿", "万亿", "千亿", "百万"): their product
** in *scale, their end in *end; "余"/"多" on either side set *more. 0 when none. */
static int zh_scale(const unsigned char *s, size_t len, size_t p, double *scale, size_t *end,
                    int *more) {
  double product = 1;
  int units = 0, large = 0;
  size_t q = p;
  while (q < len) {
    size_t next;
    int32_t cp = tf_utf8_decode3(s, len, q, &next);
    double v = zh_numeral(cp);
    if (v >= 10) {
      if (v >= 1e4) large = 1;
      product *= v;
      units++;
    } else if (zh_more(cp) && !*more) {
      *more = 1;
    } else {
      break;
    }
    q = next;
    if (units >= 4) break;
  }
  /* "十", "百", "千" alone scale a number only with a large unit or directly ("5千元") */
  if (!units || (!large && units > 1)) return 0;
  *scale = product;
  *end = q;
  return 1;
}

int tf_parse_number_zh(const unsigned char *s, size_t len, size_t pos, tf_number *out) {
  memset(out, 0, sizeof *out);
  size_t p = pos, next;
  int d = zh_digit(s, len, p, &next);
  int more = 0;
  if (d >= 0) {
    double base = 0;
    int decimals = 0, grouped = 0;
    while ((d = zh_digit(s, len, p, &next)) >= 0) {
      base = base * 10 + d;
      p = next;
      /* "1,200亿": a group of three digits after a comma (a comma before anything else is
      ** the sentence's) */
      if (p + 3 < len && s[p] == ',' && is_digit(s[p + 1]) && is_digit(s[p + 2]) &&
          is_digit(s[p + 3]) && (p + 4 >= len || !is_digit(s[p + 4]))) {
        grouped = 1;
        p++;
      }
    }
    if (p + 1 < len &&
        (s[p] == '.' || (p + 3 < len && s[p] == 0xEF && s[p + 1] == 0xBC && s[p + 2] == 0x8E))) {
      size_t q = s[p] == '.' ? p + 1 : p + 3;
      double scale = 0.1;
      while ((d = zh_digit(s, len, q, &next)) >= 0 && decimals < 12) {
        base += d * scale;
        scale /= 10;
        decimals++;
        q = next;
      }
      if (decimals) p = q;
    }
    out->base = base;
    out->decimals = decimals;
    out->flags = (decimals ? TF_NF_DECIMAL : 0) | (grouped ? TF_NF_GROUPED : 0);
  } else {
    /* numerals: groups below 10,000, each times the large unit after it; a unit larger
    ** than every one before multiplies them all ("两万亿": 2 × 10^4 × 10^8), a smaller
    ** one only its group ("一亿两千万") */
    double result = 0, section = 0, number = 0, largest = 0;
    int any = 0, numerals = 0;
    while (p < len) {
      int32_t cp = tf_utf8_decode3(s, len, p, &next);
      double v = zh_numeral(cp);
      if (v < 0) {
        if (zh_more(cp) && any && !more) {
          more = 1; /* "三千余万" */
          p = next;
          continue;
        }
        break;
      }
      if (v < 10) {
        number = v;
        numerals++;
      } else if (v < 1e4) {
        section += (number > 0 || numerals ? number : 1) * v;
        number = 0;
      } else {
        double group = section + number;
        if (v > largest) {
          result = (result + group) * v;
          largest = v;
        } else {
          result += group * v;
        }
        section = number = 0;
      }
      any = 1;
      p = next;
    }
    if (!any) return 0;
    out->base = result + section + number;
    out->flags = TF_NF_WORDS;
    /* no number, and none inside it either (out->end says where it ends): "零一萬物" is
    ** a name, "数千亿" no number ("several hundred billion"), "亿" alone a unit */
    out->start = pos;
    out->end = out->numeral_end = p;
    double first = zh_numeral(tf_utf8_decode3(s, len, pos, &next));
    if (first == 0 || first >= 1e4) return 0;
    if (first >= 10 && pos >= 3) {
      size_t before;
      int32_t cp = tf_utf8_decode_before3(s, pos, &before);
      if (cp == 0x6570 || cp == 0x6578 || cp == 0x51E0 || cp == 0x5E7E) return 0; /* 数數几幾 */
    }
  }
  out->start = pos;
  out->numeral_end = p;
  out->scale = 1;
  /* the scale, after spaces ("10 億美元") */
  size_t q = p + tf_hspace_at(s, len, p), scale_end;
  double scale;
  if (zh_scale(s, len, q, &scale, &scale_end, &more)) {
    out->scale = scale;
    out->flags |= TF_NF_SCALE;
    p = scale_end;
  } else if (p < len) {
    int32_t cp = tf_utf8_decode3(s, len, p, &next);
    if (zh_more(cp)) { /* "100多" */
      more = 1;
      p = next;
    }
  }
  if (out->flags & TF_NF_WORDS) {
    /* the large units of a numeral are its scale: "一千二百亿" is 1200 × 1e8 */
    double large = out->base >= 1e12 ? 1e12 : out->base >= 1e8 ? 1e8 : out->base >= 1e4 ? 1e4 : 1;
    if (large > 1 && out->scale == 1) {
      out->flags |= TF_NF_SCALE;
      out->scale = large;
      out->base /= large;
    }
  }
  if (more) out->flags |= TF_NF_MORE;
  out->end = p;
  out->value = tf_scale_value(out->base, out->decimals, out->scale);
  return isfinite(out->value) ? 1 : 0;
}

int tf_zh_number_start(int32_t cp) {
  double v = zh_numeral(cp);
  return (v >= 0 && v < 1e4) || (cp >= 0xFF10 && cp <= 0xFF19);
}

int tf_zh_digit_at(const unsigned char *s, size_t len, size_t p, int ascii, size_t *next) {
  if (p >= len) return -1;
  if (s[p] < 0x80 || (s[p] == 0xEF && p + 2 < len && s[p + 1] == 0xBC))
    return ascii ? zh_digit(s, len, p, next) : -1;
  double v = zh_numeral(tf_utf8_decode3(s, len, p, next));
  return v >= 0 && v < 10 ? (int)v : -1;
}
