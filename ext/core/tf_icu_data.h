/*
** tf_icu_data.h — what the extension knows from ICU, as constant tables made at build
** time: the running extension does not call ICU (it depends on libc and libm only), and
** two hosts with different ICU data extract the same rows.
**
** ext/data/icu_data.c is a small program linked against the build machine's ICU4C;
** the Makefile builds and runs it (like ext/data/embed.awk for the data files) and
** compiles what it prints, build/tf_icu_data.c, into the library. It makes:
**   - per code point (two-stage tables): the character class of tf_fold.h, the letter
**     case, the folded code point and the upper-case one (u_charType, uscript_getScript,
**     u_isupper/u_istitle/u_islower, u_tolower and NFD, u_toupper), and the folding
**     tables of the Latin range as tf_fold.c reads them;
**   - the currency name rows (tf_currency.c): every ISO 4217 code ICU lists, current
**     then withdrawn, with its long name, plural names and symbols in the press's
**     languages (ucurr_getName, ucurr_getPluralName), as UTF-8;
**   - the region name rows (tf_builtin.c): every ISO country in ICU's order and the
**     other regions ICU names, with their standard and short display names in the
**     name locales (uldn_regionDisplayName);
**   - the versions they came from (ICU, CLDR, Unicode), for textfacts_debug().
** Another ICU gives other tables: see docs/architecture.md, "Tables made from ICU".
*/
#ifndef TF_ICU_DATA_H
#define TF_ICU_DATA_H
#include <stddef.h>
#include <stdint.h>

/* --- code points ------------------------------------------------------------- */
#define TF_MAX_CP 0x10FFFF
#define TF_CHAR_SHIFT 7
#define TF_CHAR_BLOCK (1 << TF_CHAR_SHIFT)

typedef struct tf_char_props {
  int32_t fold;            /* the folded code point, minus cp (tf_fold.h) */
  int32_t upper;           /* the upper-case code point (u_toupper), minus cp */
  unsigned char cls;       /* enum tf_char_class */
  signed char letter_case; /* 1 upper or title case, -1 lower, 0 uncased */
} tf_char_props;

/* stage 1: a block number per TF_CHAR_BLOCK code points; stage 2: per block, the index
** of each code point's properties */
extern const uint16_t tf_char_stage1[(TF_MAX_CP + 1) >> TF_CHAR_SHIFT];
extern const uint16_t tf_char_stage2[];
extern const tf_char_props tf_char_props_table[];

/* The properties of cp, 0 <= cp <= TF_MAX_CP. */
static inline const tf_char_props *tf_char_props_of(int32_t cp) {
  size_t block = tf_char_stage1[cp >> TF_CHAR_SHIFT];
  return &tf_char_props_table[tf_char_stage2[block << TF_CHAR_SHIFT |
                                             (size_t)(cp & (TF_CHAR_BLOCK - 1))]];
}

/* The Latin range that tf_fold.c reads from flat tables (TF_CLASS_TABLE_LIMIT code
** points): the folded form as bytes (1..4, "ss" for ß), and the letter case. (The
** classes are tf_class_table, tf_fold.h.) */
#define TF_LATIN_LIMIT 0x250
extern const unsigned char tf_latin_fold[TF_LATIN_LIMIT][4];
extern const unsigned char tf_latin_fold_len[TF_LATIN_LIMIT];
extern const signed char tf_latin_case[TF_LATIN_LIMIT];

/* --- currencies ---------------------------------------------------------------- */
/* The locales of the names, in the order tf_currency.c adds them; en and fr have 6
** variants (long name, plural one, other, many, symbol, narrow symbol), the others 4
** (no symbols). */
#define TF_ICU_CURRENCY_LOCALES 7
#define TF_ICU_CURRENCY_SLOTS 32
#define TF_ICU_NONE UINT32_MAX /* no name: ICU failed, or gave an empty one */

typedef struct tf_icu_currency {
  char code[4];          /* ISO 4217, NUL-terminated */
  unsigned char current; /* 1: listed as common and not deprecated; 0: deprecated */
  /* per locale and variant (tf_icu_currency_slot), an offset into tf_icu_strings */
  uint32_t name[TF_ICU_CURRENCY_SLOTS];
} tf_icu_currency;

/* The slot of a locale (0..6) and a variant (0..5 for the first two, 0..3 after). */
static inline int tf_icu_currency_slot(int locale, int variant) {
  return locale < 2 ? locale * 6 + variant : 12 + (locale - 2) * 4 + variant;
}

/* In ICU's order: the current codes first, then the deprecated ones. */
extern const tf_icu_currency tf_icu_currencies[];
extern const size_t tf_icu_currency_count;

/* --- regions --------------------------------------------------------------------- */
/* The locales of the names (tf_builtin.c's name_locales). */
#define TF_ICU_REGION_LOCALES 7

typedef struct tf_icu_region {
  char code[4];      /* "FR", "419" */
  unsigned char iso; /* 1: one of uloc_getISOCountries(), listed first, in its order */
  /* per locale: the standard and the short display name (UDISPCTX_LENGTH_SHORT), offsets
  ** into tf_icu_strings; TF_ICU_NONE where ICU has none (it answers with the code) */
  uint32_t standard[TF_ICU_REGION_LOCALES], short_form[TF_ICU_REGION_LOCALES];
} tf_icu_region;

extern const tf_icu_region tf_icu_regions[];
extern const size_t tf_icu_region_count;
/* indexes of tf_icu_regions in the order of their codes (strcmp), for a binary search */
extern const uint16_t tf_icu_region_sorted[];

/* The names: NUL-terminated UTF-8 strings, one after the other. */
extern const char tf_icu_strings[];

/* --- versions -------------------------------------------------------------------- */
extern const char tf_icu_version[];     /* "72.1" */
extern const char tf_cldr_version[];    /* "42.0" */
extern const char tf_unicode_version[]; /* "15.0" */

#endif
