import { indexSettings } from '../../src/meili/index-settings.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLoader } from '../../indexer/load.js';
import { runIndex } from '../../indexer/run-index.js';
import { wordSettings } from '../../indexer/word-settings.js';
import { defaultTagger } from '../../indexer/tag/default-tagger.js';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { countingPool } from '../support/counting-pool.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

async function articleIds(index: string): Promise<string[]> {
  const { client, close } = adminClient();
  try {
    const res = await client.index<PassageDocument>(index).getDocuments({ filter: 'position = 0', fields: ['articleId'], limit: 10_000 });
    return res.results.map((d) => d.articleId).sort();
  } finally {
    close();
  }
}

const item = (guid: string, title: string, body: string) => `<item><guid isPermaLink="false">${guid}</guid><title>${title}</title><description>${body}</description><pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate></item>`;
const feed = (...items: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Sahel wire</title>${items.join('')}</channel></rss>`;

describe('incremental runs', () => {
  test('when an article is unchanged, then it is recognised before tagging and only the changed one is tagged again', async () => {
    const index = uniqueIndex('pretag');
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-pretag-'));
    const lines = (changed: string) => [
      { id: 'p1', title: 'One', body: 'Envoys met in Niamey on Monday.' },
      { id: 'p2', title: 'Two', body: changed },
      { id: 'p3', title: 'Three', body: 'Mali and Niger signed a pact.' },
    ].map((r) => JSON.stringify(r)).join('\n') + '\n';
    writeFileSync(join(dir, 'news.jsonl'), lines('Talks in Bamako ended.'));
    const first = countingPool();
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagPool: first })).toMatchObject({ articles: 3 });
    expect(first.tagged).toBe(3);

    writeFileSync(join(dir, 'news.jsonl'), lines('Talks in Bamako ended without a deal.'));
    const second = countingPool();
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagPool: second })).toMatchObject({ articles: 1, unchanged: 2 });
    expect(second.tagged).toBe(1);
    expect(await articleIds(index)).toEqual(['p1', 'p2', 'p3']);
  });

  test('when two daily feed files repeat an item, then it is indexed once, counted as repeated, not skipped, and --prune still prunes', async () => {
    const index = uniqueIndex('overlap');
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-overlap-'));
    writeFileSync(join(dir, 'day1.xml'), feed(item('ov-1', 'One', 'Talks in Niamey.'), item('ov-2', 'Two', 'Talks in Bamako.')));
    writeFileSync(join(dir, 'day2.xml'), feed(item('ov-2', 'Two', 'Talks in Bamako.'), item('ov-3', 'Three', 'Talks in Dakar.'), item('ov-4', 'Four', 'Talks in Accra.')));
    const first = (await runIndex({ endpoint: testEndpoint(), index, paths: [dir], prune: true, tagWorkers: 0 }))!;
    expect(first).toMatchObject({ articles: 4, repeated: 1, skipped: [], pruneHeldBack: [] });

    writeFileSync(join(dir, 'day2.xml'), feed(item('ov-2', 'Two', 'Talks in Bamako.'), item('ov-3', 'Three', 'Talks in Dakar.')));
    const second = (await runIndex({ endpoint: testEndpoint(), index, paths: [dir], prune: true, tagWorkers: 0 }))!;
    expect(second).toMatchObject({ pruned: 1, skipped: [], pruneHeldBack: [] });
    expect(await articleIds(index)).toEqual(['sahel-wire-ov-1', 'sahel-wire-ov-2', 'sahel-wire-ov-3']);
  });

  test('when a record without id or url is edited, then its old version is removed and only the new one is searchable', async () => {
    const index = uniqueIndex('contentid');
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-contentid-'));
    const file = join(dir, 'wire.jsonl');
    const record = (body: string) => JSON.stringify({ title: 'No id', body }) + '\n';
    writeFileSync(file, record('Envoys met in Niamey on Monday.') + record('Mali and Niger signed a pact.'));
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 })).toMatchObject({ articles: 2, replaced: 0 });
    const before = await articleIds(index);

    writeFileSync(file, record('Envoys met in Niamey on Tuesday.') + record('Mali and Niger signed a pact.'));
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 })).toMatchObject({ articles: 1, unchanged: 1, replaced: 1 });
    const after = await articleIds(index);
    expect(after).toHaveLength(2);
    expect(after.filter((id) => before.includes(id))).toHaveLength(1);

    // A file with an unreadable record this run: what it holds is not known, so nothing of it is removed.
    writeFileSync(file, record('Envoys met in Niamey on Wednesday.') + '{"title": broken\n');
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 })).toMatchObject({ articles: 1, replaced: 0 });
    expect(await articleIds(index)).toHaveLength(3);
  });
});

describe('settings', () => {
  test('when the index already has the settings and synonyms, then a run over unchanged input enqueues no task at all', async () => {
    const index = uniqueIndex('nosettings');
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-nosettings-'));
    writeFileSync(join(dir, 'news.jsonl'), JSON.stringify({ id: 's1', title: 'One', body: 'Envoys met in Niamey on Monday.' }) + '\n');
    await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 });
    const { client, close } = adminClient();
    try {
      const before = (await client.tasks.getTasks({ indexUids: [index], limit: 1000 })).results.length;
      expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 })).toMatchObject({ articles: 0, unchanged: 1 });
      expect((await client.tasks.getTasks({ indexUids: [index], limit: 1000 })).results.length).toBe(before);
      // A setting changed behind the indexer's back is put right on the next run.
      await client.index(index).updateSettings({ sortableAttributes: ['position'] }).waitTask();
      await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 });
      expect((await client.index(index).getSettings()).sortableAttributes?.sort()).toEqual(['position', 'publishedAt']);
    } finally {
      close();
    }
  });

  test('when a killed run left tasks enqueued, then the next run reads the index only after they are applied, settings unchanged or not', async () => {
    const index = uniqueIndex('leftover');
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-leftover-'));
    writeFileSync(join(dir, 'news.jsonl'), JSON.stringify({ id: 'l1', title: 'One', body: 'Envoys met in Niamey on Monday.' }) + '\n');
    await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 });
    const { client, close } = adminClient();
    try {
      // What a run killed after its uploads leaves: a large addition still enqueued or processing.
      const docs = Array.from({ length: 20_000 }, (_, i) => ({ id: `left-${i}-0`, articleId: `left-${i}`, position: 0, title: 'Left', text: `Left over passage ${i} about Bamako.` }));
      await client.index(index).addDocuments(docs, { primaryKey: 'id' });
      const loader = createLoader(client, index);
      const documents = await loader.prepare(wordSettings(defaultTagger().aliases));
      const open = await client.tasks.getTasks({ indexUids: [index], statuses: ['enqueued', 'processing'] });
      expect(open.results).toEqual([]);
      expect(documents).toBe(20_001);
    } finally {
      close();
    }
  });
});

describe('looking up articles by their source', () => {
  test('when a source path holds a control character or a quote, then its articles are found under it exactly', async () => {
    const index = uniqueIndex('sourcepath');
    const { client, close } = adminClient();
    try {
      const paths = ['feeds/a\tb.jsonl', 'feeds/line\nbreak.txt', 'feeds/say "no".txt', 'feeds/bell\u0007.txt'];
      await client.index(index).addDocuments(paths.map((sourcePath, i) => ({ id: `p${i}-0`, articleId: `p${i}`, position: 0, sourcePath, title: 'T', text: 'x' })), { primaryKey: 'id' }).waitTask();
      // Documents as written before the source keys (documents version 4): found by their paths, quoted exactly.
      await client.index(index).updateFilterableAttributes(indexSettings.filterableAttributes!).waitTask();
      const found = await createLoader(client, index).articlesFromSources(paths);
      expect(found.map((f) => f.sourcePath).sort()).toEqual([...paths].sort());
    } finally {
      close();
    }
  });
});
