import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { indexFiles, testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/**
 * "US" in capitals is the United States, not the pronoun "us" that Meilisearch's case folding made it: indexed by the
 * real indexer into the real engine, a search for it finds the passages the indexer tagged with the country, in any
 * of its spellings, and no passage that only says "us".
 */
const index = uniqueIndex('country-words');
const dir = mkdtempSync(join(tmpdir(), 'dispatch-country-words-'));
let t: TestApp;

beforeAll(async () => {
  const far = 'Filler sentence about the weather and the markets, repeated to push the next words into another passage. '.repeat(9);
  const records = [
    { id: 'c-1', title: 'Tehran warned', date: '2024-05-01', body: 'Washington warned Iran of new sanctions on Monday, the US Treasury said.' },
    { id: 'c-2', title: 'Traders in Tehran', date: '2024-05-02', body: '"The sanctions hurt us," a trader in Tehran told reporters in Iran.' },
    { id: 'c-3', title: 'A new package', date: '2024-05-03', body: 'The United States announced sanctions on the regime in Caracas.' },
    { id: 'c-4', title: 'Two passages', date: '2024-05-04', body: `The U.S. embassy in Tehran stays closed.\n\n${far}\n\n${far}\n\nTraders said the sanctions hurt them.` },
    { id: 'c-5', title: 'Final in New York', date: '2024-05-05', body: 'Fans cheered at the US Open on Sunday.' },
  ];
  writeFileSync(join(dir, 'news.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  await indexFiles(index, [join(dir, 'news.jsonl')]);
  t = await testApp(index);
});
afterAll(() => {
  t.close();
  rmSync(dir, { recursive: true, force: true });
});

const ids = async (query: string): Promise<string[]> => {
  const body = (await request(t.app).get(`/api/search?${query}`).expect(200)).body as { hits: { articleId: string }[] };
  return body.hits.map((h) => h.articleId).sort();
};

describe('a country written in the query', () => {
  test('when "US" is searched with another word, then the passages naming the United States in any spelling come back, and none that only says "us"', async () => {
    expect(await ids('q=US+sanctions')).toEqual(['c-1', 'c-3']);
    const body = (await request(t.app).get('/api/search?q=US+sanctions').expect(200)).body;
    expect(body.countryWords).toEqual([{ written: 'US', code: 'US', name: 'United States' }]);
  });

  test('when "US" is searched, then the passages mark the country as they write it, beside the searched words', async () => {
    const body = (await request(t.app).get('/api/search?q=US+sanctions').expect(200)).body as { hits: { articleId: string; passageHtml: string }[] };
    const html = Object.fromEntries(body.hits.map((h) => [h.articleId, h.passageHtml]));
    expect(html['c-1']).toContain('the <mark>US</mark> Treasury');
    expect(html['c-1']).toContain('<mark>sanctions</mark>');
    expect(html['c-3']).toContain('The <mark>United States</mark> announced');
    const page = await request(t.app).get('/?q=US+sanctions').expect(200);
    expect(page.text).toContain('<mark>United States</mark>');
  });

  test('when the country and the word are in different passages of one article, then it is no result: each passage must hold both', async () => {
    expect(await ids('q=U.S.+sanctions')).not.toContain('c-4');
    expect(await ids('q=U.S.+embassy')).toEqual(['c-4']);
  });

  test('when "us" is written in lower case or quoted, then it is the word, pronoun included, as before', async () => {
    expect(await ids('q=us+sanctions')).toContain('c-2');
    expect(await ids('q=%22US%22+sanctions')).toContain('c-2');
    expect((await request(t.app).get('/api/search?q=us+sanctions').expect(200)).body.countryWords).toBeUndefined();
  });

  test('when "USA" or "U.S." is the whole query, then every article with a passage naming the United States comes back', async () => {
    const all = (await request(t.app).get('/api/search?pageSize=100').expect(200)).body as { hits: { articleId: string; countries: { code: string }[] }[] };
    const naming = all.hits.filter((h) => h.countries.some((c) => c.code === 'US')).map((h) => h.articleId).sort();
    expect(naming).toEqual(['c-1', 'c-3', 'c-4', 'c-5']);
    expect(await ids('q=USA')).toEqual(naming);
    expect(await ids('q=U.S.')).toEqual(naming);
  });

  test('when nothing matches every word, then the searches offered with a word left out count as they would search', async () => {
    const body = (await request(t.app).get('/api/search?q=US+sanctions+zzzyqx').expect(200)).body as { total: number; withoutOneWord: { dropped: string; total: number }[] };
    expect(body.total).toBe(0);
    expect(body.withoutOneWord.find((w) => w.dropped === 'zzzyqx')?.total).toBe(2);
  });

  test('when a lower-case query is a long name the alias file shortens to capitals ("us federal reserve board" is "US Fed"), then nothing in it is read as a country', async () => {
    const body = (await request(t.app).get('/api/search?q=us+federal+reserve+board').expect(200)).body;
    expect(body.countryWords).toBeUndefined();
  });

  test('when the query is a country word alone, then the order says what it is: there are no words to rank by', async () => {
    const page = await request(t.app).get('/?q=US').expect(200);
    expect(page.text).toContain('Relevance (no query: newest first)');
    const sent = (await request(t.app).get('/api/search?q=US').expect(200)).body as { hits: { published: string }[] };
    const days = sent.hits.map((h) => h.published);
    expect([...days].sort().reverse()).toEqual(days);
  });

  test('when the page reads a word as the country, then it says so and links to the word', async () => {
    const page = await request(t.app).get('/?q=US+sanctions').expect(200);
    expect(page.text).toContain('“US” is read as the country: passages naming the United States, however they write it, and holding the other words.');
    expect(page.text).toContain('<a href="/?q=us+sanctions">Search the word “us” instead</a>');
    const word = await request(t.app).get('/?q=us+sanctions').expect(200);
    expect(word.text).not.toContain('read as the country');
  });
});
