import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hash } from '../../indexer/parse/article-id.js';
import { runIndex } from '../../indexer/run-index.js';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

/**
 * One story given as one source's guid and another's link (with a tracker's parameters) is one article (an indexer
 * review found it indexed twice, `h-` and `u-`), and an index an earlier indexer wrote is mended, not left doubled.
 */
describe('articles named by their web address', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-url-ids-'));
  const address = 'https://news.example/world/niger-airspace';
  const tracked = `${address}?utm_source=rss&utm_medium=feed`;
  const story = { title: 'Niger closes its airspace', body: 'Niamey - Niger closed its airspace on Sunday, the junta said.', url: tracked };
  const jsonl = (name: string, records: object[]): string => {
    const file = join(dir, name);
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return file;
  };

  async function articleIds(index: string): Promise<string[]> {
    const { client, close } = adminClient();
    try {
      const docs = (await client.index<PassageDocument>(index).getDocuments({ limit: 100, fields: ['articleId'] })).results;
      return [...new Set(docs.map((d) => d.articleId))].sort();
    } finally {
      close();
    }
  }

  test('when an index holds a story under the two ids an earlier indexer gave it, then a run leaves it once, under its address, and a run again changes nothing', async () => {
    const index = uniqueIndex('url-ids');
    const earlierFromGuid = `h-${hash(address)}`;
    const earlierFromLink = `u-${hash(tracked)}`;
    // What the earlier indexer wrote for a feed's guid and another source's link: two articles.
    const old = jsonl('old.jsonl', [{ ...story, id: earlierFromGuid }, { ...story, id: earlierFromLink }]);
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [old], tagWorkers: 0 })).toMatchObject({ articles: 2, skipped: [] });
    expect(await articleIds(index)).toEqual([earlierFromGuid, earlierFromLink].sort());
    rmSync(old);

    const files = [jsonl('a.jsonl', [{ ...story, id: address }]), jsonl('b.jsonl', [story])];
    const run = () => runIndex({ endpoint: testEndpoint(), index, paths: files, tagWorkers: 0 });
    expect(await run()).toMatchObject({ articles: 1, repeated: 1, replaced: 2, skipped: [] });
    expect(await articleIds(index)).toEqual([`u-${hash(address)}`]);
    expect(await run()).toMatchObject({ articles: 0, unchanged: 1, repeated: 1, replaced: 0 });

    // A copy under an earlier id written again beside an article already indexed under its address: it goes too.
    const again = jsonl('old-again.jsonl', [{ ...story, id: earlierFromGuid }]);
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [again], tagWorkers: 0 })).toMatchObject({ articles: 1 });
    expect(await run()).toMatchObject({ articles: 0, unchanged: 1, replaced: 1 });
    expect(await articleIds(index)).toEqual([`u-${hash(address)}`]);
  });
});
