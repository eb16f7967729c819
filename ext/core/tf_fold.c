/* tf_fold.c — see tf_fold.h. ICU provides case mapping, decomposition and the
** general category; the Latin range is tabulated once so that the hot path
** does not call ICU. */
#include "tf_fold.h"
#include "tf_utf8.h"
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unorm2.h>

#define TABLE_LIMIT TF_CLASS_TABLE_LIMIT

static unsigned char fold_table[TABLE_LIMIT][4];
static unsigned char fold_len[TABLE_LIMIT];
unsigned char tf_class_table[TF_CLASS_TABLE_LIMIT];
static signed char case_table[TABLE_LIMIT];

static int case_with_icu(int32_t cp) {
  if (cp < 0) return 0;
  if (u_isupper(cp) || u_istitle(cp)) return 1;
  return u_islower(cp) ? -1 : 0;
}

static int classify_with_icu(int32_t cp) {
  if (cp < 0) return TF_CC_OTHER;
  if (cp >= '0' && cp <= '9') return TF_CC_DIGIT;
  switch (cp) {
    case '\'':
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0xFF07: return TF_CC_APOSTROPHE;
    case '-':
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212: return TF_CC_HYPHEN;
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f':
    case 0x85:
    case 0x2028:
    case 0x2029: return TF_CC_SPACE;
  }
  int8_t type = u_charType(cp);
  switch (type) {
    case U_SPACE_SEPARATOR: return TF_CC_SPACE;
    case U_CURRENCY_SYMBOL: return TF_CC_CURRENCY;
    case U_OTHER_LETTER: {
      UScriptCode script;
      UErrorCode status = U_ZERO_ERROR;
      script = uscript_getScript(cp, &status);
      if (U_SUCCESS(status) && (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA ||
                                script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL))
        return TF_CC_CJK;
      return TF_CC_LETTER;
    }
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER: return TF_CC_LETTER;
    default: return TF_CC_OTHER;
  }
}

/* Lower case, then the canonical decomposition with combining marks dropped. */
static int fold_with_icu(int32_t cp, unsigned char out[4]) {
  switch (classify_with_icu(cp)) {
    case TF_CC_APOSTROPHE: out[0] = '\''; return 1;
    case TF_CC_SPACE: out[0] = ' '; return 1;
    case TF_CC_HYPHEN: out[0] = '-'; return 1;
  }
  /* A few letters whose folded form is two letters. */
  switch (cp) {
    case 0xDF: memcpy(out, "ss", 2); return 2;
    case 0xC6:
    case 0xE6: memcpy(out, "ae", 2); return 2;
    case 0x152:
    case 0x153: memcpy(out, "oe", 2); return 2;
  }
  int32_t lower = u_tolower(cp);
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
  if (U_SUCCESS(status)) {
    UChar buffer[8];
    int32_t n = unorm2_getDecomposition(nfd, lower, buffer, 8, &status);
    if (U_SUCCESS(status) && n > 0 && !U16_IS_SURROGATE(buffer[0]) && buffer[0] != (UChar)lower) {
      int32_t base = buffer[0];
      if (base < 0x80) {
        out[0] = (unsigned char)u_tolower(base);
        return 1;
      }
      lower = base;
    }
  }
  return tf_utf8_encode(lower, (char *)out);
}

int tf_fold_init(void) {
  /* Folding needs ICU's decompositions: without them (ICU out of memory, or its
  ** data missing) accents would silently stay. */
  UErrorCode status = U_ZERO_ERROR;
  unorm2_getNFDInstance(&status);
  if (U_FAILURE(status)) return status == U_MEMORY_ALLOCATION_ERROR ? 1 /* TF_NOMEM */ : 2;
  for (int32_t cp = 0; cp < TABLE_LIMIT; cp++) {
    tf_class_table[cp] = (unsigned char)classify_with_icu(cp);
    fold_len[cp] = (unsigned char)fold_with_icu(cp, fold_table[cp]);
    case_table[cp] = (signed char)case_with_icu(cp);
  }
  return 0;
}

int tf_char_class(int32_t cp) {
  if (cp < 0) return TF_CC_OTHER;
  if (cp < TABLE_LIMIT) return tf_class_table[cp];
  return classify_with_icu(cp);
}

int tf_letter_case(int32_t cp) {
  if (cp >= 0 && cp < TABLE_LIMIT) return case_table[cp];
  return case_with_icu(cp);
}

int tf_fold(int32_t cp, unsigned char out[4]) {
  if (cp >= 0 && cp < TABLE_LIMIT) {
    memcpy(out, fold_table[cp], 4);
    return fold_len[cp];
  }
  if (cp < 0) {
    out[0] = 0; /* never equal to a key byte */
    return 1;
  }
  return fold_with_icu(cp, out);
}

int tf_fold_string(const char *in, int in_len, char *out, int out_cap) {
  const unsigned char *s = (const unsigned char *)in;
  size_t len = (size_t)in_len, pos = 0;
  int n = 0;
  int pending_space = 0;
  while (pos < len) {
    size_t next;
    int32_t cp = tf_utf8_decode(s, len, pos, &next);
    if (cp == TF_INVALID_CP || cp == 0) return -1;
    pos = next;
    unsigned char f[4];
    int k = tf_fold(cp, f);
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
    memcpy(out + n, f, (size_t)k);
    n += k;
  }
  out[n] = 0;
  return n;
}

int tf_ends_ideograph(const unsigned char *s, size_t start, size_t end) {
  if (end <= start || s[end - 1] < 0x80) return 0;
  size_t before;
  return tf_char_class(tf_utf8_decode_before(s, end, &before)) == TF_CC_CJK;
}

int tf_word_char_at(const unsigned char *s, size_t len, size_t p) {
  if (p >= len) return 0;
  unsigned char b = s[p];
  if (b < 0x80) return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
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
