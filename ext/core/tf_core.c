/* tf_core.c — see tf_core.h. */
#include "tf_core.h"
#include "tf_alloc.h"
#include "tf_builtin.h"
#include "tf_currency.h"
#include "tf_date.h"
#include "tf_entity.h"
#include "tf_facts.h"
#include "tf_lang.h"
#include "tf_money.h"
#include "tf_number.h"
#include "tf_qualifier.h"
#include "tf_regex.h"
#include "tf_sentence.h"
#include "tf_wordlist.h"
#include "tf_words.h"
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>

static char core_error[256];
static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;
enum { NOT_BUILT, BUILT, BROKEN };
static int state = NOT_BUILT;
static int broken_result;

int tf_core_fail(char *err, size_t size, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  vsnprintf(err, size, format, ap);
  va_end(ap);
  return TF_ERROR;
}

/* Frees everything the steps built, in reverse order; each teardown takes a
** module back to its state before its init, whatever part of it was built. */
static void teardown(void) {
  tf_facts_teardown();
  tf_builtin_teardown();
  tf_entity_teardown();
  tf_sentence_teardown();
  tf_date_teardown();
  tf_money_teardown();
  tf_qualifier_teardown();
  tf_regex_teardown();
  tf_wordlist_teardown();
  tf_number_teardown();
  tf_currency_teardown();
  tf_lang_teardown();
}

/* The one order: each step reads only what the steps before it built. */
static int build(char *err, size_t size) {
  int rc = tf_words_init();
  if (rc == TF_OK) rc = tf_wordlist_init();
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
  return rc;
}

int tf_core_init(void) {
  pthread_mutex_lock(&init_lock);
  int rc = TF_OK;
  if (state == BROKEN) {
    rc = broken_result;
  } else if (state == NOT_BUILT) {
    core_error[0] = 0;
    /* Process-wide tables come from libc: they outlive every connection and
    ** must survive sqlite3_shutdown() (tf_alloc.h). */
    tf_alloc_process_begin();
    rc = build(core_error, sizeof core_error);
    if (rc != TF_OK) teardown();
    tf_alloc_process_end();
    if (rc == TF_OK) {
      state = BUILT;
    } else if (rc == TF_NOMEM) {
      /* A transient failure: nothing is kept, the next call tries again. */
      if (!core_error[0]) snprintf(core_error, sizeof core_error, "out of memory");
    } else {
      state = BROKEN; /* a broken data file: for good */
      broken_result = rc;
    }
  }
  pthread_mutex_unlock(&init_lock);
  return rc;
}

const char *tf_core_error(void) { return core_error; }
