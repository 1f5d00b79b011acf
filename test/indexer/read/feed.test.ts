import { itemId, readFeed, withEscapedAmpersands } from '../../../indexer/read/feed.js';

async function items(xml: string, size = xml.length) {
  const chunks = xml.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
  const out = [];
  for await (const item of readFeed(chunks)) out.push(item);
  return out;
}

const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Sahel Wire</title><link>https://wire.example</link>
<item>
  <title>Junta meets envoys</title>
  <link>https://wire.example/1</link>
  <guid>wire-1</guid>
  <pubDate>Tue, 04 Jun 2024 10:00:00 GMT</pubDate>
  <description><![CDATA[<p>Short teaser</p>]]></description>
  <content:encoded><![CDATA[<p>The junta in Niamey met envoys.</p><p>Talks go on </item> tomorrow.</p>]]></content:encoded>
</item>
<item><title>Broken <b></title><description>x</description></item>
<item><title>Second &amp; last</title><description>&lt;p&gt;Bamako hosted talks.&lt;/p&gt;</description></item>
</channel></rss>`;

describe('readFeed', () => {
  test('when a feed links its items relatively, then the links are resolved against xml:base or the site the feed links to (an indexer review)', async () => {
    const [r] = await items('<rss><channel><title>W</title><link>https://wire.example.com/world</link><item><guid>z1</guid><title>Zambia</title><link>/world/zambia-imf</link><description>IMF talks.</description></item></channel></rss>');
    expect(r).toMatchObject({ fields: { url: 'https://wire.example.com/world/zambia-imf' } });
    const atom = (entryBase = '') =>
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example.org/"><title>A</title><link rel="self" href="https://atom.example.org/feed.xml"/>` +
      `<entry${entryBase}><id>n1</id><title>Namibia</title><link rel="alternate" href="news/namibia-geingob"/><content>Text.</content></entry></feed>`;
    expect((await items(atom()))[0]).toMatchObject({ fields: { url: 'https://atom.example.org/news/namibia-geingob' } });
    expect((await items(atom(' xml:base="/africa/"')))[0]).toMatchObject({ fields: { url: 'https://atom.example.org/africa/news/namibia-geingob' } });
    // An absolute link stays as it is; a relative one with nothing to resolve it against too.
    const [plain] = await items('<rss><channel><title>W</title><item><guid>p1</guid><title>T</title><link>/rel/path</link><description>B.</description></item></channel></rss>');
    expect(plain).toMatchObject({ fields: { url: '/rel/path' } });
  });

  test('when an RSS 1.0 (RDF) feed lists its items beside the channel, then each item is a record with its Dublin Core date', async () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://wire.example/rss"><title>Sahel Wire</title><link>https://wire.example</link></channel>
<item rdf:about="https://wire.example/2"><title>Talks resume in Bamako</title><link>https://wire.example/2</link><description>Envoys met the junta.</description><dc:date>2024-06-04T10:00:00Z</dc:date></item>
</rdf:RDF>`;
    const [r] = await items(rdf);
    expect(r).toMatchObject({ fields: { title: 'Talks resume in Bamako', body: 'Envoys met the junta.', url: 'https://wire.example/2', date: '2024-06-04T10:00:00Z', source: 'Sahel Wire' } });
  });

  test('when two feeds number their items alike, then each guid is scoped by its feed; URI guids and Atom ids stay as they are', async () => {
    const feed = (home: string) => `<rss><channel><title>T</title><link>${home}</link><item><guid isPermaLink="false">100</guid><title>A</title><description>B</description></item></channel></rss>`;
    const [a] = await items(feed('https://a.example/news'));
    const [b] = await items(feed('https://www.b.example'));
    expect(a).toMatchObject({ fields: { id: 'a-example-news-100' } });
    expect(b).toMatchObject({ fields: { id: 'b-example-100' } });
    expect(itemId('tag:a.example,2024:100', 'https://a.example')).toBe('tag:a.example,2024:100');
    expect(itemId('100', 'Sahel Wire')).toBe('sahel-wire-100');
    expect(itemId('100', undefined)).toBe('100');
    const atom = await items('<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x:feed</id><title>F</title><entry><id>100</id><title>A</title><content>B</content></entry></feed>');
    expect(atom[0]).toMatchObject({ fields: { id: '100' } });
  });

  test('when an RSS feed is read in small chunks, then each item becomes a record, HTML bodies as text, the channel as source', async () => {
    for (const size of [5, 64, rss.length]) {
      const found = await items(rss, size);
      expect(found).toHaveLength(3);
      expect(found[0]).toEqual({
        line: 4,
        fields: {
          id: 'wire-example-wire-1', title: 'Junta meets envoys', body: 'The junta in Niamey met envoys.\n\nTalks go on  tomorrow.',
          date: 'Tue, 04 Jun 2024 10:00:00 GMT', url: 'https://wire.example/1', source: 'Sahel Wire',
        },
      });
      expect(found[1]).toEqual({ line: 12, error: expect.stringMatching(/^malformed XML in <item>/) });
      expect(found[2]).toMatchObject({ line: 13, fields: { title: 'Second & last', body: 'Bamako hosted talks.' } });
    }
  });

  test('when an item writes a bare "&" ("AT&T"), then it is read as meant; CDATA and entities stay as they are (an indexer review)', async () => {
    const feed = '<rss><channel><item><guid>t1</guid><title>AT&T &amp; Verizon</title><description><![CDATA[<p>Q&A &amp; more</p>]]></description></item></channel></rss>';
    expect(await items(feed)).toEqual([{ line: 1, fields: expect.objectContaining({ title: 'AT&T & Verizon', body: 'Q&A & more' }) }]);
    expect(withEscapedAmpersands('<t>AT&T &amp; &#8217; &#x2019;</t><![CDATA[a&b]]>')).toBe('<t>AT&amp;T &amp; &#8217; &#x2019;</t><![CDATA[a&b]]>');
  });

  test('when an Atom feed is read, then entries take their link from href and their date from published', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom News</title>
<entry><id>urn:1</id><title>Entry one</title><link rel="alternate" href="https://a.example/1"/><published>2024-06-03T08:00:00Z</published>
<content type="html">&lt;p&gt;Ouagadougou said so.&lt;/p&gt;</content></entry></feed>`;
    expect(await items(atom)).toEqual([
      { line: 2, fields: { id: 'urn:1', title: 'Entry one', body: 'Ouagadougou said so.', date: '2024-06-03T08:00:00Z', url: 'https://a.example/1', source: 'Atom News' } },
    ]);
  });

  test('when an Atom entry carries its body as inline XHTML, then that markup is read as text', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><id>urn:2</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Talks resume</div></title><updated>2024-06-09T08:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Envoys met in <b>Doha</b> &amp; agreed.</p><p>More on Monday.</p></div></content></entry></feed>`;
    expect(await items(atom)).toEqual([
      { line: 2, fields: { id: 'urn:2', title: 'Talks resume', body: 'Envoys met in Doha & agreed.\n\nMore on Monday.', date: '2024-06-09T08:00:00Z', source: 'Atom News' } },
    ]);
  });

  test('when an Atom entry has an XHTML summary and an HTML content, then the content is the body', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><id>urn:3</id><title>Talks</title><summary type="xhtml"><div>Short teaser.</div></summary><content type="html">&lt;p&gt;The whole story.&lt;/p&gt;</content></entry></feed>`;
    expect(await items(atom)).toMatchObject([{ fields: { id: 'urn:3', body: 'The whole story.' } }]);
  });

  test('when the XML is not a feed, then one error says what was expected', async () => {
    expect(await items('<html><body><item>x</item></body></html>')).toEqual([{ line: 1, error: expect.stringMatching(/not an RSS or Atom feed/) }]);
  });
});
