/*
** store.h — the textfacts virtual table, as the entry point registers it
** (ext/textfacts.c). store_main.c has the whole story.
*/
#ifndef STORE_H
#define STORE_H
#include <sqlite3ext.h>
#include "functions/fn_dictionary.h"

/* Registers the module "textfacts", reading names through dictionary.
** SQLITE_OK, or an error with a message in *pzErrMsg. */
int textfacts_register_store(sqlite3 *db, char **pzErrMsg, textfacts_dictionary *dictionary);

#endif
