import autocannon from 'autocannon';
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMeiliClient } from '../src/meili/client.js';
import { ensureSearchKey } from '../src/meili/search-key.js';
import { planPassageMatches } from '../src/search/search-request.js';
import { BENCH_DATA_DIR, openBenchCorpus } from './search-corpus.js';
import { loadAverage, machineLine } from './search-machine.js';
import { searchMix, type MixEntry } from './search-mix.js';
import { startBenchServer } from './search-server.js';
import { percentile } from './search-stats.js';

/**
 * `npm run bench:search`: direct Meilisearch, `/api/search` and the HTML page `/`, side by side, in one run, with
 * the same searches (the direct requests are the very multi-search bodies planSearch() builds for the server), at
 * 1 and at 32 connections (autocannon), plus a sequential 1-connection latency probe with sub-millisecond
 * resolution (autocannon's histogram counts whole milliseconds). Environment: BENCH_SECONDS (per run, default 10),
 * BENCH_PROBE (probe requests, default 400).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PROBE = Number(process.env.BENCH_PROBE ?? 400);

type Target = 'direct' | 'api' | 'page';
interface Figures {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  non2xx: number;
}

const say = (line: string): void => {
  process.stdout.write(line + '\n');
};

say(`machine: ${machineLine()}`);
if (Number(loadAverage()) > 1) say(`note: load average ${loadAverage()} > 1 before the run: other jobs share the CPU, figures will be low`);
const corpus = await openBenchCorpus(say);
const admin = createMeiliClient({ host: corpus.engine.url, apiKey: corpus.engine.masterKey, timeoutMs: 30_000 });
const searchKey = await ensureSearchKey(admin.client, corpus.index);
const mix = await searchMix(admin.client, corpus.index);
admin.close();
say(`corpus: ${corpus.documents} passages (${corpus.index}), ${mix.length} searches in the mix; ${SECONDS} s a run`);

const server = await startBenchServer({
  meiliUrl: corpus.engine.url,
  masterKey: corpus.engine.masterKey,
  index: corpus.index,
  logFile: resolve(BENCH_DATA_DIR, 'server.log'),
});

function requestsFor(target: Target): autocannon.Request[] {
  return mix.map((m: MixEntry) =>
    target === 'direct'
      ? { method: 'POST', path: '/multi-search', headers: { authorization: `Bearer ${searchKey}`, 'content-type': 'application/json' }, body: m.directBody }
      : { method: 'GET', path: `${target === 'api' ? '/api/search' : '/'}${m.query === '' ? '' : `?${m.query}`}` },
  );
}
const baseUrl = (target: Target): string => (target === 'direct' ? corpus.engine.url : server.url);

async function load(target: Target, connections: number, seconds: number): Promise<Figures> {
  const result = await autocannon({ url: baseUrl(target), connections, duration: seconds, requests: requestsFor(target) });
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/** Sequential requests on one keep-alive connection, timed with performance.now(): p50/p99 to the microsecond. */
async function probe(target: Target, n: number): Promise<{ p50: number; p99: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const requests = requestsFor(target);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = requests[i % requests.length]!;
    const t0 = performance.now();
    await new Promise<void>((done, fail) => {
      const req = http.request(`${baseUrl(target)}${r.path}`, { method: r.method, headers: { ...r.headers, ...(r.body !== undefined ? { 'content-length': String(Buffer.byteLength(r.body as string)) } : {}) }, agent }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? done() : fail(new Error(`${target} ${r.path}: ${res.statusCode}`))));
      });
      req.on('error', fail);
      req.end(r.body as string | undefined);
    });
    if (i >= requests.length) samples.push(performance.now() - t0);
  }
  agent.destroy();
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** POST one multi-search body to the engine on a keep-alive agent; the parsed response. */
function postDirect(agent: http.Agent, body: string): Promise<{ results: { hits: { articleId: string }[] }[] }> {
  return new Promise((done, fail) => {
    const req = http.request(`${corpus.engine.url}/multi-search`, { method: 'POST', agent, headers: { authorization: `Bearer ${searchKey}`, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => (res.statusCode === 200 ? done(JSON.parse(Buffer.concat(chunks).toString('utf8'))) : fail(new Error(`direct: ${res.statusCode}`))));
    });
    req.on('error', fail);
    req.end(body);
  });
}

/**
 * The same Meilisearch work as the search page does for one search, sent directly: planSearch's multi-search, then,
 * for a text query with hits, the matched-passages query (planPassageMatches). The API makes only the first request
 * (matched passages are opt-in there), so it is compared with plain direct searches.
 */
async function probeDirectSameWork(n: number): Promise<{ p50: number; p99: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const m = mix[i % mix.length]!;
    const t0 = performance.now();
    const first = await postDirect(agent, m.directBody);
    const ids = first.results[0]?.hits.map((h) => h.articleId) ?? [];
    if (m.state.q.trim() !== '' && ids.length > 0) await postDirect(agent, JSON.stringify({ queries: [planPassageMatches(m.state, corpus.index, ids)] }));
    if (i >= mix.length) samples.push(performance.now() - t0);
  }
  agent.destroy();
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/**
 * autocannon requests doing the server's Meilisearch work directly: each search's multi-search, then for a text
 * query its matched-passages query on the ids the first answered. Returns the requests and how many searches they are.
 */
function sameWorkRequests(): { requests: autocannon.Request[]; searches: number } {
  const headers = { authorization: `Bearer ${searchKey}`, 'content-type': 'application/json' };
  const requests: autocannon.Request[] = [];
  for (const m of mix) {
    requests.push({
      method: 'POST', path: '/multi-search', headers, body: m.directBody,
      onResponse: (_status, body, context) => {
        const parsed = JSON.parse(body) as { results: { hits: { articleId: string }[] }[] };
        (context as { ids?: string[] }).ids = parsed.results[0]?.hits.map((h) => h.articleId) ?? [];
      },
    });
    if (m.state.q.trim() !== '') {
      requests.push({
        method: 'POST', path: '/multi-search', headers,
        setupRequest: (req, context) => ({ ...req, body: JSON.stringify({ queries: [planPassageMatches(m.state, corpus.index, (context as { ids?: string[] }).ids ?? [])] }) }),
      });
    }
  }
  return { requests, searches: mix.length };
}

async function loadSameWork(connections: number, seconds: number): Promise<Figures> {
  const { requests, searches } = sameWorkRequests();
  const result = await autocannon({ url: corpus.engine.url, connections, duration: seconds, requests });
  // Throughput in searches, like the server's: requests a second × searches per request.
  return { p50: result.latency.p50, p99: result.latency.p99, rps: (result.requests.average * searches) / requests.length, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

const targets: Target[] = ['direct', 'api', 'page'];
const label: Record<Target, string> = { direct: 'Meilisearch direct (POST /multi-search)', api: 'GET /api/search', page: 'GET / (HTML page)' };
const results: Record<string, Figures> = {};
const probes: Record<string, { p50: number; p99: number }> = {};
try {
  for (const target of targets) await load(target, 8, 2); // warm-up: JIT, template cache, sockets
  for (const target of targets) probes[target] = await probe(target, PROBE);
  probes.directSameWork = await probeDirectSameWork(PROBE);
  for (const connections of [1, 32]) {
    for (const target of targets) {
      results[`${target}@${connections}`] = await load(target, connections, SECONDS);
      say(`  ${label[target]} @${connections}: done (load ${loadAverage()})`);
    }
    if (connections === 32) results['same@32'] = await loadSameWork(32, SECONDS);
  }
} finally {
  await server.stop();
  await corpus.engine.stop();
}

const f = (n: number, digits = 2): string => n.toFixed(digits);
say('');
say('| target | conns | p50 ms | p99 ms | req/s | vs direct req/s | errors + non-2xx |');
say('|---|---:|---:|---:|---:|---:|---:|');
for (const connections of [1, 32]) {
  for (const target of targets) {
    const r = results[`${target}@${connections}`]!;
    const d = results[`direct@${connections}`]!;
    say(`| ${label[target]} | ${connections} | ${r.p50} | ${r.p99} | ${f(r.rps, 0)} | ${target === 'direct' ? '—' : `${f((100 * r.rps) / d.rps, 0)} %`} | ${r.errors + r.non2xx} |`);
  }
}
const same32 = results['same@32']!;
say(`| Meilisearch direct, the page's round trips, in searches/s | 32 | (per request) ${same32.p50} | ${same32.p99} | ${f(same32.rps, 0)} | page ${f((100 * results['page@32']!.rps) / same32.rps, 0)} % | ${same32.errors + same32.non2xx} |`);
say('');
say(`sequential probe, 1 connection, ${PROBE} requests (ms, sub-millisecond resolution):`);
say('| target | p50 ms | p99 ms | p50 − direct |');
say('|---|---:|---:|---:|');
for (const target of targets) {
  const p = probes[target]!;
  say(`| ${label[target]} | ${f(p.p50)} | ${f(p.p99)} | ${target === 'direct' ? '—' : `+${f(p.p50 - probes.direct!.p50)}`} |`);
}
const same = probes.directSameWork!;
say(`| Meilisearch direct, the page's round trips (planSearch + planPassageMatches for text queries) | ${f(same.p50)} | ${f(same.p99)} | — |`);
say(`page p50 − direct p50 with the same round trips: +${f(probes.page!.p50 - same.p50)} ms`);
const apiGap = probes.api!.p50 - probes.direct!.p50;
const apiShare = results['api@32']!.rps / results['direct@32']!.rps;
const pageShare = results['page@32']!.rps / results['direct@32']!.rps;
say('');
say(`bars: /api/search p50 − direct p50 at 1 connection = ${f(apiGap)} ms (≤ 2: ${apiGap <= 2 ? 'met' : 'NOT met'}); ` +
  `/api/search at 32 = ${f(100 * apiShare, 0)} % of direct (≥ 75: ${apiShare >= 0.75 ? 'met' : 'NOT met'}); ` +
  `page at 32 = ${f(100 * pageShare, 0)} % of direct (≥ 60: ${pageShare >= 0.6 ? 'met' : 'NOT met'})`);
say(`load average after: ${loadAverage()}`);
writeFileSync(resolve(BENCH_DATA_DIR, 'search-results.json'), JSON.stringify({ machine: machineLine(), seconds: SECONDS, results, probes }, null, 2));
