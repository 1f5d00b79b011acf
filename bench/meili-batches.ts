/**
 * `npm run bench:batches`: what Meilisearch's own indexing costs when the same passages come in many batches, as the
 * pipeline sends them while it tags, rather than in two payloads, as `bench:index` feeds Meilisearch alone.
 *
 * The passages are the bench corpus's (bench/search-corpus.ts, indexed once into `.data/bench`). On a fresh embedded
 * Meilisearch, each schedule indexes them into a new index with the product's settings and synonyms:
 * - `two`: two payloads enqueued at once (the way bench:index times Meilisearch alone);
 * - `seq2000`: 500, then 2,000 at a time, each sent when the one before has been indexed (the pipeline's batch size
 *   when Meilisearch keeps pace with the tagger);
 * - `growing`: 500, 1,000, 2,000, 4,000, 8,000, then the rest, each sent when the one before has been indexed.
 * No tagging runs meanwhile, so the difference is Meilisearch's cost per batch alone. The schedules alternate
 * (`BENCH_ROUNDS` rounds, default 2) because this VM's speed drifts from minute to minute. Prints wall and CPU
 * seconds of each, and Meilisearch's batch durations.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ALIAS_FILE } from '../indexer/tag/default-tagger.js';
import { loadAliasFile } from '../indexer/tag/aliases.js';
import { wordSettings } from '../indexer/word-settings.js';
import { createMeiliClient } from '../src/meili/client.js';
import { startEmbeddedMeili } from '../src/meili/embedded.js';
import { indexSettings } from '../src/meili/index-settings.js';
import { openBenchCorpus } from './search-corpus.js';

const SCHEDULES: Record<string, { sizes: number[]; sequential: boolean }> = {
  two: { sizes: [], sequential: false },
  seq2000: { sizes: [500, 2000], sequential: true },
  growing: { sizes: [500, 1000, 2000, 4000, 8000, Infinity], sequential: true },
};
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`BENCH_ROUNDS: expected a whole number from 1, got ${process.env.BENCH_ROUNDS}`);

const passages = await readBenchPassages();
const work = mkdtempSync(join(tmpdir(), 'dispatch-batches-'));
const engine = await startEmbeddedMeili({ dataDir: work, reuse: false });
const { client, close } = createMeiliClient({ host: engine.url, apiKey: engine.masterKey, timeoutMs: 120_000 });
const auth = { authorization: `Bearer ${engine.masterKey}` };
const words = wordSettings(loadAliasFile(DEFAULT_ALIAS_FILE));
/** CPU seconds the engine has used so far (utime + stime, clock ticks of 1/100 s). */
const engineCpu = (): number => {
  const { pid } = JSON.parse(readFileSync(join(work, 'meili', 'instance.json'), 'utf8')) as { pid: number };
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

console.log(`${passages.length} passages; schedules ${Object.keys(SCHEDULES).join(', ')}, alternating, ${rounds} rounds`);
const rows: string[] = [];
try {
  let n = 0;
  for (let round = 1; round <= rounds; round++) {
    for (const [name, schedule] of Object.entries(SCHEDULES)) {
      const r = await run(`batches-${n++}`, schedule);
      rows.push(`| ${round} | ${name} | ${r.seconds.toFixed(1)} | ${r.cpu.toFixed(1)} | ${r.batches.length} | ${r.batches.map((b) => b.toFixed(1)).join(' ')} |`);
      console.log(rows.at(-1));
    }
  }
} finally {
  close();
  await engine.stop();
  rmSync(work, { recursive: true, force: true });
}
console.log(`\n| round | schedule | wall s | Meilisearch CPU-s | batches | each batch, s |\n|---|---|---:|---:|---:|---|\n${rows.join('\n')}`);

async function run(uid: string, schedule: { sizes: number[]; sequential: boolean }): Promise<{ seconds: number; cpu: number; batches: number[] }> {
  await settle((await client.createIndex(uid, { primaryKey: 'id' })).taskUid);
  await settle((await client.index(uid).updateSettings({ ...indexSettings, ...words })).taskUid);
  const cpu0 = engineCpu();
  const t0 = performance.now();
  const enqueued: number[] = [];
  if (schedule.sequential) {
    for (let at = 0, i = 0; at < passages.length; i++) {
      const size = schedule.sizes[Math.min(i, schedule.sizes.length - 1)]!;
      await settle(await post(uid, passages.slice(at, at + size)));
      at += size;
    }
  } else {
    const half = Math.ceil(passages.length / 2);
    enqueued.push(await post(uid, passages.slice(0, half)), await post(uid, passages.slice(half)));
    for (const task of enqueued) await settle(task);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = engineCpu() - cpu0;
  const res = await fetch(`${engine.url}/batches?limit=100`, { headers: auth });
  const { results } = (await res.json()) as { results: { stats: { indexUids: Record<string, number>; totalNbTasks: number; types: Record<string, number> }; duration: string | null }[] };
  const batches = results
    .filter((b) => b.stats.indexUids[uid] !== undefined && b.stats.types.documentAdditionOrUpdate !== undefined)
    .reverse()
    .map((b) => Number(/PT([\d.]+)S/.exec(b.duration ?? '')?.[1] ?? NaN));
  await settle((await client.deleteIndex(uid)).taskUid);
  return { seconds, cpu, batches };
}

async function post(uid: string, lines: string[]): Promise<number> {
  const res = await fetch(`${engine.url}/indexes/${uid}/documents?primaryKey=id`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson', ...auth }, body: lines.join('\n') });
  if (!res.ok) throw new Error(`ingest: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { taskUid: number }).taskUid;
}

async function settle(taskUid: number): Promise<void> {
  for (;;) {
    const task = await client.tasks.getTask(taskUid);
    if (task.status === 'succeeded') return;
    if (task.status === 'failed' || task.status === 'canceled') throw new Error(`task ${taskUid} ${task.status}: ${task.error?.message}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The bench corpus's passage documents, one JSON line each, in the order Meilisearch lists them. */
async function readBenchPassages(): Promise<string[]> {
  const corpus = await openBenchCorpus((line) => console.log(line));
  const { client: reader, close: closeReader } = createMeiliClient({ host: corpus.engine.url, apiKey: corpus.engine.masterKey, timeoutMs: 120_000 });
  try {
    const lines: string[] = [];
    for (let offset = 0; ; offset += 10_000) {
      const page = await reader.index(corpus.index).getDocuments({ offset, limit: 10_000 });
      for (const doc of page.results) lines.push(JSON.stringify(doc));
      if (page.results.length < 10_000) return lines;
    }
  } finally {
    closeReader();
    await corpus.engine.stop();
  }
}
