/*
** store_schema.c — the textfacts table's storage: the shadow tables <name>_data
** and <name>_config, the indexes of <name>_data, the triggers on the content
** table, the declared schema, and what DROP TABLE and ALTER TABLE … RENAME do
** to them.
*/
#include "store_internal.h"
#include "core/tf_core.h"
#include "core/tf_lang.h"
#include "core/tf_qualifier.h"
#include "core/tf_utf8.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
SQLITE_EXTENSION_INIT3

/* Name and declared type of each stored column, in schema order; the
** virtual table and <name>_data declare them alike, so comparisons pushed
** down behave as they would on the virtual table. The columns of a later
** format come where they read best in the declared schema (as extract_facts
** orders them); in the <name>_data of an upgraded table they come last, as
** ALTER TABLE ADD COLUMN puts them: every statement names its columns. */
const store_column_info store_columns[S_COLUMNS] = {
  {"doc", "INTEGER", 1e-4, 1},
  {"kind", "TEXT", 0.5, 1},
  {"match", "TEXT", 0, 1},
  {"start", "INTEGER", 0, 1},
  {"end", "INTEGER", 0, 1},
  {"sentence", "INTEGER", 0, 1},
  {"amount", "REAL", 1e-3, 1},
  {"currency", "TEXT", 0.02, 1},
  {"qualifier", "TEXT", 0, 1},
  {"low", "REAL", 0, 1},
  {"high", "REAL", 0, 1},
  {"entity", "TEXT", 1e-3, 1},
  {"entity_kind", "TEXT", 0, 1},
  {"what", "TEXT", 0.1, 3},
  {"counterparty", "TEXT", 1e-3, 3},
  {"counterparty_kind", "TEXT", 0, 3},
  {"year", "INTEGER", 0.02, 1},
  {"year_source", "TEXT", 0, 3},
  {"grp", "INTEGER", 0, 1},
  {"name", "TEXT", 1e-3, 1},
  {"code", "TEXT", 0, 1},
  {"source", "TEXT", 0, 1},
};

/* The indexes of <name>_data, and the format that introduced each. Partial
** where the column is set on one kind of row only, which keeps them small.
** (what, entity, year) answers what = ? alone, and the sums per entity and
** year of one kind of amount ("investment") in the index's order. */
static const struct {
  const char *suffix, *columns, *where;
  int since;
} indexes[] = {
  {"doc", "doc", NULL, 1},
  {"kind", "kind", NULL, 1},
  {"currency", "currency, amount", "currency IS NOT NULL", 1},
  {"amount", "amount", "amount IS NOT NULL", 1},
  {"name", "name", "name IS NOT NULL", 1},
  {"entity", "entity, year", "entity IS NOT NULL", 1},
  {"year", "year", "year IS NOT NULL", 1},
  {"what", "what, entity, year", "what IS NOT NULL", 3},
  {"counterparty", "counterparty", "counterparty IS NOT NULL", 3},
};
#define INDEX_COUNT (sizeof indexes / sizeof indexes[0])

/* Is an object of this name in the schema (*taken)? SQLITE_OK or the error. */
static int name_taken(store_vtab *vt, const char *name, int *taken) {
  sqlite3_stmt *stmt = NULL;
  int rc = store_prepare(vt->db, &stmt,
                         "SELECT 1 FROM \"%w\".sqlite_schema WHERE name = %Q COLLATE NOCASE",
                         vt->schema, name);
  if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
  *taken = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE) rc = SQLITE_OK;
  else if (stmt) rc = sqlite3_errcode(vt->db);
  sqlite3_finalize(stmt);
  return rc;
}

/* Indexes are never renamed (SQLite cannot rename an index, nor drop one
** inside ALTER TABLE): after a rename they keep their first name, so a new
** table under that name takes the first free <name>_<suffix>[_N]. */
int store_create_indexes(store_vtab *vt, int after, char **err) {
  int rc = SQLITE_OK;
  for (size_t i = 0; rc == SQLITE_OK && i < INDEX_COUNT; i++) {
    if (indexes[i].since <= after) continue;
    char *index = NULL;
    for (int n = 1; rc == SQLITE_OK; n++) {
      sqlite3_free(index);
      index = n == 1 ? sqlite3_mprintf("%s_%s", vt->name, indexes[i].suffix)
                     : sqlite3_mprintf("%s_%s_%d", vt->name, indexes[i].suffix, n);
      int taken = 0;
      rc = index ? name_taken(vt, index, &taken) : SQLITE_NOMEM;
      if (rc == SQLITE_OK && !taken) break;
    }
    if (rc == SQLITE_OK)
      rc = store_exec(vt->db, err, "CREATE INDEX \"%w\".\"%w\" ON \"%w_data\"(%s)%s%s", vt->schema,
                      index, vt->name, indexes[i].columns, indexes[i].where ? " WHERE " : "",
                      indexes[i].where ? indexes[i].where : "");
    sqlite3_free(index);
  }
  return rc;
}

int store_create_shadow_tables(store_vtab *vt, char **err) {
  sqlite3_str *data = sqlite3_str_new(vt->db);
  sqlite3_str_appendf(data, "CREATE TABLE \"%w\".\"%w_data\"(id INTEGER PRIMARY KEY", vt->schema,
                      vt->name);
  for (int c = 0; c < S_COLUMNS; c++)
    sqlite3_str_appendf(data, ", \"%w\" %s", store_columns[c].name, store_columns[c].type);
  sqlite3_str_appendall(data, ");");
  char *data_sql = sqlite3_str_finish(data);
  if (!data_sql) return SQLITE_NOMEM;
  int rc = store_exec(vt->db, err,
                      "%s CREATE TABLE \"%w\".\"%w_config\"(k TEXT PRIMARY KEY, v) WITHOUT ROWID;",
                      data_sql, vt->schema, vt->name);
  sqlite3_free(data_sql);
  if (rc != SQLITE_OK) return rc;
  sqlite3_stmt *stmt = NULL;
  rc = store_prepare(vt->db, &stmt, "INSERT INTO \"%w\".\"%w_config\"(k, v) VALUES(?, ?)",
                     vt->schema, vt->name);
  if (rc != SQLITE_OK) return rc;
  sqlite3_bind_text(stmt, 1, "version", -1, SQLITE_STATIC);
  sqlite3_bind_int(stmt, 2, STORE_FORMAT);
  vt->format = STORE_FORMAT;
  rc = sqlite3_step(stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_reset(stmt);
  for (int o = 0; rc == SQLITE_OK && o < O_COUNT; o++) {
    if (!vt->options[o]) continue;
    sqlite3_reset(stmt);
    sqlite3_bind_text(stmt, 1, store_option_names[o], -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, vt->options[o], -1, SQLITE_STATIC);
    if (sqlite3_step(stmt) != SQLITE_DONE) rc = sqlite3_reset(stmt);
  }
  sqlite3_finalize(stmt);
  return rc;
}

/* Adds to <name>_data the columns of the formats after vt->format (those it
** does not have already: a file edited by hand may hold some), and records
** format STORE_FORMAT. The rows are left as they are: the caller extracts
** them again (store_rebuild) and then makes the new indexes. Run inside the
** caller's statement, so that an error or a ROLLBACK undoes all of it. */
int store_upgrade(store_vtab *vt, char **err) {
  sqlite3_stmt *stmt = NULL;
  char *data = sqlite3_mprintf("%s_data", vt->name);
  int rc = data ? store_prepare(vt->db, &stmt,
                                "SELECT 1 FROM pragma_table_xinfo(%Q, %Q) WHERE name = ?1 "
                                "COLLATE NOCASE",
                                data, vt->schema)
                : SQLITE_NOMEM;
  sqlite3_free(data);
  for (int c = 0; rc == SQLITE_OK && c < S_COLUMNS; c++) {
    if (store_stores(vt, c)) continue;
    sqlite3_bind_text(stmt, 1, store_columns[c].name, -1, SQLITE_STATIC);
    int step = sqlite3_step(stmt);
    rc = step == SQLITE_ROW || step == SQLITE_DONE ? SQLITE_OK : sqlite3_reset(stmt);
    sqlite3_reset(stmt);
    if (rc == SQLITE_OK && step == SQLITE_DONE)
      rc = store_exec(vt->db, err, "ALTER TABLE \"%w\".\"%w_data\" ADD COLUMN \"%w\" %s",
                      vt->schema, vt->name, store_columns[c].name, store_columns[c].type);
  }
  sqlite3_finalize(stmt);
  if (rc == SQLITE_OK)
    rc = store_exec(vt->db, err,
                    "INSERT OR REPLACE INTO \"%w\".\"%w_config\"(k, v) VALUES('version', %d)",
                    vt->schema, vt->name, STORE_FORMAT);
  if (rc == SQLITE_OK) vt->format = STORE_FORMAT;
  return rc;
}

/* What follows "CREATE TRIGGER <name>_ai|_ad|_au" in each of the triggers on
** content that keep table `name` current: store_create_triggers makes them,
** store_check_triggers compares them with the schema (which keeps them as
** "CREATE TRIGGER \"<name>_ai\"" and this text; ALTER TABLE … RENAME edits
** the names in place, quoted the same way). NULLs when out of memory. */
static void trigger_texts(store_vtab *vt, const char *content, const char *name, char *out[3]) {
  const char *rowid = vt->options[O_CONTENT_ROWID] ? vt->options[O_CONTENT_ROWID] : "rowid";
  const char *column = vt->options[O_COLUMN];
  const char *lang_column = vt->options[O_LANG_COLUMN];
  char *lang_new = lang_column ? sqlite3_mprintf("new.\"%w\"", lang_column)
                               : sqlite3_mprintf("NULL");
  char *lang_changed = lang_column ? sqlite3_mprintf(" OR old.\"%w\" IS NOT new.\"%w\"",
                                                     lang_column, lang_column)
                                   : sqlite3_mprintf("");
  char *index = sqlite3_mprintf(
    "INSERT INTO \"%w\"(kind, doc, \"match\", qualifier) VALUES('" CMD_INDEX
    "', new.\"%w\", new.\"%w\", %s);",
    name, rowid, column, lang_new);
  char *remove = sqlite3_mprintf(
    "INSERT INTO \"%w\"(kind, doc) VALUES('" CMD_DELETE "', old.\"%w\");", name, rowid);
  /* An update deletes the old article's rows only when its id changed: the
  ** index command replaces the rows of the article it names. */
  char *moved = sqlite3_mprintf("INSERT INTO \"%w\"(kind, doc) SELECT '" CMD_DELETE
                                "', old.\"%w\" WHERE old.\"%w\" IS NOT new.\"%w\";",
                                name, rowid, rowid, rowid);
  out[0] = out[1] = out[2] = NULL;
  if (lang_new && lang_changed && index && remove && moved) {
    out[0] = sqlite3_mprintf(" AFTER INSERT ON \"%w\" BEGIN %s END", content, index);
    out[1] = sqlite3_mprintf(" AFTER DELETE ON \"%w\" BEGIN %s END", content, remove);
    out[2] = sqlite3_mprintf(" AFTER UPDATE ON \"%w\" WHEN old.\"%w\" IS NOT new.\"%w\" OR "
                             "old.\"%w\" IS NOT new.\"%w\"%s BEGIN %s %s END",
                             content, rowid, rowid, column, column, lang_changed, moved, index);
  }
  sqlite3_free(moved);
  sqlite3_free(lang_new);
  sqlite3_free(lang_changed);
  sqlite3_free(index);
  sqlite3_free(remove);
}

static const char *const trigger_suffix[3] = {"ai", "ad", "au"};

/* The triggers on content that keep table `name` current. */
int store_create_triggers(store_vtab *vt, const char *name, const char *content, char **err) {
  char *text[3];
  trigger_texts(vt, content, name, text);
  int rc = text[0] && text[1] && text[2] ? SQLITE_OK : SQLITE_NOMEM;
  for (int t = 0; rc == SQLITE_OK && t < 3; t++)
    rc = store_exec(vt->db, err, "CREATE TRIGGER \"%w\".\"%w_%s\"%s", vt->schema, name,
                    trigger_suffix[t], text[t]);
  /* Today's triggers are those of format 2: an older table reaches it (its
  ** rows stay as they are: only store_upgrade brings it further). */
  int format = vt->format > STORE_FORMAT_TRIGGERS ? vt->format : STORE_FORMAT_TRIGGERS;
  if (rc == SQLITE_OK)
    rc = store_exec(vt->db, err,
                    "INSERT OR REPLACE INTO \"%w\".\"%w_config\"(k, v) VALUES('version', %d)",
                    vt->schema, vt->name, format);
  if (rc == SQLITE_OK) vt->format = format;
  for (int t = 0; t < 3; t++) sqlite3_free(text[t]);
  return rc;
}

/* Are the three triggers there, on the content table, as store_create_triggers
** made them (for the current names: call store_follow_content first)? SQLITE_OK
** with *problem NULL when they are; else *problem says which is missing or
** changed. A format-1 table's update trigger is older: only its presence counts. */
int store_check_triggers(store_vtab *vt, char **problem) {
  *problem = NULL;
  char *text[3];
  trigger_texts(vt, vt->options[O_CONTENT], vt->name, text);
  sqlite3_stmt *stmt = NULL;
  int rc = text[0] && text[1] && text[2] ? SQLITE_OK : SQLITE_NOMEM;
  if (rc == SQLITE_OK)
    rc = store_prepare(vt->db, &stmt,
                       "SELECT sql FROM \"%w\".sqlite_schema WHERE type = 'trigger' AND name = ?1",
                       vt->schema);
  for (int t = 0; rc == SQLITE_OK && !*problem && t < 3; t++) {
    char *trigger = sqlite3_mprintf("%s_%s", vt->name, trigger_suffix[t]);
    char *want = trigger ? sqlite3_mprintf("CREATE TRIGGER \"%w\"%s", trigger, text[t]) : NULL;
    if (!want) rc = SQLITE_NOMEM;
    else {
      sqlite3_bind_text(stmt, 1, trigger, -1, SQLITE_STATIC);
      int step = sqlite3_step(stmt);
      const char *sql = step == SQLITE_ROW ? (const char *)sqlite3_column_text(stmt, 0) : NULL;
      int missing = step == SQLITE_DONE;
      int changed = step == SQLITE_ROW && (vt->format >= 2 || t < 2) &&
                    (!sql || strcmp(sql, want) != 0);
      if (step != SQLITE_ROW && step != SQLITE_DONE) rc = sqlite3_reset(stmt);
      else if (step == SQLITE_ROW && !sql && sqlite3_column_type(stmt, 0) != SQLITE_NULL)
        rc = SQLITE_NOMEM;
      else if (missing)
        *problem = sqlite3_mprintf("trigger %s is missing (the table no longer follows the "
                                   "content table '%s')",
                                   trigger, vt->options[O_CONTENT]);
      else if (changed)
        *problem = sqlite3_mprintf("trigger %s is not the one textfacts made", trigger);
      if (rc == SQLITE_OK && (missing || changed) && !*problem) rc = SQLITE_NOMEM;
      if (rc == SQLITE_OK && step != SQLITE_ROW && step != SQLITE_DONE) rc = SQLITE_ERROR;
      sqlite3_reset(stmt);
    }
    sqlite3_free(trigger);
    sqlite3_free(want);
  }
  sqlite3_finalize(stmt);
  for (int t = 0; t < 3; t++) sqlite3_free(text[t]);
  if (rc != SQLITE_OK) {
    sqlite3_free(*problem);
    *problem = NULL;
  }
  return rc;
}

int store_drop_triggers(sqlite3 *db, const char *schema, const char *name, char **err) {
  return store_exec(db, err,
                    "DROP TRIGGER IF EXISTS \"%w\".\"%w_ai\";"
                    "DROP TRIGGER IF EXISTS \"%w\".\"%w_ad\";"
                    "DROP TRIGGER IF EXISTS \"%w\".\"%w_au\";",
                    schema, name, schema, name, schema, name);
}

int store_declare(store_vtab *vt) {
  sqlite3_str *sql = sqlite3_str_new(vt->db);
  sqlite3_str_appendall(sql, "CREATE TABLE x(");
  for (int c = 0; c < S_COLUMNS; c++)
    sqlite3_str_appendf(sql, "\"%w\" %s, ", store_columns[c].name, store_columns[c].type);
  sqlite3_str_appendf(sql, "\"%w\" HIDDEN)", vt->name);
  char *text = sqlite3_str_finish(sql);
  if (!text) return SQLITE_NOMEM;
  int rc = sqlite3_declare_vtab(vt->db, text);
  sqlite3_free(text);
  return rc;
}

int store_destroy(sqlite3_vtab *base) {
  store_vtab *vt = (store_vtab *)base;
  /* Stored before the table goes, in case the DROP is rolled back. */
  int flushed = store_pending_flush(vt);
  if (flushed != SQLITE_OK) return flushed;
  store_forget_statements(vt);
  int rc = store_drop_triggers(vt->db, vt->schema, vt->name, &vt->base.zErrMsg);
  /* The shadow tables by their names, whatever a damaged file made of them
  ** (a view in their place too): DROP TABLE must always remove the table. */
  static const char *const shadow[2] = {"data", "config"};
  for (int i = 0; rc == SQLITE_OK && i < 2; i++) {
    sqlite3_stmt *stmt = NULL;
    rc = store_prepare(vt->db, &stmt,
                       "SELECT type FROM \"%w\".sqlite_schema WHERE name = '%q_%s' COLLATE NOCASE "
                       "AND type IN ('table', 'view')",
                       vt->schema, vt->name, shadow[i]);
    int view = 0;
    if (rc == SQLITE_OK) {
      int step = sqlite3_step(stmt);
      const char *type = step == SQLITE_ROW ? (const char *)sqlite3_column_text(stmt, 0) : NULL;
      view = type && strcmp(type, "view") == 0;
      rc = step == SQLITE_ROW || step == SQLITE_DONE ? SQLITE_OK : sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    if (rc == SQLITE_OK)
      rc = store_exec(vt->db, &vt->base.zErrMsg, "DROP %s IF EXISTS \"%w\".\"%w_%s\"",
                      view ? "VIEW" : "TABLE", vt->schema, vt->name, shadow[i]);
  }
  if (rc == SQLITE_OK) store_free(vt);
  else if (rc != SQLITE_NOMEM && !vt->base.zErrMsg)
    textfacts_vtab_error(&vt->base, MODULE ": DROP TABLE %s: %s", vt->name, sqlite3_errmsg(vt->db));
  return rc;
}

int store_rename(sqlite3_vtab *base, const char *to) {
  store_vtab *vt = (store_vtab *)base;
  if (store_check_usable(vt) != SQLITE_OK) return SQLITE_ERROR;
  if (store_clashes_with_column(to)) {
    textfacts_vtab_error(base, MODULE ": a table named '%s' would clash with its column '%s'", to,
                         to);
    return SQLITE_ERROR;
  }
  int flushed = store_pending_flush(vt); /* into the shadow tables of the old name */
  if (flushed != SQLITE_OK) return flushed;
  store_forget_statements(vt);
  /* The triggers are made anew under the new name, naming the new table:
  ** SQLite's own rewriting of the schema, which runs after this, does not
  ** see them. */
  int rc = store_follow_content(vt);
  if (rc == SQLITE_OK) rc = store_drop_triggers(vt->db, vt->schema, vt->name, &vt->base.zErrMsg);
  if (rc == SQLITE_OK)
    rc = store_create_triggers(vt, to, vt->options[O_CONTENT], &vt->base.zErrMsg);
  if (rc == SQLITE_OK)
    rc = store_exec(vt->db, &vt->base.zErrMsg,
                    "ALTER TABLE \"%w\".\"%w_data\" RENAME TO \"%w_data\";"
                    "ALTER TABLE \"%w\".\"%w_config\" RENAME TO \"%w_config\";",
                    vt->schema, vt->name, to, vt->schema, vt->name, to);

  if (rc == SQLITE_OK) {
    char *name = sqlite3_mprintf("%s", to);
    if (!name) return SQLITE_NOMEM;
    sqlite3_free(vt->name);
    vt->name = name;
  }
  return rc;
}

int store_shadow_name(const char *suffix) {
  return sqlite3_stricmp(suffix, "data") == 0 || sqlite3_stricmp(suffix, "config") == 0;
}
