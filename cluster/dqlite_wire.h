/*
** dqlite_wire.h — the client side of dqlite's wire protocol (version 1), as far as
** textfacts-node (joining a cluster) and textfacts-client (SQL, leader, cluster, transfer)
** need it.
**
** Debian's libdqlite (1.11.1) exposes the server only: dqlite.h has no client API (its
** own client, src/client.c, is internal: exported by accident, no header, no ABI promise).
** The protocol itself is documented and stable (https://dqlite.io/docs/reference/wire-protocol):
** a handshake (the protocol version, a uint64), then requests and responses made of an
** 8-byte header (body size in 8-byte words: uint32, type: uint8, schema: uint8, unused:
** uint16) and a body of 8-byte-aligned fields, little-endian. This file implements it
** from that description and from dqlite 1.11.1's src/request.h, response.h and tuple.c.
**
** Every function returns 0 on success; DQ_EIO when the connection or the message failed
** (then `err` says why and the connection cannot be used again); or, when the server
** answered with a failure, its code (an SQLite result code, or dqlite's own) and `err`
** holds its message.
*/
#ifndef TEXTFACTS_DQLITE_WIRE_H
#define TEXTFACTS_DQLITE_WIRE_H

#include <stddef.h>
#include <stdint.h>

#define DQ_EIO (-1)

/* Roles of ASSIGN and CLUSTER (dqlite's DQLITE_VOTER, _STANDBY, _SPARE). */
#define DQ_VOTER 0
#define DQ_STANDBY 1
#define DQ_SPARE 2

typedef struct dq_conn dq_conn;

/* One column value of a row. Types: 1 integer, 2 float, 3 text, 4 blob, 5 null, and
** dqlite's 9 unixtime (integer), 10 iso8601 (text), 11 boolean (integer). */
typedef struct dq_value {
  int type;
  int64_t i;
  double f;
  const char *text; /* text and iso8601: NUL-terminated; blob: `len` bytes */
  size_t len;
} dq_value;

/* Called once per row: the column names, the values. Return non-zero to stop reading
** (the rest of the answer is still read and dropped). */
typedef int (*dq_row_fn)(void *arg, int ncol, const char *const *names, const dq_value *row);

/* Called once per node of CLUSTER. */
typedef void (*dq_node_fn)(void *arg, uint64_t id, const char *address, uint64_t role);

/* HOST:PORT (IPv4 or a name). timeout_ms bounds each read and write. */
int dq_connect(const char *address, int timeout_ms, dq_conn **out, char *err, size_t size);
void dq_close(dq_conn *c);

/* The leader as this node knows it: id 0 and address "" when it knows none. */
int dq_leader(dq_conn *c, uint64_t *id, char *address, size_t address_size, char *err, size_t size);
/* Connects to the first of the comma-separated addresses that names a leader, then to
** that leader. */
int dq_connect_leader(const char *addresses, int timeout_ms, dq_conn **out, char *err, size_t size);

int dq_add(dq_conn *c, uint64_t id, const char *address, char *err, size_t size);
int dq_assign(dq_conn *c, uint64_t id, uint64_t role, char *err, size_t size);
int dq_transfer(dq_conn *c, uint64_t id, char *err, size_t size);
int dq_cluster(dq_conn *c, dq_node_fn fn, void *arg, char *err, size_t size);

/* A database of the cluster by name (created when missing). */
int dq_open(dq_conn *c, const char *name, uint32_t *db, char *err, size_t size);
/* One or more statements, no rows returned. */
int dq_exec(dq_conn *c, uint32_t db, const char *sql, uint64_t *last_insert_id,
            uint64_t *rows_affected, char *err, size_t size);
/* One statement that returns columns. */
int dq_query(dq_conn *c, uint32_t db, const char *sql, dq_row_fn fn, void *arg, char *err,
             size_t size);

#endif
