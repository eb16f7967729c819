/*
** store_build.c — building the textfacts table (CREATE VIRTUAL TABLE),
** rebuilding it ('rebuild') and checking it ('integrity-check', store_write.c):
** every article of the content table extracted and handed, in order, to what
** stores or compares its rows (store_each_article), in several threads when
** the connection allows them.
**
**   SELECT textfacts_threads();     the number the next build uses
**   SELECT textfacts_threads(2);    sets it for this connection (0: the default)
**
** The default is TEXTFACTS_THREADS from the environment when it holds a number
** from 1 to TEXTFACTS_MAX_THREADS, else the CPUs this process may run on
** (sched_getaffinity: a container's or taskset's limit counts), else 1.
**
** With one thread the articles are read, extracted and handed on one after
** the other. With n > 1, the connection's thread reads the articles into
** batches (their texts copied: SQLite's values live until the next step only)
** and is the one writer; n - 1 worker threads extract batches, and the writer
** extracts too whenever the batch it must hand on next is not taken. Batches
** are handed on in the order they were read, so the rows and their ids are the
** same as a one-thread build's, byte for byte (tests/test_threads.c compares
** them).
** SQLite is called from the connection's thread only: workers touch nothing
** but the core (tf_document_extract, whose tables are read-only once built)
** and the batches handed to them under the pool's mutex.
**
** Memory: the batches (their texts and article lists) come from SQLite's
** allocator, on the connection's thread; what extraction allocates in the
** pool comes from libc (tf_alloc_thread_libc says why). The ring of batches
** bounds both: at most 3 batches per thread are read ahead, each of at most
** BATCH_ARTICLES articles or BATCH_BYTES bytes of text (one longer article is
** a batch alone). Out of memory anywhere is SQLITE_NOMEM; a thread that cannot
** be started leaves its work to the others (at worst the writer alone).
*/
#define _GNU_SOURCE /* sched_getaffinity */
#include "store_internal.h"
#include "functions/fn_progress.h"
#include "core/tf_alloc.h"
#include "core/tf_core.h"
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
SQLITE_EXTENSION_INIT3

#define TEXTFACTS_MAX_THREADS 64
#define BATCH_ARTICLES 64
#define BATCH_BYTES (256 * 1024)
#define SLOTS_PER_THREAD 3

/* ---------------------------------------------------------------------------
** The thread count */

/* The CPUs this process may run on (at least 1). */
static int cpus_available(void) {
  cpu_set_t set;
  CPU_ZERO(&set);
  int n = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : 0;
  if (n < 1) {
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    n = online > 0 ? (int)(online < TEXTFACTS_MAX_THREADS ? online : TEXTFACTS_MAX_THREADS) : 1;
  }
  return n;
}

/* A whole number from 1 to TEXTFACTS_MAX_THREADS in s, or 0. */
static int thread_count_in(const char *s) {
  if (!s || !*s) return 0;
  char *end = NULL;
  long n = strtol(s, &end, 10);
  return *end == '\0' && n >= 1 && n <= TEXTFACTS_MAX_THREADS ? (int)n : 0;
}

static int default_threads(void) {
  int n = thread_count_in(getenv("TEXTFACTS_THREADS"));
  if (!n) n = cpus_available();
  return n < TEXTFACTS_MAX_THREADS ? n : TEXTFACTS_MAX_THREADS;
}

/* The number of threads a build of this connection uses: 1 when SQLite was
** built without threads (its mutexes are no-ops, and the application may not
** link pthreads). */
static int build_threads(textfacts_dictionary *dictionary) {
  if (!sqlite3_threadsafe()) return 1;
  int set = *textfacts_connection_threads(dictionary);
  return set ? set : default_threads();
}

/* textfacts_threads([n]): the number of threads this connection's builds use,
** after setting it to n (0: the default again). */
static void threads_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  textfacts_dictionary *dictionary = sqlite3_user_data(ctx);
  if (argc == 1) {
    sqlite3_value *v = argv[0];
    int type = sqlite3_value_numeric_type(v);
    sqlite3_int64 n = type == SQLITE_INTEGER ? sqlite3_value_int64(v) : -1;
    if (n < 0 || n > TEXTFACTS_MAX_THREADS) {
      char *msg =
        type == SQLITE_NULL || type == SQLITE_BLOB
          ? sqlite3_mprintf("textfacts_threads(): n must be an integer from 0 (the default) to "
                            "%d, not %s",
                            TEXTFACTS_MAX_THREADS, type == SQLITE_NULL ? "NULL" : "a BLOB")
          : sqlite3_mprintf("textfacts_threads(): n must be an integer from 0 (the default) to "
                            "%d, not %s%s%s",
                            TEXTFACTS_MAX_THREADS, type == SQLITE_TEXT ? "'" : "",
                            (const char *)sqlite3_value_text(v), type == SQLITE_TEXT ? "'" : "");
      if (!msg) {
        sqlite3_result_error_nomem(ctx);
        return;
      }
      sqlite3_result_error(ctx, msg, -1);
      sqlite3_free(msg);
      return;
    }
    *textfacts_connection_threads(dictionary) = (int)n;
  }
  sqlite3_result_int(ctx, build_threads(dictionary));
}

int store_register_threads(sqlite3 *db, char **pzErrMsg, textfacts_dictionary *dictionary) {
  /* Direct only: a view or a trigger of somebody's file has no business
  ** changing how the connection spends its CPUs. */
  static const textfacts_function functions[] = {
    {"textfacts_threads", 0, SQLITE_DIRECTONLY, threads_function},
    {"textfacts_threads", 1, SQLITE_DIRECTONLY, threads_function},
  };
  return textfacts_register_functions(db, pzErrMsg, functions,
                                      sizeof functions / sizeof functions[0], dictionary);
}

/* ---------------------------------------------------------------------------
** One thread */

/* The number of articles, for the progress line; -1 when it cannot be read
** (the rebuild itself then says why). */
static sqlite3_int64 count_content(store_vtab *vt) {
  sqlite3_stmt *stmt = NULL;
  sqlite3_int64 n = -1;
  if (store_prepare(vt->db, &stmt, "SELECT count(*) FROM \"%w\".\"%w\"", vt->schema,
                    vt->options[O_CONTENT]) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW)
    n = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  return n;
}

/* Counts an article into the progress line. */
static void progress(textfacts_progress *meter, sqlite3_int64 *done, sqlite3_int64 *bytes,
                     sqlite3_int64 article_bytes) {
  *bytes += article_bytes;
  if (++*done > meter->total) meter->total = *done; /* articles added meanwhile */
  textfacts_progress_update(meter, *done, *bytes);
}

/* Reads and extracts the articles one after the other, handing each to fn.
** SQLITE_DONE at the end (or when fn stops), or an error. */
static int each_serial(store_vtab *vt, const tf_entity_set *set, sqlite3_stmt *stmt,
                       textfacts_progress *meter, store_article_fn fn, void *ctx) {
  tf_document d;
  memset(&d, 0, sizeof d);
  sqlite3_int64 done = 0, bytes = 0;
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    sqlite3_int64 doc;
    int lang;
    const char *body = NULL;
    rc = store_doc_argument(vt, sqlite3_column_value(stmt, 0), &doc);
    if (rc == SQLITE_OK)
      rc = store_article_text(vt, doc, sqlite3_column_value(stmt, 1), sqlite3_column_value(stmt, 2),
                              &lang, &body);
    d.count = 0;
    if (rc == SQLITE_OK && body && tf_document_extract(&d, set, body, lang) != TF_OK)
      rc = SQLITE_NOMEM;
    if (rc == SQLITE_OK) rc = fn(vt, ctx, doc, &d);
    if (rc != SQLITE_OK) break;
    progress(meter, &done, &bytes, sqlite3_column_bytes(stmt, 1));
  }
  tf_document_free(&d);
  return rc;
}

/* ---------------------------------------------------------------------------
** Several threads */

typedef struct batch_article {
  sqlite3_int64 doc;
  int lang;
  int has_text; /* 0: the text was NULL (no rows) */
  size_t text;  /* offset of its NUL-terminated text in the batch's texts */
  sqlite3_int64 bytes;
} batch_article;

enum { SLOT_FREE, SLOT_FILLED, SLOT_DONE };

typedef struct batch {
  int state; /* SLOT_*; under the pool's mutex once handed over */
  int rc;    /* SQLITE_OK, or SQLITE_NOMEM when an extraction failed */
  batch_article *articles;
  size_t count, capacity;
  char *texts;
  size_t texts_len, texts_capacity;
  tf_document *docs; /* one per article, buffers kept from batch to batch (libc) */
  size_t docs_capacity;
  size_t next; /* the triggers' pending batches: the first article not yet stored */
} batch;

typedef struct pool {
  pthread_mutex_t mutex;
  pthread_cond_t work; /* a batch was filled, or stop */
  pthread_cond_t done; /* a batch was extracted */
  batch *slots;
  unsigned nslots;
  /* Sequence numbers (slot = number % nslots): read, taken for extraction,
  ** stored. stored <= taken <= filled <= stored + nslots. */
  unsigned long filled, taken, stored;
  int stop;
  const tf_entity_set *set;
  pthread_t *threads;
  int nthreads; /* started */
} pool;

/* Extracts every article of b (any thread; the pool's memory from libc). */
static void extract_batch(const tf_entity_set *set, batch *b) {
  tf_alloc_thread_libc(1);
  b->rc = SQLITE_OK;
  for (size_t i = 0; i < b->count && b->rc == SQLITE_OK; i++) {
    b->docs[i].count = 0;
    if (b->articles[i].has_text &&
        tf_document_extract(&b->docs[i], set, b->texts + b->articles[i].text,
                            b->articles[i].lang) != TF_OK)
      b->rc = SQLITE_NOMEM;
  }
  tf_alloc_thread_libc(0);
}

/* Takes the oldest filled batch not yet taken, extracts it and marks it done.
** Called and returns with the mutex held. 0 when there was none. */
static int take_and_extract(pool *p) {
  if (p->taken == p->filled) return 0;
  batch *b = &p->slots[p->taken++ % p->nslots];
  pthread_mutex_unlock(&p->mutex);
  extract_batch(p->set, b);
  pthread_mutex_lock(&p->mutex);
  b->state = SLOT_DONE;
  pthread_cond_broadcast(&p->done);
  return 1;
}

static void *worker(void *arg) {
  pool *p = arg;
  pthread_mutex_lock(&p->mutex);
  while (!p->stop)
    if (!take_and_extract(p)) pthread_cond_wait(&p->work, &p->mutex);
  pthread_mutex_unlock(&p->mutex);
  return NULL;
}

/* Room for one more article of n bytes of text in b; SQLITE_OK or SQLITE_NOMEM. */
static int batch_reserve(batch *b, size_t n) {
  if (b->count == b->capacity) {
    size_t c = b->capacity ? b->capacity * 2 : 16;
    batch_article *a = sqlite3_realloc64(b->articles, c * sizeof *a);
    if (!a) return SQLITE_NOMEM;
    b->articles = a;
    b->capacity = c;
  }
  if (b->count == b->docs_capacity) {
    size_t c = b->docs_capacity ? b->docs_capacity * 2 : 16;
    tf_document *d = sqlite3_realloc64(b->docs, c * sizeof *d);
    if (!d) return SQLITE_NOMEM;
    memset(d + b->docs_capacity, 0, (c - b->docs_capacity) * sizeof *d);
    b->docs = d;
    b->docs_capacity = c;
  }
  if (b->texts_len + n + 1 > b->texts_capacity) {
    size_t c = b->texts_capacity ? b->texts_capacity : 4096;
    while (c < b->texts_len + n + 1) c *= 2;
    char *t = sqlite3_realloc64(b->texts, c);
    if (!t) return SQLITE_NOMEM;
    b->texts = t;
    b->texts_capacity = c;
  }
  return SQLITE_OK;
}

/* Is b full (no more articles go into it)? */
static int batch_full(const batch *b) {
  return b->count >= BATCH_ARTICLES || b->texts_len >= BATCH_BYTES;
}

/* Adds article doc to b, its text (NULL: none, no rows) copied up to its first
** NUL, as the functions read it. SQLITE_OK or SQLITE_NOMEM. */
static int batch_add(batch *b, sqlite3_int64 doc, int lang, const char *text, sqlite3_int64 bytes) {
  batch_article a;
  memset(&a, 0, sizeof a);
  a.doc = doc;
  a.lang = lang;
  a.has_text = text != NULL;
  a.bytes = bytes;
  size_t n = text ? strlen(text) : 0;
  int rc = batch_reserve(b, n);
  if (rc != SQLITE_OK) return rc;
  a.text = b->texts_len;
  if (n) memcpy(b->texts + b->texts_len, text, n);
  b->texts[b->texts_len + n] = 0;
  b->texts_len += n + 1;
  b->articles[b->count++] = a;
  return SQLITE_OK;
}

/* Reads articles from stmt into b until it is full or the articles end
** (*eof). SQLITE_OK or an error (the article's, named in the table's error). */
static int fill_batch(store_vtab *vt, sqlite3_stmt *stmt, batch *b, int *eof) {
  b->count = 0;
  b->texts_len = 0;
  while (!batch_full(b)) {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) {
      *eof = 1;
      return SQLITE_OK;
    }
    if (rc != SQLITE_ROW) return rc;
    sqlite3_int64 doc;
    rc = store_doc_argument(vt, sqlite3_column_value(stmt, 0), &doc);
    if (rc != SQLITE_OK) return rc;
    int lang;
    const char *text;
    rc = store_article_text(vt, doc, sqlite3_column_value(stmt, 1), sqlite3_column_value(stmt, 2),
                            &lang, &text);
    if (rc == SQLITE_OK) rc = batch_add(b, doc, lang, text, sqlite3_column_bytes(stmt, 1));
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

/* Hands the articles of an extracted batch to fn, in order. */
static int consume_batch(store_vtab *vt, const batch *b, textfacts_progress *meter,
                         sqlite3_int64 *done, sqlite3_int64 *bytes, store_article_fn fn,
                         void *ctx) {
  if (b->rc != SQLITE_OK) return b->rc;
  for (size_t i = 0; i < b->count; i++) {
    int rc = fn(vt, ctx, b->articles[i].doc, &b->docs[i]);
    if (rc != SQLITE_OK) return rc;
    progress(meter, done, bytes, b->articles[i].bytes);
  }
  return SQLITE_OK;
}

/* Stops the workers and frees the pool. */
static void pool_end(pool *p) {
  pthread_mutex_lock(&p->mutex);
  p->stop = 1;
  pthread_cond_broadcast(&p->work);
  pthread_mutex_unlock(&p->mutex);
  for (int i = 0; i < p->nthreads; i++) pthread_join(p->threads[i], NULL);
  for (unsigned s = 0; s < p->nslots; s++) {
    batch *b = &p->slots[s];
    tf_alloc_thread_libc(1);
    for (size_t i = 0; i < b->docs_capacity; i++) tf_document_free(&b->docs[i]);
    tf_alloc_thread_libc(0);
    sqlite3_free(b->docs);
    sqlite3_free(b->articles);
    sqlite3_free(b->texts);
  }
  sqlite3_free(p->slots);
  sqlite3_free(p->threads);
  pthread_cond_destroy(&p->done);
  pthread_cond_destroy(&p->work);
  pthread_mutex_destroy(&p->mutex);
}

/* Makes p's ring for n threads (its workers not started yet: pool_start).
** SQLITE_OK or SQLITE_NOMEM (p then holds nothing). */
static int pool_init(pool *p, const tf_entity_set *set, int n) {
  memset(p, 0, sizeof *p);
  p->set = set;
  p->nslots = (unsigned)n * SLOTS_PER_THREAD;
  p->slots = sqlite3_malloc64(p->nslots * sizeof *p->slots);
  p->threads = n > 1 ? sqlite3_malloc64((size_t)(n - 1) * sizeof *p->threads) : NULL;
  if (!p->slots || (n > 1 && !p->threads)) {
    sqlite3_free(p->slots);
    sqlite3_free(p->threads);
    memset(p, 0, sizeof *p);
    return SQLITE_NOMEM;
  }
  memset(p->slots, 0, p->nslots * sizeof *p->slots);
  pthread_mutex_init(&p->mutex, NULL);
  pthread_cond_init(&p->work, NULL);
  pthread_cond_init(&p->done, NULL);
  return SQLITE_OK;
}

/* Starts p's n - 1 workers (those that start; the writer extracts what no
** worker takes). */
static void pool_start(pool *p, int n) {
  for (int i = p->nthreads; i < n - 1; i++)
    if (pthread_create(&p->threads[p->nthreads], NULL, worker, p) == 0) p->nthreads++;
}

/* The slot being filled, or NULL when every slot is handed over and not yet
** stored. */
static batch *pool_filling(pool *p) {
  return p->filled - p->stored < p->nslots ? &p->slots[p->filled % p->nslots] : NULL;
}

/* Hands the slot being filled over for extraction. */
static void pool_hand_over(pool *p) {
  batch *b = &p->slots[p->filled % p->nslots];
  b->next = 0;
  pthread_mutex_lock(&p->mutex);
  b->state = SLOT_FILLED;
  p->filled++;
  pthread_cond_signal(&p->work);
  pthread_mutex_unlock(&p->mutex);
}

/* The oldest batch handed over, once extracted (by this thread while it is
** not taken); NULL when none is handed over, or when wait is 0 and it is not
** extracted yet. */
static batch *pool_oldest(pool *p, int wait) {
  if (p->stored == p->filled) return NULL;
  batch *b = &p->slots[p->stored % p->nslots];
  pthread_mutex_lock(&p->mutex);
  while (wait && b->state != SLOT_DONE)
    if (!take_and_extract(p)) pthread_cond_wait(&p->done, &p->mutex);
  int done = b->state == SLOT_DONE;
  pthread_mutex_unlock(&p->mutex);
  return done ? b : NULL;
}

/* Frees the oldest batch's slot (no worker looks at a slot between stored and
** filled). */
static void pool_release_oldest(pool *p) {
  batch *b = &p->slots[p->stored % p->nslots];
  b->state = SLOT_FREE;
  b->count = b->texts_len = b->next = 0;
  p->stored++;
}

/* Reads the articles into batches, has them extracted by n threads (n - 1
** workers and this one) and hands them to fn in order. SQLITE_DONE at the end
** (or when fn stops), or an error. */
static int each_parallel(store_vtab *vt, const tf_entity_set *set, sqlite3_stmt *stmt,
                         textfacts_progress *meter, int n, store_article_fn fn, void *ctx) {
  pool p;
  if (pool_init(&p, set, n) != SQLITE_OK) return SQLITE_NOMEM;
  pool_start(&p, n);
  sqlite3_int64 done = 0, bytes = 0;
  int eof = 0, rc = SQLITE_OK;
  while (rc == SQLITE_OK) {
    /* Read ahead into every free slot (the workers never touch those). */
    batch *b;
    while (rc == SQLITE_OK && !eof && (b = pool_filling(&p)) != NULL) {
      rc = fill_batch(vt, stmt, b, &eof);
      if (rc != SQLITE_OK || b->count == 0) break;
      pool_hand_over(&p);
    }
    if (rc != SQLITE_OK || p.stored == p.filled) break;
    /* Store the oldest batch, extracting others while it is not ready. */
    rc = consume_batch(vt, pool_oldest(&p, 1), meter, &done, &bytes, fn, ctx);
    pool_release_oldest(&p);
  }
  pool_end(&p);
  return rc == SQLITE_OK ? SQLITE_DONE : rc;
}

int store_each_article(store_vtab *vt, const tf_entity_set *set, sqlite3_stmt *stmt,
                       const char *job, store_article_fn fn, void *ctx) {
  /* Progress on stderr (functions/fn_progress.h says when it shows). */
  textfacts_progress meter;
  char label[96];
  snprintf(label, sizeof label, "%s: %s", vt->name, job);
  textfacts_progress_begin(&meter, label, "articles", 0, -1);
  if (textfacts_progress_enabled(&meter)) {
    meter.total = count_content(vt);
    if (meter.total < 0) textfacts_progress_end(&meter, 0);
  }
  int threads = build_threads(vt->entities);
  int rc = threads > 1 ? each_parallel(vt, set, stmt, &meter, threads, fn, ctx)
                       : each_serial(vt, set, stmt, &meter, fn, ctx);
  textfacts_progress_end(&meter, rc == SQLITE_DONE);
  return rc;
}

/* ---------------------------------------------------------------------------
** Build and rebuild */

static int write_article(store_vtab *vt, void *ctx, sqlite3_int64 doc, const tf_document *d) {
  (void)ctx;
  return store_write_rows(vt, doc, d);
}

int store_rebuild(store_vtab *vt, const char *job) {
  int rc = store_prepare_writes(vt);
  if (rc != SQLITE_OK) {
    if (rc != SQLITE_NOMEM)
      textfacts_vtab_error(&vt->base, MODULE ": %s: rebuild: %s", vt->name, sqlite3_errmsg(vt->db));
    return rc;
  }
  textfacts_set_ref *ref;
  rc = textfacts_dictionary_open(vt->entities, &vt->base, MODULE, &ref);
  if (rc != SQLITE_OK) return rc;
  const tf_entity_set *set = textfacts_set_get(ref);
  sqlite3_stmt *stmt = NULL;
  rc = set ? store_exec(vt->db, &vt->base.zErrMsg, "DELETE FROM \"%w\".\"%w_data\"", vt->schema,
                        vt->name)
           : SQLITE_ERROR;
  if (rc == SQLITE_OK) rc = store_select_content(vt, &stmt, "");
  if (rc == SQLITE_OK) rc = store_each_article(vt, set, stmt, job, write_article, NULL);
  if (rc == SQLITE_DONE) rc = SQLITE_OK;
  else if (rc != SQLITE_OK && !vt->base.zErrMsg && rc != SQLITE_NOMEM)
    textfacts_vtab_error(&vt->base, MODULE ": %s: rebuild: %s", vt->name, sqlite3_errmsg(vt->db));
  sqlite3_finalize(stmt);
  textfacts_set_release(ref);
  return rc;
}

/* ---------------------------------------------------------------------------
** The triggers' articles, extracted in threads
**
** An index command (store_write.c) checks its article against the content
** table, then hands it here instead of extracting it: its text is copied into
** the batch being filled, and a full batch goes to the workers, while the
** connection's thread returns to the statement that inserts the next article.
** Rows are stored by the connection's thread, batch after batch in the order
** the commands came, each article's old rows removed first: the same writes,
** in the same order, as extracting each article in its command (the rows and
** their ids are the same). They are stored when a batch is ready and the next
** article comes, and all that is pending when
**   - the statement that sent them ends (xRelease of its statement
**     savepoint: SQLite opens one for every statement that writes through
**     triggers inside a transaction). The statement's changes() count is set
**     after that, so it is the user's; last_insert_rowid() is put back;
**   - the transaction commits (xSync), before SQLite writes the file (a
**     statement outside a transaction has no savepoint: it commits as it
**     ends);
**   - a statement or a SAVEPOINT opens a savepoint (xSavepoint): SQLite calls
**     it before the savepoint begins, so the rows stored then stay when the
**     statement or savepoint is rolled back, and what is pending afterwards
**     was all sent after the newest savepoint began;
**   - the table is read (xFilter), renamed or dropped, or sent any other
**     command (a delete, rebuild, integrity-check).
** So ROLLBACK TO any open savepoint (xRollbackTo: the statement's own, when
** it fails) forgets all that is pending, as ROLLBACK (xRollback) does, and no
** reader of the table sees the difference: when a statement has ended, its
** articles' rows are stored. An article whose storing failed stays pending,
** first in line: storing it again starts by removing what was stored of it.
**
** Workers start when the first batch is full (a transaction of a few articles
** never starts a thread) and stop when the transaction ends. With one thread
** (textfacts_threads() = 1) each command extracts its article itself. */

struct store_pending {
  pool p;
  int threads;
  textfacts_set_ref *ref; /* the set p extracts with */
};

/* (Asked once a transaction: the default reads the CPUs the process may use.) */
int store_pending_wanted(store_vtab *vt) {
  return vt->pending != NULL || build_threads(vt->entities) > 1;
}

/* Stores the articles of b not stored yet, extracting them again first when
** their extraction ran out of memory. */
static int store_batch(store_vtab *vt, batch *b, const tf_entity_set *set) {
  if (b->rc != SQLITE_OK) {
    extract_batch(set, b);
    if (b->rc != SQLITE_OK) return b->rc;
  }
  for (; b->next < b->count; b->next++) {
    const batch_article *a = &b->articles[b->next];
    int rc = store_replace_rows(vt, a->doc, a->has_text ? &b->docs[b->next] : NULL);
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

/* Stores the oldest batches handed over: those extracted already (wait 0),
** or all of them (wait 1), or the oldest alone (wait 2). The connection's
** last_insert_rowid() is the one of the user's statement, not of these rows. */
static int store_batches(store_vtab *vt, int wait) {
  store_pending *q = vt->pending;
  sqlite3_int64 last = sqlite3_last_insert_rowid(vt->db);
  int rc = SQLITE_OK;
  batch *b;
  while (rc == SQLITE_OK && (b = pool_oldest(&q->p, wait != 0)) != NULL) {
    rc = store_batch(vt, b, q->p.set);
    if (rc == SQLITE_OK) pool_release_oldest(&q->p);
    if (wait == 2) break;
  }
  sqlite3_set_last_insert_rowid(vt->db, last);
  return rc;
}

int store_pending_flush(store_vtab *vt) {
  store_pending *q = vt->pending;
  if (!q) return SQLITE_OK;
  batch *b = pool_filling(&q->p);
  if (b && b->count) pool_hand_over(&q->p);
  return store_batches(vt, 1);
}

void store_pending_end(store_vtab *vt) {
  store_pending *q = vt->pending;
  if (!q) return;
  pool_end(&q->p);
  textfacts_set_release(q->ref);
  sqlite3_free(q);
  vt->pending = NULL;
}

int store_pending_add(store_vtab *vt, textfacts_set_ref *ref, sqlite3_int64 doc, int lang,
                      const char *text) {
  store_pending *q = vt->pending;
  const tf_entity_set *set = textfacts_set_get(ref);
  if (q && q->p.set != set) {
    /* The dictionary changed: what is pending is extracted with the set of
    ** its time, all of it before the set changes. */
    int rc = store_pending_flush(vt);
    if (rc != SQLITE_OK) {
      textfacts_set_release(ref);
      return rc;
    }
    store_pending_end(vt);
    q = NULL;
  }
  if (!q) {
    q = sqlite3_malloc64(sizeof *q);
    if (!q) {
      textfacts_set_release(ref);
      return SQLITE_NOMEM;
    }
    q->threads = build_threads(vt->entities);
    q->ref = ref;
    if (pool_init(&q->p, set, q->threads) != SQLITE_OK) {
      sqlite3_free(q);
      textfacts_set_release(ref);
      return SQLITE_NOMEM;
    }
    vt->pending = q;
  } else {
    textfacts_set_release(ref); /* q holds the same set */
  }
  batch *b = pool_filling(&q->p);
  if (!b) {
    /* Every slot is handed over: the oldest is stored to make room. */
    int rc = store_batches(vt, 2);
    if (rc != SQLITE_OK) return rc;
    b = pool_filling(&q->p);
  }
  int rc = batch_add(b, doc, lang, text, 0); /* (its length counts for a build's progress only) */
  if (rc != SQLITE_OK) return rc;
  if (batch_full(b)) {
    pool_start(&q->p, q->threads);
    pool_hand_over(&q->p);
  }
  return store_batches(vt, 0);
}
