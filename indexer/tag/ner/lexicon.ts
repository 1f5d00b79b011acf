/**
 * Lexical knowledge gathered from the training data only: a gazetteer of the entity strings it
 * contains (with their types), and each word's capitalisation habit in running text. Training
 * builds these from other folds of the data (jack-knifing) so the model learns how far to trust
 * them on unseen text rather than treating them as perfect.
 */
import type { ConllDocument } from './conll.js';
import { iobToSpans } from './conll.js';
import { ENTITY_TYPES } from './tags.js';
import { foldToken, hasLetter, isAllCapsSentence, isCapitalized, normalizeToken } from './word-form.js';

export interface Lexicon {
  /**
   * Folded entity string (tokens joined by a space) → bit mask over ENTITY_TYPES; every proper
   * token prefix of an entry is present too, with mask 0, so matching can stop early.
   */
  gazetteer: Map<string, number>;
  /** The external list (see country-list.ts), same form; empty when not used. */
  external: Map<string, number>;
  /** Longest entry of either gazetteer, in tokens. */
  maxEntryLength: number;
  /** Folded word → 'U' (almost always capitalised mid-sentence), 'L' (almost never) or 'M'. */
  caseHabit: Map<string, string>;
}

/**
 * Whether CoNLL's news writes a word in lower case at least one time in ten mid-sentence (habit 'L' or 'M'): a word
 * of the language that may be capitalised ("news", "time", "continental"), not a name ("Chrysler", "Apple" are 'U' or
 * unknown).
 *
 * `isCommonWord(lexicon, 'News')` → true; `isCommonWord(lexicon, 'Boeing')` → false
 */
export function isCommonWord(lexicon: Lexicon, word: string): boolean {
  const habit = lexicon.caseHabit.get(foldToken(normalizeToken(word)));
  return habit === 'L' || habit === 'M';
}

/** The serialisable form stored in the model file. */
export interface LexiconData {
  gazetteer: Array<[string, number]>;
  external?: Array<[string, number]>;
  caseHabit: Record<string, string>;
}

/** Folded key of a token sequence. */
export function gazetteerKey(tokens: readonly string[]): string {
  return tokens.map((t) => foldToken(normalizeToken(t))).join(' ');
}

/** Builds the lexicon from training documents, plus an optional external list. */
export function buildLexicon(docs: readonly ConllDocument[], externalList: ReadonlyMap<string, number> = new Map()): Lexicon {
  const gazetteer = new Map<string, number>();
  let maxEntryLength = 0;
  const counts = new Map<string, [number, number]>();
  for (const doc of docs) {
    for (const s of doc.sentences) {
      for (const span of iobToSpans(s.tags)) {
        const key = gazetteerKey(s.tokens.slice(span.start, span.end));
        gazetteer.set(key, (gazetteer.get(key) ?? 0) | (1 << ENTITY_TYPES.indexOf(span.type)));
        maxEntryLength = Math.max(maxEntryLength, span.end - span.start);
      }
      if (isAllCapsSentence(s.tokens)) continue;
      for (let i = 1; i < s.tokens.length; i++) {
        const tok = s.tokens[i]!;
        if (!hasLetter(tok)) continue;
        const prev = s.tokens[i - 1]!;
        // After sentence-like punctuation or an opening quote capitalisation is not informative.
        if (prev === '.' || prev === '"' || prev === ':' || prev === '?' || prev === '!') continue;
        const key = foldToken(normalizeToken(tok));
        const c = counts.get(key) ?? [0, 0];
        c[isCapitalized(tok) ? 0 : 1]++;
        counts.set(key, c);
      }
    }
  }
  const caseHabit = new Map<string, string>();
  for (const [k, [up, low]] of counts) {
    const r = up / (up + low);
    caseHabit.set(k, r >= 0.9 ? 'U' : r <= 0.1 ? 'L' : 'M');
  }
  addPrefixes(gazetteer);
  const external = new Map(externalList);
  addPrefixes(external);
  for (const k of external.keys()) maxEntryLength = Math.max(maxEntryLength, k.split(' ').length);
  return { gazetteer, external, maxEntryLength: Math.min(maxEntryLength, 8), caseHabit };
}

function addPrefixes(gazetteer: Map<string, number>): void {
  for (const key of [...gazetteer.keys()]) {
    let at = key.indexOf(' ');
    while (at >= 0) {
      const prefix = key.slice(0, at);
      if (!gazetteer.has(prefix)) gazetteer.set(prefix, 0);
      at = key.indexOf(' ', at + 1);
    }
  }
}

export function lexiconToData(lex: Lexicon): LexiconData {
  return {
    gazetteer: [...lex.gazetteer].filter(([, mask]) => mask !== 0),
    external: [...lex.external].filter(([, mask]) => mask !== 0),
    caseHabit: Object.fromEntries(lex.caseHabit) };
}

export function lexiconFromData(data: LexiconData): Lexicon {
  const gazetteer = new Map(data.gazetteer);
  addPrefixes(gazetteer);
  const external = new Map(data.external ?? []);
  addPrefixes(external);
  let maxEntryLength = 0;
  for (const k of gazetteer.keys()) maxEntryLength = Math.max(maxEntryLength, k.split(' ').length);
  for (const k of external.keys()) maxEntryLength = Math.max(maxEntryLength, k.split(' ').length);
  return { gazetteer, external, maxEntryLength: Math.min(maxEntryLength, 8), caseHabit: new Map(Object.entries(data.caseHabit)) };
}
