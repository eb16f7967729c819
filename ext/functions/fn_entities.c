/*
** entity_sql.c — named entities in SQL.
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
** The user's dictionary. A table main.textfacts_dictionary(alias, name, kind)
** adds to or overrides the built-in aliases. Each connection keeps the set it
** built from it, with two cookies: sqlite3_total_changes() (this connection's
** row changes, committed or not), the main database's data version
** (SQLITE_FCNTL_DATA_VERSION: commits by any connection) and its schema
** version (a table created or dropped, even inside a transaction). When a
** statement starts (xOpen) and a cookie has moved, or the last check was made
** inside a transaction (which a ROLLBACK may undo without moving them), the
** table is read again and hashed; only a different hash rebuilds the set. So
** a change takes effect from the next statement, and a connection that never
** writes pays nothing. Cursors hold a reference to the set they started
** with, so a rebuild never pulls it from under a running statement.
** A row with a NULL or empty alias, a NULL name (except for kind 'ignore') or
** a kind other than org, person, place, product, ignore is an error naming
** the table, the row and the column.
*/
#include "textfacts_sql.h"
#include "tf_entity.h"
#include "tf_lang.h"
#include "tf_lexicon.h"
#include "tf_utf8.h"
#include "tf_words.h"
#include <string.h>
SQLITE_EXTENSION_INIT3

#define DICTIONARY "textfacts_dictionary"

enum entity_column {
  COL_MATCH, COL_NAME, COL_KIND, COL_CODE, COL_START, COL_END, COL_SOURCE, COL_TEXT, COL_LANG
};
#define ENTITY_SCHEMA                                                                     \
  "CREATE TABLE x(\"match\" TEXT, name TEXT, kind TEXT, code TEXT, start INTEGER, "       \
  "\"end\" INTEGER, source TEXT, text HIDDEN, lang HIDDEN)"

/* A set shared by the connection and the cursors that use it. */
typedef struct textfacts_entity_ref shared_set;
struct textfacts_entity_ref {
  tf_entity_set *set; /* NULL: the built-in set */
  int refs;
};

static void shared_set_release(shared_set *s) {
  if (s && --s->refs == 0) {
    tf_entity_set_free(s->set);
    sqlite3_free(s);
  }
}

static const tf_entity_set *shared_set_get(const shared_set *s) {
  return s && s->set ? s->set : tf_entity_builtin();
}

/* Per connection. */
typedef struct textfacts_entities entity_state;
struct textfacts_entities {
  sqlite3 *db;
  shared_set *current;   /* NULL until the dictionary was read once */
  int total_changes;
  unsigned data_version;
  int schema_version;
  sqlite3_uint64 fingerprint; /* of the rows the current set was built from */
  int present;                /* the table existed then */
  int provisional;            /* checked inside a transaction (see refresh) */
};

static void entity_state_free(void *p) {
  entity_state *st = p;
  if (!st) return;
  shared_set_release(st->current);
  sqlite3_free(st);
}

static sqlite3_uint64 hash_bytes(sqlite3_uint64 h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) h = tf_word_hash_byte(h, b[i]);
  return h;
}

static sqlite3_uint64 hash_value(sqlite3_uint64 h, sqlite3_stmt *stmt, int column) {
  int type = sqlite3_column_type(stmt, column);
  unsigned char t = (unsigned char)type;
  h = hash_bytes(h, &t, 1);
  if (type == SQLITE_NULL) return h;
  const unsigned char *text = sqlite3_column_text(stmt, column);
  int n = sqlite3_column_bytes(stmt, column);
  h = hash_bytes(h, &n, sizeof n);
  return text ? hash_bytes(h, text, (size_t)n) : h;
}

/* Prepares the read of the dictionary: SQLITE_OK with *stmt, SQLITE_OK with
** *stmt NULL when there is no such table, or an error (message in *err). */
static int prepare_dictionary(sqlite3 *db, const char *fn, sqlite3_stmt **stmt, char **err) {
  *stmt = NULL;
  int rc = sqlite3_prepare_v2(db,
                              "SELECT rowid, alias, name, kind FROM main." DICTIONARY
                              " ORDER BY rowid",
                              -1, stmt, NULL);
  if (rc == SQLITE_OK) return rc;
  char *message = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  int exists = 0;
  sqlite3_stmt *probe = NULL;
  if (sqlite3_prepare_v2(db,
                         "SELECT 1 FROM main.sqlite_schema WHERE type IN ('table','view') AND "
                         "name = '" DICTIONARY "' COLLATE NOCASE",
                         -1, &probe, NULL) == SQLITE_OK &&
      sqlite3_step(probe) == SQLITE_ROW)
    exists = 1;
  sqlite3_finalize(probe);
  if (rc == SQLITE_NOMEM || !message) {
    sqlite3_free(message);
    return SQLITE_NOMEM;
  }
  if (!exists) {
    sqlite3_free(message);
    return SQLITE_OK;
  }
  *err = sqlite3_mprintf("%s(): cannot read " DICTIONARY
                         " (it needs the columns alias, name, kind): %s", fn,
                         message);
  sqlite3_free(message);
  return SQLITE_ERROR;
}

/* Reads and hashes the rows; when build is set, also checks them and adds
** them to builder b. */
static int read_dictionary(sqlite3 *db, const char *fn, sqlite3_stmt *stmt, tf_entity_builder *b,
                           sqlite3_uint64 *fingerprint, char **err) {
  sqlite3_uint64 h = TF_WORD_HASH_SEED;
  int rc;
  const tf_entity_set *builtin = tf_entity_builtin();
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    for (int c = 1; c <= 3; c++) h = hash_value(h, stmt, c);
    if (!b) continue;
    sqlite3_int64 rowid = sqlite3_column_int64(stmt, 0);
    const char *alias = (const char *)sqlite3_column_text(stmt, 1);
    int alias_len = sqlite3_column_bytes(stmt, 1);
    const char *name = (const char *)sqlite3_column_text(stmt, 2);
    int name_len = sqlite3_column_bytes(stmt, 2);
    const char *kind_text = (const char *)sqlite3_column_text(stmt, 3);
    int kind_len = sqlite3_column_bytes(stmt, 3);
    if (sqlite3_errcode(db) == SQLITE_NOMEM) return SQLITE_NOMEM;
    if (!kind_text) {
      *err = sqlite3_mprintf("%s(): " DICTIONARY " row %lld: kind is NULL "
                             "(expected one of " TF_ENTITY_USER_KINDS ")", fn, rowid);
      return SQLITE_ERROR;
    }
    int kind = tf_entity_kind_parse(kind_text, (size_t)kind_len);
    if (kind < 0) {
      *err = sqlite3_mprintf("%s(): " DICTIONARY " row %lld: kind '%s' is not one "
                             "of " TF_ENTITY_USER_KINDS, fn, rowid, kind_text);
      return SQLITE_ERROR;
    }
    if (!alias || alias_len == 0) {
      *err = sqlite3_mprintf("%s(): " DICTIONARY " row %lld: alias is %s", fn, rowid,
                             alias ? "empty" : "NULL");
      return SQLITE_ERROR;
    }
    if (!name && kind != TF_KIND_IGNORE) {
      *err = sqlite3_mprintf("%s(): " DICTIONARY " row %lld: name is NULL", fn, rowid);
      return SQLITE_ERROR;
    }
    if (name && memchr(name, 0, (size_t)name_len)) name_len = (int)strlen(name);
    /* A place named like a built-in country keeps its ISO code. */
    const char *code = NULL;
    if (kind == TF_KIND_PLACE && name) {
      const char *builtin_name, *builtin_code;
      int builtin_kind;
      if (tf_entity_lookup(builtin, name, (size_t)name_len, &builtin_name, &builtin_kind,
                           &builtin_code) &&
          builtin_kind == TF_KIND_PLACE && builtin_code[0])
        code = builtin_code;
    }
    int added = tf_entity_builder_add(b, alias, (size_t)alias_len, name ? name : alias,
                                      name ? (size_t)name_len : (size_t)alias_len, kind, code,
                                      TF_SOURCE_DICTIONARY);
    if (added == TF_ENTITY_NOMEM) return SQLITE_NOMEM;
    if (added == TF_ENTITY_BAD_ALIAS) {
      const char *why = alias_len > 400 ? "is longer than 400 bytes"
                        : memchr(alias, 0, (size_t)alias_len) ? "contains a NUL"
                        : !tf_utf8_valid((const unsigned char *)alias, (size_t)alias_len) ? "is not valid UTF-8"
                                                                  : "is blank";
      *err = sqlite3_mprintf("%s(): " DICTIONARY " row %lld: alias %s", fn, rowid, why);
      return SQLITE_ERROR;
    }
  }
  if (rc != SQLITE_DONE) {
    *err = sqlite3_mprintf("%s(): cannot read " DICTIONARY ": %s", fn,
                           sqlite3_errmsg(db));
    return rc;
  }
  *fingerprint = h;
  return SQLITE_OK;
}

/* Brings st->current up to date with the dictionary (see the header). */
static int refresh(entity_state *st, const char *fn, char **err) {
  sqlite3 *db = st->db;
  int changes = sqlite3_total_changes(db);
  unsigned data_version = 0;
  if (sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, &data_version) != SQLITE_OK)
    data_version = 0;
  int schema_version = 0;
  sqlite3_stmt *pragma = NULL;
  int rc = sqlite3_prepare_v2(db, "PRAGMA main.schema_version", -1, &pragma, NULL);
  if (rc == SQLITE_OK && sqlite3_step(pragma) == SQLITE_ROW)
    schema_version = sqlite3_column_int(pragma, 0);
  sqlite3_finalize(pragma);
  if (rc == SQLITE_NOMEM) return rc;
  /* Inside a transaction the cookies cannot tell a ROLLBACK: until a check
  ** happens outside one, every statement compares the table's hash. */
  if (st->current && !st->provisional && changes == st->total_changes &&
      data_version == st->data_version && schema_version == st->schema_version)
    return SQLITE_OK;
  sqlite3_stmt *stmt;
  rc = prepare_dictionary(db, fn, &stmt, err);
  if (rc != SQLITE_OK) return rc;
  sqlite3_uint64 fingerprint = 0;
  int present = stmt != NULL;
  if (stmt) {
    rc = read_dictionary(db, fn, stmt, NULL, &fingerprint, err);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK) return rc;
  }
  if (!st->current || present != st->present || fingerprint != st->fingerprint) {
    shared_set *next = sqlite3_malloc(sizeof(*next));
    if (!next) return SQLITE_NOMEM;
    next->set = NULL;
    next->refs = 1;
    if (present) {
      tf_entity_builder *b = tf_entity_builder_new();
      rc = b ? prepare_dictionary(db, fn, &stmt, err) : SQLITE_NOMEM;
      if (rc == SQLITE_OK && b && tf_entity_builder_add_set(b, tf_entity_builtin()))
        rc = SQLITE_NOMEM;
      if (rc == SQLITE_OK && stmt) rc = read_dictionary(db, fn, stmt, b, &fingerprint, err);
      sqlite3_finalize(stmt);
      if (rc == SQLITE_OK) {
        next->set = tf_entity_build(b);
        b = NULL;
        if (!next->set) rc = SQLITE_NOMEM;
      }
      tf_entity_builder_free(b);
      if (rc != SQLITE_OK) {
        sqlite3_free(next);
        return rc;
      }
    }
    shared_set_release(st->current);
    st->current = next;
    st->present = present;
    st->fingerprint = fingerprint;
  }
  st->total_changes = changes;
  st->data_version = data_version;
  st->schema_version = schema_version;
  st->provisional = present && !sqlite3_get_autocommit(db);
  return SQLITE_OK;
}

int textfacts_entities_open(textfacts_entities *st, sqlite3_vtab *vtab, const char *fn,
                            textfacts_entity_ref **ref) {
  *ref = NULL;
  char *err = NULL;
  int rc = refresh(st, fn, &err);
  if (rc != SQLITE_OK) {
    if (err) {
      sqlite3_free(vtab->zErrMsg);
      vtab->zErrMsg = err;
    }
    return rc;
  }
  *ref = st->current;
  (*ref)->refs++;
  return SQLITE_OK;
}

const tf_entity_set *textfacts_entities_set(const textfacts_entity_ref *ref) {
  return shared_set_get(ref);
}

void textfacts_entities_release(textfacts_entity_ref *ref) { shared_set_release(ref); }

/* ------------------------------------------------------------------------ */
/* The table-valued function. */

typedef struct entity_vtab {
  sqlite3_vtab base;
  entity_state *state;
} entity_vtab;

typedef struct entity_cursor {
  sqlite3_vtab_cursor base;
  shared_set *set;
  char *text;
  int text_len;
  int lang;
  tf_entity_list list;
  size_t index;
  tf_cp_counter counter;
  sqlite3_int64 start_cp, end_cp;
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
  shared_set *set;
  int rc = textfacts_entities_open(vtab->state, base, "extract_entities", &set);
  if (rc != SQLITE_OK) return rc;
  entity_cursor *cur = sqlite3_malloc(sizeof(*cur));
  if (!cur) {
    shared_set_release(set);
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
  shared_set_release(cur->set);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static void entity_position(entity_cursor *cur) {
  if (cur->index < cur->list.count) {
    const tf_entity_mention *m = &cur->list.items[cur->index];
    cur->start_cp = tf_cp_advance(&cur->counter, m->start);
    cur->end_cp = tf_cp_advance(&cur->counter, m->end);
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
  const tf_entity_set *set = shared_set_get(cur->set);
  if (!set) return SQLITE_ERROR;
  if (tf_entity_extract(set, (const unsigned char *)cur->text, len, cur->lang,
                        &cur->list) != 0)
    return SQLITE_NOMEM;
  tf_cp_counter_init(&cur->counter, (const unsigned char *)cur->text);
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
    case COL_START: sqlite3_result_int64(ctx, cur->start_cp); break;
    case COL_END: sqlite3_result_int64(ctx, cur->end_cp); break;
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
  entity_state *st = sqlite3_user_data(ctx);
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  const char *text = (const char *)sqlite3_value_text(argv[0]);
  int len = sqlite3_value_bytes(argv[0]);
  if (!text) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  char *err = NULL;
  int rc = refresh(st, "entity_name", &err);
  if (rc != SQLITE_OK) {
    if (err) sqlite3_result_error(ctx, err, -1);
    else if (rc == SQLITE_NOMEM) sqlite3_result_error_nomem(ctx);
    else sqlite3_result_error_code(ctx, rc);
    sqlite3_free(err);
    return;
  }
  const char *name, *code;
  int kind;
  if (tf_entity_lookup(shared_set_get(st->current), text, (size_t)len, &name, &kind, &code))
    sqlite3_result_text(ctx, name, -1, SQLITE_TRANSIENT);
}

int textfacts_register_entities(sqlite3 *db, char **pzErrMsg, textfacts_entities **state) {
  *state = NULL;
  if (!tf_entity_builtin()) {
    if (pzErrMsg)
      *pzErrMsg = sqlite3_mprintf("textfacts: cannot build the built-in entities: %s",
                                  tf_entity_builtin_error());
    return SQLITE_ERROR;
  }
  entity_state *st = sqlite3_malloc(sizeof(*st));
  if (!st) return SQLITE_NOMEM;
  memset(st, 0, sizeof(*st));
  st->db = db;
  int rc = sqlite3_create_module_v2(db, "extract_entities", &entity_module, st,
                                    entity_state_free);
  if (rc != SQLITE_OK) {
    if (pzErrMsg)
      *pzErrMsg = sqlite3_mprintf("textfacts: cannot register extract_entities: %s",
                                  sqlite3_errmsg(db));
    return rc;
  }
  /* The module owns st now; the function and the other modules borrow it (same
  ** connection, destroyed together when it closes). */
  *state = st;
  rc = sqlite3_create_function(db, "entity_name", 1, SQLITE_UTF8, st, entity_name_function,
                               NULL, NULL);
  if (rc != SQLITE_OK && pzErrMsg)
    *pzErrMsg = sqlite3_mprintf("textfacts: cannot register entity_name(): %s",
                                sqlite3_errmsg(db));
  return rc;
}
