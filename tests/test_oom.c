/* test_oom.c — out-of-memory injection, in the manner of SQLite's own tests.
**
**   build/test_oom [--quick] [SCENARIO ...]
**
** The application's allocator (SQLITE_CONFIG_MALLOC) counts every allocation SQLite
** and textfacts make through it and fails the Nth: once ("one-shot"), or that one and
** every one after it ("persistent"). For every scenario below, N runs from 1 until the
** statement no longer reaches it, in both modes, each time on a fresh connection:
**  - the statement ends in SQLITE_NOMEM, or gives the right answer (the one it gives
**    without faults) — never another answer, never another error;
**  - afterwards the database holds what it held before the statement (SQLITE_NOMEM) or
**    after it (success): the scenario's check (its rows, textfacts' integrity-check,
**    PRAGMA integrity_check) says the same as a run without faults;
**  - the same connection then runs the statement again and answers like a fresh one;
**  - once the connection is closed, every block allocated through SQLite is freed.
** Last, sqlite3_shutdown(): nothing textfacts keeps may live in SQLite's memory (an
** application allocator may release its heap then), so after it the allocator must
** hold no block at all.
** Output: "ok NAME" / "not ok NAME: why" lines, then "N passed, N failed". --quick tries
** every 7th N beyond the first 200 (the sanitizer and valgrind runs). */
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textfacts.h"
#include "test_report.h"

/* ------------------------------------------------------------------------ */
/* The failing allocator. */

static sqlite3_mem_methods real;
static long count, fail_at = -1, faults, live;
static int persistent;

static int fails(void) {
  count++;
  if (fail_at < 0 || count < fail_at || (count > fail_at && !persistent)) return 0;
  faults++;
  return 1;
}

static void *fault_malloc(int n) {
  if (fails()) return NULL;
  void *p = real.xMalloc(n);
  if (p) live++;
  return p;
}
static void fault_free(void *p) {
  if (p) live--;
  real.xFree(p);
}
static void *fault_realloc(void *p, int n) {
  if (fails()) return NULL;
  return real.xRealloc(p, n);
}
static int fault_size(void *p) { return real.xSize(p); }
static int fault_roundup(int n) { return real.xRoundup(n); }
static int fault_init(void *p) { return real.xInit(p); }
static void fault_shutdown(void *p) { real.xShutdown(p); }

static void arm(long n, int keep_failing) {
  count = 0;
  faults = 0;
  fail_at = n;
  persistent = keep_failing;
}
static void disarm(void) { fail_at = -1; }

/* ------------------------------------------------------------------------ */
/* Running SQL and keeping its rows as text. */

typedef struct text {
  char *p;
  size_t len, cap;
} text;

static void append(text *t, const char *s) {
  size_t n = strlen(s);
  if (t->len + n + 1 > t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 1024;
    while (cap < t->len + n + 1) cap *= 2;
    t->p = realloc(t->p, cap); /* libc: not counted */
    if (!t->p) abort();
    t->cap = cap;
  }
  memcpy(t->p + t->len, s, n + 1);
  t->len += n;
}

/* Runs sql, statement after statement; its rows go to out (reset first), as text, and
** its error message too. Returns the primary result code. An open transaction left by
** a failure is rolled back (without faults). Not sqlite3_exec: its own allocation of
** the row's array, failing, makes it return SQLITE_ROW (SQLite 3.40). */
static int run(sqlite3 *db, const char *sql, text *out) {
  out->len = 0;
  append(out, "");
  int rc = SQLITE_OK;
  const char *tail = sql;
  while (rc == SQLITE_OK && tail && *tail) {
    sqlite3_stmt *stmt = NULL;
    rc = sqlite3_prepare_v2(db, tail, -1, &stmt, &tail);
    if (rc != SQLITE_OK || !stmt) break;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      for (int i = 0; i < sqlite3_column_count(stmt); i++) {
        const char *v = (const char *)sqlite3_column_text(stmt, i);
        if (!v && sqlite3_column_type(stmt, i) != SQLITE_NULL) {
          rc = SQLITE_NOMEM; /* the value's text could not be made */
          break;
        }
        append(out, i ? "|" : "");
        append(out, v ? v : "NULL");
      }
      if (rc == SQLITE_NOMEM) break;
      append(out, "\n");
    }
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
    sqlite3_finalize(stmt);
  }
  if (rc != SQLITE_OK) {
    append(out, "error: ");
    append(out, sqlite3_errmsg(db));
    append(out, "\n");
  }
  if (!sqlite3_get_autocommit(db)) {
    long saved = fail_at;
    disarm();
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    fail_at = saved;
  }
  return rc & 0xff;
}

/* Where two texts first differ: "line N: <a> / <b>". */
static void first_difference(const char *a, const char *b, char *out, size_t size) {
  int line = 1;
  while (*a && *a == *b) {
    if (*a == '\n') line++;
    a++, b++;
  }
  while (a > b && 0) a--;
  snprintf(out, size, "line %d: '%.120s' / '%.120s'", line, a, b);
}

/* ------------------------------------------------------------------------ */
/* Scenarios: setup (no faults), the statement under faults, and a check of the
** database afterwards. */

#define ARTICLES                                                                              \
  "CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, body TEXT);"                      \
  "INSERT INTO articles VALUES"                                                               \
  "(1, 'fr', 'La maison mère de TikTok, ByteDance, prévoit environ 160 milliards de yuans " \
  "(23 milliards de dollars) en 2026, selon Reuters.'),"                                      \
  "(2, 'en', 'Microsoft plans to spend $80 billion in fiscal 2025 on Nvidia chips.'),"        \
  "(3, NULL, 'Airbus a levé entre 2 et 3 milliards d''euros à Toulouse.'),"                 \
  "(4, 'fr', 'M. Dupont, président de Zorblax, a payé 3 dollars 50 cents.');"
#define STORE                                                                               \
  ARTICLES "CREATE VIRTUAL TABLE facts USING textfacts(content = articles, column = body, " \
           "content_rowid = id, lang_column = lang);"
#define STORE_CHECK                                                               \
  "SELECT doc, kind, \"match\", amount, currency, entity, year, name FROM facts " \
  "ORDER BY rowid; INSERT INTO facts(facts) VALUES('integrity-check'); "          \
  "PRAGMA integrity_check;"
#define DICTIONARY                                                              \
  "CREATE TABLE textfacts_dictionary(alias TEXT, name TEXT, kind TEXT);"        \
  "INSERT INTO textfacts_dictionary VALUES ('Zorblax', 'Zorblax Corp', 'org')," \
  "('Toulouse', 'Toulouse', 'place'), ('Apple', NULL, 'ignore');"

typedef struct scenario {
  const char *name, *setup, *sql, *check;
} scenario;

static const scenario scenarios[] = {
  {"load", NULL, "SELECT textfacts_version() IS NOT NULL", NULL},
  {"extract_money", NULL,
   "SELECT * FROM extract_money('Le groupe a levé environ 160 milliards de yuans (23 milliards "
   "de dollars), entre 3 et 5 M€, $22-27 billion, cinq millions d''euros et 3 dollars 50.');"
   "SELECT * FROM extract_money('He paid USD 5bn, up to £3m and 1 234,5 €.', 'en');",
   NULL},
  {"money_scalars", NULL,
   "SELECT money_json('About $5bn, environ 3 M€.'), parse_amount('cent soixante millions'), "
   "parse_amount('3,5 Md', 'fr'), currency_code('livres sterling'), currency_code('Swiss franc')",
   NULL},
  {"extract_entities", NULL,
   "SELECT * FROM extract_entities('Le PDG de 字节跳动, Liang Rubo, a rencontré des élus aux "
   "Etats-Unis; ByteDance y investit. Selon la société Kestrel Avionics, M. Olivier Marchand "
   "approuve.');"
   "SELECT entity_name('Etats-Unis'), entity_name('TikTok'), entity_name('nobody');",
   NULL},
  {"dictionary", DICTIONARY,
   "SELECT * FROM extract_entities('Zorblax et Apple à Toulouse.');"
   "SELECT entity_name('Zorblax');",
   NULL},
  {"dictionary_change", DICTIONARY "SELECT count(*) FROM extract_entities('Zorblax');",
   "BEGIN; INSERT INTO textfacts_dictionary VALUES ('Kestrel', 'Kestrel Avionics', 'org');"
   "SELECT * FROM extract_entities('Kestrel et Zorblax.'); COMMIT;",
   "SELECT * FROM textfacts_dictionary ORDER BY rowid"},
  {"extract_facts", NULL,
   "SELECT * FROM extract_facts('Selon Reuters, la maison mère de TikTok, ByteDance, prévoit "
   "160 milliards de yuans (environ 23 milliards de dollars) de dépenses en 2026, contre 12 "
   "milliards de dollars en 2025. Une part ira aux puces Ascend de Huawei.');",
   NULL},
  {"extract_sentences", NULL,
   "SELECT * FROM extract_sentences('M. Dupont est arrivé. Il a parlé ! Et puis ? Fin.\nTitre\n"
   "Mr. Smith agreed. 字节跳动。')",
   NULL},
  {"corpus_scalars",
   "CREATE TABLE textfacts_rates(day TEXT, currency TEXT, per_eur REAL);"
   "INSERT INTO textfacts_rates VALUES ('2025-01-01', 'USD', 1.05), ('2025-01-01', 'CNY', 7.6);",
   "SELECT first_date('Paris, le mardi 9 septembre 2025'), valid_utf8('é'), "
   "money_convert(23e9, 'USD', 'CNY', '2025-06-01'), money_convert(5, 'EUR', 'USD');",
   NULL},
  {"store_create", ARTICLES "SELECT textfacts_threads(1);",
   "CREATE VIRTUAL TABLE facts USING textfacts(content = articles, column = body, "
   "content_rowid = id, lang_column = lang);",
   "SELECT type, name FROM sqlite_schema ORDER BY name"},
  /* in threads (store_build.c): the batches come from SQLite's allocator */
  {"store_create_threads", ARTICLES "SELECT textfacts_threads(3);",
   "CREATE VIRTUAL TABLE facts USING textfacts(content = articles, column = body, "
   "content_rowid = id, lang_column = lang);",
   "SELECT type, name FROM sqlite_schema ORDER BY name"},
  {"store_write", STORE,
   "BEGIN;"
   "INSERT INTO articles VALUES (5, 'en', 'Safran raised $500 million from Bpifrance.');"
   "UPDATE articles SET body = 'Nvidia will invest $6 billion in Intel in 2027.' WHERE id = 2;"
   "UPDATE articles SET id = 7 WHERE id = 3;"
   "DELETE FROM articles WHERE id = 4;"
   "COMMIT;",
   STORE_CHECK},
  /* the triggers in two threads (store_build.c): 70 articles in one statement fill a
  ** batch that a worker extracts, the rest is stored when the statement ends */
  {"store_write_threads", STORE "SELECT textfacts_threads(2);",
   "BEGIN;"
   "WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i < 79) "
   "INSERT INTO articles SELECT i, CASE WHEN i % 3 THEN 'en' END, 'Safran raised $' || i || "
   "' million from Bpifrance in 2026.' FROM n;"
   "DELETE FROM articles WHERE id = 12;"
   "COMMIT;",
   STORE_CHECK},
  {"store_query", STORE,
   "SELECT count(*) FROM facts WHERE kind = 'money';"
   "SELECT doc, amount FROM facts WHERE currency = 'USD' AND amount > 1e6 ORDER BY amount DESC;"
   "SELECT f.doc, e.name FROM facts AS f JOIN facts AS e ON e.doc = f.doc AND e.kind = 'entity' "
   "WHERE f.kind = 'money' AND f.currency IN ('CNY', 'EUR') ORDER BY 1, 2;",
   NULL},
  {"store_rebuild", STORE DICTIONARY "SELECT textfacts_threads(1);",
   "INSERT INTO facts(facts) VALUES('rebuild');", STORE_CHECK},
  {"store_rebuild_threads", STORE DICTIONARY "SELECT textfacts_threads(2);",
   "INSERT INTO facts(facts) VALUES('rebuild');", STORE_CHECK},
  {"store_integrity_check", STORE "SELECT textfacts_threads(1);",
   "INSERT INTO facts(facts) VALUES('integrity-check');", NULL},
  {"store_integrity_check_threads", STORE "SELECT textfacts_threads(2);",
   "INSERT INTO facts(facts) VALUES('integrity-check');", NULL},
};

/* ------------------------------------------------------------------------ */

static int quick;

/* A fresh connection with the scenario's setup (no faults), or NULL. */
static sqlite3 *connect(const scenario *s, text *scratch) {
  sqlite3 *db = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    sqlite3_close(db);
    return NULL;
  }
  if (s->setup && run(db, s->setup, scratch) != SQLITE_OK) {
    sqlite3_close(db);
    return NULL;
  }
  return db;
}

/* One run of the statement with allocation n failing; 1 when it behaved. */
static int one_run(const scenario *s, long n, int keep_failing, const text *want,
                   const text *before, const text *after, long *reached, char *why,
                   size_t why_size) {
  text got = {0}, check = {0};
  int ok = 1;
  long live_before = live;
  sqlite3 *db = NULL;
  int rc;
  if (!s->setup && strcmp(s->name, "load") == 0) {
    /* The extension's registration runs in sqlite3_open (auto extension). */
    arm(n, keep_failing);
    rc = sqlite3_open(":memory:", &db) & 0xff;
    if (rc == SQLITE_OK) rc = run(db, s->sql, &got);
    disarm();
    *reached = faults;
    if (rc != SQLITE_OK && rc != SQLITE_NOMEM) {
      snprintf(why, why_size, "open or query: result %d, not SQLITE_NOMEM", rc);
      ok = 0;
    } else if (rc == SQLITE_OK && strcmp(got.p, want->p) != 0) {
      snprintf(why, why_size, "answered %.200s, not %.200s", got.p, want->p);
      ok = 0;
    }
    sqlite3_close(db);
    db = NULL;
  } else {
    db = connect(s, &check);
    if (!db) {
      snprintf(why, why_size, "setup failed without faults");
      return 0;
    }
    arm(n, keep_failing);
    rc = run(db, s->sql, &got);
    disarm();
    *reached = faults;
    if (rc != SQLITE_OK && rc != SQLITE_NOMEM) {
      snprintf(why, why_size, "result %d (%.300s), not SQLITE_NOMEM", rc, got.p);
      ok = 0;
    } else if (rc == SQLITE_OK && strcmp(got.p, want->p) != 0) {
      snprintf(why, why_size, "a wrong answer: %.300s instead of %.300s", got.p, want->p);
      ok = 0;
    }
    if (ok && s->check) {
      int crc = run(db, s->check, &check);
      const text *expected = rc == SQLITE_OK ? after : before;
      (void)crc; /* an error is in the text, compared too */
      if (strcmp(check.p, expected->p) != 0) {
        char where[400];
        first_difference(check.p, expected->p, where, sizeof where);
        snprintf(why, why_size, "after %s the database differs from a run without faults, %s",
                 rc == SQLITE_OK ? "success" : "SQLITE_NOMEM", where);
        ok = 0;
      }
    }
    /* The same connection, faults gone, answers like a fresh one. */
    if (ok && rc != SQLITE_OK) {
      rc = run(db, s->sql, &got);
      if (rc != SQLITE_OK || strcmp(got.p, want->p) != 0) {
        snprintf(why, why_size, "run again: %.300s instead of %.300s", got.p, want->p);
        ok = 0;
      } else if (s->check) {
        run(db, s->check, &check);
        if (strcmp(check.p, after->p) != 0) {
          snprintf(why, why_size, "run again: the database holds %.300s", check.p);
          ok = 0;
        }
      }
    }
    sqlite3_close(db);
  }
  if (ok && live != live_before) {
    snprintf(why, why_size, "%ld blocks allocated through SQLite are still live after close",
             live - live_before);
    ok = 0;
  }
  free(got.p);
  free(check.p);
  return ok;
}

static void run_scenario(const scenario *s) {
  char name[160], why[1200];
  text want = {0}, before = {0}, after = {0}, scratch = {0};
  /* Without faults: the answer, and the database before and after. */
  sqlite3 *db = connect(s, &scratch);
  int rc = db ? run(db, s->sql, &want) : SQLITE_ERROR;
  if (db && s->check) {
    sqlite3_close(db);
    db = connect(s, &scratch);
    run(db, s->check, &before);
    run(db, s->sql, &scratch);
    run(db, s->check, &after);
  }
  sqlite3_close(db);
  snprintf(name, sizeof name, "oom.%s.without_faults", s->name);
  report(rc == SQLITE_OK, name, "%s", want.p ? want.p : "no connection");
  if (rc != SQLITE_OK) return;
  for (int mode = 0; mode < 2; mode++) {
    long tried = 0, nomem = 0, bad = 0, n;
    why[0] = 0;
    for (n = 1; n < 200000; n += quick && n > 200 ? 7 : 1) {
      long reached = 0;
      char this_why[1200];
      int ok = one_run(s, n, mode, &want, &before, &after, &reached, this_why, sizeof this_why);
      if (!reached) break; /* the statement no longer allocates that much */
      tried++;
      if (!ok) {
        if (!bad) snprintf(why, sizeof why, "allocation %ld: %.1000s", n, this_why);
        bad++;
      }
      nomem++;
    }
    snprintf(name, sizeof name, "oom.%s.%s", s->name, mode ? "persistent" : "one_shot");
    if (bad) report(0, name, "%ld of %ld runs wrong; first: %s", bad, tried, why);
    else report(tried > 0, name, "no allocation failed (tried up to %ld)", n);
    printf("# %s: %ld allocations failed in turn\n", name, tried);
  }
  free(want.p);
  free(before.p);
  free(after.p);
  free(scratch.p);
}

int main(int argc, char **argv) {
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &real);
  static sqlite3_mem_methods faulty;
  faulty = real;
  faulty.xMalloc = fault_malloc;
  faulty.xFree = fault_free;
  faulty.xRealloc = fault_realloc;
  faulty.xSize = fault_size;
  faulty.xRoundup = fault_roundup;
  faulty.xInit = fault_init;
  faulty.xShutdown = fault_shutdown;
  if (sqlite3_config(SQLITE_CONFIG_MALLOC, &faulty) != SQLITE_OK) {
    printf("not ok oom.config: SQLITE_CONFIG_MALLOC refused\n0 passed, 1 failed\n");
    return 1;
  }
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  sqlite3_initialize();
  sqlite3_auto_extension((void (*)(void))sqlite3_textfacts_init);
  int first = 1;
  if (argc > 1 && strcmp(argv[1], "--quick") == 0) quick = 1, first = 2;
  for (size_t i = 0; i < sizeof scenarios / sizeof scenarios[0]; i++) {
    int wanted = argc <= first;
    for (int a = first; a < argc; a++) wanted |= strcmp(argv[a], scenarios[i].name) == 0;
    if (wanted) run_scenario(&scenarios[i]);
  }
  /* Nothing of textfacts may stay in SQLite's memory after shutdown. */
  sqlite3_reset_auto_extension();
  sqlite3_shutdown();
  report(live == 0, "oom.nothing_left_in_sqlite_memory_after_shutdown",
         "%ld blocks allocated through SQLite are still live", live);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
