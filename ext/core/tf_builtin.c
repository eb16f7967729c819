/* tf_builtin.c — see tf_builtin.h. */
#include "tf_builtin.h"
#include "tf_core.h"
#include "tf_data.h"
#include "tf_fold.h"
#include <stdio.h>
#include <string.h>
#include <unicode/uldnames.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

static tf_entity_set *builtin_set;
static size_t builtin_conflicts;
/* Set when an ICU call ran out of memory: a name left out silently would stay
** out for the life of the process, so the whole build fails and is retried. */
static int icu_out_of_memory;

/* ICU's name for a region code in one locale and length, as UTF-8; 0 if none. */
static int region_name(ULocaleDisplayNames *names, const char *code, char *out, int cap) {
  UChar buffer[160];
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = uldn_regionDisplayName(names, code, buffer, 160, &status);
  if (status == U_MEMORY_ALLOCATION_ERROR) icu_out_of_memory = 1;
  if (U_FAILURE(status) || n <= 0 || n >= 160) return 0;
  int32_t bytes = 0;
  u_strToUTF8(out, cap, &bytes, buffer, n, &status);
  if (U_FAILURE(status) || bytes <= 0 || bytes >= cap) return 0;
  out[bytes] = 0;
  /* ICU answers unknown codes with the code itself. */
  return strcmp(out, code) != 0;
}

/* The locales whose region names are aliases: English first (the canonical
** name), then the other languages the press is read in. */
static const char *const name_locales[] = {"en", "fr", "zh", "de", "es", "it", "pt"};
#define NAME_LOCALES (sizeof name_locales / sizeof name_locales[0])

typedef struct icu_names {
  ULocaleDisplayNames *standard[NAME_LOCALES], *short_form[NAME_LOCALES];
} icu_names;

static int icu_names_open(icu_names *icu) {
  memset(icu, 0, sizeof(*icu));
  for (size_t i = 0; i < NAME_LOCALES; i++) {
    UErrorCode status = U_ZERO_ERROR;
    icu->standard[i] = uldn_open(name_locales[i], ULDN_STANDARD_NAMES, &status);
    UDisplayContext context[] = {UDISPCTX_LENGTH_SHORT};
    UErrorCode status2 = U_ZERO_ERROR;
    icu->short_form[i] = uldn_openForContext(name_locales[i], context, 1, &status2);
    if (status == U_MEMORY_ALLOCATION_ERROR || status2 == U_MEMORY_ALLOCATION_ERROR)
      icu_out_of_memory = 1;
    if (U_FAILURE(status) || U_FAILURE(status2)) return -1;
  }
  return 0;
}

static void icu_names_close(icu_names *icu) {
  for (size_t i = 0; i < NAME_LOCALES; i++) {
    if (icu->standard[i]) uldn_close(icu->standard[i]);
    if (icu->short_form[i]) uldn_close(icu->short_form[i]);
  }
}

/* The canonical (English) name of a region: ICU's short form unless that is
** an abbreviation ("US", "UK"), then the standard one; a parenthesis dropped. */
static int canonical_region_name(icu_names *icu, const char *code, char *out, int cap) {
  char shorter[256];
  int has_short = region_name(icu->short_form[0], code, shorter, sizeof shorter);
  int ok = 0;
  if (has_short) {
    int lower = 0;
    for (const char *c = shorter; *c; c++) lower |= (*c >= 'a' && *c <= 'z');
    if (lower) {
      snprintf(out, (size_t)cap, "%s", shorter);
      ok = 1;
    }
  }
  if (!ok && !region_name(icu->standard[0], code, out, cap)) return 0;
  char *paren = strstr(out, " (");
  if (paren) *paren = 0;
  return 1;
}

/* Adds an ICU name unless another region already has it: ICU's names clash
** at times ("Saint-Martin (partie néerlandaise)" for SX gives "Saint-Martin",
** which is MF); the first region keeps it. */
static int add_icu_alias(tf_entity_builder *b, const char *alias, size_t len, const char *name,
                         const char *code) {
  char folded[TF_MAX_ALIAS_BYTES * 4 + 8];
  int n = len <= TF_MAX_ALIAS_BYTES ? tf_fold_string(alias, (int)len, folded, sizeof folded) : -1;
  if (n <= 0) return TF_OK;
  const char *previous_name;
  if (tf_entity_builder_find(b, folded, (size_t)n, &previous_name) >= 0 &&
      strcmp(previous_name, name) != 0)
    return TF_OK;
  return tf_entity_builder_add(b, alias, len, name, strlen(name), TF_KIND_PLACE, code,
                               TF_SOURCE_BUILTIN);
}

/* Adds one ICU name of a region, its parts around a parenthesis too. Names
** that start in lower case ("world") would match common words: left out. */
static int add_region_alias(tf_entity_builder *b, const char *alias, const char *name,
                            const char *code) {
  if (alias[0] >= 'a' && alias[0] <= 'z') return TF_OK;
  int rc = add_icu_alias(b, alias, strlen(alias), name, code);
  const char *open = strstr(alias, " (");
  const char *close = open ? strchr(open, ')') : NULL;
  if (rc != TF_NOMEM && open && close) {
    rc = add_icu_alias(b, alias, (size_t)(open - alias), name, code);
    if (rc != TF_NOMEM) rc = add_icu_alias(b, open + 2, (size_t)(close - open - 2), name, code);
  }
  return rc == TF_NOMEM ? rc : TF_OK;
}

/* All ICU names of a region code (countries: code is also the ISO code). */
static int add_icu_region(tf_entity_builder *b, icu_names *icu, const char *region,
                          const char *iso_code, char *name, int name_cap) {
  if (!canonical_region_name(icu, region, name, name_cap)) return TF_BAD_INPUT;
  char alias[256];
  for (size_t i = 0; i < NAME_LOCALES; i++) {
    if (region_name(icu->standard[i], region, alias, sizeof alias) &&
        add_region_alias(b, alias, name, iso_code) == TF_NOMEM)
      return TF_NOMEM;
    if (region_name(icu->short_form[i], region, alias, sizeof alias) &&
        add_region_alias(b, alias, name, iso_code) == TF_NOMEM)
      return TF_NOMEM;
  }
  return TF_OK;
}

/* Adds the aliases of a list "a | b | c" for name. */
static int add_alias_list(tf_entity_builder *b, const tf_data_reader *r, const char *list,
                          size_t len, const char *name, int kind, const char *code, char *err,
                          size_t size) {
  tf_data_item item;
  for (tf_data_items(&item, list, len); tf_data_item_next(&item);) {
    int rc = tf_entity_builder_add(b, item.text, item.len, name, strlen(name), kind, code,
                                   TF_SOURCE_BUILTIN);
    if (rc == TF_NOMEM) return rc;
    if (rc == TF_BAD_INPUT)
      return tf_data_fail(err, size, r, "bad alias '%.*s'", (int)item.len, item.text);
  }
  return TF_OK;
}

/* ext/data/entities.tsv: kind<TAB>name[<TAB>aliases]. */
static int load_entities(tf_entity_builder *b, icu_names *icu, char *err, size_t size) {
  tf_data_reader r;
  tf_data_row row;
  tf_data_open(&r, "entities.tsv", tf_data_entities);
  while (tf_data_next(&r, &row)) {
    char name[256], code[3] = "";
    int kind = -1, rc = TF_OK;
    if (row.count < 2 || row.count > 3 || row.len[1] == 0 || row.len[1] >= sizeof name)
      return tf_data_fail(err, size, &r, "expected 2 or 3 fields");
    const char *f0 = row.field[0], *f1 = row.field[1];
    size_t l0 = row.len[0], l1 = row.len[1];
    if (l0 == 7 && memcmp(f0, "country", 7) == 0) {
      char region[8];
      if (l1 != 2) goto bad_code;
      memcpy(region, f1, 2);
      region[2] = 0;
      memcpy(code, region, 3);
      if (!canonical_region_name(icu, region, name, sizeof name)) goto bad_code;
      kind = TF_KIND_PLACE;
    } else if (l0 == 6 && memcmp(f0, "region", 6) == 0) {
      char region[8];
      if (l1 != 3) goto bad_code;
      memcpy(region, f1, 3);
      region[3] = 0;
      rc = add_icu_region(b, icu, region, NULL, name, sizeof name);
      if (rc == TF_BAD_INPUT) goto bad_code;
      kind = TF_KIND_PLACE;
    } else {
      kind = tf_entity_kind_parse(f0, l0);
      if (kind < 0) return tf_data_fail(err, size, &r, "unknown kind '%.*s'", (int)l0, f0);
      const char *nm = f1;
      size_t nl = l1;
      if (nm[0] == '=') nm++, nl--; /* an exact name is also an exact alias */
      memcpy(name, nm, nl);
      name[nl] = 0;
      rc = add_alias_list(b, &r, f1, l1, name, kind, NULL, err, size);
    }
    if (rc == TF_OK && row.count == 3)
      rc = add_alias_list(b, &r, row.field[2], row.len[2], name, kind, code[0] ? code : NULL, err,
                          size);
    if (rc != TF_OK) return rc;
    continue;
  bad_code:
    if (icu_out_of_memory || tf_core_icu_whole() == TF_NOMEM) return TF_NOMEM; /* not the data's */
    return tf_data_fail(err, size, &r, "unknown region '%.*s'", (int)l1, f1);
  }
  return TF_OK;
}

int tf_builtin_init(char *err, size_t size) {
  icu_names icu;
  icu_out_of_memory = 0;
  if (icu_names_open(&icu)) {
    icu_names_close(&icu);
    if (icu_out_of_memory || tf_core_icu_whole() == TF_NOMEM) return TF_NOMEM;
    return tf_core_fail(err, size, "ICU display names unavailable");
  }
  tf_entity_builder *b = tf_entity_builder_new();
  int rc = b ? TF_OK : TF_NOMEM;
  const char *const *countries = uloc_getISOCountries();
  char name[256];
  for (size_t i = 0; rc == TF_OK && countries[i]; i++) {
    int added = add_icu_region(b, &icu, countries[i], countries[i], name, sizeof name);
    if (added == TF_NOMEM) rc = TF_NOMEM;
  }
  if (rc == TF_OK) rc = load_entities(b, &icu, err, size);
  icu_names_close(&icu);
  if (rc == TF_OK && icu_out_of_memory) rc = TF_NOMEM;
  if (b) builtin_conflicts = tf_entity_builder_conflicts(b);
  if (rc != TF_OK) {
    tf_entity_builder_free(b);
    return rc;
  }
  builtin_set = tf_entity_build(b);
  return builtin_set ? TF_OK : TF_NOMEM;
}

const tf_entity_set *tf_entity_builtin(void) { return builtin_set; }

void tf_builtin_teardown(void) {
  tf_entity_set_free(builtin_set);
  builtin_set = NULL;
  builtin_conflicts = 0;
}

size_t tf_entity_builtin_conflicts(void) { return builtin_conflicts; }
