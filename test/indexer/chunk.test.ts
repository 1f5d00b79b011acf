import { articleBody, chunkParagraphs, CHUNK_MAX, sentenceSpans, withinMax } from '../../indexer/chunk.js';

describe('chunkParagraphs', () => {
  test('when paragraphs are small, then they merge up to the target and offsets point into the body', () => {
    const paragraphs = ['a'.repeat(300), 'b'.repeat(300), 'c'.repeat(300), 'd'.repeat(200)];
    const body = articleBody(paragraphs);
    const chunks = chunkParagraphs(paragraphs);
    expect(chunks.length).toBe(2);
    for (const c of chunks) expect(body.slice(c.start, c.end)).toBe(c.text);
    expect(chunks.map((c) => c.text).join('\n\n')).toBe(body);
  });

  test('when a paragraph is longer than the maximum, then it is split between sentences, never mid-sentence', () => {
    const sentence = 'The junta met envoys in Niamey on Monday and again on Tuesday. ';
    const paragraph = sentence.repeat(40).trim();
    const chunks = chunkParagraphs([paragraph]);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(CHUNK_MAX);
      expect(c.text.startsWith('The junta')).toBe(true);
      expect(c.text.endsWith('Tuesday.')).toBe(true);
    }
  });

  test('when one sentence is longer than the maximum (a transcript without stops, text without spaces), then it is cut at spaces, else at the maximum, and every word is kept (an indexer review)', () => {
    const transcript = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ') + ' zanzibarquokka';
    const body = articleBody([transcript]);
    const chunks = chunkParagraphs([transcript]);
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(CHUNK_MAX);
      expect(body.slice(c.start, c.end)).toBe(c.text);
      expect(c.text).toMatch(/^word\d+\b.*\b(?:word\d+|zanzibarquokka)$/s);
    }
    expect(chunks.map((c) => c.text).join(' ')).toBe(transcript);
    const unspaced = '中'.repeat(3000);
    expect(chunkParagraphs([unspaced]).map((c) => c.text.length)).toEqual([1200, 1200, 600]);
  });

  test('when there is nothing, then there are no chunks', () => {
    expect(chunkParagraphs([])).toEqual([]);
  });
});

describe('sentenceSpans', () => {
  test('when abbreviations and initials appear, then they do not end sentences', () => {
    const p = 'Gen. Abdourahmane Tchiani took power. The U.S. Army said no. J. R. Ewing left.';
    expect(sentenceSpans(p).map((s) => p.slice(s.start, s.end))).toEqual(['Gen. Abdourahmane Tchiani took power.', 'The U.S. Army said no.', 'J. R. Ewing left.']);
  });
});

describe('withinMax', () => {
  test('when a span is longer than the maximum, then it is cut at the last space in each piece\'s second half', () => {
    expect(withinMax('aaa bbb ccc', { start: 0, end: 11 }, 8)).toEqual([{ start: 0, end: 7 }, { start: 8, end: 11 }]);
    expect(withinMax('aaa bbb', { start: 0, end: 7 }, 8)).toEqual([{ start: 0, end: 7 }]);
    expect(withinMax('a bcdefghijk', { start: 0, end: 12 }, 8)).toEqual([{ start: 0, end: 8 }, { start: 8, end: 12 }]);
  });
});
