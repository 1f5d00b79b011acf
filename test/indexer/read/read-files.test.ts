import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileFormat } from '../../../indexer/read/formats.js';
import { fileSourceId, readRecords, shownPath, walkFiles, type ReadItem } from '../../../indexer/read/read-files.js';
import type { FieldMap } from '../../../indexer/read/field-map.js';
import { MAX_ARTICLE_CHARS } from '../../../indexer/parse/parse-article.js';
import { MAX_RECORD_CHARS } from '../../../indexer/read/record-limits.js';
import { readLines } from '../../../indexer/read/lines.js';
import { MAX_PAGE_MARKUP_CHARS, pageTitle } from '../../../indexer/read/html.js';
import { guessDelimiter } from '../../../indexer/read/csv.js';
import { describeOrigin } from '../../../indexer/source-record.js';

const dir = mkdtempSync(join(tmpdir(), 'dispatch-read-'));
/** A file's source id in `dir` (fileSourceId): the folder's name, then the file's. */
const inDir = (name: string): string => `${basename(dir)}/${name}`;

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
    expect(fileFormat('news/world.rdf')).toEqual({ format: 'feed', gzip: false, suffix: '.rdf' });
    expect(fileFormat('x.pdf')).toBeUndefined();
  });

  test('when a CSV has a header, quoted fields over lines and a broken row, then rows are records and the bad one a skip with its line', async () => {
    const csv = 'headline,text,publishedAt,url\n"Coup, again","Niamey said ""no"".\nMore text.",2024-06-01,https://x/1\nonly,two\nSecond,Bamako talks,2024-06-02,https://x/2\n';
    expect(summary(await read('news.csv', csv))).toEqual([
      '2 |Coup, again|Niamey said "no".\nMore text.|2024-06-01',
      expect.stringMatching(/^skip:4 malformed CSV row/),
      '5 |Second|Bamako talks|2024-06-02',
    ]);
  });

  test('when a .txt, .md or .html file holds binary data, then it is a skip saying so, not an article of mojibake (an indexer review)', async () => {
    // Deterministic bytes of every value, as an image or random data would have.
    const junk = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 97 + 13) % 256));
    for (const name of ['junk.txt', 'junk.md', 'junk.html']) {
      expect(summary(await read(name, junk))).toEqual([expect.stringMatching(/^skip:- not text: binary data/)]);
    }
    // A zip archive named .txt: its NULs give it away even where most bytes are letters.
    expect(summary(await read('archive.txt', Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000'), Buffer.from('report.docx word/document.xml '.repeat(20))])))).toEqual([expect.stringMatching(/^skip:- not text/)]);
    // Text with tabs, form feeds and carriage returns, and a stray control character, is text.
    expect(summary(await read('ok.txt', 'Title\r\n\r\nText\twith a tab.\f\u0007 More text follows here.'))).toEqual([expect.stringMatching(/^- .*ok\.txt\|\|Title/)]);
  });

  test('when a .json array is written on one line, then each record is named by its place in the array as well as its line (an indexer review: every skip read "file:1")', async () => {
    const items = await read('one-line.json', JSON.stringify([{ title: 'One', body: 'Talks in Lomé.' }, { title: 'Two', body: '' }, { title: 'Three', body: 'Talks in Accra.' }]));
    // (The file as shown: relative to the working folder where that is shorter.)
    expect(items.map((i) => describeOrigin('skip' in i ? i.skip.origin : i.record.origin).replace(/^.*\/(?=one-line\.json)/, ''))).toEqual([1, 2, 3].map((n) => `one-line.json:1 (record ${n})`));
    // A file that is one record by itself has no place in an array.
    const whole = await read('whole.json', JSON.stringify({ title: 'Alone', body: 'Talks in Lomé.' }));
    expect('record' in whole[0]! ? whole[0].record.origin.record : 'skip').toBeUndefined();
  });

  test('when a CSV or a feed is windows-1252 or ISO-8859-1, or JSON Lines are UTF-16, then their records read right (an indexer review)', async () => {
    expect(summary(await read('excel.csv', Buffer.from('id,title,body\nx1,S\xe3o Tom\xe9,Talks in Lom\xe9.\n', 'latin1')))).toEqual(['2 x1|São Tomé|Talks in Lomé.|']);
    // Tab-separated values saved as .tsv are read as CSV is (a review: they were an unsupported file type).
    expect(summary(await read('export.tsv', 'id\ttitle\tbody\nt1\tTabs\tTalks in Lomé.\n'))).toEqual(['2 t1|Tabs|Talks in Lomé.|']);
    const feed = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><guid>r1</guid><description>S\xe3o Tom\xe9 talks.</description></item></channel></rss>';
    expect(summary(await read('old.xml', Buffer.from(feed, 'latin1')))).toEqual(['1 r1||São Tomé talks.|']);
    const jsonl = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id": "u1", "body": "Lomé talks."}\n{"id": "u2", "body": "Niamey talks."}\n', 'utf16le')]);
    expect(summary(await read('wide.jsonl', jsonl))).toEqual(['1 u1||Lomé talks.|', '2 u2||Niamey talks.|']);
  });

  test('when ids are numbers longer than a double holds, then each keeps its digits and two records stay two (an indexer review)', async () => {
    const jsonl = '{"id": 9007199254740993, "body": "First."}\n{"id": 9007199254740992, "body": "Second."}\n';
    expect(summary(await read('big.jsonl', jsonl))).toEqual(['1 9007199254740993||First.|', '2 9007199254740992||Second.|']);
    expect(summary(await read('big.json', `[${jsonl.trim().split('\n').join(',')}]`))).toEqual(['1 9007199254740993||First.|', '1 9007199254740992||Second.|']);
  });

  test('when a JSON record\'s text or title is HTML (a scraped page, a WordPress export), then it is read as text; a ticker in brackets, or text that mentions a tag, stays (an indexer review)', async () => {
    const jsonl = [
      JSON.stringify({ id: 'h1', title: 'Nile dam talks', content: '<p>Egypt criticised Ethiopia over its <a href="https://ex.com/gerd">Nile dam</a>.</p><ul><li>Egypt protested</li></ul><script>window.dataLayer=[];</script><h2>Background</h2><p>Talks stalled.</p>' }),
      JSON.stringify({ id: 'r1', body: 'PEGASUS GOLD <PGULF> and <P> said on Monday.' }),
      JSON.stringify({ id: 't1', body: 'The junta said <b>nothing</b> more.' }),
    ].join('\n');
    expect(summary(await read('scraped.jsonl', jsonl))).toEqual([
      '1 h1|Nile dam talks|Egypt criticised Ethiopia over its Nile dam.\n\nEgypt protested\n\nBackground\n\nTalks stalled.|',
      '2 r1||PEGASUS GOLD <PGULF> and <P> said on Monday.|',
      '3 t1||The junta said <b>nothing</b> more.|',
    ]);
  });

  test('when files are gzipped, then .jsonl.gz, .csv.gz, .xml.gz and .txt.gz read as they are', async () => {
    expect(summary(await read('a.jsonl.gz', gzipSync('{"id":"g1","body":"Gz body."}\n')))).toEqual(['1 g1||Gz body.|']);
    expect(summary(await read('b.csv.gz', gzipSync('id,body\nc1,Csv body.\n')))).toEqual(['2 c1||Csv body.|']);
    expect(summary(await read('c.xml.gz', gzipSync('<rss><channel><item><guid>r1</guid><description>Rss body.</description></item></channel></rss>')))).toEqual(['1 r1||Rss body.|']);
    expect(summary(await read('d.txt.gz', gzipSync('Title\n\nText body.')))).toEqual([`- ${inDir('d.txt.gz')}||Title\n\nText body.|`]);
    expect(summary(await read('e.jsonl.gz', 'not gzip at all'))).toEqual([expect.stringMatching(/^skip:- not valid gzip/)]);
  });

  test('when a .json array holds a bad element, then that element is a skip with its line and the others are read', async () => {
    const json = '[\n{"id": "j1", "content": "One."},\n{"id": "j2"},\n{"id": "j3", "description": "Three."}\n]';
    expect(summary(await read('arr.json', json))).toEqual(['2 j1||One.|', expect.stringMatching(/^skip:3 no text/), '4 j3||Three.|']);
  });

  test('when a .json file is an API page with no results, then it holds no record and no skip; one article with an empty list stays one (an indexer review)', async () => {
    expect(summary(await read('empty-page.json', '{"status": "ok", "totalResults": 0, "articles": []}'))).toEqual([]);
    expect(summary(await read('empty-wrapped.json', '{"data": {"items": []}, "page": 3}'))).toEqual([]);
    expect(summary(await read('one.json', '{"id": "o1", "body": "Envoys met.", "data": []}'))).toEqual(['1 o1||Envoys met.|']);
    expect(summary(await read('nothing.json', '{"status": "ok"}'))).toEqual([expect.stringMatching(/^skip:1 no text/)]);
  });

  test('when a .json array holds an element larger than any record, then it is one skip at its own line and the elements after it are read', async () => {
    const json = `[\n{"id": "a", "body": "One."},\n{"id": "big", "body": "${'x'.repeat(MAX_RECORD_CHARS)}"},\n{"id": "c", "body": "Three."}\n]`;
    expect(summary(await read('big.json', json))).toEqual([
      '2 a||One.|',
      `skip:3 record longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters: not one article record`,
      '4 c||Three.|',
    ]);
  });

  test('when a .json file holds its records below the top level, then --map records=PATH reads them, and a known wrapper needs no map', async () => {
    const feed = '{"feed": {"title": "Wire", "entries": [\n{"id": "f1", "body": "One."},\n{"id": "f2", "body": "Two."}]}}';
    expect(summary(await read('nested.json', feed))).toEqual([expect.stringMatching(/^skip:1 no text/)]);
    expect(summary(await read('nested.json', feed, { records: 'feed.entries' }))).toEqual(['2 f1||One.|', '3 f2||Two.|']);
    // A records path the file does not have is named as such, not "no text" (an indexer review).
    expect(summary(await read('nested.json', feed, { records: 'feed.nope' }))).toEqual([expect.stringMatching(/^skip:1 no records array at feed\.nope \(--map records=feed\.nope\)/)]);
    expect(summary(await read('solr.json', '{"response": {"numFound": 1, "docs": [{"id": "s1", "text": "Solr."}]}}'))).toEqual(['1 s1||Solr.|']);
    expect(summary(await read('items.json', '{"data": {"items": [{"id": "d1", "content": "Data."}]}}'))).toEqual(['1 d1||Data.|']);
  });

  test('when JSON Lines are saved as .json, then every line is read as a record', async () => {
    expect(summary(await read('lines.json', '{"id": "l1", "body": "One."}\n{"id": "l2", "body": "Two."}\n{"id": "l3",\n{"id": "l4", "body": "Four."}\n'))).toEqual([
      '1 l1||One.|',
      '2 l2||Two.|',
      expect.stringMatching(/^skip:3 malformed JSON: /),
      '4 l4||Four.|',
    ]);
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

  test('when a JSON Lines line is longer than any record, then it is one skip with its line and the lines after it are read', async () => {
    const long = `{"id":"big","body":"${'x'.repeat(MAX_RECORD_CHARS)}"}`;
    expect(summary(await read('long.jsonl', `{"id":"a","body":"One."}\n${long}\n{"id":"b","body":"Two."}\n`))).toEqual([
      '1 a||One.|',
      `skip:2 line longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters: not one article record`,
      '3 b||Two.|',
    ]);
  });

  test('when many text files are refused for length, then none is left open', async () => {
    const openFiles = (): number => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for (let i = 0; i < 50; i++) {
      const file = join(dir, `long-${i}.txt`);
      writeFileSync(file, `Title\n\n${'word '.repeat(MAX_ARTICLE_CHARS / 5 + 1000)}`);
      for await (const item of readRecords(file, dir, { onBytes: () => {} })) expect('skip' in item).toBe(true);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(openFiles() - before).toBeLessThan(5);
  });

  test('when a file starts with a byte-order mark, then its first record reads like the others', async () => {
    expect(summary(await read('bom.jsonl', '\uFEFF{"id":"a","body":"One."}\r\n{"id":"b","body":"Two."}\r\n'))).toEqual(['1 a||One.|', '2 b||Two.|']);
    expect(summary(await read('bom.json', '\uFEFF[{"id":"c","body":"Three."}]'))).toEqual(['1 c||Three.|']);
    expect(summary(await read('bom.txt', '\uFEFFTitle\n\nText.'))).toEqual([`- ${inDir('bom.txt')}||Title\n\nText.|`]);
  });

  test('when a text or Markdown file is not UTF-8, then it is read as windows-1252, not with replacement characters', async () => {
    const text = Buffer.from('S\xe3o Tom\xe9 voted \x96 \x93yes\x94.', 'latin1');
    expect(summary(await read('cp1252.txt', text))).toEqual([`- ${inDir('cp1252.txt')}||São Tomé voted – “yes”.|`]);
    expect(summary(await read('cp1252.md.gz', gzipSync(Buffer.concat([Buffer.from('# Caf\xe9\n\n', 'latin1'), text]))))).toEqual([`- ${inDir('cp1252.md.gz')}||Café\n\nSão Tomé voted – “yes”.|`]);
  });

  test('when a JSON Lines file is empty, then it is a skip saying so', async () => {
    expect(summary(await read('empty.jsonl', '\n\n'))).toEqual(['skip:- empty file: no JSON lines']);
  });
});


describe('CSV separators', () => {
  test('when a CSV separates fields with semicolons (and has a BOM), then its rows are read like a comma CSV', async () => {
    expect(summary(await read('semi.csv', '\uFEFFtitle;body;date\n"Talks; again";Envoys met, then left.;2024-06-01\nSecond;Port reopens.;2024-06-02\n'))).toEqual([
      '2 |Talks; again|Envoys met, then left.|2024-06-01',
      '3 |Second|Port reopens.|2024-06-02',
    ]);
  });

  test('when a CSV has a header and nothing under it, then it is a skip saying so', async () => {
    expect(summary(await read('head.csv', 'title,body\n'))).toEqual(['skip:- empty file: no CSV rows under the header']);
  });

  test('when a CSV has no header row (its first article read as one), then the file is one skip saying so, not a skip a row (an indexer review)', async () => {
    const rows = 'a1,Junta closes airspace,2024-06-04,The junta in Niamey closed the airspace on Sunday.\na2,Talks resume,2024-06-05,Envoys met the junta in Bamako.\n';
    const found = summary(await read('nohdr.csv', rows));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^skip:1 no text column in the header row: expected one of body, text, .*got "a1", "Junta closes airspace", "2024-06-04", "The junta in Niamey closed the airspace …"; .*--map body=COLUMN/);
    // With the text's column mapped, the same rows under a header of their own are read.
    expect(summary(await read('hdr.csv', `ref,head,day,story\n${rows}`, { body: 'story' }))).toHaveLength(2);
  });

  test('when a header has more of one separator than of another, then that one is the separator', () => {
    expect(guessDelimiter('titre;texte;date\n1,2;3')).toBe(';');
    expect(guessDelimiter('"a;b;c",d\n')).toBe(',');
    expect(guessDelimiter('a\tb\tc\n')).toBe('\t');
    expect(guessDelimiter('title\n')).toBe(',');
  });
});

describe('HTML page chrome', () => {
  test('when chrome is only named by id or class and the title carries the site name, then both go and the article stays', async () => {
    const page = `<html><head><title>Port reopens in Lomé - Daily Planet</title><meta property="og:site_name" content="Daily Planet"></head>
<body><div id="menu"><a href="/">Home</a> / <a href="/sports">Sports</a> / Weather</div>
<div class="content has-sidebar"><ul class="breadcrumbs"><li>News</li><li>Africa</li></ul><p>The port of Lomé reopened on Monday.</p>
<div class="sidebar">Most read</div></div><div class="site-footer">© Planet</div></body></html>`;
    expect(summary(await read('port.html', page))).toEqual([`- ${inDir('port.html')}|Port reopens in Lomé|The port of Lomé reopened on Monday.|`]);
  });

  test('when share widgets, related links, newsletters, adverts and tag lists go by their usual names, then none of them is article text', async () => {
    const widgets = ['id="share"', 'class="share-buttons"', 'class="social-share"', 'class="article-share"', 'class="share_bar"', 'class="sharing"', 'aria-label="Share this"', 'class="related-articles"', 'class="newsletter-signup"', 'class="advertisement"', 'class="tags"'];
    const page = `<html><body><article><h1>Port reopens</h1><p>The port of Lomé reopened on Monday.</p>
${widgets.map((w) => `<div ${w}>WIDGET Share Tweet</div>`).join('\n')}<p>Ships waited.</p></article></body></html>`;
    expect(summary(await read('widgets.html', page))).toEqual([`- ${inDir('widgets.html')}|Port reopens|The port of Lomé reopened on Monday.\n\nShips waited.|`]);
  });

  test('when a container\'s name only holds a chrome word, then it stays ("shareholders", "related-party")', async () => {
    const page = `<html><body><article><h1>Vote</h1><div class="shareholders">Shareholders voted.</div><div class="related-party">A related party sold.</div><section aria-label="Share prices today">Shares rose.</section></article></body></html>`;
    expect(summary(await read('near.html', page))).toEqual([`- ${inDir('near.html')}|Vote|Shareholders voted.\n\nA related party sold.\n\nShares rose.|`]);
  });

  test('when a page is saved in the Latin-1 it declares, then its text is read in it', async () => {
    const page = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><article><h1>Vote</h1><p>S\xe3o Tom\xe9 voted.</p></article></body></html>', 'latin1');
    expect(summary(await read('latin1.html', page))).toEqual([`- ${inDir('latin1.html')}|Vote|São Tomé voted.|`]);
  });

  test('when a page has a cookie banner, a byline box and its date only in an older meta tag, then the text has neither and the date is read (an indexer review)', async () => {
    const page =
      '<html><head><meta name="pubdate" content="20240315"></head><body><div class="cookie-notice">Ce site utilise des témoins de connexion.</div>' +
      '<h1>Flood talks</h1><div class="byline">By María Pérez, <time>March 10, 2023</time></div><p>Ministers met in Maputo on Friday.</p></body></html>';
    expect(summary(await read('banner.html', page))).toEqual([`- ${inDir('banner.html')}|Flood talks|Ministers met in Maputo on Friday.|20240315`]);
    // Dublin Core as DCMI spells it, in other capitals (a code review).
    const dc = '<html><head><meta name="DC.date" content="2024-03-16"></head><body><h1>Talks</h1><p>Envoys met on Friday.</p></body></html>';
    expect(summary(await read('dc.html', dc))).toEqual([`- ${inDir('dc.html')}|Talks|Envoys met on Friday.|2024-03-16`]);
  });

  test('when a page has teaser cards marked up as articles before the story, then the story is the article with the most text', async () => {
    const page = '<html><body><article><h2>Related</h2><p>Other news.</p></article><article><h1>Talks resume</h1><p>Envoys met in Doha on Sunday to resume the talks.</p><p>They will meet again.</p></article><article><p>More.</p></article></body></html>';
    expect(summary(await read('cards.html', page))).toEqual([`- ${inDir('cards.html')}|Talks resume|Envoys met in Doha on Sunday to resume the talks.\n\nThey will meet again.|`]);
  });

  test('when a page has reader comments, also marked up as articles of their own, then none of them is article text', async () => {
    const page = `<html><body><main><h1>Port reopens</h1><p>The port of Lomé reopened on Monday.</p>
<div id="comments"><h3>3 comments</h3><p>Great article!</p></div><section id="comments"><p>First!</p></section>
<ol class="comment-list"><li>Me too.</li></ol><div class="post-comments comments-area">Leave a reply</div></main>
<div class="comments"><article class="comment"><p>A reader's comment.</p></article></div></body></html>`;
    expect(summary(await read('comments.html', page))).toEqual([`- ${inDir('comments.html')}|Port reopens|The port of Lomé reopened on Monday.|`]);
  });

  test('when a page title has a site suffix, then only a known site name or a | part is cut', () => {
    expect(pageTitle('Talks resume - Daily Planet', 'Daily Planet')).toBe('Talks resume');
    expect(pageTitle('Mali - Russia talks', undefined)).toBe('Mali - Russia talks');
    expect(pageTitle('Talks resume | Planet', undefined)).toBe('Talks resume');
    expect(pageTitle('Daily Planet', 'Daily Planet')).toBe('Daily Planet');
  });

  test('when a page title puts the site name first, then it is cut too: a known name before any separator, else the shorter | part', () => {
    expect(pageTitle('Daily Planet: Talks resume', 'Daily Planet')).toBe('Talks resume');
    expect(pageTitle('Daily Planet - Talks resume', 'daily planet')).toBe('Talks resume');
    expect(pageTitle('Planet | Talks resume in Bamako', undefined)).toBe('Talks resume in Bamako');
    expect(pageTitle('Home | World | Talks resume in Bamako', undefined)).toBe('Talks resume in Bamako');
    expect(pageTitle('Daily Planet Talks resume', 'Daily Planet')).toBe('Daily Planet Talks resume');
  });
});

describe('HTML pages of any size', () => {
  test('when a page is megabytes of scripts, styles and comments around a short article, then the article is read', async () => {
    const page = `<html><head><script>var s="${'x'.repeat(3e6)}";</script><style>${'a{}'.repeat(3e5)}</style></head><body><!-- ${'c'.repeat(1e6)} --><article><h1>Head</h1><p>Officials met in Niamey.</p></article></body></html>`;
    expect(summary(await read('big.html', page))).toEqual([`- ${inDir('big.html')}|Head|Officials met in Niamey.|`]);
  });

  test('when a page has self-closed SVG icons and custom elements named like inert ones, then no text is cut', async () => {
    const page = `<html><body><article><h1>Head</h1><p>One.</p><p>Two <svg class="icon"/> icons.</p><style-guide>Three.</style-guide>
<figure><svg viewBox="0 0 1 1"><path d="M0"/></svg></figure><p>Four.</p><style>p{}</style></article></body></html>`;
    expect(summary(await read('icons.html', page))).toEqual([`- ${inDir('icons.html')}|Head|One.\n\nTwo icons.\n\nThree.\n\nFour.|`]);
  });

  test('when a page has more markup than any article page, then it is a skip saying so, before any parsing', async () => {
    const page = `<html><body><article>${'<div><p>Text.</p></div>'.repeat(MAX_PAGE_MARKUP_CHARS / 20)}</article></body></html>`;
    expect(summary(await read('dense.html', page))).toEqual([expect.stringMatching(/^skip:- page too large: [\d,]+ characters of markup without scripts and styles, where an article page has at most 1,000,000$/)]);
  });
});

describe('readLines', () => {
  const lines = async (chunks: string[], max: number) => {
    const out = [];
    for await (const l of readLines((async function* () { yield* chunks; })(), max)) out.push(l);
    return out;
  };

  test('when lines cross chunks and end in CRLF or nothing, then each comes whole, numbered, without its line break', async () => {
    expect(await lines(['a\r\nb', 'c\n', '\nd'], 10)).toEqual([{ line: 1, text: 'a' }, { line: 2, text: 'bc' }, { line: 3, text: '' }, { line: 4, text: 'd' }]);
  });

  test('when a line is over the limit across chunks, then it is reported too long and the next line is whole', async () => {
    expect(await lines(['12345', '678\nok\n'], 5)).toEqual([{ line: 1, tooLong: true }, { line: 2, text: 'ok' }]);
  });
});

describe('walking folders', () => {
  test('when a folder holds links, then a linked file and a linked folder are read once and a broken link is a skip', async () => {
    const top = mkdtempSync(join(tmpdir(), 'dispatch-walk-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'dispatch-walk-other-'));
    writeFileSync(join(elsewhere, 'linked.txt'), 'Linked\n\nText.');
    mkdirSync(join(elsewhere, 'sub'));
    writeFileSync(join(elsewhere, 'sub', 'deep.txt'), 'Deep\n\nText.');
    writeFileSync(join(top, 'own.txt'), 'Own\n\nText.');
    symlinkSync(join(elsewhere, 'linked.txt'), join(top, 'link.txt'));
    symlinkSync(join(elsewhere, 'sub'), join(top, 'sub-link'));
    symlinkSync(top, join(top, 'loop'));
    symlinkSync(join(elsewhere, 'missing.txt'), join(top, 'broken.txt'));
    const seen: string[] = [];
    for await (const entry of walkFiles([top])) seen.push('skip' in entry ? `skip ${entry.skip.reason}` : fileSourceId(entry.root, entry.file));
    // Named by their real paths: a file outside the folder from its own folder, as if that folder were given.
    expect(seen).toEqual(['skip broken link: ENOENT', `${basename(elsewhere)}/linked.txt`, `${basename(top)}/own.txt`, 'sub/deep.txt']);
  });

  test('when a folder is reached through a link, then its files have their real paths and the ids they have when the folder is given itself (a review: indexed as news/ and as latest/, every article was two)', async () => {
    const top = mkdtempSync(join(tmpdir(), 'dispatch-walk-'));
    mkdirSync(join(top, 'news'));
    writeFileSync(join(top, 'news', 'q.txt'), 'Quake\n\nText.');
    symlinkSync(join(top, 'news'), join(top, 'latest'));
    const named = async (path: string): Promise<string[]> => {
      const out: string[] = [];
      for await (const entry of walkFiles([path])) if (!('skip' in entry)) out.push(`${entry.file} ${fileSourceId(entry.root, entry.file)}`);
      return out;
    };
    const direct = await named(join(top, 'news'));
    expect(direct).toEqual([`${join(top, 'news', 'q.txt')} news/q.txt`]);
    expect(await named(join(top, 'latest'))).toEqual(direct);
    expect(await named(join(top, 'latest', 'q.txt'))).toEqual(direct);
    // From the folder above, the link comes first by name: the file is still named by its real path.
    expect((await named(top)).map((line) => line.split(' ')[0])).toEqual([join(top, 'news', 'q.txt')]);
  });

  test('when given paths overlap or a link points at a file already walked, then each file is read once, named by the first path', async () => {
    const top = mkdtempSync(join(tmpdir(), 'dispatch-walk-'));
    mkdirSync(join(top, 'sub'));
    writeFileSync(join(top, 'sub', 'x.txt'), 'X\n\nText.');
    symlinkSync(join(top, 'sub', 'x.txt'), join(top, 'y.txt'));
    const seen: string[] = [];
    for await (const entry of walkFiles([top, join(top, 'sub')])) seen.push('skip' in entry ? `skip ${entry.skip.reason}` : relative(entry.root, entry.file));
    expect(seen).toEqual([join('sub', 'x.txt')]);
  });

  test('when a subfolder and a file vanish between listing and reading, then each is a skip naming it and the rest of the folder is read', async () => {
    // Tests run as root, whom chmod 000 does not stop: deleting entries after the folder was listed fails the same
    // calls (realpath, readdir, stat) that EACCES would.
    const top = mkdtempSync(join(tmpdir(), 'dispatch-walk-'));
    writeFileSync(join(top, 'a.txt'), 'A\n\nText.');
    mkdirSync(join(top, 'b'));
    writeFileSync(join(top, 'b', 'inner.txt'), 'Inner\n\nText.');
    writeFileSync(join(top, 'c.txt'), 'C\n\nText.');
    writeFileSync(join(top, 'd.txt'), 'D\n\nText.');
    const seen: string[] = [];
    for await (const entry of walkFiles([top])) {
      if ('skip' in entry) {
        seen.push(`skip ${relative(top, resolve(entry.skip.origin.file))}${entry.skip.origin.folder ? ' (folder)' : ''}: ${entry.skip.reason}`);
        continue;
      }
      seen.push(relative(top, entry.file));
      if (seen.length === 1) {
        rmSync(join(top, 'b'), { recursive: true });
        rmSync(join(top, 'c.txt'));
      }
    }
    expect(seen).toEqual(['a.txt', 'skip b (folder): cannot read folder: ENOENT', 'skip c.txt: cannot read: ENOENT', 'd.txt']);
  });

  test('when a file name is not valid UTF-8, then that file is a skip saying so and its siblings are read', async () => {
    const top = mkdtempSync(join(tmpdir(), 'dispatch-walk-'));
    writeFileSync(Buffer.concat([Buffer.from(`${top}/lat`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'Latin-1\n\nText.');
    writeFileSync(join(top, 'z.txt'), 'Z\n\nText.');
    const seen: string[] = [];
    for await (const entry of walkFiles([top])) seen.push('skip' in entry ? `skip ${relative(top, resolve(entry.skip.origin.file))}: ${entry.skip.reason}` : relative(top, entry.file));
    expect(seen).toEqual(['skip lat\uFFFD.txt: cannot read: ENOENT (its name is not valid UTF-8: rename it)', 'z.txt']);
  });
});

describe('shownPath', () => {
  test('when a file is under the working folder or near it, then it is named from there; far from it, absolutely', () => {
    expect(shownPath('/w/news/a.jsonl', '/w')).toBe('news/a.jsonl');
    expect(shownPath('/w/shared/a.jsonl', '/w/main')).toBe('../shared/a.jsonl');
    expect(shownPath('/work/shared/corpus/a.jsonl', '/tmp/review/clone')).toBe('/work/shared/corpus/a.jsonl');
  });
});
