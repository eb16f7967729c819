/*
** fn_facts.c — facts and sentences in SQL.
**
**   SELECT entity, year, currency, sum(amount)
**     FROM articles a, extract_facts(a.body, a.lang)
**    GROUP BY entity, year, currency;
**   SELECT * FROM extract_sentences('M. Zhang est arrivé. Il a parlé.');
**
** extract_facts is an eponymous table-valued function with this schema:
**
**   CREATE TABLE x(match TEXT, amount REAL, currency TEXT, qualifier TEXT,
**                  low REAL, high REAL, start INTEGER, end INTEGER,
**                  entity TEXT, entity_kind TEXT, what TEXT, counterparty TEXT,
**                  counterparty_kind TEXT, year INTEGER, year_source TEXT, grp INTEGER,
**                  sentence INTEGER, text HIDDEN, lang HIDDEN)
**
** One row per money mention: the same rows, in the same order and with the
** same values, as extract_money; then who the amount belongs to (entity and
** its kind, as extract_entities names them, NULL when nothing fits), what the
** amount is (investment, revenue, profit, funding, valuation, acquisition, fine,
** pay, budget, debt, market, price, wealth; NULL when nothing says), the other
** named party and its kind (the lead investor, the authority that fined, the
** target bought, the customer; NULL when none is named), the year it is for
** (NULL when not stated) and where it was read (sentence: its own; earlier: an
** earlier sentence of its paragraph; heading: its section's title line), a group number shared by the mentions
** that state one amount in two currencies (NULL for a mention alone), and the
** 0-based index of its sentence (as extract_sentences numbers them).
** tf_facts.h has the rules. The entities are those of the connection:
** textfacts_dictionary applies as it does for extract_entities.
**
** extract_sentences:
**
**   CREATE TABLE x(sentence INTEGER, start INTEGER, end INTEGER, text TEXT,
**                  document HIDDEN, lang HIDDEN)
**
** One row per sentence (tf_sentence.h), trimmed; offsets in code points as
** everywhere (substr(document, start + 1, end - start) = text). The hidden
** input column is "document" because "text" is the sentence.
**
** Both read text the way extract_entities does (a BLOB as its bytes, up to
** the first NUL); a NULL text gives no rows.
*/
#include "functions.h"
#include "fn_common.h"
#include "fn_dictionary.h"
#include "core/tf_core.h"
#include "core/tf_facts.h"
#include "core/tf_lang.h"
#include "core/tf_sentence.h"
#include "core/tf_utf8.h"
#include <string.h>
SQLITE_EXTENSION_INIT3

enum fact_column {
  FC_MATCH,
  FC_AMOUNT,
  FC_CURRENCY,
  FC_QUALIFIER,
  FC_LOW,
  FC_HIGH,
  FC_START,
  FC_END,
  FC_ENTITY,
  FC_ENTITY_KIND,
  FC_WHAT,
  FC_COUNTERPARTY,
  FC_COUNTERPARTY_KIND,
  FC_YEAR,
  FC_YEAR_SOURCE,
  FC_GRP,
  FC_SENTENCE,
  FC_TEXT,
  FC_LANG
};
#define FACT_SCHEMA                                                                       \
  "CREATE TABLE x(\"match\" TEXT, amount REAL, currency TEXT, qualifier TEXT, low REAL, " \
  "high REAL, start INTEGER, \"end\" INTEGER, entity TEXT, entity_kind TEXT, what TEXT, " \
  "counterparty TEXT, counterparty_kind TEXT, year INTEGER, year_source TEXT, "           \
  "grp INTEGER, sentence INTEGER, text HIDDEN, lang HIDDEN)"

/* The first six columns are extract_money's, which textfacts_money_column gives. */
_Static_assert((int)FC_MATCH == (int)TEXTFACTS_MATCH && (int)FC_HIGH == (int)TEXTFACTS_HIGH,
               "extract_facts starts with the money columns");

enum sentence_column { SC_SENTENCE, SC_START, SC_END, SC_TEXT, SC_DOCUMENT, SC_LANG };
#define SENTENCE_SCHEMA                                                          \
  "CREATE TABLE x(sentence INTEGER, start INTEGER, \"end\" INTEGER, text TEXT, " \
  "document HIDDEN, lang HIDDEN)"

typedef struct facts_vtab {
  sqlite3_vtab base;
  textfacts_dictionary *entities; /* NULL for extract_sentences */
} facts_vtab;

static int declare(sqlite3 *db, void *aux, const char *schema, sqlite3_vtab **out) {
  int rc = sqlite3_declare_vtab(db, schema);
  if (rc != SQLITE_OK) return rc;
  facts_vtab *vtab = sqlite3_malloc(sizeof(*vtab));
  if (!vtab) return SQLITE_NOMEM;
  memset(vtab, 0, sizeof(*vtab));
  vtab->entities = aux;
  *out = &vtab->base;
  return SQLITE_OK;
}

static int facts_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                         sqlite3_vtab **out, char **err) {
  (void)argc;
  (void)argv;
  (void)err;
  /* Not SQLITE_VTAB_INNOCUOUS: it reads textfacts_dictionary. */
  return declare(db, aux, FACT_SCHEMA, out);
}

static int sentences_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                             sqlite3_vtab **out, char **err) {
  (void)argc;
  (void)argv;
  (void)err;
  int rc = declare(db, aux, SENTENCE_SCHEMA, out);
  if (rc == SQLITE_OK) sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  return rc;
}

static int facts_disconnect(sqlite3_vtab *vtab) {
  sqlite3_free(vtab->zErrMsg);
  sqlite3_free(vtab);
  return SQLITE_OK;
}

/* ------------------------------------------------------------------------ */
/* extract_facts */

typedef struct facts_cursor {
  sqlite3_vtab_cursor base;
  textfacts_set_ref *ref;
  char *text;
  int text_len;
  int lang;
  tf_fact_list list;
  size_t index;
  textfacts_offsets offsets;
} facts_cursor;

static int facts_open(sqlite3_vtab *base, sqlite3_vtab_cursor **out) {
  facts_vtab *vtab = (facts_vtab *)base;
  textfacts_set_ref *ref;
  int rc = textfacts_dictionary_open(vtab->entities, base, "extract_facts", &ref);
  if (rc != SQLITE_OK) return rc;
  facts_cursor *cur = sqlite3_malloc(sizeof(*cur));
  if (!cur) {
    textfacts_set_release(ref);
    return SQLITE_NOMEM;
  }
  memset(cur, 0, sizeof(*cur));
  cur->ref = ref;
  *out = &cur->base;
  return SQLITE_OK;
}

static void facts_reset(facts_cursor *cur) {
  sqlite3_free(cur->text);
  cur->text = NULL;
  cur->text_len = 0;
  cur->list.count = 0;
  cur->index = 0;
}

static int facts_close(sqlite3_vtab_cursor *base) {
  facts_cursor *cur = (facts_cursor *)base;
  facts_reset(cur);
  tf_fact_list_free(&cur->list);
  textfacts_set_release(cur->ref);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static void facts_position(facts_cursor *cur) {
  if (cur->index < cur->list.count) {
    const tf_fact *f = &cur->list.items[cur->index];
    textfacts_offsets_row(&cur->offsets, f->money.start, f->money.end);
  }
}

static int facts_next(sqlite3_vtab_cursor *base) {
  facts_cursor *cur = (facts_cursor *)base;
  cur->index++;
  facts_position(cur);
  return SQLITE_OK;
}

static int facts_filter(sqlite3_vtab_cursor *base, int idx_num, const char *idx_str, int argc,
                        sqlite3_value **argv) {
  (void)idx_str;
  facts_cursor *cur = (facts_cursor *)base;
  facts_reset(cur);
  int rc = textfacts_filter_args(base, "extract_facts", idx_num, argc, argv, &cur->lang, &cur->text,
                                 &cur->text_len);
  if (rc != SQLITE_OK || !cur->text) return rc;
  size_t len = strlen(cur->text);
  cur->text_len = (int)len;
  const tf_entity_set *set = textfacts_set_get(cur->ref);
  if (!set) return SQLITE_ERROR;
  if (tf_facts_extract(set, (const unsigned char *)cur->text, len, cur->lang, &cur->list) != TF_OK)
    return SQLITE_NOMEM;
  textfacts_offsets_init(&cur->offsets, cur->text);
  facts_position(cur);
  return SQLITE_OK;
}

static int facts_eof(sqlite3_vtab_cursor *base) {
  facts_cursor *cur = (facts_cursor *)base;
  return cur->index >= cur->list.count;
}

static int facts_column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int column) {
  facts_cursor *cur = (facts_cursor *)base;
  const tf_fact *f = &cur->list.items[cur->index];
  switch (column) {
    case FC_MATCH:
    case FC_AMOUNT:
    case FC_CURRENCY:
    case FC_QUALIFIER:
    case FC_LOW:
    case FC_HIGH: textfacts_money_column(ctx, cur->text, &f->money, column); break;
    case FC_START: sqlite3_result_int64(ctx, textfacts_offset(&cur->offsets, 0)); break;
    case FC_END: sqlite3_result_int64(ctx, textfacts_offset(&cur->offsets, 1)); break;
    case FC_ENTITY:
      if (f->entity) sqlite3_result_text(ctx, f->entity, (int)f->entity_len, SQLITE_TRANSIENT);
      break;
    case FC_ENTITY_KIND:
      if (f->entity)
        sqlite3_result_text(ctx, tf_entity_kind_name(f->entity_kind), -1, SQLITE_STATIC);
      break;
    case FC_WHAT:
      if (f->what) sqlite3_result_text(ctx, tf_what_name(f->what), -1, SQLITE_STATIC);
      break;
    case FC_COUNTERPARTY:
      if (f->counterparty)
        sqlite3_result_text(ctx, f->counterparty, (int)f->counterparty_len, SQLITE_TRANSIENT);
      break;
    case FC_COUNTERPARTY_KIND:
      if (f->counterparty)
        sqlite3_result_text(ctx, tf_entity_kind_name(f->counterparty_kind), -1, SQLITE_STATIC);
      break;
    case FC_YEAR:
      if (f->year) sqlite3_result_int(ctx, f->year);
      break;
    case FC_YEAR_SOURCE:
      if (f->year) sqlite3_result_text(ctx, tf_year_source_name(f->year_source), -1, SQLITE_STATIC);
      break;
    case FC_GRP:
      if (f->grp) sqlite3_result_int(ctx, f->grp);
      break;
    case FC_SENTENCE: sqlite3_result_int64(ctx, (sqlite3_int64)f->sentence); break;
    case FC_TEXT: sqlite3_result_text(ctx, cur->text, cur->text_len, SQLITE_TRANSIENT); break;
    case FC_LANG: sqlite3_result_text(ctx, tf_lang_name(cur->lang), -1, SQLITE_STATIC); break;
  }
  return SQLITE_OK;
}

static int facts_rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid) {
  *rowid = (sqlite3_int64)((facts_cursor *)base)->index + 1;
  return SQLITE_OK;
}

static int facts_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info) {
  return textfacts_best_index(vtab, info, "extract_facts", FC_TEXT, FC_LANG);
}

static sqlite3_module facts_module = {
  .iVersion = 0,
  .xCreate = NULL, /* eponymous only */
  .xConnect = facts_connect,
  .xBestIndex = facts_best_index,
  .xDisconnect = facts_disconnect,
  .xDestroy = facts_disconnect,
  .xOpen = facts_open,
  .xClose = facts_close,
  .xFilter = facts_filter,
  .xNext = facts_next,
  .xEof = facts_eof,
  .xColumn = facts_column,
  .xRowid = facts_rowid,
};

/* ------------------------------------------------------------------------ */
/* extract_sentences: streamed, one sentence of look-ahead. */

typedef struct sentence_cursor {
  sqlite3_vtab_cursor base;
  char *text;
  int text_len;
  int lang;
  tf_sentence_scanner scanner;
  textfacts_offsets offsets;
  size_t start, end; /* bytes of the current sentence */
  sqlite3_int64 index;
  int eof;
} sentence_cursor;

static int sentences_open(sqlite3_vtab *base, sqlite3_vtab_cursor **out) {
  (void)base;
  sentence_cursor *cur = sqlite3_malloc(sizeof(*cur));
  if (!cur) return SQLITE_NOMEM;
  memset(cur, 0, sizeof(*cur));
  cur->eof = 1;
  *out = &cur->base;
  return SQLITE_OK;
}

static void sentences_reset(sentence_cursor *cur) {
  sqlite3_free(cur->text);
  cur->text = NULL;
  cur->text_len = 0;
  cur->eof = 1;
  cur->index = -1;
}

static int sentences_close(sqlite3_vtab_cursor *base) {
  sentence_cursor *cur = (sentence_cursor *)base;
  sentences_reset(cur);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static int sentences_next(sqlite3_vtab_cursor *base) {
  sentence_cursor *cur = (sentence_cursor *)base;
  if (!tf_sentence_next(&cur->scanner, &cur->start, &cur->end)) {
    cur->eof = 1;
    return SQLITE_OK;
  }
  cur->index++;
  textfacts_offsets_row(&cur->offsets, cur->start, cur->end);
  return SQLITE_OK;
}

static int sentences_filter(sqlite3_vtab_cursor *base, int idx_num, const char *idx_str, int argc,
                            sqlite3_value **argv) {
  (void)idx_str;
  sentence_cursor *cur = (sentence_cursor *)base;
  sentences_reset(cur);
  int rc = textfacts_filter_args(base, "extract_sentences", idx_num, argc, argv, &cur->lang,
                                 &cur->text, &cur->text_len);
  if (rc != SQLITE_OK || !cur->text) return rc;
  size_t len = strlen(cur->text);
  cur->text_len = (int)len;
  tf_sentence_start(&cur->scanner, (const unsigned char *)cur->text, len, cur->lang);
  textfacts_offsets_init(&cur->offsets, cur->text);
  cur->eof = 0;
  return sentences_next(base);
}

static int sentences_eof(sqlite3_vtab_cursor *base) { return ((sentence_cursor *)base)->eof; }

static int sentences_column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int column) {
  sentence_cursor *cur = (sentence_cursor *)base;
  switch (column) {
    case SC_SENTENCE: sqlite3_result_int64(ctx, cur->index); break;
    case SC_START: sqlite3_result_int64(ctx, textfacts_offset(&cur->offsets, 0)); break;
    case SC_END: sqlite3_result_int64(ctx, textfacts_offset(&cur->offsets, 1)); break;
    case SC_TEXT:
      sqlite3_result_text(ctx, cur->text + cur->start, (int)(cur->end - cur->start),
                          SQLITE_TRANSIENT);
      break;
    case SC_DOCUMENT: sqlite3_result_text(ctx, cur->text, cur->text_len, SQLITE_TRANSIENT); break;
    case SC_LANG: sqlite3_result_text(ctx, tf_lang_name(cur->lang), -1, SQLITE_STATIC); break;
  }
  return SQLITE_OK;
}

static int sentences_rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid) {
  *rowid = ((sentence_cursor *)base)->index + 1;
  return SQLITE_OK;
}

static int sentences_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info) {
  return textfacts_best_index(vtab, info, "extract_sentences", SC_DOCUMENT, SC_LANG);
}

static sqlite3_module sentences_module = {
  .iVersion = 0,
  .xCreate = NULL, /* eponymous only */
  .xConnect = sentences_connect,
  .xBestIndex = sentences_best_index,
  .xDisconnect = facts_disconnect,
  .xDestroy = facts_disconnect,
  .xOpen = sentences_open,
  .xClose = sentences_close,
  .xFilter = sentences_filter,
  .xNext = sentences_next,
  .xEof = sentences_eof,
  .xColumn = sentences_column,
  .xRowid = sentences_rowid,
};

int textfacts_register_facts(sqlite3 *db, char **pzErrMsg, textfacts_dictionary *dictionary) {
  int rc = textfacts_register_module(db, pzErrMsg, "extract_facts", &facts_module, dictionary,
                                     NULL);
  if (rc == SQLITE_OK)
    rc = textfacts_register_module(db, pzErrMsg, "extract_sentences", &sentences_module, dictionary,
                                   NULL);
  return rc;
}
