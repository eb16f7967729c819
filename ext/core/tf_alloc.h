/*
** tf_alloc.h — the allocator used by the recognisers.
**
** The recognisers contain no SQLite types, but inside SQLite they must allocate
** through sqlite3_malloc64 so that SQLite's memory accounting, limits and fault
** injection apply. The SQL layer installs SQLite's allocator once, at load time,
** before anything is allocated; unit tests and fuzzers keep the libc default.
** Every function returns NULL on out-of-memory; callers report it (SQLITE_NOMEM).
*/
#ifndef TF_ALLOC_H
#define TF_ALLOC_H
#include <stddef.h>
#include <stdint.h>

typedef struct tf_allocator {
  void *(*malloc_fn)(size_t n);
  void *(*realloc_fn)(void *p, size_t n);
  void (*free_fn)(void *p);
} tf_allocator;

/* Install an allocator (NULL restores libc). Call before any other tf_ function. */
void tf_set_allocator(const tf_allocator *allocator);

void *tf_malloc(size_t n);
void *tf_realloc(void *p, size_t n);
void tf_free(void *p);

/* A growing arena of NUL-terminated strings, addressed by offset (offsets stay
** valid when it grows; pointers do not). Zero it to start; tf_free(p) to end. */
typedef struct tf_strings {
  char *p;
  size_t len, cap;
} tf_strings;

/* Appends s[0..n) and a NUL; returns its offset, or -1 when out of memory (or
** past 4 GB). */
int64_t tf_strings_add(tf_strings *b, const char *s, size_t n);

#endif
