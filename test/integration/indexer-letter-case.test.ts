import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { articleIdFor } from '../../indexer/parse/article-id.js';
import { runIndex } from '../../indexer/run-index.js';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { adminClient, testApp, testEndpoint, uniqueIndex } from '../support/meili.js';

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

  /**
   * A folder `name` holding `record` in a JSON Lines file, and a new index holding what the earlier indexer wrote for
   * it: an article under its id as the source gave it, with `text`.
   */
  async function indexedByEarlierIndexer(name: string, record: { id: string; title: string; body: string }, text: string): Promise<{ dir: string; index: string }> {
    const dir = join(root, name);
    mkdirSync(dir);
    const sourcePath = join(dir, 'ids.jsonl');
    writeFileSync(sourcePath, JSON.stringify(record) + '\n');
    const index = uniqueIndex(`case-${name}`);
    const { client, close } = adminClient();
    try {
      await client.index(index).addDocuments([{ id: `${record.id}-0`, articleId: record.id, position: 0, contentHash: 'earlier', sourcePath, text }], { primaryKey: 'id' }).waitTask();
    } finally {
      close();
    }
    return { dir, index };
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
    const [lower, upper] = [articleIdFor({ id: 'xK9a' }, ''), articleIdFor({ id: 'Xk9A' }, '')];
    expect(await texts(index)).toEqual({ [lower]: 'Talks in Niamey went on.', [upper]: 'Talks in Bamako.' });
    expect(await run()).toMatchObject({ articles: 0, unchanged: 2, pruned: 0 });
    expect(Object.keys(await texts(index))).toHaveLength(2);

    // Searches collapse passages by article id (distinct), which Meilisearch compares without regard to case: ids with
    // capitals are hashed, so both articles are found, each once.
    const t = await testApp(index);
    try {
      const res = await request(t.app).get('/api/search?q=talks').expect(200);
      expect(res.body.total).toBe(2);
      expect(res.body.hits.map((h: { articleId: string }) => h.articleId).sort()).toEqual([lower, upper].sort());
    } finally {
      await t.close();
    }
  });

  test('when an index holds an article under the id with capitals an earlier indexer kept, then a run files it under its id now and deletes the old one', async () => {
    const { dir, index } = await indexedByEarlierIndexer('earlier', { id: 'ID893', title: 'Japan to reduce aid to China', body: 'Japan will reduce its aid to China.' }, 'Japan will reduce its aid to China.');
    const run = () => runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 });
    expect(await run()).toMatchObject({ articles: 1, replaced: 1, skipped: [] });
    expect(Object.keys(await texts(index))).toEqual([articleIdFor({ id: 'ID893' }, '')]);
    expect(await run()).toMatchObject({ articles: 0, unchanged: 1, replaced: 0 });
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

  test('when a record an earlier indexer filed under its id with capitals cannot be read this run, then --prune keeps the article', async () => {
    const { dir, index } = await indexedByEarlierIndexer('earlier-skipped', { id: 'ID42', title: 'Talks', body: '' }, 'Talks in Niamey.');
    const summary = await runIndex({ endpoint: testEndpoint(), index, paths: [dir], prune: true, tagWorkers: 0 });
    expect(summary).toMatchObject({ articles: 0, pruned: 0 });
    expect(summary?.skipped).toHaveLength(1);
    expect(Object.keys(await texts(index))).toEqual(['ID42']);
  });
});

