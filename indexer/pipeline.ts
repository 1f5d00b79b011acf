import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import PQueue from 'p-queue';
import type { PassageDocument } from '../src/meili/passage-document.js';
import { articleBody, chunkParagraphs } from './chunk.js';
import { passageDocuments } from './documents.js';
import type { IndexedArticle, Loader } from './load.js';
import { articleIdFor, earlierArticleId, hash, isContentId } from './parse/article-id.js';
import { numericDateOrder } from './parse/published-date.js';
import { parseArticle, type Article as ParsedArticle } from './parse/parse-article.js';
import { silentProgress, type Progress, type ProgressStats } from './progress.js';
import { isHeldBack, pruneVerdict } from './prune.js';
import type { FieldMap } from './read/field-map.js';
import { readRecords, walkFiles, type InputFile } from './read/read-files.js';
import { currentNiceness } from './cpu-priority.js';
import { describeOrigin, type Origin, type Skip, type SourceRecord } from './source-record.js';
import { JOBS_IN_FLIGHT, TagPoolError, type TagPool } from './tag-pool.js';

export interface IndexSummary {
  files: number;
  /**
   * Articles added or replaced: versions written, so an article updated within the run (superseded) that had its earlier
   * version written first counts twice.
   */
  articles: number;
  /** Articles already indexed with the same content. */
  unchanged: number;
  /** Records repeating an article read earlier in this run, with the same content (overlapping feed files). */
  repeated: number;
  /**
   * Records of an article read earlier in this run with other content (a story updated between two feed files, a
   * corrected line appended): the last one read is the one indexed. Each with where it and the one before it were read.
   */
  superseded: Superseded[];
  /**
   * Left-over versions removed: articles without id or url (their id comes from their content) that a file read
   * whole this run no longer holds, because the record was edited (the new text is indexed under its new id); and
   * articles indexed under the id an earlier indexer gave them (Article.earlierId), now under their id.
   */
  replaced: number;
  passages: number;
  /** Articles removed by `--prune` (their source is gone). */
  pruned: number;
  /** Files whose articles `--prune` kept because some of their records could not be read this run. */
  pruneHeldBack: string[];
  /**
   * What the walk could not read this run (absolute): given paths, folders that could not be listed, links that lead
   * nowhere, files gone or locked. `--rebuild` refuses to swap while any is listed; `--prune` keeps their articles.
   */
  unreadablePaths: string[];
  /** True when `--rebuild` built a fresh index and swapped it in. */
  rebuilt: boolean;
  skipped: Skip[];
  /**
   * Metadata dates whose numbers could be day or month ("01/02/2024") that were read month first: without
   * `dayFirst`, and in files that had shown no date that only reads day first ("15/01/2024") before them.
   */
  ambiguousDates: number;
  seconds: number;
  /** Peak resident memory of the indexer process so far, MB. */
  peakRssMB: number;
  /** The CPU niceness the pipeline's thread ran at (0 normal, 19 lowest), as the kernel reports it. */
  niceness: number;
}

/** A later record of an article, with other content, that took the place of the one read before it (IndexSummary). */
export interface Superseded {
  articleId: string;
  /** Where the later record was read: `file:line` (the one indexed unless another came after it). */
  later: string;
  /** Where the record it took the place of was read. */
  earlier: string;
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
  /** Numeric dates such as 01/02/2024 are day first (1 February); see the per-file reading in indexPaths. */
  dayFirst?: boolean;
  /** The publisher of records that name none (`--source`). */
  source?: string;
  /**
   * What besides its text decides an article's tags (taggingFingerprint()): folded into the content hash stored with
   * each article, so an article indexed under other tagging rules, model or aliases counts as changed.
   */
  taggingFingerprint?: string;
  /** Remove the articles whose source, within the given paths, is gone. */
  prune?: boolean;
  /** Later versions (and first versions set aside) held before they are written: bounds their memory (VERSIONS_HELD). */
  versionsHeld?: number;
  progress?: Progress;
  onSkip?: (skip: Skip) => void;
}

interface PreparedArticle {
  id: string;
  sourcePath: string;
  /** The article is its whole file (text, Markdown, HTML): the file's one article, whatever its id. */
  wholeFile: boolean;
  /** The index held another version of it (found before tagging): its passages are deleted first. */
  indexedBefore: boolean;
  /** The index holds it under the id an earlier indexer gave it (Article.earlierId): deleted with the same step. */
  replacesEarlierId: string | undefined;
  documents: PassageDocument[];
}

/** Articles compared with the index in one request (before tagging, in incremental runs). */
const CHECK_GROUP = 200;

/**
 * Later versions of articles (and first versions set aside, see `setAside` in indexPaths) held before they are written:
 * at this many, what the run has read so far is written and these after it, so memory stays bounded however many
 * stories a feed updates (a parsed article of the bench corpus is a few KB: 4,000 are tens of MB at most). Past it, a
 * rerun writes the first versions set aside, and the later ones when read: correct, but not "nothing written".
 */
const VERSIONS_HELD = 4000;

/** A parsed record on its way to tagging. */
interface ReadArticle {
  article: ParsedArticle;
  origin: Origin;
  format: SourceRecord['format'];
  /** A later version's: the content hashes of the versions read before it this run (PassageDocument.supersededHashes). */
  supersedes?: readonly string[];
}

/**
 * Earlier versions' hashes a later version keeps (PassageDocument.supersededHashes): a story corrected more often than
 * this in one run is written again on a rerun from its earliest versions, correct but not "nothing written".
 */
const SUPERSEDED_KEPT = 16;

/** Whether `indexedFrom`, the file an indexed article came from, is another file than `file`, and still there. */
function heldByAnotherFile(indexedFrom: string, file: string): boolean {
  const real = (path: string): string | undefined => {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  };
  const other = real(indexedFrom);
  return other !== undefined && other !== real(file);
}

/** `path`'s real path (links resolved), or `path` when it cannot be had. */
function realOrAsGiven(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
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
  const versionsHeld = options.versionsHeld ?? VERSIONS_HELD;
  const tagConcurrency = Math.max(1, tagPool.size) * JOBS_IN_FLIGHT;
  const tagQueue = new PQueue({ concurrency: tagConcurrency });
  const uploadQueue = new PQueue({ concurrency: uploadConcurrency });
  const summary: IndexSummary = {
    files: 0, articles: 0, unchanged: 0, repeated: 0, superseded: [], replaced: 0, passages: 0, pruned: 0, pruneHeldBack: [], unreadablePaths: [], rebuilt: false, skipped: [], ambiguousDates: 0, seconds: 0, peakRssMB: 0,
    niceness: currentNiceness(),
  };
  /** Files and folders (absolute) with a record or entry that could not be read: pruning keeps what they hold. */
  const heldBack = new Set<string>();
  const skip = (s: Skip, { holdsBack = true }: { holdsBack?: boolean } = {}): void => {
    summary.skipped.push(s);
    if (holdsBack) heldBack.add(resolve(s.origin.file));
    options.onSkip?.(s);
  };
  /**
   * Article id → the content hash of its latest record so far and where that was read (`hash@file:line`, the file as
   * its number in this run), for repeats, later versions and pruning. One short string an article: this map grows
   * with the input, the one thing that does.
   */
  const seen = new Map<string, string>();
  /** Ids of articles that are a whole file (text, Markdown, HTML): another file under the same id is no later version. */
  const wholeFileIds = new Set<string>();
  /**
   * Later records of articles read before in this run, with other content: the last one read wins. They are written
   * once everything before them is in the index (writeHeldVersions), so that the replacement comes after the version
   * it replaces.
   */
  const laterVersions = new Map<string, ReadArticle>();
  /**
   * Incremental runs: first records of articles the index holds from a file this run reads later. In the last run a
   * later record won, and will again when read: set aside, not tagged, until then (then dropped) or until the end of
   * the run (then written: the later record is gone). Without this, every run over a feed's daily files would write an
   * updated story twice, the old version and then the new. For a copy from the record's own file, only when that copy
   * names this record's text as a version it superseded (supersededInOwnFile): any other record of its own file is how
   * an edited file, or any file after a change of tagging rules, looks, and holding those back would hold back all of it.
   */
  const setAside = new Map<string, ReadArticle>();
  /**
   * Whether the index's copy of an article is a later version than the record `g` of the same file: the run that wrote
   * it read `g`'s text first and named it superseded. Without this, a file that holds an id twice with other content,
   * further apart than one check group, had its earlier record written on every run, then replaced.
   */
  const supersededInOwnFile = (known: IndexedArticle, g: ReadArticle): boolean =>
    known.supersededHashes.includes(g.article.contentHash) && resolve(known.sourcePath) === resolve(g.origin.file);
  /** As many versions are set aside as may be held: the next chance to write them comes first (writeHeldVersions). */
  let heldTooMany = false;
  /** Each file's number in this run's reading order, by absolute path. */
  const fileOrder = new Map<string, number>();
  /** Whether this run reads `indexedFrom`, the file an indexed version came from, after `file`. */
  const readsLater = (indexedFrom: string, file: string): boolean => {
    const from = fileOrder.get(resolve(indexedFrom));
    const at = fileOrder.get(resolve(file));
    return from !== undefined && at !== undefined && from > at;
  };
  /**
   * Ids of records skipped this run that named their article: kept by pruning. A record that names its article (an
   * id, a url) but cannot be indexed this run (no text, a date no parser reads) is a skip of that article: pruning
   * keeps what the index holds of it, and the rest of its file is pruned as usual. Wikinews exports hold many records
   * with empty text; each had kept its whole file from pruning. A record that names nothing could be any article:
   * its file is held back.
   */
  const skippedIds = new Set<string>();
  const skipRecord = (s: Skip, names: { id?: string | undefined; url?: string | undefined } | undefined): void => {
    const known = names !== undefined && (names.id?.trim() || names.url?.trim()) ? articleIdFor({ id: names.id, url: names.url }, '') : undefined;
    if (known !== undefined) skippedIds.add(known);
    // An index written before 2026-11-25 may hold it under the id it had then: kept as well.
    const earlier = known !== undefined ? earlierArticleId({ id: names?.id, url: names?.url }, known) : undefined;
    if (earlier !== undefined) skippedIds.add(earlier);
    skip(s, { holdsBack: known === undefined });
  };
  /** The file of each file number in `seen`, as its records name it. */
  const originFiles: string[] = [];
  /** Files (absolute) in which this run read records with a content-derived id (see pruneReplacedContentIds). */
  const filesWithContentIds = new Set<string>();
  const stats: ProgressStats = { bytes: 0, articlesRead: 0, articles: 0, passages: 0 };
  let batch: PreparedArticle[] = [];
  let batchPassages = 0;
  let batchesSent = 0;
  let failure: unknown;

  const upload = async (articles: PreparedArticle[]): Promise<void> => {
    // Unchanged articles never get here (compared with the index before tagging); these are new or changed.
    const changed = articles.flatMap((a) => [...(a.indexedBefore ? [a.id] : []), ...(a.replacesEarlierId !== undefined ? [a.replacesEarlierId] : [])]);
    // A file indexed before under another id (its folder was given by another path, so its relative id differs) is
    // the same article: the old id goes with the same delete-then-add, so the file is never there twice.
    const files = articles.filter((a) => a.wholeFile);
    if (!options.fresh && files.length > 0) {
      const ids = new Set(files.map((a) => a.id));
      for (const other of await loader.articlesFromSources(files.map((a) => a.sourcePath))) if (!ids.has(other.articleId)) changed.push(other.articleId);
    }
    const passages = articles.reduce((n, a) => n + a.documents.length, 0);
    await loader.replaceArticles(articles.flatMap((a) => a.documents), changed);
    summary.articles += articles.length;
    summary.passages += passages;
    summary.replaced += articles.filter((a) => a.replacesEarlierId !== undefined).length;
  };
  /** The batch holds enough passages to go: the first a quarter of a batch (Meilisearch starts sooner), then whole. */
  const batchFull = (): boolean => batchPassages >= (batchesSent === 0 ? firstBatchSize : batchSize);
  /**
   * Sends the batch once it is full (batchFull) (any size when `final`). The wait for a free upload slot comes
   * first, so a tag job that finds the batch full waits with its one article while the batch keeps taking the
   * articles of the jobs still running: memory holds at most the uploads in flight and one batch, never a batch per
   * waiting job.
   */
  const flush = async (final = false): Promise<void> => {
    await uploadQueue.onSizeLessThan(uploadConcurrency);
    if (batch.length === 0 || (!final && !batchFull())) return;
    const articles = batch;
    batch = [];
    batchPassages = 0;
    batchesSent++;
    uploadQueue.add(() => upload(articles)).catch((error: unknown) => {
      failure ??= error;
    });
  };

  const tag = async ({ article, origin, format, supersedes }: ReadArticle, indexedBefore: boolean, replacesEarlierId?: string): Promise<void> => {
    await tagQueue.onSizeLessThan(tagConcurrency);
    tagQueue
      .add(async () => {
        const body = articleBody(article.paragraphs);
        // Stored absolute: the same file is the same source whatever folder the indexer runs from.
        const sourcePath = resolve(origin.file);
        const published = article.published ? new Date(article.published.epochSeconds * 1000) : undefined;
        let documents: PassageDocument[];
        try {
          const tagging = await tagPool.tag({ title: article.title, body, published });
          documents = passageDocuments(article, tagging, chunkParagraphs(article.paragraphs), sourcePath, supersedes);
        } catch (error) {
          if (error instanceof TagPoolError) throw error;
          skip({ origin, reason: `could not be tagged: ${(error as Error).message}` });
          return;
        }
        batch.push({ id: article.id, sourcePath, wholeFile: format !== 'json', indexedBefore, replacesEarlierId, documents });
        batchPassages += documents.length;
        // Progress counts an article once tagged, not once its batch is sent: batches of ~1,000 articles made the bar
        // stand still, then jump (an indexer review). Meilisearch's own work after that shows as a phase.
        stats.articles++;
        stats.passages += documents.length;
        progress.update(stats);
        if (batchFull()) await flush();
      })
      .catch((error: unknown) => {
        failure ??= error;
      });
  };

  /**
   * Incremental runs compare articles with the index before tagging them, a group at a time (one request per group):
   * an unchanged article costs a look-up, not a tagging. A fresh index has nothing to compare with.
   */
  let unchecked: ReadArticle[] = [];
  /**
   * Ids an earlier indexer gave articles this run holds under another id (Article.earlierId) that no tagging step
   * replaces: of an unchanged article (known to be indexed), and of a repeat, a record of an article read before
   * (perhaps indexed, looked up at the end). One story given as a guid in one feed and as a link in another had two
   * earlier ids and has one id now: both earlier ones must go.
   */
  const earlierIdsLeft: string[] = [];
  /** A repeat's earlier id and its id now: the earlier one goes only once the index holds the article under the other. */
  const earlierIdsOfRepeats: { earlierId: string; id: string }[] = [];
  const checkUnchecked = async ({ mayWait = true }: { mayWait?: boolean } = {}): Promise<void> => {
    const group = unchecked;
    unchecked = [];
    if (group.length === 0) return;
    const indexed = await loader.indexedArticles(group.flatMap((g) => (g.article.earlierId === null ? [g.article.id] : [g.article.id, g.article.earlierId])));
    for (const g of group) {
      const known = indexed.get(g.article.id);
      const earlier = g.article.earlierId !== null && indexed.has(g.article.earlierId) ? g.article.earlierId : undefined;
      if (mayWait && laterVersions.has(g.article.id)) {
        // Read again since, with other content: that version is the one to write. An earlier id of this record's
        // is of the same article; it goes once the index holds the article under its id now.
        if (earlier !== undefined) earlierIdsOfRepeats.push({ earlierId: earlier, id: g.article.id });
        continue;
      }
      // Whatever its text: in an A, B, A series the index holds the last A, from the last file.
      if (mayWait && known !== undefined && g.format === 'json' && (readsLater(known.sourcePath, g.origin.file) || supersededInOwnFile(known, g))) {
        setAside.set(g.article.id, g);
        if (setAside.size >= versionsHeld) heldTooMany = true;
        continue;
      }
      if (known !== undefined && g.format !== 'json' && heldByAnotherFile(known.sourcePath, g.origin.file)) {
        // Two files under folders of the same name ("x/inputs/a1.txt", "y/inputs/a1.txt"): the same id. Replacing
        // would silently drop the article indexed first; this one is named instead, and both files stay readable.
        skip({ origin: g.origin, reason: `article id ${g.article.id} is already held by another file, ${known.sourcePath}; index the two from a folder above both, or rename one of their folders` }, { holdsBack: false });
        continue;
      }
      // resolve(): paths stored relative to the working folder by earlier versions compare equal to absolute ones.
      if (known !== undefined && known.contentHash === g.article.contentHash && resolve(known.sourcePath) === resolve(g.origin.file)) {
        if (earlier !== undefined) earlierIdsLeft.push(earlier);
        summary.unchanged++;
        stats.articles++;
        continue;
      }
      await tag(g, known !== undefined, earlier);
    }
    progress.update(stats);
  };

  /**
   * Writes the later versions read so far after everything read before them is in the index: a replacement reads from
   * the index the passages it deletes, and Meilisearch applies tasks in the order they came. In a fresh index the
   * version replaced was written this run. Before the end of the run (`final` false) a version may meet a later one
   * in the index, from a file still to be read: set aside as a first version is. At the end, or when as many are set
   * aside as may be held, the versions set aside are written too: no later record came for them.
   */
  const writeHeldVersions = async ({ final }: { final: boolean }): Promise<void> => {
    await checkUnchecked();
    const writeSetAside = final || setAside.size >= versionsHeld;
    heldTooMany = false;
    if (laterVersions.size === 0 && (!writeSetAside || setAside.size === 0)) return;
    const setAsideNow = writeSetAside ? [...setAside.values()] : [];
    const later = [...laterVersions.values()];
    if (writeSetAside) setAside.clear();
    laterVersions.clear();
    await tagQueue.onIdle();
    await flush(true);
    await uploadQueue.onIdle();
    if (failure !== undefined) return;
    await loader.waitForAll();
    // A version set aside is written now whatever the index holds; a later one may be set aside in its turn.
    for (const [versions, mayWait] of [[setAsideNow, false], [later, !final]] as const) {
      for (const v of versions) {
        if (options.fresh) await tag(v, true);
        else unchecked.push(v);
      }
      while (unchecked.length > 0) {
        const rest = unchecked.splice(CHECK_GROUP);
        await checkUnchecked({ mayWait });
        unchecked = rest;
      }
    }
    await tagQueue.onIdle();
    await flush(true);
    await uploadQueue.onIdle();
  };

  // The file list first: its size gives the progress bar a total, and the walk is cheap next to tagging.
  const files: InputFile[] = [];
  const unreadableRoots = new Set<string>();
  const walkedFolders = new Set<string>();
  for await (const entry of walkFiles(paths, walkedFolders)) {
    if ('skip' in entry) {
      skip(entry.skip);
      // Anything the walk could not read (a given path, a folder that could not be listed, a link that leads nowhere, a
      // file gone or locked): prune keeps what it held and rebuild does not swap in an index without it. A link to an
      // archive on a disk not mounted today must not delete the archive's articles.
      unreadableRoots.add(resolve(entry.skip.origin.file));
    } else files.push(entry);
  }
  summary.unreadablePaths = [...unreadableRoots];
  files.forEach((entry, number) => fileOrder.set(resolve(entry.file), number));
  progress.start(files.reduce((n, f) => n + f.bytes, 0));
  const onBytes = (n: number): void => {
    stats.bytes += n;
  };

  try {
    reading: for (const entry of files) {
      const fileNumber = summary.files++;
      // A file writes its numeric dates one way: once a date could only be read day first ("15/01/2024"), its
      // ambiguous ones ("01/02/2024") are read so too. Before that, and without `dayFirst`, month first, counted.
      let dayFirst = options.dayFirst === true;
      for await (const item of readRecords(entry.file, entry.root, { onBytes, ...(options.fieldMap ? { fieldMap: options.fieldMap } : {}) })) {
        if (failure !== undefined) break reading;
        if ('skip' in item) {
          skipRecord(item.skip, item.skip.article);
          continue;
        }
        const record = item.record;
        const order = record.date === undefined ? undefined : numericDateOrder(record.date);
        if (order === 'day-first') dayFirst = true;
        else if (order === 'ambiguous' && !dayFirst) summary.ambiguousDates++;
        let parsed;
        try {
          parsed = parseArticle(record, { dayFirst, ...(options.source !== undefined ? { source: options.source } : {}) });
        } catch (error) {
          skip({ origin: record.origin, reason: `could not be parsed: ${(error as Error).message}` });
          continue;
        }
        if (!parsed.ok) {
          // A whole file (text, Markdown, HTML) names its article by its path from the folder given, which another
          // run may have given otherwise: its file is held back, as before, rather than trusted to that id.
          skipRecord({ origin: record.origin, reason: parsed.reason }, record.format === 'json' ? record : undefined);
          continue;
        }
        const article = options.taggingFingerprint === undefined ? parsed.article : { ...parsed.article, contentHash: hash(`${parsed.article.contentHash} ${options.taggingFingerprint}`, 16) };
        const before = seen.get(article.id);
        originFiles[fileNumber] ??= record.origin.file;
        const here = `${article.contentHash}@${fileNumber}:${record.origin.line ?? ''}${record.origin.record !== undefined ? `#${record.origin.record}` : ''}`;
        if (before !== undefined) {
          const at = before.indexOf('@');
          // The same article twice (overlapping feed files, a record repeated): nothing is lost, nothing to report.
          // Neither this nor a later version is an unreadable record, so neither keeps its file from pruning.
          if (before.slice(0, at) === article.contentHash) {
            summary.repeated++;
            // Only a true repeat's: another text under the same id is another version, whose earlier id is handled
            // with it.
            if (!options.fresh && article.earlierId !== null) earlierIdsOfRepeats.push({ earlierId: article.earlierId, id: article.id });
          } else if (record.format !== 'json' || wholeFileIds.has(article.id)) {
            // Two files under the same id (folders of the same name): two articles, not two versions of one. The
            // first stays, the other is named.
            skip({ origin: record.origin, reason: `duplicate article id ${article.id} with other content (the first, at ${firstSeenAt(before.slice(at + 1), originFiles)}, is kept)` }, { holdsBack: false });
          } else {
            // A later version (a story updated between two feed files, a corrected line appended): the last read wins.
            summary.superseded.push({ articleId: article.id, later: describeOrigin(record.origin), earlier: firstSeenAt(before.slice(at + 1), originFiles) });
            seen.set(article.id, here);
            // A first version set aside is dropped, but an earlier id of its own is of the same article.
            const aside = setAside.get(article.id)?.article.earlierId ?? null;
            if (aside !== null) earlierIdsOfRepeats.push({ earlierId: aside, id: article.id });
            setAside.delete(article.id);
            const supersedes = [...new Set([...(laterVersions.get(article.id)?.supersedes ?? []), before.slice(0, at)])].slice(-SUPERSEDED_KEPT);
            laterVersions.set(article.id, { article, origin: record.origin, format: record.format, supersedes });
            if (laterVersions.size >= versionsHeld || heldTooMany) await writeHeldVersions({ final: false });
          }
          continue;
        }
        seen.set(article.id, here);
        if (record.format !== 'json') wholeFileIds.add(article.id);
        if (isContentId(article.id)) filesWithContentIds.add(resolve(record.origin.file));
        stats.articlesRead++;
        if (options.fresh) await tag({ article, origin: record.origin, format: record.format }, false);
        else {
          unchecked.push({ article, origin: record.origin, format: record.format });
          if (unchecked.length >= CHECK_GROUP) await checkUnchecked();
          if (heldTooMany) await writeHeldVersions({ final: false });
        }
      }
    }
    if (failure === undefined) {
      await checkUnchecked();
      await writeHeldVersions({ final: true });
    }
  } catch (error) {
    failure ??= error;
  }
  await tagQueue.onIdle();
  await flush(true);
  await uploadQueue.onIdle();
  if (failure !== undefined) throw failure;
  progress.phase(`waiting for Meilisearch to index (${loader.pendingTasks()} tasks)`);
  await loader.waitForAll();

  if (!options.fresh) summary.replaced += await deleteEarlierIds(earlierIdsLeft, earlierIdsOfRepeats, loader);

  if (!options.fresh && filesWithContentIds.size > 0) {
    const readWhole = [...filesWithContentIds].filter((f) => !isHeldBack(f, heldBack));
    summary.replaced += await pruneReplacedContentIds(readWhole, seen, loader);
  }

  if (options.prune) {
    progress.phase('pruning articles whose source is gone');
    // Real paths, as the files' own (read-files.ts once): `--prune news/` prunes what was indexed through a link to it.
    const roots = paths.map((p) => resolve(p)).filter((r) => !unreadableRoots.has(r)).map(realOrAsGiven);
    const gone: string[] = [];
    const keptFiles = new Set<string>();
    for await (const indexed of loader.listArticles()) {
      const verdict = pruneVerdict(indexed, { roots, walkedFolders, seen: { has: (id) => seen.has(id) || skippedIds.has(id) }, heldBack });
      if (verdict === 'gone') gone.push(indexed.articleId);
      else if (verdict === 'held back') keptFiles.add(indexed.sourcePath);
    }
    await loader.deleteArticles(gone);
    await loader.waitForAll();
    summary.pruned = gone.length;
    summary.pruneHeldBack = [...keptFiles].sort();
  }
  progress.stop();
  summary.seconds = (performance.now() - started) / 1000;
  summary.peakRssMB = peakRssMB();
  return summary;
}

/**
 * The content-id articles (see isContentId) of `files` that this run did not see: in a file read whole, a record
 * without id or url that is no longer there was edited or removed, and its old version must not stay searchable.
 * Returns how many were deleted. (Files with a record that could not be read are not passed: what they hold is
 * not known.)
 */
async function pruneReplacedContentIds(files: readonly string[], seen: ReadonlyMap<string, unknown>, loader: Loader): Promise<number> {
  const leftOver: string[] = [];
  for (let i = 0; i < files.length; i += 100) {
    for (const indexed of await loader.articlesFromSources(files.slice(i, i + 100))) {
      if (isContentId(indexed.articleId) && !seen.has(indexed.articleId)) leftOver.push(indexed.articleId);
    }
  }
  await loader.deleteArticles(leftOver);
  await loader.waitForAll();
  return leftOver.length;
}

/**
 * Deletes the articles still indexed under an id an earlier indexer gave them (see earlierIdsLeft in indexPaths):
 * `indexed` known to be in the index, and the earlier ids of `repeats` that are, once the index holds the article
 * under its id now (its first record may have been a skip: then the earlier id is all the index has of it).
 * Returns how many were deleted.
 */
async function deleteEarlierIds(indexed: readonly string[], repeats: readonly { earlierId: string; id: string }[], loader: Loader): Promise<number> {
  const gone = new Set(indexed);
  for (let i = 0; i < repeats.length; i += CHECK_GROUP) {
    const group = repeats.slice(i, i + CHECK_GROUP);
    const found = await loader.indexedArticles(group.flatMap((r) => [r.earlierId, r.id]));
    for (const r of group) if (found.has(r.earlierId) && found.has(r.id)) gone.add(r.earlierId);
  }
  if (gone.size === 0) return 0;
  await loader.deleteArticles([...gone]);
  await loader.waitForAll();
  return gone.size;
}

/**
 * `firstSeenAt('3:12', files)` → `'feeds/day1.xml:12'` (`files[3]` being `feeds/day1.xml`); no line: the file alone;
 * `'4:1#7'` → `'dump.json:1 (record 7)'`, a record's place in a `.json` array after `#`.
 */
function firstSeenAt(place: string, files: readonly string[]): string {
  const [fileNumber, at = ''] = place.split(':');
  const [line, record] = at.split('#');
  return describeOrigin({ file: files[Number(fileNumber)] ?? '?', ...(line ? { line: Number(line) } : {}), ...(record ? { record: Number(record) } : {}) });
}
