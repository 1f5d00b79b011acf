import { readFileSync } from 'node:fs';
import { wordFileLines } from './word-file-lines.js';

/**
 * Common words Meilisearch searches without typos (its `disableOnWords`). Its typo tolerance forgives one typo from
 * six letters and two from nine, and in news another common word often lies that close: "police" counted every
 * article about "policy" (1,418 bench articles, of which 536 write "police"), "president" every "present", "sanctions"
 * every "sections". A word of the list matches as written, and its other forms through the word-form file
 * (word-forms.ts); any other word, a misspelt one or a name, keeps the typo tolerance. The list
 * (data/exact-words.txt) is made by scripts/make-word-lists.ts.
 */

/** An exact-word file that cannot be read as one: the message names the file and the line. */
export class ExactWordFileError extends Error {
  override name = 'ExactWordFileError';
}

/**
 * The words of an exact-word file, one a line, in lower case; `#` starts a comment.
 *
 * `parseExactWordFile('# words\npolice\npresident\n', 'w.txt')` → `['police', 'president']`
 */
export function parseExactWordFile(text: string, path: string): string[] {
  const words: string[] = [];
  const lineOf = new Map<string, number>();
  for (const { text: word, line } of wordFileLines(text)) {
    const where = `${path}:${line}`;
    if (!/^\p{Ll}+$/u.test(word)) throw new ExactWordFileError(`${where}: expected one lower-case word, got "${word}"`);
    const earlier = lineOf.get(word);
    if (earlier !== undefined) throw new ExactWordFileError(`${where}: "${word}" is already on line ${earlier}`);
    lineOf.set(word, line);
    words.push(word);
  }
  return words;
}

export function loadExactWordFile(path: string): string[] {
  return parseExactWordFile(readFileSync(path, 'utf8'), path);
}
