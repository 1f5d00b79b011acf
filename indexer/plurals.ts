import { readFileSync } from 'node:fs';
import { indexSettings } from '../src/meili/index-settings.js';
import { editDistance } from '../src/text/edit-distance.js';

/**
 * Singular and plural as one word to a search. Meilisearch does not stem: "coups" found 5 stories of the bench corpus
 * where "coup" found 37, and "parties" none of the articles that write "party". Its typo tolerance joins the longer
 * pairs one letter apart ("sanction", "sanctions"), so the plural file (data/plurals.txt, made by
 * scripts/make-plurals.ts) lists the others, and the indexer gives them to Meilisearch as synonyms both ways.
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
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const where = `${path}:${i + 1}`;
    const words = line.split(/\s+/);
    if (words.length !== 2 || !words.every((w) => WORD.test(w))) {
      throw new PluralFileError(`${where}: expected a singular and its plural, two lower-case words apart, got "${line}"`);
    }
    const [singular, plural] = words as [string, string];
    if (singular === plural) throw new PluralFileError(`${where}: "${singular}" is its own plural; leave the line out`);
    for (const word of [singular, plural]) {
      const earlier = lineOf.get(word);
      if (earlier !== undefined) throw new PluralFileError(`${where}: "${word}" is already on line ${earlier}; a word belongs to one pair`);
      lineOf.set(word, i + 1);
    }
    pairs.push({ singular, plural });
  });
  return pairs;
}

export function loadPluralFile(path: string): PluralPair[] {
  return parsePluralFile(readFileSync(path, 'utf8'), path);
}

/**
 * Whether Meilisearch, with the index's typo tolerance, finds `word` for a query of `query`: the edit distance is
 * within the typos a word of the query's length may have. `typoJoins('sanction', 'sanctions')` → true (one typo from
 * six letters); `typoJoins('coup', 'coups')` → false; `typoJoins('party', 'parties')` → false
 */
export function typoJoins(query: string, word: string): boolean {
  // Meilisearch's own defaults where the settings leave them out.
  const sizes = indexSettings.typoTolerance?.minWordSizeForTypos;
  const oneTypo = sizes?.oneTypo ?? 5;
  const twoTypos = sizes?.twoTypos ?? 9;
  const length = [...query].length;
  const typos = length >= twoTypos ? 2 : length >= oneTypo ? 1 : 0;
  return typos > 0 && editDistance(query, word, typos + 1) <= typos;
}

/**
 * `synonyms` with each pair's words finding each other, merged where a word already has synonyms (Meilisearch reads
 * synonyms in lower case, so "Times" of the alias file and "times" are one key).
 *
 * `withPluralSynonyms({ IMF: ['International Monetary Fund'] }, [{ singular: 'coup', plural: 'coups' }])` →
 * `{ IMF: ['International Monetary Fund'], coup: ['coups'], coups: ['coup'] }`
 */
export function withPluralSynonyms(synonyms: Readonly<Record<string, readonly string[]>>, pairs: readonly PluralPair[]): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  const keyOf = new Map<string, string>();
  for (const [key, words] of Object.entries(synonyms)) {
    merged[key] = [...words];
    keyOf.set(key.toLowerCase(), key);
  }
  const add = (word: string, other: string): void => {
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
