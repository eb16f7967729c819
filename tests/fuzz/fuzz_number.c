/* libFuzzer target: parse_amount() and currency_code() on arbitrary bytes, and the
** Chinese number at every byte (tf_parse_number_zh): a number read lies inside the
** text, ends after it starts, and has a finite value. */
#include "tf_core.h"
#include "tf_currency.h"
#include "tf_lang.h"
#include "tf_number.h"
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (tf_core_init() != TF_OK) abort();
  double value;
  char code[4];
  for (int lang = TF_LANG_AUTO; lang <= TF_LANG_COUNT; lang++)
    tf_parse_amount(data, size, lang, &value);
  tf_currency_lookup((const char *)data, size, code);
  for (size_t p = 0; p < size; p++) {
    tf_number n;
    if (!tf_parse_number_zh(data, size, p, &n)) continue;
    if (n.start != p || n.end <= p || n.end > size || n.numeral_end > n.end || !isfinite(n.value))
      abort();
  }
  return 0;
}
