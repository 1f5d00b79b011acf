/**
 * Greedy left-to-right BILOU tagging of one document, shared by training (which updates the
 * perceptron on every mistake, using its own predictions as history exactly as at run time)
 * and recognition. Greedy decoding with a few dozen hashed features per token is what makes
 * the recogniser fast; the transition constraints keep its output well formed.
 *
 * At run time the model is frozen, so what a word's features score in each of its roles (itself at its position,
 * or a neighbour on either side: features.ts ROLES) is summed once and cached on the word. A token then looks up
 * five cached sums and probes the model only for the features that join it with its neighbours and the gazetteer's.
 * The previous tags' features come from a table of every pair of tags (scored once per model) and, after an O (most
 * tokens), from the word's cache too; only the history and the word after an entity are probed. A LinearModel's
 * weights are whole numbers, so the cached sums give exactly the scores a fresh sum would.
 */
import { contextFeatures, dynamicFeatures, historyFeatures, MAX_FEATURES, pairFeatures, positionRole, remember, roleFeatures, ROLE_AFTER_O, ROLE_NEXT, ROLE_NEXT2, ROLE_PREV, ROLE_PREV2, ROLES, tagFeatures, wordTagFeatures } from './features.js';
import type { DocumentHistory, Featurizer, SentenceContext, WordInfo } from './features.js';
import type { AveragedPerceptron, Scorer } from './perceptron.js';
import { TRANSITION_TABLE } from './tags.js';

export interface Learner {
  model: AveragedPerceptron;
  /** Gold BILOU tags per sentence. */
  gold: readonly (readonly number[])[];
}

/** Lower-case words inside names: "de la" of "Miguel de la Madrid", "van" of "Louw van der Merwe", "al" of "bin al". */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'la', 'le', 'du', 'da', 'das', 'do', 'dos', 'des', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'ten',
  'zu', 'bin', 'ben', 'ibn', 'al', 'el', 'y', 'e',
]);

/** Tags every sentence of a document (token strings), returning BILOU tag indices. */
export function tagDocument(
  sentences: readonly (readonly string[])[],
  scorer: Scorer,
  featurizer: Featurizer,
  learner?: Learner,
): number[][] {
  const T = scorer.numTags;
  // A local reference: under tsx/esbuild an imported binding is read through a getter call.
  const transitions = TRANSITION_TABLE;
  const history: DocumentHistory = new Map();
  const { scores, base, features, scratch } = workSpace(scorer);
  // The neighbour roles past a sentence's edges, in the same layout as a word's cache.
  const edges = learner ? null : edgeScores(scorer);
  const tagPairs = learner ? null : tagPairScores(scorer);
  const result: number[][] = [];
  for (let s = 0; s < sentences.length; s++) {
    const tokens = sentences[s]!;
    const len = tokens.length;
    const ctx = featurizer.sentence(tokens);
    const tags: number[] = [];
    let prev = -1;
    let prev2 = -1;
    for (let i = 0; i < len; i++) {
      const word = ctx.words[i]!;
      // Inference shortcut: in mixed-case text a token with no capital and no digit, right after O and outside any
      // gazetteer match, is O (CoNLL-2003 valid.txt micro F1 0.9262 → 0.9260; Wikinews NER throughput 1.9 → 2.9 MB/s).
      if (!learner && prev <= 0 && !ctx.allCaps && word.plain && ctx.gaz[i] === null) {
        tags.push(0);
        prev2 = prev;
        prev = 0;
        continue;
      }
      let n = 0;
      if (learner) {
        features.set(word.own);
        n = word.own.length;
        scores.fill(0);
        n = contextFeatures(ctx, i, features, n);
        n = dynamicFeatures(ctx, i, prev, prev2, history, features, n);
        scorer.add(features, n, scores);
      } else {
        base.fill(0);
        addRole(base, word, positionRole(ctx, i), scorer, features, scratch);
        addNeighbour(base, i > 0 ? ctx.words[i - 1]! : null, ROLE_PREV, scorer, features, scratch, edges!);
        addNeighbour(base, i > 1 ? ctx.words[i - 2]! : null, ROLE_PREV2, scorer, features, scratch, edges!);
        addNeighbour(base, i + 1 < len ? ctx.words[i + 1]! : null, ROLE_NEXT, scorer, features, scratch, edges!);
        addNeighbour(base, i + 2 < len ? ctx.words[i + 2]! : null, ROLE_NEXT2, scorer, features, scratch, edges!);
        scorer.add(features, pairFeatures(ctx, i, features, 0), base);
        scores.set(base);
        addDynamic(scores, ctx, i, prev, prev2, history, scorer, features, scratch, tagPairs!);
      }
      // Inside an entity the constraints allow only its continuation, so a span the model failed to close at the
      // previous token would run on over "said there". When the model's own best here is O, the entity ended at the
      // previous token: close it there (I → L, B → U) and read this token again after it. Not on a name particle,
      // which the model may read as O inside a name ("Miguel de la Madrid"). (Closing also when the best is a new
      // entity split names: docs/TAGGING.md.)
      if (!learner && prev > 0 && ((prev - 1) & 3) <= 1 && !NAME_PARTICLES.has(tokens[i]!)) {
        let raw = 0;
        for (let t = 1; t < T; t++) if (scores[t]! > scores[raw]!) raw = t;
        if (raw === 0) {
          prev = ((prev - 1) & 3) === 0 ? prev + 3 : prev + 1;
          tags[i - 1] = prev;
          scores.set(base);
          addDynamic(scores, ctx, i, prev, prev2, history, scorer, features, scratch, tagPairs!);
        }
      }
      let best = -1;
      const allowedBit = i === len - 1 ? 2 : 1;
      const rowBase = (prev + 1) * T;
      for (let t = 0; t < T; t++) {
        if ((transitions[rowBase + t]! & allowedBit) === 0) continue;
        if (best < 0 || scores[t]! > scores[best]!) best = t;
      }
      if (learner) {
        learner.model.tick();
        // Update against the unconstrained best so gold learns to win outright.
        let raw = 0;
        for (let t = 1; t < T; t++) if (scores[t]! > scores[raw]!) raw = t;
        learner.model.update(features, n, learner.gold[s]![i]!, raw);
      }
      tags.push(best);
      remember(history, ctx, i, best);
      prev2 = prev;
      prev = best;
    }
    result.push(tags);
  }
  return result;
}

/**
 * Adds to `scores` what the features of token `i` that depend on the previous tags score: the two tags alone from
 * the scorer's table, the word with an O before it from the word's cache, the rest probed.
 */
function addDynamic(scores: Float64Array, ctx: SentenceContext, i: number, prev: number, prev2: number, history: DocumentHistory, scorer: Scorer, buffer: Int32Array, scratch: Float64Array, tagPairs: Float64Array): void {
  const T = scorer.numTags;
  const at = ((prev2 + 1) * (T + 1) + prev + 1) * T;
  for (let t = 0; t < T; t++) scores[t]! += tagPairs[at + t]!;
  const word = ctx.words[i]!;
  let n = 0;
  if (prev === 0) addRole(scores, word, ROLE_AFTER_O, scorer, buffer, scratch);
  else n = wordTagFeatures(word, prev, buffer, 0);
  n = historyFeatures(ctx, i, prev, history, buffer, n);
  if (n > 0) scorer.add(buffer, n, scores);
}

/** Per scorer, the scores of every pair of previous tags (tagFeatures), at ((prev2 + 1) * (T + 1) + prev + 1) * T. */
const tagPairTables = new WeakMap<Scorer, Float64Array>();

function tagPairScores(scorer: Scorer): Float64Array {
  let table = tagPairTables.get(scorer);
  if (table !== undefined) return table;
  const T = scorer.numTags;
  table = new Float64Array((T + 1) * (T + 1) * T);
  const buffer = new Int32Array(2);
  const scratch = new Float64Array(T);
  for (let prev2 = -1; prev2 < T; prev2++) {
    for (let prev = -1; prev < T; prev++) {
      scratch.fill(0);
      scorer.add(buffer, tagFeatures(prev, prev2, buffer, 0), scratch);
      table.set(scratch, ((prev2 + 1) * (T + 1) + prev + 1) * T);
    }
  }
  tagPairTables.set(scorer, table);
  return table;
}

/** Words whose role scores one slab holds; a full slab is left to the words using it, and a new one started. */
const SLAB_WORDS = 1024;
let slab = new Float32Array(0);
let slabUsed = 0;

/**
 * Adds to `out` what `scorer` gives `word`'s features in `role` (for roles 0–2 with the word's own features), summing
 * them on first use and caching the sum on the word. `buffer` and `scratch` are work space.
 */
function addRole(out: Float64Array, word: WordInfo, role: number, scorer: Scorer, buffer: Int32Array, scratch: Float64Array): void {
  const T = scorer.numTags;
  if (word.roleScorer !== scorer) {
    const size = ROLES * T;
    if (slabUsed + size > slab.length) {
      slab = new Float32Array(SLAB_WORDS * size);
      slabUsed = 0;
    }
    word.roles = slab;
    word.rolesAt = slabUsed;
    slabUsed += size;
    word.rolesReady = 0;
    word.roleScorer = scorer;
  }
  const roles = word.roles!;
  const at = word.rolesAt + role * T;
  if ((word.rolesReady & (1 << role)) === 0) {
    let n = roleFeatures(word, role, buffer, 0);
    if (role < ROLE_PREV) {
      buffer.set(word.own, n);
      n += word.own.length;
    }
    scratch.fill(0);
    scorer.add(buffer, n, scratch);
    // Whole numbers far below 2^24: a Float32Array holds them exactly.
    for (let t = 0; t < T; t++) roles[at + t] = scratch[t]!;
    word.rolesReady |= 1 << role;
  }
  for (let t = 0; t < T; t++) out[t]! += roles[at + t]!;
}

/** addRole for a neighbour role, where null is the sentence's edge (scored once per document in `edges`). */
function addNeighbour(out: Float64Array, word: WordInfo | null, role: number, scorer: Scorer, buffer: Int32Array, scratch: Float64Array, edges: Float64Array): void {
  if (word !== null) return addRole(out, word, role, scorer, buffer, scratch);
  const T = scorer.numTags;
  const at = role * T;
  for (let t = 0; t < T; t++) out[t]! += edges[at + t]!;
}

/** Per scorer, the scores of the neighbour roles past a sentence's edge (edgeScores). */
const edgeTables = new WeakMap<Scorer, Float64Array>();

/**
 * The scores of the neighbour roles past a sentence's edge (`<s>`, `</s>`), laid out as a word's role cache: the same
 * for every document, so made once per scorer. Most articles are short, and what an article costs whatever its length
 * was a fifth of the tagger's time over the bench corpus (a linear fit: 0.13 ms an article plus 0.45 µs a character).
 */
function edgeScores(scorer: Scorer): Float64Array {
  let edges = edgeTables.get(scorer);
  if (edges !== undefined) return edges;
  const T = scorer.numTags;
  const buffer = new Int32Array(MAX_FEATURES);
  const scratch = new Float64Array(T);
  edges = new Float64Array(ROLES * T);
  for (const role of [ROLE_PREV, ROLE_PREV2, ROLE_NEXT, ROLE_NEXT2]) {
    scratch.fill(0);
    scorer.add(buffer, roleFeatures(null, role, buffer, 0), scratch);
    edges.set(scratch, role * T);
  }
  edgeTables.set(scorer, edges);
  return edges;
}

interface WorkSpace {
  scores: Float64Array;
  /** At run time, the sum of a token's cached role scores: what the scores restart from when the token is read again. */
  base: Float64Array;
  features: Int32Array;
  scratch: Float64Array;
}

/** Per scorer, tagDocument's buffers (workSpace). */
const workSpaces = new WeakMap<Scorer, WorkSpace>();

/**
 * tagDocument's buffers for `scorer`, made once and reused by every document: tagging runs one document at a time on
 * a thread, and every use writes a buffer before it reads it. Four typed arrays a document were a quarter of
 * tagDocument's own time on short articles.
 */
function workSpace(scorer: Scorer): WorkSpace {
  let space = workSpaces.get(scorer);
  if (space === undefined) {
    const T = scorer.numTags;
    space = { scores: new Float64Array(T), base: new Float64Array(T), features: new Int32Array(MAX_FEATURES), scratch: new Float64Array(T) };
    workSpaces.set(scorer, space);
  }
  return space;
}
