/* fn_common.c — see fn_common.h. */
#include "fn_common.h"
#include "core/tf_qualifier.h"
#include <stdarg.h>
#include <string.h>
SQLITE_EXTENSION_INIT3

int textfacts_register_functions(sqlite3 *db, char **pzErrMsg, const textfacts_function *functions,
                                 size_t count, void *p) {
  for (size_t i = 0; i < count; i++) {
    int rc = sqlite3_create_function(db, functions[i].name, functions[i].n_arg,
                                     SQLITE_UTF8 | functions[i].flags, p, functions[i].fn, NULL,
                                     NULL);
    if (rc != SQLITE_OK) {
      if (pzErrMsg)
        *pzErrMsg = sqlite3_mprintf("textfacts: cannot register %s(): %s", functions[i].name,
                                    sqlite3_errmsg(db));
      return rc;
    }
  }
  return SQLITE_OK;
}

int textfacts_register_module(sqlite3 *db, char **pzErrMsg, const char *name,
                              const sqlite3_module *module, void *aux, void (*destroy)(void *)) {
  int rc = sqlite3_create_module_v2(db, name, module, aux, destroy);
  if (rc != SQLITE_OK && pzErrMsg)
    *pzErrMsg = sqlite3_mprintf("textfacts: cannot register %s: %s", name, sqlite3_errmsg(db));
  return rc;
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
  (void)vtab;
  (void)fn;
  if (text_index < 0 && text_seen) return SQLITE_CONSTRAINT; /* another plan will supply it */
  if (lang_unusable && lang_index < 0) return SQLITE_CONSTRAINT;
  int idx_num = 0, argv_index = 1;
  if (text_index >= 0) {
    idx_num |= 1;
    info->aConstraintUsage[text_index].argvIndex = argv_index++;
    info->aConstraintUsage[text_index].omit = 1;
  }
  if (lang_index >= 0) {
    idx_num |= 2;
    info->aConstraintUsage[lang_index].argvIndex = argv_index++;
    info->aConstraintUsage[lang_index].omit = 1;
  }
  info->idxNum = idx_num;
  /* No text at all: in a plan SQLite only tries (the terms of an OR are
  ** planned one by one) or in a call without the argument. Refusing it would
  ** fail the whole statement, so it is a plan of its own, dearer than any
  ** other: when it is the one SQLite runs, xFilter says the argument is
  ** missing. */
  info->estimatedCost = text_index >= 0 ? 1000 : 1e300;
  info->estimatedRows = text_index >= 0 ? 10 : 2147483647;
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
  if (!(idx_num & 1)) {
    textfacts_vtab_error(cursor->pVtab, "%s(): missing argument 'text'", fn);
    return SQLITE_ERROR;
  }
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

int textfacts_lang_argument(sqlite3_context *ctx, const char *fn, int argc, sqlite3_value **argv,
                            int index) {
  if (index >= argc || sqlite3_value_type(argv[index]) == SQLITE_NULL) return TF_LANG_AUTO;
  const char *name = (const char *)sqlite3_value_text(argv[index]);
  int n = sqlite3_value_bytes(argv[index]);
  if (!name) {
    sqlite3_result_error_nomem(ctx);
    return -1;
  }
  int lang = tf_lang_parse(name, (size_t)n);
  if (lang < 0) {
    char *message = sqlite3_mprintf(TEXTFACTS_UNKNOWN_LANG_FORMAT, fn, name);
    if (message) {
      sqlite3_result_error(ctx, message, -1);
      sqlite3_free(message);
    } else {
      sqlite3_result_error_nomem(ctx);
    }
  }
  return lang;
}

int textfacts_text_argument(sqlite3_context *ctx, sqlite3_value *value, const char **text,
                            int *len) {
  if (sqlite3_value_type(value) == SQLITE_NULL) return 0;
  *text = (const char *)sqlite3_value_text(value);
  if (len) *len = sqlite3_value_bytes(value);
  if (!*text) {
    sqlite3_result_error_nomem(ctx);
    return -1;
  }
  return 1;
}

static void result_optional_double(sqlite3_context *ctx, int has, double v) {
  if (has) sqlite3_result_double(ctx, v);
  else sqlite3_result_null(ctx);
}

void textfacts_money_column(sqlite3_context *ctx, const char *text, const tf_money *m, int column) {
  switch (column) {
    case TEXTFACTS_MATCH:
      sqlite3_result_text(ctx, text + m->start, (int)(m->end - m->start), SQLITE_TRANSIENT);
      break;
    case TEXTFACTS_AMOUNT: result_optional_double(ctx, m->has_amount, m->amount); break;
    case TEXTFACTS_CURRENCY: sqlite3_result_text(ctx, m->currency, -1, SQLITE_TRANSIENT); break;
    case TEXTFACTS_QUALIFIER:
      sqlite3_result_text(ctx, tf_qualifier_name(m->qualifier), -1, SQLITE_STATIC);
      break;
    case TEXTFACTS_LOW: result_optional_double(ctx, m->has_low, m->low); break;
    case TEXTFACTS_HIGH: result_optional_double(ctx, m->has_high, m->high); break;
  }
}
