/*
** tf_document.h — one article's rows, as the textfacts table stores them: the
** facts of its money mentions (tf_facts.h) and its entity mentions
** (tf_entity.h), merged in text order, with code-point offsets and the index of
** the sentence each starts in (as extract_sentences numbers them).
**
**   tf_document d = {0};
**   tf_document_extract(&d, set, text, TF_LANG_AUTO);
**   for (i = 0; i < d.count; i++) d.rows[i] ...
**   tf_document_free(&d);
**
** The text is read as the SQL functions read it: up to its first NUL.
*/
#ifndef TF_DOCUMENT_H
#define TF_DOCUMENT_H
#include "tf_facts.h"
#include <stddef.h>
#include <stdint.h>

typedef struct tf_document_row {
  int is_money; /* 1: facts.items[index]; 0: entities.items[index] */
  size_t index;
  size_t start_byte;  /* bytes of the mention */
  int64_t start, end; /* code points (tf_utf8.h), end exclusive */
  int64_t sentence;   /* 0-based index of the sentence it starts in */
} tf_document_row;

typedef struct tf_document {
  tf_fact_list facts;
  tf_entity_list entities;
  tf_document_row *rows;
  size_t count, capacity;
  const char *text; /* the text given (not copied) */
  /* what the facts' scan of names learnt of the text, read by the scan of the whole text
  ** (NULL: none, without memory) */
  tf_entity_memo *memo;
} tf_document;

/* Extracts text (NUL-terminated) into d (zeroed, or reused: its buffers are
** kept). Rows are in text order: by start, a money row before an entity row
** at the same start. TF_OK or TF_NOMEM (d then holds no rows). */
int tf_document_extract(tf_document *d, const tf_entity_set *set, const char *text, int lang);
void tf_document_free(tf_document *d);

#endif
