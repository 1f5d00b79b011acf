import { Readable } from 'node:stream';
import { csvRecords } from './csv-records.js';
import { MAX_RECORD_CHARS } from './record-limits.js';

/** One CSV row as an object keyed by the header's column names, or a row that could not be read. */
export type CsvRow = { row: Record<string, string>; line: number } | { error: string; line: number };

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The field separator a CSV file uses, from its header line: the candidate found most often outside quotes (a
 * spreadsheet in a comma-decimal locale writes `;`), a comma when none is.
 *
 * `guessDelimiter('titre;texte;date\n…')` → `';'`; `guessDelimiter('"a;b",c\n')` → `','`
 */
export function guessDelimiter(head: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of head) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * The rows of a CSV file (first line: column names; the separator guessed from it), streamed, each with the line it
 * starts on. A broken row (wrong number of fields, a stray quote, longer than any record) is one skip with its line;
 * the rest is read (see csvRecords). `a,b\n1,2\n` → `{ row: { a: '1', b: '2' }, line: 2 }`.
 */
export async function* readCsv(source: Readable): AsyncGenerator<CsvRow> {
  // The first chunk names the separator; it is then put back in front of the rest.
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<string>;
  const first = await chunks.next();
  let head = first.done === true ? '' : first.value;
  // Excel's own first line naming the separator ("sep=;"): it is read as said, and is no header (its rows were all
  // skips, each of them "wrong number of fields"); the lines after it keep their numbers.
  const declared = /^sep=([^\r\n])\r?\n/i.exec(head);
  if (declared !== null) head = head.slice(declared[0].length);
  const shift = declared === null ? 0 : 1;
  const text = (async function* () {
    if (head !== '') yield head;
    for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) yield next.value;
  })();
  let columns: string[] | undefined;
  try {
    for await (const record of csvRecords(text, declared?.[1] ?? guessDelimiter(head), MAX_RECORD_CHARS)) {
      if ('error' in record) yield { ...record, line: record.line + shift };
      else if (columns === undefined) columns = record.fields.map((name) => name.trim());
      else yield { row: Object.fromEntries(columns.map((name, n) => [name, record.fields[n]!])), line: record.line + shift };
    }
  } finally {
    // Stopped early (an error, or a reader that stopped): close the file.
    await chunks.return?.();
  }
}
