/*
** icu_data.c — writes the tables of core/tf_icu_data.h from the build machine's ICU4C,
** and checks them against it.
**
**   build/icu_data ext/data/entities.tsv > build/tf_icu_data.c
**   build/icu_data_check      (the same source with -DICU_DATA_CHECK, linked with the
**                             core's tf_fold, tf_utf8 and the tables: test group binary)
**
** Built and run by the Makefile at build time (linked against ICU; the extension is
** not). The functions below are the ones the runtime called before the tables existed
** (tf_fold.c, tf_currency.c, tf_builtin.c, tf_regex.c), with the same arguments and the
** same buffers, so that the tables hold exactly what those calls answered. The region
** codes of the "country" and "region" rows of the files named on the command line are
** tabulated too, beside ICU's own lists. Any ICU failure other than "no such name" stops
** the program with a message and exit status 1: a table is never made short.
**
** Strings are written as C string literals with every byte outside printable ASCII as an
** octal escape (clang refuses invalid UTF-8 in a literal, and a \x escape would swallow
** the hex digits after it).
**
** The check (ICU_DATA_CHECK) asks ICU again and compares, for every code point, the
** runtime's tf_char_class, tf_letter_case, tf_fold and tf_upper with ICU's answers, and
** every currency and region row with ICU's names: "ok NAME" / "not ok NAME: why" lines.
*/
#include "core/tf_fold.h"
#include "core/tf_icu_data.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucurr.h>
#include <unicode/uchar.h>
#include <unicode/uclean.h>
#include <unicode/uenum.h>
#include <unicode/uldnames.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/unorm2.h>
#include <unicode/uregion.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

static void die(const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  fprintf(stderr, "icu_data: ");
  vfprintf(stderr, format, ap);
  fprintf(stderr, "\n");
  va_end(ap);
  exit(1);
}

static void check(UErrorCode status, const char *what) {
  if (U_FAILURE(status)) die("%s: %s", what, u_errorName(status));
}

#ifndef ICU_DATA_CHECK
static void *grow(void *p, size_t *cap, size_t need, size_t item) {
  if (need <= *cap) return p;
  size_t cap2 = *cap ? *cap : 1024;
  while (cap2 < need) cap2 *= 2;
  p = realloc(p, cap2 * item);
  if (!p) die("out of memory");
  *cap = cap2;
  return p;
}

/* ------------------------------------------------------------------------ */
/* The string pool: each distinct string once. */

static char *pool;
static size_t pool_len, pool_cap;

/* a hash set of the pool's offsets (+1; 0 is a free slot) */
#define POOL_HASH_SIZE (1 << 16)
static uint32_t pool_hash[POOL_HASH_SIZE];

static uint32_t hash_bytes(const void *p, size_t n) {
  const unsigned char *b = p;
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 16777619u;
  return h;
}

static uint32_t pool_add(const char *s, size_t n) {
  if (memchr(s, 0, n)) die("a name holds a NUL byte");
  size_t slot = hash_bytes(s, n) & (POOL_HASH_SIZE - 1);
  for (; pool_hash[slot]; slot = (slot + 1) & (POOL_HASH_SIZE - 1)) {
    const char *q = pool + pool_hash[slot] - 1;
    if (strlen(q) == n && memcmp(q, s, n) == 0) return pool_hash[slot] - 1;
  }
  pool = grow(pool, &pool_cap, pool_len + n + 1, 1);
  memcpy(pool + pool_len, s, n);
  pool[pool_len + n] = 0;
  uint32_t at = (uint32_t)pool_len;
  pool_len += n + 1;
  if (pool_len >= TF_ICU_NONE) die("string pool too large");
  static size_t strings;
  if (++strings > POOL_HASH_SIZE / 2) die("too many strings for the pool's hash");
  pool_hash[slot] = at + 1;
  return at;
}

/* Bytes as the inside of a C string literal. */
static void put_escaped(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') putchar(c);
    else printf("\\%03o", c);
  }
}

#endif

/* ------------------------------------------------------------------------ */
/* Code points: what tf_fold.c computed with ICU (its functions, unchanged). */

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
      check(status, "uscript_getScript()");
      if (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
          script == USCRIPT_HANGUL)
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

/* tf_utf8_encode() of tf_utf8.c */
static int utf8_encode(int32_t cp, unsigned char out[4]) {
  if (cp < 0x80) {
    out[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (unsigned char)(0xC0 | (cp >> 6));
    out[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (unsigned char)(0xE0 | (cp >> 12));
    out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (unsigned char)(0xF0 | (cp >> 18));
  out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

static const UNormalizer2 *nfd;

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
  UChar buffer[8];
  int32_t n = unorm2_getDecomposition(nfd, lower, buffer, 8, &status);
  if (status == U_MEMORY_ALLOCATION_ERROR) die("unorm2_getDecomposition(): out of memory");
  if (U_SUCCESS(status) && n > 0 && !U16_IS_SURROGATE(buffer[0]) && buffer[0] != (UChar)lower) {
    int32_t base = buffer[0];
    if (base < 0x80) {
      out[0] = (unsigned char)u_tolower(base);
      return 1;
    }
    lower = base;
  }
  return utf8_encode(lower, out);
}

#ifndef ICU_DATA_CHECK
/* The code point of a folded form of one character (every form above TF_LATIN_LIMIT). */
static int32_t fold_code_point(int32_t cp) {
  unsigned char out[4], again[4];
  int n = fold_with_icu(cp, out);
  int32_t f;
  if (n == 1) f = out[0];
  else if (n == 2) f = (out[0] & 0x1F) << 6 | (out[1] & 0x3F);
  else if (n == 3) f = (out[0] & 0x0F) << 12 | (out[1] & 0x3F) << 6 | (out[2] & 0x3F);
  else f = (out[0] & 0x07) << 18 | (out[1] & 0x3F) << 12 | (out[2] & 0x3F) << 6 | (out[3] & 0x3F);
  if (n > 1 && out[0] < 0x80) return -1; /* two letters: "ss" */
  if (utf8_encode(f, again) != n || memcmp(again, out, (size_t)n) != 0)
    die("U+%04X folds to no single code point", (unsigned)cp);
  return f;
}

static void write_code_points(void) {
  UErrorCode status = U_ZERO_ERROR;
  nfd = unorm2_getNFDInstance(&status);
  check(status, "unorm2_getNFDInstance()");

  /* the Latin range, as tf_fold.c tabulated it */
  printf("const unsigned char tf_class_table[TF_CLASS_TABLE_LIMIT] = {");
  for (int32_t cp = 0; cp < TF_LATIN_LIMIT; cp++)
    printf("%s%d,", cp % 32 ? "" : "\n  ", classify_with_icu(cp));
  printf("\n};\n\nconst signed char tf_latin_case[TF_LATIN_LIMIT] = {");
  for (int32_t cp = 0; cp < TF_LATIN_LIMIT; cp++)
    printf("%s%d,", cp % 32 ? "" : "\n  ", case_with_icu(cp));
  printf("\n};\n\nconst unsigned char tf_latin_fold_len[TF_LATIN_LIMIT] = {");
  for (int32_t cp = 0; cp < TF_LATIN_LIMIT; cp++) {
    unsigned char out[4];
    printf("%s%d,", cp % 32 ? "" : "\n  ", fold_with_icu(cp, out));
  }
  printf("\n};\n\nconst unsigned char tf_latin_fold[TF_LATIN_LIMIT][4] = {");
  for (int32_t cp = 0; cp < TF_LATIN_LIMIT; cp++) {
    unsigned char out[4] = {0, 0, 0, 0};
    fold_with_icu(cp, out);
    printf("%s{%d,%d,%d,%d},", cp % 8 ? "" : "\n  ", out[0], out[1], out[2], out[3]);
  }
  printf("\n};\n\n");

  /* every code point: distinct properties, blocks of their indexes, blocks shared */
  tf_char_props *props = NULL;
  size_t nprops = 0, props_cap = 0;
  uint16_t *blocks = NULL;
  size_t nblocks = 0, blocks_cap = 0;
  static uint16_t stage1[(TF_MAX_CP + 1) >> TF_CHAR_SHIFT];
#define PROPS_HASH_SIZE (1 << 16)
  static uint32_t props_hash[PROPS_HASH_SIZE]; /* index in props + 1; 0 is a free slot */
  for (int32_t start = 0; start <= TF_MAX_CP; start += TF_CHAR_BLOCK) {
    uint16_t block[TF_CHAR_BLOCK];
    for (int32_t i = 0; i < TF_CHAR_BLOCK; i++) {
      int32_t cp = start + i;
      tf_char_props p;
      memset(&p, 0, sizeof p);
      int32_t f = fold_code_point(cp);
      if (f < 0 && cp >= TF_LATIN_LIMIT) die("U+%04X folds to two letters", (unsigned)cp);
      p.fold = f < 0 ? 0 : f - cp; /* (the two-letter folds are read from tf_latin_fold) */
      p.upper = u_toupper(cp) - cp;
      p.cls = (unsigned char)classify_with_icu(cp);
      p.letter_case = (signed char)case_with_icu(cp);
      size_t slot = hash_bytes(&p, sizeof p) & (PROPS_HASH_SIZE - 1);
      while (props_hash[slot] && memcmp(&props[props_hash[slot] - 1], &p, sizeof p) != 0)
        slot = (slot + 1) & (PROPS_HASH_SIZE - 1);
      if (!props_hash[slot]) {
        if (nprops >= PROPS_HASH_SIZE / 2) die("too many distinct character properties");
        props = grow(props, &props_cap, nprops + 1, sizeof *props);
        props[nprops++] = p;
        props_hash[slot] = (uint32_t)nprops;
      }
      block[i] = (uint16_t)(props_hash[slot] - 1);
    }
    size_t b = 0;
    while (b < nblocks && memcmp(blocks + b * TF_CHAR_BLOCK, block, sizeof block) != 0) b++;
    if (b == nblocks) {
      blocks = grow(blocks, &blocks_cap, (nblocks + 1) * TF_CHAR_BLOCK, sizeof *blocks);
      memcpy(blocks + nblocks * TF_CHAR_BLOCK, block, sizeof block);
      nblocks++;
    }
    stage1[start >> TF_CHAR_SHIFT] = (uint16_t)b;
  }
  printf("const uint16_t tf_char_stage1[(TF_MAX_CP + 1) >> TF_CHAR_SHIFT] = {");
  for (size_t i = 0; i < sizeof stage1 / sizeof stage1[0]; i++)
    printf("%s%u,", i % 24 ? "" : "\n  ", stage1[i]);
  printf("\n};\n\n/* %zu blocks */\nconst uint16_t tf_char_stage2[] = {", nblocks);
  for (size_t i = 0; i < nblocks * TF_CHAR_BLOCK; i++)
    printf("%s%u,", i % 24 ? "" : "\n  ", blocks[i]);
  printf("\n};\n\n/* %zu distinct: fold, upper, class, case */\n", nprops);
  printf("const tf_char_props tf_char_props_table[] = {");
  for (size_t i = 0; i < nprops; i++)
    printf("%s{%d,%d,%d,%d},", i % 6 ? "" : "\n  ", props[i].fold, props[i].upper, props[i].cls,
           props[i].letter_case);
  printf("\n};\n\n");
  free(props);
  free(blocks);
}
#endif

/* ------------------------------------------------------------------------ */
/* Currencies: what tf_currency.c asked ICU, in its order. */

static const char *const currency_locales[TF_ICU_CURRENCY_LOCALES] = {"en", "fr", "de", "es",
                                                                      "it", "pt", "zh"};

/* ICU's codes, current (1) or withdrawn (0), as tf_currency.c listed them. */
static UEnumeration *open_currencies(int current) {
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration *codes = ucurr_openISOCurrencies(
    current ? (UCURR_COMMON | UCURR_NON_DEPRECATED) : UCURR_DEPRECATED, &status);
  check(status, "ucurr_openISOCurrencies()");
  return codes;
}

/* The next code of three letters, or NULL at the end. */
static const char *next_currency(UEnumeration *codes) {
  const char *code;
  int32_t code_len;
  UErrorCode status = U_ZERO_ERROR;
  while ((code = uenum_next(codes, &code_len, &status)) && U_SUCCESS(status))
    if (code_len == 3) return code;
  check(status, "uenum_next()");
  return NULL;
}

/* ICU's name of a currency in locale l, variant v (long name, plural one, other, many,
** symbol, narrow symbol), as UTF-8 in utf8[256]: its length, or -1 for none. */
static int32_t currency_name(const char *code, int l, int variant, char utf8[256]) {
  static const char *const plurals[] = {"one", "other", "many"};
  UChar ucode[4];
  u_charsToUChars(code, ucode, 4);
  UErrorCode s2 = U_ZERO_ERROR;
  UBool is_choice = 0;
  int32_t n = 0;
  const UChar *name;
  if (variant == 0)
    name = ucurr_getName(ucode, currency_locales[l], UCURR_LONG_NAME, &is_choice, &n, &s2);
  else if (variant <= 3)
    name = ucurr_getPluralName(ucode, currency_locales[l], &is_choice, plurals[variant - 1], &n,
                               &s2);
  else
    name = ucurr_getName(ucode, currency_locales[l],
                         variant == 4 ? UCURR_SYMBOL_NAME : UCURR_NARROW_SYMBOL_NAME, &is_choice,
                         &n, &s2);
  if (s2 == U_MEMORY_ALLOCATION_ERROR) die("%s %s: out of memory", code, currency_locales[l]);
  if (U_FAILURE(s2) || !name || n <= 0) return -1;
  int32_t utf8_len = 0;
  u_strToUTF8(utf8, 256, &utf8_len, name, n, &s2);
  if (U_FAILURE(s2)) return -1;
  return utf8_len;
}

#ifndef ICU_DATA_CHECK
static void write_currencies(void) {
  size_t count = 0;
  printf("const tf_icu_currency tf_icu_currencies[] = {\n");
  for (int current = 1; current >= 0; current--) {
    UEnumeration *codes = open_currencies(current);
    const char *code;
    while ((code = next_currency(codes))) {
      uint32_t slot[TF_ICU_CURRENCY_SLOTS];
      for (int s = 0; s < TF_ICU_CURRENCY_SLOTS; s++) slot[s] = TF_ICU_NONE;
      for (int l = 0; l < TF_ICU_CURRENCY_LOCALES; l++) {
        for (int variant = 0; variant < (l < 2 ? 6 : 4); variant++) {
          char utf8[256];
          int32_t n = currency_name(code, l, variant, utf8);
          if (n >= 0) slot[tf_icu_currency_slot(l, variant)] = pool_add(utf8, (size_t)n);
        }
      }
      printf("  {\"%.3s\", %d, {", code, current);
      for (int s = 0; s < TF_ICU_CURRENCY_SLOTS; s++)
        printf(slot[s] == TF_ICU_NONE ? "%sTF_ICU_NONE" : "%s%u", s ? "," : "", slot[s]);
      printf("}},\n");
      count++;
    }
    uenum_close(codes);
  }
  printf("};\nconst size_t tf_icu_currency_count = %zu;\n\n", count);
}
#endif

/* ------------------------------------------------------------------------ */
/* Regions: what tf_builtin.c asked ICU. */

static const char *const name_locales[] = {"en", "fr", "zh", "de", "es", "it", "pt"};

/* ICU's name for a region code in one locale and length, as UTF-8; 0 if none
** (tf_builtin.c's region_name, with its buffers). */
static int region_name(ULocaleDisplayNames *names, const char *code, char *out, int cap) {
  UChar buffer[160];
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = uldn_regionDisplayName(names, code, buffer, 160, &status);
  if (status == U_MEMORY_ALLOCATION_ERROR) die("uldn_regionDisplayName(%s): out of memory", code);
  if (U_FAILURE(status) || n <= 0 || n >= 160) return 0;
  int32_t bytes = 0;
  u_strToUTF8(out, cap, &bytes, buffer, n, &status);
  if (U_FAILURE(status) || bytes <= 0 || bytes >= cap) return 0;
  out[bytes] = 0;
  /* ICU answers unknown codes with the code itself. */
  return strcmp(out, code) != 0;
}

/* The display names of the name locales, standard and short (UDISPCTX_LENGTH_SHORT). */
typedef struct display_names {
  ULocaleDisplayNames *standard[TF_ICU_REGION_LOCALES], *short_form[TF_ICU_REGION_LOCALES];
} display_names;

static void open_display_names(display_names *names) {
  for (int i = 0; i < TF_ICU_REGION_LOCALES; i++) {
    UErrorCode status = U_ZERO_ERROR;
    names->standard[i] = uldn_open(name_locales[i], ULDN_STANDARD_NAMES, &status);
    check(status, "uldn_open()");
    UDisplayContext context[] = {UDISPCTX_LENGTH_SHORT};
    names->short_form[i] = uldn_openForContext(name_locales[i], context, 1, &status);
    check(status, "uldn_openForContext()");
  }
}

static void close_display_names(display_names *names) {
  for (int i = 0; i < TF_ICU_REGION_LOCALES; i++) {
    uldn_close(names->standard[i]);
    uldn_close(names->short_form[i]);
  }
}

#ifndef ICU_DATA_CHECK
typedef struct region_code {
  char code[4];
  int iso;
} region_code;

static region_code *regions;
static size_t nregions, regions_cap;

static void add_region_code(const char *code, size_t n, int iso) {
  if (n < 2 || n > 3) return;
  for (size_t i = 0; i < nregions; i++)
    if (strlen(regions[i].code) == n && memcmp(regions[i].code, code, n) == 0) return;
  regions = grow(regions, &regions_cap, nregions + 1, sizeof *regions);
  memset(&regions[nregions], 0, sizeof regions[nregions]);
  memcpy(regions[nregions].code, code, n);
  regions[nregions++].iso = iso;
}

/* The codes of the "country" and "region" rows of a data file (entities.tsv). */
static void add_file_codes(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) die("cannot read %s", path);
  char line[8192];
  while (fgets(line, sizeof line, f)) {
    const char *code = NULL;
    if (strncmp(line, "country\t", 8) == 0) code = line + 8;
    else if (strncmp(line, "region\t", 7) == 0) code = line + 7;
    if (code) add_region_code(code, strcspn(code, "\t\r\n"), 0);
  }
  fclose(f);
}

static int by_code(const void *a, const void *b) {
  return strcmp(regions[*(const uint16_t *)a].code, regions[*(const uint16_t *)b].code);
}

static void write_regions(int files, char **paths) {
  for (const char *const *c = uloc_getISOCountries(); *c; c++) add_region_code(*c, strlen(*c), 1);
  for (int type = URGN_WORLD; type < URGN_LIMIT; type++) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *e = uregion_getAvailable((URegionType)type, &status);
    check(status, "uregion_getAvailable()");
    const char *code;
    int32_t len;
    while ((code = uenum_next(e, &len, &status)) && U_SUCCESS(status))
      add_region_code(code, (size_t)len, 0);
    check(status, "uenum_next()");
    uenum_close(e);
  }
  for (int i = 0; i < files; i++) add_file_codes(paths[i]);
  if (nregions > 65535) die("too many regions");

  display_names names;
  open_display_names(&names);
  printf("const tf_icu_region tf_icu_regions[] = {\n");
  for (size_t r = 0; r < nregions; r++) {
    printf("  {\"%s\", %d, {", regions[r].code, regions[r].iso);
    for (int form = 0; form < 2; form++) {
      for (int i = 0; i < TF_ICU_REGION_LOCALES; i++) {
        char name[256];
        uint32_t at = TF_ICU_NONE;
        if (region_name(form ? names.short_form[i] : names.standard[i], regions[r].code, name,
                        sizeof name))
          at = pool_add(name, strlen(name));
        printf(at == TF_ICU_NONE ? "%sTF_ICU_NONE" : "%s%u", i ? "," : "", at);
      }
      printf(form ? "}" : "}, {");
    }
    printf("},\n");
  }
  printf("};\nconst size_t tf_icu_region_count = %zu;\n\n", nregions);
  close_display_names(&names);
  uint16_t *sorted = malloc(nregions * sizeof *sorted);
  if (!sorted) die("out of memory");
  for (size_t r = 0; r < nregions; r++) sorted[r] = (uint16_t)r;
  qsort(sorted, nregions, sizeof *sorted, by_code);
  printf("const uint16_t tf_icu_region_sorted[] = {");
  for (size_t r = 0; r < nregions; r++) printf("%s%u,", r % 24 ? "" : "\n  ", sorted[r]);
  printf("\n};\n\n");
  free(sorted);
  free(regions);
}

/* ------------------------------------------------------------------------ */

static void write_pool(void) {
  printf("/* %zu bytes */\nconst char tf_icu_strings[] =", pool_len);
  for (size_t p = 0; p < pool_len; p += strlen(pool + p) + 1) {
    printf("\n  \"");
    put_escaped(pool + p, strlen(pool + p));
    printf("\\0\"");
  }
  printf(";\n");
  free(pool);
}

#endif

static void version_string(const UVersionInfo v, char out[U_MAX_VERSION_STRING_LENGTH]) {
  u_versionToString(v, out);
  if (!strchr(out, '.')) strcat(out, ".0"); /* "42" -> "42.0" */
}

typedef struct versions {
  char icu[U_MAX_VERSION_STRING_LENGTH], cldr[U_MAX_VERSION_STRING_LENGTH],
    unicode[U_MAX_VERSION_STRING_LENGTH];
} versions;

static void get_versions(versions *v) {
  UVersionInfo icu, cldr, unicode;
  UErrorCode status = U_ZERO_ERROR;
  u_getVersion(icu);
  ulocdata_getCLDRVersion(cldr, &status);
  check(status, "ulocdata_getCLDRVersion()");
  u_getUnicodeVersion(unicode);
  version_string(icu, v->icu);
  version_string(cldr, v->cldr);
  version_string(unicode, v->unicode);
}

#ifndef ICU_DATA_CHECK
int main(int argc, char **argv) {
  versions v;
  get_versions(&v);
  printf("/* Generated by ext/data/icu_data.c from ICU %s (CLDR %s, Unicode %s): do not "
         "edit. */\n",
         v.icu, v.cldr, v.unicode);
  printf("#include \"tf_fold.h\"\n#include \"tf_icu_data.h\"\n\n");
  printf("const char tf_icu_version[] = \"%s\";\n", v.icu);
  printf("const char tf_cldr_version[] = \"%s\";\n", v.cldr);
  printf("const char tf_unicode_version[] = \"%s\";\n\n", v.unicode);
  write_code_points();
  write_currencies();
  write_regions(argc - 1, argv + 1);
  write_pool();
  u_cleanup();
  if (fflush(stdout) != 0 || ferror(stdout)) die("cannot write the output");
  return 0;
}

#else
/* ------------------------------------------------------------------------ */
/* The check: the tables as the runtime reads them, against ICU. */

static int failures;

static void report(int ok, const char *name, const char *detail) {
  if (ok) printf("ok %s\n", name);
  else printf("not ok %s: %s\n", name, detail);
  failures += !ok;
}

static void check_versions(void) {
  versions v;
  char detail[200];
  get_versions(&v);
  snprintf(detail, sizeof detail, "tables from ICU %s, CLDR %s, Unicode %s; ICU here %s, %s, %s",
           tf_icu_version, tf_cldr_version, tf_unicode_version, v.icu, v.cldr, v.unicode);
  report(strcmp(v.icu, tf_icu_version) == 0 && strcmp(v.cldr, tf_cldr_version) == 0 &&
           strcmp(v.unicode, tf_unicode_version) == 0,
         "icu_tables.versions", detail);
}

static void check_code_points(void) {
  UErrorCode status = U_ZERO_ERROR;
  nfd = unorm2_getNFDInstance(&status);
  check(status, "unorm2_getNFDInstance()");
  long bad[4] = {0, 0, 0, 0};
  int32_t first[4] = {-1, -1, -1, -1};
  for (int32_t cp = 0; cp <= TF_MAX_CP; cp++) {
    unsigned char want[4], got[4];
    int wn = fold_with_icu(cp, want), gn = tf_fold(cp, got);
    int wrong[4] = {classify_with_icu(cp) != tf_char_class(cp) ||
                      classify_with_icu(cp) != tf_char_class_inline(cp),
                    case_with_icu(cp) != tf_letter_case(cp),
                    wn != gn || memcmp(want, got, (size_t)wn) != 0, u_toupper(cp) != tf_upper(cp)};
    for (int k = 0; k < 4; k++)
      if (wrong[k] && bad[k]++ == 0) first[k] = cp;
  }
  static const char *const names[] = {"icu_tables.char_class", "icu_tables.letter_case",
                                      "icu_tables.fold", "icu_tables.upper"};
  for (int k = 0; k < 4; k++) {
    char detail[120];
    snprintf(detail, sizeof detail, "%ld of %d code points differ from ICU, the first U+%04X",
             bad[k], TF_MAX_CP + 1, (unsigned)first[k]);
    report(bad[k] == 0, names[k], detail);
  }
  report(tf_char_class(-1) == TF_CC_OTHER && tf_letter_case(-1) == 0 && tf_upper(-1) == -1,
         "icu_tables.invalid_code_point", "TF_INVALID_CP is not OTHER, uncased, its own upper");
}

static void check_currencies(void) {
  size_t row = 0, bad = 0;
  char detail[300] = "";
  for (int current = 1; current >= 0; current--) {
    UEnumeration *codes = open_currencies(current);
    const char *code;
    while ((code = next_currency(codes))) {
      const tf_icu_currency *c = row < tf_icu_currency_count ? &tf_icu_currencies[row] : NULL;
      row++;
      if (!c || strcmp(c->code, code) != 0 || c->current != current) {
        if (!bad++)
          snprintf(detail, sizeof detail, "row %zu: %s (current %d) in ICU, %s in the table", row,
                   code, current, c ? c->code : "nothing");
        continue;
      }
      for (int l = 0; l < TF_ICU_CURRENCY_LOCALES; l++)
        for (int variant = 0; variant < (l < 2 ? 6 : 4); variant++) {
          char utf8[257];
          int32_t n = currency_name(code, l, variant, utf8);
          uint32_t at = c->name[tf_icu_currency_slot(l, variant)];
          if (n >= 0) utf8[n] = 0;
          if (n < 0 ? at != TF_ICU_NONE : at == TF_ICU_NONE || strcmp(tf_icu_strings + at, utf8))
            if (!bad++)
              snprintf(detail, sizeof detail, "%s %s variant %d: ICU '%s', the table '%s'", code,
                       currency_locales[l], variant, n < 0 ? "(none)" : utf8,
                       at == TF_ICU_NONE ? "(none)" : tf_icu_strings + at);
        }
    }
    uenum_close(codes);
  }
  if (row != tf_icu_currency_count && !bad++)
    snprintf(detail, sizeof detail, "%zu codes in ICU, %zu in the table", row,
             tf_icu_currency_count);
  report(bad == 0 && row > 250, "icu_tables.currencies", detail);
}

static void check_regions(void) {
  size_t bad = 0, iso = 0;
  char detail[300] = "";
  for (const char *const *c = uloc_getISOCountries(); *c; c++, iso++)
    if ((iso >= tf_icu_region_count || !tf_icu_regions[iso].iso ||
         strcmp(tf_icu_regions[iso].code, *c) != 0) &&
        !bad++)
      snprintf(detail, sizeof detail, "ISO country %zu: %s in ICU, not in the table", iso, *c);
  if (iso < tf_icu_region_count && tf_icu_regions[iso].iso && !bad++)
    snprintf(detail, sizeof detail, "more ISO countries in the table than in ICU");
  display_names names;
  open_display_names(&names);
  for (size_t r = 0; r < tf_icu_region_count; r++) {
    const tf_icu_region *region = &tf_icu_regions[r];
    if (r > 0 &&
        strcmp(tf_icu_regions[tf_icu_region_sorted[r - 1]].code,
               tf_icu_regions[tf_icu_region_sorted[r]].code) >= 0 &&
        !bad++)
      snprintf(detail, sizeof detail, "the sorted index is not sorted at %zu", r);
    for (int form = 0; form < 2; form++)
      for (int i = 0; i < TF_ICU_REGION_LOCALES; i++) {
        char name[256];
        int has = region_name(form ? names.short_form[i] : names.standard[i], region->code, name,
                              sizeof name);
        uint32_t at = form ? region->short_form[i] : region->standard[i];
        if (!has ? at != TF_ICU_NONE : at == TF_ICU_NONE || strcmp(tf_icu_strings + at, name))
          if (!bad++)
            snprintf(detail, sizeof detail, "%s %s %s: ICU '%s', the table '%s'", region->code,
                     name_locales[i], form ? "short" : "standard", has ? name : "(none)",
                     at == TF_ICU_NONE ? "(none)" : tf_icu_strings + at);
      }
  }
  close_display_names(&names);
  report(bad == 0 && iso > 200, "icu_tables.regions", detail);
}

int main(void) {
  check_versions();
  check_code_points();
  check_currencies();
  check_regions();
  u_cleanup();
  return failures ? 1 : 0;
}
#endif
