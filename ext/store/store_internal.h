/*
** store_internal.h — shared by the files of the textfacts virtual table, split as
** FTS5 splits its own:
**   store_config.c  options, the content table's checks, <name>_config
**   store_schema.c  shadow tables, indexes, triggers, declare, destroy, rename
**   store_write.c   an article's rows, the triggers' commands, integrity-check
**   store_build.c   build and rebuild (in threads), textfacts_threads()
**   store_main.c    the module: create/connect, xBestIndex, xFilter, the cursor
*/
#ifndef STORE_INTERNAL_H
#define STORE_INTERNAL_H
#include <sqlite3ext.h>
#include "functions/fn_common.h"
#include "functions/fn_dictionary.h"
#include "core/tf_document.h"

/* The on-disk format this build writes, and the oldest one it reads. A change
** to the shadow tables or the triggers bumps it; tests/fixtures keeps a file of
** each.
**   Format 2: the update trigger sends a delete only for an article whose id
**     changed (format 1 sent one on every update), so that a delete command for
**     an article still in the content table can be refused. Re-creating the
**     triggers (rebuild, rename) brings a format-1 table to format 2.
**   Format 3: the money rows carry what, counterparty, counterparty_kind and
**     year_source (columns of <name>_data that formats 1 and 2 lack), indexed
**     on (what, entity, year) and counterparty. 'rebuild' upgrades a table of
**     format 1 or 2 (store_upgrade); until then it reads and writes as before,
**     and a query that reads one of the new columns fails saying so. */
#define STORE_FORMAT 3
#define STORE_FORMAT_OLDEST 1
#define STORE_FORMAT_TRIGGERS 2 /* the first format whose triggers are today's */

#define MODULE "textfacts"

enum store_column {
  S_DOC,
  S_KIND,
  S_MATCH,
  S_START,
  S_END,
  S_SENTENCE,
  S_AMOUNT,
  S_CURRENCY,
  S_QUALIFIER,
  S_LOW,
  S_HIGH,
  S_ENTITY,
  S_ENTITY_KIND,
  S_WHAT,
  S_COUNTERPARTY,
  S_COUNTERPARTY_KIND,
  S_YEAR,
  S_YEAR_SOURCE,
  S_GRP,
  S_NAME,
  S_CODE,
  S_SOURCE,
  S_COMMAND,
  S_COLUMNS = S_COMMAND /* the stored ones */
};

/* Name and declared type of each stored column, in schema order; the virtual
** table and <name>_data declare them alike, so comparisons pushed down behave
** as they would on the virtual table (store_schema.c). */
typedef struct store_column_info {
  const char *name;
  const char *type;
  double selectivity; /* of an equality on it, for xBestIndex; 0: no index */
  int since;          /* the first format whose <name>_data has it */
} store_column_info;
extern const store_column_info store_columns[S_COLUMNS];
/* Does the table's <name>_data hold column c (enum store_column)? */
#define store_stores(vt, c) (store_columns[c].since <= (vt)->format)

/* Commands the triggers send through the kind column. */
#define CMD_INDEX "textfacts:index"
#define CMD_DELETE "textfacts:delete"

/* An article's rows go into <name>_data in INSERTs of several rows (up to
** 32: store_write.c), so that the cursors on the table and its indexes are
** opened, and the statement ended, once for many rows: a third of what
** storing a row cost. The number of INSERT sizes: */
#define STORE_INSERT_SIZES 10

/* The options, as given to CREATE VIRTUAL TABLE and kept in <name>_config. */
enum store_option { O_CONTENT, O_COLUMN, O_CONTENT_ROWID, O_LANG, O_LANG_COLUMN, O_COUNT };
extern const char *const store_option_names[O_COUNT];
#define OPTION_LIST "content, column, content_rowid, lang, lang_column"

typedef struct store_vtab {
  sqlite3_vtab base;
  sqlite3 *db;
  textfacts_dictionary *entities;
  char *schema, *name;
  char *options[O_COUNT]; /* NULL when not given */
  int lang;               /* the lang option's tf_lang (AUTO without it) */
  int format;             /* of the table, STORE_FORMAT_OLDEST .. STORE_FORMAT */
  sqlite3_int64 rows;     /* an estimate, for xBestIndex */
  /* The INSERTs of rows (insert[i]: as many as store_write.c's insert_rows[i],
  ** each prepared on first use) and the DELETE of an article's rows. */
  sqlite3_stmt *insert[STORE_INSERT_SIZES], *remove;
  int insert_sizes;     /* how many of insert[] the connection's limits allow */
  sqlite3_stmt *verify; /* does the content table agree with a command? */
  /* The triggers' commands, one article each: the dictionary's version checks
  ** and the extraction's buffers, kept from one to the next. */
  sqlite3_stmt *versions[TEXTFACTS_DICTIONARY_CACHE];
  tf_document doc;
  struct store_pending *pending; /* the triggers' articles not stored yet (store_build.c) */
  char *broken;                  /* why this build cannot use the table, or NULL */
} store_vtab;

/* store_main.c: running SQL built with sqlite3_mprintf formats. store_exec puts
** "textfacts: why" in *err (replacing it) on failure. */
int store_exec(sqlite3 *db, char **err, const char *format, ...);
int store_prepare(sqlite3 *db, sqlite3_stmt **stmt, const char *format, ...);
void store_free(store_vtab *vt);
/* SQLITE_ERROR, with the reason as the table's error, when the table cannot
** be used (connected for DROP TABLE only); else SQLITE_OK. */
int store_check_usable(store_vtab *vt);

/* store_config.c */
int store_parse_options(store_vtab *vt, int argc, const char *const *argv, char **err);
int store_check_lang_option(store_vtab *vt, char **err);
/* Would a table of this name clash with one of its columns? */
int store_clashes_with_column(const char *name);
/* Checks the content table and its columns, and replaces each option by the
** name as the table declares it. */
int store_check_content(store_vtab *vt, char **err, int existing);
/* Reads the format version and the options back from <name>_config. */
int store_read_config(store_vtab *vt, char **err);
/* Brings the content table's names up to date from the insert trigger.
** SQLITE_OK or SQLITE_NOMEM. */
int store_follow_content(store_vtab *vt);

/* store_schema.c */
int store_create_shadow_tables(store_vtab *vt, char **err);
/* Creates the indexes that the formats after `after` introduced (0: all). */
int store_create_indexes(store_vtab *vt, int after, char **err);
/* Brings an older table's <name>_data to format STORE_FORMAT: its missing
** columns added (left NULL: the caller extracts the rows again, then makes the
** new indexes) and the version recorded. */
int store_upgrade(store_vtab *vt, char **err);
/* (Re-)creates the triggers, of format STORE_FORMAT, and records that format in
** <name>_config (the table's own name there: the one it has, or will have after a
** rename). */
int store_create_triggers(store_vtab *vt, const char *name, const char *content, char **err);
/* Are the triggers as store_create_triggers makes them for the current names
** (store_follow_content first)? SQLITE_OK with *problem NULL when they are, or
** saying which is missing or changed; or an error code. */
int store_check_triggers(store_vtab *vt, char **problem);
int store_drop_triggers(sqlite3 *db, const char *schema, const char *name, char **err);
int store_declare(store_vtab *vt);
int store_destroy(sqlite3_vtab *base);
int store_rename(sqlite3_vtab *base, const char *to);
int store_shadow_name(const char *suffix);

/* store_write.c */
/* The INSERT of a row and the DELETE of an article's rows, prepared once (the
** INSERTs of more rows on first use). */
int store_prepare_writes(store_vtab *vt);
/* Drops the prepared writes and check (made again on first use). */
void store_forget_statements(store_vtab *vt);
/* An article's lang (the lang option, or the lang column's value; NULL: auto) and
** text (*body NULL when the text is NULL: no rows), read from the content table's values
** as the functions read them. SQLITE_OK, SQLITE_ERROR after an error naming the article
** (an unknown lang), or SQLITE_NOMEM. */
int store_article_text(store_vtab *vt, sqlite3_int64 doc, sqlite3_value *text,
                       sqlite3_value *lang_value, int *lang, const char **body);
/* Takes an article id (an integer, else an error naming it). */
int store_doc_argument(store_vtab *vt, sqlite3_value *value, sqlite3_int64 *doc);
/* Opens the content table for reading: rowid, text, lang (or NULL); order is
** appended ("" or " ORDER BY 1"). */
int store_select_content(store_vtab *vt, sqlite3_stmt **stmt, const char *order);
/* Stores the rows of article doc, extracted into d (store_prepare_writes first). */
int store_write_rows(store_vtab *vt, sqlite3_int64 doc, const tf_document *d);
/* Removes the rows of article doc, then stores those extracted into d (NULL:
** none) (store_prepare_writes first). */
int store_replace_rows(store_vtab *vt, sqlite3_int64 doc, const tf_document *d);
int store_update(sqlite3_vtab *base, int argc, sqlite3_value **argv, sqlite3_int64 *rowid);

/* store_build.c */
/* What is done with each article, in the content table's order: SQLITE_OK to
** go on, SQLITE_DONE to stop there, or an error. d holds its rows (none when
** its text is NULL); ctx is the caller's. */
typedef int (*store_article_fn)(store_vtab *vt, void *ctx, sqlite3_int64 doc, const tf_document *d);
/* Reads the articles of stmt (store_select_content), extracts each (in
** textfacts_threads() threads) and hands it to fn in order, showing progress
** as job. SQLITE_DONE at the end or when fn stopped, or an error (an article's
** unknown lang or non-integer id named in the table's error). */
int store_each_article(store_vtab *vt, const tf_entity_set *set, sqlite3_stmt *stmt,
                       const char *job, store_article_fn fn, void *ctx);
/* Empties <name>_data and extracts every article of the content table, in
** textfacts_threads() threads; job ("build", "rebuild") names it in the
** progress line (functions/fn_progress.h). The rows and their ids are the
** same whatever the number of threads. */
int store_rebuild(store_vtab *vt, const char *job);
/* The triggers' articles, extracted in threads while the statement goes on
** (store_build.c says when their rows are stored). */
typedef struct store_pending store_pending;
/* Whether index commands hand their articles over (more than one thread). */
int store_pending_wanted(store_vtab *vt);
/* Hands over article doc (text NULL: no rows), to be extracted with ref's
** set; takes ref. Stores the batches that are ready meanwhile. SQLITE_OK or
** an error. */
int store_pending_add(store_vtab *vt, textfacts_set_ref *ref, sqlite3_int64 doc, int lang,
                      const char *text);
/* Stores every pending article, in order. SQLITE_OK or an error (what was not
** stored stays pending). */
int store_pending_flush(store_vtab *vt);
/* Forgets what is pending and stops the threads. */
void store_pending_end(store_vtab *vt);

/* Registers textfacts_threads() for the connection. */
int store_register_threads(sqlite3 *db, char **pzErrMsg, textfacts_dictionary *dictionary);

#endif
