/**
 * Passages ("chunks") of an article: paragraphs kept whole where they fit, small paragraphs merged, long ones
 * split between sentences. Target ~700 characters (about 120 words: a highlight in context, a result snippet with
 * room to spare), never more than 1,200: a longer sentence (a transcript without stops, a table, text in a script
 * that writes no spaces) is cut at the last space before the limit, or at the limit where there is none.
 *
 * Offsets are into `body = paragraphs.join('\n\n')`, the text the tagger reads, so a tag found in the body lands in
 * the passage that holds it.
 *
 * `chunkParagraphs(['A short one.', 'Another.'])` → `[{ text: 'A short one.\n\nAnother.', start: 0, end: 24 }]`
 */
export interface Chunk {
  text: string;
  start: number;
  end: number;
}

export const CHUNK_TARGET = 700;
export const CHUNK_MAX = 1200;
export const PARAGRAPH_SEPARATOR = '\n\n';

export function articleBody(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

interface Piece {
  start: number;
  end: number;
}

export function chunkParagraphs(paragraphs: readonly string[], target = CHUNK_TARGET, max = CHUNK_MAX): Chunk[] {
  const body = articleBody(paragraphs);
  const pieces: Piece[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.length <= max) {
      pieces.push({ start: offset, end: offset + paragraph.length });
    } else {
      for (const s of sentenceSpans(paragraph)) for (const w of withinMax(paragraph, s, max)) pieces.push({ start: offset + w.start, end: offset + w.end });
    }
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }

  const chunks: Chunk[] = [];
  let current: Piece | undefined;
  for (const piece of pieces) {
    if (current === undefined) {
      current = { ...piece };
    } else if (piece.end - current.start <= max && current.end - current.start < target) {
      current.end = piece.end;
    } else {
      chunks.push({ text: body.slice(current.start, current.end), start: current.start, end: current.end });
      current = { ...piece };
    }
  }
  if (current !== undefined) chunks.push({ text: body.slice(current.start, current.end), start: current.start, end: current.end });
  return chunks;
}

/**
 * A span of `text` cut into pieces of at most `max` characters, each ending at the last whitespace before the limit
 * when there is one in its second half, else at the limit. Meilisearch reads no word past the 65,535th of a field,
 * and a highlight needs a passage of a size to show: one "sentence" of 244,000 characters was one passage whose end
 * could not be found (an indexer review).
 *
 * `withinMax('aaa bbb ccc', { start: 0, end: 11 }, 8)` → `[{ start: 0, end: 7 }, { start: 8, end: 11 }]`
 */
export function withinMax(text: string, span: { start: number; end: number }, max: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let start = span.start;
  while (span.end - start > max) {
    let cut = start + max;
    while (cut > start + max / 2 && !/\s/.test(text[cut]!)) cut--;
    if (cut <= start + max / 2) cut = start + max;
    let end = cut;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    pieces.push({ start, end });
    start = cut;
    while (start < span.end && /\s/.test(text[start]!)) start++;
  }
  if (start < span.end) pieces.push({ start, end: span.end });
  return pieces;
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen col lt maj capt sgt adm gov sen rep rev st jr sr co corp inc ltd vs etc fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m'.split(
    ' ',
  ),
);

/**
 * Sentence spans of a paragraph: a break after . ! or ? (and closing quotes) followed by a space and a capital,
 * a digit or an opening quote, unless the word before is an abbreviation or a single initial ("J. Smith").
 */
export function sentenceSpans(paragraph: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const boundary = /[.!?]+["”’')\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let m = boundary.exec(paragraph); m !== null; m = boundary.exec(paragraph)) {
    const end = m.index + m[0].length;
    const word = /([\p{L}.]+)\.$/u.exec(paragraph.slice(Math.max(start, m.index - 12), m.index + 1))?.[1]?.toLowerCase();
    if (m[0].startsWith('.') && word !== undefined && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    spans.push({ start, end });
    start = end;
    while (start < paragraph.length && /\s/.test(paragraph[start]!)) start++;
  }
  if (start < paragraph.length) spans.push({ start, end: paragraph.length });
  return spans;
}
