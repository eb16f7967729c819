/*
** tests/static_link.c — an application that links dist/libtextfacts.a with the
** system SQLite, as the README tells embedders to:
**
**   sqlite3_auto_extension((void (*)(void))sqlite3_textfacts_init);
**
** then opens an in-memory database and asks extract_money() for one amount.
** Prints "ok static_link" and exits 0 when the row is 5600000000 USD, otherwise
** "not ok static_link: <why>" and exits 1. Built and run by tests/run_all.sh.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "textfacts.h"

static int fail(const char *why, sqlite3 *db) {
  printf("not ok static_link: %s%s%s\n", why, db ? ": " : "", db ? sqlite3_errmsg(db) : "");
  if (db) sqlite3_close(db);
  return 1;
}

int main(void) {
  static const char query[] =
    "SELECT amount, currency FROM extract_money('Il a levé 5,6 milliards de dollars.')";
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc, rows = 0, ok = 0;

  rc = sqlite3_auto_extension((void (*)(void))sqlite3_textfacts_init);
  if (rc != SQLITE_OK) return fail("sqlite3_auto_extension failed", NULL);
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) return fail("sqlite3_open", db);
  if (sqlite3_prepare_v2(db, query, -1, &stmt, NULL) != SQLITE_OK)
    return fail("prepare (is extract_money registered?)", db);
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    double amount = sqlite3_column_double(stmt, 0);
    const unsigned char *currency = sqlite3_column_text(stmt, 1);
    rows++;
    printf("# row %d: amount=%.17g currency=%s\n", rows, amount,
           currency ? (const char *)currency : "NULL");
    if (sqlite3_column_type(stmt, 0) == SQLITE_FLOAT ||
        sqlite3_column_type(stmt, 0) == SQLITE_INTEGER)
      ok = fabs(amount - 5600000000.0) < 1e-3 && currency &&
           strcmp((const char *)currency, "USD") == 0;
  }
  sqlite3_finalize(stmt);
  if (rc != SQLITE_DONE) return fail("step", db);
  if (rows != 1 || !ok) {
    printf("not ok static_link: expected one row 5600000000 USD, got %d row(s)\n", rows);
    sqlite3_close(db);
    return 1;
  }

  /* The extension's own functions are there too. */
  if (sqlite3_prepare_v2(db, "SELECT textfacts_version()", -1, &stmt, NULL) != SQLITE_OK)
    return fail("prepare textfacts_version()", db);
  if (sqlite3_step(stmt) != SQLITE_ROW || sqlite3_column_text(stmt, 0) == NULL) {
    sqlite3_finalize(stmt);
    return fail("textfacts_version() returned no value", db);
  }
  printf("# textfacts_version() = %s\n", (const char *)sqlite3_column_text(stmt, 0));
  sqlite3_finalize(stmt);

  if (sqlite3_close(db) != SQLITE_OK) {
    printf("not ok static_link: sqlite3_close: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  sqlite3_reset_auto_extension();
  printf("ok static_link\n");
  return 0;
}
