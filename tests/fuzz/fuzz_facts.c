/* libFuzzer target: extract_facts' core and the sentence splitter on
** arbitrary bytes. The first byte picks the language ('0' to '7': auto, fr, en, de,
** es, it, pt, zh; another byte, its value mod 8), the rest is the text.
** Checks on every input:
**  - sentences (tf_sentence_next): in order, never overlapping, non-empty,
**    inside the text, not starting or ending with white space, and nothing
**    but white space between them; a sentence scanned alone is one sentence,
**    itself;
**  - facts (tf_facts_extract): exactly tf_money's mentions for the same text
**    and language; in order, never overlapping, inside the text; each one in
**    the scanner's sentence of its index, with non-decreasing indexes; an
**    entity that is NULL or one of the list's own names, NUL-terminated, of
**    entity_len bytes and a kind in 0..4; a year that is 0 or in 1900..2100;
**    groups numbered 1, 2, … without gaps, of two or more consecutive facts
**    in one sentence, in different currencies, sharing entity and year;
**  - no money, no entity extraction; a reused list gives the same facts. */
#include "tf_entity.h"
#include "tf_facts.h"
#include "tf_lang.h"
#include "tf_core.h"
#include "tf_money.h"
#include "tf_sentence.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct span {
  size_t start, end;
} span;

static int ascii_space(unsigned char b) { return b == ' ' || (b >= '\t' && b <= '\r'); }

/* White space as tf_sentence.c counts it (line breaks included): its length
** at s[p], or 0. Written out again here so that the check is independent. */
static size_t white_at(const unsigned char *s, size_t len, size_t p) {
  if (ascii_space(s[p])) return 1;
  if (s[p] == 0xC2 && p + 1 < len && (s[p + 1] == 0xA0 || s[p + 1] == 0x85)) return 2;
  if (p + 2 < len && s[p] == 0xE2 && s[p + 1] == 0x80 &&
      (s[p + 2] <= 0x8B || s[p + 2] == 0xA8 || s[p + 2] == 0xA9 || s[p + 2] == 0xAF))
    return 3; /* U+2000..U+200B, U+2028, U+2029, U+202F (s[p+2] >= 0x80 for UTF-8) */
  if (p + 2 < len && s[p] == 0xE3 && s[p + 1] == 0x80 && s[p + 2] == 0x80) return 3;
  return 0;
}

/* Only white space in s[from..to). */
static void check_blank(const unsigned char *s, size_t len, size_t from, size_t to) {
  size_t p = from, n;
  while (p < to) {
    n = white_at(s, len, p);
    if (!n || p + n > to) abort();
    p += n;
  }
}

/* The sentences of s[0..len) into *out (malloc'd), checked. Returns the count. */
static size_t sentences_of(const unsigned char *s, size_t len, int lang, span **out) {
  span *v = malloc((len + 1) * sizeof(*v)); /* at most one per byte */
  if (!v) abort();
  tf_sentence_scanner sc;
  tf_sentence_start(&sc, s, len, lang);
  size_t n = 0, start, end, last_end = 0;
  while (tf_sentence_next(&sc, &start, &end)) {
    if (n == len) abort(); /* more sentences than bytes: no progress */
    if (start < last_end || end <= start || end > len) abort();
    if (ascii_space(s[start]) || ascii_space(s[end - 1])) abort();
    check_blank(s, len, last_end, start);
    v[n].start = start;
    v[n].end = end;
    n++;
    last_end = end;
  }
  if (tf_sentence_next(&sc, &start, &end)) abort(); /* stays at the end */
  check_blank(s, len, last_end, len);
  *out = v;
  return n;
}

static int same_money(const tf_money *a, const tf_money *b) {
  return a->start == b->start && a->end == b->end && a->has_amount == b->has_amount &&
         (!a->has_amount || memcmp(&a->amount, &b->amount, sizeof a->amount) == 0) &&
         a->has_low == b->has_low &&
         (!a->has_low || memcmp(&a->low, &b->low, sizeof a->low) == 0) &&
         a->has_high == b->has_high &&
         (!a->has_high || memcmp(&a->high, &b->high, sizeof a->high) == 0) &&
         strcmp(a->currency, b->currency) == 0 && a->qualifier == b->qualifier;
}

/* A fact's entity or counterparty: nothing (length 0), or a name of the list
** (NUL-terminated, of its kind), or a form written in the text (use_text_forms; a
** table row's label): bytes of s, of a kind. */
static void check_party(const tf_fact_list *facts, const unsigned char *s, size_t len,
                        const char *name, size_t name_len, int kind) {
  if (!name) {
    if (name_len != 0) abort();
    return;
  }
  if (name_len == 0) abort();
  if (kind < TF_KIND_ORG || kind > TF_KIND_UNKNOWN) abort();
  const unsigned char *e = (const unsigned char *)name;
  int found = e >= s && e < s + len && name_len <= (size_t)(s + len - e);
  for (size_t k = 0; k < facts->entities.count && !found; k++)
    found = facts->entities.items[k].name == name && facts->entities.items[k].kind == kind &&
            strlen(name) == name_len;
  if (!found) abort();
}

static void check_facts(const tf_fact_list *facts, const unsigned char *s, size_t len, int lang,
                        const span *sents, size_t nsent) {
  /* The same mentions as the money scanner. */
  tf_money_scanner ms;
  memset(&ms, 0, sizeof ms);
  if (tf_money_scanner_init(&ms, (const char *)s, len, lang) != TF_OK) abort();
  tf_money m;
  size_t count = 0;
  int rc;
  while ((rc = tf_money_next(&ms, &m)) == 1) {
    if (count >= facts->count || !same_money(&facts->items[count].money, &m)) abort();
    count++;
  }
  tf_money_scanner_finish(&ms);
  if (rc != 0 || count != facts->count) abort();
  if (facts->count == 0 && facts->entities.count != 0) abort();

  size_t last_end = 0;
  int max_grp = 0;
  for (size_t i = 0; i < facts->count; i++) {
    const tf_fact *f = &facts->items[i];
    const tf_fact *prev = i ? &facts->items[i - 1] : NULL;
    if (f->money.start < last_end || f->money.end <= f->money.start || f->money.start >= len ||
        f->money.end > len)
      abort();
    last_end = f->money.end;
    /* Its sentence: the scanner's, containing the amount. */
    if (f->sentence_start > f->money.start || f->sentence_end < f->money.end) abort();
    if (prev && f->sentence < prev->sentence) abort();
    /* A mention that runs over a break (a range across a line break) belongs to
    ** the sentence it starts in, whose bounds then stretch to cover it. */
    if (f->sentence >= nsent) abort();
    if (f->money.start < sents[f->sentence].start || f->money.start >= sents[f->sentence].end)
      abort();
    if (f->sentence_start != sents[f->sentence].start ||
        f->sentence_end !=
          (f->money.end > sents[f->sentence].end ? f->money.end : sents[f->sentence].end))
      abort();
    /* Its entity and its other party. */
    check_party(facts, s, len, f->entity, f->entity_len, f->entity_kind);
    check_party(facts, s, len, f->counterparty, f->counterparty_len, f->counterparty_kind);
    if (f->year != 0 && (f->year < 1900 || f->year > 2100)) abort();
    /* Its group. */
    if (f->grp < 0) abort();
    if (f->grp > 0) {
      if (prev && prev->grp == f->grp) {
        if (prev->sentence != f->sentence || strcmp(prev->money.currency, f->money.currency) == 0 ||
            prev->entity != f->entity || prev->year != f->year)
          abort();
      } else {
        if (f->grp != max_grp + 1) abort(); /* a new group, numbered next */
        max_grp = f->grp;
        const tf_fact *next = i + 1 < facts->count ? &facts->items[i + 1] : NULL;
        if (!next || next->grp != f->grp) abort(); /* two or more */
      }
    }
  }
}

static int same_facts(const tf_fact_list *a, const tf_fact_list *b) {
  if (a->count != b->count || a->entities.count != b->entities.count) return 0;
  for (size_t i = 0; i < a->count; i++) {
    const tf_fact *f = &a->items[i], *g = &b->items[i];
    if (!same_money(&f->money, &g->money) || f->sentence != g->sentence ||
        f->sentence_start != g->sentence_start || f->sentence_end != g->sentence_end ||
        f->year != g->year || f->grp != g->grp || f->entity_kind != g->entity_kind ||
        !f->entity != !g->entity || f->entity_len != g->entity_len ||
        (f->entity && memcmp(f->entity, g->entity, f->entity_len) != 0))
      return 0;
  }
  return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (tf_core_init() != TF_OK) abort();
  const tf_entity_set *set = tf_entity_builtin();
  if (!set) abort();
  int lang = !size                              ? TF_LANG_AUTO
             : data[0] >= '0' && data[0] <= '7' ? data[0] - '0'
                                                : data[0] % (TF_LANG_COUNT + 1);
  const unsigned char *s = size ? data + 1 : data;
  size_t len = size ? size - 1 : 0;

  span *sents;
  size_t nsent = sentences_of(s, len, lang, &sents);
  /* A sentence scanned alone is one sentence: itself. */
  for (size_t i = 0; i < nsent; i++) {
    span *one;
    size_t n = sentences_of(s + sents[i].start, sents[i].end - sents[i].start, lang, &one);
    if (n != 1 || one[0].start != 0 || one[0].end != sents[i].end - sents[i].start) abort();
    free(one);
  }

  tf_fact_list facts = {0};
  if (tf_facts_extract(set, s, len, lang, &facts) != TF_OK) abort();
  check_facts(&facts, s, len, lang, sents, nsent);
  /* A reused list gives the same facts. */
  tf_fact_list again = {0};
  if (tf_facts_extract(set, s, len, lang, &again) != TF_OK) abort();
  if (tf_facts_extract(set, s, len, lang, &again) != TF_OK) abort();
  if (!same_facts(&facts, &again)) abort();
  tf_fact_list_free(&again);
  tf_fact_list_free(&facts);
  free(sents);
  return 0;
}
