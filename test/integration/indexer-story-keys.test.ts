import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { FILTERABLE_FIELDS, granularFilterable, indexSettings } from '../../src/meili/index-settings.js';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { onePassageArticle } from '../support/documents.js';
import { adminClient, indexFiles, testApp, uniqueIndex } from '../support/meili.js';

/**
 * An index an indexer before story keys wrote (documents version 5: no `storyKey`, nor among the filterable fields),
 * then `npm run index` of other files into it. Meilisearch keeps a passage without the `distinct` field as a hit of its
 * own: had the run made the field filterable first, the old article's two passages would have been two results.
 */
const index = uniqueIndex('story-keys');
const dir = mkdtempSync(join(tmpdir(), 'dispatch-story-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const old = (articleId: string, position: number, passageCount: number): Omit<PassageDocument, 'storyKey'> => {
  const { storyKey: _s, ...doc } = onePassageArticle(articleId, { id: `${articleId}-${position}`, position, passageCount, text: `The harbour of ${articleId} reopened, passage ${position}.` });
  return doc;
};

beforeAll(async () => {
  const admin = adminClient();
  try {
    await admin.client.createIndex(index, { primaryKey: 'id' }).waitTask();
    await admin.client.index(index).updateSettings({ ...indexSettings, filterableAttributes: granularFilterable(FILTERABLE_FIELDS.filter((f) => f !== 'storyKey')) }).waitTask();
    await admin.client.index(index).addDocuments([old('old-a', 0, 2), old('old-a', 1, 2), old('old-b', 0, 1)]).waitTask();
  } finally {
    admin.close();
  }
  writeFileSync(join(dir, 'new.jsonl'), JSON.stringify({ id: 'new-1', title: 'Harbour reopens', date: '2024-02-01', body: 'The harbour reopened on Thursday after the storm.' }) + '\n');
  await indexFiles(index, [join(dir, 'new.jsonl')]);
});

describe('an index from before story keys, indexed into again', () => {
  test('when the run has prepared it, then every old passage has its article\'s id as its story key, and the new article its own', async () => {
    const admin = adminClient();
    try {
      const docs = (await admin.client.index(index).getDocuments<PassageDocument>({ fields: ['id', 'articleId', 'storyKey', 'text'], limit: 10 })).results;
      const keys = Object.fromEntries(docs.map((d) => [d.id, d.storyKey]));
      expect(keys).toMatchObject({ 'old-a-0': 'old-a', 'old-a-1': 'old-a', 'old-b-0': 'old-b' });
      expect(keys['new-1-0']).toMatch(/^[0-9a-f]{16}$/);
      // A partial update: the rest of each old passage is as it was.
      expect(docs.find((d) => d.id === 'old-a-1')?.text).toBe('The harbour of old-a reopened, passage 1.');
    } finally {
      admin.close();
    }
  });

  test('when it is searched, then an old article of two matching passages is one result, not two', async () => {
    const t = await testApp(index);
    try {
      const answer = (await request(t.app).get('/api/search?q=harbour').expect(200)).body;
      expect(answer.total).toBe(3);
      expect(answer.hits.map((h: { articleId: string }) => h.articleId).sort()).toEqual(['new-1', 'old-a', 'old-b']);
    } finally {
      t.close();
    }
  });
});
