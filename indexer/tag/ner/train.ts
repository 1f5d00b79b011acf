/**
 * Trains the NER model on a CoNLL-2003 file and writes the shipped model file.
 *
 *   npx tsx indexer/tag/ner/train.ts [--train FILE] [--out FILE] [--epochs N] [--folds K] [--seed S]
 *                                    [--min-weight W] [--no-country-list]
 *
 * Defaults: ../shared/corpus/conll2003/train.txt → indexer/tag/ner/model/ner-model.bin.gz.
 * Deterministic for a given input and options (seeded shuffling, no clock in the model).
 * Only the token and NER columns are used. Never point --train at the validation file.
 */
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iobToSpans, readConll } from './conll.js';
import type { ConllDocument } from './conll.js';
import { buildCountryList } from './country-list.js';
import { Featurizer } from './features.js';
import { buildLexicon } from './lexicon.js';
import { saveModel } from './model-file.js';
import { AveragedPerceptron } from './perceptron.js';
import { tagDocument } from './tagger.js';
import { NUM_TAGS, spansToBilou } from './tags.js';

export interface TrainOptions {
  epochs: number;
  /** Folds for jack-knifed lexicons: each document sees a lexicon built without its fold. */
  folds: number;
  seed: number;
  /** Averaged weights below this magnitude are dropped from the shipped model. */
  minWeight: number;
  /** Use the external country/capital/demonym list (country-list.ts) as a second gazetteer. */
  countryList: boolean;
  log?: (line: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 12, folds: 5, seed: 1, minWeight: 0.05, countryList: true };

/** Small deterministic PRNG (mulberry32) for reproducible shuffles. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains a model on parsed documents. */
export function trainModel(docs: readonly ConllDocument[], opts: TrainOptions = DEFAULT_TRAIN_OPTIONS) {
  const log = opts.log ?? (() => {});
  const folds = Math.max(1, Math.min(opts.folds, docs.length));
  const external = opts.countryList ? buildCountryList() : new Map<string, number>();
  const foldFeaturizers: Featurizer[] = [];
  for (let k = 0; k < folds; k++) {
    const lexicon = buildLexicon(folds === 1 ? docs : docs.filter((_, d) => d % folds !== k), external);
    foldFeaturizers.push(new Featurizer(lexicon));
  }
  const items = docs.map((doc, d) => ({
    tokens: doc.sentences.map((s) => s.tokens),
    gold: doc.sentences.map((s) => spansToBilou(iobToSpans(s.tags), s.tokens.length)),
    featurizer: foldFeaturizers[d % folds]!,
  }));
  const perceptron = new AveragedPerceptron(NUM_TAGS);
  const random = rng(opts.seed);
  const order = items.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let correct = 0;
    let total = 0;
    const t0 = Date.now();
    for (const d of order) {
      const item = items[d]!;
      const predicted = tagDocument(item.tokens, perceptron, item.featurizer, { model: perceptron, gold: item.gold });
      predicted.forEach((tags, s) =>
        tags.forEach((t, i) => {
          total++;
          if (t === item.gold[s]![i]) correct++;
        }),
      );
    }
    log(`epoch ${epoch}: token accuracy ${(correct / total).toFixed(4)}, ${perceptron.numFeatures} features, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const linear = perceptron.finish(opts.minWeight, 100);
  return { linear, lexicon: buildLexicon(docs, external) };
}

function parseArgs(argv: readonly string[]): { train: string; out: string; opts: TrainOptions } {
  const here = fileURLToPath(new URL('.', import.meta.url));
  let train = resolve(here, '../../../../shared/corpus/conll2003/train.txt');
  let out = resolve(here, 'model/ner-model.bin.gz');
  const opts = { ...DEFAULT_TRAIN_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const int = (): number => {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 1) throw new Error(`${arg} needs a positive integer`);
      return v;
    };
    if (arg === '--train') train = resolve(value());
    else if (arg === '--out') out = resolve(value());
    else if (arg === '--epochs') opts.epochs = int();
    else if (arg === '--folds') opts.folds = int();
    else if (arg === '--seed') opts.seed = int();
    else if (arg === '--min-weight') opts.minWeight = Number(value());
    else if (arg === '--no-country-list') opts.countryList = false;
    else throw new Error(`unknown argument ${arg}; usage: train.ts [--train FILE] [--out FILE] [--epochs N] [--folds K] [--seed S] [--min-weight W] [--no-country-list]`);
  }
  if (/valid|dev|testa/i.test(basename(train))) throw new Error(`refusing to train on ${train}: that looks like the validation set`);
  return { train, out, opts };
}

function main(): void {
  const { train, out, opts } = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const docs = readConll(train);
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  console.log(`training on ${train}: ${docs.length} documents, ${sentences} sentences`);
  const { linear, lexicon } = trainModel(docs, { ...opts, log: (l) => console.log(l) });
  const bytes = saveModel(out, {
    linear,
    lexicon,
    meta: { trainedOn: basename(train), documents: docs.length, sentences, epochs: opts.epochs, folds: opts.folds, seed: opts.seed, minWeight: opts.minWeight, countryList: opts.countryList },
  });
  console.log(`wrote ${out}: ${linear.numFeatures} features, ${lexicon.gazetteer.size} gazetteer entries, ${(bytes / 1e6).toFixed(2)} MB, ${((Date.now() - t0) / 1000).toFixed(1)} s total`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
