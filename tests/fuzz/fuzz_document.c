/* libFuzzer target: tf_document, the per-article rows the textfacts table
** stores, on arbitrary bytes. The first byte picks the language ('0' to '7': auto,
** fr, en, de, es, it, pt, zh; another byte, its value mod 8), the rest is the text (read up to its first NUL, as SQLite's
** text functions read it). Checks on every input:
**  - the money rows are tf_facts_extract's facts and the entity rows
**    tf_entity_extract's mentions, each exactly once;
**  - rows are in text order (by start byte; money before entity at one start);
**  - code-point offsets count characters by SQLite's rule (counted again here,
**    independently): start <= end, and the byte spans map back to them;
**  - sentence indexes do not decrease along each kind of row, and a money
**    row's index is its fact's;
**  - a reused document gives the same rows. */
#include "tf_core.h"
#include "tf_document.h"
#include "tf_lang.h"
#include "fuzz_utf8.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Characters before byte p by SQLite's rule. */
static int64_t chars_before(const uint8_t *s, size_t len, size_t p) {
  int64_t n = 0;
  for (size_t i = 0; i < p; i++) n += !inside_character(s, len, i);
  return n;
}

static void check(const tf_document *d, const uint8_t *s, size_t len, const tf_fact_list *facts,
                  const tf_entity_list *ents) {
  if (d->count != facts->count + ents->count) abort();
  size_t money = 0, entity = 0;
  int64_t last_money_sentence = 0, last_entity_sentence = 0;
  for (size_t i = 0; i < d->count; i++) {
    const tf_document_row *r = &d->rows[i];
    size_t start, end;
    if (r->is_money) {
      if (r->index != money++) abort();
      const tf_fact *f = &d->facts.items[r->index];
      if (f->money.start != facts->items[r->index].money.start ||
          f->money.end != facts->items[r->index].money.end)
        abort();
      start = f->money.start;
      end = f->money.end;
      if (r->sentence != (int64_t)f->sentence || r->sentence < last_money_sentence) abort();
      last_money_sentence = r->sentence;
    } else {
      if (r->index != entity++) abort();
      const tf_entity_mention *m = &d->entities.items[r->index];
      if (m->start != ents->items[r->index].start || m->end != ents->items[r->index].end) abort();
      start = m->start;
      end = m->end;
      if (r->sentence < last_entity_sentence) abort();
      last_entity_sentence = r->sentence;
    }
    if (start != r->start_byte || start > end || end > len) abort();
    if (i > 0) {
      const tf_document_row *q = &d->rows[i - 1];
      if (q->start_byte > r->start_byte) abort();
      if (q->start_byte == r->start_byte && !q->is_money && r->is_money) abort();
    }
    if (r->start != chars_before(s, len, start) || r->end != chars_before(s, len, end)) abort();
  }
  if (money != facts->count || entity != ents->count) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (tf_core_init() != TF_OK) abort();
  const tf_entity_set *set = tf_entity_builtin();
  if (!set || size == 0) return 0;
  int lang = data[0] >= '0' && data[0] <= '7' ? data[0] - '0' : data[0] % (TF_LANG_COUNT + 1);
  char *text = malloc(size);
  if (!text) return 0;
  memcpy(text, data + 1, size - 1);
  text[size - 1] = 0;
  size_t len = strlen(text);
  const uint8_t *s = (const uint8_t *)text;
  tf_fact_list facts = {0};
  tf_entity_list ents = {0};
  if (tf_facts_extract(set, s, len, lang, &facts) != TF_OK) abort();
  if (tf_entity_extract(set, s, len, lang, &ents) != TF_OK) abort();
  tf_document d = {0};
  if (tf_document_extract(&d, set, text, lang) != TF_OK) abort();
  check(&d, s, len, &facts, &ents);
  size_t count = d.count;
  if (tf_document_extract(&d, set, text, lang) != TF_OK || d.count != count) abort();
  check(&d, s, len, &facts, &ents);
  tf_document_free(&d);
  tf_fact_list_free(&facts);
  tf_entity_list_free(&ents);
  free(text);
  return 0;
}
