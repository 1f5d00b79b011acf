/**
 * Feature extraction for one token in context. Each feature is a 32-bit hash of a template id
 * and its values (see hashing.ts); the model keeps weights for the ones it learnt and ignores
 * the rest. Nothing here depends on POS or chunk tags, which raw text does not have.
 *
 * Templates: the word (lower-cased and as written), its shape, prefixes and suffixes, the two
 * words and shapes either side and their conjunctions, position (sentence-initial, inside an
 * all-caps headline, or ordinary running text) conjoined with shape and with the word's
 * capitalisation habit in the training text, gazetteer matches on the token and its neighbours,
 * the previous two predicted tags, and the entity type this word was given earlier in the same
 * document (a word tagged PER once is likely PER again: "Goita ... Goita").
 */
import * as hashing from './hashing.js';
import type { Lexicon } from './lexicon.js';
import { ENTITY_TYPES, tagPrefix, tagType } from './tags.js';
import { foldToken, hasLetter, hasLower, isCapitalized, normalizeToken, wordShape } from './word-form.js';
import { WordTable } from './word-table.js';
import { detached } from '../../../src/text/detached.js';

/** Per-word-type facts, computed once per distinct token string and cached. */
export interface WordInfo {
  /** Lower-case, diacritic-free form: gazetteer and document-history key. */
  key: string;
  cap: boolean;
  letter: boolean;
  lower: boolean;
  /** 0 unknown, 1 capitalised mid-sentence, 2 lower case, 3 mixed. */
  habit: number;
  /** Lower-case letters only, or punctuation only: in mixed-case text such a token after O is O (see tagger.ts). */
  plain: boolean;
  hLow: number;
  hShape: number;
  /** Bit 0: an entry of the lexicon's gazetteer starts with this word; bit 1: one of its external list does. */
  startsEntry: number;
  /** Features of the word alone (word, case-preserving word, shape, prefixes, suffixes). */
  own: Int32Array;
  /**
   * Inference-time cache (see tagger.ts): the scores `roleScorer` gives the word's features in each role, ROLES ×
   * numTags numbers from `rolesAt` in `roles`, a slab shared by many words (a typed array of its own per word was
   * an allocation outside V8's heap for every new word); `rolesReady` has bit r set once role r is filled.
   */
  roles: Float32Array | null;
  rolesAt: number;
  rolesReady: number;
  roleScorer: object | null;
}

export interface SentenceContext {
  length: number;
  words: WordInfo[];
  allCaps: boolean;
  /** Gazetteer codes per token (1 + typeIndex * 4 + position B, I, L, U); null when none. */
  gaz: Array<number[] | null>;
}

// Template ids (arbitrary distinct constants).
const T = {
  bias: 1, w: 2, wc: 3, s: 4, ps: 5, hb: 6, wm1: 7, wm2: 8, wp1: 9, wp2: 10, sm1: 11, sp1: 12,
  ss: 13, ssp: 14, sss: 15, wwm: 16, wwp: 17, hm1: 18, hp1: 19, affix: 20, g: 21, gp: 22,
  gm1: 23, gp1: 24, t: 25, tt: 26, tw: 27, ts: 28, d: 29, dp: 30,
} as const;

// Module-local copies: under tsx/esbuild every use of an imported binding is a getter call,
// which is measurable in this inner loop.
const { feature1, feature2, feature3, hashString } = hashing;

const BOS = hashString('<s>');
const EOS = hashString('</s>');
const HABIT: Record<string, number> = { U: 1, L: 2, M: 3 };
const DIGITS = /\d/g;
const HAS_DIGIT = /\d/;
const DIGIT_FREE = /^\D*$/;
/** hashString's state after 'x' and after 'p', the affix templates' markers. */
const SUFFIX_SEED = Math.imul(0x811c9dc5 ^ 0x78, 0x01000193);
const PREFIX_SEED = Math.imul(0x811c9dc5 ^ 0x70, 0x01000193);

/** hashString over `s[from..to)` continued from state `h` (so that it equals hashString(prefix + that part)). */
function continueHash(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}
/** No capital, no digit: lower-case words ("said", "the", "al-") and punctuation. */
const PLAIN = /^[^\p{Lu}\p{Lt}\p{N}]+$/u;
// Bounded so a long-running indexer does not grow without limit (~400 bytes per entry).
const CACHE_LIMIT = 50_000;

/** Turns sentences into feature hashes, with the lexicon it was built for. */
export class Featurizer {
  private cache = new WordTable<WordInfo>(CACHE_LIMIT);

  private readonly gazetteer: EntryTrie;
  private readonly external: EntryTrie;

  constructor(readonly lexicon: Lexicon) {
    this.gazetteer = entryTrie(lexicon.gazetteer);
    this.external = entryTrie(lexicon.external);
  }

  private info(raw: string): WordInfo {
    // Most tokens are words already in the cache: look them up as they are, before any other work.
    let wi = this.cache.get(raw);
    if (wi) return wi;
    // Numbers ("155,221", "5.93") share one entry per shape: every feature reads digits as 0 anyway, and a cache
    // keyed by each distinct figure thrashes on financial news.
    const token = HAS_DIGIT.test(raw) ? raw.replace(DIGITS, '0') : raw;
    if (token !== raw) {
      wi = this.cache.get(token);
      if (wi) return wi;
    }
    // A copy: the cache keeps it, and a token cut from its article would keep the article alive (src/text/detached.ts).
    const norm = normalizeToken(token);
    const key = detached(foldToken(norm));
    const low = key.replace(DIGITS, '0');
    const hLow = hashString(low);
    const hShape = hashString(wordShape(norm));
    const n = low.length;
    const suffixes = Math.min(4, n - 1);
    const prefixes = Math.min(3, n - 1);
    const own = new Int32Array(3 + Math.max(0, suffixes) + Math.max(0, prefixes));
    own[0] = feature1(T.w, hLow);
    own[1] = feature1(T.wc, hashString(DIGIT_FREE.test(norm) ? norm : norm.replace(DIGITS, '0')));
    own[2] = feature1(T.s, hShape);
    let f = 3;
    // The affixes' hashes are hashString('x' + suffix) and hashString('p' + prefix), computed without the strings.
    for (let k = 1; k <= suffixes; k++) own[f++] = feature1(T.affix, continueHash(SUFFIX_SEED, low, n - k, n));
    for (let k = 1, h = PREFIX_SEED; k <= prefixes; k++) {
      h = continueHash(h, low, k - 1, k);
      own[f++] = feature1(T.affix, h | 0);
    }
    wi = {
      key,
      cap: isCapitalized(norm),
      letter: hasLetter(norm),
      lower: hasLower(norm),
      habit: HABIT[this.lexicon.caseHabit.get(key) ?? ''] ?? 0,
      plain: PLAIN.test(norm),
      hLow,
      hShape,
      startsEntry: (this.lexicon.gazetteer.has(key) ? 1 : 0) | (this.lexicon.external.has(key) ? 2 : 0),
      own,
      roles: null,
      rolesAt: 0,
      rolesReady: 0,
      roleScorer: null,
    };
    this.cache.set(token, wi);
    return wi;
  }

  /** Precomputes what the templates read for one sentence. */
  sentence(tokens: readonly string[]): SentenceContext {
    const n = tokens.length;
    const words = tokens.map((t) => this.info(t));
    let letters = 0;
    let anyLower = false;
    for (const w of words) {
      if (w.lower) anyLower = true;
      if (w.letter) letters++;
    }
    const allCaps = !anyLower && letters > 1;
    const gaz: Array<number[] | null> = new Array<number[] | null>(n).fill(null);
    // Codes 1..16 are training-data gazetteer matches, 17..32 external-list matches. (No closures or per-sentence
    // arrays here: this runs for every sentence of every article.) Whether any entry starts with a word is known from
    // its cached info, so most tokens cost no look-up here.
    const { maxEntryLength } = this.lexicon;
    for (let i = 0; i < n; i++) {
      const starts = words[i]!.startsEntry;
      if (starts === 0 || startsLower(words, i, allCaps)) continue;
      if (starts & 1) matchEntries(this.gazetteer, 1, words, i, n, allCaps, maxEntryLength, gaz);
      if (starts & 2) matchEntries(this.external, 17, words, i, n, allCaps, maxEntryLength, gaz);
    }
    return { length: n, words, allCaps, gaz };
  }
}

/** A token that starts in lower case in mixed-case text: no gazetteer entry starts or ends there. */
function startsLower(words: readonly WordInfo[], i: number, allCaps: boolean): boolean {
  return !allCaps && words[i]!.letter && !words[i]!.cap;
}

/**
 * A gazetteer (folded entry → type mask, every prefix present with mask 0) as a trie of its words, so that matching
 * walks word keys the featurizer already holds instead of joining them into a new string at every step (the look-up
 * of the joined string was the featurizer's costliest line). `mask` is undefined on a node that is no key of the
 * gazetteer, where matching stops as at a key the map does not hold.
 */
interface EntryTrie {
  mask: number | undefined;
  next: Map<string, EntryTrie> | undefined;
}

/** `entryTrie(new Map([['new', 0], ['new york', 4]]))` → `{ next: { new: { mask: 0, next: { york: { mask: 4 } } } } }` */
export function entryTrie(list: ReadonlyMap<string, number>): EntryTrie {
  const root: EntryTrie = { mask: undefined, next: undefined };
  for (const [key, mask] of list) {
    let node = root;
    for (const word of key.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (child === undefined) node.next.set(word, (child = { mask: undefined, next: undefined }));
      node = child;
    }
    node.mask = mask;
  }
  return root;
}

/** Marks every entry of `trie` that starts at token `i` (codes from `base`: + type * 4 + B, I, L, U). */
function matchEntries(trie: EntryTrie, base: number, words: readonly WordInfo[], i: number, n: number, allCaps: boolean, maxEntryLength: number, gaz: Array<number[] | null>): void {
  let node: EntryTrie | undefined = trie;
  for (let len = 1; len <= maxEntryLength && i + len <= n; len++) {
    const j = i + len - 1;
    node = node.next?.get(words[j]!.key);
    const mask = node?.mask;
    if (node === undefined || mask === undefined) break; // no entry starts with these tokens
    if (mask === 0 || startsLower(words, j, allCaps)) continue; // only a prefix of longer entries
    for (let b = 0; b < ENTITY_TYPES.length; b++) {
      if (!(mask & (1 << b))) continue;
      const code = base + b * 4;
      if (len === 1) (gaz[i] ??= []).push(code + 3);
      else {
        (gaz[i] ??= []).push(code);
        for (let m = i + 1; m < j; m++) (gaz[m] ??= []).push(code + 1);
        (gaz[j] ??= []).push(code + 2);
      }
    }
  }
}

/** Capacity a feature buffer needs for one token (gazetteer matches are capped to fit). */
export const MAX_FEATURES = 256;

/**
 * The roles in which a word's features do not depend on any other word: at its own position (0 sentence-initial,
 * 1 in an all-caps sentence, 2 in running text: the templates' `pos`), and as the previous, second previous, next or
 * second next word of the token being tagged. At run time their scores are summed once per word and role and
 * cached (tagger.ts): about half of a token's features, and the most frequent ones, with the longest weight rows.
 */
export const ROLE_PREV = 3;
export const ROLE_PREV2 = 4;
export const ROLE_NEXT = 5;
export const ROLE_NEXT2 = 6;
/** The word right after an O: the features joining it with the previous tag when that tag is O (the usual case). */
export const ROLE_AFTER_O = 7;
export const ROLES = 8;

/**
 * Writes the features `wi` contributes in `role` into `out` from index `n`; returns the new count. `wi` null is the
 * sentence's edge (for the neighbour roles). For roles 0–2, the word's `own` features come on top.
 */
export function roleFeatures(wi: WordInfo | null, role: number, out: Int32Array, n: number): number {
  switch (role) {
    case ROLE_PREV:
      return neighbourFeatures(wi, BOS, T.wm1, T.sm1, T.hm1, out, n);
    case ROLE_PREV2:
      out[n++] = feature1(T.wm2, wi ? wi.hLow : BOS);
      return n;
    case ROLE_NEXT:
      return neighbourFeatures(wi, EOS, T.wp1, T.sp1, T.hp1, out, n);
    case ROLE_NEXT2:
      out[n++] = feature1(T.wp2, wi ? wi.hLow : EOS);
      return n;
    case ROLE_AFTER_O:
      return wordTagFeatures(wi!, 0, out, n);
    default:
      out[n++] = feature1(T.bias, 0);
      out[n++] = feature2(T.ps, role, wi!.hShape);
      out[n++] = feature3(T.hb, role, wi!.habit, wi!.hShape);
      return n;
  }
}

/** A next-door neighbour's word, shape, and capitalisation habit with shape (`edge` past the sentence's end). */
function neighbourFeatures(wi: WordInfo | null, edge: number, word: number, shape: number, habit: number, out: Int32Array, n: number): number {
  out[n++] = feature1(word, wi ? wi.hLow : edge);
  out[n++] = feature1(shape, wi ? wi.hShape : edge);
  out[n++] = feature2(habit, wi ? wi.habit : -1, wi ? wi.hShape : edge);
  return n;
}

/** The position role of token `i`: 0 sentence-initial, 1 in an all-caps sentence, 2 in running text. */
export function positionRole(c: SentenceContext, i: number): number {
  return i === 0 ? 0 : c.allCaps ? 1 : 2;
}

/**
 * Writes the features of token `i` that depend on its sentence context (not on the word alone,
 * see WordInfo.own, nor on tags) into `out` from index `n`; returns the new count.
 */
export function contextFeatures(c: SentenceContext, i: number, out: Int32Array, n: number): number {
  n = roleFeatures(c.words[i]!, positionRole(c, i), out, n);
  n = roleFeatures(i > 0 ? c.words[i - 1]! : null, ROLE_PREV, out, n);
  n = roleFeatures(i > 1 ? c.words[i - 2]! : null, ROLE_PREV2, out, n);
  n = roleFeatures(i + 1 < c.length ? c.words[i + 1]! : null, ROLE_NEXT, out, n);
  n = roleFeatures(i + 2 < c.length ? c.words[i + 2]! : null, ROLE_NEXT2, out, n);
  return pairFeatures(c, i, out, n);
}

/**
 * The context features of token `i` that join it with a neighbour (shapes and words side by side) or read the
 * gazetteer matches around it: what contextFeatures adds to the role features.
 */
export function pairFeatures(c: SentenceContext, i: number, out: Int32Array, n: number): number {
  const wi = c.words[i]!;
  const prev = i > 0 ? c.words[i - 1]! : null;
  const next = i + 1 < c.length ? c.words[i + 1]! : null;
  const w = wi.hLow;
  const s = wi.hShape;
  const wm1 = prev ? prev.hLow : BOS;
  const wp1 = next ? next.hLow : EOS;
  const sm1 = prev ? prev.hShape : BOS;
  const sp1 = next ? next.hShape : EOS;
  const pos = positionRole(c, i);
  out[n++] = feature2(T.ss, sm1, s);
  out[n++] = feature2(T.ssp, s, sp1);
  out[n++] = feature3(T.sss, sm1, s, sp1);
  out[n++] = feature2(T.wwm, wm1, w);
  out[n++] = feature2(T.wwp, w, wp1);
  const limit = MAX_FEATURES - 32; // room for the word's own and the dynamic features
  const here = c.gaz[i];
  const before = i > 0 ? c.gaz[i - 1] : null;
  const after = i + 1 < c.length ? c.gaz[i + 1] : null;
  if (here) {
    for (const g of here) {
      if (n + 2 > limit) break;
      out[n++] = feature1(T.g, g);
      out[n++] = feature2(T.gp, pos, g);
    }
  }
  if (before) for (const g of before) if (n < limit) out[n++] = feature1(T.gm1, g);
  if (after) for (const g of after) if (n < limit) out[n++] = feature1(T.gp1, g);
  return n;
}

/**
 * Document memory for the "earlier in this document" feature: entity types the tagger gave to
 * each (folded) word so far.
 */
export type DocumentHistory = Map<string, Int32Array>;

/** Records the tag chosen for token `i` in the document history. */
export function remember(history: DocumentHistory, c: SentenceContext, i: number, tag: number): void {
  const type = tagType(tag);
  const wi = c.words[i]!;
  if (type === null || !wi.letter) return;
  let counts = history.get(wi.key);
  if (!counts) history.set(wi.key, (counts = new Int32Array(ENTITY_TYPES.length)));
  counts[ENTITY_TYPES.indexOf(type)]!++;
}

const PREFIX_CODE: Record<string, number> = { O: 0, B: 1, I: 2, L: 3, U: 4 };

/** Writes the features of token `i` that depend on the previous tags and the document history. */
export function dynamicFeatures(
  c: SentenceContext,
  i: number,
  prev: number,
  prev2: number,
  history: DocumentHistory,
  out: Int32Array,
  n: number,
): number {
  n = tagFeatures(prev, prev2, out, n);
  n = wordTagFeatures(c.words[i]!, prev, out, n);
  return historyFeatures(c, i, prev, history, out, n);
}

/** The dynamic features of the previous two tags alone (-1: before the sentence). */
export function tagFeatures(prev: number, prev2: number, out: Int32Array, n: number): number {
  out[n++] = feature1(T.t, prev + 1);
  out[n++] = feature2(T.tt, prev2 + 1, prev + 1);
  return n;
}

/** The dynamic features joining the word with the previous tag. */
export function wordTagFeatures(wi: WordInfo, prev: number, out: Int32Array, n: number): number {
  out[n++] = feature2(T.tw, prev + 1, wi.hLow);
  out[n++] = feature2(T.ts, prev + 1, wi.hShape);
  return n;
}

/**
 * The dynamic features of the document history: the type this word was given before, alone and with the previous
 * tag.
 */
export function historyFeatures(c: SentenceContext, i: number, prev: number, history: DocumentHistory, out: Int32Array, n: number): number {
  const wi = c.words[i]!;
  if (wi.cap || c.allCaps) {
    const counts = history.get(wi.key);
    if (counts) {
      let best = 0;
      for (let b = 1; b < counts.length; b++) if (counts[b]! > counts[best]!) best = b;
      out[n++] = feature1(T.d, best);
      out[n++] = feature2(T.dp, best, prev < 0 ? 0 : PREFIX_CODE[tagPrefix(prev)]!);
    }
  }
  return n;
}
