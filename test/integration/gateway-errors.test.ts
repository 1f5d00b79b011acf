import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createLogger } from '../../src/logger.js';
import { createSearchClient, type SearchClient } from '../../src/meili/search-client.js';
import { createApp } from '../../src/web/app.js';

/**
 * A gateway before Meilisearch (nginx, a cloud load balancer) that answers every request itself, with the status and
 * body set per test: what the server meets when the engine behind the gateway is down or the gateway limits it.
 */
let answer = { status: 502, type: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1></body></html>' };
let gateway: Server;
let search: SearchClient;

beforeAll(async () => {
  gateway = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(answer.status, { 'Content-Type': answer.type }).end(answer.body));
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  search = createSearchClient({ host: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`, searchKey: 'k', index: 'passages', timeoutMs: 2000 });
});
afterAll(async () => {
  search.close();
  await new Promise((resolve) => gateway.close(resolve));
});

describe('a gateway before Meilisearch', () => {
  test.each([
    [502, 'text/html', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    [504, 'text/html', '<html>504 Gateway Time-out</html>'],
    [429, 'application/json', '{"message":"Too many requests","code":"too_many_requests"}'],
    // A status no Response can carry (it threw inside the socket's listener, uncaught): read as a gateway's 502.
    [999, 'text/plain', 'odd'],
  ])('when it answers %i (%s), then the API and the page answer 503 with Retry-After, not 500', async (status, type, body) => {
    answer = { status, type, body };
    const app = createApp({ search, index: 'passages', log: createLogger('silent') });
    const api = await request(app).get('/api/search?q=coup').expect(503);
    expect(api.headers['retry-after']).toBeDefined();
    expect(api.body.error.message).toMatch(/not answering/);
    const page = await request(app).get('/?q=coup').expect(503);
    expect(page.headers['retry-after']).toBeDefined();
  });
});
