import type { Settings } from 'meilisearch';
import { indexSettings } from './index-settings.js';
import { swapDistance } from '../text/edit-distance.js';

// Meilisearch's typo tolerance, as the index's settings set it: the indexer's word forms (which pairs need a synonym)
// and the server's actor finder (which close spellings it offers) ask the same question.

/** The word lengths from which one and two typos are forgiven. */
export type TypoSizes = NonNullable<NonNullable<Settings['typoTolerance']>['minWordSizeForTypos']>;

/** Meilisearch's own sizes, where an index's settings leave them out: one typo from 5 letters, two from 9. */
export const MEILISEARCH_TYPO_SIZES: TypoSizes = { oneTypo: 5, twoTypos: 9 };

/**
 * How many typos Meilisearch forgives in a query word of this length, with the index's typo tolerance (or `sizes`):
 * `typosAllowed('coup')` → 0; `typosAllowed('sanction')` → 1; `typosAllowed('witnesses')` → 2
 */
export function typosAllowed(query: string, sizes: TypoSizes | undefined = indexSettings.typoTolerance?.minWordSizeForTypos): number {
  const length = [...query].length;
  return length >= (sizes?.twoTypos ?? 9) ? 2 : length >= (sizes?.oneTypo ?? 5) ? 1 : 0;
}

/**
 * Whether Meilisearch finds `word` for a query of `query` (with the index's sizes, or `sizes`): their distance is within the typos the query word may
 * have, counted as Meilisearch counts them: a swap of two neighbouring letters is one typo, and a typo on the first
 * letter is two (Meilisearch's typo-tolerance documentation; checked on the engine: "billion" does not find
 * "million", "united" finds "untied").
 * `typoJoins('sanction', 'sanctions')` → true; `typoJoins('coup', 'coups')` → false; `typoJoins('billion',
 * 'million')` → false; `typoJoins('casual', 'causal')` → true
 */
export function typoJoins(query: string, word: string, sizes?: TypoSizes): boolean {
  const typos = typosAllowed(query, sizes);
  if (typos === 0 || Math.abs(query.length - word.length) > typos) return false;
  const firstLetter = query[0] === word[0] ? 0 : 1;
  return swapDistance(query, word) + firstLetter <= typos;
}
