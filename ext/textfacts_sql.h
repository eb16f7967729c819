/*
** textfacts_sql.h — shared by the SQL binding files (not by the recognisers).
*/
#ifndef TEXTFACTS_SQL_H
#define TEXTFACTS_SQL_H
#include <sqlite3ext.h>

#ifndef TEXTFACTS_VERSION
#define TEXTFACTS_VERSION "unknown"
#endif

/* Registers extract_money, money_json, parse_amount, currency_code. */
int textfacts_register_money(sqlite3 *db, char **pzErrMsg);

/* Reads an optional lang argument: NULL or absent → TF_LANG_AUTO. Returns the
** tf_lang, or -1 after setting an error on ctx that names fn. */
int textfacts_lang_argument(sqlite3_context *ctx, const char *fn, int argc, sqlite3_value **argv,
                            int index);

/* Replaces a virtual table's error message (freeing the old one). */
void textfacts_vtab_error(sqlite3_vtab *vtab, const char *format, ...);

/* Reports a core status (TF_NOMEM, TF_ERROR) as an SQLite result code. */
int textfacts_core_ready(char **message);

#endif
