/*
** fn_corpus.c — scalars for importing articles and reporting on them.
**
**   SELECT first_date('Paris, le mardi 9 septembre 2025 — …');    -- '2025-09-09'
**   SELECT valid_utf8(readfile('article.txt'));                   -- 1 or 0
**   SELECT detect_lang('Microsoft investiert rund 3,2 Milliarden Euro.'); -- 'de'
**   SELECT money_convert(23e9, 'USD', 'EUR', '2025-09-09');       -- from textfacts_rates
**
** first_date(text [, lang]): the ISO date (YYYY-MM-DD) of the first complete
**   date written in text (tf_date.h: ISO, "9 septembre 2025", "September 9,
**   2025", …), or NULL. lang picks the month names.
** detect_lang(text): the language 'auto' reads text in ('fr', 'en', 'de', 'es', 'it',
**   'pt'): the one whose function words score highest in its first 64 KB (English
**   when nothing tells); NULL for NULL.
** valid_utf8(x): 1 when x (TEXT or BLOB, read as bytes) is well-formed UTF-8
**   (shortest forms, no surrogates, nothing above U+10FFFF), else 0; NULL for
**   NULL. A NUL byte is valid UTF-8; test for it with instr(x, char(0)).
** money_convert(amount, from_currency, to_currency [, date]): amount in
**   to_currency, through the rates of the table
**     textfacts_rates(day TEXT, currency TEXT, per_eur REAL)
**   (units of the currency for one euro, the convention of the ECB's reference
**   rates; sql/import_ecb_rates.sql loads them). For each currency, the latest
**   rate on or before date (an ISO date; NULL or absent: the latest of all) is
**   used; EUR is 1. A missing rate gives NULL, never a guess. The same currency
**   gives the amount unchanged, with or without rates. NULL amount or currency
**   gives NULL. Errors, naming the function and the argument: a currency that
**   is not an ISO 4217 code, an amount that is not a number, a date that is
**   not an ISO date, no table textfacts_rates, a rate that is not positive.
*/
#include "functions.h"
#include "fn_common.h"
#include "core/tf_currency.h"
#include "core/tf_date.h"
#include "core/tf_lang.h"
#include "core/tf_utf8.h"
#include <stdio.h>
#include <string.h>
SQLITE_EXTENSION_INIT3

static void first_date_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int lang = textfacts_lang_argument(ctx, "first_date", argc, argv, 1);
  const char *text;
  if (lang < 0 || textfacts_text_argument(ctx, argv[0], &text, NULL) <= 0) return;
  int y, m, d;
  /* The text ends at its first NUL, as for the other functions. */
  int rc = tf_date_first((const unsigned char *)text, strlen(text), lang, &y, &m, &d, NULL, NULL);
  if (rc < 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (rc == 0) return;
  char iso[11];
  snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
  sqlite3_result_text(ctx, iso, 10, SQLITE_TRANSIENT);
}

static void detect_lang_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  const char *text;
  if (textfacts_text_argument(ctx, argv[0], &text, NULL) <= 0) return;
  /* The text ends at its first NUL, as for the other functions. */
  const char *name = tf_lang_name(tf_lang_detect((const unsigned char *)text, strlen(text)));
  sqlite3_result_text(ctx, name, -1, SQLITE_STATIC);
}

static void valid_utf8_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  const unsigned char *s = sqlite3_value_blob(argv[0]);
  size_t n = (size_t)sqlite3_value_bytes(argv[0]);
  if (!s && n) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_int(ctx, tf_utf8_valid(s, n));
}

/* Reads a currency argument into code (upper case). 1, 0 for NULL, -1 after
** an error naming the argument. */
static int currency_argument(sqlite3_context *ctx, sqlite3_value *v, const char *arg,
                             char code[4]) {
  if (sqlite3_value_type(v) == SQLITE_NULL) return 0;
  const char *text = (const char *)sqlite3_value_text(v);
  int n = sqlite3_value_bytes(v);
  if (!text) {
    sqlite3_result_error_nomem(ctx);
    return -1;
  }
  char upper[4] = {0};
  int letters = n == 3;
  for (int i = 0; letters && i < 3; i++) {
    char c = text[i];
    if (c >= 'a' && c <= 'z') c = (char)(c - 32);
    letters = c >= 'A' && c <= 'Z';
    upper[i] = c;
  }
  char found[4];
  if (!letters || !tf_currency_lookup(upper, 3, found) || memcmp(found, upper, 3) != 0) {
    char *message = sqlite3_mprintf("money_convert(): %s '%s' is not an ISO 4217 currency code",
                                    arg, text);
    sqlite3_result_error(ctx, message ? message : "money_convert(): unknown currency", -1);
    sqlite3_free(message);
    return -1;
  }
  memcpy(code, upper, 4);
  return 1;
}

/* Is s (n bytes) an ISO date, optionally followed by a time ('T' or ' ')? */
static int iso_date(const char *s, int n) {
  if (n < 10 || (n > 10 && s[10] != 'T' && s[10] != ' ')) return 0;
  for (int i = 0; i < 10; i++) {
    int digit = s[i] >= '0' && s[i] <= '9';
    if ((i == 4 || i == 7) ? s[i] != '-' : !digit) return 0;
  }
  int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* money_convert() calls running on this thread while textfacts_rates is read. */
static _Thread_local int converting;

static void convert(sqlite3_context *ctx, int argc, sqlite3_value **argv);

static void money_convert_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  /* A textfacts_rates that is a view (or has triggers) calling money_convert
  ** would bring us back here while we read it, until the stack overflows: a
  ** database file anyone can hand over must not crash the reader. */
  if (converting) {
    sqlite3_result_error(ctx,
                         "money_convert(): textfacts_rates is being read and calls "
                         "money_convert() again (a view or trigger that refers back to it): "
                         "refused, it would never end",
                         -1);
    return;
  }
  converting = 1;
  convert(ctx, argc, argv);
  converting = 0;
}

static void convert(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  char from[4], to[4];
  int has_from = currency_argument(ctx, argv[1], "from_currency", from);
  if (has_from < 0) return;
  int has_to = currency_argument(ctx, argv[2], "to_currency", to);
  if (has_to < 0) return;
  int type = sqlite3_value_numeric_type(argv[0]);
  if (type == SQLITE_NULL) return;
  if (type != SQLITE_INTEGER && type != SQLITE_FLOAT) {
    sqlite3_result_error(ctx, "money_convert(): amount is not a number", -1);
    return;
  }
  double amount = sqlite3_value_double(argv[0]);
  char day[11] = "";
  if (argc > 3 && sqlite3_value_type(argv[3]) != SQLITE_NULL) {
    const char *text = (const char *)sqlite3_value_text(argv[3]);
    int n = sqlite3_value_bytes(argv[3]);
    if (!text) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    if (!iso_date(text, n)) {
      char *message = sqlite3_mprintf("money_convert(): date '%s' is not an ISO date (YYYY-MM-DD)",
                                      text);
      sqlite3_result_error(ctx, message ? message : "money_convert(): bad date", -1);
      sqlite3_free(message);
      return;
    }
    memcpy(day, text, 10);
  }
  if (!has_from || !has_to) return;
  if (strcmp(from, to) == 0) {
    sqlite3_result_double(ctx, amount);
    return;
  }
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  sqlite3_stmt *stmt = NULL;
  /* The latest rate on or before the day, for each of the two currencies. */
  int rc = sqlite3_prepare_v2(
    db,
    "SELECT (SELECT per_eur FROM main.textfacts_rates WHERE currency = ?1 "
    "AND (?3 IS NULL OR day <= ?3) ORDER BY day DESC LIMIT 1), "
    "(SELECT per_eur FROM main.textfacts_rates WHERE currency = ?2 "
    "AND (?3 IS NULL OR day <= ?3) ORDER BY day DESC LIMIT 1)",
    -1, &stmt, NULL);
  if (rc != SQLITE_OK) {
    char *message = sqlite3_mprintf("money_convert(): cannot read textfacts_rates (load rates "
                                    "with sql/import_ecb_rates.sql): %s",
                                    sqlite3_errmsg(db));
    if (rc == SQLITE_NOMEM || !message) sqlite3_result_error_nomem(ctx);
    else sqlite3_result_error(ctx, message, -1);
    sqlite3_free(message);
    return;
  }
  sqlite3_bind_text(stmt, 1, from, 3, SQLITE_STATIC);
  sqlite3_bind_text(stmt, 2, to, 3, SQLITE_STATIC);
  if (day[0]) sqlite3_bind_text(stmt, 3, day, 10, SQLITE_STATIC);
  rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) {
    double rate[2];
    int missing = 0;
    for (int i = 0; i < 2; i++) {
      const char *code = i ? to : from;
      if (strcmp(code, "EUR") == 0) rate[i] = 1.0;
      else if (sqlite3_column_type(stmt, i) == SQLITE_NULL) missing = 1;
      else {
        rate[i] = sqlite3_column_double(stmt, i);
        if (!(rate[i] > 0)) {
          char *message = sqlite3_mprintf(
            "money_convert(): textfacts_rates holds a rate of %g for %s (it must be positive)",
            rate[i], code);
          sqlite3_result_error(ctx, message ? message : "money_convert(): bad rate", -1);
          sqlite3_free(message);
          sqlite3_finalize(stmt);
          return;
        }
      }
    }
    if (!missing) sqlite3_result_double(ctx, amount / rate[0] * rate[1]);
    rc = SQLITE_OK;
  }
  if (rc != SQLITE_OK) {
    if (rc == SQLITE_NOMEM) sqlite3_result_error_nomem(ctx);
    else sqlite3_result_error(ctx, sqlite3_errmsg(db), -1);
  }
  sqlite3_finalize(stmt);
}

int textfacts_register_corpus(sqlite3 *db, char **pzErrMsg) {
  static const textfacts_function functions[] = {
    {"first_date", 1, SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, first_date_function},
    {"first_date", 2, SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, first_date_function},
    {"valid_utf8", 1, SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, valid_utf8_function},
    {"detect_lang", 1, SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, detect_lang_function},
    /* Reads a table: neither deterministic nor innocuous. */
    {"money_convert", 3, 0, money_convert_function},
    {"money_convert", 4, 0, money_convert_function},
  };
  return textfacts_register_functions(db, pzErrMsg, functions,
                                      sizeof functions / sizeof functions[0], NULL);
}
