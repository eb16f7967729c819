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
#ifdef __cplusplus
extern "C" {
#endif

int sqlite3_textfacts_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif
#endif
