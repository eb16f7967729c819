/*
** textfacts_node.c — textfacts-node: a dqlite node whose SQLite has textfacts.
**
**   textfacts-node --address HOST:PORT --dir DATA_DIR [--join HOST:PORT[,HOST:PORT...]]
**                  [--latency-ms N]
**
** Registers textfacts with sqlite3_auto_extension() before dqlite opens any connection
** (dqlite 1.11 calls no sqlite3_config(); its leader and follower connections are opened
** with sqlite3_open_v2() after dqlite_node_start()), so every connection the node opens
** has the functions and the textfacts module. Then runs a dqlite node until SIGTERM or
** SIGINT, which stop it cleanly (dqlite_node_stop: in-flight requests finish, clients are
** disconnected), exit status 0.
**
** The first node of a cluster is started without --join: with an empty data directory
** it bootstraps a one-node cluster (dqlite requires id 1 for that). A node started with
** --join and an empty data directory asks the leader (found through any of the given
** nodes) to add it and make it a voter. The node's id is kept in DATA_DIR/textfacts-node.id,
** so a restart (same --address, same --dir) rejoins as the same member; --join is then
** ignored. docs/cluster.md: a three-node cluster, loading articles, what dqlite does not do.
**
** Every connection also gets PRAGMA cache_spill = OFF: the workaround of a bug of
** Debian's dqlite 1.11.1 with transactions larger than the page cache (see
** no_cache_spill below).
**
** Built with -DTEXTFACTS_NODE_WITHOUT_TEXTFACTS it is the same node without the
** extension (build/cluster/dqlite-node-bare, for the test of what such a node does).
*/
#include <dqlite.h>
#include <errno.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dqlite_wire.h"
#ifndef TEXTFACTS_NODE_WITHOUT_TEXTFACTS
#include "textfacts.h"
#define NODE_NAME "textfacts-node"
#else
#define NODE_NAME "dqlite-node-bare"
#endif

static void usage(FILE *f) {
  fprintf(f,
          "usage: " NODE_NAME
          " --address HOST:PORT --dir DATA_DIR [--join HOST:PORT[,...]] [--latency-ms N]\n"
          "  --address     where clients and the other nodes reach this node (it binds it)\n"
          "  --dir         the node's data directory (Raft log and snapshots; created)\n"
          "  --join        nodes of an existing cluster; without it, a new cluster starts here\n"
          "  --latency-ms  one-way network latency (default: dqlite's 3 s election timeout;\n"
          "                N gives a heartbeat of 1.5 N ms and an election timeout of 15 N ms)\n");
}

/* The id kept in the data directory: 0 when there is none (a new node). */
static dqlite_node_id read_id(const char *path) {
  FILE *f = fopen(path, "r");
  unsigned long long id = 0;
  if (f == NULL) return 0;
  if (fscanf(f, "%llu", &id) != 1) id = 0;
  fclose(f);
  return id;
}

static int write_id(const char *path, dqlite_node_id id) {
  char tmp[4200];
  snprintf(tmp, sizeof tmp, "%s.tmp", path);
  FILE *f = fopen(tmp, "w");
  if (f == NULL) return -1;
  int bad = fprintf(f, "%llu\n", id) < 0;
  bad |= fflush(f) != 0 || fsync(fileno(f)) != 0;
  bad |= fclose(f) != 0;
  if (bad || rename(tmp, path) != 0) return -1;
  return 0;
}

/* Every connection the node opens (an auto extension, like textfacts): PRAGMA cache_spill
** = OFF. Debian's dqlite 1.11.1 fails a transaction that reads back a page it has already
** written to the WAL when the WAL holds no committed frame (vfsWalRead's early
** SQLITE_IOERR_SHORT_READ; fixed upstream by commit f9802d0e, "vfs: Fix the short read
** check in vfsWalRead", in 1.13.0). SQLite writes a transaction's pages before its commit
** only when they outgrow the page cache (a spill), and dqlite checkpoints after every 1,000
** frames, emptying the WAL: so any transaction larger than the cache (2 MB by default: a
** few hundred articles with their textfacts rows, a rebuild) that follows a checkpoint
** failed with "disk I/O error" (522). Without spills a transaction's pages stay in memory
** until it commits, which dqlite does anyway (it keeps the database in memory).
** docs/cluster.md; tests/cluster_dqlite.py checks such transactions. */
static int no_cache_spill(sqlite3 *db, char **err, const void *api) {
  (void)api;
  return sqlite3_exec(db, "PRAGMA cache_spill = OFF", NULL, NULL, err);
}

/* Does SQLite in this process have textfacts? Checked on a connection of its own before
** the node starts: a node whose extension cannot load must not join a cluster. */
static int check_textfacts(char *msg, size_t size) {
  sqlite3 *db = NULL;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db,
                            "SELECT textfacts_version(), count(*) FROM pragma_module_list "
                            "WHERE name = 'textfacts'",
                            -1, &st, NULL);
  if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 1) == 1) {
    snprintf(msg, size, "textfacts %s", (const char *)sqlite3_column_text(st, 0));
    rc = 0;
  } else {
    snprintf(msg, size, "%s", db ? sqlite3_errmsg(db) : "cannot open an in-memory database");
    rc = 1;
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return rc;
}

struct member {
  dqlite_node_id id;
  int found;
};

static void find_member(void *arg, uint64_t id, const char *address, uint64_t role) {
  struct member *m = arg;
  (void)address;
  (void)role;
  if (id == m->id) m->found = 1;
}

/* Asks the cluster to add this node and make it a voter, retrying while the cluster
** elects a leader or finishes another change (Raft makes one at a time), up to `seconds`. */
static int join_cluster(const char *join, dqlite_node_id id, const char *address, int seconds,
                        const sigset_t *stop) {
  char err[512] = "";
  time_t until = time(NULL) + seconds;
  for (;;) {
    dq_conn *c = NULL;
    struct member m = {id, 0};
    int rc = dq_connect_leader(join, 5000, &c, err, sizeof err);
    /* a retry after an ADD whose answer was lost finds the node already there */
    if (rc == 0) rc = dq_cluster(c, find_member, &m, err, sizeof err);
    if (rc == 0 && !m.found) rc = dq_add(c, id, address, err, sizeof err);
    if (rc == 0) rc = dq_assign(c, id, DQ_VOTER, err, sizeof err);
    dq_close(c);
    if (rc == 0) return 0;
    if (time(NULL) >= until) {
      fprintf(stderr, NODE_NAME ": cannot join the cluster through %s: %s\n", join, err);
      return -1;
    }
    /* waits 250 ms, or less when SIGTERM or SIGINT comes: then the node stops */
    struct timespec ts = {0, 250000000L};
    int sig = sigtimedwait(stop, NULL, &ts);
    if (sig == SIGTERM || sig == SIGINT) {
      fprintf(stderr, NODE_NAME ": %s while joining the cluster\n",
              sig == SIGINT ? "SIGINT" : "SIGTERM");
      return -2;
    }
  }
}

int main(int argc, char **argv) {
  const char *address = NULL, *dir = NULL, *join = NULL;
  unsigned latency_ms = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      usage(stdout);
      return 0;
    }
    if (i + 1 >= argc) {
      fprintf(stderr, NODE_NAME ": %s needs a value\n", a);
      usage(stderr);
      return 2;
    }
    if (strcmp(a, "--address") == 0) address = argv[++i];
    else if (strcmp(a, "--dir") == 0) dir = argv[++i];
    else if (strcmp(a, "--join") == 0) join = argv[++i];
    else if (strcmp(a, "--latency-ms") == 0) {
      char *end;
      long v = strtol(argv[++i], &end, 10);
      if (*end || v < 1 || v > 3600000) {
        fprintf(stderr, NODE_NAME ": --latency-ms wants 1 to 3600000, not '%s'\n", argv[i]);
        return 2;
      }
      latency_ms = (unsigned)v;
    } else {
      fprintf(stderr, NODE_NAME ": unknown option '%s'\n", a);
      usage(stderr);
      return 2;
    }
  }
  if (address == NULL || dir == NULL) {
    fprintf(stderr, NODE_NAME ": --address and --dir are required\n");
    usage(stderr);
    return 2;
  }
  if (strchr(address, ':') == NULL) {
    fprintf(stderr, NODE_NAME ": --address '%s' is not HOST:PORT\n", address);
    return 2;
  }

  char msg[512];
  int src = sqlite3_auto_extension((void (*)(void))no_cache_spill);
  if (src != SQLITE_OK) {
    fprintf(stderr, NODE_NAME ": sqlite3_auto_extension failed: %s\n", sqlite3_errstr(src));
    return 1;
  }
#ifndef TEXTFACTS_NODE_WITHOUT_TEXTFACTS
  /* Before dqlite opens a connection: every connection opened from now on has textfacts. */
  int arc = sqlite3_auto_extension((void (*)(void))sqlite3_textfacts_init);
  if (arc != SQLITE_OK) {
    fprintf(stderr, NODE_NAME ": sqlite3_auto_extension failed: %s\n", sqlite3_errstr(arc));
    return 1;
  }
  if (check_textfacts(msg, sizeof msg) != 0) {
    fprintf(stderr, NODE_NAME ": textfacts does not load, the node does not start: %s\n", msg);
    return 1;
  }
#else
  if (check_textfacts(msg, sizeof msg) == 0) {
    fprintf(stderr, NODE_NAME ": built without textfacts, yet it loads (%s)\n", msg);
    return 1;
  }
  snprintf(msg, sizeof msg, "no textfacts");
#endif

  if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
    fprintf(stderr, NODE_NAME ": cannot create %s: %s\n", dir, strerror(errno));
    return 1;
  }
  char id_path[4096];
  if (snprintf(id_path, sizeof id_path, "%s/textfacts-node.id", dir) >= (int)sizeof id_path) {
    fprintf(stderr, NODE_NAME ": --dir too long\n");
    return 2;
  }
  dqlite_node_id id = read_id(id_path);
  int fresh = id == 0;
  if (fresh) id = join ? dqlite_generate_node_id(address) : 1;
  if (fresh && id == 1 && join) id = 2; /* 1 is the bootstrapping node's */
  if (fresh && write_id(id_path, id) != 0) {
    fprintf(stderr, NODE_NAME ": cannot write %s: %s\n", id_path, strerror(errno));
    return 1;
  }

  /* SIGTERM and SIGINT are taken by sigwait() below: blocked here, before dqlite starts
  ** its threads, so that they inherit the mask and the signal comes to this thread. */
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, NULL);
  signal(SIGPIPE, SIG_IGN);

  dqlite_node *node = NULL;
  int rv = dqlite_node_create(id, address, dir, &node);
  if (rv != 0) {
    fprintf(stderr, NODE_NAME ": dqlite_node_create: %s\n",
            node ? dqlite_node_errmsg(node) : "out of memory");
    dqlite_node_destroy(node);
    return 1;
  }
  if ((rv = dqlite_node_set_bind_address(node, address)) != 0 ||
      (latency_ms && (rv = dqlite_node_set_network_latency_ms(node, latency_ms)) != 0) ||
      (rv = dqlite_node_start(node)) != 0) {
    const char *why = dqlite_node_errmsg(node);
    fprintf(stderr, NODE_NAME ": cannot start the node at %s (data %s): %s (dqlite error %d)\n",
            address, dir, why && *why ? why : "is the address in use, or not this host's?", rv);
    dqlite_node_destroy(node);
    return 1;
  }
  int joined = fresh && join ? join_cluster(join, id, address, 60, &set) : 0;
  if (joined != 0) {
    dqlite_node_stop(node);
    dqlite_node_destroy(node);
    /* the next start with this directory tries to join again */
    unlink(id_path);
    return joined == -2 ? 0 : 1;
  }
  fprintf(stderr, NODE_NAME ": node %llu at %s, data %s, %s: ready\n", id, address, dir, msg);

  int sig = 0;
  while (sigwait(&set, &sig) != 0) {
  }
  fprintf(stderr, NODE_NAME ": %s: stopping node %llu\n", sig == SIGINT ? "SIGINT" : "SIGTERM", id);
  rv = dqlite_node_stop(node);
  dqlite_node_destroy(node);
  if (rv != 0) {
    fprintf(stderr, NODE_NAME ": dqlite_node_stop failed (%d)\n", rv);
    return 1;
  }
  fprintf(stderr, NODE_NAME ": stopped\n");
  return 0;
}
