import { getPriority, setPriority } from 'node:os';

/**
 * The niceness `npm run index` runs at. The pipeline waits for Meilisearch (it is busy from its first batch to the
 * end), and on a small machine the tagger and the engine want the same cores: at nice 10 the engine, and a web
 * server on the same machine, go first and the tagger takes what they leave. Measured on 2 cores (bench:index,
 * interleaved pairs): 38.1 / 46.3 / 42.0 s against 45.9 / 46.6 / 47.5 s at nice 0.
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
