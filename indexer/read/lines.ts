/** One line of a text stream (numbered from 1, without its `\n` or `\r\n`), or a line too long to be kept. */
export type TextLine = { line: number; text: string } | { line: number; tooLong: true };

/**
 * The lines of a text stream, with a bound: a line longer than `maxChars` is reported as too long and skipped to its
 * end without being buffered, where `readline` would hold all of it (a 150 MB one-line file ran the indexer out of
 * heap).
 *
 * `readLines(['a\r\nb', 'c\n'], 10)` → `{ line: 1, text: 'a' }`, `{ line: 2, text: 'bc' }`
 */
export async function* readLines(input: AsyncIterable<string>, maxChars: number): AsyncGenerator<TextLine> {
  let parts: string[] = [];
  let length = 0;
  let tooLong = false;
  let line = 0;
  const finish = (): TextLine => {
    line++;
    if (tooLong) return { line, tooLong: true };
    let text = parts.length === 1 ? parts[0]! : parts.join('');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return { line, text };
  };
  for await (const chunk of input) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', from);
      const piece = nl === -1 ? chunk.slice(from) : chunk.slice(from, nl);
      if (!tooLong) {
        length += piece.length;
        if (length > maxChars + 1) {
          tooLong = true;
          parts = [];
        } else if (piece !== '') {
          parts.push(piece);
        }
      }
      if (nl === -1) break;
      yield finish();
      parts = [];
      length = 0;
      tooLong = false;
      from = nl + 1;
    }
  }
  if (parts.length > 0 || tooLong) yield finish();
}
