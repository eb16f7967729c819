/* tf_document.c — see tf_document.h. */
#include "tf_document.h"
#include "tf_alloc.h"
#include "tf_core.h"
#include "tf_sentence.h"
#include "tf_utf8.h"
#include <string.h>

void tf_document_free(tf_document *d) {
  tf_fact_list_free(&d->facts);
  tf_entity_list_free(&d->entities);
  tf_free(d->rows);
  tf_entity_memo_free(d->memo);
  memset(d, 0, sizeof *d);
}

int tf_document_extract(tf_document *d, const tf_entity_set *set, const char *text, int lang) {
  const unsigned char *s = (const unsigned char *)text;
  size_t len = strlen(text);
  d->text = text;
  d->count = 0;
  d->facts.keep_sentences = 1; /* the entities' sentences are numbered with them below */
  /* a memo of this text's names for the two scans (without memory: none, the same rows) */
  if (d->memo) tf_entity_memo_clear(d->memo);
  else d->memo = tf_entity_memo_new();
  d->facts.entity_memo = d->memo;
  if (tf_facts_extract(set, s, len, lang, &d->facts) != TF_OK) return TF_NOMEM;
  /* (the language tf_facts_extract detected for 'auto': the same, not detected again;
  ** the memo only when the facts scanned names: else this scan would fill it for nothing) */
  if (tf_entity_extract_ranges_memo(set, s, len, lang, d->facts.text_lang, NULL, 0,
                                    d->facts.count ? d->memo : NULL, &d->entities) != TF_OK)
    return TF_NOMEM;
  size_t need = d->facts.count + d->entities.count;
  if (need > d->capacity) {
    tf_document_row *rows = tf_realloc(d->rows, need * sizeof *rows);
    if (!rows) return TF_NOMEM;
    d->rows = rows;
    d->capacity = need;
  }
  /* Entities: the sentence a mention starts in, counted as tf_facts counts; with the
  ** sentences tf_facts passed (their ends), then its counter from where it stopped,
  ** so that the text is scanned for sentences once. */
  tf_sentence_counter sentences;
  const tf_fact_list *fl = &d->facts;
  size_t passed = 0; /* sentences of fl->sentence_ends behind the mentions */
  if (fl->sentences_ok) sentences = fl->sentences;
  else tf_sentence_counter_init_in(&sentences, s, len, lang, d->facts.text_lang);
  /* The two lists are each in text order: merged (by start, money first), they are the
  ** rows' order, and one pass of the character counter gives every start (an end
  ** counts on from its start). */
  tf_cp_counter counter;
  tf_cp_counter_init(&counter, s);
  size_t i = 0, j = 0;
  while (i < d->facts.count || j < d->entities.count) {
    tf_document_row *r = &d->rows[d->count++];
    size_t end_byte;
    if (j >= d->entities.count ||
        (i < d->facts.count && d->facts.items[i].money.start <= d->entities.items[j].start)) {
      const tf_fact *f = &d->facts.items[i];
      r->is_money = 1;
      r->index = i++;
      r->start_byte = f->money.start;
      end_byte = f->money.end;
      r->sentence = (int64_t)f->sentence;
    } else {
      const tf_entity_mention *m = &d->entities.items[j];
      r->is_money = 0;
      r->index = j++;
      r->start_byte = m->start;
      end_byte = m->end;
      if (fl->sentences_ok) {
        while (passed < fl->sentence_ends_count && m->start >= fl->sentence_ends[passed]) passed++;
        r->sentence = passed < fl->sentence_ends_count
                        ? (int64_t)passed
                        : (int64_t)tf_sentence_counter_at(&sentences, m->start);
      } else {
        r->sentence = (int64_t)tf_sentence_counter_at(&sentences, m->start);
      }
    }
    r->start = tf_cp_advance(&counter, r->start_byte);
    tf_cp_counter from_start = counter;
    r->end = tf_cp_advance(&from_start, end_byte);
  }
  return TF_OK;
}
