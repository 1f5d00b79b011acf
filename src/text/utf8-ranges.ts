/** A stretch of a text: `start` inclusive, `end` exclusive, in the units of a JavaScript string (UTF-16). */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Meilisearch's match positions (`_matchesPosition`: start and length in UTF-8 bytes, measured on Meilisearch 1.21:
 * "Chávez" is 7 long) as ranges of the JavaScript string, sorted, overlaps merged, ranges outside the text dropped.
 *
 * `utf8Ranges('Hugo Chávez said', [{ start: 5, length: 7 }])` → `[{ start: 5, end: 11 }]`
 */
export function utf8Ranges(text: string, byteRanges: readonly { start: number; length: number }[]): TextRange[] {
  if (byteRanges.length === 0) return [];
  // The string index of every byte offset that begins a character, up to the end of the text.
  const indexOfByte = new Map<number, number>();
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    indexOfByte.set(bytes, i);
    const code = text.codePointAt(i)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    i += code >= 0x10000 ? 2 : 1;
  }
  indexOfByte.set(bytes, text.length);
  const ranges: TextRange[] = [];
  for (const r of byteRanges) {
    const start = indexOfByte.get(r.start);
    const end = indexOfByte.get(r.start + r.length);
    if (start !== undefined && end !== undefined && end > start) ranges.push({ start, end });
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last !== undefined && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
