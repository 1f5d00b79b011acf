/**
 * Statistical named-entity recognition for raw English news text: tokenize with offsets, split
 * sentences, tag each article greedily with the averaged-perceptron model trained on CoNLL-2003
 * (see train.ts), and map BILOU tag runs back to character spans of the input.
 */
import { fileURLToPath } from 'node:url';
import type { Mention } from '../mention.js';
import { Featurizer } from './features.js';
import { loadModel } from './model-file.js';
import type { NerModel } from './model-file.js';
import { tagDocument } from './tagger.js';
import { bilouToSpans } from './tags.js';
import { splitSentences, tokenize } from './tokenize.js';

/** Where the shipped model lives. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('./model/ner-model.bin.gz', import.meta.url));

export type Recognizer = (text: string) => Mention[];

/** A recogniser bound to one model. Mentions are sorted, non-overlapping and inside `text`. */
export function createRecognizer(model: NerModel): Recognizer {
  const featurizer = new Featurizer(model.lexicon);
  return (text: string): Mention[] => {
    const tokens = tokenize(text);
    if (tokens.length === 0) return [];
    const sentences = splitSentences(text, tokens);
    const tags = tagDocument(
      sentences.map((s) => s.map((t) => t.text)),
      model.linear,
      featurizer,
    );
    const mentions: Mention[] = [];
    sentences.forEach((sent, s) => {
      for (const span of bilouToSpans(tags[s]!)) {
        mentions.push({ type: span.type, start: sent[span.start]!.start, end: sent[span.end - 1]!.end });
      }
    });
    return mentions;
  };
}

let defaultModel: NerModel | null = null;

/** Loads the shipped model once (synchronously, ~0.5 s) and keeps it for the process. */
export function loadDefaultModel(): NerModel {
  defaultModel ??= loadModel(DEFAULT_MODEL_PATH);
  return defaultModel;
}

let defaultRecognizer: Recognizer | null = null;

/** Finds PER/ORG/LOC/MISC mentions in `text` with the shipped model (loaded on first call). */
export function recognize(text: string): Mention[] {
  defaultRecognizer ??= createRecognizer(loadDefaultModel());
  return defaultRecognizer(text);
}
