import request from 'supertest';
import { indexDocuments, onePassageArticle } from '../support/documents.js';
import { testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/** Two articles whose ids differ only in letter case: Meilisearch's filters do not tell them apart (an indexer review). */
const index = uniqueIndex('article-case');
let t: TestApp;

beforeAll(async () => {
  await indexDocuments(index, [onePassageArticle('xK9a', { text: 'Talks in Niamey.' }), onePassageArticle('Xk9A', { text: 'Talks in Bamako.' })]);
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
