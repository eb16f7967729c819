/*
** dqlite_wire.c — dqlite's wire protocol, client side (see dqlite_wire.h).
*/
#include "dqlite_wire.h"

#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

/* Request and response types of protocol version 1 (dqlite's src/protocol.h). */
enum {
  REQ_LEADER = 0,
  REQ_OPEN = 3,
  REQ_EXEC_SQL = 8,
  REQ_QUERY_SQL = 9,
  REQ_ADD = 12,
  REQ_ASSIGN = 13,
  REQ_CLUSTER = 16,
  REQ_TRANSFER = 17
};
enum {
  RESP_FAILURE = 0,
  RESP_SERVER = 1,
  RESP_SERVERS = 3,
  RESP_DB = 4,
  RESP_RESULT = 6,
  RESP_ROWS = 7,
  RESP_EMPTY = 8
};
#define PROTOCOL_VERSION 1
#define ROWS_PART 0xeeeeeeeeeeeeeeeeULL
#define ROWS_DONE 0xffffffffffffffffULL
/* A response body larger than this is refused (a sane bound, not dqlite's). */
#define MAX_BODY ((size_t)1 << 30)

struct dq_conn {
  int fd;
  unsigned char *buf; /* request being built, then the response being read */
  size_t len, cap;
};

static void set_err(char *err, size_t size, const char *fmt, ...) {
  va_list ap;
  if (err == NULL || size == 0) return;
  va_start(ap, fmt);
  vsnprintf(err, size, fmt, ap);
  va_end(ap);
}

static int reserve(dq_conn *c, size_t n) {
  if (c->len + n <= c->cap) return 0;
  size_t cap = c->cap ? c->cap : 4096;
  while (cap < c->len + n) cap *= 2;
  unsigned char *p = realloc(c->buf, cap);
  if (p == NULL) return -1;
  c->buf = p;
  c->cap = cap;
  return 0;
}

/* --- building a request ------------------------------------------------------ */

static int put_u64(dq_conn *c, uint64_t v) {
  if (reserve(c, 8)) return -1;
  for (int i = 0; i < 8; i++) c->buf[c->len++] = (unsigned char)(v >> (8 * i));
  return 0;
}

static int put_text(dq_conn *c, const char *s) {
  size_t n = strlen(s) + 1, padded = (n + 7) / 8 * 8;
  if (reserve(c, padded)) return -1;
  memcpy(c->buf + c->len, s, n);
  memset(c->buf + c->len + n, 0, padded - n);
  c->len += padded;
  return 0;
}

static int begin(dq_conn *c) {
  c->len = 0;
  if (reserve(c, 8)) return -1;
  memset(c->buf, 0, 8);
  c->len = 8;
  return 0;
}

static int write_all(int fd, const unsigned char *p, size_t n, char *err, size_t size) {
  while (n > 0) {
    ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      set_err(err, size, "cannot send to the node: %s",
              w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) ? "timed out" : strerror(errno));
      return DQ_EIO;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

static int read_all(int fd, unsigned char *p, size_t n, char *err, size_t size) {
  while (n > 0) {
    ssize_t r = recv(fd, p, n, 0);
    if (r < 0 && errno == EINTR) continue;
    if (r == 0) {
      set_err(err, size, "the node closed the connection");
      return DQ_EIO;
    }
    if (r < 0) {
      set_err(err, size, "cannot read from the node: %s",
              errno == EAGAIN || errno == EWOULDBLOCK ? "timed out" : strerror(errno));
      return DQ_EIO;
    }
    p += r;
    n -= (size_t)r;
  }
  return 0;
}

/* Sends the request built since begin(), of the given type and schema. */
static int send_request(dq_conn *c, int type, int schema, char *err, size_t size) {
  if (c->buf == NULL) {
    set_err(err, size, "out of memory");
    return DQ_EIO;
  }
  size_t words = (c->len - 8) / 8;
  for (int i = 0; i < 4; i++) c->buf[i] = (unsigned char)(words >> (8 * i));
  c->buf[4] = (unsigned char)type;
  c->buf[5] = (unsigned char)schema;
  c->buf[6] = c->buf[7] = 0;
  return write_all(c->fd, c->buf, c->len, err, size);
}

/* --- reading a response --------------------------------------------------------- */

typedef struct cursor {
  const unsigned char *p;
  size_t left;
} cursor;

static int get_u64(cursor *k, uint64_t *v) {
  if (k->left < 8) return -1;
  uint64_t x = 0;
  for (int i = 0; i < 8; i++) x |= (uint64_t)k->p[i] << (8 * i);
  k->p += 8;
  k->left -= 8;
  *v = x;
  return 0;
}

static int peek_u64(const cursor *k, uint64_t *v) {
  cursor copy = *k;
  return get_u64(&copy, v);
}

static int get_text(cursor *k, const char **s) {
  const unsigned char *nul = memchr(k->p, 0, k->left);
  if (nul == NULL) return -1;
  size_t n = (size_t)(nul - k->p) + 1, padded = (n + 7) / 8 * 8;
  if (padded > k->left) return -1;
  *s = (const char *)k->p;
  k->p += padded;
  k->left -= padded;
  return 0;
}

/* Reads one response into c->buf; its type and a cursor over its body. A FAILURE
** response is turned into its code and message here. */
static int read_response(dq_conn *c, int *type, cursor *body, char *err, size_t size) {
  unsigned char h[8];
  int rc = read_all(c->fd, h, 8, err, size);
  if (rc) return rc;
  size_t words = (size_t)h[0] | (size_t)h[1] << 8 | (size_t)h[2] << 16 | (size_t)h[3] << 24;
  size_t n = words * 8;
  if (n > MAX_BODY) {
    set_err(err, size, "response of %zu bytes refused (protocol error?)", n);
    return DQ_EIO;
  }
  c->len = 0;
  if (reserve(c, n + 8)) {
    set_err(err, size, "out of memory");
    return DQ_EIO;
  }
  rc = read_all(c->fd, c->buf, n, err, size);
  if (rc) return rc;
  c->buf[n] = 0; /* a text that is not terminated stops here */
  *type = h[4];
  body->p = c->buf;
  body->left = n;
  if (*type == RESP_FAILURE) {
    uint64_t code;
    const char *msg;
    if (get_u64(body, &code) || get_text(body, &msg)) {
      set_err(err, size, "malformed failure response");
      return DQ_EIO;
    }
    set_err(err, size, "%s", msg);
    return code == 0 ? 1 : (int)(code & 0x7fffffff);
  }
  return 0;
}

static int expect(dq_conn *c, int want, cursor *body, char *err, size_t size) {
  int type, rc = read_response(c, &type, body, err, size);
  if (rc) return rc;
  if (type != want) {
    set_err(err, size, "unexpected response type %d (wanted %d)", type, want);
    return DQ_EIO;
  }
  return 0;
}

static int oom(char *err, size_t size) {
  set_err(err, size, "out of memory");
  return DQ_EIO;
}

/* --- connections ------------------------------------------------------------ */

int dq_connect(const char *address, int timeout_ms, dq_conn **out, char *err, size_t size) {
  *out = NULL;
  const char *colon = strrchr(address, ':');
  if (colon == NULL || colon == address || colon[1] == 0) {
    set_err(err, size, "address '%s' is not HOST:PORT", address);
    return DQ_EIO;
  }
  char host[256];
  size_t hn = (size_t)(colon - address);
  if (hn >= sizeof host) {
    set_err(err, size, "address '%s' too long", address);
    return DQ_EIO;
  }
  memcpy(host, address, hn);
  host[hn] = 0;
  struct addrinfo hints = {0}, *res = NULL;
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  int g = getaddrinfo(host, colon + 1, &hints, &res);
  if (g != 0) {
    set_err(err, size, "%s: %s", address, gai_strerror(g));
    return DQ_EIO;
  }
  int fd = -1, saved = 0;
  for (struct addrinfo *a = res; a != NULL; a = a->ai_next) {
    fd = socket(a->ai_family, a->ai_socktype, a->ai_protocol);
    if (fd < 0) continue;
    struct timeval tv = {timeout_ms / 1000, (timeout_ms % 1000) * 1000};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    if (connect(fd, a->ai_addr, a->ai_addrlen) == 0) break;
    saved = errno;
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  if (fd < 0) {
    set_err(err, size, "cannot connect to %s: %s", address, strerror(saved ? saved : EINVAL));
    return DQ_EIO;
  }
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  dq_conn *c = calloc(1, sizeof *c);
  if (c == NULL) {
    close(fd);
    return oom(err, size);
  }
  c->fd = fd;
  c->len = 0;
  if (put_u64(c, PROTOCOL_VERSION) || write_all(fd, c->buf, c->len, err, size)) {
    if (c->buf == NULL) set_err(err, size, "out of memory");
    dq_close(c);
    return DQ_EIO;
  }
  *out = c;
  return 0;
}

void dq_close(dq_conn *c) {
  if (c == NULL) return;
  if (c->fd >= 0) close(c->fd);
  free(c->buf);
  free(c);
}

int dq_leader(dq_conn *c, uint64_t *id, char *address, size_t address_size, char *err,
              size_t size) {
  cursor k;
  const char *a;
  if (begin(c) || put_u64(c, 0)) return oom(err, size);
  int rc = send_request(c, REQ_LEADER, 0, err, size);
  if (rc || (rc = expect(c, RESP_SERVER, &k, err, size))) return rc;
  if (get_u64(&k, id) || get_text(&k, &a)) {
    set_err(err, size, "malformed leader response");
    return DQ_EIO;
  }
  snprintf(address, address_size, "%s", a);
  return 0;
}

int dq_connect_leader(const char *addresses, int timeout_ms, dq_conn **out, char *err,
                      size_t size) {
  char list[4096], last[512], why[1024] = "";
  *out = NULL;
  snprintf(list, sizeof list, "%s", addresses);
  for (char *save = NULL, *a = strtok_r(list, ",", &save); a; a = strtok_r(NULL, ",", &save)) {
    dq_conn *c;
    char leader[256];
    uint64_t id;
    if (dq_connect(a, timeout_ms, &c, last, sizeof last) == 0) {
      int rc = dq_leader(c, &id, leader, sizeof leader, last, sizeof last);
      if (rc == 0 && leader[0] == 0) snprintf(last, sizeof last, "%s knows no leader", a);
      if (rc == 0 && strcmp(leader, a) == 0) {
        *out = c;
        return 0;
      }
      dq_close(c);
      if (rc == 0 && leader[0] != 0) {
        if (dq_connect(leader, timeout_ms, &c, last, sizeof last) == 0) {
          *out = c;
          return 0;
        }
      }
    }
    size_t n = strlen(why);
    snprintf(why + n, sizeof why - n, "%s%s", n ? "; " : "", last);
  }
  set_err(err, size, "no leader found (%s)", why[0] ? why : "no address given");
  return DQ_EIO;
}

static int request_empty(dq_conn *c, int type, char *err, size_t size) {
  cursor k;
  int rc = send_request(c, type, 0, err, size);
  if (rc) return rc;
  return expect(c, RESP_EMPTY, &k, err, size);
}

int dq_add(dq_conn *c, uint64_t id, const char *address, char *err, size_t size) {
  if (begin(c) || put_u64(c, id) || put_text(c, address)) return oom(err, size);
  return request_empty(c, REQ_ADD, err, size);
}

int dq_assign(dq_conn *c, uint64_t id, uint64_t role, char *err, size_t size) {
  if (begin(c) || put_u64(c, id) || put_u64(c, role)) return oom(err, size);
  return request_empty(c, REQ_ASSIGN, err, size);
}

int dq_transfer(dq_conn *c, uint64_t id, char *err, size_t size) {
  if (begin(c) || put_u64(c, id)) return oom(err, size);
  return request_empty(c, REQ_TRANSFER, err, size);
}

int dq_cluster(dq_conn *c, dq_node_fn fn, void *arg, char *err, size_t size) {
  cursor k;
  uint64_t n;
  if (begin(c) || put_u64(c, 1)) return oom(err, size); /* format 1: id, address, role */
  int rc = send_request(c, REQ_CLUSTER, 0, err, size);
  if (rc || (rc = expect(c, RESP_SERVERS, &k, err, size))) return rc;
  if (get_u64(&k, &n)) goto bad;
  for (uint64_t i = 0; i < n; i++) {
    uint64_t id, role;
    const char *a;
    if (get_u64(&k, &id) || get_text(&k, &a) || get_u64(&k, &role)) goto bad;
    fn(arg, id, a, role);
  }
  return 0;
bad:
  set_err(err, size, "malformed cluster response");
  return DQ_EIO;
}

int dq_open(dq_conn *c, const char *name, uint32_t *db, char *err, size_t size) {
  cursor k;
  uint64_t v;
  if (begin(c) || put_text(c, name) || put_u64(c, 0) || put_text(c, "volatile"))
    return oom(err, size);
  int rc = send_request(c, REQ_OPEN, 0, err, size);
  if (rc || (rc = expect(c, RESP_DB, &k, err, size))) return rc;
  if (get_u64(&k, &v)) {
    set_err(err, size, "malformed open response");
    return DQ_EIO;
  }
  *db = (uint32_t)(v & 0xffffffffu);
  return 0;
}

int dq_exec(dq_conn *c, uint32_t db, const char *sql, uint64_t *last_insert_id,
            uint64_t *rows_affected, char *err, size_t size) {
  cursor k;
  uint64_t a = 0, b = 0;
  if (begin(c) || put_u64(c, db) || put_text(c, sql)) return oom(err, size);
  int rc = send_request(c, REQ_EXEC_SQL, 0, err, size);
  if (rc || (rc = expect(c, RESP_RESULT, &k, err, size))) return rc;
  if (get_u64(&k, &a) || get_u64(&k, &b)) {
    set_err(err, size, "malformed result response");
    return DQ_EIO;
  }
  if (last_insert_id) *last_insert_id = a;
  if (rows_affected) *rows_affected = b;
  return 0;
}

/* One ROWS response: the column count and names, rows until the PART or DONE marker. */
static int read_rows(cursor *k, dq_row_fn fn, void *arg, int *stop, int *done) {
  uint64_t n, marker;
  if (get_u64(k, &n) || n == 0 || n > 32767) return -1;
  int ncol = (int)n;
  const char **names = calloc((size_t)ncol, sizeof *names);
  dq_value *row = calloc((size_t)ncol, sizeof *row);
  int rc = -1;
  if (names == NULL || row == NULL) goto out;
  for (int i = 0; i < ncol; i++)
    if (get_text(k, &names[i])) goto out;
  size_t header = ((size_t)ncol + 1) / 2, padded = (header + 7) / 8 * 8;
  for (;;) {
    if (peek_u64(k, &marker)) goto out;
    if (marker == ROWS_DONE || marker == ROWS_PART) {
      k->p += 8;
      k->left -= 8;
      *done = marker == ROWS_DONE;
      rc = 0;
      goto out;
    }
    if (k->left < padded) goto out;
    const unsigned char *types = k->p;
    k->p += padded;
    k->left -= padded;
    for (int i = 0; i < ncol; i++) {
      dq_value *v = &row[i];
      uint64_t u;
      memset(v, 0, sizeof *v);
      v->type = (types[i / 2] >> (i % 2 ? 4 : 0)) & 0x0f;
      switch (v->type) {
        case 1:
        case 9:
        case 11:
          if (get_u64(k, &u)) goto out;
          v->i = (int64_t)u;
          break;
        case 2:
          if (get_u64(k, &u)) goto out;
          memcpy(&v->f, &u, sizeof v->f);
          break;
        case 3:
        case 10:
          if (get_text(k, &v->text)) goto out;
          v->len = strlen(v->text);
          break;
        case 4: {
          if (get_u64(k, &u) || u > k->left) goto out;
          size_t blen = (size_t)u, bpad = (blen + 7) / 8 * 8;
          if (bpad > k->left) goto out;
          v->text = (const char *)k->p;
          v->len = blen;
          k->p += bpad;
          k->left -= bpad;
          break;
        }
        case 5:
          if (get_u64(k, &u)) goto out;
          break;
        default: goto out;
      }
    }
    if (!*stop && fn != NULL && fn(arg, ncol, names, row)) *stop = 1;
  }
out:
  free(names);
  free(row);
  return rc;
}

int dq_query(dq_conn *c, uint32_t db, const char *sql, dq_row_fn fn, void *arg, char *err,
             size_t size) {
  cursor k;
  int stop = 0, done = 0;
  if (begin(c) || put_u64(c, db) || put_text(c, sql)) return oom(err, size);
  int rc = send_request(c, REQ_QUERY_SQL, 0, err, size);
  while (rc == 0 && !done) {
    rc = expect(c, RESP_ROWS, &k, err, size);
    if (rc == 0 && read_rows(&k, fn, arg, &stop, &done)) {
      set_err(err, size, "malformed rows response");
      rc = DQ_EIO;
    }
  }
  return rc;
}
