/*
** store_sql.c — the textfacts virtual table: the facts of an article table,
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
**                  low REAL, high REAL, entity TEXT, entity_kind TEXT, year INTEGER,
**                  grp INTEGER, name TEXT, code TEXT, source TEXT, <name> HIDDEN)
**
** One row per mention of each article: kind 'money' rows carry extract_facts'
** values (amount … grp; name, code and source NULL), kind 'entity' rows carry
** extract_entities' (name, entity_kind, code, source; the money columns NULL).
** sentence is the 0-based index of the sentence the mention starts in, as
** extract_sentences numbers them. Rows of one article are in text order
** (start, then money before entity).
**
** Storage (all ordinary tables, readable without the extension):
**   <name>_config(k PRIMARY KEY, v)  the format version and the options;
**   <name>_data(id INTEGER PRIMARY KEY, doc, kind, … the columns above),
**     with indexes on doc, kind, (currency, amount), amount, name,
**     (entity, year) and year (partial: only rows where the column is set).
** Queries become one SELECT on <name>_data with every constraint and ORDER BY
** pushed down, so SQLite's planner picks the index (xBestIndex estimates
** which constraint narrows most).
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
#include "textfacts_sql.h"
#include "tf_lexicon.h"
#include "tf_facts.h"
#include "tf_lang.h"
#include "tf_sentence.h"
#include "tf_utf8.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
SQLITE_EXTENSION_INIT3

/* The on-disk format this build writes, and the oldest one it reads. A change
** to the shadow tables bumps it; tests/fixtures keeps a file of each. */
#define STORE_FORMAT 1
#define STORE_FORMAT_OLDEST 1

#define MODULE "textfacts"

enum store_column {
  S_DOC, S_KIND, S_MATCH, S_START, S_END, S_SENTENCE, S_AMOUNT, S_CURRENCY, S_QUALIFIER, S_LOW,
  S_HIGH, S_ENTITY, S_ENTITY_KIND, S_YEAR, S_GRP, S_NAME, S_CODE, S_SOURCE, S_COMMAND,
  S_COLUMNS = S_COMMAND /* the stored ones */
};

/* Name and declared type of each stored column, in schema order; the
** virtual table and <name>_data declare them alike, so comparisons pushed
** down behave as they would on the virtual table. */
static const struct {
  const char *name;
  const char *type;
  double selectivity; /* of an equality on it, for xBestIndex; 0: no index */
} columns[S_COLUMNS] = {
  {"doc", "INTEGER", 1e-4},   {"kind", "TEXT", 0.5},         {"match", "TEXT", 0},
  {"start", "INTEGER", 0},    {"end", "INTEGER", 0},         {"sentence", "INTEGER", 0},
  {"amount", "REAL", 1e-3},   {"currency", "TEXT", 0.02},    {"qualifier", "TEXT", 0},
  {"low", "REAL", 0},         {"high", "REAL", 0},           {"entity", "TEXT", 1e-3},
  {"entity_kind", "TEXT", 0}, {"year", "INTEGER", 0.02},     {"grp", "INTEGER", 0},
  {"name", "TEXT", 1e-3},     {"code", "TEXT", 0},           {"source", "TEXT", 0},
};

/* Commands the triggers send through the kind column. */
#define CMD_INDEX "textfacts:index"
#define CMD_DELETE "textfacts:delete"

/* The options, as given to CREATE VIRTUAL TABLE and kept in <name>_config. */
enum option { O_CONTENT, O_COLUMN, O_CONTENT_ROWID, O_LANG, O_LANG_COLUMN, O_COUNT };
static const char *const option_names[O_COUNT] = {"content", "column", "content_rowid", "lang",
                                                  "lang_column"};
#define OPTION_LIST "content, column, content_rowid, lang, lang_column"

typedef struct store_vtab {
  sqlite3_vtab base;
  sqlite3 *db;
  textfacts_entities *entities;
  char *schema, *name;
  char *options[O_COUNT]; /* NULL when not given */
  int lang;               /* the lang option's tf_lang (AUTO without it) */
  sqlite3_int64 rows;     /* an estimate, for xBestIndex */
  sqlite3_stmt *insert, *remove; /* prepared on first write */
} store_vtab;

/* ------------------------------------------------------------------------ */
/* Small helpers. */

static int exec_sql(sqlite3 *db, char **err, const char *format, ...) {
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

static int prepare(sqlite3 *db, sqlite3_stmt **stmt, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  char *sql = sqlite3_vmprintf(format, ap);
  va_end(ap);
  if (!sql) return SQLITE_NOMEM;
  int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, NULL);
  sqlite3_free(sql);
  return rc;
}

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

/* ------------------------------------------------------------------------ */
/* One article's rows. */

typedef struct store_row {
  int is_money;
  size_t index;                  /* into facts.items or entities.items */
  size_t start_byte;
  sqlite3_int64 start, end, sentence;
} store_row;

typedef struct doc_rows {
  tf_fact_list facts;
  tf_entity_list entities;
  store_row *rows;
  size_t count, capacity;
  const char *text;
} doc_rows;

static void doc_rows_free(doc_rows *d) {
  tf_fact_list_free(&d->facts);
  tf_entity_list_free(&d->entities);
  sqlite3_free(d->rows);
  memset(d, 0, sizeof *d);
}

static int by_start(const void *a, const void *b) {
  const store_row *x = a, *y = b;
  if (x->start_byte != y->start_byte) return x->start_byte < y->start_byte ? -1 : 1;
  if (x->is_money != y->is_money) return x->is_money ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Extracts text (up to its first NUL, as the table-valued functions read it)
** into d: extract_facts' rows and extract_entities' rows, in text order, with
** code-point offsets and sentence indexes. SQLITE_OK or SQLITE_NOMEM. */
static int doc_extract(doc_rows *d, const tf_entity_set *set, const char *text, int lang) {
  const unsigned char *s = (const unsigned char *)text;
  size_t len = strlen(text);
  d->text = text;
  d->count = 0;
  if (tf_facts_extract(set, s, len, lang, &d->facts) != TF_OK) return SQLITE_NOMEM;
  if (tf_entity_extract(set, s, len, lang, &d->entities) != 0) return SQLITE_NOMEM;
  size_t need = d->facts.count + d->entities.count;
  if (need > d->capacity) {
    store_row *rows = sqlite3_realloc64(d->rows, need * sizeof *rows);
    if (!rows) return SQLITE_NOMEM;
    d->rows = rows;
    d->capacity = need;
  }
  tf_cp_counter counter;
  tf_cp_counter_init(&counter, s);
  for (size_t i = 0; i < d->facts.count; i++) {
    const tf_fact *f = &d->facts.items[i];
    store_row *r = &d->rows[d->count++];
    r->is_money = 1;
    r->index = i;
    r->start_byte = f->money.start;
    r->start = tf_cp_advance(&counter, f->money.start);
    r->end = tf_cp_advance(&counter, f->money.end);
    r->sentence = (sqlite3_int64)f->sentence;
  }
  /* Entities: the sentence a mention starts in, counted as tf_facts counts. */
  tf_cp_counter_init(&counter, s);
  tf_sentence_counter sentences;
  tf_sentence_counter_init(&sentences, s, len, lang);
  for (size_t i = 0; i < d->entities.count; i++) {
    const tf_entity_mention *m = &d->entities.items[i];
    store_row *r = &d->rows[d->count++];
    r->is_money = 0;
    r->index = i;
    r->start_byte = m->start;
    r->start = tf_cp_advance(&counter, m->start);
    r->end = tf_cp_advance(&counter, m->end);
    r->sentence = (sqlite3_int64)tf_sentence_counter_at(&sentences, m->start);
  }
  if (d->count > 1) qsort(d->rows, d->count, sizeof *d->rows, by_start);
  return SQLITE_OK;
}

static void bind_optional_double(sqlite3_stmt *stmt, int param, int has, double v) {
  if (has) sqlite3_bind_double(stmt, param, v);
  else sqlite3_bind_null(stmt, param);
}

/* Binds row r of d as parameters 1..S_COLUMNS (in store_column order), the
** values extract_facts and extract_entities give. SQLITE_OK or an error. */
static int bind_row(sqlite3_stmt *stmt, sqlite3_int64 doc, const doc_rows *d, const store_row *r) {
  sqlite3_clear_bindings(stmt); /* the columns this kind of row leaves NULL */
  int rc = sqlite3_bind_int64(stmt, 1 + S_DOC, doc);
  sqlite3_bind_int64(stmt, 1 + S_START, r->start);
  sqlite3_bind_int64(stmt, 1 + S_END, r->end);
  sqlite3_bind_int64(stmt, 1 + S_SENTENCE, r->sentence);
  if (r->is_money) {
    const tf_fact *f = &d->facts.items[r->index];
    const tf_money *m = &f->money;
    sqlite3_bind_text(stmt, 1 + S_KIND, "money", 5, SQLITE_STATIC);
    rc = sqlite3_bind_text(stmt, 1 + S_MATCH, d->text + m->start, (int)(m->end - m->start),
                           SQLITE_STATIC);
    bind_optional_double(stmt, 1 + S_AMOUNT, m->has_amount, m->amount);
    sqlite3_bind_text(stmt, 1 + S_CURRENCY, m->currency, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 1 + S_QUALIFIER, textfacts_qualifier_name(m->qualifier), -1,
                      SQLITE_STATIC);
    bind_optional_double(stmt, 1 + S_LOW, m->has_low, m->low);
    bind_optional_double(stmt, 1 + S_HIGH, m->has_high, m->high);
    if (f->entity) {
      sqlite3_bind_text(stmt, 1 + S_ENTITY, f->entity, (int)f->entity_len, SQLITE_STATIC);
      sqlite3_bind_text(stmt, 1 + S_ENTITY_KIND, tf_entity_kind_name(f->entity_kind), -1,
                        SQLITE_STATIC);
    }
    if (f->year) sqlite3_bind_int(stmt, 1 + S_YEAR, f->year);
    if (f->grp) sqlite3_bind_int(stmt, 1 + S_GRP, f->grp);
  } else {
    const tf_entity_mention *m = &d->entities.items[r->index];
    sqlite3_bind_text(stmt, 1 + S_KIND, "entity", 6, SQLITE_STATIC);
    rc = sqlite3_bind_text(stmt, 1 + S_MATCH, d->text + m->start, (int)(m->end - m->start),
                           SQLITE_STATIC);
    sqlite3_bind_text(stmt, 1 + S_NAME, m->name, (int)m->name_len, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 1 + S_ENTITY_KIND, tf_entity_kind_name(m->kind), -1, SQLITE_STATIC);
    if (m->code[0]) sqlite3_bind_text(stmt, 1 + S_CODE, m->code, 2, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 1 + S_SOURCE, tf_entity_source_name(m->source), -1, SQLITE_STATIC);
  }
  return rc;
}

/* ------------------------------------------------------------------------ */
/* Options and the content table. */

static void store_free(store_vtab *vt) {
  if (!vt) return;
  sqlite3_finalize(vt->insert);
  sqlite3_finalize(vt->remove);
  for (int i = 0; i < O_COUNT; i++) sqlite3_free(vt->options[i]);
  sqlite3_free(vt->schema);
  sqlite3_free(vt->name);
  sqlite3_free(vt->base.zErrMsg);
  sqlite3_free(vt);
}

/* Parses "key = value" arguments into vt->options. */
static int parse_options(store_vtab *vt, int argc, const char *const *argv, char **err) {
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
      if (sqlite3_stricmp(key, option_names[o]) == 0) which = o;
    if (which < 0) {
      *err = sqlite3_mprintf(MODULE ": unknown option '%s' (known: " OPTION_LIST ")", key);
      sqlite3_free(key);
      return SQLITE_ERROR;
    }
    sqlite3_free(key);
    if (vt->options[which]) {
      *err = sqlite3_mprintf(MODULE ": option '%s' given twice", option_names[which]);
      return SQLITE_ERROR;
    }
    vt->options[which] = dequote(eq + 1, strlen(eq + 1));
    if (!vt->options[which]) return SQLITE_NOMEM;
    if (!vt->options[which][0]) {
      *err = sqlite3_mprintf(MODULE ": option '%s' is empty", option_names[which]);
      return SQLITE_ERROR;
    }
  }
  static const int required[] = {O_CONTENT, O_COLUMN};
  for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
    if (!vt->options[required[i]]) {
      *err = sqlite3_mprintf(MODULE ": missing option '%s' (%s = '...')",
                             option_names[required[i]], option_names[required[i]]);
      return SQLITE_ERROR;
    }
  if (vt->options[O_LANG] && vt->options[O_LANG_COLUMN]) {
    *err = sqlite3_mprintf(MODULE ": options 'lang' and 'lang_column' exclude each other");
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

static int check_lang_option(store_vtab *vt, char **err) {
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

/* The names a table's columns must not clash with. */
static int clashes_with_column(const char *name) {
  for (int c = 0; c < S_COLUMNS; c++)
    if (sqlite3_stricmp(name, columns[c].name) == 0) return 1;
  return sqlite3_stricmp(name, "rowid") == 0 || sqlite3_stricmp(name, "oid") == 0 ||
         sqlite3_stricmp(name, "_rowid_") == 0;
}

/* Checks the content table and its columns, and replaces each option by the
** name as the table declares it. */
static int check_content(store_vtab *vt, char **err) {
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
  int rc = prepare(db, &stmt,
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
  rc = prepare(db, &stmt,
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
                           "(textfacts keeps current through triggers on it)", content, why);
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
  rc = prepare(db, &stmt, "SELECT name, type, pk FROM pragma_table_xinfo(%Q, %Q)", content,
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
    if (vt->options[named[k]] && !found[k]) {
      sqlite3_free(ipk);
      *err = sqlite3_mprintf(MODULE ": %s '%s' is not a column of content table '%s'",
                             option_names[named[k]], vt->options[named[k]], content);
      return SQLITE_ERROR;
    }
  /* Articles are known by an INTEGER PRIMARY KEY: a bare rowid may be
  ** renumbered by VACUUM, which would leave the stored rows on other
  ** articles. Without content_rowid, the table's own is taken. */
  if (vt->options[O_CONTENT_ROWID]) {
    if (!rowid_pk || pk_columns != 1) {
      sqlite3_free(ipk);
      *err = sqlite3_mprintf(MODULE ": content_rowid '%s' must be the INTEGER PRIMARY KEY of "
                             "content table '%s'", vt->options[O_CONTENT_ROWID], content);
      return SQLITE_ERROR;
    }
  } else {
    if (!ipk || pk_columns != 1) {
      sqlite3_free(ipk);
      *err = sqlite3_mprintf(MODULE ": content table '%s' has no INTEGER PRIMARY KEY (VACUUM "
                             "may renumber the rowids of a table without one)", content);
      return SQLITE_ERROR;
    }
    vt->options[O_CONTENT_ROWID] = ipk;
    ipk = NULL;
  }
  sqlite3_free(ipk);
  return SQLITE_OK;
}

/* ------------------------------------------------------------------------ */
/* Shadow tables and triggers. */

/* The indexes of <name>_data. Partial where the column is set on one kind
** of row only, which keeps them small. */
static const struct {
  const char *suffix, *columns, *where;
} indexes[] = {
  {"doc", "doc", NULL},
  {"kind", "kind", NULL},
  {"currency", "currency, amount", "currency IS NOT NULL"},
  {"amount", "amount", "amount IS NOT NULL"},
  {"name", "name", "name IS NOT NULL"},
  {"entity", "entity, year", "entity IS NOT NULL"},
  {"year", "year", "year IS NOT NULL"},
};
#define INDEX_COUNT (sizeof indexes / sizeof indexes[0])

/* Is an object of this name in the schema? -1 on error. */
static int name_taken(store_vtab *vt, const char *name) {
  sqlite3_stmt *stmt = NULL;
  int rc = prepare(vt->db, &stmt,
                   "SELECT 1 FROM \"%w\".sqlite_schema WHERE name = %Q COLLATE NOCASE",
                   vt->schema, name);
  if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Indexes are never renamed (SQLite cannot rename an index, nor drop one
** inside ALTER TABLE): after a rename they keep their first name, so a new
** table under that name takes the first free <name>_<what>[_N]. */
static int create_indexes(store_vtab *vt, char **err) {
  int rc = SQLITE_OK;
  for (size_t i = 0; rc == SQLITE_OK && i < INDEX_COUNT; i++) {
    char *index = NULL;
    for (int n = 1; rc == SQLITE_OK; n++) {
      sqlite3_free(index);
      index = n == 1 ? sqlite3_mprintf("%s_%s", vt->name, indexes[i].suffix)
                     : sqlite3_mprintf("%s_%s_%d", vt->name, indexes[i].suffix, n);
      int taken = index ? name_taken(vt, index) : -1;
      if (taken < 0) rc = index ? SQLITE_ERROR : SQLITE_NOMEM;
      if (!taken) break;
    }
    if (rc == SQLITE_OK)
      rc = exec_sql(vt->db, err, "CREATE INDEX \"%w\".\"%w\" ON \"%w_data\"(%s)%s%s", vt->schema,
                    index, vt->name, indexes[i].columns, indexes[i].where ? " WHERE " : "",
                    indexes[i].where ? indexes[i].where : "");
    sqlite3_free(index);
  }
  return rc;
}

static int create_shadow_tables(store_vtab *vt, char **err) {
  sqlite3_str *data = sqlite3_str_new(vt->db);
  sqlite3_str_appendf(data, "CREATE TABLE \"%w\".\"%w_data\"(id INTEGER PRIMARY KEY",
                      vt->schema, vt->name);
  for (int c = 0; c < S_COLUMNS; c++)
    sqlite3_str_appendf(data, ", \"%w\" %s", columns[c].name, columns[c].type);
  sqlite3_str_appendall(data, ");");
  char *data_sql = sqlite3_str_finish(data);
  if (!data_sql) return SQLITE_NOMEM;
  int rc = exec_sql(vt->db, err,
                    "%s CREATE TABLE \"%w\".\"%w_config\"(k TEXT PRIMARY KEY, v) WITHOUT ROWID;",
                    data_sql, vt->schema, vt->name);
  sqlite3_free(data_sql);
  if (rc != SQLITE_OK) return rc;
  sqlite3_stmt *stmt = NULL;
  rc = prepare(vt->db, &stmt, "INSERT INTO \"%w\".\"%w_config\"(k, v) VALUES(?, ?)", vt->schema,
               vt->name);
  if (rc != SQLITE_OK) return rc;
  sqlite3_bind_text(stmt, 1, "version", -1, SQLITE_STATIC);
  sqlite3_bind_int(stmt, 2, STORE_FORMAT);
  rc = sqlite3_step(stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_reset(stmt);
  for (int o = 0; rc == SQLITE_OK && o < O_COUNT; o++) {
    if (!vt->options[o]) continue;
    sqlite3_reset(stmt);
    sqlite3_bind_text(stmt, 1, option_names[o], -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, vt->options[o], -1, SQLITE_STATIC);
    if (sqlite3_step(stmt) != SQLITE_DONE) rc = sqlite3_reset(stmt);
  }
  sqlite3_finalize(stmt);
  return rc;
}

/* The triggers on content that keep table `name` current. */
static int create_triggers(store_vtab *vt, const char *name, const char *content, char **err) {
  const char *rowid = vt->options[O_CONTENT_ROWID] ? vt->options[O_CONTENT_ROWID] : "rowid";
  const char *column = vt->options[O_COLUMN];
  const char *lang_column = vt->options[O_LANG_COLUMN];
  char *lang_new = lang_column ? sqlite3_mprintf("new.\"%w\"", lang_column) : sqlite3_mprintf("NULL");
  char *lang_changed = lang_column ? sqlite3_mprintf(" OR old.\"%w\" IS NOT new.\"%w\"",
                                                     lang_column, lang_column)
                                   : sqlite3_mprintf("");
  char *index = sqlite3_mprintf(
      "INSERT INTO \"%w\"(kind, doc, \"match\", qualifier) VALUES('" CMD_INDEX
      "', new.\"%w\", new.\"%w\", %s);",
      name, rowid, column, lang_new);
  char *remove = sqlite3_mprintf(
      "INSERT INTO \"%w\"(kind, doc) VALUES('" CMD_DELETE "', old.\"%w\");", name, rowid);
  int rc = SQLITE_NOMEM;
  if (lang_new && lang_changed && index && remove)
    rc = exec_sql(vt->db, err,
                  "CREATE TRIGGER \"%w\".\"%w_ai\" AFTER INSERT ON \"%w\" BEGIN %s END;"
                  "CREATE TRIGGER \"%w\".\"%w_ad\" AFTER DELETE ON \"%w\" BEGIN %s END;"
                  "CREATE TRIGGER \"%w\".\"%w_au\" AFTER UPDATE ON \"%w\" WHEN "
                  "old.\"%w\" IS NOT new.\"%w\" OR old.\"%w\" IS NOT new.\"%w\"%s BEGIN %s %s END;",
                  vt->schema, name, content, index, vt->schema, name, content, remove,
                  vt->schema, name, content, rowid, rowid, column, column, lang_changed, remove,
                  index);
  sqlite3_free(lang_new);
  sqlite3_free(lang_changed);
  sqlite3_free(index);
  sqlite3_free(remove);
  return rc;
}

static int drop_triggers(sqlite3 *db, const char *schema, const char *name, char **err) {
  return exec_sql(db, err,
                  "DROP TRIGGER IF EXISTS \"%w\".\"%w_ai\";"
                  "DROP TRIGGER IF EXISTS \"%w\".\"%w_ad\";"
                  "DROP TRIGGER IF EXISTS \"%w\".\"%w_au\";",
                  schema, name, schema, name, schema, name);
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
static int follow_content(store_vtab *vt) {
  sqlite3_stmt *stmt = NULL;
  int rc = prepare(vt->db, &stmt,
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

/* ------------------------------------------------------------------------ */
/* Writing. */

static int prepare_writes(store_vtab *vt) {
  if (vt->insert) return SQLITE_OK;
  sqlite3_str *sql = sqlite3_str_new(vt->db);
  sqlite3_str_appendf(sql, "INSERT INTO \"%w\".\"%w_data\"(", vt->schema, vt->name);
  for (int c = 0; c < S_COLUMNS; c++) sqlite3_str_appendf(sql, "%s\"%w\"", c ? ", " : "", columns[c].name);
  sqlite3_str_appendall(sql, ") VALUES(");
  for (int c = 0; c < S_COLUMNS; c++) sqlite3_str_appendf(sql, "%s?%d", c ? ", " : "", c + 1);
  sqlite3_str_appendall(sql, ")");
  char *text = sqlite3_str_finish(sql);
  if (!text) return SQLITE_NOMEM;
  int rc = prepare(vt->db, &vt->insert, "%s", text);
  sqlite3_free(text);
  if (rc == SQLITE_OK)
    rc = prepare(vt->db, &vt->remove, "DELETE FROM \"%w\".\"%w_data\" WHERE doc = ?1", vt->schema,
                 vt->name);
  return rc;
}

/* The lang of an article: the lang option, or the lang column's value (NULL:
** auto). -1 after an error naming the article. */
static int article_lang(store_vtab *vt, sqlite3_int64 doc, sqlite3_value *value) {
  if (!vt->options[O_LANG_COLUMN] || !value || sqlite3_value_type(value) == SQLITE_NULL)
    return vt->lang;
  const char *name = (const char *)sqlite3_value_text(value);
  int lang = name ? tf_lang_parse(name, (size_t)sqlite3_value_bytes(value)) : -1;
  if (lang < 0)
    textfacts_vtab_error(&vt->base,
                         MODULE ": %s: article %lld: unknown lang '%s' in column '%s' "
                         "(supported: " TF_LANG_SUPPORTED ")",
                         vt->name, doc, name ? name : "", vt->options[O_LANG_COLUMN]);
  return lang;
}

/* Extracts one article (text may be NULL: no rows) and stores its rows. */
static int index_article(store_vtab *vt, const tf_entity_set *set, doc_rows *d, sqlite3_int64 doc,
                         sqlite3_value *text, sqlite3_value *lang_value) {
  int lang = article_lang(vt, doc, lang_value);
  if (lang < 0) return SQLITE_ERROR;
  if (!text || sqlite3_value_type(text) == SQLITE_NULL) return SQLITE_OK;
  const char *body = (const char *)sqlite3_value_text(text);
  if (!body) return SQLITE_NOMEM;
  int rc = doc_extract(d, set, body, lang);
  for (size_t i = 0; rc == SQLITE_OK && i < d->count; i++) {
    rc = bind_row(vt->insert, doc, d, &d->rows[i]);
    if (rc == SQLITE_OK && sqlite3_step(vt->insert) != SQLITE_DONE) rc = sqlite3_reset(vt->insert);
    else sqlite3_reset(vt->insert);
  }
  sqlite3_clear_bindings(vt->insert);
  return rc;
}

static int remove_article(store_vtab *vt, sqlite3_int64 doc) {
  sqlite3_bind_int64(vt->remove, 1, doc);
  sqlite3_step(vt->remove);
  return sqlite3_reset(vt->remove);
}

/* Takes the doc value a trigger passed: an integer, else an error. */
static int doc_argument(store_vtab *vt, sqlite3_value *value, sqlite3_int64 *doc) {
  int type = sqlite3_value_numeric_type(value);
  if (type == SQLITE_INTEGER) {
    *doc = sqlite3_value_int64(value);
    return SQLITE_OK;
  }
  textfacts_vtab_error(&vt->base, MODULE ": %s: article id %s is not an integer", vt->name,
                       type == SQLITE_NULL ? "NULL" : (const char *)sqlite3_value_text(value));
  return SQLITE_ERROR;
}

/* Opens the content table for reading: rowid, text, lang (or NULL). */
static int select_content(store_vtab *vt, sqlite3_stmt **stmt, const char *order) {
  int rc = follow_content(vt);
  if (rc != SQLITE_OK) return rc;
  const char *content = vt->options[O_CONTENT];
  const char *rowid = vt->options[O_CONTENT_ROWID] ? vt->options[O_CONTENT_ROWID] : "rowid";
  char *lang = vt->options[O_LANG_COLUMN] ? sqlite3_mprintf("c.\"%w\"", vt->options[O_LANG_COLUMN])
                                          : sqlite3_mprintf("NULL");
  /* Qualified names: an unknown "name" alone would be read as a string. */
  rc = lang ? prepare(vt->db, stmt, "SELECT c.\"%w\", c.\"%w\", %s FROM \"%w\".\"%w\" AS c%s",
                      rowid, vt->options[O_COLUMN], lang, vt->schema, content, order)
            : SQLITE_NOMEM;
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM)
    textfacts_vtab_error(&vt->base, MODULE ": %s: cannot read content table '%s': %s", vt->name,
                         content, sqlite3_errmsg(vt->db));
  sqlite3_free(lang);
  return rc;
}

static int rebuild(store_vtab *vt) {
  int rc = prepare_writes(vt);
  if (rc != SQLITE_OK) return rc;
  textfacts_entity_ref *ref;
  rc = textfacts_entities_open(vt->entities, &vt->base, MODULE, &ref);
  if (rc != SQLITE_OK) return rc;
  const tf_entity_set *set = textfacts_entities_set(ref);
  sqlite3_stmt *stmt = NULL;
  rc = set ? exec_sql(vt->db, &vt->base.zErrMsg, "DELETE FROM \"%w\".\"%w_data\"", vt->schema,
                      vt->name)
           : SQLITE_ERROR;
  if (rc == SQLITE_OK) rc = select_content(vt, &stmt, "");
  doc_rows d;
  memset(&d, 0, sizeof d);
  while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    sqlite3_int64 doc;
    rc = doc_argument(vt, sqlite3_column_value(stmt, 0), &doc);
    if (rc == SQLITE_OK)
      rc = index_article(vt, set, &d, doc, sqlite3_column_value(stmt, 1),
                         sqlite3_column_value(stmt, 2));
  }
  if (rc == SQLITE_DONE) rc = SQLITE_OK;
  else if (rc != SQLITE_OK && !vt->base.zErrMsg && rc != SQLITE_NOMEM)
    textfacts_vtab_error(&vt->base, MODULE ": %s: rebuild: %s", vt->name, sqlite3_errmsg(vt->db));
  sqlite3_finalize(stmt);
  doc_rows_free(&d);
  textfacts_entities_release(ref);
  return rc;
}

/* ------------------------------------------------------------------------ */
/* integrity-check: recompute every article and compare with what is stored. */

/* The first column where stored row `stored` (a statement over <name>_data
** positioned on it, columns in store_column order from 1) and the row bound
** to `probe` (SELECT ?1, ?2, …) differ, or -1. */
static int first_difference(sqlite3_stmt *stored, sqlite3_stmt *probe) {
  for (int c = 0; c < S_COLUMNS; c++) {
    sqlite3_value *a = sqlite3_column_value(stored, c + 1);
    sqlite3_value *b = sqlite3_column_value(probe, c);
    int ta = sqlite3_value_type(a), tb = sqlite3_value_type(b);
    if (ta != tb) return c;
    if (ta == SQLITE_INTEGER && sqlite3_value_int64(a) != sqlite3_value_int64(b)) return c;
    if (ta == SQLITE_FLOAT && sqlite3_value_double(a) != sqlite3_value_double(b)) return c;
    if (ta == SQLITE_TEXT || ta == SQLITE_BLOB) {
      int na = sqlite3_value_bytes(a), nb = sqlite3_value_bytes(b);
      const void *pa = sqlite3_value_blob(a), *pb = sqlite3_value_blob(b);
      if (na != nb || (na && memcmp(pa, pb, (size_t)na) != 0)) return c;
    }
  }
  return -1;
}

static int integrity_check(store_vtab *vt) {
  textfacts_entity_ref *ref;
  int rc = textfacts_entities_open(vt->entities, &vt->base, MODULE, &ref);
  if (rc != SQLITE_OK) return rc;
  const tf_entity_set *set = textfacts_entities_set(ref);
  sqlite3_stmt *content = NULL, *stored = NULL, *probe = NULL, *orphan = NULL;
  rc = set ? select_content(vt, &content, " ORDER BY 1") : SQLITE_ERROR;
  if (rc == SQLITE_OK) {
    sqlite3_str *sql = sqlite3_str_new(vt->db);
    sqlite3_str_appendall(sql, "SELECT id");
    for (int c = 0; c < S_COLUMNS; c++) sqlite3_str_appendf(sql, ", \"%w\"", columns[c].name);
    sqlite3_str_appendf(sql, " FROM \"%w\".\"%w_data\" WHERE doc = ?1 ORDER BY id", vt->schema,
                        vt->name);
    char *text = sqlite3_str_finish(sql);
    rc = text ? prepare(vt->db, &stored, "%s", text) : SQLITE_NOMEM;
    sqlite3_free(text);
  }
  if (rc == SQLITE_OK) {
    sqlite3_str *sql = sqlite3_str_new(vt->db);
    sqlite3_str_appendall(sql, "SELECT ?1");
    for (int c = 1; c < S_COLUMNS; c++) sqlite3_str_appendf(sql, ", ?%d", c + 1);
    char *text = sqlite3_str_finish(sql);
    rc = text ? prepare(vt->db, &probe, "%s", text) : SQLITE_NOMEM;
    sqlite3_free(text);
  }
  doc_rows d;
  memset(&d, 0, sizeof d);
  char *problem = NULL;
  sqlite3_int64 last_doc = 0;
  int have_last = 0;
  while (rc == SQLITE_OK && !problem && (rc = sqlite3_step(content)) == SQLITE_ROW) {
    sqlite3_int64 doc;
    rc = doc_argument(vt, sqlite3_column_value(content, 0), &doc);
    if (rc != SQLITE_OK) break;
    if (have_last && doc == last_doc) {
      problem = sqlite3_mprintf("article id %lld appears twice in the content table", doc);
      break;
    }
    have_last = 1;
    last_doc = doc;
    int lang = article_lang(vt, doc, sqlite3_column_value(content, 2));
    if (lang < 0) {
      rc = SQLITE_ERROR;
      break;
    }
    d.count = 0;
    const char *body = (const char *)sqlite3_column_text(content, 1);
    if (body) rc = doc_extract(&d, set, body, lang);
    else if (sqlite3_column_type(content, 1) != SQLITE_NULL) rc = SQLITE_NOMEM;
    sqlite3_bind_int64(stored, 1, doc);
    size_t i = 0;
    while (rc == SQLITE_OK && !problem && sqlite3_step(stored) == SQLITE_ROW) {
      if (i >= d.count) {
        problem = sqlite3_mprintf("article %lld: %lld stored rows, %lld computed", doc,
                                  (long long)i + 1, (long long)d.count);
        break;
      }
      sqlite3_reset(probe);
      rc = bind_row(probe, doc, &d, &d.rows[i]);
      if (rc == SQLITE_OK && sqlite3_step(probe) != SQLITE_ROW) rc = sqlite3_reset(probe);
      int c = rc == SQLITE_OK ? first_difference(stored, probe) : -1;
      if (c >= 0) {
        char *was = sqlite3_mprintf("%s", sqlite3_column_text(stored, c + 1));
        char *now = sqlite3_mprintf("%s", sqlite3_column_text(probe, c));
        problem = sqlite3_mprintf("article %lld: row %lld (at %lld): %s is %s, recomputed %s",
                                  doc, (long long)i + 1, (long long)d.rows[i].start,
                                  columns[c].name, was ? was : "NULL", now ? now : "NULL");
        sqlite3_free(was);
        sqlite3_free(now);
      }
      i++;
    }
    if (rc == SQLITE_OK && !problem && i < d.count)
      problem = sqlite3_mprintf("article %lld: %lld stored rows, %lld computed", doc,
                                (long long)i, (long long)d.count);
    sqlite3_reset(stored);
    sqlite3_reset(probe);
  }
  if (rc == SQLITE_DONE || (rc == SQLITE_ROW && problem)) rc = SQLITE_OK;
  if (rc == SQLITE_OK && !problem) {
    const char *name = vt->options[O_CONTENT]; /* followed by select_content */
    const char *rowid = vt->options[O_CONTENT_ROWID] ? vt->options[O_CONTENT_ROWID] : "rowid";
    rc = name ? prepare(vt->db, &orphan,
                        "SELECT doc FROM \"%w\".\"%w_data\" WHERE doc NOT IN "
                        "(SELECT c.\"%w\" FROM \"%w\".\"%w\" AS c) LIMIT 1",
                        vt->schema, vt->name, rowid, vt->schema, name)
              : SQLITE_NOMEM;
    if (rc == SQLITE_OK) {
      rc = sqlite3_step(orphan);
      if (rc == SQLITE_ROW)
        problem = sqlite3_mprintf("article %lld has rows but is not in the content table",
                                  sqlite3_column_int64(orphan, 0));
      rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
  }
  if (problem) {
    textfacts_vtab_error(&vt->base, MODULE ": integrity-check of %s failed: %s", vt->name,
                         problem);
    sqlite3_free(problem);
    rc = SQLITE_CORRUPT_VTAB;
  } else if (rc != SQLITE_OK && rc != SQLITE_NOMEM && !vt->base.zErrMsg) {
    textfacts_vtab_error(&vt->base, MODULE ": integrity-check of %s: %s", vt->name,
                         sqlite3_errmsg(vt->db));
  }
  sqlite3_finalize(content);
  sqlite3_finalize(stored);
  sqlite3_finalize(probe);
  sqlite3_finalize(orphan);
  doc_rows_free(&d);
  textfacts_entities_release(ref);
  return rc;
}

/* ------------------------------------------------------------------------ */
/* Create, connect, destroy, rename. */

static int declare(store_vtab *vt) {
  sqlite3_str *sql = sqlite3_str_new(vt->db);
  sqlite3_str_appendall(sql, "CREATE TABLE x(");
  for (int c = 0; c < S_COLUMNS; c++)
    sqlite3_str_appendf(sql, "\"%w\" %s, ", columns[c].name, columns[c].type);
  sqlite3_str_appendf(sql, "\"%w\" HIDDEN)", vt->name);
  char *text = sqlite3_str_finish(sql);
  if (!text) return SQLITE_NOMEM;
  int rc = sqlite3_declare_vtab(vt->db, text);
  sqlite3_free(text);
  return rc;
}

/* Reads the format version and the options back from <name>_config. */
static int read_config(store_vtab *vt, char **err) {
  sqlite3_stmt *stmt = NULL;
  int rc = prepare(vt->db, &stmt, "SELECT k, v FROM \"%w\".\"%w_config\"", vt->schema, vt->name);
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
      if (strcmp(k, option_names[o]) == 0 && sqlite3_column_type(stmt, 1) != SQLITE_NULL) {
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
               : sqlite3_mprintf(MODULE ": %s has format %d; this build (textfacts "
                                 TEXTFACTS_VERSION ") reads formats %d to %d",
                                 vt->name, version, STORE_FORMAT_OLDEST, STORE_FORMAT);
    return SQLITE_ERROR;
  }
  if (!vt->options[O_CONTENT] || !vt->options[O_COLUMN]) {
    *err = sqlite3_mprintf(MODULE ": %s_config lacks the content table or column", vt->name);
    return SQLITE_ERROR;
  }
  return check_lang_option(vt, err);
}

static void estimate_rows(store_vtab *vt) {
  sqlite3_stmt *stmt = NULL;
  vt->rows = 1000000;
  if (prepare(vt->db, &stmt, "SELECT max(id) FROM \"%w\".\"%w_data\"", vt->schema, vt->name) ==
          SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 0) == SQLITE_INTEGER)
    vt->rows = sqlite3_column_int64(stmt, 0) + 10;
  sqlite3_finalize(stmt);
}

static int store_init(sqlite3 *db, void *aux, int argc, const char *const *argv,
                      sqlite3_vtab **out, char **err, int create) {
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
    if (clashes_with_column(vt->name)) {
      *err = sqlite3_mprintf(MODULE ": a table named '%s' would clash with its column '%s'",
                             vt->name, vt->name);
      rc = SQLITE_ERROR;
    }
    if (rc == SQLITE_OK) rc = parse_options(vt, argc, argv, err);
    if (rc == SQLITE_OK) rc = check_lang_option(vt, err);
    if (rc == SQLITE_OK) rc = check_content(vt, err);
    if (rc == SQLITE_OK) rc = create_shadow_tables(vt, err);
    if (rc == SQLITE_OK) rc = create_triggers(vt, vt->name, vt->options[O_CONTENT], err);
  } else if (rc == SQLITE_OK) {
    rc = read_config(vt, err);
  }
  /* The existing articles are extracted before the schema is declared:
  ** SQLite wants no other statement run after sqlite3_declare_vtab. */
  /* The indexes come after: built by sorting, they cost a fraction of
  ** what keeping them up to date row by row does. */
  if (rc == SQLITE_OK && create) {
    rc = rebuild(vt);
    if (rc == SQLITE_OK) rc = create_indexes(vt, &vt->base.zErrMsg);
    if (rc != SQLITE_OK && vt->base.zErrMsg) {
      *err = vt->base.zErrMsg;
      vt->base.zErrMsg = NULL;
    }
  }
  if (rc == SQLITE_OK) estimate_rows(vt);
  if (rc == SQLITE_OK) rc = declare(vt);
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

static int store_destroy(sqlite3_vtab *base) {
  store_vtab *vt = (store_vtab *)base;
  sqlite3_finalize(vt->insert);
  sqlite3_finalize(vt->remove);
  vt->insert = vt->remove = NULL;
  int rc = drop_triggers(vt->db, vt->schema, vt->name, &vt->base.zErrMsg);
  if (rc == SQLITE_OK)
    rc = exec_sql(vt->db, &vt->base.zErrMsg,
                  "DROP TABLE IF EXISTS \"%w\".\"%w_data\";"
                  "DROP TABLE IF EXISTS \"%w\".\"%w_config\";",
                  vt->schema, vt->name, vt->schema, vt->name);
  if (rc == SQLITE_OK) store_free(vt);
  return rc;
}

static int store_rename(sqlite3_vtab *base, const char *to) {
  store_vtab *vt = (store_vtab *)base;
  if (clashes_with_column(to)) {
    textfacts_vtab_error(base, MODULE ": a table named '%s' would clash with its column '%s'", to,
                         to);
    return SQLITE_ERROR;
  }
  sqlite3_finalize(vt->insert);
  sqlite3_finalize(vt->remove);
  vt->insert = vt->remove = NULL;
  /* The triggers are made anew under the new name, naming the new table:
  ** SQLite's own rewriting of the schema, which runs after this, does not
  ** see them. */
  int rc = follow_content(vt);
  if (rc == SQLITE_OK) rc = drop_triggers(vt->db, vt->schema, vt->name, &vt->base.zErrMsg);
  if (rc == SQLITE_OK) rc = create_triggers(vt, to, vt->options[O_CONTENT], &vt->base.zErrMsg);
  if (rc == SQLITE_OK)
    rc = exec_sql(vt->db, &vt->base.zErrMsg,
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

static int store_shadow_name(const char *suffix) {
  return sqlite3_stricmp(suffix, "data") == 0 || sqlite3_stricmp(suffix, "config") == 0;
}

/* ------------------------------------------------------------------------ */
/* Commands and triggers: xUpdate. */

static int store_update(sqlite3_vtab *base, int argc, sqlite3_value **argv, sqlite3_int64 *rowid) {
  (void)rowid;
  store_vtab *vt = (store_vtab *)base;
  const char *command = NULL;
  if (argc == 2 + S_COMMAND + 1 && sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_value **col = argv + 2;
    if (sqlite3_value_type(col[S_COMMAND]) != SQLITE_NULL)
      command = (const char *)sqlite3_value_text(col[S_COMMAND]);
    else if (sqlite3_value_type(col[S_KIND]) == SQLITE_TEXT) {
      const char *kind = (const char *)sqlite3_value_text(col[S_KIND]);
      if (kind && (strcmp(kind, CMD_INDEX) == 0 || strcmp(kind, CMD_DELETE) == 0)) {
        /* A trigger: delete the article's rows, then index its text. */
        sqlite3_int64 doc;
        int rc = doc_argument(vt, col[S_DOC], &doc);
        if (rc == SQLITE_OK) rc = prepare_writes(vt);
        if (rc == SQLITE_OK) rc = remove_article(vt, doc);
        if (rc == SQLITE_OK && strcmp(kind, CMD_INDEX) == 0) {
          textfacts_entity_ref *ref;
          rc = textfacts_entities_open(vt->entities, base, MODULE, &ref);
          if (rc != SQLITE_OK) return rc;
          doc_rows d;
          memset(&d, 0, sizeof d);
          const tf_entity_set *set = textfacts_entities_set(ref);
          rc = set ? index_article(vt, set, &d, doc, col[S_MATCH], col[S_QUALIFIER]) : SQLITE_ERROR;
          doc_rows_free(&d);
          textfacts_entities_release(ref);
        }
        if (rc != SQLITE_OK && rc != SQLITE_NOMEM && !base->zErrMsg)
          textfacts_vtab_error(base, MODULE ": %s: %s", vt->name, sqlite3_errmsg(vt->db));
        if (rc == SQLITE_OK) vt->rows++;
        return rc;
      }
    }
    if (command) {
      if (sqlite3_stricmp(command, "rebuild") == 0) return rebuild(vt);
      if (sqlite3_stricmp(command, "integrity-check") == 0) return integrity_check(vt);
      textfacts_vtab_error(base, MODULE ": %s: unknown command '%s' (known: rebuild, "
                           "integrity-check)", vt->name, command);
      return SQLITE_ERROR;
    }
  }
  if (follow_content(vt) != SQLITE_OK) return SQLITE_NOMEM;
  textfacts_vtab_error(base, MODULE ": %s is read-only: change the content table '%s' instead, "
                       "or send a command: INSERT INTO %s(%s) VALUES('rebuild')",
                       vt->name, vt->options[O_CONTENT], vt->name, vt->name);
  return SQLITE_READONLY;
}

/* ------------------------------------------------------------------------ */
/* Reading: one SELECT over <name>_data per plan. */

/* Operators pushed down, and their SQL (%s: the column; ?%d: the value). */
static const struct {
  int op;
  const char *sql;
} operators[] = {
  {SQLITE_INDEX_CONSTRAINT_EQ, "%s = ?%d"},
  {SQLITE_INDEX_CONSTRAINT_GT, "%s > ?%d"},
  {SQLITE_INDEX_CONSTRAINT_GE, "%s >= ?%d"},
  {SQLITE_INDEX_CONSTRAINT_LT, "%s < ?%d"},
  {SQLITE_INDEX_CONSTRAINT_LE, "%s <= ?%d"},
  {SQLITE_INDEX_CONSTRAINT_NE, "%s <> ?%d"},
  {SQLITE_INDEX_CONSTRAINT_IS, "%s IS ?%d"},
  {SQLITE_INDEX_CONSTRAINT_ISNOT, "%s IS NOT ?%d"},
  {SQLITE_INDEX_CONSTRAINT_ISNULL, "%s IS NULL"}, /* its value is unused */
  {SQLITE_INDEX_CONSTRAINT_ISNOTNULL, "%s IS NOT NULL"},
  {SQLITE_INDEX_CONSTRAINT_LIKE, "%s LIKE ?%d"},
  {SQLITE_INDEX_CONSTRAINT_GLOB, "%s GLOB ?%d"},
};
#define OPERATOR_COUNT (sizeof operators / sizeof operators[0])

static const char *column_sql(int column) { return column < 0 ? "id" : columns[column].name; }

/* The plan (idxStr) is the SELECT on <name>_data that answers it, with the
** constraints' values as ?1, ?2, … in argv order: EXPLAIN QUERY PLAN shows
** it, and the same SELECT explained shows which index SQLite takes. */
static int store_best_index(sqlite3_vtab *base, sqlite3_index_info *info) {
  store_vtab *vt = (store_vtab *)base;
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
    char *column = sqlite3_mprintf("\"%w\"", column_sql(c->iColumn));
    sqlite3_str_appendall(plan, argv_index > 1 ? " AND " : "WHERE ");
    sqlite3_str_appendf(plan, operators[o].sql, column ? column : "", argv_index);
    sqlite3_free(column);
    int eq = c->op == SQLITE_INDEX_CONSTRAINT_EQ || c->op == SQLITE_INDEX_CONSTRAINT_IS;
    int range = c->op == SQLITE_INDEX_CONSTRAINT_GT || c->op == SQLITE_INDEX_CONSTRAINT_GE ||
                c->op == SQLITE_INDEX_CONSTRAINT_LT || c->op == SQLITE_INDEX_CONSTRAINT_LE;
    if (c->iColumn == -1) {
      if (eq) unique = indexed = 1, selectivity = 1.0 / rows;
      else if (range) indexed = 1, selectivity *= 0.3;
      continue;
    }
    double s = columns[c->iColumn].selectivity;
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
      sqlite3_str_appendf(plan, "%s\"%w\"%s", i ? ", " : argv_index ? " ORDER BY " : "ORDER BY ",
                          column_sql(info->aOrderBy[i].iColumn),
                          info->aOrderBy[i].desc ? " DESC" : "");
    info->orderByConsumed = 1;
  }
  /* The whole SELECT: only the columns the statement uses (colUsed), so that
  ** an index holding them all answers without reading the rows (count(*)
  ** and sum(amount) over currency = ? AND amount > ? read the (currency,
  ** amount) index alone); id always, which every index holds. */
  char *where = sqlite3_str_finish(plan); /* NULL: empty, or out of memory */
  sqlite3_str *sql = sqlite3_str_new(vt->db);
  sqlite3_str_appendall(sql, "SELECT id");
  for (int c = 0; c < S_COLUMNS; c++)
    if (info->colUsed & ((sqlite3_uint64)1 << c))
      sqlite3_str_appendf(sql, ", \"%w\"", columns[c].name);
  sqlite3_str_appendf(sql, " FROM \"%w\".\"%w_data\"%s%s", vt->schema, vt->name,
                      where ? " " : "", where ? where : "");
  sqlite3_free(where);
  info->idxStr = sqlite3_str_finish(sql);
  if (!info->idxStr) return SQLITE_NOMEM;
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
  char *plan;                 /* the idxStr (a SELECT) stmt was prepared from */
  signed char at[S_COLUMNS];  /* column → its index in stmt, or -1 */
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
  (void)idx_num;
  store_cursor *cur = (store_cursor *)base;
  store_vtab *vt = (store_vtab *)base->pVtab;
  if (!idx_str) return SQLITE_ERROR; /* store_best_index always gives one */
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
        if (strcmp(name, columns[c].name) == 0) cur->at[c] = (signed char)i;
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
    textfacts_vtab_error(base->pVtab, MODULE ": column %s was not planned", columns[column].name);
    return SQLITE_ERROR;
  }
  sqlite3_result_value(ctx, sqlite3_column_value(cur->stmt, cur->at[column]));
  return SQLITE_OK;
}

static int store_rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid) {
  *rowid = sqlite3_column_int64(((store_cursor *)base)->stmt, 0);
  return SQLITE_OK;
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
  .xRename = store_rename,
  .xShadowName = store_shadow_name,
};

int textfacts_register_store(sqlite3 *db, char **pzErrMsg, textfacts_entities *entities) {
  int rc = sqlite3_create_module(db, MODULE, &store_module, entities);
  if (rc != SQLITE_OK && pzErrMsg)
    *pzErrMsg = sqlite3_mprintf("textfacts: cannot register module " MODULE ": %s",
                                sqlite3_errmsg(db));
  return rc;
}
