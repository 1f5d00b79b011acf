import http from 'node:http';
import request from 'supertest';
import { createLogger } from '../../src/logger.js';
import { createApp } from '../../src/web/app.js';
import { isApiSearchPath } from '../../src/web/api-search-endpoint.js';
import { requestOrigin } from '../../src/web/client-address.js';
import { listen } from '../support/browser.js';
import { indexFiles, SAMPLE_DIR, testApp, uniqueIndex, type TestApp } from '../support/meili.js';

const index = uniqueIndex('api-door');
let t: TestApp;

beforeAll(async () => {
  await indexFiles(index, [SAMPLE_DIR]);
  t = await testApp(index);
});
afterAll(() => t.close());

/** Headers that are the same whichever door answered (not the request id, date or rate-limit count). */
const policyHeaders = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !['x-request-id', 'date', 'ratelimit', 'content-length', 'etag', 'connection', 'keep-alive'].includes(name)));

describe('/api/search, answered ahead of Express', () => {
  test('when /api/search is asked in another case or with a trailing slash, then it answers as Express routed it before', async () => {
    const plain = await request(t.app).get('/api/search?q=Niger').expect(200);
    for (const path of ['/API/Search?q=Niger', '/api/search/?q=Niger']) {
      const res = await request(t.app).get(path).expect(200);
      expect(res.body).toEqual(plain.body);
    }
    await request(t.app).get('/api/searches?q=Niger').expect(404).expect('Content-Type', /json/);
  });

  test('when asked with HEAD, then the headers of the GET come without a body', async () => {
    const get = await request(t.app).get('/api/search?q=Niger').expect(200);
    const head = await request(t.app).head('/api/search?q=Niger').expect(200);
    expect(head.text ?? '').toBe('');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  test('when an answer and an error come from the API door and a page from Express, then they carry the same security headers', async () => {
    const api = await request(t.app).get('/api/search?q=Niger').expect(200);
    const refused = await request(t.app).get('/api/search?page=0').expect(400);
    const facets = await request(t.app).get('/api/facets/actor?facetQuery=pu').expect(200);
    const security = (headers: Record<string, string>) => Object.fromEntries(Object.entries(policyHeaders(headers)).filter(([name]) => !['content-type', 'cache-control', 'vary'].includes(name)));
    expect(security(api.headers)).toEqual(security(facets.headers));
    expect(security(refused.headers)).toEqual(security(facets.headers));
    expect(api.headers['content-security-policy']).toContain("script-src 'self'");
    expect(refused.headers['cache-control']).toBe('no-store');
    expect(refused.body.error.message).toMatch(/^page: /);
  });

  test('when the request came over HTTPS through a trusted proxy, then the API door sends HSTS as the pages do', async () => {
    const app = createApp({ search: t.search, index, log: createLogger('silent'), limits: { trustProxy: true } });
    const api = await request(app).get('/api/search?q=Niger').set('X-Forwarded-Proto', 'https').expect(200);
    const page = await request(app).get('/').set('X-Forwarded-Proto', 'https').expect(200);
    expect(api.headers['strict-transport-security']).toBe(page.headers['strict-transport-security']);
    expect(api.headers['strict-transport-security']).toBeDefined();
    const plain = await request(t.app).get('/api/search?q=Niger').set('X-Forwarded-Proto', 'https').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  test('when a request to /api/search has a body, another method or too long an address, then Express refuses it as before', async () => {
    const app = createApp({ search: t.search, index, log: createLogger('silent'), limits: { maxUrlChars: 200 } });
    await request(app).post('/api/search?q=Niger').expect(405).expect('Allow', 'GET, HEAD');
    await request(app).get('/api/search?q=Niger').set('Content-Length', '3').send('abc').expect(413);
    const long = await request(app).get(`/api/search?q=${'a'.repeat(300)}`).expect(414).expect('Content-Type', /json/);
    expect(long.body.error.message).toMatch(/too long/);
  });

  test('when the target is in absolute form or has a #fragment, then it is read as Express reads it', async () => {
    const { server, baseUrl } = await listen(t.app);
    try {
      const port = new URL(baseUrl).port;
      const raw = (path: string) =>
        new Promise<{ status: number; body: string }>((done, fail) => {
          const req = http.request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (body += c));
            res.on('end', () => done({ status: res.statusCode ?? 0, body }));
          });
          req.on('error', fail);
          req.end();
        });
      const plain = await raw('/api/search?q=Niger');
      expect(plain.status).toBe(200);
      const absolute = await raw(`http://127.0.0.1:${port}/api/search?q=Niger`);
      expect(absolute.status).toBe(200);
      expect(JSON.parse(absolute.body)).toEqual(JSON.parse(plain.body));
      const fragment = await raw('/api/search?q=Niger#section');
      expect(fragment.status).toBe(200);
      expect(JSON.parse(fragment.body)).toEqual(JSON.parse(plain.body));
    } finally {
      server.close();
    }
  });

  test('when paths are told apart, then only /api/search in any case, with or without one trailing slash, is the API door', () => {
    expect(isApiSearchPath('/api/search')).toBe(true);
    expect(isApiSearchPath('/API/search/')).toBe(true);
    expect(isApiSearchPath('/api/searches')).toBe(false);
    expect(isApiSearchPath('/api/search//')).toBe(false);
    expect(isApiSearchPath('/api/facets/actor')).toBe(false);
  });
});

describe('who asked, and over what', () => {
  const fake = (remoteAddress: string, encrypted: boolean, headers: Record<string, string> = {}) => ({ headers, socket: { remoteAddress, encrypted } }) as unknown as http.IncomingMessage;

  test('when the socket is TLS, then it is secure unless a trusted proxy says the client came over http (as Express reads req.secure)', () => {
    expect(requestOrigin(false).isSecure(fake('10.0.0.1', true, { 'x-forwarded-proto': 'http' }))).toBe(true);
    expect(requestOrigin('10.0.0.1').isSecure(fake('10.0.0.1', true, { 'x-forwarded-proto': 'http' }))).toBe(false);
    expect(requestOrigin('10.0.0.1').isSecure(fake('10.0.0.1', false, { 'x-forwarded-proto': 'https, http' }))).toBe(true);
    expect(requestOrigin('10.0.0.1').isSecure(fake('10.0.0.2', false, { 'x-forwarded-proto': 'https' }))).toBe(false);
    expect(requestOrigin('10.0.0.1').isSecure(fake('10.0.0.1', true))).toBe(true);
  });

  test('when X-Forwarded-For comes, then it names the client only through trusted proxies', () => {
    const req = fake('10.0.0.1', false, { 'x-forwarded-for': '203.0.113.9, 10.0.0.5' });
    expect(requestOrigin(false).address(req)).toBe('10.0.0.1');
    expect(requestOrigin(1).address(req)).toBe('10.0.0.5');
    expect(requestOrigin(2).address(req)).toBe('203.0.113.9');
    expect(requestOrigin('10.0.0.0/8').address(req)).toBe('203.0.113.9');
  });
});
