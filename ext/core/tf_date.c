/* tf_date.c — see tf_date.h.
**
** One PCRE2 pattern per language setting, in byte mode like the qualifiers (the
** subject may hold invalid UTF-8), with the month names of ext/data/dates.tsv
** written as the bytes they match (tf_regex.h). Four forms, in capture groups
** 1-3, 4-6, 7-9 and 10-12: ISO (y, m, d), day first (d, month, y: also "5. März 2026", "5 de
** marzo de 2026"), month first (month, d, y) and Chinese ("2026年3月5日": y, m, d). The
** month is read back from the folded name. */
#include "tf_date.h"
#include "tf_core.h"
#include "tf_data.h"
#include "tf_fold.h"
#include "tf_lang.h"
#include "tf_regex.h"
#include "tf_words.h"
#include <stdio.h>
#include <string.h>

/* White space inside a date: space, tab, U+00A0, U+202F. */
#define SP "(?:[ \\t]|\\xC2\\xA0|\\xE2\\x80\\xAF)+"
#define OPT_SP "(?:[ \\t]|\\xC2\\xA0|\\xE2\\x80\\xAF)*" /* Chinese needs none */
/* A month name ends where no letter (ASCII or any multi-byte one) follows. */
#define MONTH_END "(?![a-z\\x80-\\xFF])"
#define YEAR "([12][0-9]{3})(?![0-9])"
#define DAY "(?<![0-9])(1er|[0-3]?[0-9])"

static pcre2_code *patterns[TF_LANG_COUNT + 1]; /* [0]: every language (TF_LANG_AUTO) */
/* Folded month name → its month per language, 4 bits each. */
static tf_word_map month_names;

static int lang_index(int lang) { return lang > 0 && lang <= TF_LANG_COUNT ? lang : 0; }

/* Appends the month names read by langs: "janvier|janv|…". */
static int append_months(tf_regex_buffer *b, unsigned langs, char *err, size_t size) {
  tf_data_reader r;
  tf_data_row row;
  int any = 0;
  tf_data_open(&r, "dates.tsv", tf_data_dates);
  while (tf_data_next(&r, &row)) {
    double month;
    unsigned row_langs = row.count == 3 ? tf_lang_bits_parse(row.field[1], row.len[1]) : 0;
    if (!row_langs || !tf_data_number(row.field[0], row.len[0], &month) || month < 1 ||
        month > 12 || month != (int)month)
      return tf_data_fail(err, size, &r,
                          "expected month<TAB>lang<TAB>names with a month of 1 to 12 "
                          "and a lang of fr, en or *");
    tf_data_item item;
    for (tf_data_items(&item, row.field[2], row.len[2]); tf_data_item_next(&item);) {
      char folded[64];
      uint64_t hash;
      int n = tf_fold_string(item.text, (int)item.len, folded, sizeof folded);
      if (n <= 0 || !tf_key_first_word_hash(folded, &hash) || strchr(folded, ' '))
        return tf_data_fail(err, size, &r, "bad month name '%.*s'", (int)item.len, item.text);
      if (langs == TF_LANG_ALL) { /* once: the names' months */
        int32_t months = 0;
        tf_word_map_get(&month_names, hash, &months);
        for (int l = 1; l <= TF_LANG_COUNT; l++)
          if (row_langs & TF_LANG_BIT(l)) {
            int shift = 4 * (l - 1);
            int32_t old = (months >> shift) & 15;
            if (old && old != (int32_t)month)
              return tf_data_fail(err, size, &r, "'%.*s' names two months", (int)item.len,
                                  item.text);
            months |= (int32_t)month << shift;
          }
        tf_word_map_put(&month_names, hash, months);
      }
      if (!(row_langs & langs)) continue;
      if (any) tf_regex_append(b, "|");
      any = 1;
      int rc = tf_regex_append_phrase(b, item.text, item.len, SP, "'");
      if (rc != TF_OK) return rc;
    }
  }
  if (!any) tf_regex_append(b, "(*FAIL)");
  return b->nomem ? TF_NOMEM : TF_OK;
}

int tf_date_init(char *err, size_t size) {
  if (tf_word_map_init(&month_names, 256)) return TF_NOMEM;
  int rc = TF_OK;
  /* ALL first: it fills month_names. */
  for (int i = 0; rc == TF_OK && i <= TF_LANG_COUNT; i++) {
    unsigned langs = tf_lang_bits(i);
    tf_regex_buffer b = {0};
    tf_regex_append(&b, "(?<![0-9])([12][0-9]{3})-([01][0-9])-([0-3][0-9])(?![0-9])"
                        "|" DAY "(?:er|st|nd|rd|th|\\.)?" SP "(?:de" SP ")?(");
    rc = append_months(&b, langs, err, size);
    if (rc == TF_OK) {
      tf_regex_append(&b, ")" MONTH_END "\\.?" SP "(?:de" SP ")?" YEAR "|(?<![a-z])(");
      rc = append_months(&b, langs, err, size);
    }
    if (rc == TF_OK) {
      tf_regex_append(&b,
                      ")" MONTH_END "\\.?" SP "([0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9]),?" SP YEAR);
      /* Chinese, any language setting: "2026年3月5日", "2026 年 3 月 5 号" */
      tf_regex_append(&b, "|(?<![0-9])([12][0-9]{3})" OPT_SP "\\xE5\\xB9\\xB4" OPT_SP
                          "([01]?[0-9])" OPT_SP "\\xE6\\x9C\\x88" OPT_SP "([0-3]?[0-9])" OPT_SP
                          "(?:\\xE6\\x97\\xA5|\\xE5\\x8F\\xB7)");
      rc = b.nomem ? TF_NOMEM : tf_regex_compile(b.p, &patterns[i], err, size);
    }
    tf_regex_buffer_free(&b);
  }
  return rc;
}

void tf_date_teardown(void) {
  for (int i = 0; i <= TF_LANG_COUNT; i++) {
    pcre2_code_free(patterns[i]);
    patterns[i] = NULL;
  }
  tf_word_map_free(&month_names);
}

/* The month of a name, for lang: its folded form looked up. 0 if unknown. */
static int month_of(const unsigned char *s, size_t n, int lang) {
  char folded[64];
  uint64_t hash;
  int32_t months;
  int k = n < 60 ? tf_fold_string((const char *)s, (int)n, folded, sizeof folded) : -1;
  if (k <= 0 || !tf_key_first_word_hash(folded, &hash) ||
      !tf_word_map_get(&month_names, hash, &months))
    return 0;
  if (lang > 0 && lang <= TF_LANG_COUNT && ((months >> (4 * (lang - 1))) & 15))
    return (months >> (4 * (lang - 1))) & 15;
  for (int l = 0; l < TF_LANG_COUNT; l++)
    if ((months >> (4 * l)) & 15) return (months >> (4 * l)) & 15;
  return 0;
}

static int number(const unsigned char *s, size_t a, size_t b) {
  int v = 0;
  for (size_t i = a; i < b && s[i] >= '0' && s[i] <= '9'; i++) v = v * 10 + (s[i] - '0');
  return v;
}

static int valid(int y, int m, int d) {
  static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) return 0;
  if (m == 2 && d == 29) return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return 1;
}

int tf_date_first(const unsigned char *s, size_t len, int lang, int *year, int *month, int *day,
                  size_t *start, size_t *end) {
  const pcre2_code *code = patterns[lang_index(lang)];
  if (!code) return 0;
  pcre2_match_data *md = pcre2_match_data_create(13, tf_regex_context());
  if (!md) return -1;
  size_t from = 0;
  int found = 0;
  while (from < len) {
    int rc = pcre2_match(code, (PCRE2_SPTR)s, len, from, 0, md, NULL);
    if (rc < 0) {
      if (rc == PCRE2_ERROR_NOMEMORY) found = -1;
      break;
    }
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    int y, m, d;
    if (ov[2] != PCRE2_UNSET) { /* ISO */
      y = number(s, ov[2], ov[3]);
      m = number(s, ov[4], ov[5]);
      d = number(s, ov[6], ov[7]);
    } else if (ov[8] != PCRE2_UNSET) { /* day first; "1er" reads as 1 */
      d = number(s, ov[8], ov[9]);
      m = month_of(s + ov[10], ov[11] - ov[10], lang);
      y = number(s, ov[12], ov[13]);
    } else if (ov[20] != PCRE2_UNSET) { /* Chinese: year, month, day */
      y = number(s, ov[20], ov[21]);
      m = number(s, ov[22], ov[23]);
      d = number(s, ov[24], ov[25]);
    } else { /* month first */
      m = month_of(s + ov[14], ov[15] - ov[14], lang);
      d = number(s, ov[16], ov[17]);
      y = number(s, ov[18], ov[19]);
    }
    if (valid(y, m, d)) {
      *year = y;
      *month = m;
      *day = d;
      if (start) *start = ov[0];
      if (end) *end = ov[1];
      found = 1;
      break;
    }
    from = ov[0] + 1; /* not a real day: look further */
  }
  pcre2_match_data_free(md);
  return found;
}
