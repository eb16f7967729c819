/* libFuzzer target: parse_amount() and currency_code() on arbitrary bytes. */
#include "tf_core.h"
#include "tf_currency.h"
#include "tf_lang.h"
#include "tf_number.h"
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
  return 0;
}
