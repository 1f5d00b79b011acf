import request from 'supertest';
import { FILTERABLE_FIELDS, granularFilterable, indexSettings } from '../../src/meili/index-settings.js';
import { onePassageArticle } from '../support/documents.js';
import { adminClient, testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/** An index as an older Dispatch wrote it: no actor keys nor earlier ids among its filterable fields, nor in its documents. */
const index = uniqueIndex('outdated');
let t: TestApp;

beforeAll(async () => {
  const admin = adminClient();
  try {
    await admin.client.createIndex(index, { primaryKey: 'id' }).waitTask();
    const filterable = granularFilterable(FILTERABLE_FIELDS.filter((f) => f !== 'articleActorKeys' && f !== 'actorKeys' && f !== 'earlierArticleId'));
    await admin.client.index(index).updateSettings({ ...indexSettings, filterableAttributes: filterable }).waitTask();
    const { articleActorKeys: _a, actorKeys: _b, earlierArticleId: _c, ...old } = onePassageArticle('old', { articleActors: ['Kofi Annan'], actors: ['Kofi Annan'] });
    await admin.client.index(index).addDocuments([old]).waitTask();
  } finally {
    admin.close();
  }
  t = await testApp(index);
});
afterAll(() => t.close());

describe('an index written before the actor keys', () => {
  test('when an actor filter or page is asked for, then a 503 says to index again, not a 500; other searches work', async () => {
    const api = await request(t.app).get('/api/search?actor=Kofi%20Annan').expect(503);
    expect(api.body.error.message).toMatch(/older version of Dispatch.*npm run index/);
    await request(t.app).get('/actors/Kofi%20Annan').expect(503);
    expect((await request(t.app).get('/api/search?q=Passage').expect(200)).body.total).toBe(1);
  });

  test('when an article is asked for by an id the index does not hold, then 404, not an error for the earlier ids it cannot look up', async () => {
    await request(t.app).get('/articles/NOPE42').expect(404);
    await request(t.app).get('/api/articles/NOPE42').expect(404);
    await request(t.app).get('/articles/old').expect(200);
  });
});
