import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvRecords, type CsvRecord } from '../../../indexer/read/csv-records.js';
import { readRecords, type ReadItem } from '../../../indexer/read/read-files.js';
import { MAX_RECORD_CHARS } from '../../../indexer/read/record-limits.js';

async function records(text: string, maxChars = 1000, size = text.length): Promise<CsvRecord[]> {
  const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
  const out: CsvRecord[] = [];
  for await (const r of csvRecords(chunks, ',', maxChars)) out.push(r);
  return out;
}

/** `2 a|b` for a record, `skip:3 reason` for a skip. */
const shown = (rs: CsvRecord[]) => rs.map((r) => ('error' in r ? `skip:${r.line} ${r.error}` : `${r.line} ${r.fields.join('|')}`));

describe('csvRecords', () => {
  test('when quoted fields hold separators, doubled quotes and line breaks, then each record comes whole with the line it starts on, however the text is cut', async () => {
    const text = 'id,body\r\nr1,"One, ""two""\r\nthree"\r\n\r\nr2,plain\rr3,"x"\n"r4",""\n';
    for (const size of [1, 2, 3, 5, text.length]) {
      expect(shown(await records(text, 1000, size))).toEqual(['1 id|body', '2 r1|One, "two"\r\nthree', '5 r2|plain', '6 r3|x', '7 r4|']);
    }
  });

  test('when a field holds bare quotes, then it is read as written, and a row that is broken anyway is one skip', async () => {
    const text = 'id,title,body\nr1,Two,Body "two" has inner quotes\nr2,"Three" said,x\nr3,"a" "b",c,extra\nr4,Four,y\n';
    for (const size of [1, 4, text.length]) {
      expect(shown(await records(text, 1000, size))).toEqual([
        '1 id|title|body',
        '2 r1|Two|Body "two" has inner quotes',
        '3 r2|"Three" said|x',
        'skip:4 malformed CSV row: expected 3 fields as in the header, got 4',
        '5 r4|Four|y',
      ]);
    }
  });

  test('when a quote opened by mistake runs over the lines after it, then its line is skipped and the lines after it are read', async () => {
    // Ends at the next quote, lines later, inside a field: with the wrong number of fields, or with the right one.
    expect(shown(await records('id,body\nr1,"open\nr2,two\nr3,Say "hi"\nr4,four\n'))).toEqual([
      '1 id|body',
      'skip:2 malformed CSV row: a quote opened on line 2 ends on line 4 inside a field (a quote never closed?)',
      '3 r2|two',
      '4 r3|Say "hi"',
      '5 r4|four',
    ]);
    // Closed where a field ends, with a field too many: one record over lines 2–3, skipped whole.
    expect(shown(await records('id,body\nr1,"open\nr2,two",x\nr3,three\n'))).toEqual([
      '1 id|body',
      'skip:2 malformed CSV row: expected 2 fields as in the header, got 3 over lines 2–3',
      '4 r3|three',
    ]);
    // A body over several lines, its quote closed, and one field too many: its lines are not made rows of their own.
    expect(shown(await records('id,title,body\nr1,Budget,"The budget.\nDeputies walked out, citing cuts.\nThe vote will go ahead, whatever happens.",extra\nr2,Two,Fine\n'))).toEqual([
      '1 id|title|body',
      'skip:2 malformed CSV row: expected 3 fields as in the header, got 4 over lines 2–4',
      '5 r2|Two|Fine',
    ]);
    // Never closed at all.
    expect(shown(await records('id,body\nr1,"open\nr2,two\n'))).toEqual([
      '1 id|body',
      'skip:2 malformed CSV row: a quote opened on line 2 is not closed by the end of the file',
      '3 r2|two',
    ]);
  });

  test('when a record is longer than the limit, then it is one skip at the line it starts on and reading goes on from the next line', async () => {
    const rows = Array.from({ length: 40 }, (_, n) => `r${n},row ${n}`);
    for (const size of [1, 7, 64]) {
      // An unclosed quote on line 3, no quote after it: the record would run to the end of the file.
      const found = shown(await records(['id,body', 'r,ok', 'bad,"open', ...rows].join('\n') + '\n', 100, size));
      expect(found.slice(0, 4)).toEqual(['1 id|body', '2 r|ok', 'skip:3 malformed CSV row: longer than 100 characters, where a record has at most that (a quote never closed?)', '4 r0|row 0']);
      expect(found).toHaveLength(3 + rows.length);
      // One line longer than the limit: dropped to its end, unread.
      expect(shown(await records(`id,body\nlong,${'x'.repeat(300)}\r\nr1,one\n`, 100, size))).toEqual([
        '1 id|body',
        'skip:2 malformed CSV row: longer than 100 characters, where a record has at most that',
        '3 r1|one',
      ]);
    }
  });

  test('when the header is broken, then that is one skip and nothing under it is read against it', async () => {
    expect(shown(await records('id,"body\nr1,one\n'))).toEqual(['skip:1 malformed CSV header: a quote opened on line 1 is not closed by the end of the file; the file is not read']);
  });
});

describe('reading a CSV file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-csv-'));
  const read = async (name: string, content: string): Promise<ReadItem[]> => {
    const file = join(dir, name);
    writeFileSync(file, content);
    const out: ReadItem[] = [];
    for await (const item of readRecords(file, dir)) out.push(item);
    return out;
  };

  test('when Excel names the separator on the first line ("sep=;"), then rows are read with it and keep their line numbers (an indexer review)', async () => {
    const items = await read('excel-sep.csv', 'sep=;\r\nid;title;body\r\nx1;Talks;Envoys met in Niamey, on Monday.\r\nx2;broken\r\n');
    expect(items.map((i) => ('skip' in i ? `skip:${i.skip.origin.line} ${i.skip.reason.slice(0, 20)}` : `${i.record.origin.line} ${i.record.id}|${i.record.body}`))).toEqual([
      '3 x1|Envoys met in Niamey, on Monday.',
      expect.stringMatching(/^skip:4 /),
    ]);
  });

  test('when a CSV of megabytes has an unclosed quote on line 3, then that line is one skip and every later row is read', async () => {
    const rows = Array.from({ length: 50_000 }, (_, n) => `r${n},Row ${n},Text of row ${n} ${'padding '.repeat(8)}`);
    expect(rows.join('\n').length).toBeGreaterThan(MAX_RECORD_CHARS);
    const items = await read('big.csv', ['id,title,body', 'first,First,One.', 'broken,Broken,"never closed', ...rows].join('\n') + '\n');
    const skips = items.flatMap((i) => ('skip' in i ? [i.skip] : []));
    expect(skips).toEqual([{ origin: { file: expect.stringMatching(/big\.csv$/), line: 3 }, reason: expect.stringMatching(/^malformed CSV row: longer than 4,194,304 characters/) }]);
    const read_ = items.flatMap((i) => ('record' in i ? [`${i.record.origin.line} ${i.record.id}`] : []));
    expect(read_).toHaveLength(1 + rows.length);
    expect(read_.slice(0, 2)).toEqual(['2 first', '4 r0']);
    expect(read_.at(-1)).toBe(`${3 + rows.length} r${rows.length - 1}`);
  });

  test('when a row has bare quotes inside a field, then it is read as written, and no row is reported twice', async () => {
    const items = await read('quotes.csv', 'id,title,body\nr1,One,Body one\nr2,Two,Body "two" has inner quotes\nr3,Th"r"ee,"x" y,z\n');
    expect(items.map((i) => ('skip' in i ? `skip:${i.skip.origin.line} ${i.skip.reason}` : `${i.record.origin.line} ${i.record.body}`))).toEqual([
      '2 Body one',
      '3 Body "two" has inner quotes',
      'skip:4 malformed CSV row: expected 3 fields as in the header, got 4',
    ]);
  });
});
