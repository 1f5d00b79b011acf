import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIndex } from '../../indexer/run-index.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

/** Meilisearch's filters match no string past ~460 bytes; a file deep in a folder tree has such a path (an indexer review). */
describe('a file whose path is longer than a filter can match', () => {
  test('when it is indexed through its folder, then through a folder above, then it is in the index once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dispatch-long-'));
    const deep = join(root, ...Array.from({ length: 6 }, (_, i) => `${String(i).repeat(2)}-${'folder-name-of-an-archive-'.repeat(3)}`));
    mkdirSync(deep, { recursive: true });
    const file = join(deep, 'story.txt');
    expect(file.length).toBeGreaterThan(500);
    writeFileSync(file, 'Floods in Beira\n\nHeavy rains in Mozambique displaced thousands of people.');
    const index = uniqueIndex('long-paths');
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [deep], tagWorkers: 0 })).toMatchObject({ articles: 1, skipped: [] });
    // Through the folder above, the file's relative path (and so its id) differs: the old id must go.
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [root], tagWorkers: 0 })).toMatchObject({ articles: 1, skipped: [] });
    const { client, close } = adminClient();
    try {
      const docs = (await client.index(index).getDocuments({ limit: 10 })).results;
      expect(new Set(docs.map((d) => d.articleId)).size).toBe(1);
    } finally {
      close();
    }
  });
});
