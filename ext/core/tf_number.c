/* tf_number.c — see tf_number.h. */
#include "tf_number.h"
#include "tf_fold.h"
#include "tf_lang.h"
#include "tf_lexicon.h"
#include "tf_utf8.h"
#include <math.h>
#include <string.h>

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
  if (s[p] == '.') { *kind = SEP_DOT; return 1; }
  if (s[p] == ',') { *kind = SEP_COMMA; return 1; }
  if (s[p] == '\'') { *kind = SEP_APOSTROPHE; return 1; }
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
static int parse_digits(const unsigned char *s, size_t len, size_t pos, int lang,
                        unsigned options, tf_number *out) {
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
    if (group_kind == SEP_COMMA)
      grouping = lang == TF_LANG_EN || (options & TF_NUM_PREFIXED) || other_decimal;
    else
      grouping = lang == TF_LANG_FR || other_decimal;
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
  if (decimals > 0 && scale >= power && decimals <= 15) return nearbyint(base * power) * (scale / power);
  return base * scale;
}

/* ------------------------------------------------------------------------ */
/* Scales. */
typedef struct abbreviation {
  const char *text;
  double scale;
} abbreviation;

/* Longest first where one is a prefix of another. Case matters: "mm" is a
** millimetre, "MM" a million in finance. */
static const abbreviation abbreviations[] = {
  {"Mrds", 1e9}, {"Mrd", 1e9}, {"Mds", 1e9}, {"Md", 1e9}, {"mds", 1e9}, {"MM", 1e6},
  {"bn", 1e9}, {"Bn", 1e9}, {"BN", 1e9}, {"mln", 1e6}, {"Mln", 1e6}, {"mn", 1e6},
  {"Mn", 1e6}, {"mio", 1e6}, {"Mio", 1e6}, {"mld", 1e9}, {"Mld", 1e9}, {"trn", 1e12},
  {"tn", 1e12}, {"Tn", 1e12}, {"K", 1e3}, {"k", 1e3}, {"M", 1e6}, {"m", 1e6},
  {"B", 1e9}, {"b", 1e9}, {"T", 1e12},
};

/* Picks the longest number-trie hit at p that ends a word and exists in lang.
** Returns the entry index or -1, with *end. */
static int32_t number_word_at(const unsigned char *s, size_t len, size_t p, int lang, size_t *end) {
  const tf_lexicon *lx = tf_lexicon_get();
  tf_trie_hit hits[4];
  int n = tf_trie_match(lx->numbers, s, len, p, hits, 4);
  int bit = lang == TF_LANG_FR ? TF_LANG_BIT_FR : TF_LANG_BIT_EN;
  for (int i = n - 1; i >= 0; i--) {
    const tf_number_word *w = &lx->number[hits[i].value];
    if (!(w->langs & bit)) continue;
    if (tf_word_char_at(s, len, hits[i].end)) continue;
    *end = hits[i].end;
    return hits[i].value;
  }
  return -1;
}

static double word_value(const tf_number_word *w, int lang) {
  return lang == TF_LANG_FR ? w->value_fr : w->value_en;
}

/* After a scale word: "et demi" / "and a half" adds half the scale. */
static size_t half_after_scale(const unsigned char *s, size_t len, size_t p) {
  size_t sp = tf_hspace_at(s, len, p);
  if (!sp) return 0;
  size_t n = tf_ascii_phrase_at(s, len, p + sp, "et demi");
  if (!n) n = tf_ascii_phrase_at(s, len, p + sp, "and a half");
  return n ? sp + n : 0;
}

static int parse_scale(const unsigned char *s, size_t len, size_t pos, int lang, int standalone,
                       double *scale, size_t *end) {
  size_t space = tf_hspace_at(s, len, pos);
  size_t q = pos + space;
  if (q >= len) return 0;
  /* Most numbers are followed by a space and a digit, a comma, a '%', or a
  ** word that is no scale: leave before trying the abbreviations. */
  unsigned char first = s[q];
  if (first < 0x80 && !((first | 0x20) >= 'a' && (first | 0x20) <= 'z')) return 0;
  if (strchr("MmBbKkTt", first) == NULL || first == 0) goto words;
  for (size_t i = 0; i < sizeof abbreviations / sizeof abbreviations[0]; i++) {
    size_t n = strlen(abbreviations[i].text);
    if (q + n > len || memcmp(s + q, abbreviations[i].text, n) != 0) continue;
    if (tf_word_char_at(s, len, q + n)) continue;
    /* A spaced one-letter abbreviation ("5 m") is a unit of length unless a
    ** currency symbol touches it ("5 M€"). */
    if (n == 1 && space && !tf_currency_symbol_at(s, len, q + n) &&
        !(standalone && s[q] == 'M'))
      continue;
    *scale = abbreviations[i].scale;
    *end = q + n;
    return 1;
  }
words:;
  size_t word_end;
  int32_t idx = number_word_at(s, len, q, lang, &word_end);
  if (idx < 0) return 0;
  const tf_number_word *w = &tf_lexicon_get()->number[idx];
  if (w->kind != TF_NW_SCALE && w->kind != TF_NW_THOUSAND) return 0;
  double total = word_value(w, lang);
  /* "mille milliards", "thousand million": a thousand of the next scale. */
  if (w->kind == TF_NW_THOUSAND) {
    size_t sp = tf_hspace_at(s, len, word_end), e2;
    int32_t idx2 = sp ? number_word_at(s, len, word_end + sp, lang, &e2) : -1;
    if (idx2 >= 0 && tf_lexicon_get()->number[idx2].kind == TF_NW_SCALE) {
      total *= word_value(&tf_lexicon_get()->number[idx2], lang);
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
  const tf_lexicon *lx = tf_lexicon_get();
  double total = 0, current = 0, fraction = 0, last_scale = 0;
  int last_kind = 0, tokens = 0, article_first = 0;
  double last_unit = 0;
  size_t p = pos, committed_end = 0, article_end = 0;
  double committed_value = 0;
  unsigned committed_flags = 0;
  for (;;) {
    size_t end;
    int32_t idx = number_word_at(s, len, p, lang, &end);
    if (idx < 0) break;
    const tf_number_word *w = &lx->number[idx];
    double v = word_value(w, lang);
    int commit = 1;
    /* "millions de dollars" counts nothing; "mille" and "cent" alone do. */
    if (tokens == 0 && (w->kind == TF_NW_SCALE ||
                        ((w->kind == TF_NW_THOUSAND || w->kind == TF_NW_HUNDRED) && lang == TF_LANG_EN)))
      break;
    switch (w->kind) {
      case TF_NW_UNIT:
        if (last_kind == TF_NW_UNIT && !(last_unit == 10 && v < 10)) goto done;
        if (last_kind == TF_NW_FRACTION || last_kind == TF_NW_ARTICLE) goto done;
        current += v;
        last_unit = v;
        break;
      case TF_NW_TEN:
        if (last_kind == TF_NW_UNIT && last_unit == 4 && v == 20) {
          current += 76; /* quatre-vingt(s) */
        } else if (last_kind == TF_NW_UNIT || last_kind == TF_NW_TEN ||
                   last_kind == TF_NW_FRACTION || last_kind == TF_NW_ARTICLE) {
          goto done;
        } else {
          current += v;
        }
        last_unit = 0;
        break;
      case TF_NW_HUNDRED:
        if (last_kind == TF_NW_HUNDRED || last_kind == TF_NW_FRACTION) goto done;
        current = (current == 0 ? 1 : current) * 100;
        break;
      case TF_NW_THOUSAND:
        if (last_kind == TF_NW_THOUSAND || last_kind == TF_NW_FRACTION) goto done;
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
        break;
      case TF_NW_SCALE: {
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
          total += 0.5 * v;
          end += half;
        }
        break;
      }
      case TF_NW_FRACTION:
        if (last_kind == TF_NW_FRACTION || last_kind == TF_NW_SCALE || last_kind == TF_NW_THOUSAND)
          goto done;
        fraction = (current == 0 ? 1 : current) * v;
        current = 0;
        commit = 0;
        break;
      case TF_NW_ARTICLE:
        if (tokens == 0) {
          article_first = 1;
          article_end = end;
        } else if (last_kind != TF_NW_FRACTION) {
          goto done;
        }
        commit = 0;
        break;
      case TF_NW_AND:
        if (!(last_kind == TF_NW_TEN || last_kind == TF_NW_HUNDRED || last_kind == TF_NW_THOUSAND ||
              last_kind == TF_NW_SCALE))
          goto done;
        commit = 0;
        break;
      default: /* TF_NW_DEMI outside "et demi" */
        goto done;
    }
    tokens++;
    last_kind = w->kind;
    if (commit) {
      committed_end = end;
      committed_value = total + current;
      committed_flags = TF_NF_WORDS | (last_scale ? TF_NF_SCALE : 0);
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
    out->value = out->base = committed_value;
    out->scale = 1;
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

int tf_parse_number(const unsigned char *s, size_t len, size_t pos, int lang, unsigned options,
                    tf_number *out) {
  if (pos >= len) return 0;
  if (is_digit(s[pos])) {
    if (options & TF_NUM_WORDS_ONLY) return 0;
    if (!parse_digits(s, len, pos, lang, options, out)) return 0;
    if (!(options & TF_NUM_NO_SCALE)) {
      double scale;
      size_t end;
      if (parse_scale(s, len, out->end, lang, (options & TF_NUM_STANDALONE) != 0, &scale, &end)) {
        size_t half = half_after_scale(s, len, end);
        double scaled = tf_scale_value(out->base, out->decimals, scale) + (half ? 0.5 * scale : 0);
        if (!isfinite(scaled)) return 0;
        out->scale = scale;
        out->value = scaled;
        out->end = end + half;
        out->flags |= TF_NF_SCALE;
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
  while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\n' ||
                         s[end - 1] == '\r'))
    end--;
  if (start >= end) return 0;
  if (lang != TF_LANG_AUTO) return parse_whole(s, start, end, lang, value);
  /* A few words say little about their language: the detected one first,
  ** then the other ("trois cents", "3 mille"). */
  int first = tf_lang_detect(s + start, end - start);
  return parse_whole(s, start, end, first, value) ||
         parse_whole(s, start, end, first == TF_LANG_FR ? TF_LANG_EN : TF_LANG_FR, value);
}
