import { contextFeatures, dynamicFeatures, Featurizer, historyFeatures, pairFeatures, positionRole, remember, roleFeatures, ROLE_AFTER_O, ROLE_NEXT, ROLE_NEXT2, ROLE_PREV, ROLE_PREV2, tagFeatures, wordTagFeatures } from '../../../../indexer/tag/ner/features.js';
import type { DocumentHistory } from '../../../../indexer/tag/ner/features.js';
import { buildLexicon } from '../../../../indexer/tag/ner/lexicon.js';
import { LinearModel } from '../../../../indexer/tag/ner/perceptron.js';

/** A deterministic pseudo-random sequence (tests must not depend on Math.random). */
function sequence(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    return ((x >>> 8) & 0xffff) / 0x10000;
  };
}

describe('LinearModel', () => {
  const T = 17;
  const random = sequence(7);
  // Rows of every length from 1 to 17, so both in-line slots (up to 3 weights) and rows stored out of line are read.
  const rows = 400;
  const keys = Int32Array.from({ length: rows }, (_, r) => (r + 1) * 2654435761 | 0 || 1);
  const dense = new Float32Array(rows * T);
  for (let r = 0; r < rows; r++) {
    const length = 1 + (r % T);
    const tags = [...Array(T).keys()].sort(() => random() - 0.5).slice(0, length);
    for (const t of tags) dense[r * T + t] = Math.round((random() - 0.5) * 4000) / 100 || 0.01;
  }
  const model = LinearModel.fromDense(T, keys, dense, 100);

  it('when features are scored, then each tag gets the sum of its weights, in hundredths', () => {
    const features = Int32Array.from([keys[3]!, keys[20]!, 12345, keys[16]!, keys[399]!, keys[3]!]);
    const out = new Float64Array(T);
    model.add(features, features.length, out);
    for (let t = 0; t < T; t++) {
      const expected = [3, 20, 16, 399, 3].reduce((sum, r) => sum + Math.round(dense[r * T + t]! * 100), 0);
      expect(out[t]).toBe(expected);
    }
  });

  it('when the same features are added in any order, then the sums are the same to the last bit', () => {
    const features = Int32Array.from(keys.slice(0, 60));
    const forward = new Float64Array(T);
    model.add(features, features.length, forward);
    const backward = new Float64Array(T);
    model.add(Int32Array.from([...features].reverse()), features.length, backward);
    expect([...backward]).toEqual([...forward]);
  });

  it('when a weight is not a whole number of 1/scale, then the model refuses it and says which', () => {
    expect(() => new LinearModel(2, Int32Array.from([5]), Int32Array.from([0, 1]), Uint8Array.from([1]), Float32Array.from([0.125]), 100)).toThrow(/weight 0\.125 is not a whole number of 1\/100/);
  });
});

describe('the features a token is scored on', () => {
  it('when the pieces scored at run time (word roles, pair features) are joined, then they are exactly what training scores, so a template added to one side only fails here', () => {
    const lexicon = buildLexicon([]);
    const featurizer = new Featurizer(lexicon);
    for (const tokens of [['Vladimir', 'Putin', 'met', 'Assimi', 'Goita', '.'], ['MALI', 'JUNTA', 'MEETS'], ['Goita']]) {
      const ctx = featurizer.sentence(tokens);
      for (let i = 0; i < tokens.length; i++) {
        const buffer = new Int32Array(256);
        const training = [...buffer.subarray(0, contextFeatures(ctx, i, buffer, 0))].sort();
        const parts: number[] = [];
        const add = (n: number): void => void parts.push(...buffer.subarray(0, n));
        add(roleFeatures(ctx.words[i]!, positionRole(ctx, i), buffer, 0));
        add(roleFeatures(i > 0 ? ctx.words[i - 1]! : null, ROLE_PREV, buffer, 0));
        add(roleFeatures(i > 1 ? ctx.words[i - 2]! : null, ROLE_PREV2, buffer, 0));
        add(roleFeatures(i + 1 < tokens.length ? ctx.words[i + 1]! : null, ROLE_NEXT, buffer, 0));
        add(roleFeatures(i + 2 < tokens.length ? ctx.words[i + 2]! : null, ROLE_NEXT2, buffer, 0));
        add(pairFeatures(ctx, i, buffer, 0));
        expect(parts.sort()).toEqual(training);
      }
    }
  });

  it('when the dynamic pieces scored at run time (the tags alone, the word after an O, the history) are joined, then they are exactly what training scores', () => {
    const featurizer = new Featurizer(buildLexicon([]));
    const tokens = ['Goita', 'met', 'Putin', 'and', 'Goita', '.'];
    const ctx = featurizer.sentence(tokens);
    const history: DocumentHistory = new Map();
    remember(history, ctx, 0, 4); // "Goita" was tagged before: the history features come in
    for (let i = 0; i < tokens.length; i++) {
      for (const [prev, prev2] of [[-1, -1], [0, -1], [0, 0], [3, 0], [4, 3], [0, 4]] as const) {
        const buffer = new Int32Array(64);
        const training = [...buffer.subarray(0, dynamicFeatures(ctx, i, prev, prev2, history, buffer, 0))].sort();
        const parts: number[] = [];
        const add = (n: number): void => void parts.push(...buffer.subarray(0, n));
        add(tagFeatures(prev, prev2, buffer, 0));
        add(prev === 0 ? roleFeatures(ctx.words[i]!, ROLE_AFTER_O, buffer, 0) : wordTagFeatures(ctx.words[i]!, prev, buffer, 0));
        add(historyFeatures(ctx, i, prev, history, buffer, 0));
        expect(parts.sort()).toEqual(training);
      }
    }
  });
});

