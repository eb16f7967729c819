/*
** tf_number.h — numbers as articles write them.
**
**   digits      1200000  1 200 000 (space, U+00A0, U+202F, U+2009)  1.200.000
**               1,200,000  1'200'000  5,6  3.14  125.000,50  12,34,567.89
**   scales      5,6 milliards  3 thousand  10 lakh  4 crores  1 000 milliards
**               10K  5bn  5 Md  2 Mds  3 Mrd  5 MM  7 mn  1 tn  (attached or spaced; a
**               spaced one-letter abbreviation needs a currency symbol after it: 5 M€)
**   words       cent soixante millions  quatre-vingt-dix  vingt et un
**               five million  half a billion  a quarter million  un milliard et demi
**
** The words, their values per language and the scale abbreviations are those of
** ext/data/numbers.tsv.
**
** A lone "1,250" is ambiguous: in English text, and in French text when a
** currency symbol precedes it (€3,000), the comma groups thousands; otherwise
** French reads it as a decimal comma (12,345 $ = 12.345). A lone "10.000" groups
** thousands in French and is a decimal point in English.
*/
#ifndef TF_NUMBER_H
#define TF_NUMBER_H
#include <stddef.h>
#include <stdint.h>

/* options */
#define TF_NUM_PREFIXED 0x01   /* a currency symbol or code precedes the number */
#define TF_NUM_NO_WORDS 0x02   /* digits only */
#define TF_NUM_WORDS_ONLY 0x04 /* words only */
#define TF_NUM_NO_SCALE 0x08   /* do not read a scale after the numeral */
#define TF_NUM_STANDALONE 0x10 /* the number is the whole text: "3 M" is 3 million */

/* flags of a result */
#define TF_NF_WORDS 0x01   /* written in words */
#define TF_NF_DECIMAL 0x02 /* has a fractional part written with digits */
#define TF_NF_SCALE 0x04   /* carries a scale word or abbreviation */
#define TF_NF_ARTICLE 0x08 /* only "a"/"an": 1, valid just before a currency */
#define TF_NF_GROUPED 0x10 /* has thousands separators */
#define TF_NF_MORE 0x20    /* Chinese: "余" or "多" says more than the number ("3000余万") */

typedef struct tf_number {
  double value;       /* with the scale applied */
  double base;        /* the numeral before its scale */
  double scale;       /* 1 when none */
  size_t start, end;  /* bytes: the numeral and its scale */
  size_t numeral_end; /* bytes: the end of the numeral, before its scale */
  int decimals;       /* digits after the decimal mark (for exact scaling) */
  unsigned flags;     /* TF_NF_* */
} tf_number;

/* A Chinese number at s[pos]: digits (ASCII or full-width, with "," groups and a "."
** decimal mark) or Chinese numerals ("一千二百", "两", "〇", financial "壹"), then after
** spaces the scale characters ("万", "亿", "万亿", "千亿", traditional "萬", "億"), with
** "余"/"多" before or after them (TF_NF_MORE). A numeral in characters alone, without a
** scale, is no number here (too often a word: "一家", "十分"). Returns 1 and fills *out. */
int tf_parse_number_zh(const unsigned char *s, size_t len, size_t pos, tf_number *out);
/* Can a Chinese number start with cp: a numeral ("一", "两", "十", "千") or a full-width
** digit? */
int tf_zh_number_start(int32_t cp);
/* One Chinese digit at p: a numeral 〇/零 … 九, 两 (0..9), or with ascii also an ASCII or
** full-width digit. Its value and *next, or -1. */
int tf_zh_digit_at(const unsigned char *s, size_t len, size_t p, int ascii, size_t *next);

/* Reads ext/data/numbers.tsv (from tf_core_init). TF_OK, TF_NOMEM, or TF_ERROR
** with a message in err. */
int tf_number_init(char *err, size_t size);
/* Frees what tf_number_init built (tf_core's teardown). */
void tf_number_teardown(void);

/* Parses the number that starts at s[pos] (lang: TF_LANG_FR or TF_LANG_EN).
** Returns 1 and fills *out, or 0 when no number starts there. */
int tf_parse_number(const unsigned char *s, size_t len, size_t pos, int lang, unsigned options,
                    tf_number *out);

/* Reads a scale word or abbreviation at s[pos] ("millions", "bn", "K"),
** spaces first allowed. Returns 1 and sets *scale and *end, or 0. With
** attached_only, the abbreviation must touch pos. */
int tf_parse_scale(const unsigned char *s, size_t len, size_t pos, int lang, double *scale,
                   size_t *end);

/* base × scale without binary rounding where it can be avoided: 1,7 × 10^9
** is computed as 17 × 10^8, so that it equals 1.7e9 exactly. */
double tf_scale_value(double base, int decimals, double scale);

/* parse_amount(): the whole of s is one number expression (spaces around
** allowed). Returns 1 and sets *value, or 0. */
int tf_parse_amount(const unsigned char *s, size_t len, int lang, double *value);

#endif
