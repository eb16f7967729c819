/*
** store_write.c — writing the textfacts table: an article's rows (extracted by
** tf_document, bound by bind_row: what is stored is what integrity-check
** compares), the triggers' commands, and the commands 'rebuild' (its loop over
** the articles is store_build.c's) and 'integrity-check' (xUpdate).
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

/* A trigger's article longer than this (bytes) does not leave its extraction
** buffers allocated until the next one. */
#define KEEP_BUFFERS_BELOW (256 * 1024)

static int bind_optional_double(sqlite3_stmt *stmt, int param, int has, double v) {
  return has ? sqlite3_bind_double(stmt, param, v) : sqlite3_bind_null(stmt, param);
}

/* Binds row r of d as parameters at + 1 .. at + S_COLUMNS (in store_column
** order), the values extract_facts and extract_entities give, to a statement
** whose parameters are NULL (sqlite3_clear_bindings): those of the columns this
** kind of row leaves NULL stay so. SQLITE_OK, or the first binding's error.
** (The INSERT of an older format leaves out the numbers of the columns it
** lacks: binding them is harmless, the last column being always there.) */
static int bind_row(sqlite3_stmt *stmt, int at, sqlite3_int64 doc, const tf_document *d,
                    const tf_document_row *r) {
  int rc = sqlite3_bind_int64(stmt, at + 1 + S_DOC, doc);
  if (rc == SQLITE_OK) rc = sqlite3_bind_int64(stmt, at + 1 + S_START, r->start);
  if (rc == SQLITE_OK) rc = sqlite3_bind_int64(stmt, at + 1 + S_END, r->end);
  if (rc == SQLITE_OK) rc = sqlite3_bind_int64(stmt, at + 1 + S_SENTENCE, r->sentence);
  if (r->is_money) {
    const tf_fact *f = &d->facts.items[r->index];
    const tf_money *m = &f->money;
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(stmt, at + 1 + S_KIND, "money", 5, SQLITE_STATIC);
    if (rc == SQLITE_OK)
      rc = sqlite3_bind_text(stmt, at + 1 + S_MATCH, d->text + m->start, (int)(m->end - m->start),
                             SQLITE_STATIC);
    if (rc == SQLITE_OK)
      rc = bind_optional_double(stmt, at + 1 + S_AMOUNT, m->has_amount, m->amount);
    if (rc == SQLITE_OK)
      rc = sqlite3_bind_text(stmt, at + 1 + S_CURRENCY, m->currency, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK)
      rc = sqlite3_bind_text(stmt, at + 1 + S_QUALIFIER, tf_qualifier_name(m->qualifier), -1,
                             SQLITE_STATIC);
    if (rc == SQLITE_OK) rc = bind_optional_double(stmt, at + 1 + S_LOW, m->has_low, m->low);
    if (rc == SQLITE_OK) rc = bind_optional_double(stmt, at + 1 + S_HIGH, m->has_high, m->high);
    if (rc == SQLITE_OK && f->entity) {
      rc = sqlite3_bind_text(stmt, at + 1 + S_ENTITY, f->entity, (int)f->entity_len, SQLITE_STATIC);
      if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(stmt, at + 1 + S_ENTITY_KIND, tf_entity_kind_name(f->entity_kind),
                               -1, SQLITE_STATIC);
    }
    const char *what = f->what ? tf_what_name(f->what) : NULL;
    if (rc == SQLITE_OK && what)
      rc = sqlite3_bind_text(stmt, at + 1 + S_WHAT, what, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK && f->counterparty) {
      rc = sqlite3_bind_text(stmt, at + 1 + S_COUNTERPARTY, f->counterparty,
                             (int)f->counterparty_len, SQLITE_STATIC);
      if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(stmt, at + 1 + S_COUNTERPARTY_KIND,
                               tf_entity_kind_name(f->counterparty_kind), -1, SQLITE_STATIC);
    }
    if (rc == SQLITE_OK && f->year) {
      rc = sqlite3_bind_int(stmt, at + 1 + S_YEAR, f->year);
      const char *year_source = tf_year_source_name(f->year_source);
      if (rc == SQLITE_OK && year_source)
        rc = sqlite3_bind_text(stmt, at + 1 + S_YEAR_SOURCE, year_source, -1, SQLITE_STATIC);
    }
    if (rc == SQLITE_OK && f->grp) rc = sqlite3_bind_int(stmt, at + 1 + S_GRP, f->grp);
  } else {
    const tf_entity_mention *m = &d->entities.items[r->index];
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(stmt, at + 1 + S_KIND, "entity", 6, SQLITE_STATIC);
    if (rc == SQLITE_OK)
      rc = sqlite3_bind_text(stmt, at + 1 + S_MATCH, d->text + m->start, (int)(m->end - m->start),
                             SQLITE_STATIC);
    if (rc == SQLITE_OK)
      rc = sqlite3_bind_text(stmt, at + 1 + S_NAME, m->name, (int)m->name_len, SQLITE_STATIC);
    if (rc == SQLITE_OK)
      rc = sqlite3_bind_text(stmt, at + 1 + S_ENTITY_KIND, tf_entity_kind_name(m->kind), -1,
                             SQLITE_STATIC);
    if (rc == SQLITE_OK && m->code[0])
      rc = sqlite3_bind_text(stmt, at + 1 + S_CODE, m->code, 2, SQLITE_STATIC);
    if (rc == SQLITE_OK)
      rc = sqlite3_bind_text(stmt, at + 1 + S_SOURCE, tf_entity_source_name(m->source), -1,
                             SQLITE_STATIC);
  }
  return rc;
}

/* The number of rows of each INSERT of vt->insert: 2^k and 3 * 2^k, so that
** most articles (of 18 rows on average in the bench corpus) take one or two
** (1.9 on average; 2.6 with the powers of 2 alone, each one costing 15K
** instructions more than its rows).
** 32 rows of S_COLUMNS parameters stay below 999, the lowest default of
** SQLITE_LIMIT_VARIABLE_NUMBER. */
static const int insert_rows[STORE_INSERT_SIZES] = {1, 2, 3, 4, 6, 8, 12, 16, 24, 32};

/* Prepares vt->insert[size]: the INSERT of insert_rows[size] rows, row j's
** columns bound as parameters j * S_COLUMNS + 1 .. (j + 1) * S_COLUMNS. */
static int prepare_insert(store_vtab *vt, int size) {
  sqlite3_str *sql = sqlite3_str_new(vt->db);
  sqlite3_str_appendf(sql, "INSERT INTO \"%w\".\"%w_data\"(", vt->schema, vt->name);
  for (int c = 0; c < S_COLUMNS; c++)
    if (store_stores(vt, c))
      sqlite3_str_appendf(sql, "%s\"%w\"", c ? ", " : "", store_columns[c].name);
  sqlite3_str_appendall(sql, ") VALUES");
  for (int row = 0; row < insert_rows[size]; row++) {
    sqlite3_str_appendall(sql, row ? ", (" : "(");
    for (int c = 0; c < S_COLUMNS; c++)
      if (store_stores(vt, c))
        sqlite3_str_appendf(sql, "%s?%d", c ? ", " : "", row * S_COLUMNS + c + 1);
    sqlite3_str_appendall(sql, ")");
  }
  char *text = sqlite3_str_finish(sql);
  if (!text) return SQLITE_NOMEM;
  int rc = store_prepare(vt->db, &vt->insert[size], "%s", text);
  sqlite3_free(text);
  return rc;
}

int store_prepare_writes(store_vtab *vt) {
  if (vt->insert[0]) return SQLITE_OK;
  vt->insert_sizes = STORE_INSERT_SIZES; /* until one is beyond the connection's limits */
  int rc = prepare_insert(vt, 0);
  if (rc == SQLITE_OK)
    rc = store_prepare(vt->db, &vt->remove, "DELETE FROM \"%w\".\"%w_data\" WHERE doc = ?1",
                       vt->schema, vt->name);
  return rc;
}

void store_forget_statements(store_vtab *vt) {
  for (int i = 0; i < STORE_INSERT_SIZES; i++) {
    sqlite3_finalize(vt->insert[i]);
    vt->insert[i] = NULL;
  }
  sqlite3_finalize(vt->remove);
  sqlite3_finalize(vt->verify);
  vt->remove = vt->verify = NULL;
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

/* The INSERT of the most rows, up to `rows`, that the connection can prepare:
** *size set to its size (see vt->insert). SQLITE_OK, or an error of the
** one-row INSERT. */
static int insert_for(store_vtab *vt, size_t rows, int *size) {
  int s = vt->insert_sizes - 1;
  while (s > 0 && (size_t)insert_rows[s] > rows) s--;
  for (; !vt->insert[s]; s--) {
    int rc = prepare_insert(vt, s);
    if (rc == SQLITE_OK) break;
    if (rc == SQLITE_NOMEM || s == 0) return rc;
    /* Beyond a limit of the connection (sqlite3_limit: SQL variables, SQL
    ** length): the smaller ones only, from now on. */
    vt->insert_sizes = s;
  }
  *size = s;
  return SQLITE_OK;
}

/* Stores the rows of article doc, extracted into d, in as few INSERTs as the
** sizes of vt->insert allow, in order (the ids are those of one INSERT per
** row). Each INSERT is left reset with its parameters NULL. */
int store_write_rows(store_vtab *vt, sqlite3_int64 doc, const tf_document *d) {
  int rc = SQLITE_OK;
  for (size_t i = 0; rc == SQLITE_OK && i < d->count;) {
    int size = 0;
    rc = insert_for(vt, d->count - i, &size);
    if (rc != SQLITE_OK) break;
    sqlite3_stmt *insert = vt->insert[size];
    for (int row = 0; rc == SQLITE_OK && row < insert_rows[size]; row++, i++)
      rc = bind_row(insert, row * S_COLUMNS, doc, d, &d->rows[i]);
    if (rc == SQLITE_OK && sqlite3_step(insert) != SQLITE_DONE) rc = sqlite3_reset(insert);
    else sqlite3_reset(insert);
    sqlite3_clear_bindings(insert);
  }
  return rc;
}

static int remove_article(store_vtab *vt, sqlite3_int64 doc) {
  sqlite3_bind_int64(vt->remove, 1, doc);
  sqlite3_step(vt->remove);
  return sqlite3_reset(vt->remove);
}

int store_replace_rows(store_vtab *vt, sqlite3_int64 doc, const tf_document *d) {
  int rc = remove_article(vt, doc);
  return rc == SQLITE_OK && d ? store_write_rows(vt, doc, d) : rc;
}

int store_article_text(store_vtab *vt, sqlite3_int64 doc, sqlite3_value *text,
                       sqlite3_value *lang_value, int *lang, const char **body) {
  *body = NULL;
  *lang = article_lang(vt, doc, lang_value);
  if (*lang < 0) return SQLITE_ERROR;
  if (!text || sqlite3_value_type(text) == SQLITE_NULL) return SQLITE_OK;
  *body = (const char *)sqlite3_value_text(text);
  return *body ? SQLITE_OK : SQLITE_NOMEM;
}

/* What the content table says of a command for article doc: 1 when it holds the
** article with exactly this text and lang value, 0 when it holds it otherwise,
** -1 when it has no article doc; or an error (*rc). The triggers pass the values
** they read from the row, so only a command nobody's trigger sent disagrees. */
static int content_says(store_vtab *vt, sqlite3_int64 doc, sqlite3_value *text, sqlite3_value *lang,
                        int *rc) {
  for (int attempt = 0; attempt < 2; attempt++) {
    if (!vt->verify) {
      /* The current names (a rename of the content table or its columns moves
      ** them): read from the triggers. */
      *rc = store_follow_content(vt);
      if (*rc != SQLITE_OK) return -1;
      const char *rowid = vt->options[O_CONTENT_ROWID] ? vt->options[O_CONTENT_ROWID] : "rowid";
      const char *lang_column = vt->options[O_LANG_COLUMN];
      char *lang_check = lang_column ? sqlite3_mprintf("c.\"%w\" IS ?3 COLLATE BINARY AND "
                                                       "typeof(c.\"%w\") = typeof(?3)",
                                                       lang_column, lang_column)
                                     : sqlite3_mprintf("?3 IS NULL");
      *rc = lang_check ? store_prepare(vt->db, &vt->verify,
                                       "SELECT c.\"%w\" IS ?2 COLLATE BINARY AND "
                                       "typeof(c.\"%w\") = typeof(?2) AND %s "
                                       "FROM \"%w\".\"%w\" AS c WHERE c.\"%w\" = ?1",
                                       vt->options[O_COLUMN], vt->options[O_COLUMN], lang_check,
                                       vt->schema, vt->options[O_CONTENT], rowid)
                       : SQLITE_NOMEM;
      sqlite3_free(lang_check);
      if (*rc != SQLITE_OK) {
        sqlite3_finalize(vt->verify);
        vt->verify = NULL;
        return -1;
      }
    }
    sqlite3_bind_int64(vt->verify, 1, doc);
    if (text) sqlite3_bind_value(vt->verify, 2, text);
    else sqlite3_bind_null(vt->verify, 2);
    if (lang) sqlite3_bind_value(vt->verify, 3, lang);
    else sqlite3_bind_null(vt->verify, 3);
    int step = sqlite3_step(vt->verify);
    int says = step == SQLITE_ROW ? sqlite3_column_int(vt->verify, 0) != 0 : -1;
    *rc = sqlite3_reset(vt->verify);
    sqlite3_clear_bindings(vt->verify);
    if (step == SQLITE_ROW || step == SQLITE_DONE) {
      *rc = SQLITE_OK;
      return says;
    }
    if (*rc == SQLITE_NOMEM) return -1;
    /* The statement no longer fits the schema (a renamed table): once more. */
    sqlite3_finalize(vt->verify);
    vt->verify = NULL;
  }
  return -1;
}

/* The error for any write that is not a command of the table's own triggers. */
static int read_only(store_vtab *vt) {
  if (store_follow_content(vt) != SQLITE_OK) return SQLITE_NOMEM;
  textfacts_vtab_error(&vt->base,
                       MODULE ": %s is read-only: change the content table '%s' instead, "
                              "or send a command: INSERT INTO %s(%s) VALUES('rebuild')",
                       vt->name, vt->options[O_CONTENT], vt->name, vt->name);
  return SQLITE_READONLY;
}

int store_doc_argument(store_vtab *vt, sqlite3_value *value, sqlite3_int64 *doc) {
  int type = sqlite3_value_numeric_type(value);
  if (type == SQLITE_INTEGER) {
    *doc = sqlite3_value_int64(value);
    return SQLITE_OK;
  }
  textfacts_vtab_error(&vt->base, MODULE ": %s: article id %s is not an integer", vt->name,
                       type == SQLITE_NULL ? "NULL" : (const char *)sqlite3_value_text(value));
  return SQLITE_ERROR;
}

int store_select_content(store_vtab *vt, sqlite3_stmt **stmt, const char *order) {
  int rc = store_follow_content(vt);
  if (rc != SQLITE_OK) return rc;
  const char *content = vt->options[O_CONTENT];
  const char *rowid = vt->options[O_CONTENT_ROWID] ? vt->options[O_CONTENT_ROWID] : "rowid";
  char *lang = vt->options[O_LANG_COLUMN] ? sqlite3_mprintf("c.\"%w\"", vt->options[O_LANG_COLUMN])
                                          : sqlite3_mprintf("NULL");
  /* Qualified names: an unknown "name" alone would be read as a string. */
  rc = lang ? store_prepare(vt->db, stmt, "SELECT c.\"%w\", c.\"%w\", %s FROM \"%w\".\"%w\" AS c%s",
                            rowid, vt->options[O_COLUMN], lang, vt->schema, content, order)
            : SQLITE_NOMEM;
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM)
    textfacts_vtab_error(&vt->base, MODULE ": %s: cannot read content table '%s': %s", vt->name,
                         content, sqlite3_errmsg(vt->db));
  sqlite3_free(lang);
  return rc;
}

/* The first column where stored row `stored` (a statement over <name>_data
** positioned on it, columns in store_column order from 1) and the row bound
** to `probe` (SELECT ?1, ?2, …) differ, or -1. The columns an older format
** does not store are not compared. */
static int first_difference(const store_vtab *vt, sqlite3_stmt *stored, sqlite3_stmt *probe) {
  for (int c = 0; c < S_COLUMNS; c++) {
    if (!store_stores(vt, c)) continue;
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

/* What rebuild and integrity-check check before the rows, since a schema
** edited by hand (or by a hostile file) may have changed it since CREATE: that
** the content table and its columns are still what CREATE accepts, and that
** the triggers are still textfacts' own. SQLITE_OK with *problem NULL when all
** holds; SQLITE_OK with *problem saying what is wrong; or an error code. */
static int check_structure(store_vtab *vt, char **problem, int *bad_triggers) {
  *problem = NULL;
  *bad_triggers = 0;
  int rc = store_follow_content(vt);
  char *err = NULL;
  if (rc == SQLITE_OK) rc = store_check_content(vt, &err, 1);
  if (rc == SQLITE_ERROR && err) {
    const char *why = err;
    if (strncmp(why, MODULE ": ", strlen(MODULE ": ")) == 0) why += strlen(MODULE ": ");
    *problem = sqlite3_mprintf("%s", why);
    sqlite3_free(err);
    return *problem ? SQLITE_OK : SQLITE_NOMEM;
  }
  sqlite3_free(err);
  if (rc == SQLITE_OK) rc = store_check_triggers(vt, problem);
  *bad_triggers = *problem != NULL;
  return rc;
}

/* integrity-check's state between articles. */
typedef struct check_state {
  sqlite3_stmt *stored; /* an article's stored rows, in id order */
  sqlite3_stmt *probe;  /* SELECT ?1, ?2, …: a computed row as values */
  char *problem;        /* the first difference found, or NULL */
  sqlite3_int64 last_doc;
  int have_last;
} check_state;

/* Compares the rows of article doc, computed in d, with the stored ones: SQLITE_OK
** when they agree, SQLITE_DONE with c->problem set at the first difference. */
static int check_article(store_vtab *vt, void *ctx, sqlite3_int64 doc, const tf_document *d) {
  check_state *c = ctx;
  if (c->have_last && doc == c->last_doc) {
    c->problem = sqlite3_mprintf("article id %lld appears twice in the content table", doc);
    return c->problem ? SQLITE_DONE : SQLITE_NOMEM;
  }
  c->have_last = 1;
  c->last_doc = doc;
  sqlite3_stmt *stored = c->stored, *probe = c->probe;
  sqlite3_bind_int64(stored, 1, doc);
  int rc = SQLITE_OK;
  size_t i = 0;
  while (rc == SQLITE_OK && !c->problem && sqlite3_step(stored) == SQLITE_ROW) {
    if (i >= d->count) {
      c->problem = sqlite3_mprintf("article %lld: %lld stored rows, %lld computed", doc,
                                   (long long)i + 1, (long long)d->count);
      if (!c->problem) rc = SQLITE_NOMEM;
      break;
    }
    sqlite3_reset(probe);
    sqlite3_clear_bindings(probe);
    rc = bind_row(probe, 0, doc, d, &d->rows[i]);
    if (rc == SQLITE_OK && sqlite3_step(probe) != SQLITE_ROW) rc = sqlite3_reset(probe);
    int col = rc == SQLITE_OK ? first_difference(vt, stored, probe) : -1;
    if (col >= 0) {
      /* (NULL said so: an empty text is another value) */
      char *was = sqlite3_column_type(stored, col + 1) == SQLITE_NULL
                    ? sqlite3_mprintf("NULL")
                    : sqlite3_mprintf("%s", sqlite3_column_text(stored, col + 1));
      char *now = sqlite3_column_type(probe, col) == SQLITE_NULL
                    ? sqlite3_mprintf("NULL")
                    : sqlite3_mprintf("%s", sqlite3_column_text(probe, col));
      c->problem = was && now ? sqlite3_mprintf("article %lld: row %lld (at %lld): %s is %s, "
                                                "recomputed %s",
                                                doc, (long long)i + 1, (long long)d->rows[i].start,
                                                store_columns[col].name, was, now)
                              : NULL;
      if (!c->problem) rc = SQLITE_NOMEM;
      sqlite3_free(was);
      sqlite3_free(now);
    }
    i++;
  }
  if (rc == SQLITE_OK && !c->problem && i < d->count) {
    c->problem = sqlite3_mprintf("article %lld: %lld stored rows, %lld computed", doc, (long long)i,
                                 (long long)d->count);
    if (!c->problem) rc = SQLITE_NOMEM;
  }
  sqlite3_reset(stored);
  sqlite3_reset(probe);
  return rc == SQLITE_OK && c->problem ? SQLITE_DONE : rc;
}

static int integrity_check(store_vtab *vt) {
  char *problem = NULL;
  int bad_triggers;
  int rc = check_structure(vt, &problem, &bad_triggers);
  if (rc == SQLITE_OK && problem) {
    textfacts_vtab_error(&vt->base, MODULE ": integrity-check of %s failed: %s%s", vt->name,
                         problem, bad_triggers ? " ('rebuild' makes the triggers again)" : "");
    sqlite3_free(problem);
    return SQLITE_CORRUPT_VTAB;
  }
  if (rc != SQLITE_OK) {
    if (rc != SQLITE_NOMEM && !vt->base.zErrMsg)
      textfacts_vtab_error(&vt->base, MODULE ": integrity-check of %s: %s", vt->name,
                           sqlite3_errmsg(vt->db));
    return rc;
  }
  textfacts_set_ref *ref;
  rc = textfacts_dictionary_open(vt->entities, &vt->base, MODULE, &ref);
  if (rc != SQLITE_OK) return rc;
  const tf_entity_set *set = textfacts_set_get(ref);
  sqlite3_stmt *content = NULL, *stored = NULL, *probe = NULL, *orphan = NULL;
  rc = set ? store_select_content(vt, &content, " ORDER BY 1") : SQLITE_ERROR;
  if (rc == SQLITE_OK) {
    sqlite3_str *sql = sqlite3_str_new(vt->db);
    sqlite3_str_appendall(sql, "SELECT id");
    for (int c = 0; c < S_COLUMNS; c++)
      if (store_stores(vt, c)) sqlite3_str_appendf(sql, ", \"%w\"", store_columns[c].name);
      else sqlite3_str_appendall(sql, ", NULL");
    sqlite3_str_appendf(sql, " FROM \"%w\".\"%w_data\" WHERE doc = ?1 ORDER BY id", vt->schema,
                        vt->name);
    char *text = sqlite3_str_finish(sql);
    rc = text ? store_prepare(vt->db, &stored, "%s", text) : SQLITE_NOMEM;
    sqlite3_free(text);
  }
  if (rc == SQLITE_OK) {
    sqlite3_str *sql = sqlite3_str_new(vt->db);
    sqlite3_str_appendall(sql, "SELECT ?1");
    for (int c = 1; c < S_COLUMNS; c++) sqlite3_str_appendf(sql, ", ?%d", c + 1);
    char *text = sqlite3_str_finish(sql);
    rc = text ? store_prepare(vt->db, &probe, "%s", text) : SQLITE_NOMEM;
    sqlite3_free(text);
  }
  check_state check = {stored, probe, NULL, 0, 0};
  if (rc == SQLITE_OK)
    rc = store_each_article(vt, set, content, "integrity-check", check_article, &check);
  problem = check.problem;
  if (rc == SQLITE_DONE) rc = SQLITE_OK;
  if (rc == SQLITE_OK && !problem) {
    const char *name = vt->options[O_CONTENT]; /* followed by select_content */
    const char *rowid = vt->options[O_CONTENT_ROWID] ? vt->options[O_CONTENT_ROWID] : "rowid";
    rc = name ? store_prepare(vt->db, &orphan,
                              "SELECT doc FROM \"%w\".\"%w_data\" WHERE doc NOT IN "
                              "(SELECT c.\"%w\" FROM \"%w\".\"%w\" AS c) LIMIT 1",
                              vt->schema, vt->name, rowid, vt->schema, name)
              : SQLITE_NOMEM;
    if (rc == SQLITE_OK) {
      rc = sqlite3_step(orphan);
      if (rc == SQLITE_ROW)
        problem = sqlite3_mprintf("article %lld has rows but is not in the content table",
                                  sqlite3_column_int64(orphan, 0));
      rc = rc == SQLITE_ROW && !problem            ? SQLITE_NOMEM
           : rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK
                                                   : rc;
    }
  }
  if (problem) {
    textfacts_vtab_error(&vt->base, MODULE ": integrity-check of %s failed: %s", vt->name, problem);
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
  textfacts_set_release(ref);
  return rc;
}

int store_update(sqlite3_vtab *base, int argc, sqlite3_value **argv, sqlite3_int64 *rowid) {
  (void)rowid;
  store_vtab *vt = (store_vtab *)base;
  if (store_check_usable(vt) != SQLITE_OK) return SQLITE_ERROR;
  const char *command = NULL;
  if (argc == 2 + S_COMMAND + 1 && sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_value **col = argv + 2;
    if (sqlite3_value_type(col[S_COMMAND]) != SQLITE_NULL)
      command = (const char *)sqlite3_value_text(col[S_COMMAND]);
    else if (sqlite3_value_type(col[S_KIND]) == SQLITE_TEXT) {
      const char *kind = (const char *)sqlite3_value_text(col[S_KIND]);
      if (kind && (strcmp(kind, CMD_INDEX) == 0 || strcmp(kind, CMD_DELETE) == 0)) {
        /* A trigger's command. Only what the content table confirms is done, so
        ** that no other SQL (a user's, a hostile file's trigger) can store rows
        ** an article does not hold, or remove true ones: an index command must
        ** name an article with exactly its text and lang; a delete command an
        ** article that is gone (format 1's update trigger also sent one for an
        ** article still there, before re-indexing it: a no-op). */
        int is_index = strcmp(kind, CMD_INDEX) == 0;
        sqlite3_int64 doc;
        int rc = store_doc_argument(vt, col[S_DOC], &doc);
        int says = rc == SQLITE_OK ? content_says(vt, doc, is_index ? col[S_MATCH] : NULL,
                                                  is_index ? col[S_QUALIFIER] : NULL, &rc)
                                   : -1;
        if (rc != SQLITE_OK) {
          if (rc != SQLITE_NOMEM && !base->zErrMsg)
            textfacts_vtab_error(base, MODULE ": %s: %s", vt->name, sqlite3_errmsg(vt->db));
          return rc;
        }
        if (is_index ? says != 1 : says >= 0 && vt->format >= 2) return read_only(vt);
        if (!is_index && says >= 0) return SQLITE_OK; /* format 1's update trigger */
        /* With more than one thread, an article goes on to be extracted while
        ** the statement goes on (store_build.c); anything else comes after
        ** what is pending. */
        rc = store_prepare_writes(vt);
        int defer = is_index && store_pending_wanted(vt);
        if (rc == SQLITE_OK && !defer) rc = store_pending_flush(vt);
        if (rc == SQLITE_OK && !is_index) rc = store_replace_rows(vt, doc, NULL);
        if (rc == SQLITE_OK && is_index) {
          textfacts_set_ref *ref;
          rc = textfacts_dictionary_open_cached(vt->entities, base, MODULE, &ref, vt->versions);
          if (rc != SQLITE_OK) return rc;
          const tf_entity_set *set = textfacts_set_get(ref);
          int lang;
          const char *body = NULL;
          rc = set ? store_article_text(vt, doc, col[S_MATCH], col[S_QUALIFIER], &lang, &body)
                   : SQLITE_ERROR;
          if (rc == SQLITE_OK && defer) {
            rc = store_pending_add(vt, ref, doc, lang, body);
            ref = NULL; /* taken */
          } else if (rc == SQLITE_OK) {
            if (body && tf_document_extract(&vt->doc, set, body, lang) != TF_OK) rc = SQLITE_NOMEM;
            if (rc == SQLITE_OK) rc = store_replace_rows(vt, doc, body ? &vt->doc : NULL);
            /* The buffers are kept for the next article, unless this one was long. */
            if (sqlite3_value_bytes(col[S_MATCH]) > KEEP_BUFFERS_BELOW) tf_document_free(&vt->doc);
          }
          if (ref) textfacts_set_release(ref);
        }
        if (rc != SQLITE_OK && rc != SQLITE_NOMEM && !base->zErrMsg)
          textfacts_vtab_error(base, MODULE ": %s: %s", vt->name, sqlite3_errmsg(vt->db));
        if (rc == SQLITE_OK && vt->rows < 1000000000000) vt->rows++;
        return rc;
      }
    }
    if (command) {
      /* Every command reads or rewrites the stored rows: those pending first. */
      int flushed = store_pending_flush(vt);
      if (flushed != SQLITE_OK) return flushed;
      if (sqlite3_stricmp(command, "rebuild") == 0) {
        /* The content table must still be one CREATE accepts; triggers that
        ** are missing, changed or of an older format are made anew. A table
        ** of an older format is upgraded: its new columns added, its rows
        ** extracted again (as always), then its new indexes made, all in
        ** this statement, so an error or a ROLLBACK leaves the table as it
        ** was (the format in vt too). */
        char *problem = NULL;
        int bad_triggers;
        int format = vt->format;
        int rc = check_structure(vt, &problem, &bad_triggers);
        if (rc == SQLITE_OK && problem && !bad_triggers) {
          textfacts_vtab_error(base, MODULE ": rebuild of %s: %s", vt->name, problem);
          rc = SQLITE_ERROR;
        }
        sqlite3_free(problem);
        if (rc == SQLITE_OK && format < STORE_FORMAT) {
          store_forget_statements(vt); /* written for the old columns */
          rc = store_upgrade(vt, &base->zErrMsg);
        }
        if (rc == SQLITE_OK && (bad_triggers || format < STORE_FORMAT_TRIGGERS)) {
          rc = store_drop_triggers(vt->db, vt->schema, vt->name, &base->zErrMsg);
          if (rc == SQLITE_OK)
            rc = store_create_triggers(vt, vt->name, vt->options[O_CONTENT], &base->zErrMsg);
          sqlite3_finalize(vt->verify);
          vt->verify = NULL;
        }
        if (rc == SQLITE_OK) rc = store_rebuild(vt, "rebuild");
        if (rc == SQLITE_OK && format < STORE_FORMAT)
          rc = store_create_indexes(vt, format, &base->zErrMsg);
        if (rc != SQLITE_OK && vt->format != format) {
          store_forget_statements(vt);
          vt->format = format;
        }
        if (rc != SQLITE_OK && rc != SQLITE_NOMEM && !base->zErrMsg)
          textfacts_vtab_error(base, MODULE ": rebuild of %s: %s", vt->name,
                               sqlite3_errmsg(vt->db));
        return rc;
      }
      if (sqlite3_stricmp(command, "integrity-check") == 0) return integrity_check(vt);
      textfacts_vtab_error(base,
                           MODULE ": %s: unknown command '%s' (known: rebuild, "
                                  "integrity-check)",
                           vt->name, command);
      return SQLITE_ERROR;
    }
  }
  return read_only(vt);
}
