/*
** textfacts_client.c — textfacts-client: SQL for a dqlite cluster of textfacts-node.
**
**   textfacts-client -s HOST:PORT[,HOST:PORT...] [-d DATABASE] [--json] [SQL]
**   textfacts-client -s ... --leader | --cluster | --transfer ID
**
** Finds the leader through the given nodes, opens DATABASE (default "textfacts"; created
** when missing) and runs SQL: the argument, or else stdin, a script of any number of
** statements over any number of lines (split where sqlite3_complete() says a statement
** ends, so multi-line articles and `;` inside strings are fine). A statement that starts
** with SELECT, VALUES, EXPLAIN, PRAGMA (without '=') or WITH (unless it writes) is a
** query: its rows are printed, one a line,
** values separated by '|' (NULL empty, REAL as the sqlite3 shell prints it), or with
** --json one JSON array a line (REAL with 17 significant digits: read back exactly). Other
** statements are executed (BEGIN ... COMMIT across statements works: one connection).
**
** Stops at the first failing statement: its error on stderr (with the line it starts on),
** exit status 1. Exit status 2: no leader, a lost connection, bad arguments.
**
**   --leader       print the leader's id and address
**   --cluster      print every node: id|address|role (voter, standby, spare)
**   --transfer ID  ask the leader to hand leadership to node ID
**
** Why not the dqlite shell of go-dqlite (Debian: go-dqlite): it reads one statement per
** line and splits its command-line argument at every ';', so an article with a line break
** or a semicolon cannot go through it; and it has no command to add a node.
*/
#include <ctype.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dqlite_wire.h"

#define TIMEOUT_MS 60000

static void usage(FILE *f) {
  fprintf(f, "usage: textfacts-client -s HOST:PORT[,...] [-d DATABASE] [--json] [SQL]\n"
             "       textfacts-client -s HOST:PORT[,...] --leader | --cluster | --transfer ID\n"
             "  SQL: statements to run; without it, a script read from stdin\n");
}

static int json = 0;

static void print_json_string(const char *s, size_t n) {
  putchar('"');
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == '"' || ch == '\\') printf("\\%c", ch);
    else if (ch == '\n') fputs("\\n", stdout);
    else if (ch == '\t') fputs("\\t", stdout);
    else if (ch == '\r') fputs("\\r", stdout);
    else if (ch < 0x20) printf("\\u%04x", ch);
    else putchar(ch);
  }
  putchar('"');
}

static int print_row(void *arg, int ncol, const char *const *names, const dq_value *row) {
  (void)arg;
  (void)names;
  if (json) putchar('[');
  for (int i = 0; i < ncol; i++) {
    const dq_value *v = &row[i];
    if (i) putchar(json ? ',' : '|');
    switch (v->type) {
      case 1:
      case 9:
      case 11: printf("%lld", (long long)v->i); break;
      case 2:
        if (json) {
          if (v->f != v->f || v->f - v->f != 0) fputs("null", stdout);
          else printf("%.17g", v->f);
        } else {
          char *s = sqlite3_mprintf("%!.15g", v->f);
          fputs(s ? s : "", stdout);
          sqlite3_free(s);
        }
        break;
      case 3:
      case 10:
        if (json) print_json_string(v->text, v->len);
        else fwrite(v->text, 1, v->len, stdout);
        break;
      case 4:
        if (json) {
          putchar('"');
          for (size_t k = 0; k < v->len; k++) printf("%02x", (unsigned char)v->text[k]);
          putchar('"');
        } else fwrite(v->text, 1, v->len, stdout);
        break;
      default:
        if (json) fputs("null", stdout);
        break;
    }
  }
  if (json) putchar(']');
  putchar('\n');
  return 0;
}

/* Past blanks and comments. */
static const char *skip_blank(const char *p) {
  for (;;) {
    while (isspace((unsigned char)*p)) p++;
    if (p[0] == '-' && p[1] == '-') {
      while (*p && *p != '\n') p++;
    } else if (p[0] == '/' && p[1] == '*') {
      const char *e = strstr(p + 2, "*/");
      p = e ? e + 2 : p + strlen(p);
    } else return p;
  }
}

/* 1: a statement that returns rows; 0: one that does not; 2: WITH, which may be either. */
static int is_query(const char *sql) {
  static const char *const words[] = {"SELECT", "VALUES", "EXPLAIN", "PRAGMA", "WITH"};
  const char *p = skip_blank(sql);
  for (int i = 0; i < (int)(sizeof words / sizeof *words); i++) {
    size_t n = strlen(words[i]);
    if (strncasecmp(p, words[i], n) != 0 || isalnum((unsigned char)p[n]) || p[n] == '_') continue;
    if (i == 3) return strchr(p, '=') == NULL; /* PRAGMA x = y returns no rows */
    return i == 4 ? 2 : 1;
  }
  return 0;
}

/* One statement. dqlite's QUERY_SQL refuses a statement without columns before running it
** ("not an error", SQLITE_ERROR), so a WITH that turns out to write is then executed. */
static int run_one(dq_conn *c, uint32_t db, const char *sql, long line) {
  char err[1024];
  int q = is_query(sql), rc;
  if (q) {
    rc = dq_query(c, db, sql, print_row, NULL, err, sizeof err);
    if (q == 2 && rc == 1 && strcmp(err, "not an error") == 0)
      rc = dq_exec(c, db, sql, NULL, NULL, err, sizeof err);
  } else {
    rc = dq_exec(c, db, sql, NULL, NULL, err, sizeof err);
  }
  fflush(stdout);
  if (rc == 0) return 0;
  if (rc == DQ_EIO) fprintf(stderr, "textfacts-client: %s\n", err);
  else if (line > 0)
    fprintf(stderr, "textfacts-client: statement at line %ld: %s (error %d)\n", line, err, rc);
  else fprintf(stderr, "textfacts-client: %s (error %d)\n", err, rc);
  return rc == DQ_EIO ? 2 : 1;
}

/* Every statement of `sql` in turn (split where sqlite3_complete() says one ends), `line`
** the line `sql` starts on (0: the command-line argument, no line numbers). */
static int run(dq_conn *c, uint32_t db, char *sql, long line) {
  char *p = sql;
  for (;;) {
    const char *s = skip_blank(p);
    for (; p < s; p++)
      if (*p == '\n' && line > 0) line++;
    if (*p == 0) return 0;
    char *end = NULL;
    for (char *q = strchr(p, ';'); q != NULL; q = strchr(q + 1, ';')) {
      char keep = q[1];
      q[1] = 0;
      int done = sqlite3_complete(p);
      q[1] = keep;
      if (done) {
        end = q + 1;
        break;
      }
    }
    if (end == NULL) end = p + strlen(p);
    char keep = *end;
    *end = 0;
    int rc = *skip_blank(p) == ';' ? 0 : run_one(c, db, p, line);
    *end = keep;
    if (rc) return rc;
    for (; p < end; p++)
      if (*p == '\n' && line > 0) line++;
  }
}

/* stdin, statement by statement. */
static int run_script(dq_conn *c, uint32_t db) {
  size_t cap = 1 << 16, len = 0;
  char *buf = malloc(cap), line[1 << 16];
  long lineno = 0, start = 1;
  if (buf == NULL) return 2;
  buf[0] = 0;
  while (fgets(line, sizeof line, stdin) != NULL) {
    size_t n = strlen(line);
    if (n > 0 && line[n - 1] == '\n') lineno++;
    if (len + n + 1 > cap) {
      while (len + n + 1 > cap) cap *= 2;
      char *p = realloc(buf, cap);
      if (p == NULL) {
        free(buf);
        fprintf(stderr, "textfacts-client: out of memory\n");
        return 2;
      }
      buf = p;
    }
    memcpy(buf + len, line, n + 1);
    len += n;
    if (line[n - 1] == '\n' && sqlite3_complete(buf)) {
      int rc = run(c, db, buf, start);
      if (rc) {
        free(buf);
        return rc;
      }
      len = 0;
      buf[0] = 0;
      start = lineno + 1;
    }
  }
  int rc = len > 0 ? run(c, db, buf, start) : 0;
  free(buf);
  return rc;
}

static const char *role_name(uint64_t role) {
  return role == DQ_VOTER     ? "voter"
         : role == DQ_STANDBY ? "standby"
         : role == DQ_SPARE   ? "spare"
                              : "?";
}

static void print_node(void *arg, uint64_t id, const char *address, uint64_t role) {
  (void)arg;
  printf("%llu|%s|%s\n", (unsigned long long)id, address, role_name(role));
}

int main(int argc, char **argv) {
  const char *servers = NULL, *database = "textfacts", *sql = NULL, *transfer = NULL;
  int leader = 0, cluster = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      usage(stdout);
      return 0;
    } else if (strcmp(a, "--json") == 0) json = 1;
    else if (strcmp(a, "--leader") == 0) leader = 1;
    else if (strcmp(a, "--cluster") == 0) cluster = 1;
    else if ((strcmp(a, "-s") == 0 || strcmp(a, "-d") == 0 || strcmp(a, "--transfer") == 0) &&
             i + 1 < argc) {
      if (a[1] == 's') servers = argv[++i];
      else if (a[1] == 'd') database = argv[++i];
      else transfer = argv[++i];
    } else if (a[0] == '-' && a[1] != 0) {
      fprintf(stderr, "textfacts-client: unknown option or missing value: '%s'\n", a);
      usage(stderr);
      return 2;
    } else if (sql == NULL) sql = a;
    else {
      fprintf(stderr, "textfacts-client: one SQL argument only (quote it)\n");
      return 2;
    }
  }
  if (servers == NULL) {
    fprintf(stderr, "textfacts-client: -s HOST:PORT[,...] is required\n");
    usage(stderr);
    return 2;
  }
  char err[1024];
  dq_conn *c = NULL;
  if (dq_connect_leader(servers, TIMEOUT_MS, &c, err, sizeof err) != 0) {
    fprintf(stderr, "textfacts-client: %s\n", err);
    return 2;
  }
  int rc = 0;
  if (leader) {
    uint64_t id;
    char address[256];
    rc = dq_leader(c, &id, address, sizeof address, err, sizeof err);
    if (rc == 0) printf("%llu|%s\n", (unsigned long long)id, address);
  } else if (cluster) {
    rc = dq_cluster(c, print_node, NULL, err, sizeof err);
  } else if (transfer) {
    char *end;
    unsigned long long id = strtoull(transfer, &end, 10);
    if (*end || id == 0) {
      fprintf(stderr, "textfacts-client: --transfer wants a node id, not '%s'\n", transfer);
      dq_close(c);
      return 2;
    }
    rc = dq_transfer(c, id, err, sizeof err);
  } else {
    uint32_t db;
    rc = dq_open(c, database, &db, err, sizeof err);
    if (rc == 0) {
      char *copy = sql ? strdup(sql) : NULL;
      rc = sql ? (copy ? run(c, db, copy, 0) : 2) : run_script(c, db);
      free(copy);
      dq_close(c);
      return rc;
    }
  }
  if (rc != 0) fprintf(stderr, "textfacts-client: %s\n", err);
  dq_close(c);
  return rc == 0 ? 0 : rc == DQ_EIO ? 2 : 1;
}
