import { createHash, randomUUID } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import { findApiError } from './errors.js';
import type { KeepAliveClient } from './http-client.js';

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

/** Requests a search-only key must be refused (403). Write requests carry a body Meilisearch rejects (400) after it
 * has checked the key, so a wider key is found out without anything being written or enqueued. */
function probes(index: string): Array<{ what: string; method: string; path: string; body?: string }> {
  const i = encodeURIComponent(index);
  return [
    { what: 'list keys', method: 'GET', path: '/keys?limit=1' },
    { what: 'read documents', method: 'GET', path: `/indexes/${i}/documents?limit=1` },
    { what: 'read settings', method: 'GET', path: `/indexes/${i}/settings` },
    { what: 'list tasks', method: 'GET', path: '/tasks?limit=1' },
    { what: 'read stats', method: 'GET', path: '/stats' },
    { what: 'add documents', method: 'POST', path: `/indexes/${i}/documents`, body: 'not json' },
    { what: 'delete documents', method: 'POST', path: `/indexes/${i}/documents/delete`, body: '{}' },
    { what: 'change settings', method: 'PATCH', path: `/indexes/${i}/settings`, body: '{"dispatchProbe":1}' },
    { what: 'change the index', method: 'PATCH', path: `/indexes/${i}`, body: '{"dispatchProbe":1}' },
    { what: 'swap indexes', method: 'POST', path: '/swap-indexes', body: '{}' },
    { what: 'delete tasks', method: 'DELETE', path: '/tasks?dispatchProbe=1' },
    // Scope: a key for every index (`*`), as Meilisearch's default search key, finds this one missing (404).
    { what: 'search other indexes', method: 'POST', path: `/indexes/dispatch-scope-probe-${randomUUID()}/search`, body: '{"limit":0}' },
  ];
}

/**
 * Checks a key given to the web server (MEILI_SEARCH_KEY) before the server trusts it: it must search `index` and be
 * refused everything else it can be asked without effect: reading keys, documents, settings, tasks and stats;
 * adding or deleting documents, changing settings or the index, swapping indexes, deleting tasks (each with a body
 * Meilisearch refuses); searching another index. Deleting an index and making a dump cannot be tried without doing
 * them, so a hand-made key with only those rights would pass; keys from `npm run search-key` pass, and the master
 * key and Meilisearch's default admin and search keys are refused.
 *
 * `assertSearchOnly(http, url, masterKey, 'passages', 5000)` → throws SearchKeyError "MEILI_SEARCH_KEY can list keys: …"
 */
export async function assertSearchOnly(http: KeepAliveClient, url: string, key: string, index: string, timeoutMs: number): Promise<void> {
  const headers = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };
  // Paths relative to MEILI_URL, as the search client's: a Meilisearch behind a path prefix keeps it.
  const base = url.endsWith('/') ? url : `${url}/`;
  // Each probe within the configured timeout: a Meilisearch that accepts connections but never answers fails the
  // start with a timeout instead of hanging it.
  const send = (method: string, path: string, body?: string): Promise<unknown> =>
    http.request(new URL(path.slice(1), base), { method, headers, signal: AbortSignal.timeout(timeoutMs), ...(body !== undefined ? { body } : {}) });
  for (const probe of probes(index)) {
    const refused = await send(probe.method, probe.path, probe.body).then(
      () => false,
      (error: unknown) => {
        const api = findApiError(error);
        if (api === undefined) throw error; // not an answer: Meilisearch down, say so as it is
        if (api.cause?.code === 'missing_master_key') {
          throw new SearchKeyError('MEILI_SEARCH_KEY: the Meilisearch at MEILI_URL runs without a master key, so it takes any request from anyone and a search key limits nothing. Start it with a master key.', { cause: error });
        }
        // 403 is the refusal wanted. Anything else (400 bad body, 404 no such index) means the key got past the check.
        return api.response.status === 403;
      },
    );
    if (!refused) throw new SearchKeyError(`MEILI_SEARCH_KEY can ${probe.what}: it is not a search-only key for the index ${index}. Give the web server the key \`npm run search-key\` prints, never the master or an admin key.`);
  }
  try {
    await send('POST', `/indexes/${encodeURIComponent(index)}/search`, '{"limit":0}');
  } catch (error) {
    const api = findApiError(error);
    if (api?.cause?.code === 'index_not_found') return; // not indexed yet: searches answer 503 "not built yet" until it is
    if (api?.response.status === 403) throw new SearchKeyError(`MEILI_SEARCH_KEY cannot search the index ${index}: make it with \`npm run search-key\` for MEILI_INDEX=${index}`, { cause: error });
    throw error;
  }
}

function uuidFrom(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  // Version 5-shaped UUID from the hash (Meilisearch accepts any UUID as a key uid).
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}


