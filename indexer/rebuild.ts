import type { Meilisearch } from 'meilisearch';
import { createLoader, type Loader, type LoaderOptions } from './load.js';

/** The index a rebuild fills beside the live one. `rebuildUid('passages')` → `'passages-rebuild'`. */
export function rebuildUid(liveUid: string): string {
  return `${liveUid}-rebuild`;
}

/**
 * `--rebuild`: fill a fresh index beside the live one, then swap them (one Meilisearch task, atomic), so searches
 * see the old index until the new one is complete, never a partial one. Settings and synonyms are set on the new
 * index by `fill`, so they travel with it; the uid searchers use stays the same, and keys restricted to it keep
 * working. A rebuild left over by a killed run is dropped first; if `fill` fails, the live index is untouched and
 * the half-built one is dropped (best effort: the failure may be Meilisearch itself, and the next rebuild drops it).
 */
export async function rebuild<T>(client: Meilisearch, liveUid: string, fill: (target: Loader) => Promise<T>, options: LoaderOptions = {}): Promise<T> {
  const target = createLoader(client, rebuildUid(liveUid), options);
  await target.drop();
  let result: T;
  try {
    result = await fill(target);
  } catch (error) {
    await target.drop().catch(() => undefined);
    throw error;
  }
  const live = createLoader(client, liveUid, options);
  await live.ensureExists();
  await live.swapWith(target.indexUid);
  // After the swap the rebuild uid holds the old content.
  await target.drop();
  return result;
}
