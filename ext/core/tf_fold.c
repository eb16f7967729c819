/* tf_fold.c — see tf_fold.h. The classes, cases and foldings come from ICU at build
** time (tf_icu_data.h: flat tables for the Latin range, two-stage tables beyond it). */
#include "tf_fold.h"
#include "tf_icu_data.h"
#include "tf_utf8.h"
#include <string.h>

#define TABLE_LIMIT TF_CLASS_TABLE_LIMIT
_Static_assert(TF_CLASS_TABLE_LIMIT == TF_LATIN_LIMIT, "one Latin range");

int tf_char_class(int32_t cp) {
  if (cp < 0) return TF_CC_OTHER;
  if (cp < TABLE_LIMIT) return tf_class_table[cp];
  if (cp > TF_MAX_CP) return TF_CC_OTHER; /* what ICU answered */
  return tf_char_props_of(cp)->cls;
}

int tf_letter_case(int32_t cp) {
  if (cp >= 0 && cp < TABLE_LIMIT) return tf_latin_case[cp];
  if (cp < 0 || cp > TF_MAX_CP) return 0;
  return tf_char_props_of(cp)->letter_case;
}

int32_t tf_upper(int32_t cp) {
  if (cp < 0 || cp > TF_MAX_CP) return cp;
  return cp + tf_char_props_of(cp)->upper;
}

int tf_fold(int32_t cp, unsigned char out[4]) {
  if (cp >= 0 && cp < TABLE_LIMIT) {
    memcpy(out, tf_latin_fold[cp], 4);
    return tf_latin_fold_len[cp];
  }
  if (cp < 0) {
    out[0] = 0; /* never equal to a key byte */
    return 1;
  }
  if (cp <= TF_MAX_CP) cp = tf_fold_wide(cp);
  return tf_utf8_encode(cp, (char *)out);
}

int32_t tf_fold_wide(int32_t cp) { return cp + tf_char_props_of(cp)->fold; }

int tf_fold_string(const char *in, int in_len, char *out, int out_cap) {
  const unsigned char *s = (const unsigned char *)in;
  size_t len = (size_t)in_len, pos = 0;
  int n = 0;
  int pending_space = 0;
  while (pos < len) {
    int32_t cp;
    if (s[pos] != 0 && s[pos] < 0x80) { /* ASCII: nothing to decode */
      cp = s[pos++];
    } else {
      size_t next;
      cp = tf_utf8_decode(s, len, pos, &next);
      if (cp == TF_INVALID_CP || cp == 0) return -1;
      pos = next;
    }
    /* its folded bytes: those of the table tf_fold reads, or tf_fold's */
    unsigned char wide[4];
    const unsigned char *f = wide;
    int k;
    if (cp < TABLE_LIMIT) {
      f = tf_latin_fold[cp];
      k = tf_latin_fold_len[cp];
    } else {
      k = tf_fold(cp, wide);
    }
    if (k == 1 && f[0] == ' ') {
      pending_space = n > 0;
      continue;
    }
    if (pending_space) {
      if (n + 1 >= out_cap) return -1;
      out[n++] = ' ';
      pending_space = 0;
    }
    if (n + k >= out_cap) return -1;
    for (int i = 0; i < k; i++) out[n++] = (char)f[i];
  }
  out[n] = 0;
  return n;
}

int tf_ends_ideograph(const unsigned char *s, size_t start, size_t end) {
  if (end <= start || s[end - 1] < 0x80) return 0;
  size_t before;
  return tf_char_class(tf_utf8_decode_before(s, end, &before)) == TF_CC_CJK;
}

int tf_word_char_decoded(const unsigned char *s, size_t len, size_t p) {
  size_t next;
  int c = tf_char_class(tf_utf8_decode(s, len, p, &next));
  return c == TF_CC_LETTER || c == TF_CC_DIGIT || c == TF_CC_CJK;
}

size_t tf_ascii_phrase_at(const unsigned char *s, size_t len, size_t p, const char *phrase) {
  size_t n = strlen(phrase);
  if (p + n > len) return 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[p + i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c | 0x20);
    if (c != (unsigned char)phrase[i]) return 0;
  }
  return tf_word_char_at(s, len, p + n) ? 0 : n;
}

int tf_currency_symbol_at(const unsigned char *s, size_t len, size_t p) {
  if (p >= len) return 0;
  if (s[p] == '$') return 1;
  if (s[p] < 0x80) return 0;
  size_t next;
  return tf_char_class(tf_utf8_decode(s, len, p, &next)) == TF_CC_CURRENCY;
}
