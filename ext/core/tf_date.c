/* tf_date.c — see tf_date.h.
**
** One PCRE2 pattern per language setting, in byte mode like the cues (the
** subject may hold invalid UTF-8), with the accented letters written as their
** UTF-8 bytes. Three forms, in capture groups 1-3, 4-6 and 7-9: ISO (y, m, d),
** day first (d, month, y) and month first (month, d, y). The month is read
** back from its first letters. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "tf_date.h"
#include "tf_cue.h"
#include "tf_lang.h"
#include "tf_lexicon.h"
#include <stdio.h>
#include <string.h>

/* White space inside a date: space, tab, U+00A0, U+202F. */
#define SP "(?:[ \\t]|\\xC2\\xA0|\\xE2\\x80\\xAF)+"
#define E_ACUTE "(?:e|\\xC3\\xA9|\\xC3\\x89)"   /* e é É */
#define U_CIRC "(?:u|\\xC3\\xBB|\\xC3\\x9B)"    /* u û Û */
/* A month name ends where no letter (ASCII or any multi-byte one) follows. */
#define MONTH_END "(?![a-z\\x80-\\xFF])"

#define MONTHS_FR                                                                            \
  "janvier|janv|f" E_ACUTE "vrier|f" E_ACUTE "vr|f" E_ACUTE "v|mars|avril|avr|mai|juin|"      \
  "juillet|juil|ao" U_CIRC "t|septembre|sept|octobre|oct|novembre|nov|d" E_ACUTE "cembre|"    \
  "d" E_ACUTE "c"
#define MONTHS_EN                                                                            \
  "january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|"           \
  "september|sept|sep|october|oct|november|nov|december|dec"

#define YEAR "([12][0-9]{3})(?![0-9])"
#define DAY "(?<![0-9])(1er|[0-3]?[0-9])"
#define PATTERN(months)                                                                       \
  "(?<![0-9])([12][0-9]{3})-([01][0-9])-([0-3][0-9])(?![0-9])"                                \
  "|" DAY "(?:er|st|nd|rd|th)?" SP "(" months ")" MONTH_END "\\.?" SP YEAR                    \
  "|(?<![a-z])(" months ")" MONTH_END "\\.?" SP "([0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9]),?" SP YEAR

static pcre2_code *patterns[3]; /* TF_LANG_AUTO, TF_LANG_FR, TF_LANG_EN order as lang_index */

static int lang_index(int lang) { return lang == TF_LANG_FR ? 1 : lang == TF_LANG_EN ? 2 : 0; }

int tf_date_init(char *err, size_t err_size) {
  static const char *const sources[3] = {PATTERN(MONTHS_FR "|" MONTHS_EN), PATTERN(MONTHS_FR),
                                         PATTERN(MONTHS_EN)};
  for (int i = 0; i < 3; i++) {
    int rc = tf_cue_compile(sources[i], &patterns[i], err, err_size);
    if (rc != TF_OK) return rc;
  }
  return TF_OK;
}

/* The month of a name: its folded first letters. 0 if unknown. */
static int month_of(const unsigned char *s, size_t n) {
  char k[5];
  size_t j = 0;
  for (size_t i = 0; i < n && j < 4; i++) {
    unsigned char c = s[i];
    if (c == 0xC3 && i + 1 < n) {
      unsigned char d = s[++i];
      c = (d == 0xA9 || d == 0x89) ? 'e' : (d == 0xBB || d == 0x9B) ? 'u' : '?';
    }
    k[j++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  k[j] = 0;
  static const struct {
    const char *prefix;
    int month;
  } table[] = {{"janv", 1}, {"jan", 1}, {"fev", 2}, {"feb", 2}, {"mar", 3}, {"avr", 4},
               {"apr", 4},  {"mai", 5}, {"may", 5}, {"juin", 6}, {"jun", 6}, {"juil", 7},
               {"jul", 7},  {"aou", 8}, {"aug", 8}, {"sep", 9},  {"oct", 10}, {"nov", 11},
               {"dec", 12}};
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strncmp(k, table[i].prefix, strlen(table[i].prefix)) == 0) return table[i].month;
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
  pcre2_match_data *md = pcre2_match_data_create(10, tf_cue_context());
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
      m = month_of(s + ov[10], ov[11] - ov[10]);
      y = number(s, ov[12], ov[13]);
    } else { /* month first */
      m = month_of(s + ov[14], ov[15] - ov[14]);
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
