/* tf_alloc.c — see tf_alloc.h. */
#include "tf_alloc.h"
#include <stdlib.h>

static tf_allocator current = { malloc, realloc, free };

void tf_set_allocator(const tf_allocator *allocator) {
  if (allocator) {
    current = *allocator;
  } else {
    current.malloc_fn = malloc;
    current.realloc_fn = realloc;
    current.free_fn = free;
  }
}

void *tf_malloc(size_t n) { return current.malloc_fn(n ? n : 1); }
void *tf_realloc(void *p, size_t n) { return current.realloc_fn(p, n ? n : 1); }
void tf_free(void *p) {
  if (p) current.free_fn(p);
}
