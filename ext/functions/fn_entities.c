/*
** fn_entities.c — named entities in SQL.
**
**   SELECT * FROM extract_entities('ByteDance a investi en Malaisie.');
**   SELECT a.id, e.name, e.kind FROM articles a, extract_entities(a.body, a.lang) e;
**   SELECT entity_name('Etats-Unis');            -- 'United States'
**
** extract_entities is an eponymous table-valued function with this schema:
**
**   CREATE TABLE x(match TEXT, name TEXT, kind TEXT, code TEXT, start INTEGER,
**                  end INTEGER, source TEXT, text HIDDEN, lang HIDDEN)
**
** One row per mention, in text order; offsets as in extract_money.
**
** The connection's entities, textfacts_dictionary included, come from
** fn_dictionary.h.
*/
#include "functions.h"
#include "fn_common.h"
#include "fn_dictionary.h"
#include "core/tf_core.h"
#include "core/tf_entity.h"
#include "core/tf_lang.h"
#include "core/tf_utf8.h"
#include <string.h>
SQLITE_EXTENSION_INIT3

enum entity_column {
  COL_MATCH,
  COL_NAME,
  COL_KIND,
  COL_CODE,
  COL_START,
  COL_END,
  COL_SOURCE,
  COL_TEXT,
  COL_LANG
};
#define ENTITY_SCHEMA                                                               \
  "CREATE TABLE x(\"match\" TEXT, name TEXT, kind TEXT, code TEXT, start INTEGER, " \
  "\"end\" INTEGER, source TEXT, text HIDDEN, lang HIDDEN)"

/* ------------------------------------------------------------------------ */
/* The table-valued function. */

typedef struct entity_vtab {
  sqlite3_vtab base;
  textfacts_dictionary *state;
} entity_vtab;

typedef struct entity_cursor {
  sqlite3_vtab_cursor base;
  textfacts_set_ref *set;
  char *text;
  int text_len;
  int lang;
  tf_entity_list list;
  size_t index;
  textfacts_offsets offsets;
} entity_cursor;

static int entity_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                          sqlite3_vtab **out, char **err) {
  (void)argc;
  (void)argv;
  (void)err;
  int rc = sqlite3_declare_vtab(db, ENTITY_SCHEMA);
  if (rc != SQLITE_OK) return rc;
  entity_vtab *vtab = sqlite3_malloc(sizeof(*vtab));
  if (!vtab) return SQLITE_NOMEM;
  memset(vtab, 0, sizeof(*vtab));
  vtab->state = aux;
  /* Not SQLITE_VTAB_INNOCUOUS: it reads a table of the database. */
  *out = &vtab->base;
  return SQLITE_OK;
}

static int entity_disconnect(sqlite3_vtab *vtab) {
  sqlite3_free(vtab->zErrMsg);
  sqlite3_free(vtab);
  return SQLITE_OK;
}

static int entity_open(sqlite3_vtab *base, sqlite3_vtab_cursor **out) {
  entity_vtab *vtab = (entity_vtab *)base;
  textfacts_set_ref *set;
  int rc = textfacts_dictionary_open(vtab->state, base, "extract_entities", &set);
  if (rc != SQLITE_OK) return rc;
  entity_cursor *cur = sqlite3_malloc(sizeof(*cur));
  if (!cur) {
    textfacts_set_release(set);
    return SQLITE_NOMEM;
  }
  memset(cur, 0, sizeof(*cur));
  cur->set = set;
  *out = &cur->base;
  return SQLITE_OK;
}

static void entity_reset(entity_cursor *cur) {
  sqlite3_free(cur->text);
  cur->text = NULL;
  cur->text_len = 0;
  cur->list.count = 0;
  cur->index = 0;
}

static int entity_close(sqlite3_vtab_cursor *base) {
  entity_cursor *cur = (entity_cursor *)base;
  entity_reset(cur);
  tf_entity_list_free(&cur->list);
  textfacts_set_release(cur->set);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static void entity_position(entity_cursor *cur) {
  if (cur->index < cur->list.count) {
    const tf_entity_mention *m = &cur->list.items[cur->index];
    textfacts_offsets_row(&cur->offsets, m->start, m->end);
  }
}

static int entity_next(sqlite3_vtab_cursor *base) {
  entity_cursor *cur = (entity_cursor *)base;
  cur->index++;
  entity_position(cur);
  return SQLITE_OK;
}

static int entity_filter(sqlite3_vtab_cursor *base, int idx_num, const char *idx_str, int argc,
                         sqlite3_value **argv) {
  (void)idx_str;
  entity_cursor *cur = (entity_cursor *)base;
  entity_reset(cur);
  int rc = textfacts_filter_args(base, "extract_entities", idx_num, argc, argv, &cur->lang,
                                 &cur->text, &cur->text_len);
  if (rc != SQLITE_OK || !cur->text) return rc;
  /* The text ends at its first NUL, as for SQLite's text functions. */
  size_t len = strlen(cur->text);
  cur->text_len = (int)len;
  const tf_entity_set *set = textfacts_set_get(cur->set);
  if (!set) return SQLITE_ERROR;
  if (tf_entity_extract(set, (const unsigned char *)cur->text, len, cur->lang, &cur->list) != TF_OK)
    return SQLITE_NOMEM;
  textfacts_offsets_init(&cur->offsets, cur->text);
  cur->index = 0;
  entity_position(cur);
  return SQLITE_OK;
}

static int entity_eof(sqlite3_vtab_cursor *base) {
  entity_cursor *cur = (entity_cursor *)base;
  return cur->index >= cur->list.count;
}

static int entity_column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int column) {
  entity_cursor *cur = (entity_cursor *)base;
  const tf_entity_mention *m = &cur->list.items[cur->index];
  switch (column) {
    case COL_MATCH:
      sqlite3_result_text(ctx, cur->text + m->start, (int)(m->end - m->start), SQLITE_TRANSIENT);
      break;
    case COL_NAME: sqlite3_result_text(ctx, m->name, (int)m->name_len, SQLITE_TRANSIENT); break;
    case COL_KIND: sqlite3_result_text(ctx, tf_entity_kind_name(m->kind), -1, SQLITE_STATIC); break;
    case COL_CODE:
      if (m->code[0]) sqlite3_result_text(ctx, m->code, 2, SQLITE_TRANSIENT);
      else sqlite3_result_null(ctx);
      break;
    case COL_START: sqlite3_result_int64(ctx, textfacts_offset(&cur->offsets, 0)); break;
    case COL_END: sqlite3_result_int64(ctx, textfacts_offset(&cur->offsets, 1)); break;
    case COL_SOURCE:
      sqlite3_result_text(ctx, tf_entity_source_name(m->source), -1, SQLITE_STATIC);
      break;
    case COL_TEXT: sqlite3_result_text(ctx, cur->text, cur->text_len, SQLITE_TRANSIENT); break;
    case COL_LANG: sqlite3_result_text(ctx, tf_lang_name(cur->lang), -1, SQLITE_STATIC); break;
  }
  return SQLITE_OK;
}

static int entity_rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid) {
  *rowid = (sqlite3_int64)((entity_cursor *)base)->index + 1;
  return SQLITE_OK;
}

static int entity_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info) {
  return textfacts_best_index(vtab, info, "extract_entities", COL_TEXT, COL_LANG);
}

static sqlite3_module entity_module = {
  .iVersion = 0,
  .xCreate = NULL, /* eponymous only */
  .xConnect = entity_connect,
  .xBestIndex = entity_best_index,
  .xDisconnect = entity_disconnect,
  .xDestroy = entity_disconnect,
  .xOpen = entity_open,
  .xClose = entity_close,
  .xFilter = entity_filter,
  .xNext = entity_next,
  .xEof = entity_eof,
  .xColumn = entity_column,
  .xRowid = entity_rowid,
};

/* ------------------------------------------------------------------------ */
/* entity_name(alias), entity_kind(alias): the dictionary as a function. */

static void entity_name_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  textfacts_dictionary *st = sqlite3_user_data(ctx);
  const char *text;
  int len;
  if (textfacts_text_argument(ctx, argv[0], &text, &len) <= 0) return;
  char *err = NULL;
  int rc = textfacts_dictionary_refresh(st, "entity_name", &err);
  if (rc != SQLITE_OK) {
    if (err) sqlite3_result_error(ctx, err, -1);
    else if (rc == SQLITE_NOMEM) sqlite3_result_error_nomem(ctx);
    else sqlite3_result_error_code(ctx, rc);
    sqlite3_free(err);
    return;
  }
  const char *name, *code;
  int kind;
  if (tf_entity_lookup(textfacts_dictionary_set(st), text, (size_t)len, &name, &kind, &code))
    sqlite3_result_text(ctx, name, -1, SQLITE_TRANSIENT);
}

int textfacts_register_entities(sqlite3 *db, char **pzErrMsg, textfacts_dictionary *dictionary) {
  /* The module owns the dictionary state (freed with the connection); the
  ** function and the other modules borrow it. */
  int rc = textfacts_register_module(db, pzErrMsg, "extract_entities", &entity_module, dictionary,
                                     textfacts_dictionary_free);
  static const textfacts_function functions[] = {
    /* Reads a table: neither deterministic nor innocuous. */
    {"entity_name", 1, 0, entity_name_function},
  };
  if (rc == SQLITE_OK) rc = textfacts_register_functions(db, pzErrMsg, functions, 1, dictionary);
  if (rc == SQLITE_OK) {
    rc = textfacts_dictionary_register(db, dictionary);
    if (rc != SQLITE_OK && pzErrMsg)
      *pzErrMsg = sqlite3_mprintf("textfacts: cannot register textfacts_dictionary_changed(): %s",
                                  sqlite3_errmsg(db));
  }
  return rc;
}
