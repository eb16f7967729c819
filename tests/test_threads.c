/* test_threads.c — textfacts under threads, with several connections.
**
**   build/test_threads [--threads N] [--seconds S] [--db PATH] [--load PATH] [--memstatus]
**
** Built twice by the Makefile: build/test_threads (the normal build, quick) and
** build/tsan/test_threads (clang -fsanitize=thread; make test-tsan). textfacts is the
** one linked in (sqlite3_auto_extension), or with --load PATH the shared library PATH,
** loaded by sqlite3_load_extension() into every connection right after it opens.
**
** Before any thread starts, a child process (fork) computes the single-threaded
** answers: every function over a fixed set of French and English texts (the
** extract_money rows give the digest), the entities of a probe text under each of
** the three states of the dictionary, and how many rows the textfacts table holds
** for each text. This process itself has not used textfacts yet: its first use is
** the N threads of phase 1 opening their connections at once behind a barrier, so
** that the one-time initialisation of the core (tf_core_init) races.
**
** Three phases share the time (--seconds, 10 by default: half, a quarter, a quarter),
** all on one database file in WAL mode (a busy handler) that holds a table of articles,
** its textfacts table f, textfacts_dictionary and textfacts_rates:
**   own      N threads, each with its own connection;
**   handoff  connections opened (and closed) by an opener thread and used by the N
**            threads in turn, serially (SQLITE_OPEN_NOMUTEX), each handed over with
**            a half-read extract_entities statement that the next thread finishes;
**   shared   one connection (SQLITE_OPEN_FULLMUTEX) used by the N threads at once.
** In every phase each thread, in a loop: compares extract_money of every text with
** the reference; the same for extract_entities, extract_facts, extract_sentences,
** money_json, first_date, valid_utf8 and the scalars parse_amount, currency_code,
** entity_name, money_convert; reads the dictionary probe; and either writes articles
** (inserts, updates of the text and of the id, deletes; in own and handoff also in
** explicit transactions, some rolled back), or reads f in one snapshot and checks that
** every article has the rows its text gives. Now and then a thread (one at a time,
** any of them) changes textfacts_dictionary: three states in turn, published by a
** seqlock. A read that no change overlapped must see the last committed state; any
** read must see one of the three.
** At the end: articles holds exactly what the threads committed, the textfacts
** integrity-check and PRAGMA integrity_check pass, and the single-threaded answers
** computed again in this process equal the child's.
** Output: "ok NAME" / "not ok NAME: why" (as the other C tests) lines, "# ..." notes, then "N passed, N failed";
** exit status 1 on a failure. */
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "textfacts.h"
#include "test_report.h"

/* ------------------------------------------------------------------------ */
/* The texts (written for this test). */

typedef struct article_text {
  const char *lang; /* NULL: the lang column is NULL (auto) */
  const char *body;
} article_text;

static const article_text texts[] = {
  {"fr", "Le groupe lyonnais Verbanne Industries a annoncé mardi une levée de 45 millions "
         "d’euros auprès de Bpifrance, contre 12 millions un an plus tôt."},
  {"en", "Halvorsen Shipping said on Monday it would spend about $2.3 billion on twelve new "
         "vessels by 2027, up from $800 million in 2024."},
  {"fr", "Selon Les Echos, Airbus prévoit d'investir entre 3 et 5 milliards d'euros à Toulouse "
         "d'ici 2028, soit près de 5,4 milliards de dollars."},
  {"en", "Nvidia posted quarterly revenue of $39.3bn, while Samsung Electronics booked 79 "
         "trillion won in sales and Sony earned ¥350 billion."},
  {NULL, "La start-up nantaise Corvelle a été rachetée par Capgemini pour environ 210 M€. "
         "M. Julien Ferrand, son fondateur, reste PDG jusqu’en 2026."},
  {"en", "Britain's Tessaly Foods agreed to pay £1.2bn for a Dutch rival; its chief executive, "
         "Mr. Owen Pryce, expects savings of at least £40m a year."},
  {"fr", "Le chiffre d'affaires de TotalEnergies a atteint 52,1 milliards de dollars au "
         "troisième trimestre 2025. Le groupe versera 2 dollars 50 par action."},
  {NULL, "腾讯 (Tencent) a investi 1,5 milliard de yuans dans une coentreprise avec Renault à "
         "Shenzhen, selon Reuters."},
  {"en", "The city of Denver will borrow five hundred million dollars, and Microsoft pledged up "
         "to 40 million euros for schools in Colorado."},
  {"fr", "Le 3 mars 2025, la Banque de France estimait les pertes entre 3,5 et 4 Md€, deux fois "
         "plus qu’en 2023; Orange et SFR contestent ce chiffre."},
};
#define NTEXTS ((int)(sizeof texts / sizeof texts[0]))

/* The dictionary probe: its alias is in no article, so that the dictionary's
** changes never change what the textfacts table stores. */
static const char dictionary_text[] = "Hier, Quillmere a signé un contrat de 8 millions d’euros "
                                      "avec Dassault Aviation à Mérignac pour 2026.";
/* The change that leads from state s to state (s + 1) % 3. */
static const char *const dictionary_change[3] = {
  "INSERT INTO textfacts_dictionary VALUES ('Quillmere', 'Quillmere Systèmes', 'org')",
  "UPDATE textfacts_dictionary SET name = NULL, kind = 'ignore' WHERE alias = 'Quillmere'",
  "DELETE FROM textfacts_dictionary WHERE alias = 'Quillmere'",
};

/* The probes over each text (?1). */
enum { P_MONEY, P_ENTITIES, P_FACTS, P_SENTENCES, P_SCALARS, P_KINDS };
static const char *const probe_sql[P_KINDS] = {
  "SELECT match, amount, currency, qualifier, low, high, start, end FROM extract_money(?1)",
  "SELECT match, name, kind, code, start, end, source FROM extract_entities(?1)",
  "SELECT * FROM extract_facts(?1)",
  "SELECT * FROM extract_sentences(?1)",
  "SELECT money_json(?1), first_date(?1), valid_utf8(?1), length(?1)",
};
static const char fixed_sql[] =
  "SELECT parse_amount('deux cent cinquante millions'), parse_amount('3,5 Md', 'fr'), "
  "parse_amount('1.25bn', 'en'), currency_code('livres sterling'), currency_code('yen'), "
  "currency_code('CHF'), currency_code('dollars canadiens', 'fr'), entity_name('Etats-Unis'), "
  "entity_name('Royaume-Uni'), entity_name('personne ici'), "
  "money_convert(1000, 'USD', 'EUR', '2025-03-01'), money_convert(250, 'GBP', 'USD'), "
  "textfacts_version() IS NOT NULL";
static const char *const dictionary_sql[3] = {
  "SELECT match, name, kind, code, source FROM extract_entities(?1)",
  "SELECT entity_name('Quillmere'), entity_name('Dassault Aviation')",
  "SELECT match, amount, currency, entity, entity_kind, year FROM extract_facts(?1)",
};
static const char store_read_sql[] =
  "SELECT (SELECT group_concat(a.k || ':' || (SELECT count(*) FROM f WHERE f.doc = a.id), ',') "
  "FROM articles AS a), (SELECT count(*) FROM f WHERE kind = 'money' AND currency = 'EUR'), "
  "(SELECT count(*) FROM f), (SELECT count(*) FROM articles)";

static const char schema_sql[] =
  "PRAGMA journal_mode = WAL;"
  "CREATE TABLE IF NOT EXISTS articles(id INTEGER PRIMARY KEY, k INTEGER NOT NULL, lang TEXT, "
  "body TEXT);"
  "CREATE TABLE IF NOT EXISTS textfacts_dictionary(alias TEXT, name TEXT, kind TEXT);"
  "CREATE TABLE IF NOT EXISTS textfacts_rates(day TEXT, currency TEXT, per_eur REAL, "
  "PRIMARY KEY (currency, day)) WITHOUT ROWID;"
  "INSERT OR IGNORE INTO textfacts_rates VALUES ('2025-02-28', 'USD', 1.04), "
  "('2025-02-28', 'GBP', 0.83), ('2025-06-30', 'USD', 1.17), ('2025-06-30', 'GBP', 0.86);";
static const char create_store_sql[] =
  "CREATE VIRTUAL TABLE IF NOT EXISTS f USING textfacts(content = articles, column = body, "
  "content_rowid = id, lang_column = lang)";

/* ------------------------------------------------------------------------ */
/* Text buffers, running SQL. */

typedef struct text {
  char *p;
  size_t len, cap;
} text;

static void text_add(text *t, const char *s, size_t n) {
  if (t->len + n + 1 > t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 1024;
    while (cap < t->len + n + 1) cap *= 2;
    t->p = realloc(t->p, cap);
    if (!t->p) abort();
    t->cap = cap;
  }
  memcpy(t->p + t->len, s, n);
  t->len += n;
  t->p[t->len] = 0;
}
static void text_put(text *t, const char *s) { text_add(t, s, strlen(s)); }
static void text_reset(text *t) {
  t->len = 0;
  text_add(t, "", 0);
}

static void add_row(text *out, sqlite3_stmt *stmt) {
  for (int i = 0; i < sqlite3_column_count(stmt); i++) {
    const char *v = (const char *)sqlite3_column_text(stmt, i);
    if (i) text_put(out, "|");
    text_put(out, v ? v : "NULL");
  }
  text_put(out, "\n");
}

typedef struct param {
  int type; /* 'i' integer, 't' text (NULL: SQL NULL) */
  sqlite3_int64 i;
  const char *s;
} param;
#define PI(x) ((param){'i', (x), NULL})
#define PT(x) ((param){'t', 0, (x)})

/* Runs one statement with parameters ?1..?n; its rows (if out) as text. Returns
** the result code; on an error, why holds the statement and the message. */
static int query(sqlite3 *db, const char *sql, int n, const param *p, text *out, char *why,
                 size_t why_size) {
  sqlite3_stmt *stmt = NULL;
  if (out) text_reset(out);
  int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK) {
    snprintf(why, why_size, "prepare '%.120s': %s (%d)", sql, sqlite3_errmsg(db), rc);
    sqlite3_finalize(stmt);
    return rc;
  }
  for (int i = 0; i < n; i++) {
    if (p[i].type == 'i') sqlite3_bind_int64(stmt, i + 1, p[i].i);
    else if (p[i].s) sqlite3_bind_text(stmt, i + 1, p[i].s, -1, SQLITE_STATIC);
  }
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
    if (out) add_row(out, stmt);
  if (rc == SQLITE_DONE) rc = SQLITE_OK;
  else snprintf(why, why_size, "'%.120s': %s (%d)", sql, sqlite3_errmsg(db), rc);
  sqlite3_finalize(stmt);
  return rc;
}

/* A statement with one text argument (or none). */
static int query1(sqlite3 *db, const char *sql, const char *arg, text *out, char *why,
                  size_t why_size) {
  param p = PT(arg);
  return query(db, sql, arg ? 1 : 0, &p, out, why, why_size);
}

static int exec(sqlite3 *db, const char *sql, char *why, size_t why_size) {
  char *message = NULL;
  int rc = sqlite3_exec(db, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    snprintf(why, why_size, "'%.120s': %s (%d)", sql, message ? message : sqlite3_errmsg(db), rc);
  sqlite3_free(message);
  return rc;
}

/* Where two answers part, for a message. */
static void difference(const char *got, const char *want, char *why, size_t why_size) {
  size_t i = 0;
  while (got[i] && got[i] == want[i]) i++;
  size_t from = i > 40 ? i - 40 : 0;
  snprintf(why, why_size, "at byte %zu: got \"%.160s\", want \"%.160s\"", i, got + from,
           want + from);
}

static uint64_t fnv1a(uint64_t h, const char *s) {
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
  return h;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void sleep_seconds(double s) {
  struct timespec ts = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9)};
  while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {
  }
}

/* ------------------------------------------------------------------------ */
/* The reference: the single-threaded answers, as strings in a fixed order. */

#define REF_PROBE(k, p) ((k)*P_KINDS + (p))
#define REF_FIXED (NTEXTS * P_KINDS)
#define REF_DICT(s) (REF_FIXED + 1 + (s))
#define REF_STORE(k) (REF_DICT(3) + (k)) /* "rows|eur_money_rows" */
#define REF_DEBUG REF_STORE(NTEXTS)
#define REF_COUNT (REF_DEBUG + 1)

static char *reference[REF_COUNT];
static int ref_rows[NTEXTS], ref_eur[NTEXTS];
static uint64_t ref_digest;

static void dictionary_probe(sqlite3 *db, text *out, text *scratch, int *rc, char *why,
                             size_t why_size) {
  text_reset(out);
  for (int i = 0; i < 3 && *rc == SQLITE_OK; i++) {
    *rc = query1(db, dictionary_sql[i], i == 1 ? NULL : dictionary_text, scratch, why, why_size);
    text_put(out, scratch->p);
    text_put(out, "--\n");
  }
}

/* --load: the library every connection loads once textfacts is in use (set before
** any thread starts). */
static const char *load_path;
static int textfacts_on, memstatus;

/* textfacts into a connection just opened, when it comes from --load. */
static int load_textfacts(sqlite3 *db, char *why, size_t why_size) {
  if (!load_path || !textfacts_on) return SQLITE_OK;
  char *message = NULL;
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, NULL);
  int rc = sqlite3_load_extension(db, load_path, NULL, &message);
  if (rc != SQLITE_OK)
    snprintf(why, why_size, "load %.300s: %.300s (%d)", load_path,
             message ? message : sqlite3_errmsg(db), rc);
  sqlite3_free(message);
  return rc;
}

/* Computes the answers on a fresh in-memory database; 0 and why on an error. */
static int compute_reference(char **out, char *why, size_t why_size) {
  sqlite3 *db = NULL;
  text t = {0}, scratch = {0};
  int rc = sqlite3_open(":memory:", &db);
  if (rc != SQLITE_OK) {
    snprintf(why, why_size, "open: %s", db ? sqlite3_errmsg(db) : "no memory");
    sqlite3_close(db);
    return 0;
  }
  if (load_textfacts(db, why, why_size) != SQLITE_OK) {
    sqlite3_close(db);
    return 0;
  }
  rc = exec(db, schema_sql, why, why_size);
  if (rc == SQLITE_OK) rc = exec(db, create_store_sql, why, why_size);
  for (int k = 0; k < NTEXTS && rc == SQLITE_OK; k++) {
    param p[4] = {PI(k + 1), PI(k), PT(texts[k].lang), PT(texts[k].body)};
    rc = query(db, "INSERT INTO articles(id, k, lang, body) VALUES (?1, ?2, ?3, ?4)", 4, p, NULL,
               why, why_size);
  }
  for (int k = 0; k < NTEXTS && rc == SQLITE_OK; k++)
    for (int p = 0; p < P_KINDS && rc == SQLITE_OK; p++) {
      rc = query1(db, probe_sql[p], texts[k].body, &t, why, why_size);
      out[REF_PROBE(k, p)] = strdup(t.p);
    }
  if (rc == SQLITE_OK) rc = query1(db, fixed_sql, NULL, &t, why, why_size);
  if (rc == SQLITE_OK) out[REF_FIXED] = strdup(t.p);
  for (int s = 0; s < 3 && rc == SQLITE_OK; s++) {
    dictionary_probe(db, &t, &scratch, &rc, why, why_size);
    if (rc == SQLITE_OK) out[REF_DICT(s)] = strdup(t.p);
    if (rc == SQLITE_OK) rc = exec(db, dictionary_change[s], why, why_size);
  }
  /* Back in state 0: the same answer as at first. */
  if (rc == SQLITE_OK) dictionary_probe(db, &t, &scratch, &rc, why, why_size);
  if (rc == SQLITE_OK && strcmp(t.p, out[REF_DICT(0)]) != 0) {
    snprintf(why, why_size, "the dictionary probe differs after the three changes");
    rc = SQLITE_ERROR;
  }
  for (int k = 0; k < NTEXTS && rc == SQLITE_OK; k++) {
    param p = PI(k + 1);
    rc = query(db,
               "SELECT (SELECT count(*) FROM f WHERE doc = ?1), (SELECT count(*) FROM f WHERE "
               "doc = ?1 AND kind = 'money' AND currency = 'EUR')",
               1, &p, &t, why, why_size);
    if (rc == SQLITE_OK) out[REF_STORE(k)] = strdup(t.p);
  }
  if (rc == SQLITE_OK) rc = query1(db, "SELECT textfacts_debug()", NULL, &t, why, why_size);
  if (rc == SQLITE_OK) out[REF_DEBUG] = strdup(t.p);
  sqlite3_close(db);
  free(t.p);
  free(scratch.p);
  return rc == SQLITE_OK;
}

/* In a child process, so that this one has not used textfacts when the threads
** start. The strings come back through a pipe: length, bytes. */
static int reference_from_child(char *why, size_t why_size) {
  int fds[2];
  if (pipe(fds) != 0) {
    snprintf(why, why_size, "pipe: %s", strerror(errno));
    return 0;
  }
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    snprintf(why, why_size, "fork: %s", strerror(errno));
    return 0;
  }
  if (pid == 0) {
    close(fds[0]);
    char *strings[REF_COUNT] = {0};
    char message[600] = "";
    textfacts_on = 1;
    if (!load_path) sqlite3_auto_extension((void (*)(void))sqlite3_textfacts_init);
    int ok = compute_reference(strings, message, sizeof message);
    FILE *pipe_out = fdopen(fds[1], "w");
    if (!pipe_out) _exit(2);
    fprintf(pipe_out, "%d\n", ok);
    if (!ok) {
      fprintf(pipe_out, "%s", message);
    } else {
      for (int i = 0; i < REF_COUNT; i++) {
        size_t n = strings[i] ? strlen(strings[i]) : 0;
        fprintf(pipe_out, "%zu\n", n);
        if (n) fwrite(strings[i], 1, n, pipe_out);
      }
    }
    fclose(pipe_out);
    _exit(0);
  }
  close(fds[1]);
  FILE *in = fdopen(fds[0], "r");
  int ok = 0, status = 0;
  if (in && fscanf(in, "%d\n", &ok) == 1 && ok) {
    for (int i = 0; i < REF_COUNT && ok; i++) {
      size_t n;
      if (fscanf(in, "%zu\n", &n) != 1) {
        ok = 0;
        break;
      }
      reference[i] = malloc(n + 1);
      if (!reference[i] || fread(reference[i], 1, n, in) != n) ok = 0;
      else reference[i][n] = 0;
    }
    if (!ok) snprintf(why, why_size, "the child's answers were cut short");
  } else if (in) {
    size_t n = fread(why, 1, why_size - 1, in);
    why[n] = 0;
    ok = 0;
  }
  if (in) fclose(in);
  waitpid(pid, &status, 0);
  if (ok && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
    snprintf(why, why_size, "the child ended with status %d", status);
    ok = 0;
  }
  return ok;
}

/* ------------------------------------------------------------------------ */
/* Results. */

enum { PH_OWN, PH_HANDOFF, PH_SHARED, PH_COUNT };
static const char *const phase_names[PH_COUNT] = {"own", "handoff", "shared"};
enum {
  C_INIT,        /* own only: the first use of textfacts in the process, at once */
  C_MONEY,       /* extract_money of every text = the reference (the digest) */
  C_FUNCTIONS,   /* the other functions = the reference */
  C_DICTIONARY,  /* the dictionary probe: one of the three states, the right one */
  C_STORE_READ,  /* f in one snapshot agrees with articles */
  C_STORE_WRITE, /* writes to articles (through f's triggers) succeed */
  C_DICT_WRITE,  /* the dictionary's changes succeed */
  C_CURSOR,      /* handoff only: a statement finished on another thread */
  C_INTEGRITY,   /* integrity-check during the run */
  C_COUNT
};
static const char *const check_names[C_COUNT] = {
  "init_race",         "money_digest",          "functions",
  "dictionary",        "store_reads",           "store_writes",
  "dictionary_writes", "cursor_across_threads", "integrity_during_run"};

static pthread_mutex_t results_lock = PTHREAD_MUTEX_INITIALIZER;
static long runs[PH_COUNT][C_COUNT], failures[PH_COUNT][C_COUNT];
static char first_failure[PH_COUNT][C_COUNT][1400];
static long strict_reads[PH_COUNT], dictionary_changes[PH_COUNT], reopened;
static long iterations[PH_COUNT];

/* ------------------------------------------------------------------------ */
/* The threads. */

#define MAX_OWNED 8

typedef struct worker {
  int phase, index;
  pthread_t thread;
  uint64_t rng;
  sqlite3 *db; /* own: its connection; shared: the shared one; handoff: the one it holds */
  long runs[C_COUNT], failures[C_COUNT];
  long strict, changes, iterations;
  /* the articles this thread wrote and that are committed: id, text */
  sqlite3_int64 ids[MAX_OWNED];
  int ks[MAX_OWNED], owned;
  sqlite3_int64 next_id;
  text out, scratch;
  char why[1200];
  double opened_at;
} worker;

static atomic_int stop;
static int thread_count = 8;
static double seconds = 10;
static char db_path[4096];
static pthread_barrier_t start_barrier;
/* The dictionary's state, as a seqlock: odd while a thread changes it; the state
** is (seq / 2) % 3. A failed change leaves it odd: no read is then strict. */
static atomic_uint dictionary_seq;
static atomic_int dictionary_writer; /* 1 while a thread changes it */

static uint64_t next_random(worker *w) {
  w->rng ^= w->rng << 13;
  w->rng ^= w->rng >> 7;
  w->rng ^= w->rng << 17;
  return w->rng;
}

static int stopping(void) { return atomic_load(&stop); }

static void failure(worker *w, int check, const char *format, ...) {
  char message[1400];
  va_list ap;
  va_start(ap, format);
  vsnprintf(message, sizeof message, format, ap);
  va_end(ap);
  w->failures[check]++;
  pthread_mutex_lock(&results_lock);
  if (!first_failure[w->phase][check][0])
    snprintf(first_failure[w->phase][check], sizeof first_failure[0][0], "thread %d: %.1370s",
             w->index, message);
  pthread_mutex_unlock(&results_lock);
}

/* A probe's answer compared with the reference. */
static void compare(worker *w, int check, int rc, const char *what, const char *want) {
  w->runs[check]++;
  if (rc != SQLITE_OK) {
    failure(w, check, "%s: %s", what, w->why);
  } else if (strcmp(w->out.p, want) != 0) {
    char where[600];
    difference(w->out.p, want, where, sizeof where);
    failure(w, check, "%s differs from the single-threaded answer %s", what, where);
  }
}

static void check_money(worker *w, sqlite3 *db) {
  for (int k = 0; k < NTEXTS && !stopping(); k++) {
    int rc = query1(db, probe_sql[P_MONEY], texts[k].body, &w->out, w->why, sizeof w->why);
    char what[64];
    snprintf(what, sizeof what, "extract_money(text %d)", k);
    compare(w, C_MONEY, rc, what, reference[REF_PROBE(k, P_MONEY)]);
  }
}

static void check_functions(worker *w, sqlite3 *db) {
  static const char *const names[P_KINDS] = {"extract_money", "extract_entities", "extract_facts",
                                             "extract_sentences", "money_json etc."};
  for (int k = 0; k < NTEXTS && !stopping(); k++)
    for (int p = P_ENTITIES; p < P_KINDS; p++) {
      int rc = query1(db, probe_sql[p], texts[k].body, &w->out, w->why, sizeof w->why);
      char what[64];
      snprintf(what, sizeof what, "%s(text %d)", names[p], k);
      compare(w, C_FUNCTIONS, rc, what, reference[REF_PROBE(k, p)]);
    }
  int rc = query1(db, fixed_sql, NULL, &w->out, w->why, sizeof w->why);
  compare(w, C_FUNCTIONS, rc, "the scalar functions", reference[REF_FIXED]);
}

/* The next state of the dictionary, by whichever thread gets there first (one at a
** time, through whatever connection it uses). */
static void change_dictionary(worker *w, sqlite3 *db) {
  int idle = 0;
  if (!atomic_compare_exchange_strong(&dictionary_writer, &idle, 1)) return;
  unsigned seq = atomic_load(&dictionary_seq);
  if (!(seq & 1)) { /* odd: an earlier change failed */
    atomic_store(&dictionary_seq, seq + 1);
    int rc = exec(db, dictionary_change[(seq / 2) % 3], w->why, sizeof w->why);
    w->runs[C_DICT_WRITE]++;
    if (rc != SQLITE_OK) {
      failure(w, C_DICT_WRITE, "%s", w->why); /* stays odd */
    } else {
      w->changes++;
      atomic_store(&dictionary_seq, seq + 2);
    }
  }
  atomic_store(&dictionary_writer, 0);
}

/* The i-th of the dictionary probe's three answers (each ends with "--\n"). */
static const char *probe_part(const char *s, int i, size_t *len) {
  for (; i > 0 && s; i--) {
    s = strstr(s, "--\n");
    if (s) s += 3;
  }
  const char *end = s ? strstr(s, "--\n") : NULL;
  *len = end ? (size_t)(end - s) : 0;
  return end ? s : NULL;
}

/* The probe's three statements are three reads: a change may come between them,
** so each answer must be that of one of the states, and when no change overlapped
** the probe, all three that of the state last committed. */
static void check_dictionary(worker *w, sqlite3 *db) {
  unsigned before = atomic_load(&dictionary_seq);
  int rc = SQLITE_OK;
  dictionary_probe(db, &w->out, &w->scratch, &rc, w->why, sizeof w->why);
  unsigned after = atomic_load(&dictionary_seq);
  w->runs[C_DICTIONARY]++;
  if (rc != SQLITE_OK) {
    failure(w, C_DICTIONARY, "the dictionary probe: %s", w->why);
    return;
  }
  int strict = before == after && !(before & 1), want = (int)((before / 2) % 3);
  w->strict += strict;
  for (int i = 0; i < 3; i++) {
    size_t n, m;
    const char *got = probe_part(w->out.p, i, &n);
    unsigned states = 0;
    for (int s = 0; s < 3; s++) {
      const char *ref = probe_part(reference[REF_DICT(s)], i, &m);
      if (got && ref && n == m && memcmp(got, ref, n) == 0) states |= 1u << s;
    }
    if (!states) {
      char where[600];
      difference(w->out.p, reference[REF_DICT(0)], where, sizeof where);
      failure(w, C_DICTIONARY,
              "statement %d of the dictionary probe answered as in none of the three states "
              "(the whole answer vs state 0: %s)",
              i + 1, where);
      return;
    }
    if (strict && !(states & (1u << want))) {
      failure(w, C_DICTIONARY,
              "statement %d of the dictionary probe answered as in state(s) %s%s%s, not %d: "
              "state %d was committed before the probe started and nothing changed until it "
              "ended (seq %u)",
              i + 1, states & 1 ? "0 " : "", states & 2 ? "1 " : "", states & 4 ? "2 " : "", want,
              want, before);
      return;
    }
  }
}

/* f read in one statement (one snapshot): every article has the rows of its text,
** the money rows in euros and all rows add up. */
static void check_store_read(worker *w, sqlite3 *db) {
  int rc = query1(db, store_read_sql, NULL, &w->out, w->why, sizeof w->why);
  w->runs[C_STORE_READ]++;
  if (rc != SQLITE_OK) {
    failure(w, C_STORE_READ, "%s", w->why);
    return;
  }
  /* "k:n,k:n,...|eur|rows|articles\n" */
  char *line = w->out.p, *bar = strchr(line, '|');
  long eur = -1, rows = -1, articles = -1;
  if (!bar || sscanf(bar, "|%ld|%ld|%ld", &eur, &rows, &articles) != 3) {
    failure(w, C_STORE_READ, "cannot read the answer '%.200s'", line);
    return;
  }
  long want_eur = 0, want_rows = 0, seen = 0;
  for (char *p = line; p < bar;) {
    int k, n, used = 0;
    if (sscanf(p, "%d:%d%n", &k, &n, &used) != 2 || k < 0 || k >= NTEXTS) {
      failure(w, C_STORE_READ, "cannot read the answer '%.200s'", line);
      return;
    }
    if (n != ref_rows[k]) {
      failure(w, C_STORE_READ, "an article with text %d has %d rows in f, not %d", k, n,
              ref_rows[k]);
      return;
    }
    want_eur += ref_eur[k];
    want_rows += ref_rows[k];
    seen++;
    p += used;
    if (*p == ',') p++;
  }
  if (seen != articles || eur != want_eur || rows != want_rows)
    failure(w, C_STORE_READ,
            "in one snapshot: %ld articles (%ld listed), %ld rows in f (their texts give %ld), "
            "%ld money rows in EUR (want %ld)",
            articles, seen, rows, want_rows, eur, want_eur);
}

/* The rows of one of this thread's own articles, read row by row. */
static void check_own_article(worker *w, sqlite3 *db) {
  if (!w->owned) return;
  int i = (int)(next_random(w) % (uint64_t)w->owned);
  param p = PI(w->ids[i]);
  int rc = query(db, "SELECT kind, match, amount, currency, name FROM f WHERE doc = ?1", 1, &p,
                 &w->out, w->why, sizeof w->why);
  w->runs[C_STORE_READ]++;
  if (rc != SQLITE_OK) {
    failure(w, C_STORE_READ, "%s", w->why);
    return;
  }
  int n = 0;
  for (const char *s = w->out.p; *s; s++) n += *s == '\n';
  if (n != ref_rows[w->ks[i]])
    failure(w, C_STORE_READ, "article %lld (text %d): %d rows in f, not %d", (long long)w->ids[i],
            w->ks[i], n, ref_rows[w->ks[i]]);
}

static void check_integrity(worker *w, sqlite3 *db) {
  int rc = exec(db, "INSERT INTO f(f) VALUES('integrity-check')", w->why, sizeof w->why);
  w->runs[C_INTEGRITY]++;
  if (rc != SQLITE_OK) failure(w, C_INTEGRITY, "%s", w->why);
}

/* One change of this thread's articles; 0 on an error (why set). */
static int write_one(worker *w, sqlite3 *db) {
  uint64_t r = next_random(w) % 100;
  int op = w->owned == 0           ? 0
           : w->owned == MAX_OWNED ? (r < 50 ? 3 : 1)
           : r < 40                ? 0
           : r < 65                ? 1
           : r < 80                ? 2
                                   : 3;
  int i = w->owned ? (int)(next_random(w) % (uint64_t)w->owned) : 0;
  int k = (int)(next_random(w) % NTEXTS);
  int rc;
  if (op == 0) {
    sqlite3_int64 id = w->next_id++;
    param p[4] = {PI(id), PI(k), PT(texts[k].lang), PT(texts[k].body)};
    rc = query(db, "INSERT INTO articles(id, k, lang, body) VALUES (?1, ?2, ?3, ?4)", 4, p, NULL,
               w->why, sizeof w->why);
    if (rc == SQLITE_OK) {
      w->ids[w->owned] = id;
      w->ks[w->owned++] = k;
    }
  } else if (op == 1) {
    param p[4] = {PI(w->ids[i]), PI(k), PT(texts[k].lang), PT(texts[k].body)};
    rc = query(db, "UPDATE articles SET k = ?2, lang = ?3, body = ?4 WHERE id = ?1", 4, p, NULL,
               w->why, sizeof w->why);
    if (rc == SQLITE_OK) w->ks[i] = k;
  } else if (op == 2) {
    sqlite3_int64 id = w->next_id++;
    param p[2] = {PI(w->ids[i]), PI(id)};
    rc = query(db, "UPDATE articles SET id = ?2 WHERE id = ?1", 2, p, NULL, w->why, sizeof w->why);
    if (rc == SQLITE_OK) w->ids[i] = id;
  } else {
    param p = PI(w->ids[i]);
    rc = query(db, "DELETE FROM articles WHERE id = ?1", 1, &p, NULL, w->why, sizeof w->why);
    if (rc == SQLITE_OK) {
      w->ids[i] = w->ids[w->owned - 1];
      w->ks[i] = w->ks[--w->owned];
    }
  }
  return rc == SQLITE_OK;
}

/* Writes: one statement, or (when the connection is this thread's alone) a
** transaction of 2 to 4 changes, committed or rolled back. */
static void write_articles(worker *w, sqlite3 *db, int transactions) {
  w->runs[C_STORE_WRITE]++;
  if (!transactions || next_random(w) % 10 < 3) {
    if (!write_one(w, db)) failure(w, C_STORE_WRITE, "%s", w->why);
    return;
  }
  sqlite3_int64 ids[MAX_OWNED];
  int ks[MAX_OWNED], owned = w->owned;
  memcpy(ids, w->ids, sizeof ids);
  memcpy(ks, w->ks, sizeof ks);
  if (exec(db, "BEGIN IMMEDIATE", w->why, sizeof w->why) != SQLITE_OK) {
    failure(w, C_STORE_WRITE, "%s", w->why);
    return;
  }
  int n = 2 + (int)(next_random(w) % 3), ok = 1;
  for (int j = 0; j < n && ok; j++) ok = write_one(w, db);
  if (!ok) failure(w, C_STORE_WRITE, "in a transaction: %s", w->why);
  int rollback = !ok || next_random(w) % 5 == 0;
  if (!rollback && exec(db, "COMMIT", w->why, sizeof w->why) != SQLITE_OK) {
    failure(w, C_STORE_WRITE, "%s", w->why);
    rollback = 1;
  }
  if (rollback) {
    char why[300];
    if (exec(db, "ROLLBACK", why, sizeof why) != SQLITE_OK && ok)
      failure(w, C_STORE_WRITE, "%s", why);
    memcpy(w->ids, ids, sizeof ids);
    memcpy(w->ks, ks, sizeof ks);
    w->owned = owned;
  }
}

/* One round of everything on db. */
static void iteration(worker *w, sqlite3 *db, int transactions) {
  check_money(w, db);
  if (stopping()) return;
  check_functions(w, db);
  if (stopping()) return;
  if (next_random(w) % 4 == 0) change_dictionary(w, db);
  check_dictionary(w, db);
  if (stopping()) return;
  for (int j = 0; j < 3 && !stopping(); j++) {
    uint64_t r = next_random(w) % 100;
    if (r < 45) write_articles(w, db, transactions);
    else if (r < 70) check_store_read(w, db);
    else if (r < 97) check_own_article(w, db);
    else check_integrity(w, db);
  }
  w->iterations++;
}

/* Waits for a lock in steps of 0.2 ms for up to 2 minutes: SQLite's busy_timeout
** sleeps up to 100 ms at a time, which leaves the CPUs idle most of the run. */
static int busy_wait(void *arg, int count) {
  (void)arg;
  if (count >= 600000) return 0;
  sleep_seconds(0.0002);
  return 1;
}

static int open_connection(const char *path, int flags, sqlite3 **db, char *why, size_t why_size) {
  int rc = sqlite3_open_v2(path, db, SQLITE_OPEN_READWRITE | flags, NULL);
  if (rc != SQLITE_OK) {
    snprintf(why, why_size, "open %.300s: %.300s (%d)", path,
             *db ? sqlite3_errmsg(*db) : "no memory", rc);
    sqlite3_close(*db);
    *db = NULL;
    return rc;
  }
  sqlite3_extended_result_codes(*db, 1);
  sqlite3_busy_handler(*db, busy_wait, NULL);
  rc = load_textfacts(*db, why, why_size);
  if (rc != SQLITE_OK) {
    sqlite3_close(*db);
    *db = NULL;
  }
  return rc;
}

/* The textfacts table built and rebuilt in 1, 2, 3 and 8 threads (store_build.c):
** the same rows, ids included, as the one-thread build, and textfacts_threads()
** says the number set. The articles: the texts in turn, 600 of them (a batch
** holds 64: several batches per thread), some with a NULL body or lang. Run
** after the phases, from the main thread, in a connection of its own. */
static void build_check(void) {
  char why[2000] = "";
  sqlite3 *db = NULL;
  text got = {0}, want = {0};
  int rc = open_connection(":memory:", SQLITE_OPEN_CREATE, &db, why, sizeof why);
  if (rc == SQLITE_OK)
    rc = exec(db,
              "CREATE TABLE articles(id INTEGER PRIMARY KEY, lang TEXT, body TEXT);"
              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
              "INSERT INTO articles SELECT i * 7 % 601, NULL, NULL FROM n",
              why, sizeof why);
  for (int k = 0; k < NTEXTS && rc == SQLITE_OK; k++) {
    param p[3] = {PI(k), PT(texts[k].lang), PT(texts[k].body)};
    rc = query(db,
               "UPDATE articles SET lang = ?2, body = ?3 || ' (' || id || ')' "
               "WHERE id % 11 = ?1 AND id % 13 <> 0",
               3, p, NULL, why, sizeof why);
  }
  static const int counts[] = {1, 2, 3, 8};
  for (size_t c = 0; c < sizeof counts / sizeof counts[0] && rc == SQLITE_OK; c++) {
    char sql[160], name[16];
    snprintf(name, sizeof name, "f%d", counts[c]);
    snprintf(sql, sizeof sql, "SELECT textfacts_threads(%d)", counts[c]);
    rc = query1(db, sql, NULL, &got, why, sizeof why);
    if (rc == SQLITE_OK && atoi(got.p) != counts[c]) {
      snprintf(why, sizeof why, "textfacts_threads(%d) returned %s", counts[c], got.p);
      rc = SQLITE_ERROR;
    }
    for (int pass = 0; pass < 2 && rc == SQLITE_OK; pass++) {
      snprintf(sql, sizeof sql,
               pass ? "INSERT INTO %s(%s) VALUES('rebuild')"
                    : "CREATE VIRTUAL TABLE %s USING textfacts(content = articles, column = body, "
                      "lang_column = lang)",
               name, name);
      rc = exec(db, sql, why, sizeof why);
      snprintf(sql, sizeof sql, "SELECT * FROM %s_data ORDER BY id", name);
      if (rc == SQLITE_OK)
        rc = query1(db, sql, NULL, counts[c] == 1 && !pass ? &want : &got, why, sizeof why);
      if (rc == SQLITE_OK && (counts[c] > 1 || pass) && strcmp(got.p, want.p) != 0) {
        difference(got.p, want.p, why, sizeof why);
        rc = SQLITE_ERROR;
      }
      if (rc != SQLITE_OK) {
        char where[1900];
        snprintf(where, sizeof where, "%s", why);
        snprintf(why, sizeof why, "%d threads, %s: %s", counts[c], pass ? "rebuild" : "build",
                 where);
      }
    }
  }
  size_t lines = 0;
  for (const char *q = want.p; q && *q; q++) lines += *q == '\n';
  if (rc == SQLITE_OK && lines < 1000) {
    snprintf(why, sizeof why, "only %zu rows: too few to span several batches", lines);
    rc = SQLITE_ERROR;
  }
  report(rc == SQLITE_OK, "threads.build_in_threads", "%s", why);
  if (rc == SQLITE_OK)
    printf("# threads.build_in_threads: %zu rows, the same in 1, 2, 3 and 8 threads\n", lines);
  /* The triggers in threads (store_build.c, "The triggers' articles"): the same
  ** 600 articles inserted in one statement into copies of the content table, each
  ** kept current by its own textfacts table, in 1, 2 and 8 threads, then a third
  ** of them updated and a seventh deleted: the same rows, ids included. */
  int trigger_rc = rc;
  static const int trigger_counts[] = {1, 2, 8};
  for (size_t c = 0; c < 3 && trigger_rc == SQLITE_OK; c++) {
    char sql[600];
    snprintf(sql, sizeof sql,
             "SELECT textfacts_threads(%d);"
             "CREATE TABLE copy%d(id INTEGER PRIMARY KEY, lang TEXT, body TEXT);"
             "CREATE VIRTUAL TABLE t%d USING textfacts(content = copy%d, column = body, "
             "lang_column = lang);"
             "INSERT INTO copy%d SELECT * FROM articles ORDER BY id;"
             "BEGIN; UPDATE copy%d SET body = body || ' Kelvora a levé 3 M€.' WHERE id %% 3 = 0;"
             "DELETE FROM copy%d WHERE id %% 7 = 0; COMMIT;",
             trigger_counts[c], trigger_counts[c], trigger_counts[c], trigger_counts[c],
             trigger_counts[c], trigger_counts[c], trigger_counts[c]);
    trigger_rc = exec(db, sql, why, sizeof why);
    snprintf(sql, sizeof sql, "SELECT * FROM t%d_data ORDER BY id", trigger_counts[c]);
    if (trigger_rc == SQLITE_OK)
      trigger_rc = query1(db, sql, NULL, c == 0 ? &want : &got, why, sizeof why);
    if (trigger_rc == SQLITE_OK && c > 0 && strcmp(got.p, want.p) != 0) {
      difference(got.p, want.p, why, sizeof why);
      trigger_rc = SQLITE_ERROR;
    }
    if (trigger_rc != SQLITE_OK) {
      char where[1900];
      snprintf(where, sizeof where, "%s", why);
      snprintf(why, sizeof why, "triggers in %d threads: %s", trigger_counts[c], where);
    }
  }
  report(trigger_rc == SQLITE_OK, "threads.triggers_in_threads", "%s", why);
  free(got.p);
  free(want.p);
  sqlite3_close(db);
}

/* Phase 1: every thread opens its connection at the same moment; opening it runs
** the extension's init, the first in the process. */
static void *own_thread(void *arg) {
  worker *w = arg;
  pthread_barrier_wait(&start_barrier);
  int rc = open_connection(db_path, 0, &w->db, w->why, sizeof w->why);
  w->opened_at = now();
  w->runs[C_INIT]++;
  if (rc != SQLITE_OK) {
    failure(w, C_INIT, "%s", w->why);
    return NULL;
  }
  /* The first statements: the money of every text, then the table (every thread
  ** tries to make it; one does). */
  for (int k = 0; k < NTEXTS; k++) {
    rc = query1(w->db, probe_sql[P_MONEY], texts[k].body, &w->out, w->why, sizeof w->why);
    if (rc != SQLITE_OK || strcmp(w->out.p, reference[REF_PROBE(k, P_MONEY)]) != 0) {
      failure(w, C_INIT, "the first extract_money(text %d): %s", k,
              rc != SQLITE_OK ? w->why : w->out.p);
      break;
    }
  }
  rc = exec(w->db, create_store_sql, w->why, sizeof w->why);
  if (rc != SQLITE_OK) failure(w, C_INIT, "%s", w->why);
  while (!stopping()) iteration(w, w->db, 1);
  return NULL;
}

/* Phase 2: connections passed from thread to thread. */
enum { S_EMPTY, S_FREE, S_BUSY, S_RETIRED };
#define HANDOFF_USES 6
typedef struct slot {
  int state, uses;
  sqlite3 *db;
  sqlite3_stmt *pending; /* extract_entities, stepped once by the thread before */
  int pending_text;
  text pending_rows;
} slot;
static slot *slots;
static int slot_count;
static pthread_mutex_t slots_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t slots_changed = PTHREAD_COND_INITIALIZER;
static long prime_failures;
static char prime_failure[600];

static void timed_wait(pthread_cond_t *cond, pthread_mutex_t *lock) {
  struct timespec until;
  clock_gettime(CLOCK_REALTIME, &until);
  until.tv_nsec += 50 * 1000 * 1000;
  if (until.tv_nsec >= 1000000000) {
    until.tv_sec++;
    until.tv_nsec -= 1000000000;
  }
  pthread_cond_timedwait(cond, lock, &until);
}

/* Starts an extract_entities statement on s and reads its first row. */
static int prime(slot *s, int k, char *why, size_t why_size) {
  s->pending_text = k;
  text_reset(&s->pending_rows);
  int rc = sqlite3_prepare_v2(s->db, probe_sql[P_ENTITIES], -1, &s->pending, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(s->pending, 1, texts[k].body, -1, SQLITE_STATIC);
    rc = sqlite3_step(s->pending);
    if (rc == SQLITE_ROW) add_row(&s->pending_rows, s->pending), rc = SQLITE_OK;
    else if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  if (rc != SQLITE_OK) {
    snprintf(why, why_size, "the first row of extract_entities(text %d): %s (%d)", k,
             sqlite3_errmsg(s->db), rc);
    sqlite3_finalize(s->pending);
    s->pending = NULL;
  }
  return rc;
}

/* Finishes the statement another thread started. */
static void finish_pending(worker *w, slot *s) {
  if (!s->pending) return;
  int rc;
  while ((rc = sqlite3_step(s->pending)) == SQLITE_ROW) add_row(&s->pending_rows, s->pending);
  w->runs[C_CURSOR]++;
  if (rc != SQLITE_DONE) {
    failure(w, C_CURSOR, "extract_entities(text %d) continued on another thread: %s (%d)",
            s->pending_text, sqlite3_errmsg(s->db), rc);
  } else if (strcmp(s->pending_rows.p, reference[REF_PROBE(s->pending_text, P_ENTITIES)]) != 0) {
    char where[600];
    difference(s->pending_rows.p, reference[REF_PROBE(s->pending_text, P_ENTITIES)], where,
               sizeof where);
    failure(w, C_CURSOR, "extract_entities(text %d) continued on another thread %s",
            s->pending_text, where);
  }
  sqlite3_finalize(s->pending);
  s->pending = NULL;
}

static void *opener_thread(void *arg) {
  (void)arg;
  char why[600];
  pthread_mutex_lock(&slots_lock);
  while (!stopping()) {
    int found = -1;
    for (int i = 0; i < slot_count && found < 0; i++)
      if (slots[i].state == S_EMPTY || slots[i].state == S_RETIRED) found = i;
    if (found < 0) {
      timed_wait(&slots_changed, &slots_lock);
      continue;
    }
    slot *s = &slots[found];
    s->state = S_BUSY;
    pthread_mutex_unlock(&slots_lock);
    /* Closed on this thread, as it was opened here; the statement another thread
    ** started on it is finished or finalized here. */
    sqlite3_finalize(s->pending);
    s->pending = NULL;
    if (s->db) reopened++;
    sqlite3_close(s->db);
    s->db = NULL;
    int rc = open_connection(db_path, SQLITE_OPEN_NOMUTEX, &s->db, why, sizeof why);
    if (rc == SQLITE_OK)
      rc = prime(s, (int)(((unsigned)found * 7u + (unsigned)reopened) % NTEXTS), why, sizeof why);
    if (rc != SQLITE_OK) {
      prime_failures++; /* this thread's alone; read after the join */
      if (prime_failures == 1) snprintf(prime_failure, sizeof prime_failure, "%s", why);
      sqlite3_close(s->db);
      s->db = NULL;
    }
    pthread_mutex_lock(&slots_lock);
    s->uses = 0;
    s->state = rc == SQLITE_OK ? S_FREE : S_EMPTY;
    pthread_cond_broadcast(&slots_changed);
  }
  pthread_mutex_unlock(&slots_lock);
  return NULL;
}

static void *handoff_thread(void *arg) {
  worker *w = arg;
  pthread_mutex_lock(&slots_lock);
  while (!stopping()) {
    int found = -1;
    unsigned start = (unsigned)(next_random(w) % (uint64_t)slot_count);
    for (int j = 0; j < slot_count && found < 0; j++) {
      int i = (int)((start + (unsigned)j) % (unsigned)slot_count);
      if (slots[i].state == S_FREE) found = i;
    }
    if (found < 0) {
      timed_wait(&slots_changed, &slots_lock);
      continue;
    }
    slot *s = &slots[found];
    s->state = S_BUSY;
    pthread_mutex_unlock(&slots_lock);
    finish_pending(w, s);
    iteration(w, s->db, 1);
    char why[600];
    if (prime(s, (int)(next_random(w) % NTEXTS), why, sizeof why) != SQLITE_OK) {
      w->runs[C_CURSOR]++;
      failure(w, C_CURSOR, "%s", why);
    }
    pthread_mutex_lock(&slots_lock);
    s->state = ++s->uses >= HANDOFF_USES ? S_RETIRED : S_FREE;
    pthread_cond_broadcast(&slots_changed);
  }
  pthread_mutex_unlock(&slots_lock);
  return NULL;
}

/* Phase 3: one connection for every thread. */
static sqlite3 *shared_db;
static void *shared_thread(void *arg) {
  worker *w = arg;
  pthread_barrier_wait(&start_barrier);
  while (!stopping()) iteration(w, shared_db, 0);
  return NULL;
}

/* ------------------------------------------------------------------------ */

static worker *workers[PH_COUNT];

static void start_workers(int phase, void *(*body)(void *)) {
  workers[phase] = calloc((size_t)thread_count, sizeof(worker));
  if (!workers[phase]) abort();
  for (int t = 0; t < thread_count; t++) {
    worker *w = &workers[phase][t];
    w->phase = phase;
    w->index = t;
    w->rng = 0x9E3779B97F4A7C15ULL * (uint64_t)(phase * 1000 + t + 1);
    w->next_id = (sqlite3_int64)(phase + 1) * 100000000 + (sqlite3_int64)(t + 1) * 1000000;
    if (pthread_create(&w->thread, NULL, body, w) != 0) {
      fprintf(stderr, "pthread_create failed\n");
      exit(2);
    }
  }
}

static void end_workers(int phase) {
  for (int t = 0; t < thread_count; t++) {
    worker *w = &workers[phase][t];
    pthread_join(w->thread, NULL);
    for (int c = 0; c < C_COUNT; c++) {
      runs[phase][c] += w->runs[c];
      failures[phase][c] += w->failures[c];
    }
    strict_reads[phase] += w->strict;
    dictionary_changes[phase] += w->changes;
    iterations[phase] += w->iterations;
  }
}

static void report_phase(int phase) {
  static const int wanted[PH_COUNT][C_COUNT] = {
    /* init money func dict read write dict_write cursor integrity */
    {1, 1, 1, 1, 1, 1, 1, 0, 1},
    {0, 1, 1, 1, 1, 1, 1, 1, 1},
    {0, 1, 1, 1, 1, 1, 1, 0, 1},
  };
  for (int c = 0; c < C_COUNT; c++) {
    if (!wanted[phase][c] && !runs[phase][c]) continue; /* integrity: rare, may not run */
    char name[96];
    snprintf(name, sizeof name, "threads.%s.%s", phase_names[phase], check_names[c]);
    if (failures[phase][c])
      report(0, name, "%ld of %ld failed; first: %s", failures[phase][c], runs[phase][c],
             first_failure[phase][c]);
    else if (!runs[phase][c] && c != C_INTEGRITY) report(0, name, "never ran (too short a run?)");
    else report(1, name, "");
    printf("# %s: %ld checks\n", name, runs[phase][c]);
  }
  printf("# threads.%s: %d threads, %ld rounds, %ld dictionary changes, %ld strict dictionary "
         "reads\n",
         phase_names[phase], thread_count, iterations[phase], dictionary_changes[phase],
         strict_reads[phase]);
}

static int compare_ids(const void *a, const void *b) {
  const sqlite3_int64 *x = a, *y = b;
  return *x < *y ? -1 : *x > *y;
}

static void usage(const char *argv0) {
  fprintf(stderr, "usage: %s [--threads N] [--seconds S] [--db PATH] [--load PATH] [--memstatus]\n",
          argv0);
  exit(2);
}

int main(int argc, char **argv) {
  for (int a = 1; a < argc; a++) {
    if (strcmp(argv[a], "--threads") == 0 && a + 1 < argc) thread_count = atoi(argv[++a]);
    else if (strcmp(argv[a], "--seconds") == 0 && a + 1 < argc) seconds = atof(argv[++a]);
    else if (strcmp(argv[a], "--load") == 0 && a + 1 < argc) load_path = argv[++a];
    else if (strcmp(argv[a], "--memstatus") == 0) memstatus = 1;
    else if (strcmp(argv[a], "--db") == 0 && a + 1 < argc)
      snprintf(db_path, sizeof db_path, "%s", argv[++a]);
    else usage(argv[0]);
  }
  if (thread_count < 2 || thread_count > 256 || !(seconds > 0)) usage(argv[0]);
  char dir[4096] = "";
  if (!db_path[0]) {
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/textfacts_threads.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
      fprintf(stderr, "mkdtemp %s: %s\n", dir, strerror(errno));
      return 2;
    }
    snprintf(db_path, sizeof db_path, "%s/threads.db", dir);
  }
  printf("# test_threads: %d threads, %.1f s, sqlite %s (threadsafe %d), database %s, "
         "textfacts %s, memstatus %s\n",
         thread_count, seconds, sqlite3_libversion(), sqlite3_threadsafe(), db_path,
         load_path ? load_path : "linked in", memstatus ? "on" : "off");
  double began = now();
  /* SQLite's memory statistics take one global mutex at every allocation: every
  ** thread would synchronise with every other one all the time, which hides races
  ** from ThreadSanitizer (a lock handed over is a happens-before). --memstatus keeps
  ** them (SQLite's default). */
  if (!memstatus) sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  sqlite3_initialize();

  /* The single-threaded answers, from a child. */
  char why[2000];
  int ok = reference_from_child(why, sizeof why);
  uint64_t h = 0xcbf29ce484222325ULL;
  for (int k = 0; ok && k < NTEXTS; k++) h = fnv1a(h, reference[REF_PROBE(k, P_MONEY)]);
  ref_digest = h;
  for (int k = 0; ok && k < NTEXTS; k++) {
    if (sscanf(reference[REF_STORE(k)], "%d|%d", &ref_rows[k], &ref_eur[k]) != 2 ||
        !strchr(reference[REF_PROBE(k, P_MONEY)], '\n')) {
      snprintf(why, sizeof why, "text %d: no money row or no stored rows (%s)", k,
               reference[REF_STORE(k)]);
      ok = 0;
    }
  }
  for (int s = 0; ok && s < 3; s++)
    for (int t = s + 1; ok && t < 3; t++)
      if (strcmp(reference[REF_DICT(s)], reference[REF_DICT(t)]) == 0) {
        snprintf(why, sizeof why, "the dictionary probe gives the same answer in states %d and %d",
                 s, t);
        ok = 0;
      }
  report(ok, "threads.reference", "%s", why);
  if (!ok) {
    printf("%d passed, %d failed\n", passed, failed);
    return 1;
  }
  printf("# extract_money digest of the %d texts: %016llx\n", NTEXTS, (unsigned long long)h);
  for (char *p = reference[REF_DEBUG]; *p; p++)
    if (*p == '\n') *p = ';';
  printf("# %s\n", reference[REF_DEBUG]);

  /* The database, made without the extension (it is registered afterwards), with
  ** one article per text. */
  {
    sqlite3 *db = NULL;
    int rc = open_connection(db_path, SQLITE_OPEN_CREATE, &db, why, sizeof why);
    if (rc == SQLITE_OK) rc = exec(db, schema_sql, why, sizeof why);
    for (int k = 0; k < NTEXTS && rc == SQLITE_OK; k++) {
      param p[4] = {PI(k + 1), PI(k), PT(texts[k].lang), PT(texts[k].body)};
      rc = query(db, "INSERT OR REPLACE INTO articles(id, k, lang, body) VALUES (?1, ?2, ?3, ?4)",
                 4, p, NULL, why, sizeof why);
    }
    sqlite3_close(db);
    report(rc == SQLITE_OK, "threads.setup", "%s", why);
    if (rc != SQLITE_OK) {
      printf("%d passed, %d failed\n", passed, failed);
      return 1;
    }
  }
  textfacts_on = 1;
  if (!load_path) sqlite3_auto_extension((void (*)(void))sqlite3_textfacts_init);

  double phase_seconds[PH_COUNT] = {seconds * 0.5, seconds * 0.25, seconds * 0.25};

  /* Phase 1: own connections, the first use racing. */
  pthread_barrier_init(&start_barrier, NULL, (unsigned)thread_count);
  double t0 = now();
  start_workers(PH_OWN, own_thread);
  sleep_seconds(phase_seconds[PH_OWN]);
  atomic_store(&stop, 1);
  end_workers(PH_OWN);
  pthread_barrier_destroy(&start_barrier);
  double first = 0, last = 0;
  for (int t = 0; t < thread_count; t++) {
    double at = workers[PH_OWN][t].opened_at;
    if (!t || at < first) first = at;
    if (!t || at > last) last = at;
    sqlite3_close(workers[PH_OWN][t].db);
  }
  printf("# threads.own: the %d connections (the first textfacts use) were open %.3f to %.3f s "
         "after the threads started; phase %.1f s\n",
         thread_count, first - t0, last - t0, now() - t0);
  report_phase(PH_OWN);

  /* Phase 2: handoff. */
  atomic_store(&stop, 0);
  t0 = now();
  slot_count = thread_count / 2 > 2 ? thread_count / 2 : 2;
  slots = calloc((size_t)slot_count, sizeof(slot));
  if (!slots) abort();
  pthread_t opener;
  pthread_create(&opener, NULL, opener_thread, NULL);
  start_workers(PH_HANDOFF, handoff_thread);
  sleep_seconds(phase_seconds[PH_HANDOFF]);
  atomic_store(&stop, 1);
  pthread_mutex_lock(&slots_lock);
  pthread_cond_broadcast(&slots_changed);
  pthread_mutex_unlock(&slots_lock);
  end_workers(PH_HANDOFF);
  pthread_join(opener, NULL);
  long handoff_total = 0;
  for (int t = 0; t < thread_count; t++) handoff_total += workers[PH_HANDOFF][t].runs[C_CURSOR];
  for (int i = 0; i < slot_count; i++) {
    sqlite3_finalize(slots[i].pending);
    sqlite3_close(slots[i].db);
    free(slots[i].pending_rows.p);
  }
  free(slots);
  printf("# threads.handoff: %d connections passed between %d threads %ld times, reopened %ld "
         "times; phase %.1f s\n",
         slot_count, thread_count, handoff_total, reopened, now() - t0);
  report_phase(PH_HANDOFF);
  report(prime_failures == 0, "threads.handoff.open_and_start", "%ld failures; first: %s",
         prime_failures, prime_failure);

  /* Phase 3: one connection, every thread. */
  atomic_store(&stop, 0);
  t0 = now();
  {
    int rc = open_connection(db_path, SQLITE_OPEN_FULLMUTEX, &shared_db, why, sizeof why);
    report(rc == SQLITE_OK, "threads.shared.open", "%s", why);
    if (rc == SQLITE_OK) {
      pthread_barrier_init(&start_barrier, NULL, (unsigned)thread_count);
      start_workers(PH_SHARED, shared_thread);
      sleep_seconds(phase_seconds[PH_SHARED]);
      atomic_store(&stop, 1);
      end_workers(PH_SHARED);
      pthread_barrier_destroy(&start_barrier);
      sqlite3_close(shared_db);
      printf("# threads.shared: phase %.1f s\n", now() - t0);
      report_phase(PH_SHARED);
    }
  }

  build_check();

  /* The end: what the database holds. */
  {
    sqlite3 *db = NULL;
    text got = {0}, want = {0};
    int rc = open_connection(db_path, 0, &db, why, sizeof why);
    if (rc == SQLITE_OK)
      rc = exec(db, "INSERT INTO f(f) VALUES('integrity-check')", why, sizeof why);
    report(rc == SQLITE_OK, "threads.integrity_check", "%s", why);
    if (db) {
      rc = query1(db, "PRAGMA integrity_check", NULL, &got, why, sizeof why);
      report(rc == SQLITE_OK && strcmp(got.p, "ok\n") == 0, "threads.pragma_integrity_check", "%s",
             rc == SQLITE_OK ? got.p : why);
      /* articles = the initial ones + what every thread committed */
      size_t n = (size_t)NTEXTS, cap = (size_t)NTEXTS + (size_t)PH_COUNT * thread_count * MAX_OWNED;
      sqlite3_int64(*rows)[2] = calloc(cap, sizeof *rows);
      if (!rows) abort();
      for (int k = 0; k < NTEXTS; k++) rows[k][0] = k + 1, rows[k][1] = k;
      for (int ph = 0; ph < PH_COUNT; ph++)
        for (int t = 0; workers[ph] && t < thread_count; t++)
          for (int i = 0; i < workers[ph][t].owned; i++) {
            rows[n][0] = workers[ph][t].ids[i];
            rows[n++][1] = workers[ph][t].ks[i];
          }
      qsort(rows, n, sizeof *rows, compare_ids);
      text_reset(&want);
      for (size_t i = 0; i < n; i++) {
        char line[64];
        snprintf(line, sizeof line, "%lld|%lld\n", (long long)rows[i][0], (long long)rows[i][1]);
        text_put(&want, line);
      }
      free(rows);
      rc = query1(db, "SELECT id, k FROM articles ORDER BY id", NULL, &got, why, sizeof why);
      if (rc == SQLITE_OK && strcmp(got.p, want.p) != 0) difference(got.p, want.p, why, sizeof why);
      report(rc == SQLITE_OK && strcmp(got.p, want.p) == 0, "threads.articles_as_committed", "%s",
             why);
      printf("# threads: %zu articles at the end\n", n);
      rc = query1(db, "SELECT count(*) FROM textfacts_dictionary", NULL, &got, why, sizeof why);
      unsigned seq = atomic_load(&dictionary_seq);
      char want_dictionary[8];
      snprintf(want_dictionary, sizeof want_dictionary, "%d\n", (seq / 2) % 3 == 0 ? 0 : 1);
      report(rc == SQLITE_OK && !(seq & 1) && strcmp(got.p, want_dictionary) == 0,
             "threads.dictionary_as_committed", "seq %u, %s", seq, rc == SQLITE_OK ? got.p : why);
    }
    sqlite3_close(db);
    free(got.p);
    free(want.p);
  }

  /* The single-threaded answers again, in this process now. */
  {
    char *again[REF_COUNT] = {0};
    int same = compute_reference(again, why, sizeof why);
    for (int i = 0; same && i < REF_COUNT; i++) {
      if (i == REF_DEBUG) continue; /* its new lines were replaced above */
      if (!again[i] || strcmp(again[i], reference[i]) != 0) {
        snprintf(why, sizeof why, "answer %d differs from the child's", i);
        same = 0;
      }
    }
    report(same, "threads.reference_after", "%s", why);
    for (int i = 0; i < REF_COUNT; i++) free(again[i]);
  }

  for (int i = 0; i < REF_COUNT; i++) free(reference[i]);
  for (int ph = 0; ph < PH_COUNT; ph++) {
    for (int t = 0; workers[ph] && t < thread_count; t++) {
      free(workers[ph][t].out.p);
      free(workers[ph][t].scratch.p);
    }
    free(workers[ph]);
  }
  if (dir[0]) {
    char path[4200];
    static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
    for (int i = 0; i < 4; i++) {
      snprintf(path, sizeof path, "%s%s", db_path, suffix[i]);
      unlink(path);
    }
    rmdir(dir);
  }
  sqlite3_reset_auto_extension();
  printf("# test_threads: %.1f s in all\n", now() - began);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
