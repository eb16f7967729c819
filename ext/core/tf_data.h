/*
** tf_data.h — the knowledge files of ext/data, compiled in, and their reader.
**
** build/tf_data_files.c is generated from the .tsv files of ext/data by
** ext/data/embed.awk: each file becomes one NUL-terminated string of its lines,
** comment lines (#) and blank lines kept empty so that line numbers still hold.
** Edit the .tsv files, never the generated C.
**
** The files share one shape: TAB-separated fields, one row per line; a field may
** hold a list of entries separated by " | ". Which fields a file has is said in
** its header and checked by its loader, which reports a bad row by file and line
** (tf_data_fail) and so fails the core's initialisation: a broken data file
** cannot go unnoticed.
**
**   tf_data_reader r;
**   tf_data_row row;
**   tf_data_open(&r, "numbers.tsv", tf_data_numbers);
**   while (tf_data_next(&r, &row)) { row.field[0] … row.len[0] … }
*/
#ifndef TF_DATA_H
#define TF_DATA_H
#include <stddef.h>

extern const char tf_data_abbreviations[]; /* lang, abbreviations */
extern const char tf_data_currencies[];    /* class, lang, forms[, code[, flags]] */
extern const char tf_data_dates[];         /* month, lang, names */
extern const char tf_data_entities[];      /* kind, name[, aliases] */
extern const char tf_data_facts[];         /* class, lang, phrases */
extern const char tf_data_given_names[];   /* class, lang, name */
extern const char tf_data_guess[];         /* class, lang, words */
extern const char tf_data_language[];      /* lang, weight, words */
extern const char tf_data_money[];         /* class, lang, phrases */
extern const char tf_data_numbers[];       /* kind, lang, words, value */
extern const char tf_data_qualifiers[];    /* class, lang, phrases */
extern const char tf_data_what[];
/* Generated word lists, front-coded (tf_wordlist.h), with the offsets of their words written
** whole (every 16th line) and their lengths (ext/data/wordlist_index.awk), and their Bloom
** filters and the keys of those words (ext/data/wordlist_bloom.c, tf_bloom.h) */
#define TF_DATA_WORDLIST(name)                                                 \
  extern const char tf_data_##name[];                                          \
  extern const unsigned tf_data_##name##_heads[];                              \
  extern const unsigned tf_data_##name##_heads_count, tf_data_##name##_length; \
  extern const unsigned char tf_data_##name##_bloom[];                         \
  extern const unsigned tf_data_##name##_bloom_log2;                           \
  extern const unsigned long long tf_data_##name##_keys[];
TF_DATA_WORDLIST(nouns_de)
TF_DATA_WORDLIST(words_de)
TF_DATA_WORDLIST(words_es)
TF_DATA_WORDLIST(words_it)
TF_DATA_WORDLIST(words_pt) /* what, lang, phrases */

#define TF_DATA_MAX_FIELDS 8

typedef struct tf_data_reader {
  const char *name; /* the file's name, for messages */
  const char *p;    /* the next line */
  int line;         /* the line number of the last row read */
} tf_data_reader;

typedef struct tf_data_row {
  int count; /* fields in the row (at most TF_DATA_MAX_FIELDS; more is count + 1) */
  const char *field[TF_DATA_MAX_FIELDS];
  size_t len[TF_DATA_MAX_FIELDS];
} tf_data_row;

void tf_data_open(tf_data_reader *r, const char *name, const char *data);
/* The next row that is not blank nor a comment: 1, or 0 at the end. */
int tf_data_next(tf_data_reader *r, tf_data_row *row);

/* The entries of a list "a | b | c", trimmed; empty entries are skipped. */
typedef struct tf_data_item {
  const char *list;
  size_t list_len, pos;
  const char *text; /* the current entry */
  size_t len;
} tf_data_item;
void tf_data_items(tf_data_item *it, const char *list, size_t len);
int tf_data_item_next(tf_data_item *it);

/* A decimal number ("12", "0.25", "1e9", "-3"), read without the C locale. */
int tf_data_number(const char *s, size_t n, double *value);

/* Writes "NAME line N: message" into err and returns TF_ERROR. */
int tf_data_fail(char *err, size_t size, const tf_data_reader *r, const char *format, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 4, 5)))
#endif
  ;

#endif
