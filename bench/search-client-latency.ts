import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { startEmbeddedMeili } from '../src/meili/embedded.js';
import { createKeepAliveClient } from '../src/meili/http-client.js';
import { percentile } from './search-stats.js';

/**
 * `npm run bench:client`: why a plain `fetch` to Meilisearch is slow here and the server's HTTP layer is not.
 * One small POST /multi-search, sequentially, through several clients against a fresh embedded engine:
 *
 * - `fetch` (Node's built-in undici),
 * - `http.request` on a fresh connection each time, with and without `setNoDelay`,
 * - `http.request` with a keep-alive agent, with and without `setNoDelay`, body in a separate write or not,
 * - the project's keep-alive client (src/meili/http-client.ts),
 * - `curl`, for reference.
 *
 * Prints p50/p99 per client. The explanation is in docs/BENCHMARKS.md.
 */
const N = Number(process.env.N ?? 200);

const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-client-bench-'));
const engine = await startEmbeddedMeili({ dataDir, reuse: false });
const auth = { Authorization: `Bearer ${engine.masterKey}` };
try {
  await fetch(`${engine.url}/indexes`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ uid: 'probe' }) });
  const task = (await (
    await fetch(`${engine.url}/indexes/probe/documents`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify(Array.from({ length: 50 }, (_, i) => ({ id: i, text: `article ${i} about oil prices and trade` }))),
    })
  ).json()) as { taskUid: number };
  for (;;) {
    const t = (await (await fetch(`${engine.url}/tasks/${task.taskUid}`, { headers: auth })).json()) as { status: string };
    if (t.status === 'succeeded') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const body = JSON.stringify({ queries: [{ indexUid: 'probe', q: 'oil', limit: 5 }] });
  const url = `${engine.url}/multi-search`;
  const headers = { ...auth, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) };

  async function timed(name: string, once: () => Promise<unknown>): Promise<void> {
    for (let i = 0; i < 5; i++) await once();
    const samples: number[] = [];
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      await once();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    console.log(`${name.padEnd(58)} p50 ${percentile(samples, 50).toFixed(2).padStart(7)} ms   p99 ${percentile(samples, 99).toFixed(2).padStart(7)} ms`);
  }

  /** One POST through http.request; `split` writes the headers and the body in two writes, as a streaming client does. */
  function viaHttp(agent: http.Agent | false, noDelay: boolean, split: boolean): () => Promise<void> {
    return () =>
      new Promise((resolveReq, reject) => {
        const req = http.request(url, { method: 'POST', headers, agent }, (res) => {
          res.resume();
          res.on('end', () => resolveReq());
        });
        req.on('error', reject);
        if (!noDelay) req.on('socket', (s) => s.setNoDelay(false));
        else req.setNoDelay(true);
        if (split) {
          req.flushHeaders();
          setImmediate(() => req.end(body));
        } else {
          req.end(body);
        }
      });
  }

  console.log(`POST /multi-search, ${N} sequential requests each, Meilisearch ${url}`);
  await timed('fetch (undici, global dispatcher)', async () => (await fetch(url, { method: 'POST', headers, body })).text());
  await timed('fetch GET /health', async () => (await fetch(`${engine.url}/health`)).text());
  await timed('http.request, new connection, noDelay', viaHttp(false, true, false));
  await timed('http.request, new connection, Nagle on', viaHttp(false, false, false));
  await timed('http.request, keep-alive, noDelay, one write', viaHttp(new http.Agent({ keepAlive: true }), true, false));
  await timed('http.request, keep-alive, Nagle on, one write', viaHttp(new http.Agent({ keepAlive: true }), false, false));
  await timed('http.request, keep-alive, noDelay, headers+body split', viaHttp(new http.Agent({ keepAlive: true }), true, true));
  await timed('http.request, keep-alive, Nagle on, headers+body split', viaHttp(new http.Agent({ keepAlive: true }), false, true));
  const sdk = new Meilisearch({ host: engine.url, apiKey: engine.masterKey });
  await timed('meilisearch client, default fetch (no httpClient)', () => sdk.multiSearch({ queries: [{ indexUid: 'probe', q: 'oil', limit: 5 }] }));
  const project = createKeepAliveClient();
  await timed('src/meili/http-client.ts (keep-alive, noDelay)', () => project.request(url, { method: 'POST', headers, body }));
  project.destroy();
  const curl = spawnSync('curl', ['-s', '-o', '/dev/null', '-w', '%{time_total}\n', '-X', 'POST', '-H', `Authorization: Bearer ${engine.masterKey}`, '-H', 'Content-Type: application/json', '--data', body, ...Array.from({ length: 49 }, () => ['--next', '-s', '-o', '/dev/null', '-w', '%{time_total}\n', '-X', 'POST', '-H', `Authorization: Bearer ${engine.masterKey}`, '-H', 'Content-Type: application/json', '--data', body, url]).flat(), url], { encoding: 'utf8' });
  if (curl.status === 0) {
    const samples = curl.stdout.trim().split(/\s+/).map((s) => Number(s) * 1000).filter((n) => Number.isFinite(n)).sort((a, b) => a - b);
    console.log(`${`curl, ${samples.length} requests in one process (reused)`.padEnd(58)} p50 ${percentile(samples, 50).toFixed(2).padStart(7)} ms`);
  } else {
    console.log('curl: not available');
  }
} finally {
  await engine.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
