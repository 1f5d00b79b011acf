import { getPriority, setPriority } from 'node:os';

/**
 * The niceness `npm run index` runs at: the web server and Meilisearch on the same machine go first, and the tagger
 * takes the CPU they leave. Measured on 2 cores with `npm run bench:nice` (`/api/search` while the indexer puts
 * Reuters into another index of the same engine): p90 55–69 ms at nice 10 against 86–91 ms at nice 0 (~46 ms idle),
 * for an indexer a few seconds slower while searches keep the machine busy. With no
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
