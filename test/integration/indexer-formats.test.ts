import { articleIdFor } from '../../indexer/parse/article-id.js';
import { fileSourceId } from '../../indexer/read/read-files.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MAX_RECORD_CHARS } from '../../indexer/read/record-limits.js';
import { runIndex } from '../../indexer/run-index.js';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

async function firstPassages(index: string): Promise<Map<string, PassageDocument>> {
  const { client, close } = adminClient();
  try {
    const res = await client.index<PassageDocument>(index).getDocuments({ filter: 'position = 0', limit: 1000 });
    return new Map(res.results.map((d) => [d.articleId, d]));
  } finally {
    close();
  }
}

describe('indexing every input format', () => {
  test('when numeric dates could be day or month, then a file that shows days first is read so from then on, the rest month first and counted, and --day-first reads all day first (an indexer review)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-dates-'));
    // p0 comes before the file shows its order: month first, and counted. A dotted date is day first, alone.
    writeFileSync(join(dir, 'europe.csv'), 'guid|headline|content|pubDate\np0|First|Maputo talks.|03/04/2024\np1|Pipe story|Lusaka talks.|15/01/2024\np2|Second|Harare talks.|01/02/2024\n');
    writeFileSync(join(dir, 'us.csv'), 'id,title,body,date\nu1,One,Accra talks.,01/02/2024\nu2,Two,Lagos talks.,03/04/2024 7:05 PM\nu3,Three,Dakar talks.,05.06.2024\n');
    const index = uniqueIndex('formats-dates');
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 })).toMatchObject({ articles: 6, ambiguousDates: 3, skipped: [] });
    const days = (docs: Map<string, PassageDocument>) => Object.fromEntries([...docs].map(([id, d]) => [id, d.published?.slice(0, 10)]));
    expect(days(await firstPassages(index))).toEqual({ p0: '2024-03-04', p1: '2024-01-15', p2: '2024-02-01', u1: '2024-01-02', u2: '2024-03-04', u3: '2024-06-05' });

    const europe = uniqueIndex('formats-dates-eu');
    expect(await runIndex({ endpoint: testEndpoint(), index: europe, paths: [dir], tagWorkers: 0, dayFirst: true })).toMatchObject({ articles: 6, ambiguousDates: 0 });
    expect(days(await firstPassages(europe))).toMatchObject({ p0: '2024-04-03', u1: '2024-02-01', u2: '2024-04-03', u3: '2024-06-05' });
  });

  test('when a folder holds CSV, RSS, Atom, JSON, JSON Lines, HTML and text, some gzipped, then every article is indexed with its fields', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-formats-'));
    writeFileSync(join(dir, 'wire.csv'), 'id,headline,text,pubDate,link\ncsv-1,"Niger junta, envoys","The junta in Niamey met envoys on Monday.",2024-06-03,https://x/csv-1\n');
    writeFileSync(join(dir, 'more.csv.gz'), gzipSync('id,title,body\ncsv-2,Mali talks,Bamako hosted talks.\n'));
    writeFileSync(
      join(dir, 'feed.rss'),
      '<rss><channel><title>Sahel Wire</title><item><guid>rss-1</guid><title>Burkina update</title><link>https://x/rss-1</link>' +
        '<pubDate>Tue, 04 Jun 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;Ouagadougou said the convoy arrived.&lt;/p&gt;</description></item></channel></rss>',
    );
    writeFileSync(
      join(dir, 'feed.atom.gz'),
      gzipSync('<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><entry><id>atom-1</id><title>Chad vote</title>' +
        '<link href="https://x/atom-1"/><published>2024-05-06T08:00:00Z</published><content type="html">&lt;p&gt;N&#39;Djamena counted votes.&lt;/p&gt;</content></entry></feed>'),
    );
    writeFileSync(join(dir, 'nested.jsonl.gz'), gzipSync(JSON.stringify({ id: 'map-1', headline: 'Mapped', article: { content: 'Dakar port reopened.' }, meta: { published: '2024-02-01' } }) + '\n'));
    writeFileSync(join(dir, 'dump.json'), JSON.stringify({ status: 'ok', articles: [{ id: 'json-1', title: 'Array one', description: 'Accra markets rose.' }] }));
    writeFileSync(join(dir, 'page.html'), '<html><head><title>Page</title></head><body><nav>Home | World</nav><article><h1>Guinea mines</h1><p>Conakry signed a mining deal.</p></article><footer>© Site</footer></body></html>');
    writeFileSync(join(dir, 'note.md.gz'), gzipSync('Togo elections\n\nLomé prepared for the vote.\n'));

    const index = uniqueIndex('formats');
    const summary = await runIndex({ endpoint: testEndpoint(), index, paths: [dir], fieldMap: { body: 'article.content', date: 'meta.published' }, tagWorkers: 1 });
    expect(summary).toMatchObject({ files: 8, articles: 8, skipped: [] });
    const docs = await firstPassages(index);
    const fileId = (name: string): string => articleIdFor({ id: fileSourceId(dir, join(dir, name)) }, '');
    expect([...docs.keys()].sort()).toEqual(['atom-1', 'csv-1', 'csv-2', 'json-1', 'map-1', fileId('note.md.gz'), fileId('page.html'), 'sahel-wire-rss-1'].sort());
    expect(docs.get('csv-1')).toMatchObject({ title: 'Niger junta, envoys', published: '2024-06-03', url: 'https://x/csv-1', text: 'The junta in Niamey met envoys on Monday.' });
    expect(docs.get('csv-1')!.articleCountries).toContain('NE');
    expect(docs.get('sahel-wire-rss-1')).toMatchObject({ title: 'Burkina update', source: 'Sahel Wire', published: '2024-06-04T10:00:00Z', text: 'Ouagadougou said the convoy arrived.' });
    expect(docs.get('atom-1')).toMatchObject({ title: 'Chad vote', source: 'Atom Desk', url: 'https://x/atom-1', text: "N'Djamena counted votes." });
    expect(docs.get('map-1')).toMatchObject({ title: 'Mapped', published: '2024-02-01', text: 'Dakar port reopened.' });
    expect(docs.get(fileId('page.html'))).toMatchObject({ title: 'Guinea mines', text: 'Conakry signed a mining deal.' });
    expect(docs.get(fileId('note.md.gz'))).toMatchObject({ title: 'Togo elections', text: 'Lomé prepared for the vote.' });
    expect(docs.get('csv-2')!.sourcePath).toMatch(/more\.csv\.gz$/);
  });

  test('when .json files hold their records nested, as JSON Lines, beside one too large, or dated in Unix time, then every readable record is indexed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-formats-json-'));
    writeFileSync(join(dir, 'feed.json'), JSON.stringify({ feed: { title: 'Wire', entries: [{ id: 'path-1', title: 'Mapped path', body: 'Niamey reopened its airport.' }] } }));
    writeFileSync(join(dir, 'solr.json'), JSON.stringify({ responseHeader: { status: 0 }, response: { numFound: 1, docs: [{ id: 'solr-1', title: 'Solr doc', text: 'Bamako markets rose.', published_at: 1714557600000 }] } }));
    writeFileSync(join(dir, 'lines.json'), `${JSON.stringify({ id: 'line-1', body: 'Accra hosted talks.', date: 1714557600 })}\n${JSON.stringify({ id: 'line-2', body: 'Lomé port reopened.' })}\n`);
    writeFileSync(join(dir, 'big.json'), `[\n${JSON.stringify({ id: 'big', body: 'x'.repeat(MAX_RECORD_CHARS) })},\n${JSON.stringify({ id: 'after-big', body: 'Dakar voted.' })}\n]`);

    const index = uniqueIndex('formats-json');
    const summary = await runIndex({ endpoint: testEndpoint(), index, paths: [dir], fieldMap: { records: 'feed.entries' }, tagWorkers: 0 });
    expect(summary).toMatchObject({ files: 4, articles: 5 });
    expect(summary!.skipped.map((s) => `${s.origin.file.split('/').pop()}:${s.origin.line} ${s.reason}`)).toEqual([
      `big.json:2 record longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters: not one article record`,
    ]);
    const docs = await firstPassages(index);
    expect([...docs.keys()].sort()).toEqual(['after-big', 'line-1', 'line-2', 'path-1', 'solr-1']);
    expect(docs.get('path-1')).toMatchObject({ title: 'Mapped path', text: 'Niamey reopened its airport.' });
    // Dated in Unix seconds and milliseconds.
    expect(docs.get('solr-1')).toMatchObject({ title: 'Solr doc', text: 'Bamako markets rose.', published: '2024-05-01T10:00:00Z' });
    expect(docs.get('line-1')).toMatchObject({ published: '2024-05-01T10:00:00Z' });
  });
});
