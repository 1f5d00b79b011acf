import { ensureSearchKey } from '../../src/meili/search-key.js';
import { adminClient, indexFiles, SAMPLE_DIR, searchKeyFor, testEndpoint, uniqueIndex } from '../support/meili.js';

const index = uniqueIndex('search-key');
const other = uniqueIndex('search-key-other');
let key: string;

beforeAll(async () => {
  await indexFiles(index, [SAMPLE_DIR]);
  await indexFiles(other, [SAMPLE_DIR]);
  key = await searchKeyFor(index);
});

/** One request to the real engine with the web server's key. */
async function withKey(method: string, path: string, body?: unknown): Promise<number> {
  const res = await fetch(`${testEndpoint().url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  await res.arrayBuffer();
  return res.status;
}

describe("the web server's Meilisearch key", () => {
  test('when it searches its index, then Meilisearch answers', async () => {
    expect(await withKey('POST', `/indexes/${index}/search`, { q: 'Niger' })).toBe(200);
  });

  test.each([
    ['add documents', 'POST', `/indexes/${index}/documents`, [{ id: 'x', text: 'y' }]],
    ['delete documents', 'DELETE', `/indexes/${index}/documents`, undefined],
    ['change settings', 'PATCH', `/indexes/${index}/settings`, { searchableAttributes: ['id'] }],
    ['create an index', 'POST', '/indexes', { uid: 'made-by-search-key' }],
    ['delete the index', 'DELETE', `/indexes/${index}`, undefined],
    ['list keys', 'GET', '/keys', undefined],
    ['read documents', 'GET', `/indexes/${index}/documents`, undefined],
    ['make a dump', 'POST', '/dumps', undefined],
  ])('when it tries to %s, then Meilisearch refuses (403)', async (_what, method, path, body) => {
    expect(await withKey(method, path, body)).toBe(403);
  });

  test('when it searches another index, then Meilisearch refuses (403)', async () => {
    expect(await withKey('POST', `/indexes/${other}/search`, { q: 'Niger' })).toBe(403);
  });

  test('when asked again for the same index, then the same key comes back (no pile of keys)', async () => {
    const admin = adminClient();
    try {
      expect(await ensureSearchKey(admin.client, index)).toBe(key);
    } finally {
      admin.close();
    }
  });
});
