/*
** functions.h — the SQL functions of textfacts, as the entry point registers
** them (ext/textfacts.c). Each returns SQLITE_OK, or an error code with
** "textfacts: cannot register NAME: why" in *pzErrMsg.
*/
#ifndef FUNCTIONS_H
#define FUNCTIONS_H
#include <sqlite3ext.h>
#include "fn_dictionary.h"

/* extract_money, money_json, parse_amount, currency_code (fn_money.c). */
int textfacts_register_money(sqlite3 *db, char **pzErrMsg);

/* extract_entities and entity_name (fn_entities.c). The extract_entities module
** takes ownership of dictionary (freed with the connection, or at once when the
** registration fails). */
int textfacts_register_entities(sqlite3 *db, char **pzErrMsg, textfacts_dictionary *dictionary);

/* extract_facts and extract_sentences (fn_facts.c), reading names through
** dictionary. */
int textfacts_register_facts(sqlite3 *db, char **pzErrMsg, textfacts_dictionary *dictionary);

/* first_date, valid_utf8 and money_convert (fn_corpus.c). */
int textfacts_register_corpus(sqlite3 *db, char **pzErrMsg);

/* textfacts_progress (fn_progress.c, fn_progress.h). */
int textfacts_register_progress(sqlite3 *db, char **pzErrMsg);

#endif
