/*
** tf_lang.h — the languages the recognisers know, and a detector that decides
** between them from the function words of a text.
*/
#ifndef TF_LANG_H
#define TF_LANG_H
#include <stddef.h>

enum tf_lang { TF_LANG_AUTO = 0, TF_LANG_FR = 1, TF_LANG_EN = 2 };

/* Parses "auto", "fr", "en" (any case). Returns the tf_lang, or -1. */
int tf_lang_parse(const char *name, size_t len);
/* "fr" / "en" / "auto". */
const char *tf_lang_name(int lang);
/* The supported values, for error messages: "auto, en, fr". */
#define TF_LANG_SUPPORTED "auto, en, fr"

/* Decides French or English from the first 64 KB of s (weights of frequent
** function words; English when nothing tells). Needs tf_core_init(). */
int tf_lang_detect(const unsigned char *s, size_t len);

/* The evidence behind tf_lang_detect over the first 64 KB of s: the sum of
** the weights of its function words, > 0 for French, < 0 for English, 0 when
** nothing tells. */
long tf_lang_score(const unsigned char *s, size_t len);

#endif
