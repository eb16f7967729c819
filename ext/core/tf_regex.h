/*
** tf_regex.h — PCRE2 as the recognisers use it: 8-bit byte mode (the subject may
** hold invalid UTF-8, as SQLite TEXT can), caseless, JIT-compiled where the
** platform has it, every allocation through tf_alloc.
**
** Patterns are built from the data files (qualifier phrases, month names) with
** tf_regex_append_phrase, which writes a phrase as the bytes it matches.
*/
#ifndef TF_REGEX_H
#define TF_REGEX_H
#include <stddef.h>

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>

/* Creates the general context (from tf_core_init). TF_OK or TF_NOMEM. */
int tf_regex_init(void);

/* Frees the context (tf_core's teardown). */
void tf_regex_teardown(void);

/* The context to create match data with. */
pcre2_general_context *tf_regex_context(void);

/* Compiles pattern (NUL-terminated). TF_OK, TF_NOMEM, or TF_ERROR with the
** PCRE2 message in err. */
int tf_regex_compile(const char *pattern, pcre2_code **out, char *err, size_t size);

/* 1 when code runs JIT-compiled. */
int tf_regex_jit_in_use(const pcre2_code *code);

/* A growing pattern. */
typedef struct tf_regex_buffer {
  char *p;
  size_t len, cap;
  int nomem;
} tf_regex_buffer;

void tf_regex_append(tf_regex_buffer *b, const char *text);
/* Appends phrase[0..n) as the pattern of the bytes it matches (see
** ext/data/qualifiers.tsv): ASCII letters as they are (the pattern is caseless),
** a non-ASCII letter as itself, its capital and its base letter, a space as
** space (a pattern for one or more white space characters), an apostrophe as
** apostrophe, other characters escaped. Returns TF_OK, TF_NOMEM, or TF_ERROR when
** the phrase is not valid UTF-8. */
int tf_regex_append_phrase(tf_regex_buffer *b, const char *phrase, size_t n, const char *space,
                           const char *apostrophe);
void tf_regex_buffer_free(tf_regex_buffer *b);

#endif
