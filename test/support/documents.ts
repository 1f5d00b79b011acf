import { indexSettings } from '../../src/meili/index-settings.js';
import { actorKey, sourceKey, type PassageDocument } from '../../src/meili/passage-document.js';
import { adminClient } from './meili.js';

/**
 * A hand-made article of one passage, with every field the index holds: tests that need exact tags (hostile
 * actor names, who is a person) write these straight into the engine instead of going through the tagger.
 * `fields` sets what the test cares about; the rest is a plain article from Niger of 1 January 2024.
 *
 * `onePassageArticle('a1', { articleActors: ['X'] })` → `{ id: 'a1-0', articleId: 'a1', title: 'Article a1', …, articleActors: ['X'] }`
 */
export function onePassageArticle(articleId: string, fields: Partial<PassageDocument> = {}): PassageDocument {
  return withActorKeys({
    id: `${articleId}-0`,
    articleId,
    position: 0,
    passageCount: 1,
    title: `Article ${articleId}`,
    url: null,
    source: null,
    published: '2024-01-01',
    publishedAt: Date.UTC(2024, 0, 1) / 1000,
    publishedYear: '2024',
    publishedMonth: '2024-01',
    publishedDay: '2024-01-01',
    text: `Passage of article ${articleId}.`,
    articleCountries: ['NE'],
    articleActors: [],
    articleDates: [],
    mentionedYears: [],
    mentionedMonths: [],
    articlePeople: [],
    countries: ['NE'],
    actors: [],
    dates: [],
    evidence: [],
    articleTags: null,
    contentHash: articleId,
    storyKey: articleId,
    sourcePath: 'hand-made.jsonl',
    sourceKey: sourceKey('hand-made.jsonl'),
    earlierArticleId: null,
    articleActorKeys: [],
    actorKeys: [],
    ...fields,
  });
}

/** A document with the filter keys of its actor fields, as indexer/documents.ts writes them (actorKey). */
function withActorKeys(doc: PassageDocument): PassageDocument {
  const keys = (names: readonly string[]): string[] => [...new Set(names.map(actorKey))];
  return { ...doc, articleActorKeys: keys(doc.articleActors), actorKeys: keys(doc.actors) };
}

/** A new index with the app's settings, holding `documents`, written with the test engine's master key. */
export async function indexDocuments(index: string, documents: PassageDocument[]): Promise<void> {
  const admin = adminClient();
  try {
    await admin.client.createIndex(index, { primaryKey: 'id' }).waitTask();
    await admin.client.index(index).updateSettings(indexSettings).waitTask();
    // Keys from the actor fields as they are now: a test may have spread a document and changed its actors.
    await admin.client.index(index).addDocuments(documents.map(withActorKeys)).waitTask();
  } finally {
    admin.close();
  }
}
