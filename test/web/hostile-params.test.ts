import type { Server } from 'node:http';
import { Socket, type AddressInfo } from 'node:net';
import fc from 'fast-check';
import request from 'supertest';
import { createSearchClient } from '../../src/meili/search-client.js';
import { createApp } from '../../src/web/app.js';
import { createHttpServer } from '../../src/web/server.js';
import { memoryLogger } from '../support/memory-logger.js';
import { adminClient, indexFiles, SAMPLE_DIR, searchKeyFor, testApp, testEndpoint, uniqueIndex, type TestApp } from '../support/meili.js';

const index = uniqueIndex('hostile-params');
let t: TestApp;

beforeAll(async () => {
  await indexFiles(index, [SAMPLE_DIR]);
  t = await testApp(index);
});
afterAll(() => t.close());

/** A query string from parameter names the app knows and does not know, with arbitrary values. */
const queryString = (() => {
  const name = fc.oneof(
    fc.constantFrom('q', 'country', 'actor', 'from', 'to', 'sort', 'page', 'pageSize', 'actorQuery', 'q[]', 'country[0]', 'q[a]', '__proto__', 'constructor', 'toString', ''),
    fc.string({ maxLength: 12 }),
  );
  const value = fc.oneof(
    fc.string({ maxLength: 80, unit: 'grapheme' }),
    fc.string({ maxLength: 40, unit: 'binary' }).map((s) => s.replace(/[\uD800-\uDFFF]/g, '')),
    fc.constantFrom('', '2024', '2024-02-30', '2024-13-01', '0000-00-00', '0', '-1', '1e3', '99999999', '10001', 'NaN', '"', '\\', "' OR 1=1 --", 'NE" OR "1', 'x'.repeat(501), '<script>alert(1)</script>', 'newest', 'NE'),
    fc.integer().map(String),
  );
  const pair = fc.tuple(name, value).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  const raw = fc.constantFrom('%', '%zz', '%E0%A4%A', '&&', '=', 'q', 'q=%00', 'q=%C0%AF', 'page=1&page=2', 'q=a%26b');
  return fc.array(fc.oneof({ weight: 5, arbitrary: pair }, { weight: 1, arbitrary: raw }), { maxLength: 6 }).map((parts) => parts.join('&'));
})();

describe('arbitrary query strings', () => {
  test('when /api/search gets any query string, then it answers 200 or a JSON 400 with a message', async () => {
    await fc.assert(
      fc.asyncProperty(queryString, async (qs) => {
        const res = await request(t.app).get(`/api/search?${qs}`);
        expect([200, 400]).toContain(res.status);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        if (res.status === 400) {
          expect(typeof res.body.error.message).toBe('string');
          expect(res.body.error.message.length).toBeGreaterThan(0);
          expect(res.body.error.status).toBe(400);
        }
      }),
      { numRuns: 150, seed: 6 },
    );
  });

  test('when the page / gets any query string, then it answers 200, a 400 page, or one redirect to its own search that answers 200', async () => {
    await fc.assert(
      fc.asyncProperty(queryString, async (qs) => {
        let res = await request(t.app).get(`/?${qs}`);
        if (res.status === 302) {
          // Empty fields and defaults (a form without JavaScript): the same search's short address, never a loop.
          expect(res.headers.location).toMatch(/^\/(\?|$)/);
          res = await request(t.app).get(res.headers.location!);
          expect(res.status).toBe(200);
        }
        expect([200, 400]).toContain(res.status);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});

describe('long addresses and long names', () => {
  // The server as `npm start` makes it (Node's header limit included), with the default MAX_URL_CHARS.
  let server: Server;
  beforeAll(async () => {
    server = createHttpServer(t.app);
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  });
  afterAll(async () => {
    await new Promise((closed) => server.close(closed));
  });
  const emoji = (n: number): string => '😀'.repeat(n);
  const encoded = (text: string): string => encodeURIComponent(text);

  test('when every text parameter is at its longest in a script of 4-byte characters, then the address fits and the API and the page answer', async () => {
    const filters = `q=${encoded(emoji(500))}&actor=${encoded(emoji(200))}&notActor=${encoded('😁'.repeat(200))}&country=NE&notCountry=ML&together=1&from=2024-01-01&to=2024-12-31&mentioned=2024-01&sort=newest&page=1`;
    const api = `/api/search?${filters}&pageSize=100&matches=1&facetLimit=200`;
    expect(api.length).toBeGreaterThan(10_000);
    expect((await request(server).get(api).expect(200)).body.total).toBe(0);
    // `page=1` says nothing: the page redirects to the same search without it, and that address fits too.
    const page = await request(server).get(`/?${filters}&actorQuery=${encoded(emoji(200))}&more=actor`).expect(302);
    await request(server).get(page.headers.location!).expect(200);
    await request(server).get(`/api/facets/actor?q=${encoded(emoji(500))}&facetQuery=${encoded(emoji(200))}`).expect(200);
  });

  test('when q is 460 Chinese characters, then it is searched, not refused as too long', async () => {
    await request(server).get(`/api/search?q=${encoded('中'.repeat(460))}`).expect(200);
  });

  test('when names and queries are measured, then characters are counted, not UTF-16 units: 200 emoji pass, 201 are refused as 201', async () => {
    await request(server).get(`/api/search?actor=${encoded(emoji(200))}`).expect(200);
    await request(server).get(`/api/actors/${encoded(emoji(200))}`).expect(404);
    const refused = async (path: string) => (await request(server).get(path).expect(400)).body.error.message as string;
    expect(await refused(`/api/search?actor=${encoded(emoji(201))}`)).toBe('actor: expected a name of at most 200 characters, got 201');
    expect(await refused(`/api/search?q=${encoded(emoji(501))}`)).toBe('q: expected at most 500 characters, got 501');
    expect(await refused(`/api/facets/actor?facetQuery=${encoded(emoji(201))}`)).toBe('facetQuery: expected at most 200 characters, got 201');
    await request(server).get(`/api/actors/${encoded(emoji(201))}`).expect(400);
  });

  test('when the address is longer than the limit, then 414 with a message saying how long it may be; Node refuses only far longer ones', async () => {
    const res = await request(server).get(`/api/search?q=${'a'.repeat(17_000)}`).expect(414);
    expect(res.body.error.message).toBe('The address is too long: expected at most 16384 characters, got 17014');
    // An address at the limit, with headers of a few kilobytes besides, still reaches the app (which refuses q).
    const atLimit = `/api/search?q=${'a'.repeat(16_384 - '/api/search?q='.length)}`;
    expect(atLimit.length).toBe(16_384);
    const app = await request(server).get(atLimit).set('Cookie', `c=${'x'.repeat(6000)}`).expect(400);
    expect(app.body.error.message).toMatch(/^q: expected at most 500 characters/);
    await request(server).get(`/api/search?q=${'a'.repeat(30_000)}`).expect(431);
  });

  test('when an address holds raw, unencoded UTF-8 (curl \'…?q=Chávez\'), then Node\'s parser refuses it with a 400 that says to percent-encode it, and the server takes the next connection (a user review: the answer had no body)', async () => {
    const { port } = server.address() as AddressInfo;
    const answer = await rawRequest(port, Buffer.concat([Buffer.from('GET /?q=Ch'), Buffer.from('á', 'utf8'), Buffer.from('vez HTTP/1.1\r\nHost: localhost\r\n\r\n')]));
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(answer).toContain('400: the address holds characters that must be percent-encoded (é as %C3%A9');
    await request(server).get(`/api/search?q=${encoded('Chávez')}`).expect(200);
  });
});

describe('queries that cannot mean anything', () => {
  test('when the query is not valid percent-encoded UTF-8 (%FF, an encoded lone surrogate, a bare %), then 400 says so on the API and the page (a black-box review: all articles came back)', async () => {
    for (const q of ['%FF', '%ED%A0%80', '100%']) {
      const res = await request(t.app).get(`/api/search?q=${q}`).expect(400);
      expect(res.body.error.message).toMatch(/^The address's query is not valid UTF-8/);
      await request(t.app).get(`/?q=${q}`).expect(400);
    }
    await request(t.app).get('/api/search?q=caf%C3%A9+100%25').expect(200);
  });

  test('when one value is both asked for and left out, then 400 names it (a black-box review: the page showed the country as neither)', async () => {
    const country = await request(t.app).get('/api/search?country=US&notCountry=US').expect(400);
    expect(country.body.error.message).toBe('country and notCountry both name US: expected a country in one of them');
    const actor = await request(t.app).get('/api/search?actor=Hugo+Ch%C3%A1vez&notActor=hugo+chavez').expect(400);
    expect(actor.body.error.message).toBe('actor and notActor both name "Hugo Chávez": expected an actor in one of them');
    await request(t.app).get('/?country=US&notCountry=US').expect(400);
    await request(t.app).get('/api/search?country=US&notCountry=FR').expect(200);
  });
});

describe('codes no country has, and parameters an endpoint does not take', () => {
  test('when a filter names a code no country has, then 400 says so, with the code meant for a common mistake', async () => {
    const uk = await request(t.app).get('/api/search?country=UK').expect(400);
    expect(uk.body.error.message).toBe('country: no country has the code UK (the United Kingdom is GB)');
    await request(t.app).get('/api/search?notCountry=XX').expect(400);
    await request(t.app).get('/?country=XX').expect(400);
    await request(t.app).get('/api/search?country=gb').expect(200);
    const page = await request(t.app).get('/countries/UK').expect(404);
    expect(page.text).toContain('No country with code UK (the United Kingdom is GB)');
  });

  test('when an article, actor or country endpoint of the API gets a parameter, then 400 names it', async () => {
    for (const path of ['/api/articles/some-id?x=1', '/api/countries/BR?foo=1', '/api/actors/Reuters?page=2']) {
      const res = await request(t.app).get(path).expect(400);
      expect(res.body.error.message).toMatch(/^unknown parameter "(x|foo|page)": this endpoint takes none$/);
    }
  });
});

describe('request limits', () => {

  test('when a GET carries a body, then 413 and the body is not read', async () => {
    const res = await request(t.app).get('/api/search').set('Content-Type', 'application/json').send('{"q":"x"}').expect(413);
    expect(res.body.error.message).toMatch(/^Request bodies are not accepted/);
  });

  test('when the method is not GET or HEAD, then 405 with Allow', async () => {
    const res = await request(t.app).post('/api/search').expect(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    await request(t.app).delete('/').expect(405);
  });

  test('when a path holds a malformed % escape, then 400, not 500', async () => {
    await request(t.app).get('/articles/%E0%A4%A').expect(400);
    await request(t.app).get('/api/articles/%zz').expect(400);
  });
});

describe('errors and logs', () => {
  test('when the engine fails unexpectedly, then a 500 says nothing of internals while the log has them, under the request id', async () => {
    const { log, lines } = memoryLogger();
    // A real failure of the real engine: an index without the app's settings, where filtering on a country is an
    // error Meilisearch answers (400 invalid_search_filter) that no parameter of the request caused.
    const bare = uniqueIndex('bare');
    const admin = adminClient();
    try {
      await admin.client.createIndex(bare, { primaryKey: 'id' }).waitTask();
    } finally {
      admin.close();
    }
    const search = createSearchClient({ host: testEndpoint().url, searchKey: await searchKeyFor(bare), index: bare, timeoutMs: 5000 });
    try {
      const app = createApp({ search, index: bare, log });
      const api = await request(app).get('/api/search?q=coup&country=NE').set('x-request-id', 'trace-500').expect(500);
      expect(api.headers['x-request-id']).toBe('trace-500');
      expect(api.body).toEqual({ error: { status: 500, message: 'Something went wrong on our side. It has been logged.' } });
      const page = await request(app).get('/?q=coup&country=NE').expect(500);
      for (const text of [api.text, page.text]) {
        expect(text).not.toMatch(/test-bare|filterable|invalid_search_filter|Meilisearch|at .*\.(ts|js):\d+|node_modules|127\.0\.0\.1/);
      }
      const logged = lines.filter((l) => (l.req as { id?: string } | undefined)?.id === 'trace-500');
      expect(logged.map((l) => l.level)).toEqual([50, 50]);
      expect(JSON.stringify(logged)).toContain('is not filterable');
    } finally {
      search.close();
    }
  });

  test('when the engine refuses the server\'s key, then a 503 with Retry-After says search is unavailable, and the log has the cause as an error', async () => {
    const { log, lines } = memoryLogger();
    // The real engine's refusal: the server's key is not valid for this index (Meilisearch answers 403 invalid_api_key).
    const app = createApp({ search: t.search, index: 'no-such-index-for-this-test', log });
    const api = await request(app).get('/api/search?q=coup').set('x-request-id', 'trace-503').expect(503).expect('Content-Type', /json/);
    expect(api.headers['retry-after']).toBe('5');
    expect(api.body).toEqual({ error: { status: 503, message: 'Search is unavailable right now. It has been logged; please try again in a little while.' } });
    const page = await request(app).get('/?q=coup').expect(503).expect('Content-Type', /html/);
    for (const text of [api.text, page.text]) expect(text).not.toMatch(/no-such-index|invalid_api_key|API key|Meilisearch/);
    const logged = lines.filter((l) => (l.req as { id?: string } | undefined)?.id === 'trace-503');
    expect(logged.map((l) => l.level)).toEqual([50, 50]);
    expect(JSON.stringify(logged)).toContain('The provided API key is invalid');
  });

  test('when a request comes with a usable x-request-id, then it is echoed; when the header is hostile, then a new id replaces it', async () => {
    const ok = await request(t.app).get('/healthz').set('x-request-id', 'edge-7f3a.1').expect(200);
    expect(ok.headers['x-request-id']).toBe('edge-7f3a.1');
    const hostile = await request(t.app).get('/healthz').set('x-request-id', 'a b <script>').expect(200);
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const none = await request(t.app).get('/healthz').expect(200);
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('when a request is served, then one structured log line records id, method, url, status and time', async () => {
    const { log, lines } = memoryLogger();
    const app = createApp({ search: t.search, index, log });
    await request(app).get('/api/search?q=Niger').set('x-request-id', 'line-1').expect(200);
    const line = lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'line-1');
    expect(line).toMatchObject({ level: 30, req: { id: 'line-1', method: 'GET', url: '/api/search?q=Niger' }, res: { status: 200 } });
    expect(typeof line!.responseTime).toBe('number');
  });
});

/** Sends bytes as they are (no client library to encode them) and resolves with all the server answers before closing. */
function rawRequest(port: number, bytes: Buffer): Promise<string> {
  return new Promise((resolveAnswer, reject) => {
    const socket = new Socket();
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolveAnswer(answer));
    socket.connect(port, '127.0.0.1', () => socket.write(bytes));
  });
}
