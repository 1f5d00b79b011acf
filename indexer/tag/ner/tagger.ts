/**
 * Greedy left-to-right BILOU tagging of one document, shared by training (which updates the
 * perceptron on every mistake, using its own predictions as history exactly as at run time)
 * and recognition. Greedy decoding with a few dozen hashed features per token is what makes
 * the recogniser fast; the transition constraints keep its output well formed. At run time the
 * score of a word's own features is cached on the word (the model is frozen), which removes a
 * third of the per-token work.
 */
import { contextFeatures, dynamicFeatures, MAX_FEATURES, remember } from './features.js';
import type { DocumentHistory, Featurizer } from './features.js';
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
  const scores = new Float64Array(T);
  const features = new Int32Array(MAX_FEATURES);
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
      } else {
        if (word.partialOwner !== scorer) {
          word.partial = new Float64Array(T);
          scorer.add(word.own, word.own.length, word.partial);
          word.partialOwner = scorer;
        }
        scores.set(word.partial!);
      }
      n = contextFeatures(ctx, i, features, n);
      const context = n;
      n = dynamicFeatures(ctx, i, prev, prev2, history, features, n);
      scorer.add(features, n, scores);
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
          // (At run time the buffer holds no own features: their scores are cached in `word.partial`.)
          scores.set(word.partial!);
          n = dynamicFeatures(ctx, i, prev, prev2, history, features, context);
          scorer.add(features, n, scores);
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
