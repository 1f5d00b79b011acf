import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { runIndex } from '../../indexer/run-index.js';
import { adminClient, indexFiles, testApp, testEndpoint, uniqueIndex, type TestApp } from '../support/meili.js';

/**
 * Meilisearch does not stem, and its typo tolerance joins any two words a typo apart from six letters on. The indexer
 * gives it the exact-word file's common words to search without typos, and the word-form file's pairs as synonyms
 * where the typo tolerance does not join them: indexed by the real indexer into the real engine, "police" is not
 * "policy", "sanctions" (an exact word) still finds "sanction" and "sanctioned" but not "sections", and a pair added to
 * a word-form file by hand joins its forms.
 */
const index = uniqueIndex('words');
const handIndex = uniqueIndex('words-hand');
const dir = mkdtempSync(join(tmpdir(), 'dispatch-words-'));
let t: TestApp;
let hand: TestApp;

beforeAll(async () => {
  const records = [
    { id: 'p-1', title: 'Army seizes power', date: '2023-07-26', body: 'Soldiers staged a coup in the capital on Wednesday and closed the borders.' },
    { id: 'p-2', title: 'A region of unrest', date: '2023-08-30', body: 'The region has seen several coups since 2020, each led by officers of the guard.' },
    { id: 'p-3', title: 'Vote count begins', date: '2024-03-01', body: 'The ruling party said the count would end by Friday.' },
    { id: 'p-4', title: 'Opposition unites', date: '2024-03-02', body: 'Three opposition parties agreed on one candidate for the runoff.' },
    { id: 'p-5', title: 'Officers on the streets', date: '2024-04-01', body: 'Riot police cleared the square before dawn.' },
    { id: 'p-6', title: 'A new direction', date: '2024-04-02', body: 'The central bank changed its monetary policy after the vote.' },
    { id: 'p-7', title: 'Polls close', date: '2024-04-03', body: 'Observers said the election was calm.' },
    { id: 'p-8', title: 'Relief for exporters', date: '2024-05-01', body: 'The sanction on grain was lifted on Monday.' },
    { id: 'p-9', title: 'Bank fined', date: '2024-05-02', body: 'Regulators sanctioned the bank for its lending.' },
    { id: 'p-10', title: 'Report published', date: '2024-05-03', body: 'Two sections of the report stay secret.' },
    { id: 'p-11', title: 'Crowds gather', date: '2024-05-04', body: 'A million people marched in the capital.' },
    { id: 'p-12', title: 'Study out', date: '2024-05-05', body: 'Researchers found no causal link between the two.' },
    { id: 'p-13', title: 'Banks fail', date: '2024-06-01', body: 'The banks of Iceland collapsed in one week.' },
    { id: 'p-14', title: 'Border talks', date: '2024-06-02', body: 'Ireland and the United Kingdom met in Dublin.' },
    { id: 'p-15', title: 'Jet order', date: '2024-07-01', body: 'Boeing won an order for ten jets from the airline.' },
    { id: 'p-16', title: 'Talks go on', date: '2024-07-02', body: 'The talks are being held behind closed doors, and the price of bread is rising.' },
    { id: 'p-17', title: 'Royal visit', date: '2024-07-03', body: 'The Prince opened the new hospital wing.' },
    { id: 'p-18', title: 'Chip maker buys stake', date: '1987-03-03', body: 'Texas Instruments Inc <TXN> said a unit of <Hughes Capital Corp> bought shares; the table read a|b and rate=high.' },
  ];
  writeFileSync(join(dir, 'news.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  await indexFiles(index, [join(dir, 'news.jsonl')]);
  t = await testApp(index);
  // A word-form file of the user's own: the default file holds no pair the typo tolerance never joined.
  const forms = join(dir, 'hand-forms.txt');
  writeFileSync(forms, '# by hand\ncoup coups\nparty parties\n');
  await runIndex({ endpoint: testEndpoint(), index: handIndex, paths: [join(dir, 'news.jsonl')], wordFormFile: forms, tagWorkers: 0 });
  hand = await testApp(handIndex);
});
afterAll(() => {
  t.close();
  hand.close();
  rmSync(dir, { recursive: true, force: true });
});

const idsIn = (app: TestApp) => async (q: string): Promise<string[]> =>
  ((await request(app.app).get(`/api/search?q=${encodeURIComponent(q)}&sort=oldest`).expect(200)).body.hits as { articleId: string }[]).map((h) => h.articleId);
const ids = (q: string): Promise<string[]> => idsIn(t)(q);

describe('singular and plural', () => {
  test('when the default word files are used, then a pair the typo tolerance never joined stays apart', async () => {
    // Short words take no typo: "coups" is not "coup" without a pair (the cost of pairs: docs/BENCHMARKS.md).
    expect(await ids('coups')).toEqual(['p-2']);
    expect(await ids('parties')).toEqual(['p-4']);
  });

  test('when a word-form file pairs the forms, then a search for the plural finds the singular too, and the other way round', async () => {
    const handIds = idsIn(hand);
    expect(await handIds('coups')).toEqual(['p-1', 'p-2']);
    expect(await handIds('coup')).toEqual(['p-1', 'p-2']);
    expect(await handIds('parties')).toEqual(['p-3', 'p-4']);
    expect(await handIds('party')).toEqual(['p-3', 'p-4']);
  });

  test('when the other form matches, then the passage highlights the word as the article writes it', async () => {
    const body = (await request(hand.app).get('/api/search?q=coups&sort=oldest').expect(200)).body;
    expect(body.hits[0].passageHtml).toContain('<mark>coup</mark>');
    expect(body.hits[1].passageHtml).toContain('<mark>coups</mark>');
  });

  test('when every word must match, then a plural counts as its word ("opposition party" finds the parties)', async () => {
    expect(await idsIn(hand)('opposition party')).toEqual(['p-4']);
  });
});

describe('common words a typo apart', () => {
  test('when a search names a word another common word lies a typo from, then it finds that word only', async () => {
    expect(await ids('police')).toEqual(['p-5']);
    expect(await ids('policy')).toEqual(['p-6']);
  });

  test('when such a word has other forms, then it still finds them (through the default word-form file), and not the other word', async () => {
    expect(await ids('sanctions')).toEqual(['p-8', 'p-9']);
    expect(await ids('sections')).toEqual(['p-10']);
  });

  test('when words differ in their first letter or by a swap, then Meilisearch counts the typos as the word lists do', async () => {
    // A first-letter typo counts two: "billion" (one typo at seven letters) never found "million", list or not.
    expect(await ids('billion')).toEqual([]);
    // A swap counts one: "casual" finds "causal" (neither is common enough to be searched exactly).
    expect(await ids('casual')).toEqual(['p-12']);
  });

  test('when a place\'s name lies a typo from another country\'s, then it finds its own only (a black-box review: "Iceland" found Irish articles)', async () => {
    expect(await ids('Iceland')).toEqual(['p-13']);
    expect(await ids('Ireland')).toEqual(['p-14']);
    expect(await ids('Iceland banks')).toEqual(['p-13']);
  });

  test('when a search names someone a common word lies a typo from, then it finds the name only (a black-box review: "Boeing" found every "being")', async () => {
    expect(await ids('Boeing')).toEqual(['p-15']);
    expect(await ids('prince')).toEqual(['p-17']);
    // The common word itself, under six letters, never took a typo.
    expect(await ids('being')).toEqual(['p-16']);
  });

  test('when a word is misspelt, then the typo is still forgiven', async () => {
    expect(await ids('polize')).toEqual(['p-5']);
    expect(await ids('electoin')).toEqual(['p-7']);
  });
});

describe('a bad word file', () => {
  const neverCreated = async (index: string): Promise<void> => {
    const admin = adminClient();
    try {
      await expect(admin.client.getIndex(index)).rejects.toThrow();
    } finally {
      admin.close();
    }
  };

  test('when the word-form file has a bad line, then the run stops before writing, naming the file and the line', async () => {
    const forms = join(dir, 'word-forms.txt');
    writeFileSync(forms, 'coup coups\nParty Parties\n');
    const other = uniqueIndex('forms-bad');
    await expect(runIndex({ endpoint: testEndpoint(), index: other, paths: [join(dir, 'news.jsonl')], wordFormFile: forms, tagWorkers: 0 }))
      .rejects.toThrow(`${forms}:2: expected a word and another form of it, two lower-case words apart, got "Party Parties"`);
    await neverCreated(other);
  });

  test('when the exact-word file has a bad line, then the run stops before writing, naming the file and the line', async () => {
    const words = join(dir, 'exact-words.txt');
    writeFileSync(words, 'police\n\npolice chief\n');
    const other = uniqueIndex('exact-bad');
    await expect(runIndex({ endpoint: testEndpoint(), index: other, paths: [join(dir, 'news.jsonl')], exactWordFile: words, tagWorkers: 0 }))
      .rejects.toThrow(`${words}:3: expected one lower-case word, got "police chief"`);
    await neverCreated(other);
  });
});

describe('words in angle brackets and tables', () => {
  test('when a wire story names a company or a ticker in angle brackets, then its first word finds the story, as does a word after a bar or an equals sign', async () => {
    for (const q of ['TXN', 'Hughes', 'Hughes Capital Corp', 'b', 'high']) expect([q, await ids(q)]).toEqual([q, ['p-18']]);
  });
});
