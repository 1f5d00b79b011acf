import type { MultiSearchQuery } from 'meilisearch';
import { actorKey } from '../meili/passage-document.js';
import { facetFields } from '../meili/index-settings.js';
import type { PassageDocument } from '../meili/passage-document.js';
import { quoteFilterValue } from './filter-adapter.js';

/** Candidates each query of the related-articles search brings (one multi-search, one round trip). */
const PER_QUERY = 10;

/**
 * The queries that find an article's related articles: the other articles naming each pair of its leading actors,
 * then each actor alone, newest first. Asking by pairs finds the articles that share several actors even when one
 * actor alone (the European Union) has thousands of newer articles that share nothing else.
 *
 * `relatedQueries('passages', 'a1', ['Hamas', 'Fatah'])` → 3 queries: Hamas and Fatah, Hamas, Fatah
 */
export function relatedQueries(index: string, articleId: string, actors: readonly string[]): MultiSearchQuery[] {
  const pairs: string[][] = [];
  for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) pairs.push([actors[i]!, actors[j]!]);
  const notThis = `articleId != ${quoteFilterValue(articleId)}`;
  return [...pairs, ...actors.map((a) => [a])].map((names) => ({
    indexUid: index,
    q: '',
    distinct: 'articleId',
    // Each name its own filter: they all apply (AND).
    filter: [...names.map((n) => `${facetFields.actorKey} = ${quoteFilterValue(actorKey(n))}`), notThis],
    sort: ['publishedAt:desc'],
    hitsPerPage: PER_QUERY,
    attributesToRetrieve: ['articleId', 'title', 'published', 'articleActors'],
  }));
}

/**
 * The related articles to show: each candidate once (and one of two articles filed twice under two ids, with the same
 * title and time: Reuters' archive holds 164 such copies, and a related list showed one story twice), the ones that
 * share more of the article's actors first (an earlier, more mentioned actor counting more), then the newer.
 *
 * `rankRelated([{ articleId: 'x', articleActors: ['EU'] }, { articleId: 'y', articleActors: ['Hamas', 'Fatah'] }], ['Hamas', 'Fatah', 'EU'], 5)`
 *   → y, then x
 */
export function rankRelated(candidates: readonly PassageDocument[], actors: readonly string[], limit: number): PassageDocument[] {
  const weight = new Map(actors.map((a, i) => [a, actors.length - i]));
  const score = (doc: PassageDocument): number => doc.articleActors.reduce((sum, a) => sum + (weight.get(a) ?? 0), 0);
  const unique = new Map<string, PassageDocument>();
  const stories = new Set<string>();
  for (const doc of candidates) {
    const story = `${doc.title}\u0000${doc.published ?? ''}`;
    if (unique.has(doc.articleId) || stories.has(story)) continue;
    unique.set(doc.articleId, doc);
    stories.add(story);
  }
  return [...unique.values()]
    .map((doc) => ({ doc, score: score(doc) }))
    .sort((a, b) => b.score - a.score || (b.doc.published ?? '').localeCompare(a.doc.published ?? ''))
    .slice(0, limit)
    .map((r) => r.doc);
}
