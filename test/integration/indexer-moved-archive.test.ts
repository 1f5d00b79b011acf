import { mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIndex } from '../../indexer/run-index.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

/** A feeds folder whose `archive` is a link to a folder on another disk, which is then moved away (unmounted). */
describe('a linked archive folder that is not there today (an indexer review)', () => {
  const root = mkdtempSync(join(tmpdir(), 'dispatch-archive-'));
  const feeds = join(root, 'feeds');
  const disk = join(root, 'disk');
  mkdirSync(feeds);
  mkdirSync(join(disk, 'archive'), { recursive: true });
  writeFileSync(join(feeds, 'today.jsonl'), JSON.stringify({ id: 'today-1', body: 'Talks in Niamey today.' }) + '\n');
  writeFileSync(join(disk, 'archive', 'old.jsonl'), JSON.stringify({ id: 'arch-1', body: 'Talks in Bamako last year.' }) + '\n');
  symlinkSync(join(disk, 'archive'), join(feeds, 'archive'));
  const index = uniqueIndex('archive');

  async function articleIds(): Promise<string[]> {
    const { client, close } = adminClient();
    try {
      return (await client.index(index).getDocuments({ limit: 100 })).results.map((d) => d.articleId as string).sort();
    } finally {
      close();
    }
  }

  test('when the link leads nowhere, then it is a skip naming it, --prune keeps its articles and --rebuild is not swapped in', async () => {
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [feeds], tagWorkers: 0 })).toMatchObject({ articles: 2, skipped: [] });
    renameSync(disk, `${disk}.unmounted`);

    const pruned = (await runIndex({ endpoint: testEndpoint(), index, paths: [feeds], prune: true, tagWorkers: 0 }))!;
    expect(pruned.skipped.map((s) => `${s.origin.file} ${s.reason}`)).toEqual([expect.stringMatching(/feeds\/archive broken link: ENOENT$/)]);
    expect(pruned.pruned).toBe(0);
    expect(await articleIds()).toEqual(['arch-1', 'today-1']);

    await expect(runIndex({ endpoint: testEndpoint(), index, paths: [feeds], rebuild: true, tagWorkers: 0 })).rejects.toThrow(/^--rebuild: cannot read .*feeds\/archive; the live index is left as it was$/);
    expect(await articleIds()).toEqual(['arch-1', 'today-1']);

    // Back again: everything is read, and nothing is left to hold back.
    renameSync(`${disk}.unmounted`, disk);
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [feeds], prune: true, tagWorkers: 0 })).toMatchObject({ unchanged: 2, pruned: 0, skipped: [] });
  });
});
