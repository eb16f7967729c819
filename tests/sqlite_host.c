/*
** tests/sqlite_host.c — a program linked with some SQLite amalgamation (tests/packaging.py
** builds it with the sqlite3.c of SQLite 3.32.0 and of 3.33.0, the oldest the extension
** supports) that loads the module and runs what it registers:
**
**   sqlite_host path/to/textfacts.so
**
** Prints "sqlite X.Y.Z", then "load: rc=N MESSAGE" and, when the load succeeded, one line
** per row ("name=value ..." , "error: ..." when a statement fails): extract_money,
** extract_entities, extract_facts, and the textfacts table (create, a dictionary, rebuild,
** integrity-check, the triggers on update and delete, rename, drop). Exit 0 when loaded.
*/
#include <stdio.h>

#include "sqlite3.h"

static int row(void *unused, int n, char **values, char **names) {
  (void)unused;
  for (int i = 0; i < n; i++)
    printf("%s%s=%s", i ? " " : "", names[i], values[i] ? values[i] : "NULL");
  printf("\n");
  return 0;
}

static void query(sqlite3 *db, const char *sql) {
  char *err = NULL;
  if (sqlite3_exec(db, sql, row, NULL, &err) != SQLITE_OK) printf("error: %s\n", err);
  sqlite3_free(err);
}

int main(int argc, char **argv) {
  sqlite3 *db = NULL;
  char *err = NULL;
  if (argc != 2) {
    fprintf(stderr, "usage: sqlite_host path/to/textfacts.so\n");
    return 2;
  }
  printf("sqlite %s\n", sqlite3_libversion());
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 2;
  sqlite3_enable_load_extension(db, 1);
  int rc = sqlite3_load_extension(db, argv[1], NULL, &err);
  printf("load: rc=%d %s\n", rc, err ? err : "");
  sqlite3_free(err);
  if (rc != SQLITE_OK) {
    sqlite3_close(db);
    return 1;
  }
  query(db, "SELECT amount, currency FROM extract_money('Kelvora raised \xe2\x82\xac"
            "2.5 million.')");
  query(db, "SELECT name, kind FROM extract_entities('Kelvora Systems chief Talvex Orvane met "
            "Vantora in Paris.')");
  query(db, "SELECT entity, what, amount, year FROM extract_facts('Vantora will invest $3 "
            "billion in 2027.')");
  query(db, "CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT, lang TEXT);"
            "CREATE VIRTUAL TABLE f USING textfacts(content = 'articles', column = 'body', "
            "content_rowid = 'id', lang_column = 'lang');"
            "INSERT INTO articles(body, lang) VALUES ('Orvane raised $40 million from Talvex.', "
            "'en'), ('Le groupe Vantora investit 2 milliards d''euros en 2026.', 'fr');"
            "CREATE TABLE textfacts_dictionary(alias TEXT, name TEXT, kind TEXT);"
            "INSERT INTO textfacts_dictionary VALUES ('Orvane', 'Orvane Holdings', 'org');"
            "INSERT INTO f(f) VALUES ('rebuild'); INSERT INTO f(f) VALUES ('integrity-check');");
  query(db, "SELECT doc, match, amount, currency, entity, year FROM f WHERE kind = 'money' "
            "ORDER BY doc");
  query(db, "UPDATE articles SET body = 'Talvex paid $7 million.' WHERE id = 1;"
            "DELETE FROM articles WHERE id = 2; INSERT INTO f(f) VALUES ('integrity-check');");
  query(db, "SELECT doc, match, amount FROM f WHERE kind = 'money'");
  query(db, "ALTER TABLE f RENAME TO g; SELECT count(*) AS renamed_rows FROM g; DROP TABLE g;");
  query(db, "SELECT count(*) AS left_over FROM sqlite_master WHERE name LIKE 'f\\_%' ESCAPE '\\' "
            "OR name LIKE 'g\\_%' ESCAPE '\\'");
  sqlite3_close(db);
  return 0;
}
