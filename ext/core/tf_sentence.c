/* tf_sentence.c — see tf_sentence.h. */
#include "tf_sentence.h"
#include "tf_fold.h"
#include "tf_icu_data.h"
#include "tf_lang.h"
#include "tf_core.h"
#include "tf_data.h"
#include "tf_utf8.h"
#include "tf_words.h"
#include <string.h>

/* The small character tests of the scan loop, inlined where they are asked (every stop). */
#define HOT static inline __attribute__((always_inline))

/* The abbreviations of ext/data/abbreviations.tsv: folded word hash → the
** languages that read it (TF_LANG_BIT), and CAPITAL when written with one. */
static tf_word_map abbreviations;
#define CAPITAL (1 << 16)           /* value bit: the text must start with a capital */
static size_t longest_abbreviation; /* in letters (code points), folded */

/* The shapes of the abbreviations (tf_shape_filter): a word of ASCII letters whose shape is
** not there is in no language's list, and is not hashed nor looked up (most words before a
** full stop). */
static tf_shape_filter abbreviation_shapes;

/* The pairs of ASCII letters (lower case) that end a run of ASCII letters in the abbreviations
** folded: a word that ends in two ASCII letters making none of them is no abbreviation, and
** is not looked at further (most words before a full stop). A bit per pair: 26 × 26 bits. */
#define LETTER_PAIRS (26 * 26)
static uint64_t abbreviation_pairs[(LETTER_PAIRS + 63) / 64];

/* The bit of abbreviation_pairs of the bytes a and b, or -1 when they are not both ASCII
** letters. */
HOT int letter_pair(unsigned a, unsigned b) {
  unsigned x = (a | 0x20u) - 'a', y = (b | 0x20u) - 'a';
  return x < 26 && y < 26 ? (int)(x * 26 + y) : -1;
}

static void note_cpu(void);

int tf_sentence_init(char *err, size_t size) {
  note_cpu();
  tf_data_reader r;
  tf_data_row row;
  size_t count = 0;
  for (int pass = 0; pass < 2; pass++) {
    tf_data_open(&r, "abbreviations.tsv", tf_data_abbreviations);
    while (tf_data_next(&r, &row)) {
      unsigned langs = row.count == 2 ? tf_lang_bits_parse(row.field[0], row.len[0]) : 0;
      if (!langs) return tf_data_fail(err, size, &r, "expected lang<TAB>abbreviations");
      tf_data_item item;
      for (tf_data_items(&item, row.field[1], row.len[1]); tf_data_item_next(&item);) {
        if (pass == 0) {
          count++;
          continue;
        }
        char folded[64];
        uint64_t hash;
        int k = tf_fold_string(item.text, (int)item.len, folded, sizeof folded);
        if (k <= 0 || !tf_key_first_word_hash(folded, &hash))
          return tf_data_fail(err, size, &r, "bad abbreviation '%.*s'", (int)item.len, item.text);
        int32_t old = 0;
        tf_word_map_get(&abbreviations, hash, &old);
        size_t n = 0;
        for (int i = 0; i < k; i++) n += ((unsigned char)folded[i] & 0xC0) != 0x80;
        if (n > longest_abbreviation) longest_abbreviation = n;
        tf_shape_add(&abbreviation_shapes, folded, (size_t)k);
        for (int i = 0; i + 1 < k; i++) { /* (every run's, the first word's among them) */
          int pair = letter_pair((unsigned char)folded[i], (unsigned char)folded[i + 1]);
          int last = i + 2 == k || letter_pair((unsigned char)folded[i + 2], 'a') < 0;
          if (pair >= 0 && last) abbreviation_pairs[pair >> 6] |= 1ULL << (pair & 63);
        }
        int capital = item.text[0] >= 'A' && item.text[0] <= 'Z';
        tf_word_map_put(&abbreviations, hash, old | (int32_t)langs | (capital ? CAPITAL : 0));
      }
    }
    if (pass == 0 && tf_word_map_init(&abbreviations, count)) return TF_NOMEM;
  }
  return TF_OK;
}

void tf_sentence_teardown(void) {
  tf_word_map_free(&abbreviations);
  longest_abbreviation = 0;
  memset(&abbreviation_shapes, 0, sizeof abbreviation_shapes);
  memset(abbreviation_pairs, 0, sizeof abbreviation_pairs);
}

void tf_sentence_start_in(tf_sentence_scanner *sc, const unsigned char *s, size_t len, int lang,
                          int text_lang) {
  sc->s = s;
  sc->len = len;
  sc->pos = 0;
  /* 'auto': French and English (the press quotes both, and a title's "M." or "Dr." is
  ** one whatever the text), and the language the text is in; not every language's
  ** abbreviations, which are words of the others ("set.", "out.", "mai.") */
  sc->langs = lang == TF_LANG_AUTO
                ? (int)(TF_LANG_BIT(TF_LANG_FR) | TF_LANG_BIT(TF_LANG_EN) | tf_lang_bits(text_lang))
                : (int)tf_lang_bits(lang);
}

void tf_sentence_start(tf_sentence_scanner *sc, const unsigned char *s, size_t len, int lang) {
  tf_sentence_start_in(sc, s, len, lang, lang);
  /* 'auto': the text's language is read only if an abbreviation asks (most texts' full
  ** stops end words that are no abbreviation in any language): see scanner_langs */
  if (lang == TF_LANG_AUTO) sc->langs = 0;
}

/* The languages whose abbreviations apply (tf_sentence_start_in), found now if need be. */
static int scanner_langs(tf_sentence_scanner *sc) {
  if (!sc->langs)
    sc->langs = (int)(TF_LANG_BIT(TF_LANG_FR) | TF_LANG_BIT(TF_LANG_EN) |
                      tf_lang_bits(tf_lang_of(sc->s, sc->len, TF_LANG_AUTO)));
  return sc->langs;
}

/* ------------------------------------------------------------------------ */
/* Characters. */

HOT size_t space_bytes(const unsigned char *s, size_t len, size_t p);
HOT int whole(const unsigned char *s, size_t len, size_t p, size_t n);

/* White space at s[p] (line breaks included): its length in bytes, or 0. A
** multi-byte space followed by stray continuation bytes is not one: by
** SQLite's rule (tf_utf8.h) they belong to the same, invalid, character. */
HOT size_t space_at(const unsigned char *s, size_t len, size_t p) {
  size_t n = space_bytes(s, len, p);
  return n > 1 && !whole(s, len, p, n) ? 0 : n;
}

HOT size_t space_bytes(const unsigned char *s, size_t len, size_t p) {
  unsigned char b = s[p];
  if (b == ' ' || (b >= '\t' && b <= '\r')) return 1;
  if (b < 0xC2) return 0;
  if (b == 0xC2 && p + 1 < len && (s[p + 1] == 0xA0 || s[p + 1] == 0x85)) return 2;
  if (p + 2 >= len) return 0;
  if (b == 0xE2 && s[p + 1] == 0x80 &&
      (s[p + 2] == 0xAF || s[p + 2] == 0xA8 || s[p + 2] == 0xA9 ||
       (s[p + 2] >= 0x80 && s[p + 2] <= 0x8B)))
    return 3;
  if (b == 0xE3 && s[p + 1] == 0x80 && s[p + 2] == 0x80) return 3; /* ideographic space */
  return 0;
}

/* Is the multi-byte character s[p..p+n) whole: not followed by stray
** continuation bytes, which SQLite's rule would add to it (tf_utf8.h)? */
HOT int whole(const unsigned char *s, size_t len, size_t p, size_t n) {
  return p + n >= len || (s[p + n] & 0xC0) != 0x80;
}

/* A line break at s[p]: its length ("\r\n" is one), or 0. */
HOT size_t line_break_at(const unsigned char *s, size_t len, size_t p) {
  unsigned char b = s[p];
  if (b == '\r') return p + 1 < len && s[p + 1] == '\n' ? 2 : 1;
  if (b == '\n') return 1;
  if (b == 0xC2 && p + 1 < len && s[p + 1] == 0x85 && whole(s, len, p, 2)) return 2;
  if (b == 0xE2 && p + 2 < len && s[p + 1] == 0x80 && s[p + 2] == 0xA8 && whole(s, len, p, 3))
    return 3;
  return 0;
}

/* A break that always ends a paragraph: U+2029, form feed, vertical tab. */
HOT size_t paragraph_break_at(const unsigned char *s, size_t len, size_t p) {
  if (s[p] == '\f' || s[p] == '\v') return 1;
  if (s[p] == 0xE2 && p + 2 < len && s[p + 1] == 0x80 && s[p + 2] == 0xA9 && whole(s, len, p, 3))
    return 3;
  return 0;
}

/* White space other than line breaks. */
HOT size_t hspace_at(const unsigned char *s, size_t len, size_t p) {
  if (s[p] < 0x80) return s[p] == ' ' || s[p] == '\t';
  if (line_break_at(s, len, p) || paragraph_break_at(s, len, p)) return 0;
  return space_at(s, len, p);
}

HOT size_t skip_hspace(const unsigned char *s, size_t len, size_t p) {
  size_t n;
  while (p < len && (n = hspace_at(s, len, p))) p += n;
  return p;
}

/* Closing punctuation that stays with the sentence it ends. */
HOT int closer(int32_t cp) {
  return cp == ')' || cp == ']' || cp == '}' || cp == '"' || cp == '\'' || cp == 0xBB ||
         cp == 0x201D || cp == 0x2019 || cp == 0x203A || cp == 0x300D || cp == 0x300F ||
         cp == 0xFF09;
}

enum { T_NONE, T_DOT, T_STRONG, T_ELLIPSIS, T_CJK };

/* The kind of sentence terminator at s[p], and its end. */
HOT int terminator_at(const unsigned char *s, size_t len, size_t p, size_t *after) {
  unsigned char b = s[p];
  *after = p + 1;
  if (b == '.') return T_DOT;
  if (b == '!' || b == '?') return T_STRONG;
  if (b < 0xE2 || p + 2 >= len) return T_NONE;
  *after = p + 3;
  unsigned char b1 = s[p + 1], b2 = s[p + 2];
  if (b == 0xE2 && b1 == 0x80 && b2 == 0xA6) return T_ELLIPSIS;               /* … */
  if (b == 0xE2 && b1 == 0x80 && (b2 == 0xBC || b2 == 0xBD)) return T_STRONG; /* ‼ ‽ */
  if (b == 0xE3 && b1 == 0x80 && b2 == 0x82) return T_CJK;                    /* 。 */
  if (b == 0xEF && b1 == 0xBC && (b2 == 0x81 || b2 == 0x9F || b2 == 0x8E))
    return T_CJK;                                          /* ！？． */
  if (b == 0xEF && b1 == 0xBD && b2 == 0xA1) return T_CJK; /* ｡ */
  return T_NONE;
}

/* Might the byte >= 0x80 at s[p] (one of interesting[]) start a break or a terminator
** (paragraph_break_at, line_break_at, terminator_at)? No for most of them ("’", "«", "»",
** "—", the no-break space), which are passed over without those tests. */
HOT int may_stop_at(const unsigned char *s, size_t len, size_t p) {
  if (p + 2 >= len) return 1; /* (the tests themselves will tell) */
  unsigned char b1 = s[p + 1], b2 = s[p + 2];
  switch (s[p]) {
    case 0xC2: return b1 == 0x85; /* NEL */
    case 0xE2:                    /* … U+2028 U+2029 ‼ ‽ */
      return b1 == 0x80 && (b2 == 0xA6 || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xBC || b2 == 0xBD);
    case 0xE3: return b1 == 0x80 && b2 == 0x82; /* 。 */
    default: /* 0xEF: ！？．｡ (not the full-width comma, colon, brackets) */
      return (b1 == 0xBC && (b2 == 0x81 || b2 == 0x9F || b2 == 0x8E)) || (b1 == 0xBD && b2 == 0xA1);
  }
}

/* Bytes where something may happen; the rest is skipped at once. */
static const unsigned char interesting[256] = {
  ['.'] = 1,  ['!'] = 1,  ['?'] = 1,  ['\n'] = 1, ['\r'] = 1, ['\f'] = 1,
  ['\v'] = 1, [0xC2] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
};

/* The first byte at or after p where something may happen (interesting[]), or len. With
** SSE2 (every x86-64), sixteen bytes at a time: prose between sentence ends is most of a
** text, and this loop is most of the splitter's time. */
#if defined(__SSE2__)
#include <emmintrin.h>
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__AVX2__)
#include <cpuid.h>
#include <immintrin.h>
#define SKIP_AVX2 1
/* The same test, thirty-two bytes at a time, where the processor has AVX2 (asked once:
** have_avx2, from tf_sentence_init). Returns where a 32-byte block no longer fits. */
__attribute__((target("avx2"))) static size_t skip_plain_avx2(const unsigned char *s, size_t p,
                                                              size_t len) {
  /* interesting[] by nibbles: a bit per high nibble that has interesting bytes (0x0_, 0x2_,
  ** 0x3_, 0xC_, 0xE_), set for the low nibbles that make one with it */
  const __m256i low_bits = _mm256_setr_epi8(0, 2, 8 | 16, 16, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2,
                                            4 | 16, 0, 2, 8 | 16, 16, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1,
                                            2, 4 | 16);
  const __m256i high_bits = _mm256_setr_epi8(1, 0, 2, 4, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 16, 0, 1, 0,
                                             2, 4, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 16, 0);
  const __m256i nibble = _mm256_set1_epi8(0x0F), zero = _mm256_setzero_si256();
  while (p + 32 <= len) {
    __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(s + p));
    __m256i lo = _mm256_shuffle_epi8(low_bits, _mm256_and_si256(v, nibble));
    __m256i hi = _mm256_shuffle_epi8(high_bits, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
    __m256i m = _mm256_cmpeq_epi8(_mm256_and_si256(lo, hi), zero);
    unsigned bits = ~(unsigned)_mm256_movemask_epi8(m);
    if (bits) return p + (size_t)__builtin_ctz(bits);
    p += 32;
  }
  return p;
}
static int have_avx2;
#endif
static size_t skip_plain(const unsigned char *s, size_t p, size_t len) {
#ifdef SKIP_AVX2
  if (have_avx2) {
    p = skip_plain_avx2(s, p, len);
    if (p + 32 <= len) return p;
  }
#endif
  const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), ask = _mm_set1_epi8('?');
  const __m128i lf = _mm_set1_epi8('\n'), three = _mm_set1_epi8(3);
  const __m128i c2 = _mm_set1_epi8((char)0xC2), e2 = _mm_set1_epi8((char)0xE2),
                e3 = _mm_set1_epi8((char)0xE3), ef = _mm_set1_epi8((char)0xEF);
  while (p + 16 <= len) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
    /* '\n', '\v', '\f', '\r': v - '\n' at most 3, unsigned */
    __m128i d = _mm_sub_epi8(v, lf);
    __m128i m = _mm_cmpeq_epi8(_mm_min_epu8(d, three), d);
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, dot));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, bang));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, ask));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, c2));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, e2));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, e3));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, ef));
    unsigned bits = (unsigned)_mm_movemask_epi8(m);
    if (bits) return p + (size_t)__builtin_ctz(bits);
    p += 16;
  }
  while (p < len && !interesting[s[p]]) p++;
  return p;
}
#else
static size_t skip_plain(const unsigned char *s, size_t p, size_t len) {
  while (p < len && !interesting[s[p]]) p++;
  return p;
}
#endif

/* For tests: skip_plain's vector paths against the byte table, every byte value at every
** offset of 40-byte to 100-byte texts (so that each path's tail is crossed too): the number of
** cases where they disagree. With AVX2, both the AVX2 and the SSE2 paths are checked. */
int tf_sentence_skip_selftest(void) {
  unsigned char buf[100];
  int wrong = 0;
#ifdef SKIP_AVX2
  int avx2 = have_avx2;
  for (int pass = 0; pass < 1 + avx2; pass++) {
    have_avx2 = pass == 0 ? avx2 : 0;
#endif
    for (size_t len = 40; len <= sizeof buf; len += 30)
      for (size_t at = 0; at < len; at++)
        for (int b = 0; b < 256; b++) {
          memset(buf, 'a', sizeof buf);
          buf[at] = (unsigned char)b;
          size_t want = 0;
          while (want < len && !interesting[buf[want]]) want++;
          wrong += skip_plain(buf, 0, len) != want;
        }
#ifdef SKIP_AVX2
  }
  have_avx2 = avx2;
#endif
  return wrong;
}

int tf_sentence_skip_paths(void) {
#ifdef SKIP_AVX2
  return have_avx2 ? 2 : 1;
#elif defined(__SSE2__)
  return 1;
#else
  return 0;
#endif
}

static int abbreviation(const unsigned char *s, size_t sentence_start, size_t dot, int langs,
                        tf_sentence_scanner *sc);

/* tf_utf8_decode_before3, inline for a character of two bytes too (the accented letters of
** Latin scripts, "é" before a full stop); the same results. */
HOT int32_t cp_before(const unsigned char *s, size_t pos, size_t *prev) {
  if (pos >= 2 && (s[pos - 1] & 0xC0) == 0x80 && s[pos - 2] >= 0xC2 && s[pos - 2] <= 0xDF) {
    *prev = pos - 2;
    return (s[pos - 2] & 0x1F) << 6 | (s[pos - 1] & 0x3F);
  }
  return tf_utf8_decode_before3(s, pos, prev);
}

/* Sets have_avx2: the processor has AVX2 and the system saves its registers. By CPUID
** and XGETBV, not __builtin_cpu_supports, whose __cpu_model comes from libgcc (the static
** library takes symbols from SQLite and libc/libm only). */
static void note_cpu(void) {
#ifdef SKIP_AVX2
  unsigned a, b, c, d, xcr0, high;
  if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_OSXSAVE) || !(c & bit_AVX)) return;
  __asm__("xgetbv" : "=a"(xcr0), "=d"(high) : "c"(0));
  (void)high;
  if ((xcr0 & 6) != 6) return; /* the SSE and AVX states */
  if (__get_cpuid_max(0, NULL) < 7) return;
  __cpuid_count(7, 0, a, b, c, d);
  have_avx2 = (b & bit_AVX2) != 0;
#endif
}

int tf_sentence_abbreviation(const unsigned char *s, size_t sentence_start, size_t dot, int langs) {
  return abbreviation(s, sentence_start, dot, langs, NULL);
}

/* tf_sentence_abbreviation, with the languages of sc when sc is not NULL (asked for only
** when the word is an abbreviation in some language). */
static int abbreviation(const unsigned char *s, size_t sentence_start, size_t dot, int langs,
                        tf_sentence_scanner *sc) {
  size_t ws = dot, letters = 0;
  int ascii = 1, latin = 1; /* every letter ASCII; every letter below TF_LATIN_LIMIT */
#if defined(__SSE2__)
  /* The ASCII letters just before the dot, sixteen bytes at a time (the loop below goes on
  ** from the first byte that is not one). */
  while (ws >= 16 && ws > sentence_start) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + ws - 16));
    /* (b | 0x20) - 'a' at most 25, unsigned: no byte >= 0x80 is one */
    __m128i d = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    __m128i letter = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(25)), d);
    unsigned other = ~(unsigned)_mm_movemask_epi8(letter) & 0xFFFFu;
    size_t run = other ? (size_t)__builtin_clz(other) - 16 : 16; /* letters at the end */
    if (run > ws - sentence_start) run = ws - sentence_start;
    ws -= run;
    letters += run;
    if (run < 16) break;
  }
#endif
  while (ws > sentence_start) {
    unsigned char b = s[ws - 1];
    if (b < 0x80) { /* (ASCII, without decoding) */
      if ((b | 0x20) < 'a' || (b | 0x20) > 'z') break;
      ws--;
      letters++;
      continue;
    }
    size_t prev;
    int32_t cp = cp_before(s, ws, &prev);
    if (tf_char_class_inline(cp) != TF_CC_LETTER) break;
    ws = prev;
    letters++;
    ascii = 0;
    latin &= cp < TF_LATIN_LIMIT;
  }
  if (ws == dot) {
    /* "1. Introduction": a list number that opens the sentence. */
    size_t d = dot;
    while (d > sentence_start && s[d - 1] >= '0' && s[d - 1] <= '9') d--;
    return d == sentence_start && dot - d >= 1 && dot - d <= 3;
  }
  if (ws > sentence_start) {
    size_t prev;
    int32_t cp = tf_utf8_decode_before3(s, ws, &prev);
    if (cp >= '0' && cp <= '9') return 0; /* "5M." */
  }
  /* far longer than every abbreviation (with room for what folding changes: "ß" → "ss",
  ** a letter and its combining accent → one letter) */
  if (letters > 2 * longest_abbreviation + 2) return 0;
  /* every letter below TF_LATIN_LIMIT folds to one letter or more (tf_latin_fold): such a
  ** word longer than every abbreviation stays so folded ("société.", "présidentielle.") */
  if (latin && letters > longest_abbreviation) return 0;
  if (ascii) { /* (the word is its ASCII letters: an initial, or a shape to look for) */
    if (letters == 1) return 1; /* an initial (as below, without the scan) */
    if (!tf_shape_may(&abbreviation_shapes, s + ws, letters)) return 0;
  }
  tf_word_info w;
  tf_scan_word(s, dot, ws, &w);
  if (w.letters_end != dot) return 0;
  if (w.letters == 1) return 1; /* an initial: "J. K. Rowling", "U.S." */
  int32_t bits = 0;
  if (!tf_word_map_get(&abbreviations, w.hash, &bits) || !(bits & (int32_t)TF_LANG_ALL)) return 0;
  if (sc) langs = scanner_langs(sc);
  if (!(bits & langs & (int32_t)TF_LANG_ALL)) return 0;
  return !(bits & CAPITAL) || w.upper > 0 || tf_letter_case(tf_utf8_decode(s, dot, ws, &ws)) > 0;
}

/* Is the '.' at s[dot] surely after no abbreviation: after ASCII that is no letter (but for a
** list number at the start of the sentence: "1. Introduction"), or after a word that ends in
** two ASCII letters that end no abbreviation (abbreviation_pairs)? Then abbreviation would
** say 0: it is not asked. */
HOT int no_abbreviation_end(const unsigned char *s, size_t sentence_start, size_t dot) {
  if (dot < sentence_start + 2) return 0;
  unsigned char b = s[dot - 1];
  if (b < 0x80 && letter_pair(b, 'a') < 0) /* (a list number has three digits at most) */
    return b < '0' || b > '9' || dot - sentence_start > 3;
  int pair = letter_pair(s[dot - 2], b);
  return pair >= 0 && !(abbreviation_pairs[pair >> 6] >> (pair & 63) & 1);
}

/* tf_letter_case, inline for ASCII. */
HOT int letter_case(int32_t cp) {
  if ((uint32_t)cp < 0x80)
    return (uint32_t)(cp - 'a') < 26u ? -1 : (uint32_t)(cp - 'A') < 26u ? 1 : 0;
  return tf_letter_case(cp);
}

/* The code point at p (TF_INVALID_CP at the end); inline for three bytes too (Chinese text). */
HOT int32_t cp_at(const unsigned char *s, size_t len, size_t p, size_t *next) {
  if (p >= len) {
    *next = p;
    return TF_INVALID_CP;
  }
  return tf_utf8_decode3(s, len, p, next);
}

/* Skips closing punctuation from p. */
HOT size_t skip_closers(const unsigned char *s, size_t len, size_t p) {
  size_t next;
  while (p < len && closer(cp_at(s, len, p, &next))) p = next;
  return p;
}

/* Is the line break at p inside running text (hard-wrapped): the line ends in
** a letter, digit or comma, and the next line goes on in lower case or with a figure in
** brackets ("Nestlé\n(7,99), Credit Suisse (5,85)")? */
static int wrapped_line(const unsigned char *s, size_t len, size_t begin, size_t p,
                        size_t next_line) {
  size_t q = skip_hspace(s, len, next_line);
  if (q >= len || line_break_at(s, len, q) || paragraph_break_at(s, len, q)) return 0;
  size_t next;
  int32_t first = cp_at(s, len, q, &next);
  if (tf_letter_case(first) >= 0 &&
      !(first == '(' && next < len && s[next] >= '0' && s[next] <= '9'))
    return 0;
  size_t e = p;
  while (e > begin) {
    size_t prev;
    int32_t cp = tf_utf8_decode_before3(s, e, &prev);
    if (cp == ' ' || cp == '\t' || cp == 0xA0) {
      e = prev;
      continue;
    }
    int c = tf_char_class_inline(cp);
    return c == TF_CC_LETTER || c == TF_CC_DIGIT || cp == ',';
  }
  return 0;
}

int tf_sentence_glued_stop(const unsigned char *s, size_t len, size_t floor, size_t dot) {
  if (dot + 2 >= len || s[dot] != '.') return 0;
  /* after: a capital, then a lower-case letter */
  size_t n1, n2;
  if (tf_letter_case(cp_at(s, len, dot + 1, &n1)) <= 0) return 0;
  if (n1 >= len || tf_letter_case(cp_at(s, len, n1, &n2)) >= 0 ||
      tf_char_class(cp_at(s, len, n1, &n2)) != TF_CC_LETTER)
    return 0;
  /* before: two lower-case letters */
  size_t p = dot;
  for (int i = 0; i < 2; i++) {
    if (p <= floor) return 0;
    size_t prev;
    int32_t cp = tf_utf8_decode_before(s, p, &prev);
    if (prev < floor || tf_char_class(cp) != TF_CC_LETTER || tf_letter_case(cp) >= 0) return 0;
    p = prev;
  }
  return 1;
}

int tf_sentence_next(tf_sentence_scanner *sc, size_t *start, size_t *end) {
  const unsigned char *s = sc->s;
  size_t len = sc->len, p = sc->pos, n;
  while (p < len && (n = space_at(s, len, p))) p += n;
  if (p >= len) {
    sc->pos = len;
    return 0;
  }
  size_t begin = p, cut = len, resume = len;
  while (p < len) {
    if (!interesting[s[p]]) {
      p = skip_plain(s, p + 1, len);
      continue;
    }
    size_t after = p + 1;
    int kind = T_DOT;
    if (s[p] == '.') goto stop; /* (most stops: no break to test for) */
    if (s[p] >= 0x80 && !may_stop_at(s, len, p)) {
      p = skip_plain(s, p + 1, len);
      continue;
    }
    if ((n = paragraph_break_at(s, len, p))) {
      cut = p;
      resume = p + n;
      break;
    }
    if ((n = line_break_at(s, len, p))) {
      if (wrapped_line(s, len, begin, p, p + n)) {
        p += n;
        continue;
      }
      cut = p;
      resume = p + n;
      break;
    }
    kind = terminator_at(s, len, p, &after);
    if (kind == T_NONE) {
      p++;
      continue;
    }
    if (kind == T_CJK) {
      cut = resume = skip_closers(s, len, after);
      break;
    }
  stop:;
    /* A run of terminators ("?!", "..."), then closing punctuation. */
    size_t q = after;
    int single_dot = kind == T_DOT;
    for (;;) {
      size_t a;
      int k = q < len ? terminator_at(s, len, q, &a) : T_NONE;
      if (k == T_NONE || k == T_CJK) break;
      single_dot = 0;
      q = a;
    }
    q = skip_closers(s, len, q);
    if (q >= len) {
      cut = resume = q;
      break;
    }
    if (!space_at(s, len, q)) {
      /* "… d'euros.Capgemini a …": a full stop typed without its space */
      if (single_dot && q == after && tf_sentence_glued_stop(s, len, begin, p) &&
          !abbreviation(s, begin, p, 0, sc)) {
        cut = resume = q;
        break;
      }
      p = q; /* "3.5", "01.ai", "U.S.-China" */
      continue;
    }
    size_t r = skip_hspace(s, len, q);
    size_t next;
    /* A French closing quote after a space still closes: "… fin. » Puis". */
    if (r < len && (cp_at(s, len, r, &next) == 0xBB || cp_at(s, len, r, &next) == 0x201D)) {
      q = skip_closers(s, len, r);
      r = skip_hspace(s, len, q);
    }
    if (r < len && !line_break_at(s, len, r) && !paragraph_break_at(s, len, r)) {
      if (letter_case(cp_at(s, len, r, &next)) < 0) {
        p = r; /* lower case goes on: "e.g. the", "? dit-il" */
        continue;
      }
      if (single_dot && !no_abbreviation_end(s, begin, p) && abbreviation(s, begin, p, 0, sc)) {
        p = r;
        continue;
      }
    }
    cut = resume = q;
    break;
  }
  /* Trim trailing white space. */
  size_t e = cut;
  while (e > begin) {
    unsigned char b = s[e - 1];
    if (b < 0x80) { /* (ASCII, without decoding) */
      if (b != ' ' && (b < '\t' || b > '\r')) break;
      e--;
      continue;
    }
    size_t prev;
    tf_utf8_decode_before3(s, e, &prev);
    if (prev + space_at(s, len, prev) != e) break;
    e = prev;
  }
  *start = begin;
  *end = e;
  sc->pos = resume;
  return 1;
}

/* A counter whose scanner is started: at its first sentence. */
static void counter_first(tf_sentence_counter *c) {
  c->index = c->start = c->end = 0;
  c->have = tf_sentence_next(&c->scanner, &c->start, &c->end);
}

void tf_sentence_counter_init_in(tf_sentence_counter *c, const unsigned char *s, size_t len,
                                 int lang, int text_lang) {
  tf_sentence_start_in(&c->scanner, s, len, lang, text_lang);
  counter_first(c);
}

void tf_sentence_counter_init(tf_sentence_counter *c, const unsigned char *s, size_t len,
                              int lang) {
  tf_sentence_start(&c->scanner, s, len, lang);
  counter_first(c);
}

size_t tf_sentence_counter_at(tf_sentence_counter *c, size_t pos) {
  while (c->have && pos >= c->end) {
    size_t start, end;
    if (!tf_sentence_next(&c->scanner, &start, &end)) break;
    c->index++;
    c->start = start;
    c->end = end;
  }
  return c->index;
}
