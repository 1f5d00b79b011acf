/** One CSV record (the first is the header): its fields and the line it starts on, or why it was skipped. */
export type CsvRecord = { fields: string[]; line: number } | { error: string; line: number };

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The records of a CSV text, streamed, each with the line it starts on; the first record is the header, and every
 * later record must have as many fields.
 *
 * Quotes as spreadsheets write them (`"a, b"`, `""` for a quote inside quotes), and as people do: a quote inside an
 * unquoted field (`Body "two" here`) or after a closing quote on the same line (`"Two" said`) is text, read as
 * written. One broken record never costs the rest of the file, nor memory: a record is held until it ends and no
 * longer than `maxChars`. A record that spans lines and is broken (it passes `maxChars`, its quoted field ends in a
 * stray quote lines later or never) is most likely one stray quote that swallowed the lines after it: its first line
 * is skipped and reading starts again on the next line. A record whose quotes all close where fields end but which
 * has the wrong number of fields is skipped whole, however many lines its quoted text spans. A broken record on one
 * line is skipped alone.
 *
 * `csvRecords(['id,body\nr1,"One, two"\nr2,"open\nr3,Three\n'], ',', 1000)`
 *   → `{ fields: ['id', 'body'], line: 1 }`, `{ fields: ['r1', 'One, two'], line: 2 }`,
 *     `{ error: 'malformed CSV row: a quote opened on line 3 is not closed by the end of the file', line: 3 }`,
 *     `{ fields: ['r3', 'Three'], line: 4 }`
 */
export async function* csvRecords(chunks: AsyncIterable<string> | Iterable<string>, delimiter: string, maxChars: number): AsyncGenerator<CsvRecord> {
  if (delimiter.length !== 1) throw new Error(`CSV separator: expected one character, got ${JSON.stringify(delimiter)}`);
  const DELIMITER = delimiter.charCodeAt(0);
  /** The text from the current record's start (index `start`) on. */
  let buf = '';
  let start = 0;
  let startLine = 1;
  /** The next character to look at, and its line. */
  let i = 0;
  let line = 1;
  let fields: string[] = [];
  /** The current field's text before `run`, the start of its run of plain characters not yet copied. */
  let field = '';
  let run = 0;
  let quoting = false;
  let quoteLine = 0;
  /** Fields in the header; undefined until the header is read. */
  let expected: number | undefined;
  /** Dropping a line too long to hold until its end, whatever quotes it opened: reading starts again after it. */
  let dropping = false;
  let out: CsvRecord[] = [];
  /** The header itself was broken: no row can be read against it. */
  let stopped = false;

  const begin = (at: number, atLine: number): void => {
    start = i = run = at;
    startLine = line = atLine;
    fields = [];
    field = '';
    quoting = false;
  };
  /** A broken record: skipped with its start line; over several lines, reading starts again on its second line. */
  const broken = (reason: string): void => {
    if (expected === undefined) {
      out.push({ error: `malformed CSV header: ${reason}; the file is not read`, line: startLine });
      stopped = true;
      return;
    }
    out.push({ error: `malformed CSV row: ${reason}`, line: startLine });
    const lineEnd = buf.slice(start, i).search(/\r\n?|\n/);
    if (lineEnd === -1) begin(i, line);
    else begin(start + lineEnd + (buf.startsWith('\r\n', start + lineEnd) ? 2 : 1), startLine + 1);
  };
  /** The record ends (on line `lastLine`, `i` past its line break): checked against the header, then passed on. */
  const endRecord = (lastLine: number): void => {
    if (fields.length === 1 && fields[0] === '') {
      // An empty line: nothing to report.
    } else if (expected === undefined) {
      expected = fields.length;
      out.push({ fields, line: startLine });
    } else if (fields.length !== expected && lastLine > startLine) {
      // Its quotes all closed where a field ends: the lines inside them are text of this record, not rows of their
      // own (reading again from the second line would make articles of a body's lines). The whole record goes.
      out.push({ error: `malformed CSV row: expected ${expected} fields as in the header, got ${fields.length} over lines ${startLine}–${lastLine}`, line: startLine });
    } else if (fields.length !== expected) {
      out.push({ error: `malformed CSV row: expected ${expected} fields as in the header, got ${fields.length}`, line: startLine });
    } else {
      out.push({ fields, line: startLine });
    }
    begin(i, line);
  };
  /** The record in progress is longer than any may be: skipped; a single line is dropped to its end unread. */
  const tooLong = (): void => {
    const longest = `longer than ${maxChars.toLocaleString('en')} characters, where a record has at most that`;
    if (line > startLine || expected === undefined) {
      broken(`${longest} (a quote never closed?)`);
      return;
    }
    out.push({ error: `malformed CSV row: ${longest}`, line: startLine });
    dropping = true;
    buf = buf.slice(i);
    begin(0, startLine);
  };
  /** While dropping a long line: everything up to its line break, the break included. */
  const dropLine = (final: boolean): void => {
    const lineEnd = buf.search(/[\r\n]/);
    if (lineEnd === -1 || (lineEnd === buf.length - 1 && buf[lineEnd] === '\r' && !final)) {
      buf = lineEnd === -1 ? '' : '\r';
      return;
    }
    dropping = false;
    buf = buf.slice(lineEnd + (buf.startsWith('\r\n', lineEnd) ? 2 : 1));
    begin(0, startLine + 1);
  };

  /** Reads what `buf` holds from `i`, and at the end of the text the record left open. */
  const scan = (final: boolean): void => {
    for (;;) {
      scanRecords(final);
      if (!final || stopped || !quoting) break;
      broken(`a quote opened on line ${quoteLine} is not closed by the end of the file`);
    }
    if (final && !stopped && start < buf.length) {
      fields.push(field + buf.slice(run, i));
      endRecord(line);
    }
  };
  /** Reads what `buf` holds from `i`; stops before a character whose meaning depends on one not yet read. */
  const scanRecords = (final: boolean): void => {
    while (i < buf.length && !stopped) {
      const c = buf.charCodeAt(i);
      if (quoting) {
        if (c === QUOTE) {
          if (i + 1 === buf.length && !final) return;
          const next = buf.charCodeAt(i + 1);
          if (next === QUOTE) {
            field += buf.slice(run, i + 1);
            run = i += 2;
            continue;
          }
          quoting = false;
          field += buf.slice(run, i);
          run = ++i;
          if (next === DELIMITER || next === LF || next === CR || Number.isNaN(next)) continue;
          // A quote inside quotes that does not end the field: on the line the quote opened, text (`"Two" said`);
          // lines later, the sign of a quote opened by mistake.
          if (line > quoteLine) broken(`a quote opened on line ${quoteLine} ends on line ${line} inside a field (a quote never closed?)`);
          else field = `"${field}"`;
          continue;
        }
        if (c === CR && i + 1 === buf.length && !final) return;
        if (c === LF || (c === CR && buf.charCodeAt(i + 1) !== LF)) line++;
        i++;
        continue;
      }
      if (c === DELIMITER) {
        fields.push(field + buf.slice(run, i));
        field = '';
        run = ++i;
      } else if (c === LF || c === CR) {
        if (c === CR && i + 1 === buf.length && !final) return;
        fields.push(field + buf.slice(run, i));
        i += c === CR && buf.charCodeAt(i + 1) === LF ? 2 : 1;
        endRecord(line++);
      } else if (c === QUOTE && field === '' && run === i) {
        quoting = true;
        quoteLine = line;
        run = ++i;
      } else {
        i++;
      }
    }
  };

  const read = (final: boolean): void => {
    if (dropping) dropLine(final);
    if (!dropping) scan(final);
    while (!dropping && !stopped && i - start > maxChars) {
      tooLong();
      if (!dropping) scan(final);
    }
  };
  for await (const chunk of chunks) {
    buf += chunk;
    read(false);
    // Keep only the record in progress: memory holds one record, not the file.
    buf = buf.slice(start);
    i -= start;
    run -= start;
    start = 0;
    yield* out;
    out = [];
    if (stopped) return;
  }
  read(true);
  yield* out;
}
