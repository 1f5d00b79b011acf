import request from 'supertest';
import { FILTERABLE_FIELDS, granularFilterable, indexSettings } from '../../src/meili/index-settings.js';
import { onePassageArticle } from '../support/documents.js';
import { adminClient, testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/** An index as an older Dispatch wrote it: no actor keys, earlier ids nor story keys among its filterable fields, nor in its documents. */
const index = uniqueIndex('outdated');
let t: TestApp;

beforeAll(async () => {
  const admin = adminClient();
  try {
    await admin.client.createIndex(index, { primaryKey: 'id' }).waitTask();
    const filterable = granularFilterable(FILTERABLE_FIELDS.filter((f) => f !== 'articleActorKeys' && f !== 'actorKeys' && f !== 'earlierArticleId' && f !== 'storyKey'));
    await admin.client.index(index).updateSettings({ ...indexSettings, filterableAttributes: filterable }).waitTask();
    const { articleActorKeys: _a, actorKeys: _b, earlierArticleId: _c, storyKey: _d, ...old } = onePassageArticle('old', { articleActors: ['Kofi Annan'], actors: ['Kofi Annan'] });
    // The same story under another id, as the wire files it again: no story key says so.
    const { articleActorKeys: _e, actorKeys: _f, earlierArticleId: _g, storyKey: _h, ...again } = onePassageArticle('old-again', { text: old.text });
    // A passage a newer indexer wrote, with a story key the settings (an older indexer's, written back) cannot filter on.
    const newer = onePassageArticle('newer', { articleActors: ['Kofi Annan'], actors: ['Kofi Annan'], storyKey: 'k1' });
    await admin.client.index(index).addDocuments([old, again, newer]).waitTask();
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
    expect((await request(t.app).get('/api/search?q=Passage&actor=Kofi%20Annan').expect(503)).body.error.message).toMatch(/npm run index/);
  });

  test('when it is searched, then Meilisearch refuses story keys and the server collapses by article instead: every search answers, copies apart', async () => {
    const answer = (await request(t.app).get('/api/search?q=Passage').expect(200)).body;
    expect(answer.total).toBe(3);
    expect(answer.hits.map((h: { articleId: string }) => h.articleId).sort()).toEqual(['newer', 'old', 'old-again']);
    // Again, now without asking for story keys first (the client remembers for a while), and a page too.
    expect((await request(t.app).get('/api/search?q=Passage&country=NE').expect(200)).body.total).toBe(3);
    await request(t.app).get('/?q=Passage').expect(200);
  });

  test('when an article is asked for by an id the index does not hold, then 404, not an error for the earlier ids it cannot look up', async () => {
    await request(t.app).get('/articles/NOPE42').expect(404);
    await request(t.app).get('/api/articles/NOPE42').expect(404);
    await request(t.app).get('/articles/old').expect(200);
  });

  test('when an article with a story key is opened where the settings cannot filter on it, then a 503 says to index again, not a 500', async () => {
    expect((await request(t.app).get('/api/articles/newer').expect(503)).body.error.message).toMatch(/older version of Dispatch.*npm run index/);
  });
});
