/*
** textfacts_sql.h — shared by the SQL binding files (not by the recognisers).
*/
#ifndef TEXTFACTS_SQL_H
#define TEXTFACTS_SQL_H
#include <sqlite3ext.h>
#include "tf_entity.h"
#include "tf_money.h"

#ifndef TEXTFACTS_VERSION
#define TEXTFACTS_VERSION "unknown"
#endif

/* Registers extract_money, money_json, parse_amount, currency_code. */
int textfacts_register_money(sqlite3 *db, char **pzErrMsg);

/* The error for a lang argument outside auto/en/fr: function, then value. */
#define TEXTFACTS_UNKNOWN_LANG_FORMAT "%s(): unknown lang '%s' (supported: " TF_LANG_SUPPORTED ")"

/* The connection's entity knowledge: the built-ins plus textfacts_dictionary
** (entity_sql.c explains when it is re-read). */
typedef struct textfacts_entities textfacts_entities;
/* One version of it, held by a cursor for as long as it needs it. */
typedef struct textfacts_entity_ref textfacts_entity_ref;

/* Registers extract_entities and entity_name (entity_sql.c), and gives the
** connection's state to the modules that extract entities too. */
int textfacts_register_entities(sqlite3 *db, char **pzErrMsg, textfacts_entities **state);
/* For a cursor of vtab being opened (xOpen): brings the state up to date with
** the dictionary and takes a reference to the current set. SQLITE_OK, or an
** error whose message (naming fn) goes to vtab. */
int textfacts_entities_open(textfacts_entities *st, sqlite3_vtab *vtab, const char *fn,
                            textfacts_entity_ref **ref);
const tf_entity_set *textfacts_entities_set(const textfacts_entity_ref *ref);
void textfacts_entities_release(textfacts_entity_ref *ref);

/* Registers extract_facts and extract_sentences (facts_sql.c). */
int textfacts_register_facts(sqlite3 *db, char **pzErrMsg, textfacts_entities *entities);

/* The result of one of extract_money's first six columns (match, amount,
** currency, qualifier, low, high; columns 0-5, which extract_facts shares)
** for mention m of text. */
void textfacts_money_column(sqlite3_context *ctx, const char *text, const tf_money *m,
                            int column);

/* The name of a tf_money qualifier, as extract_money's qualifier column gives it. */
const char *textfacts_qualifier_name(int qualifier);

/* Registers first_date, valid_utf8 and money_convert (corpus_sql.c). */
int textfacts_register_corpus(sqlite3 *db, char **pzErrMsg);

/* Registers the textfacts virtual table module (store_sql.c). */
int textfacts_register_store(sqlite3 *db, char **pzErrMsg, textfacts_entities *entities);

/* xBestIndex of the table-valued functions whose hidden columns are text
** (required) and lang (optional): idxNum bit 1 = text, bit 2 = lang, passed to
** xFilter in that order. A plan without text is refused; with no plan at all,
** the error names fn and the missing argument. */
int textfacts_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info, const char *fn,
                         int text_column, int lang_column);

/* xFilter of those functions: reads lang (NULL or absent → TF_LANG_AUTO; an
** unknown one is an error naming fn) and copies text into *text (NULL when the
** argument is NULL; sqlite3_free it), whose byte length goes to *text_len.
** Returns SQLITE_OK, SQLITE_ERROR or SQLITE_NOMEM. */
int textfacts_filter_args(sqlite3_vtab_cursor *cursor, const char *fn, int idx_num, int argc,
                          sqlite3_value **argv, int *lang, char **text, int *text_len);

/* Reads an optional lang argument: NULL or absent → TF_LANG_AUTO. Returns the
** tf_lang, or -1 after setting an error on ctx that names fn. */
int textfacts_lang_argument(sqlite3_context *ctx, const char *fn, int argc, sqlite3_value **argv,
                            int index);

/* Replaces a virtual table's error message (freeing the old one). */
void textfacts_vtab_error(sqlite3_vtab *vtab, const char *format, ...);

/* Reports a core status (TF_NOMEM, TF_ERROR) as an SQLite result code. */
int textfacts_core_ready(char **message);

#endif
