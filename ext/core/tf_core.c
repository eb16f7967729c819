/* tf_core.c — see tf_core.h. */
#include "tf_core.h"
#include "tf_currency.h"
#include "tf_date.h"
#include "tf_entity.h"
#include "tf_facts.h"
#include "tf_fold.h"
#include "tf_lang.h"
#include "tf_money.h"
#include "tf_number.h"
#include "tf_qualifier.h"
#include "tf_regex.h"
#include "tf_sentence.h"
#include "tf_words.h"
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>

static char core_error[256];
static int init_result = TF_ERROR;
static pthread_once_t init_once = PTHREAD_ONCE_INIT;

int tf_core_fail(char *err, size_t size, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  vsnprintf(err, size, format, ap);
  va_end(ap);
  return TF_ERROR;
}

/* The one order: each step reads only what the steps before it built. */
static void init_once_body(void) {
  char *err = core_error;
  size_t size = sizeof core_error;
  int rc = tf_fold_init();
  if (rc == TF_OK) rc = tf_words_init();
  if (rc == TF_OK) rc = tf_lang_init(err, size);
  if (rc == TF_OK) rc = tf_currency_init(err, size);
  if (rc == TF_OK) rc = tf_number_init(err, size);
  if (rc == TF_OK) rc = tf_regex_init();
  if (rc == TF_OK) rc = tf_qualifier_init(err, size);
  if (rc == TF_OK) rc = tf_money_init(err, size);
  if (rc == TF_OK) rc = tf_date_init(err, size);
  if (rc == TF_OK) rc = tf_sentence_init(err, size);
  if (rc == TF_OK) rc = tf_entity_init(err, size);
  if (rc == TF_OK) rc = tf_builtin_init(err, size);
  if (rc == TF_OK) rc = tf_facts_init(err, size);
  if (rc == TF_NOMEM && !core_error[0]) snprintf(core_error, sizeof core_error, "out of memory");
  init_result = rc;
}

int tf_core_init(void) {
  pthread_once(&init_once, init_once_body);
  return init_result;
}

const char *tf_core_error(void) { return core_error; }
