/* libFuzzer target: the money scanner on arbitrary bytes, in each language.
** Checks the invariants: mentions in order, inside the text, never overlapping,
** never containing an invalid character, low <= high. */
#include "tf_core.h"
#include "tf_money.h"
#include "tf_lang.h"
#include "tf_utf8.h"
#include "fuzz_utf8.h"
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (tf_core_init() != TF_OK) abort();
  for (int lang = TF_LANG_AUTO; lang <= TF_LANG_COUNT; lang++) {
    tf_money_scanner sc;
    tf_money m;
    if (tf_money_scanner_init(&sc, (const char *)data, size, lang) != TF_OK) abort();
    size_t last_end = 0;
    while (tf_money_next(&sc, &m) == 1) {
      if (m.start < last_end || m.end <= m.start || m.end > size) abort();
      /* Neither end inside one of SQLite's characters (see tf_utf8.h). */
      if (inside_character(data, size, m.start) || inside_character(data, size, m.end)) abort();
      for (size_t p = m.start; p < m.end;) {
        size_t next;
        if (tf_utf8_decode(data, m.end, p, &next) == TF_INVALID_CP) abort();
        p = next;
      }
      if (m.has_low && m.has_high && m.low > m.high) abort();
      last_end = m.end;
    }
    tf_money_scanner_finish(&sc);
  }
  return 0;
}
