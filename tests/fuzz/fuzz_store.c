/* libFuzzer target: the textfacts virtual table (ext/store/) through SQL,
** with the extension linked in (SQLITE_CORE) and the system SQLite.
** The first byte picks the article's lang column (bits 0, 1 and 5: NULL, 'fr', 'en',
** 'auto', 'de', 'es', 'it', 'pt') and, with bit 2, whether the text is stored as a BLOB; the
** rest is the text. For each input, in a fresh :memory: database with
**   a(id INTEGER PRIMARY KEY, lang, body) and
**   f USING textfacts(content = 'a', column = 'body', lang_column = 'lang'):
**  - the article is inserted (the trigger indexes it), 'integrity-check'
**    passes, and the stored rows are exactly extract_facts' and
**    extract_entities' (EXCEPT both ways, row counts equal);
**  - substr(text, start + 1, end - start) = match for every row of a TEXT
**    article;
**  - the text is replaced by its second half: 'integrity-check' passes;
**  - the article is deleted: no row is left;
**  - a table created over the existing article gives the same rows as the
**    triggers gave.
** Any failed check aborts with the SQL that failed. */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sqlite3_textfacts_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(sqlite3 *db, const char *what) {
  fprintf(stderr, "fuzz_store: %s: %s\n", what, sqlite3_errmsg(db));
  abort();
}

static void exec_ok(sqlite3 *db, const char *sql) {
  char *err = NULL;
  if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
    fprintf(stderr, "fuzz_store: %s\n  -> %s\n", sql, err ? err : "?");
    abort();
  }
}

/* The integer the one-row query sql gives. */
static sqlite3_int64 query_int(sqlite3 *db, const char *sql) {
  sqlite3_stmt *stmt = NULL;
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) fail(db, sql);
  if (sqlite3_step(stmt) != SQLITE_ROW) fail(db, sql);
  sqlite3_int64 v = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  return v;
}

static void expect_zero(sqlite3 *db, const char *sql) {
  sqlite3_int64 n = query_int(db, sql);
  if (n != 0) {
    fprintf(stderr, "fuzz_store: %lld, not 0, from\n  %s\n", (long long)n, sql);
    abort();
  }
}

/* The stored rows against the table-valued functions over the content. */
#define STORED_MONEY                                                                    \
  "SELECT doc, \"match\", start, \"end\", sentence, amount, currency, qualifier, low, " \
  "high, entity, entity_kind, year, grp FROM f WHERE kind = 'money'"
#define COMPUTED_MONEY                                                               \
  "SELECT a.id, x.\"match\", x.start, x.\"end\", x.sentence, x.amount, x.currency, " \
  "x.qualifier, x.low, x.high, x.entity, x.entity_kind, x.year, x.grp FROM a, "      \
  "extract_facts(a.body, a.lang) AS x"
#define STORED_ENTITIES                                                            \
  "SELECT doc, \"match\", start, \"end\", name, entity_kind, code, source FROM f " \
  "WHERE kind = 'entity'"
#define COMPUTED_ENTITIES                                                           \
  "SELECT a.id, x.\"match\", x.start, x.\"end\", x.name, x.kind, x.code, x.source " \
  "FROM a, extract_entities(a.body, a.lang) AS x"

static void same_as_functions(sqlite3 *db) {
  exec_ok(db, "INSERT INTO f(f) VALUES('integrity-check')");
  expect_zero(db, "SELECT count(*) FROM (" STORED_MONEY " EXCEPT " COMPUTED_MONEY ")");
  expect_zero(db, "SELECT count(*) FROM (" COMPUTED_MONEY " EXCEPT " STORED_MONEY ")");
  expect_zero(db, "SELECT count(*) FROM (" STORED_ENTITIES " EXCEPT " COMPUTED_ENTITIES ")");
  expect_zero(db, "SELECT count(*) FROM (" COMPUTED_ENTITIES " EXCEPT " STORED_ENTITIES ")");
  expect_zero(db, "SELECT (SELECT count(*) FROM f WHERE kind = 'money') - "
                  "(SELECT count(*) FROM a, extract_facts(a.body, a.lang))");
  expect_zero(db, "SELECT (SELECT count(*) FROM f WHERE kind = 'entity') - "
                  "(SELECT count(*) FROM a, extract_entities(a.body, a.lang))");
  expect_zero(db, "SELECT count(*) FROM f JOIN a ON a.id = f.doc WHERE typeof(a.body) = 'text' "
                  "AND substr(a.body, f.start + 1, f.\"end\" - f.start) IS NOT f.\"match\"");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  static const char *const langs[] = {NULL, "fr", "en", "auto", "de", "es", "it", "pt"};
  const char *lang = langs[(data[0] & 3) | (data[0] >> 3 & 4)];
  int as_blob = (data[0] & 4) != 0;
  const char *text = (const char *)data + 1;
  int len = (int)(size - 1);

  sqlite3 *db = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) abort();
  char *err = NULL;
  if (sqlite3_textfacts_init(db, &err, NULL) != SQLITE_OK) {
    fprintf(stderr, "fuzz_store: init: %s\n", err ? err : "?");
    abort();
  }
  exec_ok(db, "CREATE TABLE a(id INTEGER PRIMARY KEY, lang TEXT, body);"
              "CREATE VIRTUAL TABLE f USING textfacts(content = 'a', column = 'body', "
              "lang_column = 'lang');");
  sqlite3_stmt *stmt = NULL;
  if (sqlite3_prepare_v2(db, "INSERT INTO a(id, lang, body) VALUES(7, ?1, ?2)", -1, &stmt, NULL) !=
      SQLITE_OK)
    fail(db, "prepare insert");
  if (lang) sqlite3_bind_text(stmt, 1, lang, -1, SQLITE_STATIC);
  if (as_blob) sqlite3_bind_blob(stmt, 2, text, len, SQLITE_STATIC);
  else sqlite3_bind_text(stmt, 2, text, len, SQLITE_STATIC);
  if (sqlite3_step(stmt) != SQLITE_DONE) fail(db, "insert");
  sqlite3_finalize(stmt);
  same_as_functions(db);

  /* A table made over the existing row stores what the trigger stored. */
  exec_ok(db, "CREATE VIRTUAL TABLE g USING textfacts(content = 'a', column = 'body', "
              "lang_column = 'lang');");
  expect_zero(db, "SELECT count(*) FROM (SELECT * FROM f_data EXCEPT SELECT * FROM g_data)");
  expect_zero(db, "SELECT count(*) FROM (SELECT * FROM g_data EXCEPT SELECT * FROM f_data)");
  exec_ok(db, "DROP TABLE g");

  /* The second half of the text (a cut anywhere, even inside a character). */
  if (sqlite3_prepare_v2(db, "UPDATE a SET body = ?1 WHERE id = 7", -1, &stmt, NULL) != SQLITE_OK)
    fail(db, "prepare update");
  if (as_blob) sqlite3_bind_blob(stmt, 1, text + len / 2, len - len / 2, SQLITE_STATIC);
  else sqlite3_bind_text(stmt, 1, text + len / 2, len - len / 2, SQLITE_STATIC);
  if (sqlite3_step(stmt) != SQLITE_DONE) fail(db, "update");
  sqlite3_finalize(stmt);
  same_as_functions(db);

  exec_ok(db, "DELETE FROM a");
  expect_zero(db, "SELECT count(*) FROM f_data");
  exec_ok(db, "INSERT INTO f(f) VALUES('integrity-check')");
  sqlite3_close(db);
  return 0;
}
