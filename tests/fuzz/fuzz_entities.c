/* libFuzzer target: extract_entities' core on arbitrary bytes, with the
** built-in set, and (when the first byte is odd) with a user set whose aliases
** are the input's own lines, so that the dictionary builder reads untrusted
** text too. Checks: mentions in order, inside the text, never overlapping,
** never containing an invalid character or a NUL, never ending inside one of
** SQLite's characters, with a name and a kind. */
#include "tf_core.h"
#include "tf_entity.h"
#include "tf_lang.h"
#include "tf_utf8.h"
#include "fuzz_utf8.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void check_mentions(const tf_entity_list *list, const uint8_t *data, size_t size) {
  size_t last_end = 0;
  for (size_t i = 0; i < list->count; i++) {
    const tf_entity_mention *m = &list->items[i];
    if (m->start < last_end || m->end <= m->start || m->end > size) abort();
    if (!m->name || m->name_len == 0 || strlen(m->name) != m->name_len) abort();
    if (m->kind > TF_KIND_UNKNOWN || m->source > TF_SOURCE_GUESS) abort();
    /* Neither end inside a character as SQLite counts them (a lead byte takes
    ** every continuation byte after it), or the code-point offsets would not
    ** give the match back. */
    if (inside_character(data, size, m->start) || inside_character(data, size, m->end)) abort();
    for (size_t p = m->start; p < m->end;) {
      size_t next;
      int32_t cp = tf_utf8_decode(data, m->end, p, &next);
      if (cp == TF_INVALID_CP || cp == 0) abort();
      p = next;
    }
    last_end = m->end;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (tf_core_init() != TF_OK) abort();
  const tf_entity_set *builtin = tf_entity_builtin();
  if (!builtin) abort();
  tf_entity_list list = {0};
  for (int lang = TF_LANG_AUTO; lang <= TF_LANG_COUNT; lang++) {
    if (tf_entity_extract(builtin, data, size, lang, &list) != TF_OK) abort();
    check_mentions(&list, data, size);
  }
  if (size && (data[0] & 1)) {
    tf_entity_builder *b = tf_entity_builder_new();
    if (!b) abort();
    size_t p = 1;
    for (int line = 0; p < size && line < 64; line++) {
      const uint8_t *eol = memchr(data + p, '\n', size - p);
      size_t end = eol ? (size_t)(eol - data) : size;
      int kind = (int)(data[p] % 5); /* org .. ignore, minus unknown below */
      if (kind == TF_KIND_UNKNOWN) kind = TF_KIND_IGNORE;
      int rc = tf_entity_builder_add(b, (const char *)data + p, end - p, "Name", 4, kind, NULL,
                                     TF_SOURCE_DICTIONARY);
      if (rc == TF_NOMEM) abort();
      p = end + 1;
    }
    tf_entity_set *user = tf_entity_build(b);
    if (!user) abort();
    if (tf_entity_extract(user, data, size, TF_LANG_AUTO, &list) != TF_OK) abort();
    check_mentions(&list, data, size);
    tf_entity_set_free(user);
  }
  tf_entity_list_free(&list);
  return 0;
}
