/*
** fn_money.c — money in SQL.
**
**   SELECT * FROM extract_money('… 5,6 milliards de dollars …');
**   SELECT a.id, m.* FROM articles a, extract_money(a.body, a.lang) m;
**   SELECT money_json('About $5bn.');            -- the same rows as JSON
**   SELECT parse_amount('cent soixante millions'); -- 160000000.0
**   SELECT currency_code('livres sterling');       -- 'GBP'
**
** extract_money is an eponymous table-valued function with this schema:
**
**   CREATE TABLE x(match TEXT, amount REAL, currency TEXT, qualifier TEXT,
**                  low REAL, high REAL, start INTEGER, end INTEGER,
**                  text HIDDEN, lang HIDDEN)
**
** One row per mention, in text order. start/end are code points (end
** exclusive) counted the way SQLite's substr() counts them, so that
** substr(text, start + 1, end - start) = match for any stored value. A BLOB
** is read as the bytes of a text (like CAST(x AS TEXT)); the text ends at its
** first NUL, as it does for substr() and length(). NULL text gives no rows; a
** NULL lang means 'auto'.
**
** xBestIndex encodes in idxNum which hidden columns are constrained with '=':
**   bit 1  text   (required: a missing text is an error naming the function)
**   bit 2  lang
** and passes them to xFilter in that order.
*/
#include "functions.h"
#include "fn_common.h"
#include "core/tf_core.h"
#include "core/tf_currency.h"
#include "core/tf_lang.h"
#include "core/tf_money.h"
#include "core/tf_number.h"
#include "core/tf_qualifier.h"
#include "core/tf_utf8.h"
#include <string.h>
SQLITE_EXTENSION_INIT3

enum money_column {
  COL_MATCH,
  COL_AMOUNT,
  COL_CURRENCY,
  COL_QUALIFIER,
  COL_LOW,
  COL_HIGH,
  COL_START,
  COL_END,
  COL_TEXT,
  COL_LANG
};
/* The first six are the shared money columns (fn_common.h). */
_Static_assert((int)COL_MATCH == (int)TEXTFACTS_MATCH && (int)COL_HIGH == (int)TEXTFACTS_HIGH,
               "extract_money starts with the money columns");
#define MONEY_SCHEMA                                                                      \
  "CREATE TABLE x(\"match\" TEXT, amount REAL, currency TEXT, qualifier TEXT, low REAL, " \
  "high REAL, start INTEGER, \"end\" INTEGER, text HIDDEN, lang HIDDEN)"

/* ------------------------------------------------------------------------ */
/* The table-valued function. */
typedef struct money_cursor {
  sqlite3_vtab_cursor base;
  char *text; /* our copy of the argument (SQLite's may not outlive xFilter) */
  int text_len;
  int lang;
  int has_scanner;
  tf_money_scanner scanner;
  textfacts_offsets offsets;
  tf_money mention;
  sqlite3_int64 rowid;
  int eof;
} money_cursor;

static int money_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                         sqlite3_vtab **out, char **err) {
  (void)aux;
  (void)argc;
  (void)argv;
  (void)err;
  int rc = sqlite3_declare_vtab(db, MONEY_SCHEMA);
  if (rc != SQLITE_OK) return rc;
  sqlite3_vtab *vtab = sqlite3_malloc(sizeof(*vtab));
  if (!vtab) return SQLITE_NOMEM;
  memset(vtab, 0, sizeof(*vtab));
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *out = vtab;
  return SQLITE_OK;
}

static int money_disconnect(sqlite3_vtab *vtab) {
  sqlite3_free(vtab->zErrMsg);
  sqlite3_free(vtab);
  return SQLITE_OK;
}

static int money_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out) {
  (void)vtab;
  money_cursor *cur = sqlite3_malloc(sizeof(*cur));
  if (!cur) return SQLITE_NOMEM;
  memset(cur, 0, sizeof(*cur));
  cur->eof = 1;
  *out = &cur->base;
  return SQLITE_OK;
}

static void money_reset(money_cursor *cur) {
  if (cur->has_scanner) tf_money_scanner_finish(&cur->scanner);
  cur->has_scanner = 0;
  sqlite3_free(cur->text);
  cur->text = NULL;
  cur->text_len = 0;
  cur->eof = 1;
  cur->rowid = 0;
}

static int money_close(sqlite3_vtab_cursor *base) {
  money_cursor *cur = (money_cursor *)base;
  money_reset(cur);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static int money_next(sqlite3_vtab_cursor *base) {
  money_cursor *cur = (money_cursor *)base;
  int rc = tf_money_next(&cur->scanner, &cur->mention);
  if (rc < 0) return SQLITE_NOMEM;
  if (rc == 0) {
    cur->eof = 1;
    return SQLITE_OK;
  }
  textfacts_offsets_row(&cur->offsets, cur->mention.start, cur->mention.end);
  cur->rowid++;
  return SQLITE_OK;
}

static int money_filter(sqlite3_vtab_cursor *base, int idx_num, const char *idx_str, int argc,
                        sqlite3_value **argv) {
  (void)idx_str;
  money_cursor *cur = (money_cursor *)base;
  money_reset(cur);
  int rc = textfacts_filter_args(base, "extract_money", idx_num, argc, argv, &cur->lang, &cur->text,
                                 &cur->text_len);
  if (rc != SQLITE_OK || !cur->text) return rc;
  size_t len = (size_t)cur->text_len;
  if (tf_money_scanner_init(&cur->scanner, cur->text, len, cur->lang) != TF_OK) {
    tf_money_scanner_finish(&cur->scanner);
    return SQLITE_NOMEM;
  }
  cur->has_scanner = 1;
  textfacts_offsets_init(&cur->offsets, cur->text);
  cur->eof = 0;
  return money_next(base);
}

static int money_eof(sqlite3_vtab_cursor *base) { return ((money_cursor *)base)->eof; }

static int money_column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int column) {
  money_cursor *cur = (money_cursor *)base;
  switch (column) {
    case COL_MATCH:
    case COL_AMOUNT:
    case COL_CURRENCY:
    case COL_QUALIFIER:
    case COL_LOW:
    case COL_HIGH: textfacts_money_column(ctx, cur->text, &cur->mention, column); break;
    case COL_START: sqlite3_result_int64(ctx, textfacts_offset(&cur->offsets, 0)); break;
    case COL_END: sqlite3_result_int64(ctx, textfacts_offset(&cur->offsets, 1)); break;
    case COL_TEXT: sqlite3_result_text(ctx, cur->text, cur->text_len, SQLITE_TRANSIENT); break;
    case COL_LANG: sqlite3_result_text(ctx, tf_lang_name(cur->lang), -1, SQLITE_STATIC); break;
  }
  return SQLITE_OK;
}

static int money_rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid) {
  *rowid = ((money_cursor *)base)->rowid;
  return SQLITE_OK;
}

static int money_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info) {
  return textfacts_best_index(vtab, info, "extract_money", COL_TEXT, COL_LANG);
}

static sqlite3_module money_module = {
  .iVersion = 0,
  .xCreate = NULL, /* eponymous only */
  .xConnect = money_connect,
  .xBestIndex = money_best_index,
  .xDisconnect = money_disconnect,
  .xDestroy = money_disconnect,
  .xOpen = money_open,
  .xClose = money_close,
  .xFilter = money_filter,
  .xNext = money_next,
  .xEof = money_eof,
  .xColumn = money_column,
  .xRowid = money_rowid,
};

/* ------------------------------------------------------------------------ */
/* Scalars. */

/* Appends s[0..n) as a JSON string. */
static void json_string(sqlite3_str *out, const char *s, size_t n) {
  sqlite3_str_appendchar(out, 1, '"');
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
      case '"': sqlite3_str_appendall(out, "\\\""); break;
      case '\\': sqlite3_str_appendall(out, "\\\\"); break;
      case '\n': sqlite3_str_appendall(out, "\\n"); break;
      case '\r': sqlite3_str_appendall(out, "\\r"); break;
      case '\t': sqlite3_str_appendall(out, "\\t"); break;
      default:
        if (c < 0x20) sqlite3_str_appendf(out, "\\u%04x", c);
        else sqlite3_str_appendchar(out, 1, (char)c);
    }
  }
  sqlite3_str_appendchar(out, 1, '"');
}

static void json_number(sqlite3_str *out, const char *key, int has, double v) {
  if (has) sqlite3_str_appendf(out, ",\"%s\":%!.15g", key, v);
  else sqlite3_str_appendf(out, ",\"%s\":null", key);
}

static void money_json_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int lang = textfacts_lang_argument(ctx, "money_json", argc, argv, 1);
  const char *text;
  int len;
  if (lang < 0 || textfacts_text_argument(ctx, argv[0], &text, &len) <= 0) return;
  tf_money_scanner scanner;
  if (tf_money_scanner_init(&scanner, text, (size_t)len, lang) != TF_OK) {
    tf_money_scanner_finish(&scanner);
    sqlite3_result_error_nomem(ctx);
    return;
  }
  tf_cp_counter counter;
  tf_cp_counter_init(&counter, (const unsigned char *)text);
  sqlite3_str *out = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  sqlite3_str_appendchar(out, 1, '[');
  tf_money m;
  int rc, first = 1;
  while ((rc = tf_money_next(&scanner, &m)) == 1) {
    sqlite3_int64 start = tf_cp_advance(&counter, m.start);
    sqlite3_int64 end = tf_cp_advance(&counter, m.end);
    sqlite3_str_appendall(out, first ? "{\"match\":" : ",{\"match\":");
    first = 0;
    json_string(out, text + m.start, m.end - m.start);
    json_number(out, "amount", m.has_amount, m.amount);
    sqlite3_str_appendf(out, ",\"currency\":\"%s\",\"qualifier\":\"%s\"", m.currency,
                        tf_qualifier_name(m.qualifier));
    json_number(out, "low", m.has_low, m.low);
    json_number(out, "high", m.has_high, m.high);
    sqlite3_str_appendf(out, ",\"start\":%lld,\"end\":%lld}", start, end);
  }
  tf_money_scanner_finish(&scanner);
  sqlite3_str_appendchar(out, 1, ']');
  int err = sqlite3_str_errcode(out);
  char *json = sqlite3_str_finish(out);
  if (rc < 0 || err == SQLITE_NOMEM) {
    sqlite3_free(json);
    sqlite3_result_error_nomem(ctx);
  } else if (err == SQLITE_TOOBIG) {
    sqlite3_free(json);
    sqlite3_result_error_toobig(ctx);
  } else {
    sqlite3_result_text(ctx, json, -1, sqlite3_free);
    sqlite3_result_subtype(ctx, 'J'); /* JSON, for json_each() and friends */
  }
}

static void parse_amount_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int lang = textfacts_lang_argument(ctx, "parse_amount", argc, argv, 1);
  const char *text;
  if (lang < 0 || textfacts_text_argument(ctx, argv[0], &text, NULL) <= 0) return;
  /* The text ends at its first NUL. */
  double value;
  if (tf_parse_amount((const unsigned char *)text, strlen(text), lang, &value))
    sqlite3_result_double(ctx, value);
}

static void currency_code_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int lang = textfacts_lang_argument(ctx, "currency_code", argc, argv, 1);
  const char *text;
  int len;
  if (lang < 0 || textfacts_text_argument(ctx, argv[0], &text, &len) <= 0) return;
  char code[4];
  if (tf_currency_lookup(text, (size_t)len, code))
    sqlite3_result_text(ctx, code, 3, SQLITE_TRANSIENT);
}

int textfacts_register_money(sqlite3 *db, char **pzErrMsg) {
  static const textfacts_function functions[] = {
    {"money_json", 1, SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, money_json_function},
    {"money_json", 2, SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, money_json_function},
    {"parse_amount", 1, SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, parse_amount_function},
    {"parse_amount", 2, SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, parse_amount_function},
    {"currency_code", 1, SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, currency_code_function},
    {"currency_code", 2, SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, currency_code_function},
  };
  int rc = textfacts_register_module(db, pzErrMsg, "extract_money", &money_module, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = textfacts_register_functions(db, pzErrMsg, functions,
                                      sizeof functions / sizeof functions[0], NULL);
  return rc;
}
