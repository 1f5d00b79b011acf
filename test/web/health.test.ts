import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createLogger } from '../../src/logger.js';
import { indexSettings } from '../../src/meili/index-settings.js';
import { createSearchClient, type SearchClient } from '../../src/meili/search-client.js';
import { createApp } from '../../src/web/app.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

/**
 * /healthz against the real engine, with a key of the test's own that it deletes and makes again under a running
 * app: Meilisearch answering is not health when the server's searches are refused.
 */
const index = uniqueIndex('health');
const keyUid = randomUUID();
let key: string;
let search: SearchClient;
let app: ReturnType<typeof createApp>;

/** What `npm run search-key` makes: search only, this index. The same uid always gives the same key. */
async function makeKey(): Promise<string> {
  const admin = adminClient();
  try {
    return (await admin.client.createKey({ uid: keyUid, actions: ['search'], indexes: [index], expiresAt: null })).key;
  } finally {
    admin.close();
  }
}

async function admin<T>(work: (client: ReturnType<typeof adminClient>['client']) => Promise<T>): Promise<T> {
  const { client, close } = adminClient();
  try {
    return await work(client);
  } finally {
    close();
  }
}

const createIndex = () => admin(async (c) => {
  await c.createIndex(index, { primaryKey: 'id' }).waitTask();
  await c.index(index).updateSettings(indexSettings).waitTask();
});

beforeAll(async () => {
  await createIndex();
  key = await makeKey();
  search = createSearchClient({ host: testEndpoint().url, searchKey: key, index, timeoutMs: 5000 });
  app = createApp({ search, index, log: createLogger('silent') });
});
afterAll(() => search.close());

async function expectHealthy(): Promise<void> {
  const health = await request(app).get('/healthz').expect(200);
  expect(health.body).toEqual({ status: 'ok', meilisearch: 'available', search: 'ok' });
  await request(app).get('/api/search?q=Niger').expect(200);
}

async function expectSearchFailing(reason: RegExp, message: RegExp): Promise<void> {
  const health = await request(app).get('/healthz').expect(503).expect('Content-Type', /json/);
  expect(health.body).toEqual({ status: 'degraded', meilisearch: 'available', search: expect.stringMatching(reason) });
  expect(health.headers['retry-after']).toBe('5');
  expect(health.headers['cache-control']).toBe('no-store');
  for (const path of ['/api/search?q=Niger', '/export.json?q=Niger']) {
    const res = await request(app).get(path).expect(503).expect('Content-Type', /json/);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.error).toEqual({ status: 503, message: expect.stringMatching(message) });
  }
  for (const path of ['/export.csv?q=Niger', '/feed.atom?q=Niger']) {
    const res = await request(app).get(path).expect(503).expect('Content-Type', /^text\/plain/);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.text).toMatch(/^503: /);
  }
  const page = await request(app).get('/?q=Niger').expect(503).expect('Content-Type', /html/);
  expect(page.text).toContain('Search is unavailable');
}

describe('/healthz', () => {
  test('when the server\'s key is deleted, then /healthz and searches answer 503 with Retry-After; when it is made again, then 200 without a restart', async () => {
    await expectHealthy();
    await admin((c) => c.deleteKey(keyUid));
    await expectSearchFailing(/^failing: invalid_api_key \(403\)$/, /^Search is unavailable right now/);
    expect(await makeKey()).toBe(key);
    await expectHealthy();
  });

  test('when the server\'s index does not exist (yet), then /healthz is 200 saying so, searches answer 503 "not built yet"; once it exists, then they serve', async () => {
    await expectHealthy();
    await admin(async (c) => {
      await c.deleteIndex(index).waitTask();
    });
    // A deployment that has not indexed yet is not a failing server: an orchestrator must not restart it in a loop.
    const health = await request(app).get('/healthz').expect(200);
    expect(health.body).toEqual({ status: 'ok', meilisearch: 'available', search: 'not indexed yet' });
    const res = await request(app).get('/api/search?q=Niger').expect(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.error.message).toMatch(/not built yet/);
    await createIndex();
    await expectHealthy();
  });
});
