import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { hash } from '../../indexer/parse/article-id.js';
import { runIndex } from '../../indexer/run-index.js';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { adminClient, testApp, testEndpoint, uniqueIndex } from '../support/meili.js';

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
    // The article page's old address (the guid's hash) is sent on to the id now.
    const t = await testApp(index);
    try {
      await request(t.app).get(`/articles/${earlierFromGuid}`).expect(301).expect('Location', `/articles/u-${hash(address)}`);
    } finally {
      await t.close();
    }

    // A copy under an earlier id written again beside an article already indexed under its address: it goes too.
    const again = jsonl('old-again.jsonl', [{ ...story, id: earlierFromGuid }]);
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [again], tagWorkers: 0 })).toMatchObject({ articles: 1 });
    expect(await run()).toMatchObject({ articles: 0, unchanged: 1, replaced: 1 });
    expect(await articleIds(index)).toEqual([`u-${hash(address)}`]);
  });

  test('when an earlier index holds a live blog\'s posts, told apart by their fragments, then a run keeps both, each under its id now', async () => {
    const index = uniqueIndex('url-ids-fragments');
    const live = 'https://news.example/niger-live';
    const posts = [
      { id: `${live}#post-1`, title: 'Niger closes its airspace', body: 'Niamey - Niger closed its airspace on Sunday.' },
      { id: `${live}#post-2`, title: 'ECOWAS meets in Abuja', body: 'Abuja - ECOWAS leaders met on Monday.' },
    ];
    const old = jsonl('live-old.jsonl', posts.map((p) => ({ ...p, id: `h-${hash(p.id)}` })));
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [old], tagWorkers: 0 })).toMatchObject({ articles: 2 });
    rmSync(old);
    const file = jsonl('live.jsonl', posts);
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [file], tagWorkers: 0 })).toMatchObject({ articles: 2, replaced: 2, skipped: [] });
    expect(await articleIds(index)).toEqual(posts.map((p) => `u-${hash(p.id)}`).sort());
  });

  test('when two records share an id now but not their text, then the later is the article, and both earlier ids go', async () => {
    const index = uniqueIndex('url-ids-conflict');
    const first = { ...story, id: address };
    const other = { title: 'Niger reopens its airspace', body: 'Niamey - Niger reopened its airspace on Friday.', id: address.replace('https:', 'http:') };
    const old = jsonl('conflict-old.jsonl', [{ ...first, id: `h-${hash(first.id)}` }, { ...other, id: `h-${hash(other.id)}` }]);
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [old], tagWorkers: 0 })).toMatchObject({ articles: 2 });
    rmSync(old);
    const summary = await runIndex({ endpoint: testEndpoint(), index, paths: [jsonl('conflict.jsonl', [first, other])], tagWorkers: 0 });
    expect(summary).toMatchObject({ replaced: 2, skipped: [], superseded: [expect.objectContaining({ articleId: `u-${hash(address)}` })] });
    expect(await articleIds(index)).toEqual([`u-${hash(address)}`]);
    const { client, close } = adminClient();
    try {
      const docs = await client.index<PassageDocument>(index).getDocuments({ fields: ['title'] });
      expect(docs.results.map((d) => d.title)).toEqual([other.title]);
    } finally {
      close();
    }
  });
});

