import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DispatchApp } from '../../src/web/app.js';
import request from 'supertest';
import { runIndex } from '../../indexer/run-index.js';
import { createLogger } from '../../src/logger.js';
import { createMeiliClient } from '../../src/meili/client.js';
import { freePort, startEmbeddedMeili, type EmbeddedMeili } from '../../src/meili/embedded.js';
import { createSearchClient, type SearchClient } from '../../src/meili/search-client.js';
import { ensureSearchKey } from '../../src/meili/search-key.js';
import { createApp } from '../../src/web/app.js';
import { SAMPLE_DIR } from '../support/paths.js';

/**
 * A dedicated engine on a fixed data folder and port, so it can be stopped and started again under a running app.
 * In front of it, for "slow", a TCP relay that can hold every byte the app sends (the engine itself stays fine).
 */
const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-outage-'));
const INDEX = 'passages';
let port: number;
let engine: EmbeddedMeili;
let relay: StallingRelay;
let direct: { app: DispatchApp; search: SearchClient };
let slow: { app: DispatchApp; search: SearchClient };

interface StallingRelay {
  url: string;
  stall(on: boolean): void;
  /** Holds every request back this long before it goes on (0: none). */
  delay(ms: number): void;
  close(): Promise<void>;
}

/** Forwards TCP to `target`; while stalled, what clients send is held back, so their requests hang. */
async function stallingRelay(targetPort: number): Promise<StallingRelay> {
  let stalled = false;
  let delayMs = 0;
  const held: { to: Socket; chunk: Buffer }[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = new Socket();
    upstream.connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => {
      if (stalled) held.push({ to: upstream, chunk });
      else if (delayMs > 0) setTimeout(() => !upstream.destroyed && upstream.write(chunk), delayMs);
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
  });
  const relayPort = await freePort();
  await new Promise<void>((r) => server.listen(relayPort, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${relayPort}`,
    stall(on) {
      stalled = on;
      if (!on) for (const { to, chunk } of held.splice(0)) if (!to.destroyed) to.write(chunk);
    },
    delay(ms) {
      delayMs = ms;
    },
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
function appOn(host: string, searchKey: string, timeoutMs: number) {
  const search = createSearchClient({ host, searchKey, index: INDEX, timeoutMs });
  return { app: createApp({ search, index: INDEX, log: createLogger('silent') }), search };
}

beforeAll(async () => {
  port = await freePort();
  engine = await startEmbeddedMeili({ dataDir, reuse: false, port });
  await runIndex({ endpoint: { url: engine.url, masterKey: engine.masterKey, embedded: true, stop: async () => {} }, index: INDEX, paths: [SAMPLE_DIR] });
  const admin = createMeiliClient({ host: engine.url, apiKey: engine.masterKey });
  const searchKey = await ensureSearchKey(admin.client, INDEX);
  admin.close();
  relay = await stallingRelay(port);
  direct = appOn(engine.url, searchKey, 5000);
  slow = appOn(relay.url, searchKey, 300);
});

afterAll(async () => {
  direct.search.close();
  slow.search.close();
  await relay.close();
  await engine.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function expectServing(app: DispatchApp): Promise<void> {
  const api = await request(app).get('/api/search?q=Niger').expect(200);
  expect(api.body.total).toBeGreaterThan(0);
  await request(app).get('/?q=Niger').expect(200);
  await request(app).get('/healthz').expect(200);
}

async function expectUnavailable(app: DispatchApp): Promise<void> {
  const api = await request(app).get('/api/search?q=Niger').expect(503).expect('Content-Type', /json/);
  expect(api.headers['retry-after']).toBe('5');
  expect(api.body.error.message).toMatch(/not answering/);
  const page = await request(app).get('/?q=Niger').expect(503).expect('Content-Type', /html/);
  expect(page.headers['retry-after']).toBe('5');
  expect(page.text).toContain('Search is unavailable');
  await request(app).get('/api/articles/some-article').expect(503);
  const health = await request(app).get('/healthz').expect(503);
  expect(health.body).toEqual({ status: 'degraded', meilisearch: 'unavailable', search: expect.stringMatching(/^failing: (ECONNREFUSED|timed out)$/) });
  expect(health.headers['retry-after']).toBe('5');
  expect(health.headers['cache-control']).toBe('no-store');
}

describe('Meilisearch outage under a running app', () => {
  test('when Meilisearch stops, then 503 with Retry-After; when it starts again on the same port, then 200 without a restart', async () => {
    await expectServing(direct.app);
    await engine.stop();
    await expectUnavailable(direct.app);
    await expectUnavailable(direct.app); // still up, still polite
    engine = await startEmbeddedMeili({ dataDir, reuse: false, port });
    await expectServing(direct.app);
  });

  test('when Meilisearch does not answer in time, then 503 after the timeout; when it answers again, then 200', async () => {
    await expectServing(slow.app);
    relay.stall(true);
    await expectUnavailable(slow.app);
    relay.stall(false);
    await expectServing(slow.app);
  });

  test('when a page asks Meilisearch twice, then both share one timeout: slow answers give a 503 in time, not late', async () => {
    relay.delay(200); // each call ~200 ms, the timeout 300 ms
    try {
      const api = await request(slow.app).get('/api/search?q=Niger'); // one call: in time
      expect(api.status).toBe(200);
      const started = performance.now();
      const page = await request(slow.app).get('/?q=Niger'); // the search, then its matching passages: 400 ms of work
      const took = performance.now() - started;
      expect(page.status).toBe(503);
      expect(page.headers['retry-after']).toBe('5');
      expect(took).toBeLessThan(450);
    } finally {
      relay.delay(0);
    }
    await expectServing(slow.app);
  });
});
