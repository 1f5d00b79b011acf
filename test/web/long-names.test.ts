import request from 'supertest';
import { aliasSynonyms, loadAliasFile } from '../../indexer/tag/aliases.js';
import { DEFAULT_ALIAS_FILE } from '../../indexer/tag/default-tagger.js';
import { indexDocuments, onePassageArticle } from '../support/documents.js';
import { adminClient, testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/** Articles that name NATO by its acronym and by its full name, in an index with the alias file's synonyms. */
const index = uniqueIndex('longnames');
let t: TestApp;

beforeAll(async () => {
  const nato = ['North Atlantic Treaty Organization'];
  await indexDocuments(index, [
    onePassageArticle('short', { articleActors: nato, text: 'NATO leaders met in Brussels.' }),
    onePassageArticle('long', { articleActors: nato, text: 'The North Atlantic Treaty Organization met in Brussels.' }),
    onePassageArticle('other', { text: 'Leaders met in Brussels.' }),
  ]);
  const admin = adminClient();
  try {
    await admin.client.index(index).updateSynonyms(aliasSynonyms(loadAliasFile(DEFAULT_ALIAS_FILE))).waitTask();
  } finally {
    admin.close();
  }
  t = await testApp(index);
});
afterAll(() => t.close());

const ids = async (q: string): Promise<string[]> =>
  ((await request(t.app).get(`/api/search?q=${encodeURIComponent(q)}`).expect(200)).body.hits as { articleId: string }[]).map((h) => h.articleId).sort();

describe('a query naming an actor by a long name', () => {
  test('when the query holds a name of four words or more from the alias file, then it finds the articles that use its short form too', async () => {
    expect(await ids('NATO')).toEqual(['long', 'short']);
    expect(await ids('North Atlantic Treaty Organization')).toEqual(['long', 'short']);
    expect(await ids('"north atlantic treaty organization" Brussels')).toEqual(['long', 'short']);
  });

  test('when the page shows such a search, then it shows the words as the reader typed them', async () => {
    const page = await request(t.app).get('/?q=North+Atlantic+Treaty+Organization').expect(200);
    expect(page.text).toContain('value="North Atlantic Treaty Organization"');
  });
});
