import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { iobToSpans, parseConll, readConll } from '../../../../indexer/tag/ner/conll.js';
import { documentText, evaluateDocuments, SpanScorer } from '../../../../indexer/tag/ner/evaluate.js';
import { recognize } from '../../../../indexer/tag/ner/recognize.js';
import { bilouToSpans, spansToBilou } from '../../../../indexer/tag/ner/tags.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/mini.conll', import.meta.url));

describe('CoNLL reading', () => {
  it('splits documents and sentences and keeps tokens and NER tags', () => {
    const docs = readConll(FIXTURE);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.sentences).toHaveLength(3);
    expect(docs[0]!.sentences[1]!.tokens.slice(0, 2)).toEqual(['Vladimir', 'Putin']);
    expect(docs[0]!.sentences[1]!.tags.slice(0, 2)).toEqual(['B-PER', 'I-PER']);
  });

  it('rejects malformed tags with the line number', () => {
    expect(() => parseConll('Putin NNP B-NP B-PERSON\n', 'x.conll')).toThrow(/x\.conll:1: unknown NER tag "B-PERSON"/);
  });

  it('reads IOB spans, including IOB1-style I- starts', () => {
    expect(iobToSpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
    ]);
  });

  it('round-trips spans through BILOU tags', () => {
    const spans = [
      { type: 'PER' as const, start: 0, end: 2 },
      { type: 'LOC' as const, start: 3, end: 4 },
      { type: 'ORG' as const, start: 4, end: 7 },
    ];
    expect(bilouToSpans(spansToBilou(spans, 8))).toEqual(spans);
  });
});

describe('evaluation', () => {
  it('rebuilds document text with gold spans at exact offsets', () => {
    const [doc] = readConll(FIXTURE);
    const { text, gold } = documentText(doc!);
    expect(text.split('\n')[0]).toBe('SAHEL LEADERS MEET IN BAMAKO .');
    const surfaces = gold.map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
    expect(surfaces).toEqual([
      'LOC:BAMAKO',
      'PER:Vladimir Putin',
      'PER:Assimi Goita',
      'LOC:Mali',
      'ORG:Economic Community of West African States',
      'ORG:ECOWAS',
      'LOC:Abuja',
    ]);
  });

  it('counts exact-match true and false positives per type', () => {
    const scorer = new SpanScorer();
    scorer.add(
      [
        { type: 'PER', start: 0, end: 5 },
        { type: 'LOC', start: 10, end: 15 },
      ],
      [
        { type: 'PER', start: 0, end: 5 },
        { type: 'ORG', start: 10, end: 15 },
        { type: 'LOC', start: 11, end: 15 },
      ],
    );
    const s = scorer.scores();
    expect(s.PER).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(s.LOC).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(s.ORG).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(s.micro_PER_ORG_LOC.precision).toBeCloseTo(1 / 3);
    expect(s.micro_PER_ORG_LOC.recall).toBeCloseTo(1 / 2);
  });

  it('scores the shipped recogniser on a small fixture through the indexer code path', () => {
    const docs = parseConll(readFileSync(FIXTURE, 'utf8'), FIXTURE);
    const result = evaluateDocuments(docs, recognize);
    expect(result.documents).toBe(2);
    expect(result.bytes).toBeGreaterThan(300);
    expect(result.scores.micro_PER_ORG_LOC.f1).toBeGreaterThanOrEqual(0.8);
    expect(result.scores.PER.f1).toBe(1);
  });
});
