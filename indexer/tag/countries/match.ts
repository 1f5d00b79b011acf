/**
 * Longest-match scan of a token stream against the gazetteer trie.
 *
 * Why: a single left-to-right pass, one Map lookup per token, handles thousands of names
 * and makes "longest match wins" structural: at each position the deepest trie node whose
 * entry passes the case rule is taken and its tokens are consumed, so "Niger Delta" (NG)
 * hides "Niger" (NE) and "Latin America" (blocker) hides "America".
 *
 * Example: matchTokens(tokenize("Chad and the U.S. met"), g, false) →
 *   [{ entry: Chad/TD, first: 0, last: 0 }, { entry: U.S./US, first: 3, last: 6 }]
 */

import type { GazetteerEntry } from './gazetteer-types.js';
import type { Gazetteer } from './gazetteer.js';
import type { Token } from './tokenize.js';

export interface RawMatch {
  entry: GazetteerEntry;
  /** Index of the first token of the match. */
  first: number;
  /** Index of the last token of the match (inclusive). */
  last: number;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Does the text surface satisfy the entry's case rule?
 * In an all-caps field (Reuters titles, datelines) 'cap' always holds; 'exact' still demands
 * equality, which all-caps "U.S."/"UK" satisfy.
 */
export function caseOk(entry: GazetteerEntry, toks: readonly Token[], first: number, allCaps: boolean): boolean {
  if (entry.caseRule === 'any') return true;
  for (let k = 0; k < entry.tokens.length; k++) {
    const want = entry.tokens[k] ?? '';
    const got = toks[first + k]?.text ?? '';
    if (entry.caseRule === 'exact') {
      if (got !== want) return false;
    } else if (!allCaps && isUpper(want.charAt(0)) && !isUpper(got.charAt(0))) {
      return false;
    }
  }
  return true;
}

/** Scan tokens, returning non-overlapping longest matches (blockers included, code null). */
export function matchTokens(toks: readonly Token[], g: Gazetteer, allCaps: boolean): RawMatch[] {
  const out: RawMatch[] = [];
  let i = 0;
  const n = toks.length;
  while (i < n) {
    const t = toks[i];
    if (!t || !t.word) { i++; continue; }
    let node = g.root.next?.get(t.key);
    if (!node) { i++; continue; }
    let bestEntry: GazetteerEntry | null = null;
    let bestLast = -1;
    let j = i;
    while (node) {
      if (node.entry && caseOk(node.entry, toks, i, allCaps)) { bestEntry = node.entry; bestLast = j; }
      j++;
      const nt = toks[j];
      if (!nt || !node.next) break;
      node = node.next.get(nt.key);
    }
    if (bestEntry) {
      out.push({ entry: bestEntry, first: i, last: bestLast });
      i = bestLast + 1;
    } else {
      i++;
    }
  }
  return out;
}
