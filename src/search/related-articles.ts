import type { MultiSearchQuery } from 'meilisearch';
import { actorKey } from '../meili/passage-document.js';
import { facetFields, ONE_HIT_PER } from '../meili/index-settings.js';
import type { PassageDocument } from '../meili/passage-document.js';
import { quoteFilterValue } from './filter-adapter.js';

/** Candidates each query of the related-articles search brings (one multi-search, one round trip). */
const PER_QUERY = 10;

/**
 * The queries that find an article's related articles: the other articles naming each pair of its leading actors,
 * then each actor alone, newest first. Asking by pairs finds the articles that share several actors even when one
 * actor alone (the European Union) has thousands of newer articles that share nothing else.
 *
 * `relatedQueries('passages', 'a1', ['Hamas', 'Fatah'])` → 3 queries: Hamas and Fatah, Hamas, Fatah. With the article's
 * `storyKey`, its copies under other ids are left out too: they are the same story, not a related one.
 */
export function relatedQueries(index: string, articleId: string, actors: readonly string[], storyKey?: string): MultiSearchQuery[] {
  const pairs: string[][] = [];
  for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) pairs.push([actors[i]!, actors[j]!]);
  const notThis = `articleId != ${quoteFilterValue(articleId)}${storyKey === undefined ? '' : ` AND storyKey != ${quoteFilterValue(storyKey)}`}`;
  return [...pairs, ...actors.map((a) => [a])].map((names) => ({
    indexUid: index,
    q: '',
    distinct: ONE_HIT_PER,
    // Each name its own filter: they all apply (AND).
    filter: [...names.map((n) => `${facetFields.actorKey} = ${quoteFilterValue(actorKey(n))}`), notThis],
    sort: ['publishedAt:desc'],
    hitsPerPage: PER_QUERY,
    attributesToRetrieve: ['articleId', 'title', 'published', 'articleActors'],
  }));
}

/**
 * The other filings of an article's story (the same title and text under other ids: PassageDocument.storyKey), oldest
 * first: the article page lists them, since searches show the story once.
 *
 * `storyCopiesQuery('passages', 'reuters-854', 'k1')` → filter `storyKey = "k1"`, `articleId != "reuters-854"`, `position = 0`
 */
export function storyCopiesQuery(index: string, articleId: string, storyKey: string): MultiSearchQuery {
  return {
    indexUid: index,
    q: '',
    filter: [`storyKey = ${quoteFilterValue(storyKey)}`, `articleId != ${quoteFilterValue(articleId)}`, 'position = 0'],
    sort: ['publishedAt:asc'],
    hitsPerPage: COPIES_LISTED,
    attributesToRetrieve: ['articleId', 'published'],
  };
}

/** Copies of one story the article page lists at most (Reuters' archive: four at most). */
const COPIES_LISTED = 20;

/**
 * How many other articles name each actor: the totals of relatedQueries' one-actor queries, which come after the pairs'.
 * `articlesNaming(['A', 'B'], [pair AB: 3, A: 900, B: 4])` → `Map { 'A' → 900, 'B' → 4 }`
 */
export function articlesNaming(actors: readonly string[], totals: readonly (number | undefined)[]): Map<string, number> {
  const pairs = (actors.length * (actors.length - 1)) / 2;
  return new Map(actors.map((a, i) => [a, totals[pairs + i] ?? 0]));
}

/**
 * The related articles to show: each candidate once (and one of two articles filed twice under two ids, with the same
 * title on the same day: Reuters' archive holds such copies, and a related list showed one story twice), the ones that
 * share more of the article's actors first, then the newer. An actor counts more the earlier the article puts it
 * (its most mentioned first) and the fewer articles name it (`naming`, from articlesNaming): an article about a
 * helicopter crash in Iraq listed five that shared nothing but "Marines", and an anniversary of the invasion three
 * that shared only George W. Bush, named in a thousand articles, above those sharing a rarer actor (a user review).
 * An actor's weight is its rank weight over log2(2 + the articles naming it).
 *
 * `rankRelated([{ articleId: 'x', articleActors: ['EU'] }, { articleId: 'y', articleActors: ['Hamas', 'Fatah'] }], ['Hamas', 'Fatah', 'EU'], 5)`
 *   → y, then x
 */
export function rankRelated(candidates: readonly PassageDocument[], actors: readonly string[], limit: number, naming: ReadonlyMap<string, number> = new Map()): PassageDocument[] {
  // By folded key, as the queries found them: a candidate that writes "Hugo Chavez" shares "Hugo Chávez".
  const weight = new Map(actors.map((a, i) => [actorKey(a), (actors.length - i) / Math.log2(2 + (naming.get(a) ?? 0))]));
  const score = (doc: PassageDocument): number => {
    let sum = 0;
    for (const key of new Set(doc.articleActors.map(actorKey))) sum += weight.get(key) ?? 0;
    return sum;
  };
  const unique = new Map<string, PassageDocument>();
  const stories = new Set<string>();
  for (const doc of candidates) {
    // The day, not the time: Reuters filed "JAPAN WANTS GOVERNMENTS TO BUY ITS T-BILLS" at 00:47 and again at 07:11.
    const story = `${doc.title}\u0000${doc.published?.slice(0, 10) ?? ''}`;
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
