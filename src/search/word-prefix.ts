import { swapDistance } from '../text/edit-distance.js';
import { fold } from '../text/fold.js';

/**
 * Whether every word of the query starts a word of the value, in any order: `matchesWordPrefix('Abdourahamane
 * Tchiani', 'tch')` → true; `matchesWordPrefix('George W. Bush', 'w bush')` → true; `matchesWordPrefix('Kofi Annan',
 * 'annan kofi')` → true. (Matched as one string, "w. bush" found only a value "W. Bush".)
 */
export function matchesWordPrefix(value: string, foldedQuery: string): boolean {
  if (foldedQuery === '') return true;
  const folded = fold(value);
  if (folded.startsWith(foldedQuery)) return true;
  const words = folded.split(/[^\p{L}\p{N}]+/u);
  return foldedQuery.split(/[^\p{L}\p{N}]+/u).filter((q) => q !== '').every((q) => words.some((w) => w.startsWith(q)));
}

/**
 * Whether a one-word query is the initials of a value's capitalised words: the indexer files an acronym under the
 * name it stands for ("OECD" under "Organisation for Economic Cooperation and Development"), so the finder looks for
 * "oecd" among the names of the articles that write it.
 *
 * `matchesInitials('Organisation for Economic Cooperation and Development', 'oecd')` → true
 */
export function matchesInitials(value: string, foldedQuery: string): boolean {
  if (!/^[a-z]{2,8}$/.test(foldedQuery)) return false;
  const initials = value.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');
  return initials === foldedQuery;
}

/** Meilisearch's default typo allowance for a word of this length: none below 5 letters, one to 8, two from 9. */
const typosAllowed = (length: number): number => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

/**
 * Whether every word of the query is a word of the value, or starts one, give or take the typos Meilisearch would
 * forgive it (a swap of neighbours is one): for a misspelt name, where matchesWordPrefix finds nothing.
 *
 * `matchesNearly('Ronald Reagan', 'ronald regan')` → true; `matchesNearly('Donald Regan', 'ronald regan')` → true;
 * `matchesNearly('Meagan Busath', 'ronald regan')` → false; `matchesNearly('Ronald Reagan', 'rnld regan')` → false
 * (a word under five letters gets no typo).
 */
export function matchesNearly(value: string, foldedQuery: string): boolean {
  const words = fold(value).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const asked = foldedQuery.split(/[^\p{L}\p{N}]+/u).filter((q) => q !== '');
  if (asked.length === 0) return false;
  return asked.every((q) => {
    const allowed = typosAllowed(q.length);
    return words.some((w) => w.startsWith(q) || (allowed > 0 && Math.min(swapDistance(q, w), swapDistance(q, w.slice(0, q.length))) <= allowed));
  });
}
