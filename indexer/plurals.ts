import { readFileSync } from 'node:fs';
import { wordFileLines } from './word-file-lines.js';
import { indexSettings } from '../src/meili/index-settings.js';
import { editDistance } from '../src/text/edit-distance.js';

/**
 * Singular and plural as one word to a search. Meilisearch does not stem; its typo tolerance joins the longer pairs
 * one letter apart ("sanction", "sanctions"), until one of them is an exact word (exact-words.ts), searched without
 * typos. The plural file (data/plurals.txt, made by scripts/make-word-lists.ts) lists those pairs, and the indexer
 * gives them to Meilisearch as synonyms, each way the typo tolerance does not join. Pairs no typo joins ("coup",
 * "coups": 5 stories of the bench corpus against 37) may be added by hand; the 1,747 of the corpora made every search
 * slower, past the server's bar (docs/BENCHMARKS.md), and are left out of the default file.
 */
export interface PluralPair {
  singular: string;
  plural: string;
}

/** A plural file that cannot be read as one: the message names the file and the line. */
export class PluralFileError extends Error {
  override name = 'PluralFileError';
}

const WORD = /^\p{Ll}+$/u;

/**
 * The pairs of a plural file: one a line, the singular, a space, the plural; `#` starts a comment.
 *
 * `parsePluralFile('# nouns\ncoup coups\nparty parties\n', 'p.txt')` → `[{ singular: 'coup', plural: 'coups' }, { singular: 'party', plural: 'parties' }]`
 */
export function parsePluralFile(text: string, path: string): PluralPair[] {
  const pairs: PluralPair[] = [];
  const lineOf = new Map<string, number>();
  for (const { text: content, line } of wordFileLines(text)) {
    const where = `${path}:${line}`;
    const words = content.split(/\s+/);
    if (words.length !== 2 || !words.every((w) => WORD.test(w))) {
      throw new PluralFileError(`${where}: expected a singular and its plural, two lower-case words apart, got "${content}"`);
    }
    const [singular, plural] = words as [string, string];
    if (singular === plural) throw new PluralFileError(`${where}: "${singular}" is its own plural; leave the line out`);
    for (const word of [singular, plural]) {
      const earlier = lineOf.get(word);
      if (earlier !== undefined) throw new PluralFileError(`${where}: "${word}" is already on line ${earlier}; a word belongs to one pair`);
      lineOf.set(word, line);
    }
    pairs.push({ singular, plural });
  }
  return pairs;
}

export function loadPluralFile(path: string): PluralPair[] {
  return parsePluralFile(readFileSync(path, 'utf8'), path);
}

/**
 * How many typos Meilisearch forgives in a query word of this length, with the index's typo tolerance:
 * `typosAllowed('coup')` → 0; `typosAllowed('sanction')` → 1; `typosAllowed('witnesses')` → 2
 */
export function typosAllowed(query: string): number {
  // Meilisearch's own defaults where the settings leave them out.
  const sizes = indexSettings.typoTolerance?.minWordSizeForTypos;
  const length = [...query].length;
  return length >= (sizes?.twoTypos ?? 9) ? 2 : length >= (sizes?.oneTypo ?? 5) ? 1 : 0;
}

/**
 * Whether Meilisearch finds `word` for a query of `query`: the edit distance is within the typos the query word may
 * have. `typoJoins('sanction', 'sanctions')` → true; `typoJoins('coup', 'coups')` → false; `typoJoins('party',
 * 'parties')` → false
 */
export function typoJoins(query: string, word: string): boolean {
  const typos = typosAllowed(query);
  return typos > 0 && editDistance(query, word, typos + 1) <= typos;
}

/**
 * `synonyms` with each pair's words finding each other where the typo tolerance does not already join them, merged
 * where a word already has synonyms (Meilisearch reads synonyms in lower case, so "Times" of the alias file and
 * "times" are one key). The entries go one way only where one is needed: Meilisearch reads its whole synonym table
 * at every search (~1 ms for ~3,900 entries, measured on 1.21), so an entry the typo tolerance makes redundant
 * costs every search and finds nothing. An exact word (`exactWords`, searched without typos) needs its entry.
 *
 * `withPluralSynonyms({ IMF: ['International Monetary Fund'] }, [{ singular: 'coup', plural: 'coups' }, { singular: 'sanction', plural: 'sanctions' }], ['sanctions'])` →
 * `{ IMF: ['International Monetary Fund'], coup: ['coups'], coups: ['coup'], sanctions: ['sanction'] }`
 * ("sanction" finds "sanctions" by a typo; "sanctions", searched exactly, no longer finds "sanction" without its entry)
 */
export function withPluralSynonyms(
  synonyms: Readonly<Record<string, readonly string[]>>,
  pairs: readonly PluralPair[],
  exactWords: Iterable<string> = [],
): Record<string, string[]> {
  const exact = new Set(exactWords);
  const typoFinds = (query: string, word: string): boolean => !exact.has(query) && typoJoins(query, word);
  const merged: Record<string, string[]> = {};
  const keyOf = new Map<string, string>();
  for (const [key, words] of Object.entries(synonyms)) {
    merged[key] = [...words];
    keyOf.set(key.toLowerCase(), key);
  }
  const add = (word: string, other: string): void => {
    if (typoFinds(word, other)) return;
    const key = keyOf.get(word) ?? word;
    keyOf.set(word, key);
    const list = (merged[key] ??= []);
    if (!list.some((w) => w.toLowerCase() === other)) list.push(other);
  };
  for (const { singular, plural } of pairs) {
    add(singular, plural);
    add(plural, singular);
  }
  return merged;
}
