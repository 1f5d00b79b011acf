/**
 * Paragraphs from article text, whichever way it was written:
 * - blank lines between paragraphs (most text files);
 * - one paragraph per line (scraped pages: each line ends a sentence);
 * - hard-wrapped lines with indented paragraph starts (newswire, e.g. Reuters: lines of ~65 characters).
 * A line is joined to the one before when that one ends mid-sentence and the new line is not indented. In wire copy,
 * whose paragraphs open with an indent, only an indent (or a blank line) starts one: a wrapped line may end with a
 * quote or "U.S." mid-sentence ("…the (December) accord,"\nhe said."; a review found 11 of 126 Reuters articles cut so).
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
  const lines = text.split('\n');
  const wire = isWireCopy(lines);
  for (const raw of lines) {
    if (raw.trim() === '') {
      flush();
      continue;
    }
    if (opensParagraph(raw, current.trimEnd(), wire)) flush();
    current += (current === '' ? '' : ' ') + raw.trim();
  }
  flush();
  return paragraphs;
}

/**
 * The same text with each line break that splitParagraphs would join made a space, so that offsets into it are
 * offsets into the text as given: `npm run tag` answers with offsets of its input, and must still read the wire's
 * "Finance Minister Richard\nHu" as one name, as the indexer does after splitting paragraphs.
 *
 * `joinWrappedLines('Minister Richard\nHu said.\n    The dry…')` → `'Minister Richard Hu said.\n    The dry…'`
 */
export function joinWrappedLines(text: string): string {
  const lines = text.split('\n');
  const wire = isWireCopy(lines);
  let out = lines[0] ?? '';
  // Only the end of the paragraph so far matters (does it end a sentence?), and that is the last line's end.
  let current = (lines[0] ?? '').trim();
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') {
      current = '';
      out += '\n' + raw;
      continue;
    }
    out += (opensParagraph(raw, current, wire) ? '\n' : ' ') + raw;
    current = raw.trim();
  }
  return out;
}

/**
 * Whether a line (not blank) opens a paragraph after the text so far, `before` ('' after a blank line or at the
 * start): when it is indented, or is the wire's sign-off, or, in text that is no wire copy, the text before it ended a
 * sentence. (The wire's sign-off is indented by one space, " Reuter", and so are some wrapped lines: it is a line of
 * its own.)
 */
function opensParagraph(line: string, before: string, wire: boolean): boolean {
  if (/^\s{2,}|^\t/.test(line) || SIGN_OFF.test(line) || before === '') return true;
  return !wire && /[.!?:;"”’')\]]$/.test(before);
}

/** A wire's sign-off on its own line: " Reuter", " REUTER", " reuter...". */
const SIGN_OFF = /^\s*(?:Reuters?|REUTERS?|reuters?)(?:\.{3})?\s*$/;

/**
 * Whether lines are hard-wrapped wire copy: no line longer than a wire's width, a paragraph that opens with an indent
 * right after a line of text (not after a blank line), and lines that end mid-sentence with the next one going on
 * unindented (a text of one paragraph a line, with an indented quote in it, is no wire copy: its lines end sentences).
 */
function isWireCopy(lines: readonly string[]): boolean {
  let indentedAfterText = 0;
  let wrapped = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1]!;
    if (line.length > 100) return false;
    if (previous.trim() === '') continue;
    if (/^(?:\s{2,}|\t)\S/.test(line)) indentedAfterText++;
    else if (/^\S/.test(line) && !/[.!?:;"”’')\]]\s*$/.test(previous)) wrapped++;
  }
  return indentedAfterText > 0 && wrapped > 0;
}
