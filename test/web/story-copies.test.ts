import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { indexFiles, testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/**
 * The wire files one story again under a new id (Reuters' part 1: 202 stories twice or more, hours or days apart).
 * Indexed by the real indexer into the real engine: searches show the story once, its page lists the other filing.
 */
const index = uniqueIndex('copies');
const dir = mkdtempSync(join(tmpdir(), 'dispatch-copies-'));
const STORY = 'Oil ministers of the Organization of the Petroleum Exporting Countries met in Vienna on Monday. Saudi Arabian oil minister Hisham Nazer said prices would hold.';
const OTHER = 'Oil output of the Organization of the Petroleum Exporting Countries held steady in February, Hisham Nazer said in Riyadh.';
let t: TestApp;

beforeAll(async () => {
  const records = [
    // Filed again the next morning, the dateline's day moved on (a dateline field, as Reuters-21578 stores it).
    { id: 'r-1', title: 'OPEC MINISTERS MEET IN VIENNA', date: '1987-03-02T10:00:00Z', dateline: 'VIENNA, March 2 -', body: STORY },
    { id: 'r-2', title: 'OPEC MINISTERS MEET IN VIENNA', date: '1987-03-03T08:13:28Z', dateline: 'VIENNA, March 3 -', body: STORY },
    { id: 'r-3', title: 'OPEC OUTPUT STEADY', date: '1987-03-04T09:00:00Z', body: OTHER },
    // The same text under another title is another filing, not a copy: the title is part of the story.
    { id: 'r-4', title: 'SAUDI SAYS OPEC OUTPUT STEADY', date: '1987-03-04T10:00:00Z', body: OTHER },
  ];
  writeFileSync(join(dir, 'wire.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  await indexFiles(index, [join(dir, 'wire.jsonl')]);
  t = await testApp(index);
});
afterAll(() => {
  t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('one story filed twice', () => {
  test('when a search matches both filings, then it shows the story once and counts it once', async () => {
    const vienna = (await request(t.app).get('/api/search?q=Vienna').expect(200)).body;
    expect(vienna.total).toBe(1);
    expect(['r-1', 'r-2']).toContain(vienna.hits[0].articleId);
    const oil = (await request(t.app).get('/api/search?q=oil&sort=oldest').expect(200)).body;
    expect(oil.total).toBe(3);
    expect(oil.hits.map((h: { articleId: string }) => h.articleId).filter((id: string) => id === 'r-1' || id === 'r-2')).toHaveLength(1);
    expect(oil.facets.country.find((c: { value: string }) => c.value === 'AT')?.count).toBe(1);
  });

  test('when one filing is opened, then its page lists the other with its day, and the related list holds no copy of it', async () => {
    const api = (await request(t.app).get('/api/articles/r-1').expect(200)).body;
    expect(api.copies).toEqual([{ id: 'r-2', published: '1987-03-03', href: '/articles/r-2' }]);
    expect(api.related.map((r: { href: string }) => r.href)).not.toContain('/articles/r-2');
    expect(api.related.map((r: { href: string }) => r.href)).toEqual(expect.arrayContaining(['/articles/r-3']));
    const page = (await request(t.app).get('/articles/r-2').expect(200)).text;
    expect(page).toContain('The same story filed again: <ul class="comma-list"><li><a href="/articles/r-1">1987-03-02</a></li></ul>');
  });

  test('when an article has no other filing, then it lists none', async () => {
    expect((await request(t.app).get('/api/articles/r-3').expect(200)).body.copies).toEqual([]);
    expect((await request(t.app).get('/articles/r-3').expect(200)).text).not.toContain('filed again');
  });
});
