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
