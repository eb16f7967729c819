/*
** tf_fold.h — character classes and folding for matching words in any case,
** with or without accents, and with typographic variants unified.
**
** Folding maps a code point to a short UTF-8 string: lower case, Latin accents
** removed (É → e, ç → c, œ → oe, ß → ss), every apostrophe to ', every space
** (U+00A0, U+202F, U+2009, tabs, newlines) to one ' ', every hyphen and dash
** between words to '-'. Tries of names are built over folded keys and walked
** over folded text. The tables are constant, made from ICU at build time
** (tf_icu_data.h): nothing to build at run time.
*/
#ifndef TF_FOLD_H
#define TF_FOLD_H
#include <stddef.h>
#include <stdint.h>

enum tf_char_class {
  TF_CC_OTHER = 0,  /* punctuation, symbols, invalid bytes */
  TF_CC_SPACE,      /* white space of any kind */
  TF_CC_LETTER,     /* letters and combining marks, any script */
  TF_CC_DIGIT,      /* ASCII 0-9 only: other scripts' digits are letters here */
  TF_CC_APOSTROPHE, /* ' ’ ʼ ‘ */
  TF_CC_HYPHEN,     /* - ‐ ‑ – — − */
  TF_CC_CURRENCY,   /* Unicode Sc: $ € £ ¥ ₹ … */
  TF_CC_CJK         /* ideographs and kana: words without spaces */
};

/* The class of a code point (TF_INVALID_CP → TF_CC_OTHER). */
int tf_char_class(int32_t cp);

/* The tabulated range (Latin-1 Supplement and Latin Extended-A/B), for the
** inline version below. */
#define TF_CLASS_TABLE_LIMIT 0x250
extern const unsigned char tf_class_table[TF_CLASS_TABLE_LIMIT];
static inline int tf_char_class_inline(int32_t cp) {
  return cp >= 0 && cp < TF_CLASS_TABLE_LIMIT ? tf_class_table[cp] : tf_char_class(cp);
}

/* The case of a code point: 1 upper or title case, -1 lower case, 0 uncased
** (digits, ideographs, punctuation, invalid). */
int tf_letter_case(int32_t cp);

/* Does a word go on at s[p]: a letter, digit or ideograph there? (0 at len) Inline for
** ASCII; tf_word_char_decoded reads the characters of several bytes. */
int tf_word_char_decoded(const unsigned char *s, size_t len, size_t p);
static inline int tf_word_char_at(const unsigned char *s, size_t len, size_t p) {
  if (p >= len) return 0;
  unsigned char b = s[p];
  if (b < 0x80) return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
  return tf_word_char_decoded(s, len, p);
}
/* Does s[start, end) end in an ideograph? Then it ends a word wherever it stands: Chinese
** writes no spaces ("净利润" in "实现净利润", "亿元，"). */
int tf_ends_ideograph(const unsigned char *s, size_t start, size_t end);
/* Does the ASCII phrase (lower case, may hold spaces) start at s[p], in any
** letter case, and end a word there? Returns its length, or 0. */
size_t tf_ascii_phrase_at(const unsigned char *s, size_t len, size_t p, const char *phrase);
/* Does a currency symbol ($, €, £, ¥, ₹ …) start at s[p]? */
int tf_currency_symbol_at(const unsigned char *s, size_t len, size_t p);

/* The upper-case form of cp (ICU's simple mapping, u_toupper); cp itself when it has none. */
int32_t tf_upper(int32_t cp);

/* Writes the folded form of cp into out (1..4 bytes) and returns its length. */
int tf_fold(int32_t cp, unsigned char out[4]);
/* The code point that cp folds to, for TF_CLASS_TABLE_LIMIT <= cp <= 0x10FFFF: one code
** point there, the one tf_fold writes (without writing it). */
int32_t tf_fold_wide(int32_t cp);

/* Folds a whole UTF-8 string into out (capacity out_cap, NUL-terminated),
** collapsing runs of spaces and trimming. Returns the length, or -1 if the
** result does not fit or the input is not valid UTF-8. */
int tf_fold_string(const char *in, int in_len, char *out, int out_cap);

#endif
