/**
 * The cheapest server a search can pass through: a bare Node HTTP proxy, its own process like the web server, that
 * forwards `POST /multi-search` to Meilisearch on a keep-alive socket, parses the JSON answer and serialises it
 * again. No Express, no validation, no logging, no reshaping. `bench:search` times it beside the real server: what
 * it adds to a direct search is the floor any Node server in front of Meilisearch pays on this machine (an extra
 * loopback hop, a process wake-up each way, reading and writing the answer).
 *
 * Environment: MEILI_URL, PORT. `GET /healthz` answers 200 so the bench can wait for it.
 */
import http from 'node:http';

const meili = new URL(process.env.MEILI_URL ?? 'http://127.0.0.1:7700');
const upstream = new http.Agent({ keepAlive: true });

const server = http.createServer((req, res) => {
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
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
