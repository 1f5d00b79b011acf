import autocannon from 'autocannon';
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMeiliClient } from '../src/meili/client.js';
import { ensureSearchKey } from '../src/meili/search-key.js';
import { MAX_FACET_LIMIT } from '../src/search/api-answer.js';
import { planPassageMatches } from '../src/search/search-request.js';
import { projectRoot } from '../src/project-root.js';
import { BENCH_DATA_DIR, openBenchCorpus } from './search-corpus.js';
import { loadAverage, machineLine } from './search-machine.js';
import { searchMix, type MixEntry } from './search-mix.js';
import { startBenchServer } from './search-server.js';
import { percentile } from './search-stats.js';

/**
 * `npm run bench:search`: direct Meilisearch, `/api/search` and the HTML page `/`, side by side, in one run, with
 * the same searches (the direct requests are the very multi-search bodies planSearch() builds for the server), at
 * 1 and at 32 connections (autocannon), plus a sequential latency probe with sub-millisecond resolution
 * (autocannon's histogram counts whole milliseconds) that interleaves the targets and also times a bare Node proxy
 * (bench/search-floor-proxy.ts): the floor any server process in front of Meilisearch pays here.
 * Environment: BENCH_SECONDS (per run, default 10), BENCH_PROBE (probe rounds, default 400), BENCH_WARMUP (seconds of
 * warm-up at 8 connections for each server process, the floor proxy included, default 5).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PROBE = Number(process.env.BENCH_PROBE ?? 400);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);

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

// The floor: a bare Node proxy in its own process (bench/search-floor-proxy.ts), sent the direct requests.
const floor = await startBenchServer({
  meiliUrl: corpus.engine.url,
  masterKey: corpus.engine.masterKey,
  index: corpus.index,
  logFile: resolve(BENCH_DATA_DIR, 'floor-proxy.log'),
  script: resolve(projectRoot, 'bench/search-floor-proxy.ts'),
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

/** One request on a keep-alive agent, resolved when its whole answer has arrived (any status but 200 fails). */
function timedRequest(agent: http.Agent, target: Target, r: autocannon.Request, url = baseUrl(target)): Promise<void> {
  return new Promise<void>((done, fail) => {
    const req = http.request(`${url}${r.path}`, { method: r.method, headers: { ...r.headers, ...(r.body !== undefined ? { 'content-length': String(Buffer.byteLength(r.body as string)) } : {}) }, agent }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? done() : fail(new Error(`${target} ${r.path}: ${res.statusCode}`))));
    });
    req.on('error', fail);
    req.end(r.body as string | undefined);
  });
}

type ProbeName = Target | 'directSameWork' | 'floor' | 'apiAllFacets';
interface ProbeFigures {
  p50: number;
  p99: number;
  /** Median over searches of (this target's time − direct's time for the same search, sent just before). */
  pairedGap: number;
}

/**
 * Sequential requests timed with performance.now() (p50/p99 to the microsecond), interleaved: for each search of
 * the mix in turn, direct, /api/search, the bare proxy (the floor), the page, direct with the page's round trips, and
 * /api/search with every facet value, each on its own keep-alive connection. A slow patch of the machine then hits every target alike, and the gap is also
 * given as the median of per-search differences.
 */
async function probeInterleaved(n: number): Promise<Record<ProbeName, ProbeFigures>> {
  // Never two targets of the same server process in a row: a request right after another to the same process finds
  // its code and data warm in the CPU caches and ran ~0.5 ms faster here, which would flatter the second one.
  const names: ProbeName[] = ['direct', 'api', 'floor', 'page', 'directSameWork', 'apiAllFacets'];
  const agents = Object.fromEntries(names.map((name) => [name, new http.Agent({ keepAlive: true, maxSockets: 1 })])) as Record<ProbeName, http.Agent>;
  // The API also with every facet value Meilisearch counts (facetLimit=200), as large an answer as before the limit.
  const allFacets = requestsFor('api').map((r) => ({ ...r, path: `${r.path}${r.path!.includes('?') ? '&' : '?'}facetLimit=${MAX_FACET_LIMIT}` }));
  const requests = { direct: requestsFor('direct'), api: requestsFor('api'), apiAllFacets: allFacets, page: requestsFor('page') };
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<ProbeName, number[]>;
  const gaps = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<ProbeName, number[]>;
  for (let i = 0; i < n + mix.length; i++) {
    const k = i % mix.length;
    const took = {} as Record<ProbeName, number>;
    for (const name of names) {
      const t0 = performance.now();
      if (name === 'directSameWork') await sameWorkDirect(agents[name], mix[k]!);
      else if (name === 'floor') await timedRequest(agents[name], 'direct', requests.direct[k]!, floor.url);
      else if (name === 'apiAllFacets') await timedRequest(agents[name], 'api', requests.apiAllFacets[k]!);
      else await timedRequest(agents[name], name, requests[name][k]!);
      took[name] = performance.now() - t0;
    }
    if (i < mix.length) continue; // the first round warms the connections
    for (const name of names) {
      samples[name].push(took[name]);
      gaps[name].push(took[name] - (name === 'page' ? took.directSameWork : took.direct));
    }
  }
  for (const agent of Object.values(agents)) agent.destroy();
  const figures = {} as Record<ProbeName, ProbeFigures>;
  for (const name of names) {
    const sorted = [...samples[name]].sort((a, b) => a - b);
    figures[name] = { p50: percentile(sorted, 50), p99: percentile(sorted, 99), pairedGap: percentile([...gaps[name]].sort((a, b) => a - b), 50) };
  }
  return figures;
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
async function sameWorkDirect(agent: http.Agent, m: MixEntry): Promise<void> {
  const first = await postDirect(agent, m.directBody);
  const ids = first.results[0]?.hits.map((h) => h.articleId) ?? [];
  if (m.state.q.trim() !== '' && ids.length > 0) await postDirect(agent, JSON.stringify({ queries: [planPassageMatches(m.state, corpus.index, ids)] }));
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
let probes: Record<ProbeName, ProbeFigures> | undefined;
try {
  // Warm-up of every process the probe times, the floor proxy too: JIT, template cache, sockets. A Node process that
  // has served only a few dozen requests still runs much of its code unoptimised (measured: ~0.3–0.5 ms more a
  // request after ~100 requests than after 3,000), so a cold floor beside a warm server would flatter the server.
  for (const target of targets) await load(target, 8, WARMUP);
  await autocannon({ url: floor.url, connections: 8, duration: WARMUP, requests: requestsFor('direct') });
  probes = await probeInterleaved(PROBE);
  for (const connections of [1, 32]) {
    for (const target of targets) {
      results[`${target}@${connections}`] = await load(target, connections, SECONDS);
      say(`  ${label[target]} @${connections}: done (load ${loadAverage()})`);
    }
    if (connections === 32) results['same@32'] = await loadSameWork(32, SECONDS);
  }
} finally {
  await server.stop();
  await floor.stop();
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
const probe = probes!;
say(`sequential probe, 1 connection each, ${PROBE} rounds of the six targets interleaved (ms, sub-millisecond resolution):`);
say('| target | p50 ms | p99 ms | p50 − direct p50 | median of per-search differences |');
say('|---|---:|---:|---:|---:|');
for (const target of targets) {
  const p = probe[target];
  const base = target === 'page' ? probe.directSameWork : probe.direct;
  say(`| ${label[target]} | ${f(p.p50)} | ${f(p.p99)} | ${target === 'direct' ? '—' : `+${f(p.p50 - base.p50)}`} | ${target === 'direct' ? '—' : `+${f(p.pairedGap)}`} |`);
}
say(`| GET /api/search?…&facetLimit=${MAX_FACET_LIMIT} (every counted facet value, ~49 KB answers) | ${f(probe.apiAllFacets.p50)} | ${f(probe.apiAllFacets.p99)} | +${f(probe.apiAllFacets.p50 - probe.direct.p50)} | +${f(probe.apiAllFacets.pairedGap)} |`);
say(`| the floor: a bare Node proxy, own process (parse + stringify, nothing else) | ${f(probe.floor.p50)} | ${f(probe.floor.p99)} | +${f(probe.floor.p50 - probe.direct.p50)} | +${f(probe.floor.pairedGap)} |`);
const same = probe.directSameWork;
say(`| Meilisearch direct, the page's round trips (planSearch + planPassageMatches for text queries) | ${f(same.p50)} | ${f(same.p99)} | — | — |`);
say('(the page is compared with direct Meilisearch doing the page\'s round trips; the API with plain direct searches)');
const apiGap = probe.api.p50 - probe.direct.p50;
const apiShare = results['api@32']!.rps / results['direct@32']!.rps;
const pageShare = results['page@32']!.rps / results['direct@32']!.rps;
say('');
say(`bars: /api/search p50 − direct p50 at 1 connection = ${f(apiGap)} ms, median per-search difference ${f(probe.api.pairedGap)} ms (≤ 2: ${Math.max(apiGap, probe.api.pairedGap) <= 2 ? 'met' : 'NOT met'}); ` +
  `/api/search at 32 = ${f(100 * apiShare, 0)} % of direct (≥ 75: ${apiShare >= 0.75 ? 'met' : 'NOT met'}); ` +
  `page at 32 = ${f(100 * pageShare, 0)} % of direct (≥ 60: ${pageShare >= 0.6 ? 'met' : 'NOT met'})`);
say(`load average after: ${loadAverage()}`);
writeFileSync(resolve(BENCH_DATA_DIR, 'search-results.json'), JSON.stringify({ machine: machineLine(), seconds: SECONDS, results, probes }, null, 2));
