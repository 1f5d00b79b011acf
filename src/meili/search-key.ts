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

function uuidFrom(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  // Version 5-shaped UUID from the hash (Meilisearch accepts any UUID as a key uid).
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}


