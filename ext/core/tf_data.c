/* tf_data.c — see tf_data.h. */
#include "tf_data.h"
#include "tf_core.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void tf_data_open(tf_data_reader *r, const char *name, const char *data) {
  r->name = name;
  r->p = data;
  r->line = 0;
}

int tf_data_next(tf_data_reader *r, tf_data_row *row) {
  while (*r->p) {
    const char *line = r->p;
    const char *eol = strchr(line, '\n');
    size_t n = eol ? (size_t)(eol - line) : strlen(line);
    r->p = line + n + (eol ? 1 : 0);
    r->line++;
    if (n == 0 || line[0] == '#') continue;
    row->count = 0;
    size_t p = 0;
    for (;;) {
      size_t q = p;
      while (q < n && line[q] != '\t') q++;
      if (row->count == TF_DATA_MAX_FIELDS) {
        row->count++; /* too many: the loader refuses the row */
        break;
      }
      row->field[row->count] = line + p;
      row->len[row->count] = q - p;
      row->count++;
      if (q >= n) break;
      p = q + 1;
    }
    return 1;
  }
  return 0;
}

void tf_data_items(tf_data_item *it, const char *list, size_t len) {
  it->list = list;
  it->list_len = len;
  it->pos = 0;
  it->text = NULL;
  it->len = 0;
}

int tf_data_item_next(tf_data_item *it) {
  while (it->pos < it->list_len) {
    size_t q = it->pos;
    while (q < it->list_len && it->list[q] != '|') q++;
    size_t a = it->pos, e = q;
    while (a < e && it->list[a] == ' ') a++;
    while (e > a && it->list[e - 1] == ' ') e--;
    it->pos = q + 1;
    if (e > a) {
      it->text = it->list + a;
      it->len = e - a;
      return 1;
    }
  }
  return 0;
}

int tf_data_number(const char *s, size_t n, double *value) {
  /* All digits as one integer, scaled once: "0.25" is 25 / 100, exactly 0.25. */
  size_t p = 0;
  int negative = 0, digits = 0, decimals = 0, exponent = 0;
  if (p < n && (s[p] == '-' || s[p] == '+')) negative = s[p++] == '-';
  double mantissa = 0;
  while (p < n && s[p] >= '0' && s[p] <= '9') mantissa = mantissa * 10 + (s[p++] - '0'), digits++;
  if (p < n && s[p] == '.')
    for (p++; p < n && s[p] >= '0' && s[p] <= '9'; p++)
      mantissa = mantissa * 10 + (s[p] - '0'), digits++, decimals++;
  if (!digits || digits > 15) return 0;
  if (p < n && (s[p] == 'e' || s[p] == 'E')) {
    int exp_digits = 0;
    for (p++; p < n && s[p] >= '0' && s[p] <= '9' && exponent < 100; p++)
      exponent = exponent * 10 + (s[p] - '0'), exp_digits++;
    if (!exp_digits) return 0;
  }
  if (p != n) return 0;
  int shift = exponent - decimals;
  double power = 1;
  for (int i = 0; i < (shift < 0 ? -shift : shift); i++) power *= 10;
  double v = shift < 0 ? mantissa / power : mantissa * power;
  *value = negative ? -v : v;
  return 1;
}

int tf_data_fail(char *err, size_t size, const tf_data_reader *r, const char *format, ...) {
  int n = snprintf(err, size, "%s line %d: ", r->name, r->line);
  if (n >= 0 && (size_t)n < size) {
    va_list ap;
    va_start(ap, format);
    vsnprintf(err + n, size - (size_t)n, format, ap);
    va_end(ap);
  }
  return TF_ERROR;
}
