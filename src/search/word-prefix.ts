import { MEILISEARCH_TYPO_SIZES, typoJoins } from '../meili/typo-tolerance.js';
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

/**
 * Whether every word of the query is a word of the value, or starts one, give or take a typo as Meilisearch counts
 * them (typoJoins: a swap is one, a first letter wrong two), at Meilisearch's own sizes: one from five letters, where
 * the index's searches forgive one from six only (so that "Obama" is not "Osama"). An offer may be a little looser
 * than a search: "Regan" is offered Reagan. For a misspelt name, where matchesWordPrefix finds nothing.
 * Meilisearch's facet search forgives typos over the whole query ("Donald Regan" for "ronald regan"): this keeps
 * its values a word at a time.
 *
 * `matchesNearly('Ronald Reagan', 'ronald regan')` → true; `matchesNearly('Donald Regan', 'ronald regan')` → false;
 * `matchesNearly('Meagan Busath', 'ronald regan')` → false; `matchesNearly('Ronald Reagan', 'rnld regan')` → false
 */
export function matchesNearly(value: string, foldedQuery: string): boolean {
  const words = fold(value).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const asked = foldedQuery.split(/[^\p{L}\p{N}]+/u).filter((q) => q !== '');
  if (asked.length === 0) return false;
  const near = (q: string, w: string): boolean => typoJoins(q, w, MEILISEARCH_TYPO_SIZES) || typoJoins(q, w.slice(0, q.length), MEILISEARCH_TYPO_SIZES);
  return asked.every((q) => words.some((w) => w.startsWith(q) || near(q, w)));
}
