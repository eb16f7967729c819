/*
** tests/test_load.c — the loadable module's entry point against SQLite versions:
**
**   build/test_load dist/textfacts.so
**
** dlopen()s the module as SQLite's load_extension does and calls its
** sqlite3_textfacts_init with the routines of the SQLite this program is linked
** with (Debian's), then with a copy of them whose sqlite3_libversion_number()
** says an older or the oldest supported version:
**   - 3.32.3 (one release before TEXTFACTS_MIN_SQLITE): SQLITE_ERROR, the message
**     "textfacts: needs SQLite 3.33.0 or later; this is SQLite 3.32.3", and no
**     function registered on the connection;
**   - 3.33.0 exactly, and the real version: SQLITE_OK and extract_money answers.
** Prints "ok NAME" / "not ok NAME: why" per case (tests/run_all.sh, group packaging).
*/
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

/* The routines tables layout, without sqlite3ext.hs macros (SQLITE_CORE). */
#define SQLITE_CORE 1
#include <sqlite3.h>
#include <sqlite3ext.h>

#include "textfacts.h"

typedef int (*init_fn)(sqlite3 *, char **, const sqlite3_api_routines *);

static const sqlite3_api_routines *real_api;
static int fake_version;

/* An auto-extension receives the routines table SQLite hands to extensions. */
static int capture_api(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
  (void)db;
  (void)err;
  real_api = api;
  return SQLITE_OK;
}

static int fake_libversion_number(void) { return fake_version; }

static int failures;
static void result(int ok, const char *name, const char *why) {
  if (ok) printf("ok %s\n", name);
  else {
    printf("not ok %s: %s\n", name, why);
    failures++;
  }
}

/* 1 when extract_money reads 2.5 million EUR on DB. */
static int money_works(sqlite3 *db) {
  sqlite3_stmt *stmt = NULL;
  int ok = 0;
  if (sqlite3_prepare_v2(db,
                         "SELECT amount, currency FROM extract_money('Kelvora raised "
                         "\xe2\x82\xac"
                         "2.5 million.')",
                         -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW)
    ok = sqlite3_column_double(stmt, 0) == 2500000.0 &&
         strcmp((const char *)sqlite3_column_text(stmt, 1), "EUR") == 0;
  sqlite3_finalize(stmt);
  return ok;
}

/* Calls INIT on a fresh connection with the routines API; checks the outcome. */
static void load_case(init_fn init, const sqlite3_api_routines *api, const char *name,
                      int expect_ok, const char *expect_message) {
  sqlite3 *db = NULL;
  char *err = NULL, why[512];
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    result(0, name, "sqlite3_open failed");
    sqlite3_close(db);
    return;
  }
  int rc = init(db, &err, api);
  if (expect_ok) {
    snprintf(why, sizeof why, "init returned %d (%s)", rc, err ? err : "no message");
    if (rc == SQLITE_OK && !money_works(db))
      snprintf(why, sizeof why, "loaded, but extract_money did not read 2.5 million EUR");
    result(rc == SQLITE_OK && money_works(db), name, why);
  } else {
    sqlite3_stmt *stmt = NULL;
    int registered = sqlite3_prepare_v2(db, "SELECT textfacts_version()", -1, &stmt, NULL) ==
                     SQLITE_OK;
    sqlite3_finalize(stmt);
    snprintf(why, sizeof why, "init returned %d, message '%s' (expected %d, '%s')%s", rc,
             err ? err : "(none)", SQLITE_ERROR, expect_message,
             registered ? ", and textfacts_version() is registered" : "");
    result(rc == SQLITE_ERROR && err && strcmp(err, expect_message) == 0 && !registered, name, why);
  }
  sqlite3_free(err);
  sqlite3_close(db);
}

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : "dist/textfacts.so";
  void *module = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!module) {
    printf("not ok dlopen: %s\n", dlerror());
    return 1;
  }
  init_fn init = (init_fn)(void (*)(void))dlsym(module, "sqlite3_textfacts_init");
  result(init != NULL, "entry_point", "sqlite3_textfacts_init not exported");
  if (!init) return 1;

  sqlite3_auto_extension((void (*)(void))capture_api);
  sqlite3 *db = NULL;
  sqlite3_open(":memory:", &db);
  sqlite3_close(db);
  sqlite3_cancel_auto_extension((void (*)(void))capture_api);
  if (!real_api) {
    printf("not ok routines: the auto-extension did not receive SQLite's routines\n");
    return 1;
  }
  printf("# linked with SQLite %s\n", sqlite3_libversion());

  static sqlite3_api_routines fake;
  fake = *real_api;
  fake.libversion_number = fake_libversion_number;

  fake_version = TEXTFACTS_MIN_SQLITE - 997; /* 3.32.3 */
  load_case(init, &fake, "refuses_sqlite_3.32.3", 0,
            "textfacts: needs SQLite 3.33.0 or later; this is SQLite 3.32.3");
  fake_version = 3008000;
  load_case(init, &fake, "refuses_sqlite_3.8.0", 0,
            "textfacts: needs SQLite 3.33.0 or later; this is SQLite 3.8.0");
  fake_version = TEXTFACTS_MIN_SQLITE;
  load_case(init, &fake, "loads_on_sqlite_3.33.0", 1, NULL);
  load_case(init, real_api, "loads_on_linked_sqlite", 1, NULL);
  sqlite3_shutdown();
  return failures ? 1 : 0;
}
