/*
** tf_lang.h — the languages the recognisers know, and a detector that decides
** between them from the function words of a text (ext/data/language.tsv).
**
** A language is a small integer (enum tf_lang); TF_LANG_AUTO asks for detection.
** Knowledge in ext/data is tagged with the languages that read it: a bit set,
** TF_LANG_BIT(lang) per language, TF_LANG_ALL for "*".
*/
#ifndef TF_LANG_H
#define TF_LANG_H
#include <stddef.h>

enum tf_lang {
  TF_LANG_AUTO = 0,
  TF_LANG_FR = 1,
  TF_LANG_EN = 2,
  TF_LANG_DE = 3,
  TF_LANG_ES = 4,
  TF_LANG_IT = 5,
  TF_LANG_PT = 6,
  TF_LANG_ZH = 7
};
#define TF_LANG_COUNT 7 /* languages, TF_LANG_AUTO aside: 1 .. TF_LANG_COUNT */
#define TF_LANG_BIT(lang) (1u << ((lang)-1))
#define TF_LANG_ALL ((1u << TF_LANG_COUNT) - 1)

/* Parses "auto", "fr", "en", "de", "es", "it", "pt", "zh" (any case). Returns the tf_lang,
** or -1. */
int tf_lang_parse(const char *name, size_t len);
/* "fr", "en", "de", "es", "it", "pt", "zh" or "auto". */
const char *tf_lang_name(int lang);
/* The supported values, for error messages. */
#define TF_LANG_SUPPORTED "auto, de, en, es, fr, it, pt, zh"

/* The languages a data file's lang column names: one language ("fr", "de": a bit), or
** "*" (all). 0 when it is none of them. */
unsigned tf_lang_bits_parse(const char *name, size_t len);
/* The bits of a tf_lang as an argument gives it: one language, or all for AUTO. */
static inline unsigned tf_lang_bits(int lang) {
  return lang > 0 && lang <= TF_LANG_COUNT ? TF_LANG_BIT(lang) : TF_LANG_ALL;
}

/* Does the language write decimals with a comma ("3,2 Milliarden", "1,5 milliards") and
** group thousands with a dot or a space? (English does the reverse.) */
static inline int tf_lang_decimal_comma(int lang) {
  return lang == TF_LANG_FR || lang == TF_LANG_DE || lang == TF_LANG_ES || lang == TF_LANG_IT ||
         lang == TF_LANG_PT;
}

/* Does the language capitalise every noun (German), so that a capitalised word alone is
** no evidence of a name? */
static inline int tf_lang_capitalises_nouns(int lang) { return lang == TF_LANG_DE; }

/* Reads ext/data/language.tsv (from tf_core_init). TF_OK, TF_NOMEM or TF_ERROR
** with a message in err. */
int tf_lang_init(char *err, size_t size);

/* Frees what tf_lang_init built (tf_core's teardown). */
void tf_lang_teardown(void);

/* Decides the language of the first 64 KB of s from the weights of its words (and
** for Chinese, of its ideographs): the language with the highest score; English on a
** tie (nothing tells). */
int tf_lang_detect(const unsigned char *s, size_t len);

/* The language a text is read in: lang, or for AUTO the one tf_lang_detect gives. */
static inline int tf_lang_of(const unsigned char *s, size_t len, int lang) {
  return lang == TF_LANG_AUTO ? tf_lang_detect(s, len) : lang;
}

/* How much more the first 64 KB of s look like lang than like the likeliest
** other language: > 0 when lang leads, < 0 when another one does, 0 when
** nothing tells. */
long tf_lang_margin(const unsigned char *s, size_t len, int lang);

#endif
