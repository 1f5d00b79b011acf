import { articleIdFor } from '../../indexer/parse/article-id.js';
import { fileSourceId } from '../../indexer/read/read-files.js';
import { mkdtempSync, writeFileSync, cpSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { runIndex } from '../../indexer/run-index.js';
import { adminClient, indexFiles, SAMPLE_DIR, testApp, testEndpoint, uniqueIndex } from '../support/meili.js';

async function allDocuments(index: string): Promise<PassageDocument[]> {
  const { client, close } = adminClient();
  try {
    const res = await client.index<PassageDocument>(index).getDocuments({ limit: 10_000 });
    return res.results;
  } finally {
    close();
  }
}

describe('indexing the sample corpus', () => {
  const index = uniqueIndex('idem');
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-idem-'));
  cpSync(SAMPLE_DIR, dir, { recursive: true });

  test('when indexed, then every article becomes passages that carry the article fields', async () => {
    const summary = await indexFiles(index, [dir]);
    expect(summary).toMatchObject({ files: 5, articles: 5, unchanged: 0, skipped: [] });
    const docs = await allDocuments(index);
    expect(docs.length).toBe(summary.passages);
    expect(new Set(docs.map((d) => d.articleId)).size).toBe(5);
    for (const d of docs) {
      expect(d.id).toBe(`${d.articleId}-${d.position}`);
      expect(d.text.length).toBeGreaterThan(0);
      expect(d.text.length).toBeLessThanOrEqual(1200);
      expect(d.articleCountries.length).toBeGreaterThan(0);
    }
  });

  test('when indexed again, then nothing changes and no duplicate appears', async () => {
    const before = await allDocuments(index);
    const summary = await indexFiles(index, [dir]);
    expect(summary).toMatchObject({ articles: 0, unchanged: 5, passages: 0 });
    const after = await allDocuments(index);
    expect(after.map((d) => d.id).sort()).toEqual(before.map((d) => d.id).sort());
  });

  test('when an article file changes, then all its passages are replaced and none is left stale', async () => {
    const file = join(dir, '002_553c38acbd687d2c.txt');
    writeFileSync(file, 'Niger talks Sahel’s security with Russia\n\nA short corrected text about Niamey and Moscow.\n');
    const summary = await indexFiles(index, [dir]);
    expect(summary).toMatchObject({ articles: 1, unchanged: 4 });
    const id = articleIdFor({ id: fileSourceId(dir, file) }, '');
    const passages = (await allDocuments(index)).filter((d) => d.articleId === id);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.text).toBe('A short corrected text about Niamey and Moscow.');
  });
});

describe('tagging changes', () => {
  test('when the alias file changes, then an incremental run re-tags the articles whose text did not change', async () => {
    const index = uniqueIndex('retag');
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-retag-'));
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    const aliasFile = join(mkdtempSync(join(tmpdir(), 'dispatch-aliases-')), 'aliases.txt');
    writeFileSync(aliasFile, '# none yet\n');
    const first = await runIndex({ endpoint: testEndpoint(), index, paths: [dir], aliasFile, tagWorkers: 0 });
    expect(first).toMatchObject({ articles: 5, unchanged: 0 });
    const again = await runIndex({ endpoint: testEndpoint(), index, paths: [dir], aliasFile, tagWorkers: 0 });
    expect(again).toMatchObject({ articles: 0, unchanged: 5 });

    appendFileSync(aliasFile, 'Wagner Mercenaries Inc | organisation | Wagner; Wagner Group\n');
    const retagged = await runIndex({ endpoint: testEndpoint(), index, paths: [dir], aliasFile, tagWorkers: 0 });
    expect(retagged).toMatchObject({ articles: 5, unchanged: 0 });
    const actors = new Set((await allDocuments(index)).flatMap((d) => d.articleActors));
    expect(actors).toContain('Wagner Mercenaries Inc');
    expect(actors).not.toContain('Wagner Group');
    expect(actors).not.toContain('Wagner');
  });
});

describe('batches', () => {
  test('when a run starts, then its first upload is a quarter of a batch, so Meilisearch starts indexing sooner; the rest go in whole batches', async () => {
    const index = uniqueIndex('batches');
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-batches-'));
    const lines = Array.from({ length: 13 }, (_, i) => JSON.stringify({ id: `short-${i}`, title: `Short ${i}`, body: `Talks number ${i} were held in Niamey.` }));
    writeFileSync(join(dir, 'short.jsonl'), lines.join('\n') + '\n');
    const summary = await runIndex({ endpoint: testEndpoint(), index, paths: [dir], batchSize: 8, tagWorkers: 0 });
    expect(summary).toMatchObject({ articles: 13, passages: 13 });
    const { client, close } = adminClient();
    try {
      const { results } = await client.tasks.getTasks({ indexUids: [index], types: ['documentAdditionOrUpdate'] });
      // Sorted: two uploads may be in flight at once, so which reaches Meilisearch first (the lower task uid) varies.
      const sizes = results.map((t) => (t.details as { receivedDocuments?: number }).receivedDocuments ?? 0).sort((a, b) => a - b);
      expect(sizes).toEqual([2, 3, 8]);
    } finally {
      close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bad input', () => {
  test('when a JSONL file has a malformed line and a record without text, then those are skipped with file and line, the rest indexed', async () => {
    const index = uniqueIndex('bad');
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-bad-'));
    const file = join(dir, 'feed.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'good-1', title: 'Good one', body: 'Bamako hosted talks on Monday.', date: '2024-06-03' }) + '\n');
    appendFileSync(file, '{"id": "broken", "title": \n');
    appendFileSync(file, JSON.stringify({ id: 'empty', title: 'No text here' }) + '\n');
    appendFileSync(file, JSON.stringify({ id: 'bad-date', body: 'Text.', date: 'the day after tomorrow-ish' }) + '\n');
    appendFileSync(file, JSON.stringify({ id: 'good-2', headline: 'Second good', text: 'Niamey said so.', pubDate: 'Tue, 04 Jun 2024 10:00:00 GMT' }) + '\n');
    writeFileSync(join(dir, 'notes.pdf'), 'not an article');
    const summary = await indexFiles(index, [dir, join(dir, 'missing.txt')]);
    expect(summary.articles).toBe(2);
    const where = summary.skipped.map((s) => `${s.origin.file.split('/').pop()}${s.origin.line ? `:${s.origin.line}` : ''} ${s.reason}`);
    expect(where).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^feed\.jsonl:2 malformed JSON line/),
        expect.stringMatching(/^feed\.jsonl:3 no text/),
        expect.stringMatching(/^feed\.jsonl:4 unparseable date/),
        expect.stringMatching(/^missing\.txt cannot read/),
      ]),
    );
    const docs = await allDocuments(index);
    expect(docs.map((d) => d.articleId).sort()).toEqual(['good-1', 'good-2']);
    expect(docs.find((d) => d.articleId === 'good-2')!.published).toBe('2024-06-04T10:00:00Z');
  });
});

describe('hostile documents', () => {
  test('when an article contains <script>, then pages and highlights show it escaped', async () => {
    const index = uniqueIndex('xss');
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-xss-'));
    writeFileSync(
      join(dir, 'evil.json'),
      JSON.stringify({
        id: 'evil',
        title: 'Coup <script>alert("title")</script> in Niamey',
        body: 'The junta in Niamey said <script>alert(1)</script> and <img src=x onerror=alert(2)> nothing more.',
        url: 'javascript:alert(3)',
      }),
    );
    await indexFiles(index, [dir]);
    const t = await testApp(index);
    try {
      const page = await request(t.app).get('/?q=junta').expect(200);
      expect(page.text).not.toMatch(/<script>alert/);
      expect(page.text).not.toMatch(/<img src=x/);
      expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page.text).toContain('<mark>junta</mark>');
      const article = await request(t.app).get('/articles/evil').expect(200);
      expect(article.text).not.toMatch(/<script>alert/);
      expect(article.text).not.toContain('href="javascript:');
      const api = await request(t.app).get('/api/search?q=junta').expect(200);
      expect(api.body.hits[0].passageHtml).toContain('&lt;script&gt;');
      expect(api.body.hits[0].passage).toContain('<script>alert(1)</script>');
    } finally {
      t.close();
    }
  });
});
