/*
** store_main.c — the textfacts virtual table: the facts of an article table,
** extracted once, kept current by triggers, answered from indexes.
**
**   CREATE VIRTUAL TABLE article_facts USING textfacts(
**     content = 'articles', column = 'body',   -- required
**     content_rowid = 'id',                    -- default: its INTEGER PRIMARY KEY
**     lang = 'fr'                              -- or lang_column = 'lang'; default auto
**   );
**   SELECT doc, amount, currency, entity, year FROM article_facts
**    WHERE kind = 'money' AND currency = 'USD' AND amount > 1e9;
**   INSERT INTO article_facts(article_facts) VALUES('rebuild');
**   INSERT INTO article_facts(article_facts) VALUES('integrity-check');
**
** The table's schema:
**
**   CREATE TABLE x(doc INTEGER, kind TEXT, match TEXT, start INTEGER, end INTEGER,
**                  sentence INTEGER, amount REAL, currency TEXT, qualifier TEXT,
**                  low REAL, high REAL, entity TEXT, entity_kind TEXT, what TEXT,
**                  counterparty TEXT, counterparty_kind TEXT, year INTEGER,
**                  year_source TEXT, grp INTEGER, name TEXT, code TEXT, source TEXT,
**                  <name> HIDDEN)
**
** One row per mention of each article: kind 'money' rows carry extract_facts'
** values (amount … grp; name, code and source NULL), kind 'entity' rows carry
** extract_entities' (name, entity_kind, code, source; the money columns, what,
** counterparty, counterparty_kind and year_source NULL).
** sentence is the 0-based index of the sentence the mention starts in, as
** extract_sentences numbers them. Rows of one article are in text order
** (start, then money before entity).
**
** Storage (all ordinary tables, readable without the extension):
**   <name>_config(k PRIMARY KEY, v)  the format version and the options;
**   <name>_data(id INTEGER PRIMARY KEY, doc, kind, … the columns above),
**     with indexes on doc, kind, (currency, amount), amount, name,
**     (entity, year), year, (what, entity, year) and counterparty (partial:
**     only rows where the first column is set). (what, entity, year) rather
**     than what alone: the question it is for, "how much investment per entity
**     and year", reads one range of it in GROUP BY order.
** Queries become one SELECT on <name>_data with every constraint and ORDER BY
** pushed down, so SQLite's planner picks the index (xBestIndex estimates
** which constraint narrows most).
**
** Formats (<name>_config's version; store_internal.h has the history). This
** build writes format 3 and reads 1 to 3. A table of format 1 or 2 lacks
** what, counterparty, counterparty_kind and year_source in <name>_data. It is
** not upgraded on connect: that is where SQLite prepares statements, where a
** schema change is unsafe, a read-only file cannot take one, and a large
** corpus would stall a mere SELECT while every article is extracted again.
** Instead it keeps working as its format did — its other columns read,
** triggers write, integrity-check compares the columns it stores — and a
** query that reads a missing column fails (in xFilter, once the statement
** has checked its schema: another connection may have upgraded the table),
** naming the column and the command: 'rebuild' upgrades it (store_upgrade:
** ALTER TABLE ADD COLUMN, so the user's own indexes or views on the table
** stay; then the rows extracted again, the new indexes, format 3), all in
** the command's statement, so an error or a ROLLBACK leaves format 2 whole.
** Never NULL for a missing column: NULL is also the answer "nothing says".
**
** Staying current: three triggers on the content table, <name>_ai, _ad and
** _au, write to this table with an internal command in the kind column
** ('textfacts:index' with doc, text and lang; 'textfacts:delete' with doc).
** They run in the statement that changed the article, so a ROLLBACK undoes
** both; writing to the content table needs the extension loaded (without it
** the trigger fails: "no such module: textfacts"), so the index can never
** silently fall behind. The triggers do not name the hidden column, so
** ALTER TABLE … RENAME of the content table, its columns or this table keeps
** them right (SQLite rewrites trigger bodies); xRename renames the shadow
** tables and re-creates the triggers under the new name. The triggers are
** also where the current names are read (follow_content): the table they
** are on, and the id, text and lang columns their body passes.
**
** What the triggers cannot see: a row removed by INSERT OR REPLACE through
** another UNIQUE constraint (SQLite fires no delete trigger unless
** PRAGMA recursive_triggers is on) and edits of textfacts_dictionary, which
** change the entities already stored. 'integrity-check' finds both, and
** 'rebuild' repairs them.
*/
#include "store.h"
#include "store_internal.h"
#include "core/tf_core.h"
#include "core/tf_lang.h"
#include "core/tf_qualifier.h"
#include "core/tf_utf8.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
SQLITE_EXTENSION_INIT3

int store_exec(sqlite3 *db, char **err, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  char *sql = sqlite3_vmprintf(format, ap);
  va_end(ap);
  if (!sql) return SQLITE_NOMEM;
  char *message = NULL;
  int rc = sqlite3_exec(db, sql, NULL, NULL, &message);
  sqlite3_free(sql);
  if (rc != SQLITE_OK && err) {
    sqlite3_free(*err);
    *err = sqlite3_mprintf(MODULE ": %s", message ? message : sqlite3_errstr(rc));
  }
  sqlite3_free(message);
  return rc;
}

int store_prepare(sqlite3 *db, sqlite3_stmt **stmt, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  char *sql = sqlite3_vmprintf(format, ap);
  va_end(ap);
  if (!sql) return SQLITE_NOMEM;
  int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, NULL);
  sqlite3_free(sql);
  return rc;
}

void store_free(store_vtab *vt) {
  if (!vt) return;
  store_pending_end(vt); /* nothing is pending once the transaction has ended */
  store_forget_statements(vt);
  for (int i = 0; i < TEXTFACTS_DICTIONARY_CACHE; i++) sqlite3_finalize(vt->versions[i]);
  tf_document_free(&vt->doc);
  for (int i = 0; i < O_COUNT; i++) sqlite3_free(vt->options[i]);
  sqlite3_free(vt->broken);
  sqlite3_free(vt->schema);
  sqlite3_free(vt->name);
  sqlite3_free(vt->base.zErrMsg);
  sqlite3_free(vt);
}

int store_check_usable(store_vtab *vt) {
  if (!vt->broken) return SQLITE_OK;
  textfacts_vtab_error(&vt->base, "%s (DROP TABLE %s removes the table)", vt->broken, vt->name);
  return SQLITE_ERROR;
}

static void estimate_rows(store_vtab *vt) {
  sqlite3_stmt *stmt = NULL;
  vt->rows = 1000000;
  if (store_prepare(vt->db, &stmt, "SELECT max(id) FROM \"%w\".\"%w_data\"", vt->schema,
                    vt->name) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 0) == SQLITE_INTEGER) {
    sqlite3_int64 max_id = sqlite3_column_int64(stmt, 0);
    /* ids may reach the 64-bit limit: no overflow */
    vt->rows = max_id > 1000000000000 ? 1000000000000 : max_id < 0 ? 10 : max_id + 10;
  }
  sqlite3_finalize(stmt);
}

static int store_init(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out,
                      char **err, int create) {
  *out = NULL;
  if (argc < 3) return SQLITE_ERROR;
  store_vtab *vt = sqlite3_malloc(sizeof *vt);
  if (!vt) return SQLITE_NOMEM;
  memset(vt, 0, sizeof *vt);
  vt->db = db;
  vt->entities = aux;
  vt->schema = sqlite3_mprintf("%s", argv[1]);
  vt->name = sqlite3_mprintf("%s", argv[2]);
  int rc = vt->schema && vt->name ? SQLITE_OK : SQLITE_NOMEM;
  if (rc == SQLITE_OK && create) {
    if (store_clashes_with_column(vt->name)) {
      *err = sqlite3_mprintf(MODULE ": a table named '%s' would clash with its column '%s'",
                             vt->name, vt->name);
      rc = SQLITE_ERROR;
    }
    if (rc == SQLITE_OK) rc = store_parse_options(vt, argc, argv, err);
    if (rc == SQLITE_OK) rc = store_check_lang_option(vt, err);
    if (rc == SQLITE_OK) rc = store_check_content(vt, err, 0);
    if (rc == SQLITE_OK) rc = store_create_shadow_tables(vt, err);
    if (rc == SQLITE_OK) rc = store_create_triggers(vt, vt->name, vt->options[O_CONTENT], err);
  } else if (rc == SQLITE_OK) {
    rc = store_read_config(vt, err);
    /* A table this build cannot use (its _config damaged, or written by a
    ** newer format) still connects, so that DROP TABLE can remove it; every
    ** other use fails with the reason (store_check_usable). */
    if (rc == SQLITE_ERROR && *err) {
      vt->broken = *err;
      *err = NULL;
      rc = SQLITE_OK;
    }
  }
  /* The existing articles are extracted before the schema is declared:
  ** SQLite wants no other statement run after sqlite3_declare_vtab. */
  /* The indexes come after: built by sorting, they cost a fraction of
  ** what keeping them up to date row by row does. */
  if (rc == SQLITE_OK && create) {
    rc = store_rebuild(vt, "build");
    if (rc == SQLITE_OK) rc = store_create_indexes(vt, 0, &vt->base.zErrMsg);
    if (rc != SQLITE_OK && vt->base.zErrMsg) {
      *err = vt->base.zErrMsg;
      vt->base.zErrMsg = NULL;
    }
  }
  if (rc == SQLITE_OK) estimate_rows(vt);
  if (rc == SQLITE_OK) rc = store_declare(vt);
  /* It runs in the triggers on the content table, so it must be allowed
  ** there under PRAGMA trusted_schema = OFF: it writes nothing but its own
  ** shadow tables, and reads nothing but the content table and the
  ** dictionary. */
  if (rc == SQLITE_OK) sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  if (rc != SQLITE_OK) {
    if (!*err && rc != SQLITE_NOMEM) *err = sqlite3_mprintf(MODULE ": %s", sqlite3_errmsg(db));
    store_free(vt);
    return rc;
  }
  *out = &vt->base;
  return SQLITE_OK;
}

static int store_create(sqlite3 *db, void *aux, int argc, const char *const *argv,
                        sqlite3_vtab **out, char **err) {
  return store_init(db, aux, argc, argv, out, err, 1);
}

static int store_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                         sqlite3_vtab **out, char **err) {
  return store_init(db, aux, argc, argv, out, err, 0);
}

static int store_disconnect(sqlite3_vtab *base) {
  store_free((store_vtab *)base);
  return SQLITE_OK;
}

/* ------------------------------------------------------------------------ */
/* Reading: one SELECT over <name>_data per plan. */

/* Operators pushed down, and their SQL (%s: the column; ?%d: the value). */
static const struct {
  int op;
  const char *sql;
} operators[] = {
  {SQLITE_INDEX_CONSTRAINT_EQ, "\"%w\" = ?%d"},
  {SQLITE_INDEX_CONSTRAINT_GT, "\"%w\" > ?%d"},
  {SQLITE_INDEX_CONSTRAINT_GE, "\"%w\" >= ?%d"},
  {SQLITE_INDEX_CONSTRAINT_LT, "\"%w\" < ?%d"},
  {SQLITE_INDEX_CONSTRAINT_LE, "\"%w\" <= ?%d"},
  {SQLITE_INDEX_CONSTRAINT_NE, "\"%w\" <> ?%d"},
  {SQLITE_INDEX_CONSTRAINT_IS, "\"%w\" IS ?%d"},
  {SQLITE_INDEX_CONSTRAINT_ISNOT, "\"%w\" IS NOT ?%d"},
  {SQLITE_INDEX_CONSTRAINT_ISNULL, "\"%w\" IS NULL"}, /* its value is unused */
  {SQLITE_INDEX_CONSTRAINT_ISNOTNULL, "\"%w\" IS NOT NULL"},
  {SQLITE_INDEX_CONSTRAINT_LIKE, "\"%w\" LIKE ?%d"},
  {SQLITE_INDEX_CONSTRAINT_GLOB, "\"%w\" GLOB ?%d"},
};
#define OPERATOR_COUNT (sizeof operators / sizeof operators[0])

static const char *column_sql(int column) { return column < 0 ? "id" : store_columns[column].name; }

/* The plan (idxStr) is the SELECT on <name>_data that answers it, with the
** constraints' values as ?1, ?2, … in argv order: EXPLAIN QUERY PLAN shows
** it, and the same SELECT explained shows which index SQLite takes. */
static int store_best_index(sqlite3_vtab *base, sqlite3_index_info *info) {
  store_vtab *vt = (store_vtab *)base;
  /* A column an older format does not store is never answered by a guess
  ** (NULL would read as "nothing says"): xFilter fails, saying how to
  ** upgrade (idxNum: 1 + the column). Not here: a statement being prepared
  ** may see the format of a schema another connection has since upgraded,
  ** which the statement's start (its schema check) brings up to date. */
  for (int c = 0; !vt->broken && !info->idxNum && c < S_COLUMNS; c++)
    if (!store_stores(vt, c) && (info->colUsed & ((sqlite3_uint64)1 << c))) info->idxNum = 1 + c;
  sqlite3_str *plan = sqlite3_str_new(vt->db);
  double rows = (double)vt->rows, selectivity = 1.0;
  int indexed = 0, unique = 0, argv_index = 0;
  for (int i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    if (!c->usable || c->iColumn >= S_COLUMNS || c->iColumn < -1) continue;
    int o = -1;
    for (size_t k = 0; k < OPERATOR_COUNT; k++)
      if (operators[k].op == c->op) o = (int)k;
    if (o < 0) continue;
    /* A comparison under another collation than the stored column's would
    ** give other rows: leave it to SQLite. */
    const char *collation = sqlite3_vtab_collation(info, i);
    if (collation && sqlite3_stricmp(collation, "BINARY") != 0 &&
        c->op != SQLITE_INDEX_CONSTRAINT_LIKE && c->op != SQLITE_INDEX_CONSTRAINT_GLOB)
      continue;
    info->aConstraintUsage[i].argvIndex = ++argv_index;
    info->aConstraintUsage[i].omit = 1;
    sqlite3_str_appendall(plan, argv_index > 1 ? " AND " : "WHERE ");
    sqlite3_str_appendf(plan, operators[o].sql, column_sql(c->iColumn), argv_index);
    int eq = c->op == SQLITE_INDEX_CONSTRAINT_EQ || c->op == SQLITE_INDEX_CONSTRAINT_IS;
    int range = c->op == SQLITE_INDEX_CONSTRAINT_GT || c->op == SQLITE_INDEX_CONSTRAINT_GE ||
                c->op == SQLITE_INDEX_CONSTRAINT_LT || c->op == SQLITE_INDEX_CONSTRAINT_LE;
    if (c->iColumn == -1) {
      if (eq) unique = indexed = 1, selectivity = 1.0 / rows;
      else if (range) indexed = 1, selectivity *= 0.3;
      continue;
    }
    double s = store_columns[c->iColumn].selectivity;
    if (s > 0 && eq) indexed = 1, selectivity *= s;
    else if (s > 0 && range && (c->iColumn == S_AMOUNT || c->iColumn == S_YEAR))
      indexed = 1, selectivity *= 0.3;
    else if (eq) selectivity *= 0.5;
  }
  int order_ok = info->nOrderBy > 0;
  for (int i = 0; i < info->nOrderBy; i++)
    if (info->aOrderBy[i].iColumn < -1 || info->aOrderBy[i].iColumn >= S_COLUMNS) order_ok = 0;
  if (order_ok) {
    for (int i = 0; i < info->nOrderBy; i++)
      sqlite3_str_appendf(plan, "%s\"%w\"%s",
                          i            ? ", "
                          : argv_index ? " ORDER BY "
                                       : "ORDER BY ",
                          column_sql(info->aOrderBy[i].iColumn),
                          info->aOrderBy[i].desc ? " DESC" : "");
    info->orderByConsumed = 1;
  }
  /* The whole SELECT: only the columns the statement uses (colUsed), so that
  ** an index holding them all answers without reading the rows (count(*)
  ** and sum(amount) over currency = ? AND amount > ? read the (currency,
  ** amount) index alone); id always, which every index holds. */
  /* Out of memory anywhere is SQLITE_NOMEM: a plan missing its WHERE would
  ** answer with every row. */
  int plan_rc = sqlite3_str_errcode(plan);
  char *where = sqlite3_str_finish(plan); /* NULL: empty, or out of memory */
  if (plan_rc != SQLITE_OK) {
    sqlite3_free(where);
    return plan_rc;
  }
  sqlite3_str *sql = sqlite3_str_new(vt->db);
  sqlite3_str_appendall(sql, "SELECT id");
  for (int c = 0; c < S_COLUMNS; c++)
    if (info->colUsed & ((sqlite3_uint64)1 << c))
      sqlite3_str_appendf(sql, ", \"%w\"", store_columns[c].name);
  sqlite3_str_appendf(sql, " FROM \"%w\".\"%w_data\"%s%s", vt->schema, vt->name, where ? " " : "",
                      where ? where : "");
  sqlite3_free(where);
  int sql_rc = sqlite3_str_errcode(sql);
  info->idxStr = sqlite3_str_finish(sql);
  if (sql_rc != SQLITE_OK || !info->idxStr) {
    sqlite3_free(info->idxStr);
    info->idxStr = NULL;
    return sql_rc != SQLITE_OK ? sql_rc : SQLITE_NOMEM;
  }
  info->needToFreeIdxStr = 1;
  double est = rows * selectivity;
  if (est < 1) est = 1;
  info->estimatedRows = (sqlite3_int64)est;
  info->estimatedCost = indexed ? 10.0 + est * 2.0 : rows;
  if (unique) info->idxFlags |= SQLITE_INDEX_SCAN_UNIQUE;
  return SQLITE_OK;
}

typedef struct store_cursor {
  sqlite3_vtab_cursor base;
  sqlite3_stmt *stmt;
  char *plan;                /* the idxStr (a SELECT) stmt was prepared from */
  signed char at[S_COLUMNS]; /* column → its index in stmt, or -1 */
  int eof;
} store_cursor;

static int store_open(sqlite3_vtab *base, sqlite3_vtab_cursor **out) {
  (void)base;
  store_cursor *cur = sqlite3_malloc(sizeof *cur);
  if (!cur) return SQLITE_NOMEM;
  memset(cur, 0, sizeof *cur);
  cur->eof = 1;
  *out = &cur->base;
  return SQLITE_OK;
}

static int store_close(sqlite3_vtab_cursor *base) {
  store_cursor *cur = (store_cursor *)base;
  sqlite3_finalize(cur->stmt);
  sqlite3_free(cur->plan);
  sqlite3_free(cur);
  return SQLITE_OK;
}

/* The SELECT for plan (an idxStr of store_best_index). */
static int store_next(sqlite3_vtab_cursor *base) {
  store_cursor *cur = (store_cursor *)base;
  int rc = sqlite3_step(cur->stmt);
  if (rc == SQLITE_ROW) return SQLITE_OK;
  cur->eof = 1;
  if (rc == SQLITE_DONE) return SQLITE_OK;
  rc = sqlite3_reset(cur->stmt);
  textfacts_vtab_error(base->pVtab, MODULE ": %s", sqlite3_errmsg(((store_vtab *)base->pVtab)->db));
  return rc;
}

static int store_filter(sqlite3_vtab_cursor *base, int idx_num, const char *idx_str, int argc,
                        sqlite3_value **argv) {
  store_cursor *cur = (store_cursor *)base;
  store_vtab *vt = (store_vtab *)base->pVtab;
  if (!idx_str) return SQLITE_ERROR; /* store_best_index always gives one */
  if (store_check_usable(vt) != SQLITE_OK) return SQLITE_ERROR;
  int flushed = store_pending_flush(vt); /* the articles of this transaction read too */
  if (flushed != SQLITE_OK) return flushed;
  if (idx_num > 0 && idx_num <= S_COLUMNS && !store_stores(vt, idx_num - 1)) {
    textfacts_vtab_error(base->pVtab,
                         MODULE ": %s has format %d, whose rows do not hold column %s: "
                                "INSERT INTO %s(%s) VALUES('rebuild') upgrades it to format %d",
                         vt->name, vt->format, store_columns[idx_num - 1].name, vt->name, vt->name,
                         STORE_FORMAT);
    return base->pVtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  if (!cur->stmt || !cur->plan || strcmp(cur->plan, idx_str) != 0) {
    sqlite3_finalize(cur->stmt);
    cur->stmt = NULL;
    sqlite3_free(cur->plan);
    cur->plan = sqlite3_mprintf("%s", idx_str);
    if (!cur->plan) return SQLITE_NOMEM;
    int rc = sqlite3_prepare_v3(vt->db, idx_str, -1, SQLITE_PREPARE_PERSISTENT, &cur->stmt, NULL);
    if (rc != SQLITE_OK) {
      textfacts_vtab_error(base->pVtab, MODULE ": %s: %s", vt->name, sqlite3_errmsg(vt->db));
      return rc;
    }
    /* Where each column is in it: by the names it selects. */
    for (int c = 0; c < S_COLUMNS; c++) cur->at[c] = -1;
    for (int i = 1; i < sqlite3_column_count(cur->stmt); i++) {
      const char *name = sqlite3_column_name(cur->stmt, i);
      for (int c = 0; name && c < S_COLUMNS; c++)
        if (strcmp(name, store_columns[c].name) == 0) cur->at[c] = (signed char)i;
    }
  } else {
    sqlite3_reset(cur->stmt);
  }
  for (int i = 0; i < argc; i++) sqlite3_bind_value(cur->stmt, i + 1, argv[i]);
  cur->eof = 0;
  return store_next(base);
}

static int store_eof(sqlite3_vtab_cursor *base) { return ((store_cursor *)base)->eof; }

static int store_column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int column) {
  store_cursor *cur = (store_cursor *)base;
  if (column >= S_COLUMNS) return SQLITE_OK; /* the command column: NULL */
  if (cur->at[column] < 0) {
    /* colUsed said the statement would not read it. */
    textfacts_vtab_error(base->pVtab, MODULE ": column %s was not planned",
                         store_columns[column].name);
    return SQLITE_ERROR;
  }
  sqlite3_result_value(ctx, sqlite3_column_value(cur->stmt, cur->at[column]));
  return SQLITE_OK;
}

static int store_rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid) {
  *rowid = sqlite3_column_int64(((store_cursor *)base)->stmt, 0);
  return SQLITE_OK;
}

/* The transaction (store_build.c says why each stores or forgets what is
** pending). */
static int store_begin(sqlite3_vtab *base) {
  (void)base;
  return SQLITE_OK;
}

static int store_sync(sqlite3_vtab *base) { return store_pending_flush((store_vtab *)base); }

static int store_end(sqlite3_vtab *base) {
  store_pending_end((store_vtab *)base);
  return SQLITE_OK;
}

static int store_savepoint(sqlite3_vtab *base, int n) {
  (void)n;
  return store_pending_flush((store_vtab *)base);
}

static int store_release(sqlite3_vtab *base, int n) {
  (void)n;
  return store_pending_flush((store_vtab *)base);
}

static int store_rollback_to(sqlite3_vtab *base, int n) {
  (void)n;
  return store_end(base);
}

static sqlite3_module store_module = {
  .iVersion = 3,
  .xCreate = store_create,
  .xConnect = store_connect,
  .xBestIndex = store_best_index,
  .xDisconnect = store_disconnect,
  .xDestroy = store_destroy,
  .xOpen = store_open,
  .xClose = store_close,
  .xFilter = store_filter,
  .xNext = store_next,
  .xEof = store_eof,
  .xColumn = store_column,
  .xRowid = store_rowid,
  .xUpdate = store_update,
  .xBegin = store_begin,
  .xSync = store_sync,
  .xCommit = store_end,
  .xRollback = store_end,
  .xRename = store_rename,
  .xSavepoint = store_savepoint,
  .xRelease = store_release,
  .xRollbackTo = store_rollback_to,
  .xShadowName = store_shadow_name,
};

int textfacts_register_store(sqlite3 *db, char **pzErrMsg, textfacts_dictionary *dictionary) {
  int rc = textfacts_register_module(db, pzErrMsg, MODULE, &store_module, dictionary, NULL);
  if (rc == SQLITE_OK) rc = store_register_threads(db, pzErrMsg, dictionary);
  return rc;
}
