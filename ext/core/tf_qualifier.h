/*
** tf_qualifier.h — the phrases before a money mention that qualify it:
** "environ", "plus de", "jusqu'à", "about", "at least", "up to" …, and the
** openers of a range ("entre", "between", "de", "from"), from
** ext/data/qualifiers.tsv.
**
** The phrases of each language are compiled into PCRE2 patterns (tf_regex.h:
** byte mode, caseless, JIT) once per process, and matched only on the few dozen
** bytes that end where a mention starts, so they cost nothing on the text in
** between. Byte mode is chosen on purpose: the subject may hold invalid UTF-8
** (SQLite TEXT can).
*/
#ifndef TF_QUALIFIER_H
#define TF_QUALIFIER_H
#include <stddef.h>

enum tf_qualifier { TF_Q_EXACT = 0, TF_Q_APPROX, TF_Q_MIN, TF_Q_MAX, TF_Q_RANGE };

/* "exact", "approx", "min", "max", "range": the qualifier column's values. */
const char *tf_qualifier_name(int qualifier);

/* Reads the phrases and compiles the patterns (from tf_core_init). TF_OK,
** TF_NOMEM, or TF_ERROR with a message in err. */
int tf_qualifier_init(char *err, size_t size);

/* Frees the patterns (tf_core's teardown, before tf_regex's). */
void tf_qualifier_teardown(void);

/* 1 when the patterns run JIT-compiled (textfacts_debug()). */
int tf_qualifier_jit_in_use(void);

/* Per-scanner matching state (PCRE2 match data). */
typedef struct tf_qualifier_matcher tf_qualifier_matcher;
tf_qualifier_matcher *tf_qualifier_matcher_new(void);
void tf_qualifier_matcher_free(tf_qualifier_matcher *m);

/* The qualifier phrase of lang (a tf_lang; AUTO: of every language) that ends
** at byte `end` of s (white space between it and end allowed), starting at or
** after `floor`. Returns a TF_Q_* value (EXACT if none) and sets *phrase_start
** to where the phrase starts (end if none). Returns -1 on a matching error (out
** of memory). */
int tf_qualifier_before(tf_qualifier_matcher *m, int lang, const unsigned char *s, size_t floor,
                        size_t end, size_t *phrase_start);

/* Whether a range opener of lang ("entre", "between", "de", "from") ends at
** `end` (white space allowed), at or after floor; sets *opener_start. 1, 0 or
** -1. */
int tf_qualifier_range_opener(tf_qualifier_matcher *m, int lang, const unsigned char *s,
                              size_t floor, size_t end, size_t *opener_start);

#endif
