/**
 * The cheapest servers a search can pass through, in their own process like the web server, forwarding
 * `POST /multi-search` to Meilisearch on a keep-alive socket. `FLOOR_MODE` picks how much of a server they are:
 * - `parse` (default, the floor of `bench:search`): Node's HTTP server and client, the answer parsed and serialised
 *   again. No Express, no validation, no logging, no reshaping.
 * - `pipe`: Node's HTTP server and client, the answer piped through unread.
 * - `net`: no HTTP at all, bytes forwarded between two TCP sockets (one upstream socket per client connection).
 * `bench:search` times `parse` beside the real server; `bench:floor` times all three beside a byte-forwarding proxy
 * written in C, to split what a Node server costs here from what the extra loopback hop itself costs.
 *
 * Environment: MEILI_URL, PORT, FLOOR_MODE. `GET /healthz` answers 200 so the bench can wait for it.
 */
import http from 'node:http';
import net from 'node:net';

const meili = new URL(process.env.MEILI_URL ?? 'http://127.0.0.1:7700');
const mode = process.env.FLOOR_MODE ?? 'parse';
if (!['parse', 'pipe', 'net'].includes(mode)) throw new Error(`FLOOR_MODE: expected parse, pipe or net, got ${mode}`);
const upstream = new http.Agent({ keepAlive: true });

function httpProxy(): http.Server {
  return http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      res.end('ok');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const headers = { 'content-type': 'application/json', 'content-length': String(body.length), ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) };
      const up = http.request({ host: meili.hostname, port: meili.port, path: req.url, method: req.method, agent: upstream, headers }, (answer) => {
        if (mode === 'pipe') {
          const length = answer.headers['content-length'];
          res.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json', ...(length !== undefined ? { 'content-length': length } : {}) });
          answer.pipe(res);
          return;
        }
        const parts: Buffer[] = [];
        answer.on('data', (c: Buffer) => parts.push(c));
        answer.on('end', () => {
          const out = JSON.stringify(JSON.parse(Buffer.concat(parts).toString('utf8')));
          res.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(out)) });
          res.end(out);
        });
      });
      up.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      up.setNoDelay(true);
      up.end(body);
    });
  });
}

/** Raw TCP forwarding; a connection whose first bytes ask for /healthz is answered here instead. */
function netProxy(): net.Server {
  return net.createServer((client) => {
    client.setNoDelay(true);
    client.once('data', (first: Buffer) => {
      if (first.toString('latin1').startsWith('GET /healthz ')) {
        client.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok');
        return;
      }
      const up = net.connect(Number(meili.port), meili.hostname);
      up.setNoDelay(true);
      up.write(first);
      client.pipe(up);
      up.pipe(client);
      client.on('error', () => up.destroy());
      up.on('error', () => client.destroy());
    });
  });
}

const server = mode === 'net' ? netProxy() : httpProxy();
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
