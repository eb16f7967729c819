/*
** tf_alloc.h — the allocator used by the core.
**
** Two kinds of memory:
**  - what a call allocates and frees (a scan's buffers, a connection's alias
**    set): through the installed allocator. Inside SQLite that is
**    sqlite3_malloc64, so that SQLite's memory accounting, limits and fault
**    injection apply; the SQL layer installs it once, at load time. Unit tests
**    and fuzzers keep the libc default.
**  - the process-wide tables tf_core_init builds once (tries, word lists,
**    compiled patterns): always from libc, between tf_alloc_process_begin and
**    tf_alloc_process_end on the initialising thread. They must outlive every
**    connection, and memory SQLite hands out may be taken back by
**    sqlite3_shutdown() (an application's allocator may release its heap then).
** Every function returns NULL on out-of-memory; callers report it (TF_NOMEM).
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

/* On this thread, from now until tf_alloc_process_end, tf_malloc, tf_realloc and
** tf_free use libc (tf_core_init's building and tearing down of the tables). */
void tf_alloc_process_begin(void);
void tf_alloc_process_end(void);

/* On this thread, while on is 1, tf_malloc, tf_realloc and tf_free use libc
** (no injected failures). For the textfacts table's build threads: SQLite's
** allocator takes one process-wide mutex per call (and none at all when the
** application chose SQLITE_CONFIG_SINGLETHREAD), so the memory that threads
** other than the connection's allocate and free comes from libc. What is
** allocated in this mode must be freed in it. */
void tf_alloc_thread_libc(int on);

/* For tests of the initialisation: the process allocation that comes after n
** more of them fails (n < 0: none fails). Returns how many process allocations
** were made since the last call. */
long tf_alloc_fail_process_after(long n);

/* Room for one more element in a growing array of count elements of size bytes,
** *capacity allocated: the array itself while count < *capacity; else the array
** reallocated with twice the capacity (first when it is 0), *capacity updated.
** NULL when out of memory (the array and *capacity are unchanged). */
void *tf_grow_slow(void *array, size_t *capacity, size_t size, size_t first);
static inline void *tf_grow(void *array, size_t count, size_t *capacity, size_t size,
                            size_t first) {
  return count < *capacity ? array : tf_grow_slow(array, capacity, size, first);
}

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
