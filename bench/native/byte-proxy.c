// bench:floor: a byte-forwarding TCP proxy, the least any process in front of Meilisearch can add (an extra
// loopback hop and its wake-ups). One client connection at a time, poll() loop, TCP_NODELAY on both sides.
// Usage: byte-proxy LISTEN_PORT UPSTREAM_PORT (both on 127.0.0.1); prints "ready" once listening.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
static int nodelay(int fd) { int one = 1; return setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); }
int main(int argc, char **argv) {
  int lport = atoi(argv[1]), uport = atoi(argv[2]);
  int ls = socket(AF_INET, SOCK_STREAM, 0); int one = 1; setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(lport), .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
  if (bind(ls, (void *)&a, sizeof a) || listen(ls, 16)) { perror("listen"); return 1; }
  printf("ready\n"); fflush(stdout);
  static char buf[1 << 20];
  for (;;) {
    int c = accept(ls, 0, 0); if (c < 0) continue; nodelay(c);
    int u = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in b = { .sin_family = AF_INET, .sin_port = htons(uport), .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    if (connect(u, (void *)&b, sizeof b)) { perror("connect"); close(c); continue; }
    nodelay(u);
    struct pollfd p[2] = { { c, POLLIN, 0 }, { u, POLLIN, 0 } };
    for (;;) {
      if (poll(p, 2, -1) < 0) break;
      int done = 0;
      for (int i = 0; i < 2; i++) if (p[i].revents) {
        ssize_t n = read(p[i].fd, buf, sizeof buf);
        if (n <= 0) { done = 1; break; }
        int to = p[1 - i].fd; ssize_t off = 0;
        while (off < n) { ssize_t w = write(to, buf + off, n - off); if (w <= 0) { done = 1; break; } off += w; }
      }
      if (done) break;
    }
    close(c); close(u);
  }
}
