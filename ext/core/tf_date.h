/*
** tf_date.h — the first complete calendar date written in a text, for the
** importers (an article's publication date from its dateline).
**
**   int y, m, d;
**   if (tf_date_first(text, len, TF_LANG_AUTO, &y, &m, &d, NULL, NULL)) ...
**
** Complete means day, month and year:
**   2025-09-09                      ISO 8601
**   9 septembre 2025, 1er sept. 2025, mardi 9 septembre 2025
**   9 September 2025, September 9, 2025, Sept. 9th 2025
** Month names of ext/data/dates.tsv (French and English), full or abbreviated ("janv.", "févr.",
** "Jan.", "Sept."), any case (accented capitals included). A day that the
** month does not have (31 June, 29 February 2025) is not a date, and the
** search goes on. Years 1000-2999. Numeric forms other than ISO (09/10/2025)
** are not read: day and month order differs between the languages.
*/
#ifndef TF_DATE_H
#define TF_DATE_H
#include <stddef.h>

/* Reads the month names of ext/data/dates.tsv and compiles the patterns (from
** tf_core_init). TF_OK, TF_NOMEM or TF_ERROR with a message in err. */
int tf_date_init(char *err, size_t size);
/* Frees what tf_date_init built (tf_core's teardown, before tf_regex's). */
void tf_date_teardown(void);

/* Finds the first complete date in s[0..len) with the month names of lang (a
** tf_lang; AUTO: French and English). Returns 1 with *year, *month, *day and
** its bytes [*start, *end) (either may be NULL), 0 when there is none, -1 when
** out of memory. s may hold invalid UTF-8. */
int tf_date_first(const unsigned char *s, size_t len, int lang, int *year, int *month, int *day,
                  size_t *start, size_t *end);

#endif
