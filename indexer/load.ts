import type { Meilisearch, Task } from 'meilisearch';
import { indexSettings } from '../src/meili/index-settings.js';
import type { PassageDocument } from '../src/meili/passage-document.js';

export class IndexTaskError extends Error {
  override name = 'IndexTaskError';
}

/**
 * The indexer's one door to Meilisearch (admin key): index settings, what is already indexed, replacing the
 * passages of changed articles, and waiting for every task, failing loudly on the first that failed.
 */
export interface Loader {
  prepare(synonyms: Record<string, string[]>): Promise<void>;
  /** contentHash of the articles already indexed, by article id. */
  indexedHashes(articleIds: readonly string[]): Promise<Map<string, string>>;
  /** Enqueues: delete every passage of the changed articles, then add the new passages. */
  replaceArticles(documents: readonly PassageDocument[], changedArticleIds: readonly string[]): Promise<void>;
  /** Waits for every task enqueued so far; throws with Meilisearch's reason if one failed. */
  waitForAll(): Promise<void>;
  countDocuments(): Promise<number>;
}

export function createLoader(client: Meilisearch, indexUid: string): Loader {
  const index = client.index<PassageDocument>(indexUid);
  const pending: number[] = [];

  const check = (task: Task): void => {
    if (task.status !== 'succeeded') {
      throw new IndexTaskError(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no reason given'}`);
    }
  };

  /**
   * Polls the tasks endpoint for many tasks in one request (the client's waitTask polls one task at a time, and
   * piles abort listeners on one signal while it does).
   */
  const waitForTasks = async (uids: number[], timeoutMs = 30 * 60_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    let open = [...uids];
    let delay = 25;
    while (open.length > 0) {
      const { results } = await client.tasks.getTasks({ uids: open, limit: open.length });
      for (const task of results) if (task.status !== 'enqueued' && task.status !== 'processing') check(task);
      const done = new Set(results.filter((t) => t.status !== 'enqueued' && t.status !== 'processing').map((t) => t.uid));
      open = open.filter((uid) => !done.has(uid));
      if (open.length === 0) return;
      if (Date.now() > deadline) throw new IndexTaskError(`Meilisearch tasks ${open.join(', ')} not finished after ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 500);
    }
  };

  return {
    async prepare(synonyms) {
      const indexes = await client.getIndexes({ limit: 1000 });
      if (!indexes.results.some((i) => i.uid === indexUid)) {
        await waitForTasks([(await client.createIndex(indexUid, { primaryKey: 'id' })).taskUid]);
      }
      await waitForTasks([(await index.updateSettings({ ...indexSettings, synonyms })).taskUid]);
    },

    async indexedHashes(articleIds) {
      const hashes = new Map<string, string>();
      if (articleIds.length === 0) return hashes;
      const list = articleIds.map((id) => JSON.stringify(id)).join(', ');
      const found = await index.getDocuments({
        filter: `articleId IN [${list}] AND position = 0`,
        fields: ['articleId', 'contentHash'],
        limit: articleIds.length,
      });
      for (const doc of found.results) hashes.set(doc.articleId, doc.contentHash);
      return hashes;
    },

    async replaceArticles(documents, changedArticleIds) {
      if (changedArticleIds.length > 0) {
        const list = changedArticleIds.map((id) => JSON.stringify(id)).join(', ');
        pending.push((await index.deleteDocuments({ filter: `articleId IN [${list}]` })).taskUid);
      }
      if (documents.length > 0) pending.push((await index.addDocuments([...documents], { primaryKey: 'id' })).taskUid);
    },

    async waitForAll() {
      await waitForTasks(pending.splice(0));
    },

    async countDocuments() {
      try {
        return (await index.getStats()).numberOfDocuments;
      } catch {
        return 0;
      }
    },
  };
}
