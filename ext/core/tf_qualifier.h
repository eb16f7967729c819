/*
** tf_cue.h — the phrases around a money mention that qualify it: "environ",
** "plus de", "jusqu’à", "about", "at least", "up to" …, and the openers of a
** range ("entre", "between", "de", "from").
**
** They are PCRE2 patterns (8-bit, byte mode, caseless, JIT-compiled once per
** process) matched only on the few dozen bytes that end where a mention
** starts, so they cost nothing on the text in between. Byte mode is chosen on
** purpose: the subject may hold invalid UTF-8 (SQLite TEXT can), and the
** phrases are written as explicit UTF-8 byte sequences.
*/
#ifndef TF_CUE_H
#define TF_CUE_H
#include <stddef.h>

enum tf_qualifier { TF_Q_EXACT = 0, TF_Q_APPROX, TF_Q_MIN, TF_Q_MAX, TF_Q_RANGE };

/* Compiles the patterns (from tf_core_init). Returns TF_OK, TF_NOMEM or
** TF_ERROR with a message in err. */
int tf_cue_init(char *err, size_t err_size);

/* 1 when the patterns run JIT-compiled (textfacts_debug()). */
int tf_cue_jit_in_use(void);

/* Per-scanner matching state (PCRE2 match data). */
typedef struct tf_cue_matcher tf_cue_matcher;
tf_cue_matcher *tf_cue_matcher_new(void);
void tf_cue_matcher_free(tf_cue_matcher *m);

/* The qualifier phrase that ends at byte `end` of s (white space between it and
** end allowed), starting at or after `floor`. Returns a TF_Q_* value (EXACT if
** none) and sets *cue_start to where the phrase starts (end if none).
** Returns -1 on a matching error (out of memory). */
int tf_cue_qualifier(tf_cue_matcher *m, const unsigned char *s, size_t floor, size_t end,
                     size_t *cue_start);

/* Whether a range opener ("entre", "between", "de", "from") ends at `end`
** (white space allowed), at or after floor; sets *opener_start. 1, 0 or -1. */
int tf_cue_range_opener(tf_cue_matcher *m, const unsigned char *s, size_t floor, size_t end,
                        size_t *opener_start);

/* For the other recognisers that use PCRE2 (tf_date): compiles a pattern
** the way the cues are compiled (byte mode, caseless, JIT where available,
** memory from tf_alloc), and the context to create match data with. */
#ifdef PCRE2_CODE_UNIT_WIDTH
int tf_cue_compile(const char *pattern, pcre2_code **out, char *err, size_t err_size);
pcre2_general_context *tf_cue_context(void);
#endif

#endif
