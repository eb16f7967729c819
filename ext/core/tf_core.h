/*
** tf_core.h — the status codes of the whole core, and its one initialisation.
**
** The core (every file of ext/core) is plain C11 with no SQLite types: text in,
** byte spans and values out. Its functions that can fail return a tf_status; a
** function that finds something returns a count or 1/0 and documents how it
** reports TF_NOMEM.
**
** tf_core_init() builds, once per process and in this order, the tables every
** recogniser reads (character classes and folding, tf_fold, are constant tables
** made from ICU at build time, tf_icu_data.h): the word scanner (tf_words), language detection (tf_lang), currencies (tf_currency), number
** words (tf_number), the PCRE2 context (tf_regex), qualifiers (tf_qualifier),
** the money words (tf_money), month names (tf_date), sentence abbreviations
** (tf_sentence), the guesser's word lists and the built-in entities
** (tf_entity, tf_builtin), and the fact phrases (tf_facts). Most of that
** knowledge is read from the data files of ext/data (tf_data.h).
*/
#ifndef TF_CORE_H
#define TF_CORE_H
#include <stddef.h>

typedef enum tf_status {
  TF_OK = 0,
  TF_NOMEM = 1,    /* an allocation failed */
  TF_ERROR = 2,    /* something else failed; a message says what */
  TF_BAD_INPUT = 3 /* the caller's input was refused (an empty or invalid alias) */
} tf_status;

/* Builds everything once per process (thread-safe). Returns TF_OK, TF_NOMEM or
** TF_ERROR; tf_core_error() then says what failed. After TF_NOMEM nothing is
** kept and the next call tries again (memory may be back); after TF_ERROR (a
** broken data file) every call returns it. The tables
** live in memory from libc (tf_alloc.h). */
int tf_core_init(void);
const char *tf_core_error(void);

/* Writes a message into err (capacity size) and returns TF_ERROR: for the
** initialisation functions, which all take (char *err, size_t size). */
int tf_core_fail(char *err, size_t size, const char *format, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 3, 4)))
#endif
  ;

#endif
