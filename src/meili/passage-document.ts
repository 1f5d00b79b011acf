import { createHash } from 'node:crypto';
/**
 * One Meilisearch document per passage of an article. Article-level fields are copied on every passage, because
 * searches collapse passages to one hit per story (`distinct: storyKey`, one article and its copies under other ids)
 * and Meilisearch then counts facets on one representative passage per story: facet fields must hold the article's
 * whole tag set.
 */
import { fold } from '../text/fold.js';

export type ActorKind = 'person' | 'organisation';

/**
 * What actor filters match: a name with case and accents folded and punctuation as spaces (src/text/fold.ts), initials
 * written together ("U.S. Navy" is "US Navy"). Articles spell one actor in several ways ("Hugo Chávez", "Hugo
 * Chavez"), which the facet shows as one value; Meilisearch's filters ignore case but not accents, so a filter on one
 * spelling found only its articles (16 of 30). Filtering on the folded keys, any spelling finds them all.
 *
 * `actorKey('Hugo Chávez')` → `'hugo chavez'`; `actorKey('U.S. Navy')` → `'us navy'`
 */
export function actorKey(name: string): string {
  const words = fold(name).split(' ');
  let key = '';
  for (const [i, w] of words.entries()) key += i > 0 && !(w.length === 1 && words[i - 1]!.length === 1) ? ` ${w}` : w;
  return key;
}

/**
 * Items grouped by the actorKey of their names, in order of first appearance: one group per actor however spelt.
 *
 * `groupsByActorKey(['Sinn Féin', 'Evo Morales', 'Sinn Fein'], (n) => n)` → `[['Sinn Féin', 'Sinn Fein'], ['Evo Morales']]`
 */
export function groupsByActorKey<T>(items: readonly T[], nameOf: (item: T) => string, keyOf: (name: string) => string = actorKey): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(nameOf(item));
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return [...groups.values()];
}

export interface TagEvidence {
  /** Which facet the mention feeds. */
  facet: 'country' | 'actor' | 'date';
  /** The facet value: ISO country code, canonical actor name, or ISO date (YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD). */
  value: string;
  /** Offsets in this passage's `text`. */
  start: number;
  end: number;
}

export interface ArticleTags {
  countries: { code: string; name: string; salience: number; count: number }[];
  actors: { name: string; kind: ActorKind; count: number }[];
  dates: { value: string; precision: 'day' | 'month' | 'year'; text: string; count: number }[];
}

/**
 * The shape of the documents, counted: 2 added the actor keys, 3 wrote initials together in them ("us navy"), 4 cut
 * sentences longer than a passage (indexer/chunk.ts withinMax) and added `sourceKey`, 5 added
 * `earlierArticleId`, 6 `storyKey`, 7 the story key without the dateline's day or a title made from the text, 8 the story key of words alone
 * (without case or punctuation). Part
 * of the indexer's tagging fingerprint (indexer/tag/tagging-fingerprint.ts), so that an index written by older code is rewritten article by article on the
 * next run, not left without fields the server filters on.
 */
export const DOCUMENT_VERSION = 8;

export interface PassageDocument {
  id: string;
  articleId: string;
  position: number;
  passageCount: number;
  title: string;
  url: string | null;
  source: string | null;
  published: string | null;
  publishedAt: number | null;
  publishedYear: string | null;
  publishedMonth: string | null;
  publishedDay: string | null;
  text: string;
  articleCountries: string[];
  articleActors: string[];
  articleDates: string[];
  /** Years and months the article talks about (from its dated mentions), for the "dates mentioned" time facet. */
  mentionedYears: string[];
  mentionedMonths: string[];
  /** `articleActors` as actorKey: what actor filters match. */
  articleActorKeys: string[];
  /** The actors of `articleActors` that are people: tells the facet which values are persons. */
  articlePeople: string[];
  countries: string[];
  actors: string[];
  /** `actors` as actorKey: what "named together in one passage" matches. */
  actorKeys: string[];
  dates: string[];
  evidence: TagEvidence[];
  /** The article's full tag list with kinds and counts, on the first passage only (it heads the article page). */
  articleTags: ArticleTags | null;
  contentHash: string;
  /**
   * One value for every copy of one story (the same title and text under other ids: indexer/parse/parse-article.ts):
   * searches return one hit per story (`distinct`, ONE_HIT_PER in index-settings.ts). Absent in documents of version 5
   * and before.
   */
  storyKey?: string;
  /** The file the article came from (as given to the indexer), for pruning articles whose source is gone. */
  sourcePath: string;
  /** sourceKey(sourcePath): what the indexer filters on (see sourceKey). */
  sourceKey: string;
  /**
   * The id an indexer before 2026-11-25 gave the article, where it differs (indexer/parse/article-id.ts
   * earlierArticleId), on the first passage only: an address of the article page from before is sent on to its id now.
   */
  earlierArticleId: string | null;
  /**
   * Content hashes of the earlier versions of the article the run that wrote it read before this one (a story
   * corrected further down the same feed file), on the first passage only: a rerun that meets one of them again sets it
   * aside for the version it knows comes later (indexer/pipeline.ts). Absent in documents written before 2026-11-25.
   */
  supersededHashes?: string[] | null;
}

/**
 * A source path's key for filters: 20 hex digits of its SHA-1. Meilisearch compares filter strings without regard to
 * case and matches no value past ~460 bytes, so "Report.txt" found "report.txt" and a file under a deep folder was
 * never found, and indexed twice (an indexer review); a hash is neither.
 *
 * `sourceKey('/news/a.jsonl')` → 20 lower-case hex digits, the same for the same path, other for any other
 */
export function sourceKey(sourcePath: string): string {
  return createHash('sha1').update(sourcePath).digest('hex').slice(0, 20);
}
