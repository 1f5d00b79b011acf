/**
 * Span-level evaluation on CoNLL data through the same path the indexer uses: each document is
 * turned back into plain text (tokens joined by spaces, sentences by newlines) while keeping
 * every gold token's character offsets, `recognize` runs on that text, and predicted spans are
 * compared with gold spans by exact start, end and type (the CoNLL-2003 convention).
 */
import type { EntityType, Mention } from '../mention.js';
import type { ConllDocument } from './conll.js';
import { iobToSpans } from './conll.js';
import { ENTITY_TYPES } from './tags.js';

export interface DocumentText {
  text: string;
  gold: Mention[];
}

/** Plain text of a CoNLL document plus its gold mentions as character spans. */
export function documentText(doc: ConllDocument): DocumentText {
  let text = '';
  const gold: Mention[] = [];
  doc.sentences.forEach((sent, s) => {
    if (s > 0) text += '\n';
    const starts: number[] = [];
    sent.tokens.forEach((tok, i) => {
      if (i > 0) text += ' ';
      starts.push(text.length);
      text += tok;
    });
    for (const span of iobToSpans(sent.tags)) {
      const last = span.end - 1;
      gold.push({ type: span.type, start: starts[span.start]!, end: starts[last]! + sent.tokens[last]!.length });
    }
  });
  return { text, gold };
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type Scores = Record<EntityType | 'micro_PER_ORG_LOC' | 'micro_all', TypeScore>;

function prf(tp: number, fp: number, fn: number): TypeScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Accumulates exact-match counts per type over many documents. */
export class SpanScorer {
  private counts = new Map<EntityType, { tp: number; fp: number; fn: number }>(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

  add(gold: readonly Mention[], predicted: readonly Mention[]): void {
    const key = (m: Mention): string => `${m.start}:${m.end}:${m.type}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    for (const m of predicted) this.counts.get(m.type)![goldKeys.has(key(m)) ? 'tp' : 'fp']++;
    for (const m of gold) if (!predKeys.has(key(m))) this.counts.get(m.type)!.fn++;
  }

  scores(): Scores {
    const sum = (types: readonly EntityType[]): TypeScore => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const t of types) {
        const c = this.counts.get(t)!;
        tp += c.tp;
        fp += c.fp;
        fn += c.fn;
      }
      return prf(tp, fp, fn);
    };
    return {
      PER: sum(['PER']),
      ORG: sum(['ORG']),
      LOC: sum(['LOC']),
      MISC: sum(['MISC']),
      micro_PER_ORG_LOC: sum(['PER', 'ORG', 'LOC']),
      micro_all: sum(ENTITY_TYPES),
    };
  }
}

export interface EvalResult {
  documents: number;
  bytes: number;
  /** Wall-clock seconds spent inside `recognize`. */
  seconds: number;
  /** CPU seconds (user + system) of this process inside `recognize`: robust to other load. */
  cpuSeconds: number;
  scores: Scores;
}

/** Runs `recognize` on every document and scores it; times recognition only. */
export function evaluateDocuments(docs: readonly ConllDocument[], recognize: (text: string) => Mention[]): EvalResult {
  const scorer = new SpanScorer();
  let bytes = 0;
  let seconds = 0;
  let cpuMicros = 0;
  for (const doc of docs) {
    const { text, gold } = documentText(doc);
    bytes += Buffer.byteLength(text, 'utf8');
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const predicted = recognize(text);
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    const c1 = process.cpuUsage(c0);
    cpuMicros += c1.user + c1.system;
    scorer.add(gold, predicted);
  }
  return { documents: docs.length, bytes, seconds, cpuSeconds: cpuMicros / 1e6, scores: scorer.scores() };
}

/**
 * Wall-clock seconds to run `recognize` once more over every document's text. The first pass
 * in evaluateDocuments includes V8's warm-up (the code is interpreted until it is optimised);
 * a second pass shows the steady state an indexer processing many articles sees.
 */
export function timeRecognition(docs: readonly ConllDocument[], recognize: (text: string) => Mention[]): number {
  const texts = docs.map((d) => documentText(d).text);
  const t0 = process.hrtime.bigint();
  for (const text of texts) recognize(text);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
