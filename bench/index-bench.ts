/**
 * One run of `npm run bench:index` (bench/index-runs.ts repeats it): the indexer against Meilisearch alone, side by
 * side, on the same machine and engine.
 *
 * 1. A fresh embedded Meilisearch (temporary data folder), or BENCH_MEILI_URL + MEILI_MASTER_KEY.
 * 2. The pipeline, the same code path as `npm run index -- --rebuild` (real default tagger, worker threads),
 *    indexes the Reuters part 1 and Wikinews files into a fresh index; time, articles/s, passages/s, peak RSS.
 * 3. The passage documents it produced are read back from the index and written to NDJSON.
 * 4. Meilisearch alone: a fresh index with the same settings and synonyms ingests that NDJSON through its own
 *    document endpoint (large payloads, all enqueued at once), timed until every task has succeeded.
 * 5. ratio = pipeline time / Meilisearch-alone time (the bar: ≤ 1.3), and data.ms size per passage.
 *
 * Options: `-- PATHS…` to index other files; BENCH_TAG_WORKERS, BENCH_NICE, BENCH_BATCH_SIZE, BENCH_FIRST_BATCH
 * (passages in the first batch) to tune.
 *
 * BENCH_FLOOR=1 adds a diagnostic third run, the pipeline's floor: the same pipeline into a third index, with the
 * tags the first run computed replayed instead of computed (same documents, same Meilisearch work, no tagging CPU).
 * It says what the pipeline's own machinery (reading, parsing, chunking, batching, uploads, overlap) costs against
 * Meilisearch alone, apart from the tagger. Recording the tags holds them in memory, so that mode's peak RSS is not
 * the figure of record.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { rebuildUid } from '../indexer/rebuild.js';
import { runIndex } from '../indexer/run-index.js';
import { createTagPool, defaultTagWorkers, inlineTagPool, type TagPool } from '../indexer/tag-pool.js';
import type { ArticleTagging } from '../indexer/tag/tag-article.js';
import { createProgress } from '../indexer/progress.js';
import { DEFAULT_INDEXER_NICENESS } from '../indexer/cpu-priority.js';
import { wordSettings } from '../indexer/word-settings.js';
import { DEFAULT_ALIAS_FILE, defaultTagger } from '../indexer/tag/default-tagger.js';
import { loadAliasFile } from '../indexer/tag/aliases.js';
import { createMeiliClient } from '../src/meili/client.js';
import { startEmbeddedMeili } from '../src/meili/embedded.js';
import { indexSettings } from '../src/meili/index-settings.js';
import { projectRoot } from '../src/project-root.js';

const corpus = resolve(projectRoot, '../shared/corpus');
const args = process.argv.slice(2);
const paths = args.length > 0 ? args : [join(corpus, 'reuters21578/reuters-part1.articles.jsonl'), join(corpus, 'wikinews')];
for (const p of paths) statSync(p); // fail early, naming the missing path

const work = mkdtempSync(join(tmpdir(), 'dispatch-bench-'));
const external = process.env.BENCH_MEILI_URL;
const engine = external === undefined ? await startEmbeddedMeili({ dataDir: work, reuse: false }) : undefined;
const url = external ?? engine!.url;
const key = external === undefined ? engine!.masterKey : process.env.MEILI_MASTER_KEY;
const endpoint = { url, masterKey: key, embedded: false, stop: async () => {} };
const { client, close } = createMeiliClient({ host: url, apiKey: key, timeoutMs: 120_000 });
const PIPELINE = 'bench-pipeline';
const ALONE = 'bench-alone';
const FLOOR = 'bench-floor';
const dataMs = join(work, 'meili', 'data.ms');
/** Disk really used by data.ms (blocks, not the apparent size of LMDB's sparse map files). */
const duBytes = (): number => 1024 * Number(execFileSync('du', ['-sk', dataMs]).toString().split('\t')[0]);

/**
 * CPU seconds the embedded Meilisearch has used so far (Linux /proc; utime + stime in clock ticks of 1/100 s), so the
 * bench can say how much of the two cores each side took. undefined with an external Meilisearch.
 */
const meiliCpuSeconds = (): number | undefined => {
  try {
    const { pid } = JSON.parse(readFileSync(join(work, 'meili', 'instance.json'), 'utf8')) as { pid: number };
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
};
const ownCpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

try {
  const envInt = (name: string, min: number): number | undefined => {
    const raw = process.env[name];
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) < min) throw new Error(`${name}: expected a whole number from ${min}, got ${JSON.stringify(raw)}`);
    return Number(raw);
  };
  const tagWorkers = envInt('BENCH_TAG_WORKERS', 0);
  const niceness = envInt('BENCH_NICE', 0);
  const batchSize = envInt('BENCH_BATCH_SIZE', 1);
  const firstBatchSize = envInt('BENCH_FIRST_BATCH', 1);
  process.stderr.write(`pipeline: indexing ${paths.join(' ')}\n`);
  const floor = process.env.BENCH_FLOOR === '1';
  const recorded = new Map<string, ArticleTagging>();
  const tagKey = (input: { title: string; body: string }): string => `${input.title}\u0000${input.body}`;
  let recordingPool: TagPool | undefined;
  if (floor) {
    const workers = tagWorkers ?? defaultTagWorkers();
    const pool = workers > 0 ? await createTagPool(workers) : inlineTagPool(defaultTagger().tagger);
    recordingPool = { ...pool, tag: async (input) => { const t = await pool.tag(input); recorded.set(tagKey(input), t); return t; } };
  }
  const cpuStart = { own: ownCpuSeconds(), meili: meiliCpuSeconds() };
  const wallStart = Date.now();
  const summary = await runIndex({
    endpoint,
    index: PIPELINE,
    paths,
    rebuild: true,
    progress: createProgress({ intervalMs: 10_000 }),
    ...(tagWorkers !== undefined ? { tagWorkers } : {}),
    // As `npm run index` runs (its --nice default); BENCH_NICE=0 for the pipeline at normal priority.
    niceness: niceness ?? DEFAULT_INDEXER_NICENESS,
    ...(batchSize !== undefined ? { batchSize } : {}),
    ...(firstBatchSize !== undefined ? { firstBatchSize } : {}),
    ...(recordingPool !== undefined ? { tagPool: recordingPool } : {}),
  });
  const wallEnd = Date.now();
  await recordingPool?.close();
  if (summary === undefined) throw new Error('nothing indexed');
  const peakRss = Math.round(process.resourceUsage().maxRSS / 1024);
  const pipelineSeconds = summary.seconds;
  const meiliAfterPipeline = meiliCpuSeconds();
  const pipelineCpu = {
    indexer: ownCpuSeconds() - cpuStart.own,
    meilisearch: meiliAfterPipeline !== undefined && cpuStart.meili !== undefined ? meiliAfterPipeline - cpuStart.meili : undefined,
  };
  const diskBefore = external === undefined ? duBytes() : undefined;

  // The very documents the pipeline produced, as Meilisearch holds them.
  const ndjson = join(work, 'passages.ndjson');
  const out = createWriteStream(ndjson);
  const index = client.index(PIPELINE);
  let dumped = 0;
  for (let offset = 0; ; offset += 10_000) {
    const page = await index.getDocuments({ offset, limit: 10_000 });
    for (const doc of page.results) out.write(JSON.stringify(doc) + '\n');
    dumped += page.results.length;
    if (page.results.length < 10_000) break;
  }
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
  const stats = await index.getStats();
  const global = (await client.getStats()) as { databaseSize: number; usedDatabaseSize?: number };

  // Meilisearch alone: same settings, same word settings (synonyms, exact words), same documents, its own endpoint, ~20 MB payloads.
  const alone = client.index(ALONE);
  await client.tasks.waitForTask((await client.createIndex(ALONE, { primaryKey: 'id' })).taskUid, { timeout: 60_000 });
  const words = wordSettings(loadAliasFile(DEFAULT_ALIAS_FILE));
  await client.tasks.waitForTask((await alone.updateSettings({ ...indexSettings, ...words })).taskUid, { timeout: 60_000 });
  const payloads = splitNdjson(ndjson, 20 * 1024 * 1024);
  const aloneCpuStart = meiliCpuSeconds();
  const t0 = performance.now();
  const uids: number[] = [];
  for (const body of payloads) {
    const res = await fetch(`${url}/indexes/${ALONE}/documents?primaryKey=id`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: body.toString("utf8"),
    });
    if (!res.ok) throw new Error(`ingest: ${res.status} ${await res.text()}`);
    uids.push(((await res.json()) as { taskUid: number }).taskUid);
  }
  for (const uid of uids) {
    const task = await settled(uid);
    if (task.status !== 'succeeded') throw new Error(`ingest task ${uid} ${task.status}: ${task.error?.message}`);
  }
  const aloneSeconds = (performance.now() - t0) / 1000;
  const aloneCpuEnd = meiliCpuSeconds();
  const aloneMeiliCpu = aloneCpuEnd !== undefined && aloneCpuStart !== undefined ? aloneCpuEnd - aloneCpuStart : undefined;
  const aloneDocs = (await alone.getStats()).numberOfDocuments;

  // The floor (BENCH_FLOOR=1): the pipeline again, tags replayed, into a third index.
  let floorResult: { seconds: number; ratio: number; indexerCpu: number; meiliCpu: number | undefined; batches: Awaited<ReturnType<typeof indexingBatches>> } | undefined;
  if (floor) {
    await client.tasks.waitForTask((await client.deleteIndex(ALONE)).taskUid, { timeout: 60_000 });
    const replay: TagPool = {
      size: 0,
      tag: async (input) => {
        const t = recorded.get(tagKey(input));
        if (t === undefined) throw new Error('floor: no recorded tags for an article');
        return t;
      },
      close: async () => {},
    };
    const start = { own: ownCpuSeconds(), meili: meiliCpuSeconds() };
    const floorSummary = await runIndex({ endpoint, index: FLOOR, paths, rebuild: true, tagPool: replay, ...(batchSize !== undefined ? { batchSize } : {}), ...(firstBatchSize !== undefined ? { firstBatchSize } : {}) });
    if (floorSummary === undefined || floorSummary.passages !== summary.passages) throw new Error(`floor: ${floorSummary?.passages} passages, the pipeline ${summary.passages}`);
    const meiliEnd = meiliCpuSeconds();
    floorResult = {
      seconds: Number(floorSummary.seconds.toFixed(2)),
      ratio: Number((floorSummary.seconds / aloneSeconds).toFixed(2)),
      indexerCpu: Number((ownCpuSeconds() - start.own).toFixed(1)),
      meiliCpu: meiliEnd !== undefined && start.meili !== undefined ? Number((meiliEnd - start.meili).toFixed(1)) : undefined,
      batches: await indexingBatches(rebuildUid(FLOOR)),
    };
  }

  const pipelineBatches = await indexingBatches(rebuildUid(PIPELINE));
  const aloneBatches = await indexingBatches(ALONE);
  const articles = summary.articles;
  const passages = summary.passages;
  const round = (n: number, d = 1): string => n.toFixed(d);
  // Where the pipeline's wall time went, from Meilisearch's own batch clock (same machine, same clock): waiting for
  // the first upload, indexing (busy or idle between batches), and after the last batch until the run returned.
  const busy = pipelineBatches.reduce((sum, b) => sum + (b.finishedAt - b.startedAt), 0) / 1000;
  const timeline = pipelineBatches.length === 0 ? undefined : {
    firstBatchStartsSeconds: Number(round((pipelineBatches[0]!.startedAt - wallStart) / 1000, 2)),
    lastBatchEndsSeconds: Number(round((pipelineBatches.at(-1)!.finishedAt - wallStart) / 1000, 2)),
    pipelineEndsSeconds: Number(round((wallEnd - wallStart) / 1000, 2)),
    meiliBusySeconds: Number(round(busy, 2)),
  };
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${round(totalmem() / 2 ** 30)} GiB, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
  const result = {
    machine,
    inputs: paths.map((p) => p.replace(corpus, '../shared/corpus')),
    articles,
    passages,
    skipped: summary.skipped.length,
    pipelineSeconds: Number(round(pipelineSeconds, 2)),
    articlesPerSecond: Math.round(articles / pipelineSeconds),
    passagesPerSecond: Math.round(passages / pipelineSeconds),
    peakRssMB: peakRss,
    meiliAloneSeconds: Number(round(aloneSeconds, 2)),
    meiliAloneDocuments: aloneDocs,
    dumpedDocuments: dumped,
    ratio: Number(round(pipelineSeconds / aloneSeconds, 2)),
    cpuSeconds: {
      pipelineIndexer: Number(round(pipelineCpu.indexer)),
      pipelineMeilisearch: pipelineCpu.meilisearch === undefined ? undefined : Number(round(pipelineCpu.meilisearch)),
      aloneMeilisearch: aloneMeiliCpu === undefined ? undefined : Number(round(aloneMeiliCpu)),
    },
    dataMsBytesAfterPipeline: diskBefore,
    dataMsBytesPerPassage: diskBefore === undefined ? undefined : Math.round(diskBefore / passages),
    rawDocumentDbBytes: stats.rawDocumentDbSize,
    meiliUsedDatabaseBytes: global.usedDatabaseSize,
    meiliDatabaseBytes: global.databaseSize,
    meiliBatches: { pipeline: pipelineBatches, alone: aloneBatches },
    timeline,
    floor: floorResult,
    tagWorkers: tagWorkers ?? 'default',
    niceness: summary.niceness,
    batchSize: batchSize ?? 'default',
    firstBatchSize: firstBatchSize ?? 'default',
  };
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  // For bench/index-runs.ts, which runs this several times and reports the median.
  if (process.env.BENCH_RESULT_FILE !== undefined) writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify(result));
  process.stdout.write(
    `\n${machine}\npipeline: ${articles} articles, ${passages} passages in ${round(pipelineSeconds)} s ` +
      `(${result.articlesPerSecond} articles/s, ${result.passagesPerSecond} passages/s), peak RSS ${peakRss} MB\n` +
      `Meilisearch alone: ${aloneDocs} passages in ${round(aloneSeconds)} s\nratio pipeline / Meilisearch alone: ${result.ratio}\n` +
      `CPU seconds: pipeline indexer ${result.cpuSeconds.pipelineIndexer}, Meilisearch during the pipeline ${result.cpuSeconds.pipelineMeilisearch ?? '?'}, ` +
      `Meilisearch alone ${result.cpuSeconds.aloneMeilisearch ?? '?'} (2 cores = ${round(2 * pipelineSeconds)} CPU-s in the pipeline's wall time)\n` +
      (timeline === undefined
        ? ''
        : `timeline of the pipeline (s from its start): first indexing batch starts ${timeline.firstBatchStartsSeconds}, last one ends ${timeline.lastBatchEndsSeconds}, ` +
          `the run returns ${timeline.pipelineEndsSeconds}; Meilisearch indexing ${timeline.meiliBusySeconds} s of it\n`) +
      `Meilisearch indexing batches (documents/seconds): pipeline ${pipelineBatches.map((b) => `${b.documents}/${b.seconds}`).join(', ')}; alone ${aloneBatches.map((b) => `${b.documents}/${b.seconds}`).join(', ')}\n` +
      (floorResult === undefined
        ? ''
        : `floor (the pipeline with its tags replayed, not computed): ${floorResult.seconds} s, ratio ${floorResult.ratio}; CPU seconds indexer ${floorResult.indexerCpu}, ` +
          `Meilisearch ${floorResult.meiliCpu ?? '?'}; batches ${floorResult.batches.map((b) => `${b.documents}/${b.seconds}`).join(', ')}\n`),
  );
} finally {
  close();
  await engine?.stop();
  if (process.env.BENCH_KEEP === undefined) rmSync(work, { recursive: true, force: true });
}

/**
 * The document-indexing batches Meilisearch ran for one index, oldest first: how many documents each took in and
 * how long it ran (Meilisearch merges tasks enqueued while it is busy into one batch).
 */
async function indexingBatches(indexUid: string): Promise<{ documents: number; tasks: number; seconds: number; startedAt: number; finishedAt: number }[]> {
  const res = await fetch(`${url}/batches?limit=1000`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  const { results } = (await res.json()) as {
    results: { duration: string | null; startedAt: string; finishedAt: string | null; details?: { receivedDocuments?: number }; stats: { totalNbTasks: number; types: Record<string, number>; indexUids: Record<string, number> } }[];
  };
  return results
    .filter((b) => b.stats.types.documentAdditionOrUpdate !== undefined && b.stats.indexUids[indexUid] !== undefined)
    .reverse()
    .map((b) => ({
      documents: b.details?.receivedDocuments ?? 0,
      tasks: b.stats.totalNbTasks,
      seconds: Number(isoSeconds(b.duration ?? 'PT0S').toFixed(1)),
      startedAt: Date.parse(b.startedAt),
      finishedAt: b.finishedAt === null ? Number.NaN : Date.parse(b.finishedAt),
    }));
}

/** `isoSeconds('PT1M2.5S')` → 62.5 */
function isoSeconds(duration: string): number {
  const m = /PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?/.exec(duration);
  return m === null ? 0 : Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/**
 * Polls one task every 50 ms until it has ended. Not the client's waitForTask: meilisearch-js (0.62) adds an abort
 * listener to its timeout signal on every poll and removes it only at the end, so a long wait trips Node's
 * MaxListenersExceededWarning.
 */
async function settled(uid: number): Promise<{ status: string; error?: { message: string } | null }> {
  for (;;) {
    const task = await client.tasks.getTask(uid);
    if (task.status !== 'enqueued' && task.status !== 'processing') return task;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The NDJSON file cut at line ends into payloads of about `size` bytes. */
function splitNdjson(file: string, size: number): Buffer[] {
  const all = readFileSync(file);
  const parts: Buffer[] = [];
  let start = 0;
  while (start < all.length) {
    let end = Math.min(all.length, start + size);
    if (end < all.length) end = all.indexOf(10, end) + 1 || all.length;
    parts.push(all.subarray(start, end));
    start = end;
  }
  return parts;
}
