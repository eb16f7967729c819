/*
** store_config.c — the textfacts table's options: parsed from CREATE VIRTUAL
** TABLE, checked against the content table, kept in <name>_config and read
** back at connect, and followed when the content table or its columns are
** renamed (the triggers' bodies hold the current names).
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

const char *const store_option_names[O_COUNT] = {"content", "column", "content_rowid", "lang",
                                                 "lang_column"};

/* An option's value without its quotes ('x', "x", `x` or [x]). */
static char *dequote(const char *s, size_t n) {
  while (n && (*s == ' ' || *s == '\t' || *s == '\n')) s++, n--;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n')) n--;
  char *out = sqlite3_malloc64(n + 1);
  if (!out) return NULL;
  char q = n >= 2 ? s[0] : 0;
  char close = q == '[' ? ']' : q;
  if ((q == '\'' || q == '"' || q == '`' || q == '[') && s[n - 1] == close) {
    size_t o = 0;
    for (size_t i = 1; i + 1 < n; i++) {
      out[o++] = s[i];
      if (s[i] == close && close != ']' && i + 2 < n && s[i + 1] == close) i++;
    }
    out[o] = 0;
  } else {
    memcpy(out, s, n);
    out[n] = 0;
  }
  return out;
}

/* Parses "key = value" arguments into vt->options. */
int store_parse_options(store_vtab *vt, int argc, const char *const *argv, char **err) {
  for (int i = 3; i < argc; i++) {
    const char *arg = argv[i];
    const char *eq = strchr(arg, '=');
    if (!eq) {
      *err = sqlite3_mprintf(MODULE ": malformed option: %s (expected name = value)", arg);
      return SQLITE_ERROR;
    }
    char *key = dequote(arg, (size_t)(eq - arg));
    if (!key) return SQLITE_NOMEM;
    int which = -1;
    for (int o = 0; o < O_COUNT; o++)
      if (sqlite3_stricmp(key, store_option_names[o]) == 0) which = o;
    if (which < 0) {
      *err = sqlite3_mprintf(MODULE ": unknown option '%s' (known: " OPTION_LIST ")", key);
      sqlite3_free(key);
      return SQLITE_ERROR;
    }
    sqlite3_free(key);
    if (vt->options[which]) {
      *err = sqlite3_mprintf(MODULE ": option '%s' given twice", store_option_names[which]);
      return SQLITE_ERROR;
    }
    vt->options[which] = dequote(eq + 1, strlen(eq + 1));
    if (!vt->options[which]) return SQLITE_NOMEM;
    if (!vt->options[which][0]) {
      *err = sqlite3_mprintf(MODULE ": option '%s' is empty", store_option_names[which]);
      return SQLITE_ERROR;
    }
  }
  static const int required[] = {O_CONTENT, O_COLUMN};
  for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
    if (!vt->options[required[i]]) {
      *err = sqlite3_mprintf(MODULE ": missing option '%s' (%s = '...')",
                             store_option_names[required[i]], store_option_names[required[i]]);
      return SQLITE_ERROR;
    }
  if (vt->options[O_LANG] && vt->options[O_LANG_COLUMN]) {
    *err = sqlite3_mprintf(MODULE ": options 'lang' and 'lang_column' exclude each other");
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

int store_check_lang_option(store_vtab *vt, char **err) {
  vt->lang = TF_LANG_AUTO;
  const char *lang = vt->options[O_LANG];
  if (!lang) return SQLITE_OK;
  vt->lang = tf_lang_parse(lang, strlen(lang));
  if (vt->lang < 0) {
    *err = sqlite3_mprintf(MODULE ": unknown lang '%s' (supported: " TF_LANG_SUPPORTED ")", lang);
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

static int is_rowid_alias(const char *name) {
  return sqlite3_stricmp(name, "rowid") == 0 || sqlite3_stricmp(name, "oid") == 0 ||
         sqlite3_stricmp(name, "_rowid_") == 0;
}

/* The names a table's columns must not clash with. */
int store_clashes_with_column(const char *name) {
  for (int c = 0; c < S_COLUMNS; c++)
    if (sqlite3_stricmp(name, store_columns[c].name) == 0) return 1;
  return is_rowid_alias(name);
}

/* Checks the content table and its columns, and replaces each option by the
** name as the table declares it. existing: the check of a table made before
** (rebuild, integrity-check), which may know its articles by a bare rowid
** (format 1 allowed it). */
int store_check_content(store_vtab *vt, char **err, int existing) {
  sqlite3 *db = vt->db;
  const char *content = vt->options[O_CONTENT];
  size_t nlen = strlen(vt->name);
  if (sqlite3_stricmp(content, vt->name) == 0) {
    *err = sqlite3_mprintf(MODULE ": content table '%s' is this table itself", content);
    return SQLITE_ERROR;
  }
  if (sqlite3_strnicmp(content, vt->name, (int)nlen) == 0 && content[nlen] == '_') {
    *err = sqlite3_mprintf(MODULE ": content table '%s' is a shadow table of '%s'", content,
                           vt->name);
    return SQLITE_ERROR;
  }
  /* A shadow table of another textfacts table: its rows are not articles,
  ** and dropping that table would take these triggers with it. */
  sqlite3_stmt *stmt = NULL;
  int rc = store_prepare(
    db, &stmt,
    "SELECT name FROM \"%w\".sqlite_schema WHERE type = 'table' AND "
    "sql LIKE 'CREATE VIRTUAL TABLE%%USING textfacts%%' AND "
    "(%Q = name || '_data' COLLATE NOCASE OR %Q = name || '_config' COLLATE NOCASE)",
    vt->schema, content, content);
  if (rc != SQLITE_OK) return rc;
  if (sqlite3_step(stmt) == SQLITE_ROW) {
    *err = sqlite3_mprintf(MODULE ": content table '%s' is a shadow table of '%s'", content,
                           sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return SQLITE_ERROR;
  }
  sqlite3_finalize(stmt);
  rc = store_prepare(
    db, &stmt,
    "SELECT type, name, sql FROM \"%w\".sqlite_schema WHERE name = %Q COLLATE NOCASE"
    " AND type IN ('table','view')",
    vt->schema, content);
  if (rc != SQLITE_OK) return rc;
  rc = sqlite3_step(stmt);
  if (rc != SQLITE_ROW) {
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) return rc;
    *err = sqlite3_mprintf(MODULE ": content table '%s' does not exist in schema '%s'", content,
                           vt->schema);
    return SQLITE_ERROR;
  }
  const char *type = (const char *)sqlite3_column_text(stmt, 0);
  const char *sql = (const char *)sqlite3_column_text(stmt, 2);
  const char *why = NULL;
  if (type && strcmp(type, "view") == 0) why = "a view";
  else if (sql && sqlite3_strnicmp(sql, "CREATE VIRTUAL", 14) == 0) why = "a virtual table";
  if (why) {
    *err = sqlite3_mprintf(MODULE ": content table '%s' is %s; it must be an ordinary table "
                                  "(textfacts keeps current through triggers on it)",
                           content, why);
    sqlite3_finalize(stmt);
    return SQLITE_ERROR;
  }
  char *declared = sqlite3_mprintf("%s", sqlite3_column_text(stmt, 1));
  sqlite3_finalize(stmt);
  if (!declared) return SQLITE_NOMEM;
  sqlite3_free(vt->options[O_CONTENT]);
  vt->options[O_CONTENT] = declared;
  content = declared;

  /* Its columns. */
  static const int named[] = {O_COLUMN, O_CONTENT_ROWID, O_LANG_COLUMN};
  int found[3] = {0, 0, 0}, pk_columns = 0, rowid_pk = 0;
  char *ipk = NULL; /* the INTEGER PRIMARY KEY column, if any */
  rc = store_prepare(db, &stmt, "SELECT name, type, pk FROM pragma_table_xinfo(%Q, %Q)", content,
                     vt->schema);
  if (rc != SQLITE_OK) return rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    const char *col = (const char *)sqlite3_column_text(stmt, 0);
    const char *coltype = (const char *)sqlite3_column_text(stmt, 1);
    int pk = sqlite3_column_int(stmt, 2);
    if (pk) pk_columns++;
    if (pk == 1 && col && coltype && sqlite3_stricmp(coltype, "INTEGER") == 0 && !ipk) {
      ipk = sqlite3_mprintf("%s", col);
      if (!ipk) {
        sqlite3_finalize(stmt);
        return SQLITE_NOMEM;
      }
    }
    for (int k = 0; k < 3; k++) {
      const char *want = vt->options[named[k]];
      if (!want || !col || sqlite3_stricmp(want, col) != 0) continue;
      found[k] = 1;
      char *copy = sqlite3_mprintf("%s", col);
      if (!copy) {
        sqlite3_finalize(stmt);
        sqlite3_free(ipk);
        return SQLITE_NOMEM;
      }
      sqlite3_free(vt->options[named[k]]);
      vt->options[named[k]] = copy;
      if (named[k] == O_CONTENT_ROWID)
        rowid_pk = pk == 1 && coltype && sqlite3_stricmp(coltype, "INTEGER") == 0;
    }
  }
  sqlite3_finalize(stmt);
  if (rc != SQLITE_DONE) {
    sqlite3_free(ipk);
    return rc;
  }
  for (int k = 0; k < 3; k++)
    if (vt->options[named[k]] && !found[k] &&
        !(existing && named[k] == O_CONTENT_ROWID && is_rowid_alias(vt->options[named[k]]))) {
      sqlite3_free(ipk);
      *err = sqlite3_mprintf(MODULE ": %s '%s' is not a column of content table '%s'",
                             store_option_names[named[k]], vt->options[named[k]], content);
      return SQLITE_ERROR;
    }
  /* Articles are known by an INTEGER PRIMARY KEY: a bare rowid may be
  ** renumbered by VACUUM, which would leave the stored rows on other
  ** articles. Without content_rowid, the table's own is taken. */
  const char *id = vt->options[O_CONTENT_ROWID];
  if (existing && id && !found[1] && is_rowid_alias(id)) {
    sqlite3_free(ipk);
    return SQLITE_OK;
  }
  if (vt->options[O_CONTENT_ROWID]) {
    if (!rowid_pk || pk_columns != 1) {
      sqlite3_free(ipk);
      *err = sqlite3_mprintf(MODULE ": content_rowid '%s' must be the INTEGER PRIMARY KEY of "
                                    "content table '%s'",
                             vt->options[O_CONTENT_ROWID], content);
      return SQLITE_ERROR;
    }
  } else {
    if (!ipk || pk_columns != 1) {
      sqlite3_free(ipk);
      *err = sqlite3_mprintf(MODULE ": content table '%s' has no INTEGER PRIMARY KEY (VACUUM "
                                    "may renumber the rowids of a table without one)",
                             content);
      return SQLITE_ERROR;
    }
    vt->options[O_CONTENT_ROWID] = ipk;
    ipk = NULL;
  }
  sqlite3_free(ipk);
  return SQLITE_OK;
}

/* Reads the format version and the options back from <name>_config. */
int store_read_config(store_vtab *vt, char **err) {
  sqlite3_stmt *stmt = NULL;
  int rc = store_prepare(vt->db, &stmt, "SELECT k, v FROM \"%w\".\"%w_config\"", vt->schema,
                         vt->name);
  if (rc != SQLITE_OK) {
    *err = sqlite3_mprintf(MODULE ": %s: cannot read %s_config: %s", vt->name, vt->name,
                           sqlite3_errmsg(vt->db));
    return rc;
  }
  int version = -1;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    const char *k = (const char *)sqlite3_column_text(stmt, 0);
    if (!k) continue;
    if (strcmp(k, "version") == 0) {
      version = sqlite3_column_type(stmt, 1) == SQLITE_INTEGER ? sqlite3_column_int(stmt, 1) : -1;
      continue;
    }
    for (int o = 0; o < O_COUNT; o++)
      if (strcmp(k, store_option_names[o]) == 0 && sqlite3_column_type(stmt, 1) != SQLITE_NULL) {
        sqlite3_free(vt->options[o]);
        vt->options[o] = sqlite3_mprintf("%s", sqlite3_column_text(stmt, 1));
        if (!vt->options[o]) rc = SQLITE_NOMEM;
      }
    if (rc == SQLITE_NOMEM) break;
  }
  sqlite3_finalize(stmt);
  if (rc != SQLITE_DONE) return rc == SQLITE_ROW ? SQLITE_ERROR : rc;
  if (version < STORE_FORMAT_OLDEST || version > STORE_FORMAT) {
    *err = version < 0
             ? sqlite3_mprintf(MODULE ": %s_config holds no format version", vt->name)
             : sqlite3_mprintf(MODULE ": %s has format %d; this build (textfacts " TEXTFACTS_VERSION
                                      ") reads formats %d to %d",
                               vt->name, version, STORE_FORMAT_OLDEST, STORE_FORMAT);
    return SQLITE_ERROR;
  }
  vt->format = version;
  if (!vt->options[O_CONTENT] || !vt->options[O_COLUMN]) {
    *err = sqlite3_mprintf(MODULE ": %s_config lacks the content table or column", vt->name);
    return SQLITE_ERROR;
  }
  return store_check_lang_option(vt, err);
}

/* Reads one column reference of a trigger body at *p: new."name" (quotes
** doubled inside), new.name, or NULL (*out NULL). 0 when it is neither. */
static int trigger_reference(const char **p, char **out) {
  const char *q = *p;
  *out = NULL;
  while (*q == ' ') q++;
  if (sqlite3_strnicmp(q, "NULL", 4) == 0) {
    *p = q + 4;
    return 1;
  }
  if (sqlite3_strnicmp(q, "new.", 4) != 0) return 0;
  q += 4;
  sqlite3_str *name = sqlite3_str_new(NULL);
  if (*q == '"') {
    for (q++; *q && !(q[0] == '"' && q[1] != '"'); q++) {
      if (q[0] == '"') q++;
      sqlite3_str_appendchar(name, 1, *q);
    }
    if (*q != '"') {
      sqlite3_free(sqlite3_str_finish(name));
      return 0;
    }
    q++;
  } else {
    while (*q && *q != ',' && *q != ')' && *q != ' ') sqlite3_str_appendchar(name, 1, *q++);
  }
  *out = sqlite3_str_finish(name);
  *p = q;
  return *out != NULL;
}

/* Brings the content table's names up to date. ALTER TABLE … RENAME of the
** content table or of its columns rewrites the triggers, not <name>_config:
** the table is the one the insert trigger is on, and the id, text and lang
** columns are those its body passes. Keeps the options when the trigger is
** gone or not as this module wrote it. SQLITE_OK or SQLITE_NOMEM. */
int store_follow_content(store_vtab *vt) {
  sqlite3_stmt *stmt = NULL;
  int rc = store_prepare(
    vt->db, &stmt,
    "SELECT tbl_name, sql FROM \"%w\".sqlite_schema WHERE type = 'trigger' AND "
    "name = '%q_ai'",
    vt->schema, vt->name);
  if (rc != SQLITE_OK) return rc == SQLITE_NOMEM ? rc : SQLITE_OK;
  if (sqlite3_step(stmt) == SQLITE_ROW) {
    const char *table = (const char *)sqlite3_column_text(stmt, 0);
    const char *sql = (const char *)sqlite3_column_text(stmt, 1);
    const char *p = sql ? strstr(sql, "'" CMD_INDEX "',") : NULL;
    char *names[3] = {NULL, NULL, NULL};
    int ok = p != NULL;
    if (p) p += strlen("'" CMD_INDEX "',");
    for (int k = 0; ok && k < 3; k++) {
      ok = trigger_reference(&p, &names[k]) && (k == 2 ? *p == ')' : *p == ',');
      p++;
    }
    if (ok && names[0] && names[1] && table) {
      char *content = sqlite3_mprintf("%s", table);
      if (!content) rc = SQLITE_NOMEM;
      else {
        sqlite3_free(vt->options[O_CONTENT]);
        vt->options[O_CONTENT] = content;
        sqlite3_free(vt->options[O_CONTENT_ROWID]);
        vt->options[O_CONTENT_ROWID] = names[0];
        sqlite3_free(vt->options[O_COLUMN]);
        vt->options[O_COLUMN] = names[1];
        sqlite3_free(vt->options[O_LANG_COLUMN]);
        vt->options[O_LANG_COLUMN] = names[2];
        names[0] = names[1] = names[2] = NULL;
      }
    }
    for (int k = 0; k < 3; k++) sqlite3_free(names[k]);
  }
  sqlite3_finalize(stmt);
  return rc;
}
