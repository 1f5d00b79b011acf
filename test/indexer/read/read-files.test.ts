import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileFormat } from '../../../indexer/read/formats.js';
import { readRecords, type ReadItem } from '../../../indexer/read/read-files.js';
import type { FieldMap } from '../../../indexer/read/field-map.js';
import { MAX_ARTICLE_CHARS } from '../../../indexer/parse/parse-article.js';

const dir = mkdtempSync(join(tmpdir(), 'dispatch-read-'));

async function read(name: string, content: string | Buffer, fieldMap?: FieldMap): Promise<ReadItem[]> {
  const file = join(dir, name);
  writeFileSync(file, content);
  const out: ReadItem[] = [];
  for await (const item of readRecords(file, dir, fieldMap ? { fieldMap } : {})) out.push(item);
  return out;
}

const summary = (items: ReadItem[]) =>
  items.map((i) => ('skip' in i ? `skip:${i.skip.origin.line ?? '-'} ${i.skip.reason}` : `${i.record.origin.line ?? '-'} ${i.record.id ?? ''}|${i.record.title ?? ''}|${i.record.body}|${i.record.date ?? ''}`));

describe('file formats', () => {
  test('when a name ends in .gz, then the format is the one before it', () => {
    expect(fileFormat('a/b.jsonl.gz')).toEqual({ format: 'jsonl', gzip: true, suffix: '.jsonl.gz' });
    expect(fileFormat('x.ATOM')).toEqual({ format: 'feed', gzip: false, suffix: '.atom' });
    expect(fileFormat('x.pdf')).toBeUndefined();
  });

  test('when a CSV has a header, quoted fields over lines and a broken row, then rows are records and the bad one a skip with its line', async () => {
    const csv = 'headline,text,publishedAt,url\n"Coup, again","Niamey said ""no"".\nMore text.",2024-06-01,https://x/1\nonly,two\nSecond,Bamako talks,2024-06-02,https://x/2\n';
    expect(summary(await read('news.csv', csv))).toEqual([
      '3 |Coup, again|Niamey said "no".\nMore text.|2024-06-01',
      expect.stringMatching(/^skip:4 malformed CSV row/),
      '5 |Second|Bamako talks|2024-06-02',
    ]);
  });

  test('when files are gzipped, then .jsonl.gz, .csv.gz, .xml.gz and .txt.gz read as they are', async () => {
    expect(summary(await read('a.jsonl.gz', gzipSync('{"id":"g1","body":"Gz body."}\n')))).toEqual(['1 g1||Gz body.|']);
    expect(summary(await read('b.csv.gz', gzipSync('id,body\nc1,Csv body.\n')))).toEqual(['2 c1||Csv body.|']);
    expect(summary(await read('c.xml.gz', gzipSync('<rss><channel><item><guid>r1</guid><description>Rss body.</description></item></channel></rss>')))).toEqual(['1 r1||Rss body.|']);
    expect(summary(await read('d.txt.gz', gzipSync('Title\n\nText body.')))).toEqual(['- d||Title\n\nText body.|']);
    expect(summary(await read('e.jsonl.gz', 'not gzip at all'))).toEqual([expect.stringMatching(/^skip:- not valid gzip/)]);
  });

  test('when a .json array holds a bad element, then that element is a skip with its line and the others are read', async () => {
    const json = '[\n{"id": "j1", "content": "One."},\n{"id": "j2"},\n{"id": "j3", "description": "Three."}\n]';
    expect(summary(await read('arr.json', json))).toEqual(['2 j1||One.|', expect.stringMatching(/^skip:3 no text/), '4 j3||Three.|']);
  });

  test('when --map is given, then JSON Lines and CSV records take fields from those paths', async () => {
    const map = { body: 'article.content', date: 'meta.published' };
    expect(summary(await read('m.jsonl', '{"id":"m1","article":{"content":"Mapped."},"meta":{"published":"2024-01-02"}}\n', map))).toEqual(['1 m1||Mapped.|2024-01-02']);
    expect(summary(await read('m.csv', 'id,article.content,meta.published\nm2,Mapped csv.,2024-01-03\n', map))).toEqual(['2 m2||Mapped csv.|2024-01-03']);
  });

  test('when a text file is longer than any article, then reading stops at the limit and the file is a skip saying why', async () => {
    const items = await read('dump.txt', `Title\n\n${'word '.repeat(MAX_ARTICLE_CHARS / 5 + 1000)}`);
    expect(summary(items)).toEqual([`skip:- text too long: over 250,000 characters, where an article has at most 250,000 (split a longer text into articles)`]);
    expect(summary(await read('fits.txt', `Title\n\n${'word '.repeat(1000)}`))).toHaveLength(1);
    expect('record' in (await read('fits.txt', `Title\n\n${'word '.repeat(1000)}`))[0]!).toBe(true);
  });
});
