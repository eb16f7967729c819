/*
** textfacts.c — the extension's entry point.
**
**   .load ./dist/textfacts            (sqlite3 shell)
**   SELECT load_extension('./dist/textfacts');
**   sqlite3_auto_extension(sqlite3_textfacts_init)   (static library)
**
** Registers, stopping at the first failure with a message that names it:
**   textfacts_version()  the version of this build
**   textfacts_debug()    version, SQLite, PCRE2 and ICU versions, PCRE2 JIT use
**   extract_money, money_json, parse_amount, currency_code  (money_sql.c)
**   extract_entities, entity_name                           (entity_sql.c)
**   extract_facts, extract_sentences                        (facts_sql.c)
**   the textfacts virtual table module                      (store_sql.c)
**   first_date, valid_utf8, money_convert                   (corpus_sql.c)
**
** Everything the recognisers allocate goes through sqlite3_malloc64.
*/
#include "textfacts.h"
#include "textfacts_sql.h"
#include "tf_alloc.h"
#include "tf_cue.h"
#include "tf_lang.h"
#include "tf_lexicon.h"
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <unicode/uversion.h>
SQLITE_EXTENSION_INIT1

static void *sqlite_malloc(size_t n) { return sqlite3_malloc64(n); }
static void *sqlite_realloc(void *p, size_t n) { return sqlite3_realloc64(p, n); }
static void sqlite_free(void *p) { sqlite3_free(p); }

/* Installed once, before the first allocation of the recognisers. */
static pthread_once_t allocator_once = PTHREAD_ONCE_INIT;
static void install_allocator(void) {
  static const tf_allocator allocator = {sqlite_malloc, sqlite_realloc, sqlite_free};
  tf_set_allocator(&allocator);
}

void textfacts_vtab_error(sqlite3_vtab *vtab, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  sqlite3_free(vtab->zErrMsg);
  vtab->zErrMsg = sqlite3_vmprintf(format, ap);
  va_end(ap);
}

int textfacts_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info, const char *fn,
                         int text_column, int lang_column) {
  int text_index = -1, lang_index = -1, text_seen = 0, lang_unusable = 0;
  for (int i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    if (c->iColumn != text_column && c->iColumn != lang_column) continue;
    if (c->iColumn == text_column) text_seen = 1;
    if (!c->usable) {
      /* lang from a table joined later: only a plan that has it is right,
      ** or the function would run with 'auto' and SQLite drop every row. */
      if (c->iColumn == lang_column && c->op == SQLITE_INDEX_CONSTRAINT_EQ) lang_unusable = 1;
      continue;
    }
    if (c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (c->iColumn == text_column) text_index = i;
    else lang_index = i;
  }
  if (text_index < 0) {
    if (text_seen) return SQLITE_CONSTRAINT; /* another plan will supply it */
    textfacts_vtab_error(vtab, "%s(): missing argument 'text'", fn);
    return SQLITE_ERROR;
  }
  if (lang_unusable && lang_index < 0) return SQLITE_CONSTRAINT;
  int idx_num = 1, argv_index = 1;
  info->aConstraintUsage[text_index].argvIndex = argv_index++;
  info->aConstraintUsage[text_index].omit = 1;
  if (lang_index >= 0) {
    idx_num |= 2;
    info->aConstraintUsage[lang_index].argvIndex = argv_index++;
    info->aConstraintUsage[lang_index].omit = 1;
  }
  info->idxNum = idx_num;
  info->estimatedCost = 1000;
  info->estimatedRows = 10;
  return SQLITE_OK;
}

int textfacts_filter_args(sqlite3_vtab_cursor *cursor, const char *fn, int idx_num, int argc,
                          sqlite3_value **argv, int *lang, char **text, int *text_len) {
  int arg = 0;
  sqlite3_value *text_value = (idx_num & 1) && arg < argc ? argv[arg++] : NULL;
  sqlite3_value *lang_value = (idx_num & 2) && arg < argc ? argv[arg++] : NULL;
  *lang = TF_LANG_AUTO;
  *text = NULL;
  *text_len = 0;
  if (lang_value && sqlite3_value_type(lang_value) != SQLITE_NULL) {
    const char *name = (const char *)sqlite3_value_text(lang_value);
    if (!name) return SQLITE_NOMEM;
    *lang = tf_lang_parse(name, (size_t)sqlite3_value_bytes(lang_value));
    if (*lang < 0) {
      textfacts_vtab_error(cursor->pVtab, TEXTFACTS_UNKNOWN_LANG_FORMAT, fn, name);
      return SQLITE_ERROR;
    }
  }
  if (!text_value || sqlite3_value_type(text_value) == SQLITE_NULL) return SQLITE_OK;
  const unsigned char *value = sqlite3_value_text(text_value);
  int len = sqlite3_value_bytes(text_value);
  if (!value) return SQLITE_NOMEM;
  *text = sqlite3_malloc64((sqlite3_uint64)len + 1);
  if (!*text) return SQLITE_NOMEM;
  memcpy(*text, value, (size_t)len);
  (*text)[len] = 0;
  *text_len = len;
  return SQLITE_OK;
}

int textfacts_core_ready(char **message) {
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
  char *text = sqlite3_mprintf(
      "textfacts %s\nsqlite %s\npcre2 %s\nicu %s\npcre2 jit: %s", TEXTFACTS_VERSION,
      sqlite3_libversion(), pcre2_version, U_ICU_VERSION,
      tf_cue_jit_in_use() ? "in use" : (jit_available ? "available, not in use" : "not available"));
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
  SQLITE_EXTENSION_INIT2(pApi);
  pthread_once(&allocator_once, install_allocator);
  int rc = textfacts_core_ready(pzErrMsg);
  if (rc != SQLITE_OK) return rc;
  static const struct {
    const char *name;
    int flags;
    void (*fn)(sqlite3_context *, int, sqlite3_value **);
  } functions[] = {
    {"textfacts_version", SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, version_function},
    {"textfacts_debug", SQLITE_UTF8 | SQLITE_INNOCUOUS, debug_function},
  };
  for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++) {
    rc = sqlite3_create_function(db, functions[i].name, 0, functions[i].flags, NULL,
                                 functions[i].fn, NULL, NULL);
    if (rc != SQLITE_OK) {
      if (pzErrMsg)
        *pzErrMsg = sqlite3_mprintf("textfacts: cannot register %s(): %s", functions[i].name,
                                    sqlite3_errmsg(db));
      return rc;
    }
  }
  rc = textfacts_register_money(db, pzErrMsg);
  textfacts_entities *entities = NULL;
  if (rc == SQLITE_OK) rc = textfacts_register_entities(db, pzErrMsg, &entities);
  if (rc == SQLITE_OK) rc = textfacts_register_facts(db, pzErrMsg, entities);
  if (rc == SQLITE_OK) rc = textfacts_register_store(db, pzErrMsg, entities);
  if (rc == SQLITE_OK) rc = textfacts_register_corpus(db, pzErrMsg);
  return rc;
}
