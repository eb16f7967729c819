/* tf_utf8.c — see tf_utf8.h. */
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "tf_utf8.h"

static int is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

int32_t tf_utf8_decode_multibyte(const unsigned char *s, size_t len, size_t pos, size_t *next) {
  unsigned char b = s[pos];
  size_t end = pos + 1;
  if (b < 0xC0) { /* a stray continuation byte is one character of its own */
    *next = end;
    return TF_INVALID_CP;
  }
  while (end < len && is_continuation(s[end])) end++;
  *next = end;
  size_t n = end - pos;
  int32_t cp;
  int32_t min;
  if (b < 0xE0) {
    if (n != 2) return TF_INVALID_CP;
    cp = b & 0x1F;
    min = 0x80;
  } else if (b < 0xF0) {
    if (n != 3) return TF_INVALID_CP;
    cp = b & 0x0F;
    min = 0x800;
  } else if (b < 0xF5) {
    if (n != 4) return TF_INVALID_CP;
    cp = b & 0x07;
    min = 0x10000;
  } else {
    return TF_INVALID_CP;
  }
  for (size_t i = pos + 1; i < end; i++) cp = (cp << 6) | (s[i] & 0x3F);
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return TF_INVALID_CP;
  return cp;
}

int32_t tf_utf8_decode_before(const unsigned char *s, size_t pos, size_t *prev) {
  size_t start = pos - 1;
  /* Walk back over at most 3 continuation bytes to a lead byte >= 0xC0. */
  size_t k = start;
  int steps = 0;
  while (k > 0 && is_continuation(s[k]) && steps < 3) {
    k--;
    steps++;
  }
  if (s[k] >= 0xC0 && k < start) {
    size_t next;
    int32_t cp = tf_utf8_decode(s, pos, k, &next);
    if (next == pos) {
      *prev = k;
      return cp;
    }
  }
  *prev = start;
  return s[start] < 0x80 ? (int32_t)s[start] : TF_INVALID_CP;
}

int tf_utf8_encode(int32_t cp, char out[4]) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

void tf_cp_counter_init(tf_cp_counter *counter, const unsigned char *s) {
  counter->s = s;
  counter->byte_pos = 0;
  counter->chars = 0;
  counter->absorbing = 0;
}

/* Eight bytes of text as one word, the first byte in the low bits. */
static inline uint64_t load_le64(const unsigned char *p) {
  uint64_t w;
  __builtin_memcpy(&w, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  w = __builtin_bswap64(w);
#endif
  return w;
}

#define HIGH_BITS 0x8080808080808080ULL

#if defined(__SSE2__)
/* Sixteen bytes at p, read as the eight-byte step of tf_cp_advance reads them (see there),
** with SSE2: 1 and their characters added to *chars, *absorbing updated; 0 (nothing
** changed) when a continuation byte in them is a character of its own. Not only ASCII:
** many blocks of a Latin text hold an accented letter or a quote, and a Chinese text's
** all do. */
static int cp_advance16(const unsigned char *p, int64_t *chars, int *absorbing) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
  unsigned high = (unsigned)_mm_movemask_epi8(v); /* >= 0x80 */
  if (!high) { /* ASCII: sixteen characters (most of a Latin text's blocks) */
    *chars += 16;
    *absorbing = 0;
    return 1;
  }
  /* 0x80..0xBF, read as signed bytes: below (signed char)0xC0 */
  __m128i continuation = _mm_cmplt_epi8(v, _mm_set1_epi8((char)0xC0));
  unsigned cont = (unsigned)_mm_movemask_epi8(continuation);
  unsigned after_ascii = ((~high << 1) | (*absorbing ? 0u : 1u)) & 0xFFFF;
  if (after_ascii & cont) return 0;
  /* one per non-continuation byte, summed by _mm_sad_epu8 into two halves */
  __m128i ones = _mm_andnot_si128(continuation, _mm_set1_epi8(1));
  __m128i sums = _mm_sad_epu8(ones, _mm_setzero_si128());
  *chars += _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
  unsigned others = ~cont & 0xFFFF;
  if (others) { /* the last non-continuation byte decides */
    int top = 31 - __builtin_clz(others);
    *absorbing = (int)((high >> top) & 1);
  }
  return 1;
}
#endif

int64_t tf_cp_advance(tf_cp_counter *counter, size_t pos) {
  const unsigned char *s = counter->s;
  size_t p = counter->byte_pos;
  int64_t chars = counter->chars;
  int absorbing = counter->absorbing;
  while (p < pos) {
#if defined(__SSE2__)
    if (p + 16 <= pos && cp_advance16(s + p, &chars, &absorbing)) {
      p += 16;
      continue;
    }
#endif
    /* Fast path, eight bytes at a time. Bit 7 of each byte of these masks
    ** says whether that byte is a continuation byte (10xxxxxx), a lead byte
    ** >= 0xC0 (11xxxxxx), or ASCII (0xxxxxxx). When every continuation byte
    ** joins a lead byte (always so in valid UTF-8), each character is one
    ** non-continuation byte. A continuation byte right after an ASCII byte
    ** (or first, while not absorbing) is a character of its own: the byte
    ** loop below counts those. */
    if (p + 8 <= pos) {
      uint64_t w = load_le64(s + p);
      uint64_t continuation = w & ~(w << 1) & HIGH_BITS;
      uint64_t lead = w & (w << 1) & HIGH_BITS;
      uint64_t ascii = ~w & HIGH_BITS;
      uint64_t after_ascii = (ascii << 8) | (absorbing ? 0 : 0x80);
      if ((after_ascii & continuation) == 0) {
        uint64_t others = ascii | lead;
        /* 0 or 1 per byte, summed into the top byte. */
        chars += (int64_t)(((others >> 7) * 0x0101010101010101ULL) >> 56);
        p += 8;
        if (others) { /* the last non-continuation byte decides */
          int top = 63 - __builtin_clzll(others);
          absorbing = (int)((lead >> top) & 1);
        }
        continue;
      }
    }
    unsigned char b = s[p++];
    if (!is_continuation(b)) {
      chars++;
      absorbing = b >= 0xC0;
    } else if (!absorbing) {
      chars++;
    }
  }
  counter->byte_pos = p;
  counter->chars = chars;
  counter->absorbing = absorbing;
  return chars;
}

int tf_utf8_valid(const unsigned char *s, size_t n) {
  for (size_t p = 0, next; p < n; p = next)
    if (tf_utf8_decode(s, n, p, &next) == TF_INVALID_CP) return 0;
  return 1;
}

int tf_utf8_inside_character(const unsigned char *s, size_t len, size_t pos) {
  if (pos >= len || !is_continuation(s[pos])) return 0;
  size_t k = pos;
  while (k > 0 && is_continuation(s[k - 1])) k--;
  return k > 0 && s[k - 1] >= 0xC0;
}
