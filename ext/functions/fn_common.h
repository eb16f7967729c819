/*
** fn_common.h — what every SQL binding of textfacts shares: reading the text and
** lang arguments, the xBestIndex of the table-valued functions, errors that name
** the function and the argument, registration from a table, and the money
** columns that extract_money and extract_facts both give. No binding exports
** helpers to another: what two of them need is here.
*/
#ifndef FN_COMMON_H
#define FN_COMMON_H
#include <sqlite3ext.h>
#include "core/tf_lang.h"
#include "core/tf_money.h"
#include "core/tf_utf8.h"
#include <stddef.h>

#ifndef TEXTFACTS_VERSION
#define TEXTFACTS_VERSION "unknown"
#endif

/* The error for a lang argument outside auto/en/fr: function, then value. */
#define TEXTFACTS_UNKNOWN_LANG_FORMAT "%s(): unknown lang '%s' (supported: " TF_LANG_SUPPORTED ")"

/* A table-valued function's row offsets in code points (start, end exclusive), counted
** when a query first asks for either on that row: a query that counts rows or reads other
** columns does not count characters. Rows come in text order and do not overlap, so the
** counter only moves forward, over the rows nobody asked about too. */
typedef struct textfacts_offsets {
  tf_cp_counter counter;
  size_t start, end;              /* bytes of the current row */
  sqlite3_int64 start_cp, end_cp; /* set when have is */
  int have;
} textfacts_offsets;

static inline void textfacts_offsets_init(textfacts_offsets *o, const char *text) {
  tf_cp_counter_init(&o->counter, (const unsigned char *)text);
  o->have = 0;
}

/* The current row is now at bytes [start, end). */
static inline void textfacts_offsets_row(textfacts_offsets *o, size_t start, size_t end) {
  o->start = start;
  o->end = end;
  o->have = 0;
}

/* The current row's start (end == 0) or end (end != 0), in code points. */
static inline sqlite3_int64 textfacts_offset(textfacts_offsets *o, int end) {
  if (!o->have) {
    o->start_cp = tf_cp_advance(&o->counter, o->start);
    o->end_cp = tf_cp_advance(&o->counter, o->end);
    o->have = 1;
  }
  return end ? o->end_cp : o->start_cp;
}

/* A scalar function to register. */
typedef struct textfacts_function {
  const char *name;
  int n_arg;
  int flags; /* SQLITE_DETERMINISTIC, SQLITE_INNOCUOUS …; SQLITE_UTF8 is added */
  void (*fn)(sqlite3_context *, int, sqlite3_value **);
} textfacts_function;

/* Registers count functions with user data p. Stops at the first failure, with
** "textfacts: cannot register NAME(): why" in *pzErrMsg. */
int textfacts_register_functions(sqlite3 *db, char **pzErrMsg, const textfacts_function *functions,
                                 size_t count, void *p);
/* Registers a module (sqlite3_create_module_v2), with the same message on failure. */
int textfacts_register_module(sqlite3 *db, char **pzErrMsg, const char *name,
                              const sqlite3_module *module, void *aux, void (*destroy)(void *));

/* xBestIndex of the table-valued functions whose hidden columns are text
** (required) and lang (optional): idxNum bit 1 = text, bit 2 = lang, passed to
** xFilter in that order. A plan where text comes from a table joined later is
** refused (SQLITE_CONSTRAINT); one without text at all is the dearest plan, and
** its xFilter fails with an error that names fn and the missing argument. */
int textfacts_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info, const char *fn,
                         int text_column, int lang_column);

/* xFilter of those functions: reads lang (NULL or absent → TF_LANG_AUTO; an
** unknown one is an error naming fn) and copies text into *text (NULL when the
** argument is NULL; sqlite3_free it), whose byte length goes to *text_len.
** Returns SQLITE_OK, SQLITE_ERROR or SQLITE_NOMEM. */
int textfacts_filter_args(sqlite3_vtab_cursor *cursor, const char *fn, int idx_num, int argc,
                          sqlite3_value **argv, int *lang, char **text, int *text_len);

/* Reads an optional lang argument of a scalar: NULL or absent → TF_LANG_AUTO.
** Returns the tf_lang, or -1 after setting an error on ctx that names fn. */
int textfacts_lang_argument(sqlite3_context *ctx, const char *fn, int argc, sqlite3_value **argv,
                            int index);

/* Reads the text argument of a scalar: 1 with *text (NUL-terminated) and *len (its
** bytes; len may be NULL); 0 when it is NULL (the result stays NULL); -1 out of memory, the error set. */
int textfacts_text_argument(sqlite3_context *ctx, sqlite3_value *value, const char **text,
                            int *len);

/* Replaces a virtual table's error message (freeing the old one). */
void textfacts_vtab_error(sqlite3_vtab *vtab, const char *format, ...);

/* The money columns that extract_money and extract_facts start with. */
enum textfacts_money_column {
  TEXTFACTS_MATCH,
  TEXTFACTS_AMOUNT,
  TEXTFACTS_CURRENCY,
  TEXTFACTS_QUALIFIER,
  TEXTFACTS_LOW,
  TEXTFACTS_HIGH
};
/* The result of one of them for mention m of text. */
void textfacts_money_column(sqlite3_context *ctx, const char *text, const tf_money *m, int column);

#endif
