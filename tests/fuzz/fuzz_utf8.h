/* fuzz_utf8.h — checks the fuzz targets share, written out here apart from
** ext/tf_utf8.c so that they check it independently. */
#ifndef FUZZ_UTF8_H
#define FUZZ_UTF8_H
#include <stddef.h>
#include <stdint.h>

/* Is byte position p inside one of SQLite's characters (a byte >= 0xC0 takes
** every continuation byte after it; any other byte is a character alone)? */
static inline int inside_character(const uint8_t *s, size_t size, size_t p) {
  if (p == 0 || p >= size || (s[p] & 0xC0) != 0x80) return 0;
  size_t k = p;
  while (k > 0 && (s[k - 1] & 0xC0) == 0x80) k--;
  return k > 0 && s[k - 1] >= 0xC0;
}

#endif
