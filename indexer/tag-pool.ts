import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleTagging, Tagger } from './tag/tag-article.js';

/** The pool cannot tag any more (a worker died): the run stops, unlike one article that failed to tag. */
export class TagPoolError extends Error {
  override name = 'TagPoolError';
}

type TagInput = Parameters<Tagger>[0];
export interface TagRequest {
  id: number;
  input: TagInput;
}
export type TagResponse = { id: number; tagging: ArticleTagging } | { id: number; error: string };
/**
 * A message carries the jobs of one event-loop turn (up to `JOBS_PER_MESSAGE`), and the worker answers them in one:
 * each message wakes the other thread, and on a machine whose cores are all busy (the tagger, the pipeline's thread,
 * Meilisearch) each wake-up hands the core over. One message an article cost the tagging thread ~5 s of a 50 s run
 * in postMessage.
 */
export type TagRequests = TagRequest[];
export type TagResponses = TagResponse[];
/** Small enough that a worker holding `JOBS_IN_FLIGHT` jobs always has the next message waiting while it answers one. */
export const JOBS_PER_MESSAGE = 8;
/** Jobs a pipeline keeps in flight per worker (the tag queue's concurrency). */
export const JOBS_IN_FLIGHT = 4 * JOBS_PER_MESSAGE;

export interface TagPool {
  /** Worker threads (0: tagging runs on the calling thread). */
  readonly size: number;
  tag(input: TagInput): Promise<ArticleTagging>;
  close(): Promise<void>;
}

/**
 * Tagging threads besides the pipeline's own, for a machine with `cores`. Meilisearch indexes on half the cores (its
 * default) and is what the pipeline waits for; the indexer gets the other half, one of which is the pipeline's own
 * thread, which tags itself when there is no worker. 2 cores → 0, 4 → 1, 8 → 3, never more than 4.
 * Measured on 2 cores (bench:index, five interleaved pairs): as fast as one worker (medians 43.6 s and 45.3 s, the
 * pairs split 2–3), at 277–293 MB peak RSS against 344–365 MB: a worker's second V8 heap buys nothing when a third
 * busy thread on two cores can only take CPU from Meilisearch.
 */
export function defaultTagWorkers(cores: number = availableParallelism()): number {
  return Math.max(0, Math.min(4, Math.floor(cores / 2) - 1));
}

/** Tagging on the calling thread (tests, `--tag-workers 0`). */
export function inlineTagPool(tagger: Tagger): TagPool {
  return { size: 0, tag: async (input) => tagger(input), close: async () => {} };
}

/**
 * `size` worker threads, each with its own default tagger (model loaded once per thread), fed round-robin by
 * load: a job goes to the worker with the fewest outstanding. Tagging overlaps reading, uploading and
 * Meilisearch's own indexing. A worker that dies fails its outstanding jobs and every later one.
 */
export async function createTagPool(size: number, aliasFile?: string): Promise<TagPool> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`a tagging pool needs a whole number of workers from 1 (0 tags on the calling thread: inlineTagPool), got ${size}`);
  interface Slot {
    worker: Worker;
    outstanding: Map<number, { resolve: (t: ArticleTagging) => void; reject: (e: Error) => void }>;
    /** Jobs of this turn, posted together when it ends. */
    outbox: TagRequests;
  }
  let nextId = 0;
  let broken: Error | undefined;
  const slots: Slot[] = [];

  const start = (): Promise<Slot> =>
    new Promise((resolveSlot, rejectSlot) => {
      // A bounded heap: V8 otherwise lets garbage pile up to its default limit before collecting, which is what kept
      // the indexer over 400 MB RSS (measured: 413 MB unbounded, 348 MB at 256 MB, no slower).
      const worker = new Worker(new URL('./tag-worker.mjs', import.meta.url), { workerData: { aliasFile }, resourceLimits: { maxOldGenerationSizeMb: 256 } });
      const slot: Slot = { worker, outstanding: new Map(), outbox: [] };
      let ready = false;
      worker.on('message', (message: TagResponses | { ready: true }) => {
        if ('ready' in message) {
          ready = true;
          resolveSlot(slot);
          return;
        }
        for (const response of message) {
          const job = slot.outstanding.get(response.id);
          if (job === undefined) continue;
          slot.outstanding.delete(response.id);
          if ('error' in response) job.reject(new Error(response.error));
          else job.resolve(response.tagging);
        }
      });
      const fail = (error: Error): void => {
        broken ??= error;
        for (const job of slot.outstanding.values()) job.reject(error);
        slot.outstanding.clear();
        if (!ready) rejectSlot(error);
      };
      worker.on('error', (e) => fail(new TagPoolError(`tagging worker failed: ${e.message}`, { cause: e })));
      worker.on('exit', (code) => {
        if (code !== 0 || slot.outstanding.size > 0) fail(new TagPoolError(`tagging worker exited with code ${code}`));
      });
    });

  const started = await Promise.allSettled(Array.from({ length: size }, start));
  for (const s of started) if (s.status === 'fulfilled') slots.push(s.value);
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed !== undefined) {
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw failed.reason as Error;
  }

  return {
    size,
    tag(input) {
      if (broken !== undefined) return Promise.reject(broken);
      let slot = slots[0]!;
      for (const s of slots) if (s.outstanding.size < slot.outstanding.size) slot = s;
      const id = nextId++;
      return new Promise((resolveJob, rejectJob) => {
        slot.outstanding.set(id, { resolve: resolveJob, reject: rejectJob });
        slot.outbox.push({ id, input });
        if (slot.outbox.length === 1) {
          setImmediate(() => {
            const requests = slot.outbox;
            slot.outbox = [];
            if (broken !== undefined) return;
            for (let i = 0; i < requests.length; i += JOBS_PER_MESSAGE) slot.worker.postMessage(requests.slice(i, i + JOBS_PER_MESSAGE));
          });
        }
      });
    },
    async close() {
      broken ??= new TagPoolError('the tagging pool is closed');
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
