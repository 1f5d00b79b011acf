import { getPriority, setPriority } from 'node:os';

/**
 * The niceness `npm run index` runs at: the web server and Meilisearch on the same machine go first, and the tagger
 * takes the CPU they leave. Measured on 2 cores, `/api/search` while the indexer ran beside the server (Reuters into
 * another index of the same engine): p50 33.9 / 32.5 ms and p90 65.7 / 68.6 ms at nice 10, against 40.8 / 36.5 ms and
 * 91.2 / 87.5 ms at nice 0 (24–27 ms and ~46 ms idle); the indexer took 41.1 / 37.9 s against 36.6 / 36.6 s. With no
 * searches running, indexing is as fast as at nice 0 (bench:index, six interleaved pairs: medians 44.6 s and 45.7 s):
 * the pipeline waits for Meilisearch either way.
 */
export const DEFAULT_INDEXER_NICENESS = 10;

/**
 * Lowers the calling thread's CPU priority to `niceness` (0–19) and returns what puts it back. On Linux a nice value
 * belongs to a thread, and threads started afterwards (the tagging workers) inherit it; the Meilisearch an indexer
 * started before keeps its own (one it restarts after a crash, later, starts at the indexer's). Never raises it. Putting it back needs a privilege a process may lack
 * (CAP_SYS_NICE); the thread then stays lower, which costs a one-shot indexer nothing.
 *
 * `const restore = lowerPriority(10)` → this thread runs at nice 10 until `restore()`.
 */
export function lowerPriority(niceness: number): () => void {
  if (!Number.isInteger(niceness) || niceness < 0 || niceness > 19) {
    throw new RangeError(`niceness: expected a whole number from 0 (normal) to 19 (lowest), got ${niceness}`);
  }
  const before = getPriority(0);
  if (niceness <= before) return () => {};
  setPriority(0, niceness);
  return () => {
    try {
      setPriority(0, before);
    } catch {
      // EACCES without CAP_SYS_NICE: stays at the lower priority.
    }
  };
}

/** The calling thread's niceness now (the summary reports it). */
export function currentNiceness(): number {
  return getPriority(0);
}
