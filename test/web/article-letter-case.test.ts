import request from 'supertest';
import { articleIdFor, hash } from '../../indexer/parse/article-id.js';

const GUID = 'https://news.example/niger-airspace';
import { indexDocuments, onePassageArticle } from '../support/documents.js';
import { testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/** Two articles whose ids differ only in letter case: Meilisearch's filters do not tell them apart (an indexer review). */
const index = uniqueIndex('article-case');
let t: TestApp;

beforeAll(async () => {
  await indexDocuments(index, [onePassageArticle('xK9a', { text: 'Talks in Niamey.' }), onePassageArticle('Xk9A', { text: 'Talks in Bamako.' }), onePassageArticle(articleIdFor({ id: 'ID893' }, ''), { text: 'Aid to China.', earlierArticleId: 'ID893' }),
    onePassageArticle(articleIdFor({ id: GUID }, ''), { text: 'Niger closes its airspace.', earlierArticleId: `h-${hash(GUID)}` }),
  ]);
  t = await testApp(index);
});
afterAll(() => t.close());

describe('an article whose id another one repeats in other letter case', () => {
  test('when its page or its API answer is asked for, then it shows its own passages only', async () => {
    const api = await request(t.app).get('/api/articles/xK9a').expect(200);
    expect(JSON.stringify(api.body)).toContain('Talks in Niamey.');
    expect(JSON.stringify(api.body)).not.toContain('Talks in Bamako.');
    const page = await request(t.app).get('/articles/Xk9A').expect(200);
    expect(page.text).toContain('Talks in Bamako.');
    expect(page.text).not.toContain('Talks in Niamey.');
  });
});

describe('an article asked for by the id with capitals an earlier indexer kept', () => {
  test('when the index holds it under its id now, then the page and the API send the reader there, query kept', async () => {
    const now = articleIdFor({ id: 'ID893' }, '');
    const page = await request(t.app).get('/articles/ID893?from=%2F%3Fq%3Daid').expect(301);
    expect(page.headers.location).toBe(`/articles/${now}?from=%2F%3Fq%3Daid`);
    expect((await request(t.app).get(page.headers.location!).expect(200)).text).toContain('<mark>Aid</mark> to China.');
    await request(t.app).get('/api/articles/ID893').expect(301).expect('Location', `/api/articles/${now}`);
  });

  test('when an article was filed under the hash of its guid, a web address, then its old address is sent on too', async () => {
    const page = await request(t.app).get(`/articles/h-${hash(GUID)}`).expect(301);
    expect(page.headers.location).toBe(`/articles/${articleIdFor({ id: GUID }, '')}`);
    expect((await request(t.app).get(page.headers.location!).expect(200)).text).toContain('Niger closes its airspace.');
  });

  test('when no article is there under either id, or the old id differs only in letter case, then 404 at the address asked for', async () => {
    await request(t.app).get('/articles/NOPE42').expect(404);
    await request(t.app).get('/articles/id893').expect(404);
  });
});
