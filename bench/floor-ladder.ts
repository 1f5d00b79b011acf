/**
 * `npm run bench:floor`: where the server's distance to direct Meilisearch comes from, rung by rung, in one run.
 * The same searches as `bench:search` (its mix, planSearch's bodies), sent one at a time, interleaved, to:
 *   direct Meilisearch; a byte-forwarding proxy in C (bench/native/byte-proxy.c, built here with `cc`: the extra
 *   loopback hop and its wake-ups, nothing else); Node forwarding raw TCP bytes; Node's HTTP server and client
 *   piping the answer unread; the same parsing and serialising the answer (bench:search's floor); `/api/search`.
 * Every Node process gets the same warm-up first (BENCH_WARMUP seconds at 8 connections, default 5). Prints, for each
 * rung, the median over rounds of (its time − direct's time for the same search, sent just before).
 * Environment: BENCH_PROBE (rounds, default 300), BENCH_WARMUP.
 */
import autocannon from 'autocannon';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { resolve } from 'node:path';
import { createMeiliClient } from '../src/meili/client.js';
import { freePort } from '../src/meili/embedded.js';
import { ensureSearchKey } from '../src/meili/search-key.js';
import { projectRoot } from '../src/project-root.js';
import { BENCH_DATA_DIR, openBenchCorpus } from './search-corpus.js';
import { loadAverage, machineLine } from './search-machine.js';
import { searchMix } from './search-mix.js';
import { startBenchServer, type BenchServer } from './search-server.js';
import { percentile } from './search-stats.js';

const ROUNDS = Number(process.env.BENCH_PROBE ?? 300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const say = (line: string): void => {
  process.stdout.write(line + '\n');
};

say(`machine: ${machineLine()}; load average ${loadAverage()}`);
const corpus = await openBenchCorpus(say);
const admin = createMeiliClient({ host: corpus.engine.url, apiKey: corpus.engine.masterKey, timeoutMs: 30_000 });
const searchKey = await ensureSearchKey(admin.client, corpus.index);
const mix = await searchMix(admin.client, corpus.index);
admin.close();

const servers: BenchServer[] = [];
let byteProxy: ChildProcess | undefined;
try {
  const common = { meiliUrl: corpus.engine.url, masterKey: corpus.engine.masterKey, index: corpus.index };
  const api = await startBenchServer({ ...common, logFile: resolve(BENCH_DATA_DIR, 'server.log') });
  servers.push(api);
  const floors: Record<'net' | 'pipe' | 'parse', BenchServer> = {} as never;
  for (const mode of ['net', 'pipe', 'parse'] as const) {
    floors[mode] = await startBenchServer({ ...common, logFile: resolve(BENCH_DATA_DIR, `floor-${mode}.log`), script: resolve(projectRoot, 'bench/search-floor-proxy.ts'), env: { FLOOR_MODE: mode } });
    servers.push(floors[mode]);
  }
  let byteUrl: string | undefined;
  try {
    const binary = resolve(BENCH_DATA_DIR, 'byte-proxy');
    execFileSync('cc', ['-O2', '-o', binary, resolve(projectRoot, 'bench/native/byte-proxy.c')]);
    const port = await freePort();
    byteProxy = spawn(binary, [String(port), new URL(corpus.engine.url).port], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((ready) => byteProxy!.stdout!.once('data', ready));
    byteUrl = `http://127.0.0.1:${port}`;
  } catch (error) {
    say(`(no C rung: ${(error as Error).message.split('\n')[0]})`);
  }

  const directRequests = mix.map((m) => ({ method: 'POST' as const, path: '/multi-search', headers: { authorization: `Bearer ${searchKey}`, 'content-type': 'application/json' }, body: m.directBody }));
  const apiRequests = mix.map((m) => ({ method: 'GET' as const, path: `/api/search${m.query === '' ? '' : `?${m.query}`}` }));
  say(`warming up every Node process: ${WARMUP} s at 8 connections each…`);
  await autocannon({ url: api.url, connections: 8, duration: WARMUP, requests: apiRequests });
  for (const floor of Object.values(floors)) await autocannon({ url: floor.url, connections: 8, duration: WARMUP, requests: directRequests });

  const rungs: Array<{ name: string; url: string; api: boolean }> = [
    { name: 'direct Meilisearch', url: corpus.engine.url, api: false },
    ...(byteUrl !== undefined ? [{ name: 'C byte-forwarding proxy (the hop itself)', url: byteUrl, api: false }] : []),
    { name: 'Node, raw TCP bytes forwarded (net)', url: floors.net.url, api: false },
    { name: 'Node HTTP server + client, answer piped unread', url: floors.pipe.url, api: false },
    { name: 'Node HTTP, answer parsed and serialised (bench:search floor)', url: floors.parse.url, api: false },
    { name: 'GET /api/search (the server)', url: api.url, api: true },
  ];
  const agents = rungs.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const send = (r: number, k: number): Promise<void> =>
    new Promise((done, fail) => {
      const rung = rungs[r]!;
      const req = rung.api ? apiRequests[k]! : directRequests[k]!;
      const body = 'body' in req ? req.body : undefined;
      const outgoing = http.request(`${rung.url}${req.path}`, { method: req.method, agent: agents[r], headers: { ...('headers' in req ? req.headers : {}), ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? done() : fail(new Error(`${rung.name}: ${res.statusCode}`))));
      });
      outgoing.on('error', fail);
      outgoing.end(body);
    });
  const gaps = rungs.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS + mix.length; round++) {
    const k = round % mix.length;
    const took: number[] = [];
    for (let r = 0; r < rungs.length; r++) {
      const t0 = performance.now();
      await send(r, k);
      took.push(performance.now() - t0);
    }
    if (round < mix.length) continue; // the first round opens the connections
    for (let r = 1; r < rungs.length; r++) gaps[r]!.push(took[r]! - took[0]!);
  }
  for (const agent of agents) agent.destroy();
  say('');
  say(`| rung (${ROUNDS} interleaved rounds of the ${mix.length}-search mix) | median per-search difference to direct |`);
  say('|---|---:|');
  for (let r = 1; r < rungs.length; r++) say(`| ${rungs[r]!.name} | +${percentile([...gaps[r]!].sort((a, b) => a - b), 50).toFixed(2)} ms |`);
  say(`load average after: ${loadAverage()}`);
} finally {
  byteProxy?.kill();
  await Promise.all(servers.map((s) => s.stop()));
  await corpus.engine.stop();
}
