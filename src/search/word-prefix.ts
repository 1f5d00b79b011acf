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
