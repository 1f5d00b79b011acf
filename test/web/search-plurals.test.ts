import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run-index.js';
import { adminClient, indexFiles, testApp, testEndpoint, uniqueIndex, type TestApp } from '../support/meili.js';

/**
 * Meilisearch does not stem, and its typo tolerance joins only words of six letters or more one letter apart. The
 * indexer gives it the plural file's pairs as synonyms: indexed by the real indexer into the real engine, a search
 * for one form finds the other.
 */
const index = uniqueIndex('plurals');
const dir = mkdtempSync(join(tmpdir(), 'dispatch-plurals-'));
let t: TestApp;

beforeAll(async () => {
  const records = [
    { id: 'p-1', title: 'Army seizes power', date: '2023-07-26', body: 'Soldiers staged a coup in the capital on Wednesday and closed the borders.' },
    { id: 'p-2', title: 'A region of unrest', date: '2023-08-30', body: 'The region has seen several coups since 2020, each led by officers of the guard.' },
    { id: 'p-3', title: 'Vote count begins', date: '2024-03-01', body: 'The ruling party said the count would end by Friday.' },
    { id: 'p-4', title: 'Opposition unites', date: '2024-03-02', body: 'Three opposition parties agreed on one candidate for the runoff.' },
  ];
  writeFileSync(join(dir, 'news.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  await indexFiles(index, [join(dir, 'news.jsonl')]);
  t = await testApp(index);
});
afterAll(() => {
  t.close();
  rmSync(dir, { recursive: true, force: true });
});

const ids = async (q: string): Promise<string[]> =>
  ((await request(t.app).get(`/api/search?q=${encodeURIComponent(q)}&sort=oldest`).expect(200)).body.hits as { articleId: string }[]).map((h) => h.articleId);

describe('singular and plural', () => {
  test('when a search names the plural, then it finds the singular too, and the other way round', async () => {
    expect(await ids('coups')).toEqual(['p-1', 'p-2']);
    expect(await ids('coup')).toEqual(['p-1', 'p-2']);
    expect(await ids('parties')).toEqual(['p-3', 'p-4']);
    expect(await ids('party')).toEqual(['p-3', 'p-4']);
  });

  test('when the other form matches, then the passage highlights the word as the article writes it', async () => {
    const body = (await request(t.app).get('/api/search?q=coups&sort=oldest').expect(200)).body;
    expect(body.hits[0].passageHtml).toContain('<mark>coup</mark>');
    expect(body.hits[1].passageHtml).toContain('<mark>coups</mark>');
  });

  test('when every word must match, then a plural counts as its word ("opposition party" finds the parties)', async () => {
    expect(await ids('opposition party')).toEqual(['p-4']);
  });
});

describe('a bad plural file', () => {
  test('when the plural file has a bad line, then the run stops before writing, naming the file and the line', async () => {
    const plurals = join(dir, 'plurals.txt');
    writeFileSync(plurals, 'coup coups\nParty Parties\n');
    const other = uniqueIndex('plurals-bad');
    await expect(runIndex({ endpoint: testEndpoint(), index: other, paths: [join(dir, 'news.jsonl')], pluralFile: plurals, tagWorkers: 0 }))
      .rejects.toThrow(`${plurals}:2: expected a singular and its plural, two lower-case words apart, got "Party Parties"`);
    const admin = adminClient();
    try {
      await expect(admin.client.getIndex(other)).rejects.toThrow();
    } finally {
      admin.close();
    }
  });
});
