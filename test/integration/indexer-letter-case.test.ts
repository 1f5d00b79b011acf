import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIndex } from '../../indexer/run-index.js';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

/** Meilisearch compares strings in filters without regard to case; ids and file names do not (an indexer review). */
describe('ids and files that differ only in letter case', () => {
  const root = mkdtempSync(join(tmpdir(), 'dispatch-case-'));

  async function texts(index: string): Promise<Record<string, string>> {
    const { client, close } = adminClient();
    try {
      const docs = (await client.index<PassageDocument>(index).getDocuments({ limit: 100 })).results;
      return Object.fromEntries(docs.map((d) => [d.articleId, d.text]).sort());
    } finally {
      close();
    }
  }

  test('when one of two records whose ids differ only in case is edited, then the other stays, and a run again changes nothing', async () => {
    const dir = join(root, 'ids');
    mkdirSync(dir);
    const file = join(dir, 'ids.jsonl');
    const write = (first: string) => writeFileSync(file, [JSON.stringify({ id: 'xK9a', body: first }), JSON.stringify({ id: 'Xk9A', body: 'Talks in Bamako.' })].join('\n') + '\n');
    const index = uniqueIndex('case-ids');
    const run = () => runIndex({ endpoint: testEndpoint(), index, paths: [dir], prune: true, tagWorkers: 0 });
    write('Talks in Niamey.');
    expect(await run()).toMatchObject({ articles: 2, skipped: [] });

    write('Talks in Niamey went on.');
    expect(await run()).toMatchObject({ articles: 1, unchanged: 1, pruned: 0 });
    expect(await texts(index)).toEqual({ xK9a: 'Talks in Niamey went on.', Xk9A: 'Talks in Bamako.' });
    expect(await run()).toMatchObject({ articles: 0, unchanged: 2, pruned: 0 });
    expect(Object.keys(await texts(index))).toHaveLength(2);
  });

  test('when one of two files whose names differ only in case is edited, then the other file\'s article stays', async () => {
    const dir = join(root, 'files');
    mkdirSync(dir);
    writeFileSync(join(dir, 'Report.txt'), 'Upper\n\nTalks in Niamey.');
    writeFileSync(join(dir, 'report.txt'), 'Lower\n\nTalks in Bamako.');
    const index = uniqueIndex('case-files');
    const run = () => runIndex({ endpoint: testEndpoint(), index, paths: [dir], prune: true, tagWorkers: 0 });
    expect(await run()).toMatchObject({ articles: 2, skipped: [] });

    writeFileSync(join(dir, 'Report.txt'), 'Upper\n\nTalks in Niamey went on.');
    expect(await run()).toMatchObject({ articles: 1, unchanged: 1, pruned: 0 });
    expect(Object.values(await texts(index)).sort()).toEqual(['Talks in Bamako.', 'Talks in Niamey went on.']);
    expect(await run()).toMatchObject({ articles: 0, unchanged: 2, pruned: 0 });
  });
});
