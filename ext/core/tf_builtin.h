/*
** tf_builtin.h — the built-in entities: countries, territories and world regions
** with their English, French and Chinese names from ICU, and the bundled list
** ext/data/entities.tsv (organisations, products, people, cities, and the press
** forms ICU lacks), as one alias set (tf_alias.h), built once per process.
*/
#ifndef TF_BUILTIN_H
#define TF_BUILTIN_H
#include "tf_alias.h"
#include <stddef.h>

/* Builds the set (from tf_core_init). TF_OK, TF_NOMEM, or TF_ERROR with a
** message in err (a bad line of entities.tsv). */
int tf_builtin_init(char *err, size_t size);
/* Frees the set (tf_core's teardown). */
void tf_builtin_teardown(void);

/* The built-in set (after tf_core_init() == TF_OK; NULL before). */
const tf_entity_set *tf_entity_builtin(void);

/* How many built-in aliases replaced an earlier one with another name or kind
** while the set was built (0 for consistent data). */
size_t tf_entity_builtin_conflicts(void);

#endif
