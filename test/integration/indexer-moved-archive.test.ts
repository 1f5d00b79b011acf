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

/** A folder indexed as itself and through a link to it (a black-box review: every article was two, and prune missed). */
describe('a folder reached through a link', () => {
  const root = mkdtempSync(join(tmpdir(), 'dispatch-linked-'));
  mkdirSync(join(root, 'news'));
  writeFileSync(join(root, 'news', 'q.txt'), 'Quake hits Peru\n\nA strong earthquake hit southern Peru on Monday, officials in Lima said.\n');
  writeFileSync(join(root, 'news', 'feed.jsonl'), ['r1', 'r2'].map((id) => JSON.stringify({ id, title: `Story ${id}`, body: `Talks on story ${id} went on in Niamey on Monday.` })).join('\n') + '\n');
  symlinkSync(join(root, 'news'), join(root, 'latest'));
  const index = uniqueIndex('linked');

  async function articles(): Promise<string[]> {
    const { client, close } = adminClient();
    try {
      return (await client.index(index).getDocuments({ limit: 100, fields: ['articleId', 'sourcePath'] })).results.map((d) => `${d.articleId as string} ${d.sourcePath as string}`).sort();
    } finally {
      close();
    }
  }

  test('when it is indexed as itself, through the link and from the folder above, then each article is there once under its real path, and --prune of the folder removes what went through the link', async () => {
    await runIndex({ endpoint: testEndpoint(), index, paths: [join(root, 'news')], tagWorkers: 0 });
    const first = await articles();
    expect(first).toHaveLength(3);
    expect(first.every((line) => line.endsWith(join(root, 'news', 'q.txt')) || line.endsWith(join(root, 'news', 'feed.jsonl')))).toBe(true);
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [join(root, 'latest')], tagWorkers: 0 })).toMatchObject({ unchanged: 3 });
    // From the folder above, a text file's id is named from that folder (fileSourceId): the article is filed anew, once.
    await runIndex({ endpoint: testEndpoint(), index, paths: [root], tagWorkers: 0 });
    const sources = (lines: string[]): string[] => lines.map((line) => line.split(' ')[1]!).sort();
    expect(sources(await articles())).toEqual(sources(first));

    writeFileSync(join(root, 'news', 'feed.jsonl'), JSON.stringify({ id: 'r1', title: 'Story r1', body: 'Talks on story r1 went on in Niamey on Monday.' }) + '\n');
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [join(root, 'latest')], prune: true, tagWorkers: 0 })).toMatchObject({ pruned: 1 });
    expect((await articles()).map((line) => line.split(' ')[0])).not.toContain('r2');
  });

  test('when a folder links to another folder outside it, then --prune of the first removes an article whose file in the other is gone', async () => {
    const top = mkdtempSync(join(tmpdir(), 'dispatch-linked-top-'));
    const other = mkdtempSync(join(tmpdir(), 'dispatch-linked-other-'));
    writeFileSync(join(other, 'old.jsonl'), JSON.stringify({ id: 'o1', body: 'Talks in Bamako last year went on.' }) + '\n');
    writeFileSync(join(other, 'older.jsonl'), JSON.stringify({ id: 'o2', body: 'Talks in Dakar the year before went on.' }) + '\n');
    symlinkSync(other, join(top, 'archive'));
    const linkedIndex = uniqueIndex('linked-out');
    expect(await runIndex({ endpoint: testEndpoint(), index: linkedIndex, paths: [top], tagWorkers: 0 })).toMatchObject({ articles: 2 });
    renameSync(join(other, 'older.jsonl'), join(other, 'older.jsonl.bak'));
    expect(await runIndex({ endpoint: testEndpoint(), index: linkedIndex, paths: [top], prune: true, tagWorkers: 0 })).toMatchObject({ pruned: 1, unchanged: 1 });
  });
});
