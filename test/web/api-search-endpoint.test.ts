import request from 'supertest';
import { createLogger } from '../../src/logger.js';
import { createApp } from '../../src/web/app.js';
import { isApiSearchPath } from '../../src/web/api-search-endpoint.js';
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

  test('when paths are told apart, then only /api/search in any case, with or without one trailing slash, is the API door', () => {
    expect(isApiSearchPath('/api/search')).toBe(true);
    expect(isApiSearchPath('/API/search/?q=x')).toBe(true);
    expect(isApiSearchPath('/api/search?q=/api/x')).toBe(true);
    expect(isApiSearchPath('/api/searches')).toBe(false);
    expect(isApiSearchPath('/api/search//')).toBe(false);
    expect(isApiSearchPath('/api/facets/actor?q=/api/search')).toBe(false);
  });
});
