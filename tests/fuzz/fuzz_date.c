/* libFuzzer target: tf_date_first (first_date()) on arbitrary bytes, in each
** language. Checks: a date found is a real day (month 1-12, day within the
** month, year 1000-2999), its bytes lie inside the text, and searching the
** text from where the date starts finds the same date. */
#include "tf_date.h"
#include "tf_lang.h"
#include "tf_core.h"
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (tf_core_init() != TF_OK) abort();
  static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int lang = TF_LANG_AUTO; lang <= TF_LANG_COUNT; lang++) {
    int y, m, d;
    size_t start, end;
    int rc = tf_date_first(data, size, lang, &y, &m, &d, &start, &end);
    if (rc < 0) abort();
    if (rc == 0) continue;
    if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) abort();
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) abort();
    if (start >= end || end > size) abort();
    int y2, m2, d2;
    size_t s2, e2;
    if (tf_date_first(data + start, size - start, lang, &y2, &m2, &d2, &s2, &e2) != 1) abort();
    if (y2 != y || m2 != m || d2 != d || s2 != 0 || e2 != end - start) abort();
  }
  return 0;
}
