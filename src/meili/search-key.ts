import { createHash } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import { findApiError } from './errors.js';

/**
 * The web server's key: search only, on the one index. Obtained at start with the admin key, which the server then
 * forgets. The key has a fixed uid per index so restarts reuse it instead of piling up keys.
 */
export async function ensureSearchKey(admin: Meilisearch, index: string): Promise<string> {
  const uid = uuidFrom(`dispatch-search-key:${index}`);
  try {
    const existing = await admin.getKey(uid);
    return existing.key;
  } catch (error) {
    const api = findApiError(error);
    if (api?.cause?.code !== 'api_key_not_found') throw error;
  }
  const created = await admin.createKey({
    uid,
    name: `dispatch-search-${index}`,
    description: 'Dispatch web server: search only',
    actions: ['search'],
    indexes: [index],
    expiresAt: null,
  });
  return created.key;
}

/** The key's holder is not who it was meant for: it can do more than search, or cannot search the index. */
export class SearchKeyError extends Error {
  override name = 'SearchKeyError';
}

/**
 * Checks a key given to the web server (MEILI_SEARCH_KEY) before the server trusts it: it must search `index` and be
 * refused everything else. Only read-only requests are sent: listing keys, reading documents, settings, tasks and
 * stats; any of them answered means an admin or otherwise wider key, which a web server must not hold.
 * (A hand-made key with write actions but none of these reads would pass; keys made by `npm run search-key`, the
 * master key and Meilisearch's default admin key are all told apart.)
 *
 * `assertSearchOnly(admin key)` → throws SearchKeyError "MEILI_SEARCH_KEY can list keys: …"
 */
export async function assertSearchOnly(searchOnly: Meilisearch, index: string): Promise<void> {
  const probes: Array<[string, () => Promise<unknown>]> = [
    ['list keys', () => searchOnly.getKeys({ limit: 1 })],
    ['read documents', () => searchOnly.index(index).getDocuments({ limit: 1 })],
    ['read settings', () => searchOnly.index(index).getSettings()],
    ['list tasks', () => searchOnly.tasks.getTasks({ limit: 1 })],
    ['read stats', () => searchOnly.getStats()],
  ];
  for (const [what, probe] of probes) {
    const refused = await probe().then(
      () => false,
      (error: unknown) => {
        const api = findApiError(error);
        // 403 is the refusal wanted; anything else but "no such index" is a real failure to report.
        if (api?.response.status === 403) return true;
        if (api?.cause?.code === 'missing_master_key') {
          throw new SearchKeyError('MEILI_SEARCH_KEY: the Meilisearch at MEILI_URL runs without a master key, so it takes any request from anyone and a search key limits nothing. Start it with a master key.', { cause: error });
        }
        if (api?.cause?.code === 'index_not_found') return false;
        throw error;
      },
    );
    if (!refused) throw new SearchKeyError(`MEILI_SEARCH_KEY can ${what}: it is not a search-only key. Give the web server the key \`npm run search-key\` prints, never the master or an admin key.`);
  }
  try {
    await searchOnly.index(index).search('', { limit: 0 });
  } catch (error) {
    const api = findApiError(error);
    if (api?.cause?.code === 'index_not_found') return; // not indexed yet: searches answer "no results" until it is
    if (api?.response.status === 403) throw new SearchKeyError(`MEILI_SEARCH_KEY cannot search the index ${index}: make it with \`npm run search-key\` for MEILI_INDEX=${index}`, { cause: error });
    throw error;
  }
}

function uuidFrom(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  // Version 5-shaped UUID from the hash (Meilisearch accepts any UUID as a key uid).
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}


