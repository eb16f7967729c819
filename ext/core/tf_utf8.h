/*
** tf_utf8.h — UTF-8 stepping that agrees with SQLite, byte for byte.
**
** Offsets reported to SQL are code points such that
**     substr(text, start + 1, end - start) = match
** holds for the exact value the user stored, valid UTF-8 or not. SQLite's text
** functions step over characters with one rule (SQLITE_SKIP_UTF8): a byte
** >= 0xC0 starts a character that takes every continuation byte (0x80..0xBF)
** after it; any other byte is one character on its own. We use the same rule
** for character boundaries, and call a character *valid* when those bytes are
** a well-formed UTF-8 encoding (shortest form, no surrogate, <= U+10FFFF).
** Invalid characters are never part of a mention.
*/
#ifndef TF_UTF8_H
#define TF_UTF8_H
#include <stddef.h>
#include <stdint.h>

#define TF_INVALID_CP (-1)

/* The CJK Unified Ideographs block (three bytes each, lead bytes E4..E9): the ideographs
** whose starts the trie (tf_trie.c) and the alias set (tf_alias.h) keep a bit of. */
#define TF_CJK_FIRST 0x4E00
#define TF_CJK_LAST 0x9FFF

/* The part of tf_utf8_decode for bytes >= 0x80 (not inline). */
int32_t tf_utf8_decode_multibyte(const unsigned char *s, size_t len, size_t pos, size_t *next);

/* Decode the character starting at s[pos] (pos < len). Sets *next to the byte
** just after it, by SQLite's rule. Returns its code point, or TF_INVALID_CP.
** Inline for ASCII, which is most text. */
static inline int32_t tf_utf8_decode(const unsigned char *s, size_t len, size_t pos, size_t *next) {
  if (s[pos] < 0x80) {
    *next = pos + 1;
    return s[pos];
  }
  return tf_utf8_decode_multibyte(s, len, pos, next);
}

/* Decode the character ending just before s[pos] (0 < pos). Sets *prev to its
** first byte. Returns its code point or TF_INVALID_CP. */
int32_t tf_utf8_decode_before(const unsigned char *s, size_t pos, size_t *prev);

/* The code point of the well-formed character of three bytes at pos (by SQLite's rule: no
** continuation byte after it; no overlong form, no surrogate), or -1 for any other. */
static inline int32_t tf_utf8_char3_at(const unsigned char *s, size_t len, size_t pos) {
  if (pos + 2 >= len || (s[pos] & 0xF0) != 0xE0 || (s[pos + 1] & 0xC0) != 0x80 ||
      (s[pos + 2] & 0xC0) != 0x80 || (pos + 3 < len && (s[pos + 3] & 0xC0) == 0x80))
    return -1;
  int32_t cp = (s[pos] & 0x0F) << 12 | (s[pos + 1] & 0x3F) << 6 | (s[pos + 2] & 0x3F);
  return cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF) ? cp : -1;
}

/* The code point of the well-formed character of two bytes at pos (by SQLite's rule: no
** continuation byte after it; no overlong form), or -1 for any other: what tf_utf8_decode
** reads there, inline (the accented letters of Latin scripts). */
static inline int32_t tf_utf8_char2_at(const unsigned char *s, size_t len, size_t pos) {
  if (s[pos] < 0xC2 || s[pos] >= 0xE0 || pos + 1 >= len || (s[pos + 1] & 0xC0) != 0x80 ||
      (pos + 2 < len && (s[pos + 2] & 0xC0) == 0x80))
    return -1;
  return (s[pos] & 0x1F) << 6 | (s[pos + 1] & 0x3F);
}

/* tf_utf8_decode, with the characters of three bytes (Chinese text: most of it) decoded
** inline too; the same results. */
static inline int32_t tf_utf8_decode3(const unsigned char *s, size_t len, size_t pos,
                                      size_t *next) {
  unsigned char b = s[pos];
  if (b < 0x80) {
    *next = pos + 1;
    return b;
  }
  int32_t cp = tf_utf8_char3_at(s, len, pos);
  if (cp >= 0) {
    *next = pos + 3;
    return cp;
  }
  return tf_utf8_decode_multibyte(s, len, pos, next);
}

/* tf_utf8_decode_before, inline for an ASCII byte and a character of three bytes; the same
** results. */
static inline int32_t tf_utf8_decode_before3(const unsigned char *s, size_t pos, size_t *prev) {
  if (s[pos - 1] < 0x80) {
    *prev = pos - 1;
    return s[pos - 1];
  }
  if (pos >= 3 && (s[pos - 1] & 0xC0) == 0x80 && (s[pos - 2] & 0xC0) == 0x80 &&
      (s[pos - 3] & 0xF0) == 0xE0) {
    int32_t cp = (s[pos - 3] & 0x0F) << 12 | (s[pos - 2] & 0x3F) << 6 | (s[pos - 1] & 0x3F);
    *prev = pos - 3;
    return cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF) ? cp : TF_INVALID_CP;
  }
  return tf_utf8_decode_before(s, pos, prev);
}

/* Length in bytes of a horizontal space at s[pos] that may sit inside a
** mention: ' ', U+00A0, U+202F, U+2009 (0 when there is none). Inline: the readers of
** numbers and money ask it after nearly every number. */
static inline size_t tf_hspace_at(const unsigned char *s, size_t len, size_t pos) {
  if (pos >= len) return 0;
  if (s[pos] == ' ') return 1;
  if (pos + 1 < len && s[pos] == 0xC2 && s[pos + 1] == 0xA0) return 2;
  if (pos + 2 < len && s[pos] == 0xE2 && s[pos + 1] == 0x80 &&
      (s[pos + 2] == 0xAF || s[pos + 2] == 0x89))
    return 3;
  return 0;
}

/* Is s[0..n) well-formed UTF-8 (every character valid, as above)? */
int tf_utf8_valid(const unsigned char *s, size_t n);

/* Is byte position pos (< len) inside one of SQLite's characters, i.e. a
** continuation byte that a lead byte >= 0xC0 before it absorbs? (After an
** ASCII byte a stray continuation byte is a character of its own.) A mention
** never starts or ends there: offsets in code points could not give it back. */
int tf_utf8_inside_character(const unsigned char *s, size_t len, size_t pos);

/* Encode cp (0..0x10FFFF, not a surrogate) into out; returns the byte count. */
int tf_utf8_encode(int32_t cp, char out[4]);

/* Counts characters from a byte position to a later one, incrementally, the way
** SQLite counts them. Positions passed to tf_cp_advance must not decrease. */
typedef struct tf_cp_counter {
  const unsigned char *s;
  size_t byte_pos; /* bytes consumed so far */
  int64_t chars;   /* characters before byte_pos */
  int absorbing;   /* the last lead byte was >= 0xC0: continuations join it */
} tf_cp_counter;

void tf_cp_counter_init(tf_cp_counter *counter, const unsigned char *s);
/* Returns the character offset of byte position pos (>= last position asked). */
int64_t tf_cp_advance(tf_cp_counter *counter, size_t pos);

#endif
