/*
** fn_dictionary.h — the connection's entity knowledge: the built-in set plus the
** user's textfacts_dictionary table (fn_dictionary.c explains when it is read
** again). extract_entities, entity_name, extract_facts and the textfacts table
** read names through it.
*/
#ifndef FN_DICTIONARY_H
#define FN_DICTIONARY_H
#include <sqlite3ext.h>
#include "core/tf_alias.h"

typedef struct textfacts_dictionary textfacts_dictionary;
/* One version of the set, held by a cursor for as long as it needs it. */
typedef struct textfacts_set_ref textfacts_set_ref;

/* A connection's state (NULL when out of memory), and its destructor (for
** sqlite3_create_module_v2: the module that owns it frees it with the
** connection). */
textfacts_dictionary *textfacts_dictionary_new(sqlite3 *db);
void textfacts_dictionary_free(void *p);

/* Registers textfacts_dictionary_changed() for st's connection: the TEMP triggers
** that watch the table call it (fn_dictionary.c). */
int textfacts_dictionary_register(sqlite3 *db, textfacts_dictionary *st);

/* Brings the state up to date with the table. SQLITE_OK, or an error with a
** message naming fn in *err (sqlite3_free it). */
int textfacts_dictionary_refresh(textfacts_dictionary *st, const char *fn, char **err);
/* The same, with the statements that read the database's versions kept by the
** caller in cache[TEXTFACTS_DICTIONARY_CACHE] (NULL at first; the caller
** finalizes them, before the connection closes: a virtual table that calls
** this for every row, in xDisconnect). */
#define TEXTFACTS_DICTIONARY_CACHE 3
int textfacts_dictionary_refresh_cached(textfacts_dictionary *st, const char *fn, char **err,
                                        sqlite3_stmt **cache);
/* The current set (after a refresh). */
const tf_entity_set *textfacts_dictionary_set(const textfacts_dictionary *st);

/* For a cursor of vtab being opened (xOpen): refreshes and takes a reference to
** the current set. SQLITE_OK, or an error whose message (naming fn) goes to
** vtab. */
int textfacts_dictionary_open(textfacts_dictionary *st, sqlite3_vtab *vtab, const char *fn,
                              textfacts_set_ref **ref);
/* The connection's one other setting, kept in the same state object: how many
** threads the textfacts table's build and rebuild use (textfacts_threads(),
** store/store_build.c); 0 until set: the default. */
int *textfacts_connection_threads(textfacts_dictionary *st);

int textfacts_dictionary_open_cached(textfacts_dictionary *st, sqlite3_vtab *vtab, const char *fn,
                                     textfacts_set_ref **ref, sqlite3_stmt **cache);
const tf_entity_set *textfacts_set_get(const textfacts_set_ref *ref);
void textfacts_set_release(textfacts_set_ref *ref);

#endif
