/*
** fn_dictionary.c — the user's dictionary, per connection: the built-in entities
** plus the rows of main.textfacts_dictionary(alias, name, kind), which add to or
** override the built-in aliases.
**
** Each connection keeps the set it built from the table, with three cookies:
** sqlite3_total_changes() (this connection's row changes, committed or not),
** the main database's data version (SQLITE_FCNTL_DATA_VERSION: commits by any
** connection) and its schema version (a table created or dropped, even inside
** a transaction). When a statement starts (xOpen) and a cookie has moved, or
** the last check was made inside a transaction (which a ROLLBACK may undo
** without moving them), the table is read again and hashed; only a different
** hash rebuilds the set. So a change takes effect from the next statement, and
** a connection that never writes pays nothing. Cursors hold a reference to the
** set they started with, so a rebuild never pulls it from under a running
** statement. A row with a NULL or empty alias, a NULL name (except for kind
** 'ignore') or a kind other than org, person, place, product, ignore is an
** error naming the table, the row and the column.
*/
#include "fn_dictionary.h"
#include "fn_common.h"
#include "core/tf_builtin.h"
#include "core/tf_core.h"
#include "core/tf_utf8.h"
#include "core/tf_words.h"
#include <string.h>
SQLITE_EXTENSION_INIT3

#define DICTIONARY "textfacts_dictionary"

/* A set shared by the connection and the cursors that use it. */
typedef struct textfacts_set_ref shared_set;
struct textfacts_set_ref {
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
typedef struct textfacts_dictionary entity_state;
struct textfacts_dictionary {
  sqlite3 *db;
  shared_set *current; /* NULL until the dictionary was read once */
  int total_changes;
  unsigned data_version;
  int schema_version;
  sqlite3_uint64 fingerprint; /* of the rows the current set was built from */
  int present;                /* the table existed then */
  int provisional;            /* checked inside a transaction (see refresh) */
  int reading;                /* the table is being read: a view that calls us again */
  /* This connection's changes to the table, seen through TEMP triggers (see
  ** watch_dictionary): */
  int watching;          /* 1 watched, -1 cannot be (a view), 0 not set up */
  int watched_schema;    /* the main schema version the triggers were made for */
  int watched_temp;      /* the TEMP schema version then */
  int watch_generation;  /* the triggers' names (watch_name): moves past orphans */
  unsigned changed;      /* counted by the triggers: this connection's changes */
  unsigned changed_seen; /* the count the current set was read at */
  int threads;           /* textfacts_connection_threads */
};

void textfacts_dictionary_free(void *p) {
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
  int rc = sqlite3_prepare_v2(
    db, "SELECT rowid, alias, name, kind FROM main." DICTIONARY " ORDER BY rowid", -1, stmt, NULL);
  if (rc == SQLITE_OK) return rc;
  char *message = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  int exists = 0;
  sqlite3_stmt *probe = NULL;
  /* A schema that cannot be read (the probe fails too) is an error, not "no dictionary":
  ** the user's aliases must not be left out without a word. */
  int probe_rc = sqlite3_prepare_v2(
    db,
    "SELECT 1 FROM main.sqlite_schema WHERE type IN ('table','view') "
    "AND name = '" DICTIONARY "' COLLATE NOCASE",
    -1, &probe, NULL);
  if (probe_rc == SQLITE_OK) {
    probe_rc = sqlite3_step(probe);
    if (probe_rc == SQLITE_ROW) exists = 1;
    if (probe_rc == SQLITE_ROW || probe_rc == SQLITE_DONE) probe_rc = SQLITE_OK;
  }
  sqlite3_finalize(probe);
  if (probe_rc == SQLITE_NOMEM) rc = SQLITE_NOMEM;
  if (rc == SQLITE_NOMEM || !message) {
    sqlite3_free(message);
    return SQLITE_NOMEM;
  }
  if (probe_rc != SQLITE_OK) {
    *err = sqlite3_mprintf("%s(): cannot read the schema to find " DICTIONARY ": %s", fn, message);
    sqlite3_free(message);
    return *err ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  if (!exists) {
    sqlite3_free(message);
    return SQLITE_OK;
  }
  *err = sqlite3_mprintf(
    "%s(): cannot read " DICTIONARY " (it needs the columns alias, name, kind): %s", fn, message);
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
                             "(expected one of " TF_ENTITY_USER_KINDS ")",
                             fn, rowid);
      return SQLITE_ERROR;
    }
    int kind = tf_entity_kind_parse(kind_text, (size_t)kind_len);
    if (kind < 0) {
      *err = sqlite3_mprintf("%s(): " DICTIONARY " row %lld: kind '%s' is not one "
                             "of " TF_ENTITY_USER_KINDS,
                             fn, rowid, kind_text);
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
    if (added == TF_NOMEM) return SQLITE_NOMEM;
    if (added == TF_BAD_INPUT) {
      const char *why = alias_len > 400                       ? "is longer than 400 bytes"
                        : memchr(alias, 0, (size_t)alias_len) ? "contains a NUL"
                        : !tf_utf8_valid((const unsigned char *)alias, (size_t)alias_len)
                          ? "is not valid UTF-8"
                          : "is blank";
      *err = sqlite3_mprintf("%s(): " DICTIONARY " row %lld: alias %s", fn, rowid, why);
      return SQLITE_ERROR;
    }
  }
  if (rc != SQLITE_DONE) {
    *err = sqlite3_mprintf("%s(): cannot read " DICTIONARY ": %s", fn, sqlite3_errmsg(db));
    return rc;
  }
  *fingerprint = h;
  return SQLITE_OK;
}

static int refresh_set(textfacts_dictionary *st, const char *fn, char **err, int changes,
                       unsigned data_version, int schema_version);

/* Watching the table for this connection's changes. The cookies (data version:
** other connections' commits; schema version: the table created or dropped) do
** not see this connection's own writes, and sqlite3_total_changes() moves with
** every row written anywhere (each article). So when textfacts_dictionary is an
** ordinary table, TEMP triggers on it (this connection's only, never in the
** file) call textfacts_dictionary_changed(), which counts. A count that moved
** makes the next statement read the table again (its hash decides whether the
** set is rebuilt); inside a transaction that changed the table, every statement
** reads it (a ROLLBACK, or a ROLLBACK TO, may take the change back without a
** trace), and the first one after it. A connection that writes articles but not
** the dictionary reads it no more: the check costs the same whatever its size.
** A dictionary that is a view, or TEMP triggers that cannot be made, fall back
** to reading the table whenever this connection changed any row. */
#define WATCH "textfacts_dictionary_watch"

/* The name of a watch trigger ("ai", "ad", "au") of a generation: the first has the plain
** names, the later ones a number. A later generation is needed when this connection's
** triggers were left behind by a dictionary that another connection dropped: their rows
** stay in the TEMP schema, out of SQLite's reach (DROP TRIGGER says "no such trigger"),
** and once this connection makes the table again, making triggers of the same names
** leaves its TEMP schema unreadable ("malformed database schema ... already exists",
** SQLite 3.40) until it is closed. */
static char *watch_name(int generation, const char *what) {
  return generation ? sqlite3_mprintf(WATCH "_%s_%d", what, generation + 1)
                    : sqlite3_mprintf(WATCH "_%s", what);
}

/* Are rows of this generation's triggers in the TEMP schema (*found)? SQLITE_OK or the
** error. */
static int watch_rows(sqlite3 *db, int generation, int *found) {
  *found = 0;
  char *ai = watch_name(generation, "ai"), *ad = watch_name(generation, "ad"),
       *au = watch_name(generation, "au");
  sqlite3_stmt *stmt = NULL;
  int rc = ai && ad && au ? sqlite3_prepare_v2(db,
                                               "SELECT 1 FROM temp.sqlite_schema WHERE type = "
                                               "'trigger' AND name IN (?1, ?2, ?3)",
                                               -1, &stmt, NULL)
                          : SQLITE_NOMEM;
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(stmt, 1, ai, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, ad, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 3, au, -1, SQLITE_STATIC);
    rc = sqlite3_step(stmt);
    *found = rc == SQLITE_ROW;
    rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
  }
  sqlite3_finalize(stmt);
  sqlite3_free(ai);
  sqlite3_free(ad);
  sqlite3_free(au);
  return rc;
}

/* Moves st->watch_generation past triggers of this connection that no table holds any
** more (see watch_name). table: the dictionary table exists now. */
static int skip_orphans(entity_state *st, int table) {
  int found = 0;
  int rc = watch_rows(st->db, st->watch_generation, &found);
  if (rc != SQLITE_OK || !found) return rc;
  if (!table) { /* this connection's DROP TABLE takes its triggers with it: another one's */
    st->watch_generation++;
    return SQLITE_OK;
  }
  /* The table exists: the rows are triggers on it (made again just below), or orphans of
  ** a table dropped elsewhere and made again since, which DROP TRIGGER does not find. */
  char *ai = watch_name(st->watch_generation, "ai");
  char *sql = ai ? sqlite3_mprintf("DROP TRIGGER temp.\"%w\"", ai) : NULL;
  rc = sql ? sqlite3_exec(st->db, sql, NULL, NULL, NULL) : SQLITE_NOMEM;
  sqlite3_free(sql);
  sqlite3_free(ai);
  if (rc == SQLITE_NOMEM) return rc;
  if (rc != SQLITE_OK) st->watch_generation++;
  return SQLITE_OK;
}

static int watch_dictionary(entity_state *st, int schema_version, int temp_version) {
  sqlite3 *db = st->db;
  st->watching = -1;
  st->watched_schema = schema_version;
  st->watched_temp = temp_version;
  sqlite3_stmt *probe = NULL;
  int rc = sqlite3_prepare_v2(
    db,
    "SELECT 1 FROM main.sqlite_schema WHERE type = 'table' AND name = '" DICTIONARY
    "' COLLATE NOCASE AND sql NOT LIKE 'CREATE VIRTUAL%'",
    -1, &probe, NULL);
  int table = rc == SQLITE_OK && sqlite3_step(probe) == SQLITE_ROW;
  if (rc == SQLITE_OK) rc = sqlite3_finalize(probe);
  else sqlite3_finalize(probe);
  if (rc == SQLITE_NOMEM) return rc;
  rc = skip_orphans(st, table);
  if (rc == SQLITE_NOMEM) {
    st->watching = 0; /* try again next time */
    return rc;
  }
  if (!table) return SQLITE_OK;
  char *names[3] = {watch_name(st->watch_generation, "ai"), watch_name(st->watch_generation, "ad"),
                    watch_name(st->watch_generation, "au")};
  char *sql = names[0] && names[1] && names[2]
                ? sqlite3_mprintf(
                    "CREATE TEMP TRIGGER IF NOT EXISTS \"%w\" AFTER INSERT ON main." DICTIONARY
                    " BEGIN SELECT textfacts_dictionary_changed(); END;"
                    "CREATE TEMP TRIGGER IF NOT EXISTS \"%w\" AFTER DELETE ON main." DICTIONARY
                    " BEGIN SELECT textfacts_dictionary_changed(); END;"
                    "CREATE TEMP TRIGGER IF NOT EXISTS \"%w\" AFTER UPDATE ON main." DICTIONARY
                    " BEGIN SELECT textfacts_dictionary_changed(); END;",
                    names[0], names[1], names[2])
                : NULL;
  for (int i = 0; i < 3; i++) sqlite3_free(names[i]);
  rc = sql ? sqlite3_exec(db, sql, NULL, NULL, NULL) : SQLITE_NOMEM;
  sqlite3_free(sql);
  if (rc == SQLITE_NOMEM) {
    st->watching = 0; /* try again next time */
    return rc;
  }
  if (rc == SQLITE_OK) {
    st->watching = 1;
    /* the TEMP schema moved with the triggers just made */
    sqlite3_stmt *pragma = NULL;
    if (sqlite3_prepare_v2(db, "PRAGMA temp.schema_version", -1, &pragma, NULL) == SQLITE_OK &&
        sqlite3_step(pragma) == SQLITE_ROW)
      st->watched_temp = sqlite3_column_int(pragma, 0);
    rc = sqlite3_finalize(pragma);
  }
  return rc == SQLITE_NOMEM ? rc : SQLITE_OK; /* else: read it as without the triggers */
}

static void changed_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  entity_state *st = sqlite3_user_data(ctx);
  st->changed++;
}

int textfacts_dictionary_register(sqlite3 *db, textfacts_dictionary *st) {
  return sqlite3_create_function(db, "textfacts_dictionary_changed", 0,
                                 SQLITE_UTF8 | SQLITE_DIRECTONLY, st, changed_function, NULL, NULL);
}

/* Runs a PRAGMA that gives one integer (*value; 0 without a row): through
** *cached when the caller keeps the statement (prepared on first use, reset
** after), else prepared and finalized here. */
static int read_pragma(sqlite3 *db, const char *sql, sqlite3_stmt **cached, sqlite3_int64 *value) {
  sqlite3_stmt *own = NULL, **stmt = cached ? cached : &own;
  int rc = *stmt
             ? SQLITE_OK
             : sqlite3_prepare_v3(db, sql, -1, cached ? SQLITE_PREPARE_PERSISTENT : 0, stmt, NULL);
  *value = 0;
  if (rc == SQLITE_OK) rc = sqlite3_step(*stmt);
  if (rc == SQLITE_ROW) {
    *value = sqlite3_column_int64(*stmt, 0);
    rc = SQLITE_OK;
  } else if (rc == SQLITE_DONE) {
    rc = SQLITE_OK;
  }
  int done = cached ? sqlite3_reset(*stmt) : sqlite3_finalize(own);
  return rc == SQLITE_OK ? done : rc;
}

int textfacts_dictionary_refresh(textfacts_dictionary *st, const char *fn, char **err) {
  return textfacts_dictionary_refresh_cached(st, fn, err, NULL);
}

/* Brings st->current up to date with the dictionary (see the header). */
int textfacts_dictionary_refresh_cached(textfacts_dictionary *st, const char *fn, char **err,
                                        sqlite3_stmt **cache) {
  sqlite3 *db = st->db;
  int changes = sqlite3_total_changes(db);
  /* Other connections' commits (PRAGMA data_version: not this connection's own;
  ** the file's counter, which counts them too, would move with every article
  ** written), and the schema (the table created or dropped). */
  sqlite3_int64 data_value = 0, schema_value = 0, temp_value = 0;
  int rc = read_pragma(db, "PRAGMA main.data_version", cache ? &cache[0] : NULL, &data_value);
  if (rc == SQLITE_OK)
    rc = read_pragma(db, "PRAGMA main.schema_version", cache ? &cache[1] : NULL, &schema_value);
  unsigned data_version = (unsigned)data_value;
  int schema_version = (int)schema_value;
  if (rc != SQLITE_OK) {
    if (rc != SQLITE_NOMEM)
      *err = sqlite3_mprintf("%s(): cannot read the database's versions: %s", fn,
                             sqlite3_errmsg(db));
    return rc;
  }
  if (st->reading) goto recursion;
  rc = read_pragma(db, "PRAGMA temp.schema_version", cache ? &cache[2] : NULL, &temp_value);
  if (rc == SQLITE_NOMEM) return rc;
  int temp_version = (int)temp_value;
  /* The triggers made again when the schema moved (the table dropped and made
  ** again, the TEMP triggers dropped by hand). */
  if (!st->watching || st->watched_schema != schema_version || st->watched_temp != temp_version) {
    rc = watch_dictionary(st, schema_version, temp_version);
    if (rc != SQLITE_OK) return rc;
  }
  int fresh;
  if (st->watching > 0)
    fresh = st->current && !st->provisional && st->changed == st->changed_seen &&
            data_version == st->data_version && schema_version == st->schema_version;
  else
    fresh = st->current && !st->provisional && changes == st->total_changes &&
            data_version == st->data_version && schema_version == st->schema_version;
  /* No dictionary at all, and the schema as it was: none still, whatever rows were written
  ** (a table or view is made only by a schema change, and PRAGMA schema_version reads the
  ** file's, so other connections' too). Not read again at every article the triggers
  ** index. */
  if (!fresh && st->current && !st->present && !st->provisional &&
      schema_version == st->schema_version)
    fresh = 1;
  if (fresh) return SQLITE_OK;
  unsigned changed = st->changed;
  int was_provisional = st->provisional;
  st->reading = 1;
  rc = refresh_set(st, fn, err, changes, data_version, schema_version);
  st->reading = 0;
  if (rc == SQLITE_OK) {
    /* Watched: read at every statement only inside a transaction that changed
    ** the table (and once after it). */
    if (st->watching > 0)
      st->provisional = !sqlite3_get_autocommit(db) &&
                        (was_provisional || changed != st->changed_seen);
    st->changed_seen = changed;
  }
  return rc;
recursion:
  *err = sqlite3_mprintf("%s(): " DICTIONARY " is being read and calls %s() again (a view or "
                         "trigger that refers back to textfacts): refused, it would never end",
                         fn, fn);
  return *err ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* The rest of textfacts_dictionary_refresh, with st->reading set. */
static int refresh_set(textfacts_dictionary *st, const char *fn, char **err, int changes,
                       unsigned data_version, int schema_version) {
  sqlite3 *db = st->db;
  sqlite3_stmt *stmt = NULL;
  int rc = prepare_dictionary(db, fn, &stmt, err);
  if (rc != SQLITE_OK) return rc;
  sqlite3_uint64 fingerprint = 0;
  int present = stmt != NULL;
  if (stmt) {
    rc = read_dictionary(db, fn, stmt, NULL, &fingerprint, err);
    sqlite3_finalize(stmt);
    stmt = NULL; /* finalized: a failure below must not finalize it again */
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

int textfacts_dictionary_open(textfacts_dictionary *st, sqlite3_vtab *vtab, const char *fn,
                              textfacts_set_ref **ref) {
  return textfacts_dictionary_open_cached(st, vtab, fn, ref, NULL);
}

int textfacts_dictionary_open_cached(textfacts_dictionary *st, sqlite3_vtab *vtab, const char *fn,
                                     textfacts_set_ref **ref, sqlite3_stmt **cache) {
  *ref = NULL;
  char *err = NULL;
  int rc = textfacts_dictionary_refresh_cached(st, fn, &err, cache);
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

const tf_entity_set *textfacts_set_get(const textfacts_set_ref *ref) { return shared_set_get(ref); }

void textfacts_set_release(textfacts_set_ref *ref) { shared_set_release(ref); }

const tf_entity_set *textfacts_dictionary_set(const textfacts_dictionary *st) {
  return shared_set_get(st->current);
}

int *textfacts_connection_threads(textfacts_dictionary *st) { return &st->threads; }

textfacts_dictionary *textfacts_dictionary_new(sqlite3 *db) {
  textfacts_dictionary *st = sqlite3_malloc(sizeof(*st));
  if (!st) return NULL;
  memset(st, 0, sizeof(*st));
  st->db = db;
  return st;
}
