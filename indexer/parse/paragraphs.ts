/**
 * Paragraphs from article text, whichever way it was written:
 * - blank lines between paragraphs (most text files);
 * - one paragraph per line (scraped pages: each line ends a sentence);
 * - hard-wrapped lines with indented paragraph starts (newswire, e.g. Reuters: lines of ~65 characters).
 * A line is joined to the one before when that one ends mid-sentence and the new line is not indented.
 *
 * `splitParagraphs('Showers continued in\nthe Bahia zone.\n    The dry period...')`
 *   → `['Showers continued in the Bahia zone.', 'The dry period...']`
 */
export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') {
      flush();
      continue;
    }
    const indented = /^\s{2,}|^\t/.test(raw);
    const previousEnded = current === '' || /[.!?:;"”’')\]]$/.test(current.trimEnd());
    if (indented || previousEnded) flush();
    current += (current === '' ? '' : ' ') + raw.trim();
  }
  flush();
  return paragraphs;
}
