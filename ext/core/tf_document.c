/* tf_document.c — see tf_document.h. */
#include "tf_document.h"
#include "tf_alloc.h"
#include "tf_core.h"
#include "tf_sentence.h"
#include "tf_utf8.h"
#include <stdlib.h>
#include <string.h>

void tf_document_free(tf_document *d) {
  tf_fact_list_free(&d->facts);
  tf_entity_list_free(&d->entities);
  tf_free(d->rows);
  memset(d, 0, sizeof *d);
}

static int by_start(const void *a, const void *b) {
  const tf_document_row *x = a, *y = b;
  if (x->start_byte != y->start_byte) return x->start_byte < y->start_byte ? -1 : 1;
  if (x->is_money != y->is_money) return x->is_money ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

int tf_document_extract(tf_document *d, const tf_entity_set *set, const char *text, int lang) {
  const unsigned char *s = (const unsigned char *)text;
  size_t len = strlen(text);
  d->text = text;
  d->count = 0;
  if (tf_facts_extract(set, s, len, lang, &d->facts) != TF_OK) return TF_NOMEM;
  if (tf_entity_extract(set, s, len, lang, &d->entities) != TF_OK) return TF_NOMEM;
  size_t need = d->facts.count + d->entities.count;
  if (need > d->capacity) {
    tf_document_row *rows = tf_realloc(d->rows, need * sizeof *rows);
    if (!rows) return TF_NOMEM;
    d->rows = rows;
    d->capacity = need;
  }
  tf_cp_counter counter;
  tf_cp_counter_init(&counter, s);
  for (size_t i = 0; i < d->facts.count; i++) {
    const tf_fact *f = &d->facts.items[i];
    tf_document_row *r = &d->rows[d->count++];
    r->is_money = 1;
    r->index = i;
    r->start_byte = f->money.start;
    r->start = tf_cp_advance(&counter, f->money.start);
    r->end = tf_cp_advance(&counter, f->money.end);
    r->sentence = (int64_t)f->sentence;
  }
  /* Entities: the sentence a mention starts in, counted as tf_facts counts. */
  tf_cp_counter_init(&counter, s);
  tf_sentence_counter sentences;
  tf_sentence_counter_init(&sentences, s, len, lang);
  for (size_t i = 0; i < d->entities.count; i++) {
    const tf_entity_mention *m = &d->entities.items[i];
    tf_document_row *r = &d->rows[d->count++];
    r->is_money = 0;
    r->index = i;
    r->start_byte = m->start;
    r->start = tf_cp_advance(&counter, m->start);
    r->end = tf_cp_advance(&counter, m->end);
    r->sentence = (int64_t)tf_sentence_counter_at(&sentences, m->start);
  }
  if (d->count > 1) qsort(d->rows, d->count, sizeof *d->rows, by_start);
  return TF_OK;
}
