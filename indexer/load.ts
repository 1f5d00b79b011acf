import type { Meilisearch, Task } from 'meilisearch';
import { findApiError } from '../src/meili/errors.js';
import { hasSettings, indexSettings, isFilterable, ONE_HIT_PER } from '../src/meili/index-settings.js';
import { sourceKey, type PassageDocument } from '../src/meili/passage-document.js';
import { withRetry, type RetryOptions } from './retry.js';
import type { WordSettings } from './word-settings.js';
import { quoteFilterValue } from '../src/meili/filter-value.js';

export class IndexTaskError extends Error {
  override name = 'IndexTaskError';
}

/** What the index holds about an article: its first passage's content hash and source file. */
export interface IndexedArticle {
  contentHash: string;
  sourcePath: string;
  /** PassageDocument.supersededHashes: the earlier versions read before it in the run that wrote it ([] if none). */
  supersededHashes: readonly string[];
}

/**
 * The indexer's one door to Meilisearch (admin key): index settings, what is already indexed, replacing the
 * passages of changed articles, pruning, the swap of a rebuilt index, and waiting for every task, failing loudly
 * on the first that failed. Every request is retried with backoff on timeouts and 5xx (all are idempotent).
 */
export interface Loader {
  readonly indexUid: string;
  /**
   * Creates the index if needed, applies settings and the word settings (synonyms, exact words: word-settings.ts; only
   * when they differ), and waits until the index
   * has no task enqueued or processing: every task an earlier (perhaps killed) run enqueued is applied before this
   * run reads the index, so it never takes a half-applied index for empty or unchanged.
   * Returns the number of documents then in the index.
   */
  prepare(words: WordSettings): Promise<number>;
  /** What the index holds of these articles, by article id. */
  indexedArticles(articleIds: readonly string[]): Promise<Map<string, IndexedArticle>>;
  /**
   * Enqueues: delete every passage of the changed articles, then add the new passages. In this order: if the
   * process dies between the two, the article is missing (and the next run adds it), never stale or doubled.
   */
  replaceArticles(documents: readonly PassageDocument[], changedArticleIds: readonly string[]): Promise<void>;
  /** The articles indexed from these source files, whatever their ids. */
  articlesFromSources(sourcePaths: readonly string[]): Promise<{ articleId: string; sourcePath: string }[]>;
  /** Every article in the index (its first passage), page by page: id and source file. */
  listArticles(pageSize?: number): AsyncGenerator<{ articleId: string; sourcePath: string }>;
  /** Enqueues the deletion of every passage of these articles. */
  deleteArticles(articleIds: readonly string[]): Promise<void>;
  /** Waits for every task enqueued so far; throws with Meilisearch's reason if one failed. */
  waitForAll(): Promise<void>;
  /** Tasks enqueued and not yet waited for. */
  pendingTasks(): number;
  countDocuments(): Promise<number>;
  /** Deletes the index if it exists (and waits). */
  drop(): Promise<void>;
  /** Creates the index, empty, if it does not exist (and waits). */
  ensureExists(): Promise<void>;
  /** Atomically exchanges this index's content and settings with another's (Meilisearch index swap), and waits. */
  swapWith(otherUid: string): Promise<void>;
}

export interface LoaderOptions {
  retry?: RetryOptions;
}

const POLL_FIRST_MS = 10;
const POLL_MAX_MS = 50;

const inList = (ids: readonly string[]): string => ids.map(quoteFilterValue).join(', ');

export function createLoader(client: Meilisearch, indexUid: string, options: LoaderOptions = {}): Loader {
  const index = client.index<PassageDocument>(indexUid);
  const pending: number[] = [];
  const retry = <T>(fn: () => Promise<T>): Promise<T> => withRetry(fn, options.retry);

  const check = (task: Task): void => {
    if (task.status !== 'succeeded') {
      throw new IndexTaskError(`Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? 'no index'}) ${task.status}: ${task.error?.message ?? 'no reason given'}`);
    }
  };

  /**
   * Polls the tasks endpoint for many tasks at once (the client's waitTask polls one task at a time), oldest
   * first, 100 a request: the engine runs tasks in order, so the first open chunk is the one to watch.
   * Every 10 ms at first, backing off to every 50 ms: a poll is a cheap read for Meilisearch, and a longer pause
   * is time added to every run after its last task has finished (a 500 ms cap cost ~0.25 s a run on average).
   */
  const waitForTasks = async (uids: number[], timeoutMs = 6 * 60 * 60_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    let open = [...uids].sort((a, b) => a - b);
    let delay = POLL_FIRST_MS;
    while (open.length > 0) {
      const chunk = open.slice(0, 100);
      const { results } = await retry(() => client.tasks.getTasks({ uids: chunk, limit: chunk.length }));
      const done = new Set<number>();
      for (const task of results) {
        if (task.status === 'enqueued' || task.status === 'processing') continue;
        check(task);
        done.add(task.uid);
      }
      open = open.filter((uid) => !done.has(uid));
      if (open.length === 0) return;
      if (Date.now() > deadline) throw new IndexTaskError(`Meilisearch tasks ${open.slice(0, 10).join(', ')}… not finished after ${timeoutMs / 1000} s`);
      if (done.size === 0) {
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, POLL_MAX_MS);
      } else {
        delay = POLL_FIRST_MS;
      }
    }
  };

  /**
   * Until no task of this index is enqueued or processing, whatever their outcome: a task a killed run left may
   * have failed, which is that run's business (its articles are indexed again by this one), not a reason to stop.
   */
  const waitUntilIdle = async (): Promise<void> => {
    for (let delay = POLL_FIRST_MS; ; delay = Math.min(delay * 2, POLL_MAX_MS)) {
      const open = await retry(() => client.tasks.getTasks({ indexUids: [indexUid], statuses: ['enqueued', 'processing'], limit: 1 }));
      if (open.results.length === 0) return;
      await new Promise((r) => setTimeout(r, delay));
    }
  };

  const exists = async (): Promise<boolean> => {
    try {
      await retry(() => index.getRawInfo());
      return true;
    } catch (error) {
      if (findApiError(error)?.cause?.code === 'index_not_found') return false;
      throw error;
    }
  };

  /**
   * The documents a filter finds, page by page, with these fields. Meilisearch compares strings in filters without
   * regard to case ("Report.txt" finds "report.txt", id "xK9a" finds "Xk9A"): callers keep only exact matches.
   */
  async function* documentsWhere<K extends keyof PassageDocument>(filter: string, fields: K[], pageSize = 1000): AsyncGenerator<Pick<PassageDocument, K>> {
    for (let offset = 0; ; offset += pageSize) {
      const page = await retry(() => index.getDocuments({ filter, fields, offset, limit: pageSize }));
      for (const doc of page.results) yield doc as Pick<PassageDocument, K>;
      if (page.results.length < pageSize) return;
    }
  }

  /**
   * Enqueues the deletion of every passage of these articles, by the passages' own ids. A deletion by filter would
   * also take the passages of every article whose id differs only in case: an edited "xK9a" deleted "Xk9A" (a review
   * found it). The ids are read now; every task an earlier run left has been applied (prepare), and this run never
   * replaces an article twice.
   */
  const deletePassagesOf = async (articleIds: readonly string[]): Promise<void> => {
    const wanted = new Set(articleIds);
    const ids: string[] = [];
    for await (const doc of documentsWhere(`articleId IN [${inList(articleIds)}]`, ['id', 'articleId'])) if (wanted.has(doc.articleId)) ids.push(doc.id);
    if (ids.length > 0) pending.push((await retry(() => index.deleteDocuments(ids))).taskUid);
  };

  /**
   * An index from before story keys (documents version 5 and earlier): each passage gets its article's id as its
   * story key, before the field becomes filterable. Meilisearch keeps a passage without the `distinct` field as a hit
   * of its own, so from the settings change until the articles are rewritten (by this run, or never, for articles
   * under other paths) searches would have listed passages, not articles; this way they list articles as before, and
   * each article this run rewrites gets its real key. Partial updates: nothing else of a passage changes.
   */
  const giveStoryKeys = async (pageSize = 10_000): Promise<void> => {
    await waitUntilIdle();
    const missing: { id: string; storyKey: string }[] = [];
    for (let offset = 0; ; offset += pageSize) {
      const page = await retry(() => index.getDocuments<PassageDocument>({ fields: ['id', 'articleId', 'storyKey'], offset, limit: pageSize }));
      for (const doc of page.results) if (doc.storyKey === undefined) missing.push({ id: doc.id, storyKey: doc.articleId });
      if (page.results.length < pageSize) break;
    }
    const tasks: number[] = [];
    for (let i = 0; i < missing.length; i += pageSize) tasks.push((await retry(() => index.updateDocuments(missing.slice(i, i + pageSize), { primaryKey: 'id' }))).taskUid);
    await waitForTasks(tasks);
  };

  const loader: Loader = {
    indexUid,

    async prepare(words) {
      await loader.ensureExists();
      const wanted = { ...indexSettings, ...words };
      const current = (await retry(() => index.getSettings())) as Record<string, unknown>;
      if (!hasSettings(wanted, current)) {
        if (!isFilterable(current.filterableAttributes, ONE_HIT_PER)) await giveStoryKeys();
        await waitForTasks([(await retry(() => index.updateSettings(wanted))).taskUid]);
      }
      await waitUntilIdle();
      return loader.countDocuments();
    },

    async indexedArticles(articleIds) {
      const found = new Map<string, IndexedArticle>();
      if (articleIds.length === 0) return found;
      const wanted = new Set(articleIds);
      for await (const doc of documentsWhere(`articleId IN [${inList(articleIds)}] AND position = 0`, ['articleId', 'contentHash', 'sourcePath', 'supersededHashes'])) {
        if (wanted.has(doc.articleId)) found.set(doc.articleId, { contentHash: doc.contentHash, sourcePath: doc.sourcePath, supersededHashes: doc.supersededHashes ?? [] });
      }
      return found;
    },

    async articlesFromSources(sourcePaths) {
      const found: { articleId: string; sourcePath: string }[] = [];
      if (sourcePaths.length === 0) return found;
      const wanted = new Set(sourcePaths);
      // By the paths' keys (sourceKey: exact, and of any length), and by the paths themselves for documents written
      // before the keys (documents version 4), which this run rewrites.
      const keys = sourcePaths.map(sourceKey);
      for await (const doc of documentsWhere(`(sourceKey IN [${inList(keys)}] OR sourcePath IN [${inList(sourcePaths)}]) AND position = 0`, ['articleId', 'sourcePath'])) {
        if (wanted.has(doc.sourcePath)) found.push({ articleId: doc.articleId, sourcePath: doc.sourcePath });
      }
      return found;
    },

    async replaceArticles(documents, changedArticleIds) {
      if (changedArticleIds.length > 0) await deletePassagesOf(changedArticleIds);
      if (documents.length > 0) pending.push((await retry(() => index.addDocuments([...documents], { primaryKey: 'id' }))).taskUid);
    },

    async *listArticles(pageSize = 5000) {
      // By offset over a stable order: nothing is deleted while the listing runs (deletions are collected first).
      for (let offset = 0; ; offset += pageSize) {
        const page = await retry(() => index.getDocuments({ filter: 'position = 0', fields: ['articleId', 'sourcePath'], offset, limit: pageSize }));
        for (const doc of page.results) yield { articleId: doc.articleId, sourcePath: doc.sourcePath };
        if (page.results.length < pageSize) return;
      }
    },

    async deleteArticles(articleIds) {
      for (let i = 0; i < articleIds.length; i += 500) await deletePassagesOf(articleIds.slice(i, i + 500));
    },

    async waitForAll() {
      await waitForTasks(pending.splice(0));
    },

    pendingTasks: () => pending.length,

    async countDocuments() {
      try {
        return (await retry(() => index.getStats())).numberOfDocuments;
      } catch (error) {
        if (findApiError(error)?.cause?.code === 'index_not_found') return 0;
        throw error;
      }
    },

    async drop() {
      if (!(await exists())) return;
      await waitForTasks([(await retry(() => client.deleteIndex(indexUid))).taskUid]);
    },

    async ensureExists() {
      if (await exists()) return;
      const task = await retry(() => client.createIndex(indexUid, { primaryKey: 'id' }));
      try {
        await waitForTasks([task.taskUid]);
      } catch (error) {
        // Another process created it meanwhile: fine.
        if (!(error instanceof IndexTaskError && /already exists/.test(error.message))) throw error;
      }
    },

    async swapWith(otherUid) {
      await waitForTasks([(await retry(() => client.swapIndexes([{ indexes: [indexUid, otherUid], rename: false }]))).taskUid]);
    },
  };
  return loader;
}
