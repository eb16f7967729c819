/*
** textfacts.h — for applications that link libtextfacts.a and register the
** extension themselves:
**
**     #include <sqlite3.h>
**     #include "textfacts.h"
**     sqlite3_auto_extension((void (*)(void))sqlite3_textfacts_init);
**
** Every connection opened afterwards has the textfacts functions.
*/
#ifndef TEXTFACTS_H
#define TEXTFACTS_H
#include <sqlite3.h>
/* The oldest SQLite textfacts works with, as sqlite3_libversion_number() counts:
** 3.33.0 (2020-08-14), the first that knows the name sqlite_schema, which the
** extension's own SQL reads. The newest interfaces it calls are older:
** SQLITE_INNOCUOUS, SQLITE_DIRECTONLY and SQLITE_VTAB_INNOCUOUS (3.31.0),
** pragma_table_xinfo and SQLITE_FCNTL_DATA_VERSION (3.26.0), sqlite3_str_* (3.25.0),
** sqlite3_vtab_collation (3.22.0), sqlite3_prepare_v3 (3.20.0). Loading into an
** older SQLite fails with "textfacts: needs SQLite 3.33.0 or later; this is SQLite …". */
#define TEXTFACTS_MIN_SQLITE 3033000

#ifdef __cplusplus
extern "C" {
#endif

int sqlite3_textfacts_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif
#endif
