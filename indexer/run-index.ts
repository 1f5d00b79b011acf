import { stat } from 'node:fs/promises';
import type { Logger } from '../src/logger.js';
import { createMeiliClient } from '../src/meili/client.js';
import type { MeiliEndpoint } from '../src/meili/connection.js';
import { createLoader, type Loader } from './load.js';
import { indexPaths, type IndexSummary } from './pipeline.js';
import type { Progress } from './progress.js';
import type { FieldMap } from './read/field-map.js';
import { rebuild } from './rebuild.js';
import { wordSettings } from './word-settings.js';
import { DEFAULT_ALIAS_FILE, defaultTagger } from './tag/default-tagger.js';
import { taggingFingerprint } from './tag/tagging-fingerprint.js';
import { createTagPool, defaultTagWorkers, inlineTagPool, type TagPool } from './tag-pool.js';
import { describeOrigin } from './source-record.js';
import { lowerPriority } from './cpu-priority.js';

export interface RunIndexOptions {
  endpoint: MeiliEndpoint;
  index: string;
  paths: readonly string[];
  aliasFile?: string;
  /** Pairs of forms of one word that searches treat as one word (default data/word-forms.txt). */
  wordFormFile?: string;
  /** Words searched without typos (default data/exact-words.txt). */
  exactWordFile?: string;
  log?: Logger;
  /** Only index when the index holds no documents yet (the server's first start). */
  onlyIfEmpty?: boolean;
  fieldMap?: FieldMap;
  /** Read numeric dates such as 01/02/2024 day first (1 February), as Europe writes them (`--day-first`). */
  dayFirst?: boolean;
  /** The publisher of records that name none (`--source Reuters`). */
  source?: string;
  /** Remove articles whose source (within `paths`) is gone. */
  prune?: boolean;
  /** Build a fresh index beside the live one and swap it in. */
  rebuild?: boolean;
  /** Tagging worker threads; 0 tags on the main thread. Default: from the number of cores. */
  tagWorkers?: number;
  /** Log each skip as it happens (default true; the CLI lists them at the end instead). */
  logSkips?: boolean;
  /** A tagging pool of the caller's own, which the caller closes (bench:index replays recorded tags with one). */
  tagPool?: TagPool;
  batchSize?: number;
  /** Passages in the first batch (default a quarter of batchSize: see PipelineOptions). */
  firstBatchSize?: number;
  /** Later versions of articles held before they are written (default 4,000: see PipelineOptions). */
  versionsHeld?: number;
  progress?: Progress;
  /**
   * Run the indexing thread, and the tagging workers it starts, at this CPU niceness (0–19; see cpu-priority.ts), so
   * that Meilisearch and a web server on the machine go first. Unset: the caller's priority (the server's first-start
   * indexing keeps the server's).
   */
  niceness?: number;
}

/** Index files into Meilisearch with the admin key: settings and synonyms first, then the pipeline. */
export async function runIndex(options: RunIndexOptions): Promise<IndexSummary | undefined> {
  // Before the workers start, so that they inherit it; the endpoint (and an embedded engine) already exists.
  const restorePriority = options.niceness !== undefined ? lowerPriority(options.niceness) : () => {};
  const { client, close } = createMeiliClient({ host: options.endpoint.url, apiKey: options.endpoint.masterKey, timeoutMs: 60_000 });
  let pool: TagPool | undefined;
  try {
    const retry = {
      onRetry: (error: unknown, attempt: number, waitMs: number) =>
        options.log?.warn({ attempt }, `Meilisearch request failed (${(error as Error).message}); retry ${attempt} in ${Math.round(waitMs)} ms`),
    };
    const live = createLoader(client, options.index, { retry });
    if (options.onlyIfEmpty && (await live.countDocuments()) > 0) return undefined;
    const { tagger, aliases } = defaultTagger(options.aliasFile);
    // What a search word matches: every name of an actor the others, an exact word no typo, a word its forms.
    // Read before the tagging workers start, so that a bad word file stops the run with its line before any write.
    const words = wordSettings(aliases, { ...(options.wordFormFile ? { wordFormFile: options.wordFormFile } : {}), ...(options.exactWordFile ? { exactWordFile: options.exactWordFile } : {}) });
    const workers = options.tagWorkers ?? defaultTagWorkers();
    if (options.tagPool === undefined) pool = workers > 0 ? await createTagPool(workers, options.aliasFile) : inlineTagPool(tagger);
    const tagPool = options.tagPool ?? pool!;
    const fingerprint = taggingFingerprint(options.aliasFile ?? DEFAULT_ALIAS_FILE);

    const fill = async (loader: Loader): Promise<IndexSummary> => {
      const documents = await loader.prepare(words);
      return indexPaths(options.paths, {
        loader,
        tagPool,
        fresh: documents === 0,
        taggingFingerprint: fingerprint,
        prune: options.prune === true && options.rebuild !== true,
        ...(options.fieldMap ? { fieldMap: options.fieldMap } : {}),
        ...(options.dayFirst === true ? { dayFirst: true } : {}),
        ...(options.source !== undefined ? { source: options.source } : {}),
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
        ...(options.firstBatchSize ? { firstBatchSize: options.firstBatchSize } : {}),
        ...(options.versionsHeld ? { versionsHeld: options.versionsHeld } : {}),
        ...(options.progress ? { progress: options.progress } : {}),
        onSkip: (s) => {
          if (options.logSkips !== false) options.log?.warn({ where: describeOrigin(s.origin) }, `skipped ${describeOrigin(s.origin)}: ${s.reason}`);
        },
      });
    };
    if (!options.rebuild) return await fill(live);
    // A rebuild replaces the live index with what the paths hold now: a path that cannot be read (a typo) would
    // swap in an index without its articles, so nothing starts until every path is there.
    for (const path of options.paths) {
      try {
        await stat(path);
      } catch (error) {
        throw new Error(`--rebuild: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the live index is left as it was`, { cause: error });
      }
    }
    const started = performance.now();
    const fillWhole = async (loader: Loader): Promise<IndexSummary> => {
      const filled = await fill(loader);
      // A folder that stat() passed but that could not be listed (EACCES): its files would be missing after the swap.
      if (filled.unreadablePaths.length > 0) throw new Error(`--rebuild: cannot read ${filled.unreadablePaths.join(', ')}; the live index is left as it was`);
      // Nothing to swap in: an empty folder, files of no supported type, or every record skipped would have emptied
      // the live index (an indexer review).
      if (filled.articles === 0) {
        const skipped = filled.skipped.length > 0 ? `, ${filled.skipped.length} record(s) skipped` : '';
        throw new Error(`--rebuild: no article was read from the given paths (${filled.files} file(s)${skipped}); the live index is left as it was`);
      }
      return filled;
    };
    const summary = await rebuild(client, options.index, fillWhole, { retry });
    return { ...summary, rebuilt: true, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pool?.close();
    close();
    restorePriority();
  }
}
