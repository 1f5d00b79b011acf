import { resolve } from 'node:path';
import PQueue from 'p-queue';
import type { PassageDocument } from '../src/meili/passage-document.js';
import { articleBody, chunkParagraphs } from './chunk.js';
import { passageDocuments } from './documents.js';
import type { Loader } from './load.js';
import { hash } from './parse/article-id.js';
import { parseArticle } from './parse/parse-article.js';
import { silentProgress, type Progress } from './progress.js';
import { pruneVerdict } from './prune.js';
import type { FieldMap } from './read/field-map.js';
import { readRecords, walkFiles, type InputFile } from './read/read-files.js';
import { currentNiceness } from './cpu-priority.js';
import { describeOrigin, type Skip } from './source-record.js';
import { JOBS_IN_FLIGHT, TagPoolError, type TagPool } from './tag-pool.js';

export interface IndexSummary {
  files: number;
  /** Articles added or replaced. */
  articles: number;
  /** Articles already indexed with the same content. */
  unchanged: number;
  passages: number;
  /** Articles removed by `--prune` (their source is gone). */
  pruned: number;
  /** Files whose articles `--prune` kept because some of their records could not be read this run. */
  pruneHeldBack: string[];
  /** Given paths (absolute), and folders under them, that could not be read at all this run. */
  unreadablePaths: string[];
  /** True when `--rebuild` built a fresh index and swapped it in. */
  rebuilt: boolean;
  skipped: Skip[];
  seconds: number;
  /** Peak resident memory of the indexer process so far, MB. */
  peakRssMB: number;
  /** The CPU niceness the pipeline's thread ran at (0 normal, 19 lowest), as the kernel reports it. */
  niceness: number;
}

export interface PipelineOptions {
  loader: Loader;
  tagPool: TagPool;
  fieldMap?: FieldMap;
  /** Passages a batch (one Meilisearch task): Meilisearch favours fewer, larger payloads. */
  batchSize?: number;
  /**
   * Passages in the first batch (default a quarter of `batchSize`). Meilisearch idles until the first upload, so a
   * small one sets it to work sooner, while the rest is tagged; the first articles also become searchable sooner.
   */
  firstBatchSize?: number;
  /** Batches uploading at once: bounds memory (backpressure) while tagging overlaps uploads. */
  uploadConcurrency?: number;
  /** The index was empty at the start: no need to ask it what it holds. */
  fresh?: boolean;
  /**
   * What besides its text decides an article's tags (taggingFingerprint()): folded into the content hash stored with
   * each article, so an article indexed under other tagging rules, model or aliases counts as changed.
   */
  taggingFingerprint?: string;
  /** Remove the articles whose source, within the given paths, is gone. */
  prune?: boolean;
  progress?: Progress;
  onSkip?: (skip: Skip) => void;
}

interface PreparedArticle {
  id: string;
  contentHash: string;
  sourcePath: string;
  /** The article is its whole file (text, Markdown, HTML): the file's one article, whatever its id. */
  wholeFile: boolean;
  documents: PassageDocument[];
}

export function peakRssMB(): number {
  // maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * read → parse → tag (worker threads) → chunk → batch → upload, as two p-queues: tagging jobs (as many in flight
 * as keep the workers busy) and uploads (a few batches at once). Each stage waits when the next is full, so memory
 * stays bounded however large the input, and tagging goes on while Meilisearch indexes the batches already sent.
 * One bad record is a skip with its file and line; it never stops the rest. A failed upload (after retries) stops
 * the run: what was enqueued stays valid, and the next run resumes (unchanged articles are skipped).
 */
export async function indexPaths(paths: readonly string[], options: PipelineOptions): Promise<IndexSummary> {
  const started = performance.now();
  const { loader, tagPool } = options;
  const progress = options.progress ?? silentProgress;
  const batchSize = options.batchSize ?? 2000;
  const firstBatchSize = options.firstBatchSize ?? Math.ceil(batchSize / 4);
  const uploadConcurrency = options.uploadConcurrency ?? 2;
  const tagConcurrency = Math.max(1, tagPool.size) * JOBS_IN_FLIGHT;
  const tagQueue = new PQueue({ concurrency: tagConcurrency });
  const uploadQueue = new PQueue({ concurrency: uploadConcurrency });
  const summary: IndexSummary = {
    files: 0, articles: 0, unchanged: 0, passages: 0, pruned: 0, pruneHeldBack: [], unreadablePaths: [], rebuilt: false, skipped: [], seconds: 0, peakRssMB: 0,
    niceness: currentNiceness(),
  };
  /** Files (absolute) with a skip: pruning keeps their articles. */
  const filesWithSkips = new Set<string>();
  const skip = (s: Skip): void => {
    summary.skipped.push(s);
    filesWithSkips.add(resolve(s.origin.file));
    options.onSkip?.(s);
  };
  const seen = new Map<string, string>();
  const stats = { bytes: 0, articles: 0, passages: 0 };
  let batch: PreparedArticle[] = [];
  let batchPassages = 0;
  let batchesSent = 0;
  let failure: unknown;

  const upload = async (articles: PreparedArticle[]): Promise<void> => {
    const indexed = options.fresh ? new Map() : await loader.indexedArticles(articles.map((a) => a.id));
    const fresh = articles.filter((a) => {
      const known = indexed.get(a.id);
      // resolve(): paths stored relative to the working folder by earlier versions compare equal to absolute ones.
      return known === undefined || known.contentHash !== a.contentHash || resolve(known.sourcePath) !== a.sourcePath;
    });
    const changed = fresh.filter((a) => indexed.has(a.id)).map((a) => a.id);
    // A file indexed before under another id (its folder was given by another path, so its relative id differs) is
    // the same article: the old id goes with the same delete-then-add, so the file is never there twice.
    const files = fresh.filter((a) => a.wholeFile);
    if (!options.fresh && files.length > 0) {
      const ids = new Set(files.map((a) => a.id));
      for (const other of await loader.articlesFromSources(files.map((a) => a.sourcePath))) if (!ids.has(other.articleId)) changed.push(other.articleId);
    }
    const passages = fresh.reduce((n, a) => n + a.documents.length, 0);
    await loader.replaceArticles(fresh.flatMap((a) => a.documents), changed);
    summary.unchanged += articles.length - fresh.length;
    summary.articles += fresh.length;
    summary.passages += passages;
    stats.articles += articles.length;
    stats.passages += passages;
    progress.update(stats);
  };
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const articles = batch;
    batch = [];
    batchPassages = 0;
    batchesSent++;
    await uploadQueue.onSizeLessThan(uploadConcurrency);
    uploadQueue.add(() => upload(articles)).catch((error: unknown) => {
      failure ??= error;
    });
  };

  // The file list first: its size gives the progress bar a total, and the walk is cheap next to tagging.
  const files: InputFile[] = [];
  const unreadableRoots = new Set<string>();
  const given = new Set(paths.map((p) => resolve(p)));
  for await (const entry of walkFiles(paths)) {
    if ('skip' in entry) {
      skip(entry.skip);
      // A given path that could not be read (not a broken link inside one): prune and rebuild leave it alone. A folder
      // under one that could not be listed: rebuild must not swap in an index without its files either.
      if (given.has(resolve(entry.skip.origin.file)) || entry.skip.origin.folder === true) unreadableRoots.add(resolve(entry.skip.origin.file));
    } else files.push(entry);
  }
  summary.unreadablePaths = [...unreadableRoots];
  progress.start(files.reduce((n, f) => n + f.bytes, 0));
  const onBytes = (n: number): void => {
    stats.bytes += n;
  };

  reading: for (const entry of files) {
    summary.files++;
    for await (const item of readRecords(entry.file, entry.root, { onBytes, ...(options.fieldMap ? { fieldMap: options.fieldMap } : {}) })) {
      if (failure !== undefined) break reading;
      if ('skip' in item) {
        skip(item.skip);
        continue;
      }
      const record = item.record;
      const where = describeOrigin(record.origin);
      let parsed;
      try {
        parsed = parseArticle(record);
      } catch (error) {
        skip({ origin: record.origin, reason: `could not be parsed: ${(error as Error).message}` });
        continue;
      }
      if (!parsed.ok) {
        skip({ origin: record.origin, reason: parsed.reason });
        continue;
      }
      const article = options.taggingFingerprint === undefined ? parsed.article : { ...parsed.article, contentHash: hash(`${parsed.article.contentHash} ${options.taggingFingerprint}`, 16) };
      const first = seen.get(article.id);
      if (first !== undefined) {
        skip({ origin: record.origin, reason: `duplicate article id ${article.id} (first seen at ${first})` });
        continue;
      }
      seen.set(article.id, where);
      await tagQueue.onSizeLessThan(tagConcurrency);
      tagQueue
        .add(async () => {
          const body = articleBody(article.paragraphs);
          // Stored absolute: the same file is the same source whatever folder the indexer runs from.
          const sourcePath = resolve(record.origin.file);
          const published = article.published ? new Date(article.published.epochSeconds * 1000) : undefined;
          let documents: PassageDocument[];
          try {
            const tagging = await tagPool.tag({ title: article.title, body, published });
            documents = passageDocuments(article, tagging, chunkParagraphs(article.paragraphs), sourcePath);
          } catch (error) {
            if (error instanceof TagPoolError) throw error;
            skip({ origin: record.origin, reason: `could not be tagged: ${(error as Error).message}` });
            return;
          }
          batch.push({ id: article.id, contentHash: article.contentHash, sourcePath, wholeFile: record.format !== 'json', documents });
          batchPassages += documents.length;
          if (batchPassages >= (batchesSent === 0 ? firstBatchSize : batchSize)) await flush();
        })
        .catch((error: unknown) => {
          failure ??= error;
        });
    }
  }
  await tagQueue.onIdle();
  await flush();
  await uploadQueue.onIdle();
  if (failure !== undefined) throw failure;
  progress.phase(`waiting for Meilisearch to index (${loader.pendingTasks()} tasks)`);
  await loader.waitForAll();

  if (options.prune) {
    progress.phase('pruning articles whose source is gone');
    const roots = paths.map((p) => resolve(p)).filter((r) => !unreadableRoots.has(r));
    const gone: string[] = [];
    const heldBack = new Set<string>();
    for await (const indexed of loader.listArticles()) {
      const verdict = pruneVerdict(indexed, { roots, seen, heldBack: filesWithSkips });
      if (verdict === 'gone') gone.push(indexed.articleId);
      else if (verdict === 'held back') heldBack.add(indexed.sourcePath);
    }
    await loader.deleteArticles(gone);
    await loader.waitForAll();
    summary.pruned = gone.length;
    summary.pruneHeldBack = [...heldBack].sort();
  }
  progress.stop();
  summary.seconds = (performance.now() - started) / 1000;
  summary.peakRssMB = peakRssMB();
  return summary;
}
