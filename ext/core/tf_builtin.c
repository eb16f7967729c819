/* tf_builtin.c — see tf_builtin.h. */
#include "tf_builtin.h"
#include "tf_core.h"
#include "tf_data.h"
#include "tf_fold.h"
#include "tf_icu_data.h"
#include <stdio.h>
#include <string.h>

static tf_entity_set *builtin_set;
static size_t builtin_conflicts;

/* ICU's names of the regions (tf_icu_data.h: what uldn_regionDisplayName answered at
** build time), for the locales en, fr, zh, de, es, it, pt: English first (the canonical
** name), then the other languages the press is read in. */
#define NAME_LOCALES TF_ICU_REGION_LOCALES

/* A region's row, or NULL when ICU has no name for the code. */
static const tf_icu_region *find_region(const char *code) {
  size_t lo = 0, hi = tf_icu_region_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const tf_icu_region *r = &tf_icu_regions[tf_icu_region_sorted[mid]];
    int c = strcmp(r->code, code);
    if (c == 0) return r;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

/* A name of the table (TF_ICU_NONE: none) into out; 0 if none or too long. */
static int region_name(uint32_t at, char *out, int cap) {
  if (at == TF_ICU_NONE) return 0;
  const char *name = tf_icu_strings + at;
  size_t n = strlen(name);
  if (n >= (size_t)cap) return 0;
  memcpy(out, name, n + 1);
  return 1;
}

/* The canonical (English) name of a region: ICU's short form unless that is
** an abbreviation ("US", "UK"), then the standard one; a parenthesis dropped. */
static int canonical_region_name(const tf_icu_region *region, char *out, int cap) {
  if (!region) return 0;
  char shorter[256];
  int has_short = region_name(region->short_form[0], shorter, sizeof shorter);
  int ok = 0;
  if (has_short) {
    int lower = 0;
    for (const char *c = shorter; *c; c++) lower |= (*c >= 'a' && *c <= 'z');
    if (lower) {
      snprintf(out, (size_t)cap, "%s", shorter);
      ok = 1;
    }
  }
  if (!ok && !region_name(region->standard[0], out, cap)) return 0;
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

/* All ICU names of a region (countries: iso_code is its code). */
static int add_icu_region(tf_entity_builder *b, const tf_icu_region *region, const char *iso_code,
                          char *name, int name_cap) {
  if (!canonical_region_name(region, name, name_cap)) return TF_BAD_INPUT;
  char alias[256];
  for (size_t i = 0; i < NAME_LOCALES; i++) {
    if (region_name(region->standard[i], alias, sizeof alias) &&
        add_region_alias(b, alias, name, iso_code) == TF_NOMEM)
      return TF_NOMEM;
    if (region_name(region->short_form[i], alias, sizeof alias) &&
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
static int load_entities(tf_entity_builder *b, char *err, size_t size) {
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
      if (!canonical_region_name(find_region(region), name, sizeof name)) goto bad_code;
      kind = TF_KIND_PLACE;
    } else if (l0 == 6 && memcmp(f0, "region", 6) == 0) {
      char region[8];
      if (l1 != 3) goto bad_code;
      memcpy(region, f1, 3);
      region[3] = 0;
      rc = add_icu_region(b, find_region(region), NULL, name, sizeof name);
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
    return tf_data_fail(err, size, &r, "unknown region '%.*s'", (int)l1, f1);
  }
  return TF_OK;
}

int tf_builtin_init(char *err, size_t size) {
  tf_entity_builder *b = tf_entity_builder_new();
  int rc = b ? TF_OK : TF_NOMEM;
  char name[256];
  /* the ISO countries, in ICU's order (uloc_getISOCountries): the first region to
  ** have a name keeps it */
  for (size_t i = 0; rc == TF_OK && i < tf_icu_region_count && tf_icu_regions[i].iso; i++) {
    const tf_icu_region *region = &tf_icu_regions[i];
    int added = add_icu_region(b, region, region->code, name, sizeof name);
    if (added == TF_NOMEM) rc = TF_NOMEM;
  }
  if (rc == TF_OK) rc = load_entities(b, err, size);
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
