/*
** textfacts.c — the extension's entry point.
**
**   .load ./dist/textfacts            (sqlite3 shell)
**   SELECT load_extension('./dist/textfacts');
**   sqlite3_auto_extension(sqlite3_textfacts_init)   (static library)
**
** Initialises the core once per process (core/tf_core.h), then registers,
** stopping at the first failure with a message that names it:
**   textfacts_version()  the version of this build
**   textfacts_debug()    version, SQLite, PCRE2 (linked in) and the ICU/CLDR of the
**                        tables made at build time, PCRE2 JIT use
**   extract_money, money_json, parse_amount, currency_code  (functions/fn_money.c)
**   extract_entities, entity_name                           (functions/fn_entities.c)
**   extract_facts, extract_sentences                        (functions/fn_facts.c)
**   first_date, valid_utf8, money_convert                   (functions/fn_corpus.c)
**   the textfacts virtual table module, textfacts_threads() (store/)
**
** Everything the core allocates goes through sqlite3_malloc64.
**
** The oldest SQLite it works with is TEXTFACTS_MIN_SQLITE (textfacts.h says why);
** on an older one the load fails with a message that names both versions.
*/
#include "textfacts.h"
#include "core/tf_alloc.h"
#include "core/tf_core.h"
#include "core/tf_icu_data.h"
#include "core/tf_qualifier.h"
#include "core/tf_regex.h"
#include "functions/fn_common.h"
#include "functions/functions.h"
#include "store/store.h"
#include <pthread.h>
SQLITE_EXTENSION_INIT1

/* Refuses an SQLite older than TEXTFACTS_MIN_SQLITE (its routines table ends
** before the newer routines, and its SQL lacks sqlite_schema): SQLITE_ERROR and
** a message naming both versions, before anything else is called. */
static int sqlite_new_enough(char **message) {
  int have = sqlite3_libversion_number();
  if (have >= TEXTFACTS_MIN_SQLITE) return SQLITE_OK;
  if (message)
    *message = sqlite3_mprintf("textfacts: needs SQLite %d.%d.%d or later; this is SQLite %d.%d.%d",
                               TEXTFACTS_MIN_SQLITE / 1000000, TEXTFACTS_MIN_SQLITE / 1000 % 1000,
                               TEXTFACTS_MIN_SQLITE % 1000, have / 1000000, have / 1000 % 1000,
                               have % 1000);
  return SQLITE_ERROR;
}

static void *sqlite_malloc(size_t n) { return sqlite3_malloc64(n); }
static void *sqlite_realloc(void *p, size_t n) { return sqlite3_realloc64(p, n); }
static void sqlite_free(void *p) { sqlite3_free(p); }

/* Installed once, before the first allocation of the core. */
static pthread_once_t allocator_once = PTHREAD_ONCE_INIT;
static void install_allocator(void) {
  static const tf_allocator allocator = {sqlite_malloc, sqlite_realloc, sqlite_free};
  tf_set_allocator(&allocator);
}

/* The core's initialisation as an SQLite result code. */
static int core_ready(char **message) {
  int rc = tf_core_init();
  if (rc == TF_OK) return SQLITE_OK;
  if (message) *message = sqlite3_mprintf("textfacts: cannot initialise: %s", tf_core_error());
  return rc == TF_NOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
}

static void version_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  sqlite3_result_text(ctx, TEXTFACTS_VERSION, -1, SQLITE_STATIC);
}

static void debug_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  char pcre2_version[64] = "";
  pcre2_config(PCRE2_CONFIG_VERSION, pcre2_version);
  uint32_t jit_available = 0;
  pcre2_config(PCRE2_CONFIG_JIT, &jit_available);
  /* PCRE2 is linked in (its version is the one built in); ICU is not: the tables made
  ** from it at build time name the ICU and CLDR they came from (core/tf_icu_data.h). */
  char *text = sqlite3_mprintf(
    "textfacts %s\nsqlite %s\npcre2 %s (linked in)\nicu %s, cldr %s, unicode %s (tables made at "
    "build time)\npcre2 jit: %s",
    TEXTFACTS_VERSION, sqlite3_libversion(), pcre2_version, tf_icu_version, tf_cldr_version,
    tf_unicode_version,
    tf_qualifier_jit_in_use() ? "in use"
                              : (jit_available ? "available, not in use" : "not available"));
  if (!text) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, text, -1, sqlite3_free);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
  __attribute__((visibility("default"))) int sqlite3_textfacts_init(
    sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi) {
#ifndef SQLITE_CORE
  /* Every load passes the same routines: the pointer is written once, under a
  ** lock, so that loading into one connection never writes it while another
  ** thread calls SQLite through it (a data race ThreadSanitizer reports when
  ** threads load the extension at once; tests/test_threads.c --load). */
  static pthread_mutex_t api_lock = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&api_lock);
  if (sqlite3_api != pApi) SQLITE_EXTENSION_INIT2(pApi);
  pthread_mutex_unlock(&api_lock);
#else
  (void)pApi;
#endif
  int rc = sqlite_new_enough(pzErrMsg);
  if (rc != SQLITE_OK) return rc;
  pthread_once(&allocator_once, install_allocator);
  rc = core_ready(pzErrMsg);
  if (rc != SQLITE_OK) return rc;
  static const textfacts_function functions[] = {
    {"textfacts_version", 0, SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, version_function},
    {"textfacts_debug", 0, SQLITE_INNOCUOUS, debug_function},
  };
  rc = textfacts_register_functions(db, pzErrMsg, functions, sizeof functions / sizeof functions[0],
                                    NULL);
  if (rc == SQLITE_OK) rc = textfacts_register_money(db, pzErrMsg);
  /* The connection's dictionary state: owned by the extract_entities module,
  ** read by extract_facts and the textfacts table. */
  textfacts_dictionary *dictionary = NULL;
  if (rc == SQLITE_OK) {
    dictionary = textfacts_dictionary_new(db);
    if (!dictionary) rc = SQLITE_NOMEM;
  }
  if (rc == SQLITE_OK) rc = textfacts_register_entities(db, pzErrMsg, dictionary);
  if (rc == SQLITE_OK) rc = textfacts_register_facts(db, pzErrMsg, dictionary);
  if (rc == SQLITE_OK) rc = textfacts_register_store(db, pzErrMsg, dictionary);
  if (rc == SQLITE_OK) rc = textfacts_register_corpus(db, pzErrMsg);
  if (rc == SQLITE_OK) rc = textfacts_register_progress(db, pzErrMsg);
  return rc;
}
