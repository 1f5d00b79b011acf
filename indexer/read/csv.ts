import { Readable } from 'node:stream';
import { parse } from 'csv-parse';

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
 * The rows of a CSV file (first line: column names; the separator guessed from it), streamed. A row with the wrong
 * number of fields or a broken quote is one skip with its line; the rest is read.
 * `a,b\n1,2\n` → `{ row: { a: '1', b: '2' }, line: 2 }`.
 */
export async function* readCsv(source: Readable): AsyncGenerator<CsvRow> {
  // The first chunk names the separator; it is then put back in front of the rest.
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<string>;
  const first = await chunks.next();
  const head = first.done === true ? '' : first.value;
  const input = Readable.from(
    (async function* () {
      if (head !== '') yield head;
      for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) yield next.value;
    })(),
  );
  const skipped: CsvRow[] = [];
  const parser = parse({
    delimiter: guessDelimiter(head),
    columns: (header: string[]) => header.map((h) => h.trim()),
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const lines = (error as { lines?: number } | undefined)?.lines ?? 0;
      skipped.push({ error: `malformed CSV row: ${error?.message ?? 'unreadable'}`, line: lines });
      return undefined;
    },
  });
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      // Skips are heard while parsing ahead: report those before this row's line first, in line order.
      while (skipped.length > 0 && skipped[0]!.line < item.info.lines) yield skipped.shift()!;
      yield { row: item.record, line: item.info.lines };
    }
  } catch (error) {
    if (skipped.length > 0) yield* skipped.splice(0);
    const e = error as Error & { lines?: number; code?: string };
    if (e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'Z_DATA_ERROR') throw error;
    yield { error: `malformed CSV, the rest of the file is not read: ${e.message}`, line: e.lines ?? 0 };
    return;
  }
  yield* skipped;
}
