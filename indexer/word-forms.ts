import { readFileSync } from 'node:fs';
import { wordFileLines } from './word-file-lines.js';
import { typoJoins } from '../src/meili/typo-tolerance.js';

/**
 * Forms of one word as one word to a search ("sanction", "sanctions", "sanctioned"; "defence", "defense").
 * Meilisearch does not stem; its typo tolerance joins the forms a typo apart, until one of them is an exact word
 * (exact-words.ts), searched without typos. The word-form file (data/word-forms.txt, made by
 * scripts/make-word-lists.ts) lists those pairs, and the indexer gives them to Meilisearch as synonyms, each way the
 * typo tolerance does not join. Forms no typo joins ("coup", "coups": 5 stories of the bench corpus against 37) may be
 * added by hand: all 1,747 singular/plural pairs of the corpora made every search ~3 ms slower, past the server's bar
 * (docs/BENCHMARKS.md), and are left out of the default file.
 */
export interface FormPair {
  word: string;
  form: string;
}

/** A word-form file that cannot be read as one: the message names the file and the line. */
export class WordFormFileError extends Error {
  override name = 'WordFormFileError';
}

const WORD = /^\p{Ll}+$/u;

/**
 * The pairs of a word-form file: one a line, a word, a space, another form of it; `#` starts a comment. A word may
 * stand in several pairs ("change changed", "change changes").
 *
 * `parseWordFormFile('# forms\ncoup coups\nparty parties\n', 'f.txt')` → `[{ word: 'coup', form: 'coups' }, { word: 'party', form: 'parties' }]`
 */
export function parseWordFormFile(text: string, path: string): FormPair[] {
  const pairs: FormPair[] = [];
  const lineOf = new Map<string, number>();
  for (const { text: content, line } of wordFileLines(text)) {
    const where = `${path}:${line}`;
    const words = content.split(/\s+/);
    if (words.length !== 2 || !words.every((w) => WORD.test(w))) {
      throw new WordFormFileError(`${where}: expected a word and another form of it, two lower-case words apart, got "${content}"`);
    }
    const [word, form] = words as [string, string];
    if (word === form) throw new WordFormFileError(`${where}: "${word}" twice; leave the line out`);
    const key = word < form ? `${word} ${form}` : `${form} ${word}`;
    const earlier = lineOf.get(key);
    if (earlier !== undefined) throw new WordFormFileError(`${where}: "${word}" and "${form}" are already paired on line ${earlier}`);
    lineOf.set(key, line);
    pairs.push({ word, form });
  }
  return pairs;
}

export function loadWordFormFile(path: string): FormPair[] {
  return parseWordFormFile(readFileSync(path, 'utf8'), path);
}

/**
 * `synonyms` with each pair's words finding each other where the typo tolerance does not already join them, merged
 * where a word already has synonyms (Meilisearch reads synonyms in lower case, so "Times" of the alias file and
 * "times" are one key). The entries go one way only where one is needed: Meilisearch reads its whole synonym table
 * at every search (~1 ms for ~3,900 entries, measured on 1.21), so an entry the typo tolerance makes redundant
 * costs every search and finds nothing. An exact word (`exactWords`, searched without typos) needs its entry.
 *
 * `withFormSynonyms({ IMF: ['International Monetary Fund'] }, [{ word: 'coup', form: 'coups' }, { word: 'sanction', form: 'sanctions' }], ['sanctions'])` →
 * `{ IMF: ['International Monetary Fund'], coup: ['coups'], coups: ['coup'], sanctions: ['sanction'] }`
 * ("sanction" finds "sanctions" by a typo; "sanctions", searched exactly, no longer finds "sanction" without its entry)
 */
export function withFormSynonyms(
  synonyms: Readonly<Record<string, readonly string[]>>,
  pairs: readonly FormPair[],
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
  for (const { word, form } of pairs) {
    add(word, form);
    add(form, word);
  }
  return merged;
}
